/* ovs-se-private.h — the SE calculation shared by the report object and the covenant spend. */
#pragma once

#include "overstap/programme/ovs-se.h"

G_BEGIN_DECLS

/* What one calculation over a period yields. Every table maps a name (owned) to a double* (owned). */
typedef struct
{
  double      total;
  GHashTable *by[OVS_SE_N_BREAKDOWNS];
  GHashTable *covenant_hours;
  GHashTable *covenant_persons;
} OvsSeTotals;

/* Converts 'YYYY-MM-DD' to a Julian day number, or 0 when it is not a date. */
int      ovs_se_iso_to_day   (const char  *iso);

/* Fills @out (zeroed by the caller) for the days @start..@end (Julian day numbers); @only_employee
 * restricts it to one employee when not 0. */
gboolean ovs_se_compute      (OvsStore    *store,
                              int          start,
                              int          end,
                              gint64       only_employee,
                              OvsSeTotals *out,
                              GError     **error);
/* The same for @n_periods periods (which may overlap) from one load of the tables and one pass over
 * the employees; @outs[i] (zeroed by the caller) gets exactly what ovs_se_compute() would give for
 * @starts[i]..@ends[i]. */
gboolean ovs_se_compute_periods (OvsStore    *store,
                                 guint        n_periods,
                                 const int   *starts,
                                 const int   *ends,
                                 gint64       only_employee,
                                 OvsSeTotals *outs,
                                 GError     **error);
void     ovs_se_totals_clear (OvsSeTotals *totals);

G_END_DECLS

/* ovs-projection.h — the Wsw population and its money, year by year up to 2040.
 *
 * The projection starts from today's population (ovs_date_today_iso(); OVERSTAP_TODAY fixes it): every
 * Wsw employee employed today and before their AOW date. Nobody enters (the intake stopped in 2015).
 * Each person leaves
 *  - at the AOW age, exactly: in the year of their AOW date (ovs-aow.h), the employment's last day the
 *    day before;
 *  - on a recorded employment end (outflow "ended");
 *  - by mortality, long-term sickness (dismissal after two years of sickness) and voluntary leaving,
 *    as yearly rates by age band (core/programme/ovs-projection-rates.c, with their sources).
 * The figures are expected values: a person counts with the chance that they are still employed, so
 * headcounts are fractional and the projection is deterministic. The low and high bands take the
 * rates at 150% and 50%: more outflow gives the low band, less the high band.
 *
 * The first year runs from today to 31 December; later years from 1 January. headcount_start is the
 * expected number employed at the start (today for the first year), headcount_end on 31 December; se is
 * the SE over the year (standard units as ovs-se.h counts them: contract minutes / full-time minutes ×
 * the indication's weight, × the share of the year employed), se_start and se_end the SE rate at the
 * start and end. Money is in euros: wage_cost from the dated CAO wage table (by salary scale and step)
 * with the employer's charges, grant the state grant per SE (the parameter cents_per_se when set,
 * else the dated table) × se, and balance = grant − wage_cost. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* The year the projection runs to by default. */
#define OVS_PROJECTION_LAST_YEAR 2040

typedef enum {
  OVS_PROJECTION_OUTFLOW_ALL,   /* AOW, ended, mortality, sickness and voluntary leaving */
  OVS_PROJECTION_OUTFLOW_AOW,   /* only the AOW age: who is still employed when nobody else leaves */
} OvsProjectionOutflow;

typedef enum {
  OVS_PROJECTION_CAUSE_AOW,
  OVS_PROJECTION_CAUSE_MORTALITY,
  OVS_PROJECTION_CAUSE_SICKNESS,
  OVS_PROJECTION_CAUSE_VOLUNTARY,
  OVS_PROJECTION_CAUSE_ENDED,     /* a recorded employment end before the AOW date */
  OVS_PROJECTION_N_CAUSES,
} OvsProjectionCause;

typedef enum {
  OVS_PROJECTION_BY_EMPLOYER,           /* the legal employer */
  OVS_PROJECTION_BY_WORK_ORGANISATION,  /* where the person works */
  OVS_PROJECTION_BY_HOME_MUNICIPALITY,
  OVS_PROJECTION_BY_PLACEMENT_KIND,     /* the placement with the most minutes today, or "none" */
  OVS_PROJECTION_N_BREAKDOWNS,
} OvsProjectionBreakdown;

/* One key of a breakdown in one year. */
typedef struct
{
  double headcount_start, headcount_end;
  double se_start, se_end;
} OvsProjectionCell;

typedef struct
{
  int         year;
  double      headcount_start, headcount_end;
  double      se_start, se_end, se;
  double      outflow[OVS_PROJECTION_N_CAUSES];
  double      wage_cost, grant, balance;        /* euros */
  double      grant_per_se;                     /* euros */
  /* The bands: [0] low (rates × 1.5), [1] high (rates × 0.5). */
  double      headcount_end_band[2], se_band[2], balance_band[2];
  GHashTable *by[OVS_PROJECTION_N_BREAKDOWNS]; /* key (owned) -> OvsProjectionCell* (owned) */
} OvsProjectionYear;

typedef struct
{
  char                 *today;   /* ISO */
  OvsProjectionOutflow  outflow;
  guint                 n_years;
  OvsProjectionYear    *years;
  guint                 people;  /* employed today */
} OvsProjection;

/* Projects @from..@to (0: this year .. OVS_PROJECTION_LAST_YEAR). @from may not lie before this year.
 * Needs OVS_PERM_VIEW_HR_SECTIONS. */
OvsProjection *ovs_projection_compute   (OvsStore             *store,
                                         int                   from,
                                         int                   to,
                                         OvsProjectionOutflow  outflow,
                                         GError              **error);
void           ovs_projection_free      (OvsProjection        *projection);

/* The stored code of a cause: "aow", "mortality", "sickness", "voluntary", "ended". */
const char    *ovs_projection_cause_code (OvsProjectionCause  cause);

/* [{year, headcount_start, headcount_end, se_start, se_end, se, outflow: {aow, mortality, sickness,
 *   voluntary, ended}, wage_cost, grant, grant_per_se, balance, low: {headcount_end, se, balance},
 *   high: {…}, by_employer: {KEY: {headcount_start, headcount_end, se_start, se_end}},
 *   by_work_organisation, by_home_municipality, by_placement_kind}], money rounded to whole euros,
 * the rest to 4 decimals. */
JsonArray     *ovs_projection_to_json   (const OvsProjection  *projection);

/* A few sentences in the current language that say what the projection means: how many leave by
 * 2040 and why, when the SE halve, and when the balance turns. */
char          *ovs_projection_describe  (const OvsProjection  *projection);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsProjection, ovs_projection_free)

G_END_DECLS

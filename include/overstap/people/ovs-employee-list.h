/* ovs-employee-list.h — the employee list as the Medewerkers section uses it off the main thread:
 * the rows as a plain array, sorted the way the list's columns sort, and searched through a folded
 * key that each row computes once when it is built.
 *
 * Nothing here touches a store after the rows are read, so a worker thread can read and sort them
 * on its own connection and hand the array to the main thread, which only filters it. */
#pragma once

#include <glib-object.h>

#include "overstap/people/ovs-employee.h"
#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* ovs_employees_list() as an array of OvsEmployee (owning a reference to each), in the same order. */
GPtrArray   *ovs_employees_list_rows     (OvsStore          *store,
                                          GError           **error);

/* @text folded for searching: case-folded, accents removed ("Dïneke Ösçar" becomes "dineke oscar"),
 * so that a query folded the same way finds a row by a plain substring test. ASCII text takes a fast
 * path. A new string. */
char        *ovs_employee_search_fold    (const char        *text);
/* Whether @row's search key (its names and personnel number, folded) contains @folded_query (a
 * result of ovs_employee_search_fold()); "" matches every row. */
gboolean     ovs_employee_search_matches (OvsEmployee       *row,
                                          const char        *folded_query);

/* The list's sort order by one column: a text of the row, compared as a GtkStringSorter does
 * (case-folded, then by the locale's collation), or the contract hours as a number. */
#define OVS_EMPLOYEE_SORT_HOURS ((int) OVS_EMPLOYEE_N_TEXTS)

typedef struct
{
  int      column;      /* an OvsEmployeeText, or OVS_EMPLOYEE_SORT_HOURS */
  gboolean descending;
} OvsEmployeeSortKey;

/* Sorts @rows (of OvsEmployee) by @keys, the first deciding, the next breaking its ties; the sort is
 * stable, so rows equal under every key keep their order. Each row's collation keys are computed once
 * per call: 20,000 rows take tens of milliseconds, for a worker thread. */
void         ovs_employees_sort          (GPtrArray                *rows,
                                          const OvsEmployeeSortKey *keys,
                                          guint                     n_keys);
/* The comparison ovs_employees_sort() makes, for putting one changed row in its place. */
int          ovs_employees_compare       (OvsEmployee              *a,
                                          OvsEmployee              *b,
                                          const OvsEmployeeSortKey *keys,
                                          guint                     n_keys);

G_END_DECLS

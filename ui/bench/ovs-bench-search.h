/* ovs-bench-search.h — OVERSTAP_BENCH_SEARCH=FILE: times the Medewerkers search from outside the
 * page (tests/bench/bench-gui-search.sh reads what it writes). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _OvsBenchSearch OvsBenchSearch;

/* Observes every OvsEmployeesPage from now on, appending its lines to the file at @path. */
OvsBenchSearch *ovs_bench_search_new  (const char     *path);
void            ovs_bench_search_free (OvsBenchSearch *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsBenchSearch, ovs_bench_search_free)

G_END_DECLS

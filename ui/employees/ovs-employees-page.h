/* ovs-employees-page.h — the Medewerkers section: every employee in a sortable, searchable and
 * filterable column view, an editor beside it, import with a preview and export for HR. */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_EMPLOYEES_PAGE (ovs_employees_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsEmployeesPage, ovs_employees_page, OVS, EMPLOYEES_PAGE, OvsSectionPage)

/* Signals, for an observer that times the search (ui/bench/ovs-bench-search.c):
 *   ::search-started (query): the search entry's text changed, the filter is about to run;
 *   ::search-filtered (shown, total): the rows are filtered, @shown of @total match. It also comes
 *     after a refresh has been filtered, and may come more than once for one search. */
GtkWidget *ovs_employees_page_new (OvsStore *store);

G_END_DECLS

/* ovs-employees-page.h — the Medewerkers section: every employee in a sortable, searchable and
 * filterable column view, an editor beside it, import with a preview and export for HR. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_EMPLOYEES_PAGE (ovs_employees_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsEmployeesPage, ovs_employees_page, OVS, EMPLOYEES_PAGE, GtkWidget)

GtkWidget *ovs_employees_page_new     (OvsStore         *store);
/* Reads the employees again now (normally done on the store's ::changed), keeping the selection. */
void       ovs_employees_page_refresh (OvsEmployeesPage *self);

G_END_DECLS

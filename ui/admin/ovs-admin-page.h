/* ovs-admin-page.h — the Beheer section: the users and the crews team leaders plan, the dated
 * parameters of the SE calculation, and which public holidays the CAO makes days off; changed here as
 * with overstap-cli user, parameter and holiday. The kwartiermaker changes them (the core's
 * OVS_PERM_EDIT_USERS and OVS_PERM_EDIT_PARAMETERS); HR reads them; team leaders do not see it. */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_ADMIN_PAGE (ovs_admin_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsAdminPage, ovs_admin_page, OVS, ADMIN_PAGE, OvsSectionPage)

GtkWidget *ovs_admin_page_new (OvsStore *store);

G_END_DECLS

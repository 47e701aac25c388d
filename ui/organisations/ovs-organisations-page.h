/* ovs-organisations-page.h — the Organisaties section: the employers (sheltered-work companies,
 * the municipality, the foundation) and the hirers, added and ended here as with
 * overstap-cli organisation add|end. */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_ORGANISATIONS_PAGE (ovs_organisations_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsOrganisationsPage, ovs_organisations_page, OVS, ORGANISATIONS_PAGE, OvsSectionPage)

GtkWidget *ovs_organisations_page_new (OvsStore *store);

G_END_DECLS

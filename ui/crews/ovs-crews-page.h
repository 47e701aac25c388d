/* ovs-crews-page.h — the Ploegen section: the green crews and, for the selected crew, its members
 * over time; adding and ending memberships (team leaders only for their own crews). */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_CREWS_PAGE (ovs_crews_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsCrewsPage, ovs_crews_page, OVS, CREWS_PAGE, OvsSectionPage)

GtkWidget *ovs_crews_page_new (OvsStore *store);

G_END_DECLS

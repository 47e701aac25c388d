/* ovs-covenants-page.h — the Convenanten section: the covenants with Wezo and Larcom, and the
 * selected one's figures for this year, agreements and covered employees. */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_COVENANTS_PAGE (ovs_covenants_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsCovenantsPage, ovs_covenants_page, OVS, COVENANTS_PAGE, OvsSectionPage)

GtkWidget *ovs_covenants_page_new (OvsStore *store);

G_END_DECLS

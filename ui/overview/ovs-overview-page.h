/* ovs-overview-page.h — the Overzicht section: the monitor's key figures as cards with their notes,
 * and charts, refreshed whenever the store changes. */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_OVERVIEW_PAGE (ovs_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsOverviewPage, ovs_overview_page, OVS, OVERVIEW_PAGE, OvsSectionPage)

GtkWidget *ovs_overview_page_new (OvsStore *store);

G_END_DECLS

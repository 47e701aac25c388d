/* ovs-overview-page.h — the Overzicht section: the monitor's key figures as cards with their notes,
 * and charts, refreshed whenever the store changes. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_OVERVIEW_PAGE (ovs_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsOverviewPage, ovs_overview_page, OVS, OVERVIEW_PAGE, GtkWidget)

GtkWidget *ovs_overview_page_new     (OvsStore        *store);
/* Reads the figures and notes again now (normally done on the store's ::changed). */
void       ovs_overview_page_refresh (OvsOverviewPage *self);

G_END_DECLS

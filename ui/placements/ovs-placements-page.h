/* ovs-placements-page.h — the Plaatsingen section: every employee's placements (beschut werk,
 * detacheringen, begeleid werken) with filters by kind and period; add and end placements. */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_PLACEMENTS_PAGE (ovs_placements_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsPlacementsPage, ovs_placements_page, OVS, PLACEMENTS_PAGE, OvsSectionPage)

GtkWidget *ovs_placements_page_new (OvsStore *store);

G_END_DECLS

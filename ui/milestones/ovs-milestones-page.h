/* ovs-milestones-page.h — the Mijlpalen section: the programme's milestones on a timeline and in a
 * list below it; a kwartiermaker changes their status. */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_MILESTONES_PAGE (ovs_milestones_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsMilestonesPage, ovs_milestones_page, OVS, MILESTONES_PAGE, OvsSectionPage)

GtkWidget *ovs_milestones_page_new (OvsStore *store);

G_END_DECLS

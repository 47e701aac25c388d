/* ovs-roster-page.h — the Roosters section: a crew's week as a grid (members × days) with its shifts,
 * absences and conflicts; week navigation (Alt+Left/Alt+Right, Vandaag, a date picker); editing a
 * cell; generating, auto-filling, exporting, publishing and printing (Ctrl+P) the week. */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_ROSTER_PAGE (ovs_roster_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsRosterPage, ovs_roster_page, OVS, ROSTER_PAGE, OvsSectionPage)

GtkWidget *ovs_roster_page_new (OvsStore *store);

G_END_DECLS

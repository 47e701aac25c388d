/* ovs-roster-grid.h — the week grid of the Roosters section: members as rows (name, contract and
 * planned hours), Monday to Sunday as columns, a cell per member and day, and a footer with each
 * day's count against the crew's minimum. Rebuilt only when it is given another week. */
#pragma once

#include <gtk/gtk.h>

#include "roster/ovs-roster-week.h"

G_BEGIN_DECLS

#define OVS_TYPE_ROSTER_GRID (ovs_roster_grid_get_type ())
G_DECLARE_FINAL_TYPE (OvsRosterGrid, ovs_roster_grid, OVS, ROSTER_GRID, GtkWidget)

GtkWidget     *ovs_roster_grid_new        (void);
/* Shows @week (NULL: nothing); @today (ISO) is marked in the header. Keeps the focus on the same
 * cell when the grid had it. */
void           ovs_roster_grid_set_week   (OvsRosterGrid *self,
                                           OvsRosterWeek *week,
                                           const char    *today);
OvsRosterWeek *ovs_roster_grid_get_week   (OvsRosterGrid *self);
/* The row and day of the cell with the focus; FALSE when no cell has it. */
gboolean       ovs_roster_grid_get_focus_cell (OvsRosterGrid *self,
                                           guint         *row,
                                           guint         *day);
/* Moves the focus to a cell (the first one of today's column when there is one). */
void           ovs_roster_grid_focus      (OvsRosterGrid *self);

G_END_DECLS

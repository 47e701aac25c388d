/* ovs-roster-cell.h — one cell of the week grid: a button showing a member's shifts on one day (times
 * and task), the absence in place, and a conflict badge whose tooltip explains the conflict. Its
 * accessible label reads the whole cell ("Jan de Vries, maandag 23-11: 07:30–16:00 maaien"). */
#pragma once

#include <gtk/gtk.h>

#include "roster/ovs-roster-week.h"

G_BEGIN_DECLS

#define OVS_TYPE_ROSTER_CELL (ovs_roster_cell_get_type ())
G_DECLARE_FINAL_TYPE (OvsRosterCell, ovs_roster_cell, OVS, ROSTER_CELL, GtkButton)

GtkWidget *ovs_roster_cell_new      (OvsRosterWeek *week,
                                     guint          row,
                                     guint          day);
guint      ovs_roster_cell_get_row  (OvsRosterCell *self);
guint      ovs_roster_cell_get_day  (OvsRosterCell *self);

/* A conflict badge: a warning icon coloured by @severity, @text as its tooltip and description. */
GtkWidget *ovs_roster_badge_new     (OvsConflictSeverity  severity,
                                     const char          *text);
/* The highest severity in @conflicts (OvsConflict). */
OvsConflictSeverity ovs_roster_highest_severity (GPtrArray *conflicts);

G_END_DECLS

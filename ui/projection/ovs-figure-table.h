/* ovs-figure-table.h — the monitor's key figures in Prognose: each figure's name, its value, last
 * year's value and the note that names the cause of the change, under a row of headings.
 *
 * Given the width, it is a table of four columns. Narrower, each figure becomes a block: its name
 * beside the two values (or above them when that leaves the name too little room, as in a window
 * 360 pixels wide), the note under them; the values stand right-aligned under their headings. So the
 * figures fit the window and nothing scrolls sideways. libadwaita 1.2 has no breakpoints
 * (AdwBreakpoint came in 1.4), so the widget picks its layout from the width it is allocated, as
 * OvsWrapBox breaks its lines. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OVS_TYPE_FIGURE_TABLE (ovs_figure_table_get_type ())
G_DECLARE_FINAL_TYPE (OvsFigureTable, ovs_figure_table, OVS, FIGURE_TABLE, GtkWidget)

GtkWidget *ovs_figure_table_new    (void);
/* Removes every figure; the headings stay. */
void       ovs_figure_table_clear  (OvsFigureTable *self);
/* Adds a figure below the others; @note may wrap onto more lines. */
void       ovs_figure_table_add    (OvsFigureTable *self,
                                    const char     *title,
                                    const char     *value,
                                    const char     *last_year,
                                    const char     *note);

G_END_DECLS

/* ovs-slot-model.h — a list model of OvsSlots over another model, for a GtkColumnView whose rows
 * change wholesale (a search over 20,000 employees). GTK 4.8 throws away and rebuilds every row
 * widget in view, a thousand or so with their cells, whenever the rows at their positions change;
 * here the positions stay put, the slots take their new rows and the cells only change their text.
 * Only a change in the number of rows is told as items-changed, at the end. A slot is made only when
 * a view first asks for its position, so that new rows cost a look at the slots made so far, not one
 * per row. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OVS_TYPE_SLOT_MODEL (ovs_slot_model_get_type ())
G_DECLARE_FINAL_TYPE (OvsSlotModel, ovs_slot_model, OVS, SLOT_MODEL, GObject)

OvsSlotModel *ovs_slot_model_new       (GListModel   *model);
GListModel   *ovs_slot_model_get_model (OvsSlotModel *self);
void          ovs_slot_model_set_model (OvsSlotModel *self,
                                        GListModel   *model);
/* Shows @rows (an array of GObjects, referenced until the next rows or model) instead of a model:
 * for a page that filters its rows itself. */
void          ovs_slot_model_set_rows  (OvsSlotModel *self,
                                        GPtrArray    *rows);
/* Stepwise, when the rows grow from fewer than a view holds only a first step of the new positions
 * appears: call ovs_slot_model_reveal() once per frame for the rest, so that the view builds its row
 * widgets a few at a time instead of all in one frame (a tenth of a second or more). */
void          ovs_slot_model_set_stepwise (OvsSlotModel *self,
                                           gboolean      stepwise);
/* Shows the next step of positions; returns whether some are still to come. */
gboolean      ovs_slot_model_reveal    (OvsSlotModel *self);
/* The positions a view shows now: when set_rows() gives new rows, only the slots there take theirs
 * at once. GTK 4.8 keeps about 200 rows built around what it shows, and each one that takes another
 * row measures and lays out its cells again before the next frame: 200 rows cost about 25 ms, the
 * two dozen in view a tenth of that. The other slots catch up a step per frame
 * (ovs_slot_model_catch_up()). Setting the view gives no rows: a view tells where it is while it is
 * laid out, when changing its rows' cells is too late for the frame. */
void          ovs_slot_model_set_in_view (OvsSlotModel *self,
                                          guint         first,
                                          guint         n);
/* Gives the slots in view that are behind their new rows, and up to @max others; returns whether
 * some are still behind. */
gboolean      ovs_slot_model_catch_up  (OvsSlotModel *self,
                                        guint         max);

G_END_DECLS

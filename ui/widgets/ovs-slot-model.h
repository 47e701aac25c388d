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

G_END_DECLS

/* ovs-slot.h — one position of an OvsSlotModel: holds whichever row is at that position now and
 * says so (notify::item) when another row moves in. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_SLOT (ovs_slot_get_type ())
G_DECLARE_FINAL_TYPE (OvsSlot, ovs_slot, OVS, SLOT, GObject)

OvsSlot  *ovs_slot_new      (void);
/* The row in this slot (transfer none), or NULL. */
gpointer  ovs_slot_get_item (OvsSlot  *self);
void      ovs_slot_set_item (OvsSlot  *self,
                             gpointer  item);
/* @row itself, or the row in it when @row is an OvsSlot: for code that sees either. */
gpointer  ovs_slot_unwrap   (gpointer  row);

G_END_DECLS

/* ovs-checklist-item.h — one item of a transfer case's checklist: a row object with read-only properties.
 *
 * Made by the list functions (ovs_transfers_list(), ovs_covenants_list(), …) from the same row the
 * CLI prints as JSON; each property is that row's member of the same name (with '-' for '_'). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_CHECKLIST_ITEM (ovs_checklist_item_get_type ())
G_DECLARE_FINAL_TYPE (OvsChecklistItem, ovs_checklist_item, OVS, CHECKLIST_ITEM, GObject)

gint64      ovs_checklist_item_get_id (OvsChecklistItem *self);
const char *ovs_checklist_item_get_code (OvsChecklistItem *self);
const char *ovs_checklist_item_get_title (OvsChecklistItem *self);
gboolean    ovs_checklist_item_get_done (OvsChecklistItem *self);

G_END_DECLS

/* ovs-milestone.h — one of the programme's milestones: a row object with read-only properties.
 *
 * Made by the list functions (ovs_transfers_list(), ovs_covenants_list(), …) from the same row the
 * CLI prints as JSON; each property is that row's member of the same name (with '-' for '_'). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_MILESTONE (ovs_milestone_get_type ())
G_DECLARE_FINAL_TYPE (OvsMilestone, ovs_milestone, OVS, MILESTONE, GObject)

gint64      ovs_milestone_get_id (OvsMilestone *self);
const char *ovs_milestone_get_title (OvsMilestone *self);
const char *ovs_milestone_get_status (OvsMilestone *self);
gboolean    ovs_milestone_get_late (OvsMilestone *self);

G_END_DECLS

/* ovs-crew.h — one green crew (groenploeg) as a row of a list. Read-only properties: id, name,
 * team-leader-id, team-leader (name), team-leader-personnel-number, area (kern/wijk), vehicle,
 * min-size, ended-on (ISO; NULL while active), member-count (members on the day the list was made). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_CREW (ovs_crew_get_type ())
G_DECLARE_FINAL_TYPE (OvsCrew, ovs_crew, OVS, CREW, GObject)

gint64      ovs_crew_get_id                          (OvsCrew *self);
const char *ovs_crew_get_name                        (OvsCrew *self);
/* 0 when the crew has no team leader */
gint64      ovs_crew_get_team_leader_id              (OvsCrew *self);
const char *ovs_crew_get_team_leader                 (OvsCrew *self);
const char *ovs_crew_get_team_leader_personnel_number (OvsCrew *self);
const char *ovs_crew_get_area                        (OvsCrew *self);
const char *ovs_crew_get_vehicle                     (OvsCrew *self);
int         ovs_crew_get_min_size                    (OvsCrew *self);
const char *ovs_crew_get_ended_on                    (OvsCrew *self);
int         ovs_crew_get_member_count                (OvsCrew *self);

G_END_DECLS

/* ovs-crew-membership.h — one period of an employee in a crew, as a row of a list. Read-only
 * properties: id, crew-id, crew (name), employee-id, personnel-number, employee-name, role (member,
 * team_leader or stand_in), start-date, end-date (ISO; NULL: open-ended). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_CREW_MEMBERSHIP (ovs_crew_membership_get_type ())
G_DECLARE_FINAL_TYPE (OvsCrewMembership, ovs_crew_membership, OVS, CREW_MEMBERSHIP, GObject)

gint64      ovs_crew_membership_get_id               (OvsCrewMembership *self);
gint64      ovs_crew_membership_get_crew_id          (OvsCrewMembership *self);
const char *ovs_crew_membership_get_crew             (OvsCrewMembership *self);
gint64      ovs_crew_membership_get_employee_id      (OvsCrewMembership *self);
const char *ovs_crew_membership_get_personnel_number (OvsCrewMembership *self);
const char *ovs_crew_membership_get_employee_name    (OvsCrewMembership *self);
const char *ovs_crew_membership_get_role             (OvsCrewMembership *self);
const char *ovs_crew_membership_get_start_date       (OvsCrewMembership *self);
const char *ovs_crew_membership_get_end_date         (OvsCrewMembership *self);

G_END_DECLS

/* ovs-autofill.h — proposing a crew's roster for a period: from its patterns, memberships and
 * absences, with as few conflicts as possible and the shifts spread over the members in proportion to
 * their contract hours. The proposal is a list of changes (add or remove, each with its reason) that
 * the user reads first; ovs_autofill_apply() writes them in one transaction. Overrides are never
 * touched. The same data always gives the same proposal. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

#define OVS_TYPE_ROSTER_CHANGE (ovs_roster_change_get_type ())
G_DECLARE_FINAL_TYPE (OvsRosterChange, ovs_roster_change, OVS, ROSTER_CHANGE, GObject)

const char  *ovs_roster_change_get_action           (OvsRosterChange *self);  /* add, remove */
const char  *ovs_roster_change_get_uid              (OvsRosterChange *self);
gint64       ovs_roster_change_get_crew_id          (OvsRosterChange *self);
gint64       ovs_roster_change_get_employee_id      (OvsRosterChange *self);
const char  *ovs_roster_change_get_personnel_number (OvsRosterChange *self);
const char  *ovs_roster_change_get_employee_name    (OvsRosterChange *self);
gint64       ovs_roster_change_get_pattern_id       (OvsRosterChange *self);
const char  *ovs_roster_change_get_date             (OvsRosterChange *self);
const char  *ovs_roster_change_get_start_time       (OvsRosterChange *self);
const char  *ovs_roster_change_get_end_time         (OvsRosterChange *self);
const char  *ovs_roster_change_get_reason           (OvsRosterChange *self);
/* {action, uid, employee, name, date, start_time, end_time, reason} */
JsonObject  *ovs_roster_change_to_json              (OvsRosterChange *self);

/* The proposal for crew @crew_id in [@from, @to]: a GListModel of OvsRosterChange, ordered by date,
 * action and personnel number. Needs the crew permission. */
GListModel  *ovs_autofill_propose   (OvsStore    *store,
                                     gint64       crew_id,
                                     const char  *from,
                                     const char  *to,
                                     GError     **error);
/* Writes @proposal (from ovs_autofill_propose()) in one transaction with one audit row. Fails, writing
 * nothing, when a shift it would change has become an override since. */
gboolean     ovs_autofill_apply     (OvsStore    *store,
                                     gint64       crew_id,
                                     GListModel  *proposal,
                                     GError     **error);
JsonArray   *ovs_roster_changes_to_json (GListModel *changes);

G_END_DECLS

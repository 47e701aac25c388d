/* ovs-crew-memberships.h — who is in which crew, over time. An employee is in one crew at a time.
 * A kwartiermaker or hr manages every crew's members; a teamleider only those of their own crews,
 * and sees only those. Dates are ISO 'YYYY-MM-DD'. Nothing is deleted: memberships are ended. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/crews/ovs-crew-membership.h"
#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* Adds employee @employee_id to crew @crew_id from @start_date until @end_date (NULL: open-ended),
 * with @role (NULL: member), an OVS_TYPE_CREW_ROLE code or Dutch word ("ploegleider", "invaller"). A
 * period overlapping another membership of the same employee is refused with
 * OVS_VALIDATION_ERROR_DUPLICATE naming the other crew. Returns the new id, or 0. */
gint64      ovs_crew_memberships_add         (OvsStore    *store,
                                              gint64       crew_id,
                                              gint64       employee_id,
                                              const char  *role,
                                              const char  *start_date,
                                              const char  *end_date,
                                              GError     **error);
/* Ends membership @id on @end_date (>= its start, not after its crew ended). */
gboolean    ovs_crew_memberships_end         (OvsStore    *store,
                                              gint64       id,
                                              const char  *end_date,
                                              GError     **error);

/* The memberships of crew @crew_id (0: every crew; kwartiermaker and hr only): those running on
 * @on_date, or the whole history when @on_date is NULL; by start date and personnel number:
 * [{id, crew_id, crew, employee_id, personnel_number, employee_name, role, start_date, end_date}]. */
JsonArray  *ovs_crew_memberships_list_json   (OvsStore    *store,
                                              gint64       crew_id,
                                              const char  *on_date,
                                              GError     **error);
GListStore *ovs_crew_memberships_list        (OvsStore    *store,
                                              gint64       crew_id,
                                              const char  *on_date,
                                              GError     **error);

G_END_DECLS

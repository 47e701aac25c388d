/* ovs-wsw.h — the Wsw's rules beside the employee record: employments that end (at the AOW age or on
 * their end date), re-indication requests and UWV's decisions, and UWV's advice on sheltered work
 * for nieuw beschut. Dates are ISO 'YYYY-MM-DD'. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* Employments still running that end within @within_months months from today, or should already
 * have ended (the AOW date passed): [{id, personnel_number, name, employer, work_organisation,
 * employment_type, end_date, reason ("aow" or "employment_end"), aow_date, days_left}] sorted by
 * end date; end_date is the last working day, days_left negative when it has passed. Needs
 * OVS_PERM_EDIT_EMPLOYEES (the AOW date tells the birth date). */
JsonArray *ovs_wsw_ending               (OvsStore    *store,
                                         int          within_months,
                                         GError     **error);

/* Ends, as ovs_employees_end() does with its audit row, every running employment whose AOW date is
 * on or before today, on the day before the AOW date. Returns how many were ended, or -1. Needs
 * OVS_PERM_EDIT_EMPLOYEES. */
int        ovs_wsw_end_at_aow           (OvsStore    *store,
                                         GError     **error);

/* Records that the re-indication of employee @employee_id was requested at UWV on @requested_on.
 * Health data: needs OVS_PERM_VIEW_HEALTH and OVS_PERM_EDIT_EMPLOYEES; audited. Returns the id. */
gint64     ovs_wsw_request_reindication (OvsStore    *store,
                                         gint64       employee_id,
                                         const char  *requested_on,
                                         const char  *note,
                                         GError     **error);
/* Records UWV's @decision ("granted" or "refused", or Dutch) on the latest open request, on
 * @decided_on. A granted re-indication adds the new indication (@category, from @decided_on,
 * @valid_until may be NULL). Same permissions as the request; audited. */
gboolean   ovs_wsw_decide_reindication  (OvsStore    *store,
                                         gint64       employee_id,
                                         const char  *decision,
                                         const char  *decided_on,
                                         const char  *category,
                                         const char  *valid_until,
                                         GError     **error);
/* The employee's requests: [{id, requested_on, decision, decided_on, note, timely}], oldest first;
 * timely says whether it was made by the deadline of the indication it renews. Needs
 * OVS_PERM_VIEW_HEALTH; the read is written to the access log. */
JsonArray *ovs_wsw_reindication_requests (OvsStore   *store,
                                          gint64      employee_id,
                                          GError    **error);

/* Records UWV's advice on sheltered work (advies beschut werk) for employee @employee_id. Health
 * data: needs OVS_PERM_VIEW_HEALTH and OVS_PERM_EDIT_EMPLOYEES; audited. Returns the id. */
gint64     ovs_wsw_add_sheltered_advice (OvsStore    *store,
                                         gint64       employee_id,
                                         const char  *advice_date,
                                         const char  *valid_until,
                                         const char  *note,
                                         GError     **error);
/* The employee's advices: [{id, advice_date, valid_until, note}], oldest first. Needs
 * OVS_PERM_VIEW_HEALTH; the read is written to the access log. */
JsonArray *ovs_wsw_sheltered_advices    (OvsStore    *store,
                                         gint64       employee_id,
                                         GError     **error);
/* Nieuw beschut employees still employed and what they lack today: [{id, personnel_number, name,
 * advice_date, advice_valid_until, wage_value_percentage, missing: ["advice"|"wage_value"]}], only
 * those that lack something. Needs OVS_PERM_VIEW_HEALTH. */
JsonArray *ovs_wsw_sheltered_check      (OvsStore    *store,
                                         GError     **error);

G_END_DECLS

/* ovs-employee-history.h — what is kept of an employee over time: indications, home municipalities,
 * loonwaarde (wage value) measurements and qualifications (driving licences, machine certificates).
 *
 * Adding needs OVS_PERM_EDIT_EMPLOYEES. Indications and wage values are health data (AVG art. 9):
 * listing them needs OVS_PERM_VIEW_HEALTH. Qualifications and home municipalities are visible to
 * every role (team leaders need qualifications for their rosters). Lists are JSON arrays with the
 * schema's column names, oldest first; dates ISO. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* A new indication of @category ("matig"/"ernstig"; 'licht' is not eligible) from @indication_date
 * until @valid_until (NULL: open-ended). The newest indication is the current one. Returns its id. */
gint64     ovs_employees_add_indication           (OvsStore    *store,
                                                   gint64       employee_id,
                                                   const char  *category,
                                                   const char  *indication_date,
                                                   const char  *valid_until,
                                                   GError     **error);
/* [{id, category, indication_date, valid_until, reindication_deadline, is_current}] */
JsonArray *ovs_employees_list_indications         (OvsStore    *store,
                                                   gint64       employee_id,
                                                   GError     **error);

/* [{id, municipality, valid_from, is_current}] */
JsonArray *ovs_employees_list_home_municipalities (OvsStore    *store,
                                                   gint64       employee_id,
                                                   GError     **error);

/* A loonwaarde measurement on @measured_on by @method (free text, e.g. "Dariuz"), 0–100 percent.
 * Needs OVS_PERM_EDIT_EMPLOYEES and OVS_PERM_VIEW_HEALTH. */
gint64     ovs_employees_add_wage_value           (OvsStore    *store,
                                                   gint64       employee_id,
                                                   const char  *measured_on,
                                                   const char  *method,
                                                   double       percentage,
                                                   GError     **error);
/* [{id, measured_on, method, percentage}] */
JsonArray *ovs_employees_list_wage_values         (OvsStore    *store,
                                                   gint64       employee_id,
                                                   GError     **error);

/* @kind: licence_b, licence_be, licence_c or machine (a machine needs @detail, e.g. "bosmaaier").
 * Dates may be NULL. Returns the qualification's id. */
gint64     ovs_employees_add_qualification        (OvsStore    *store,
                                                   gint64       employee_id,
                                                   const char  *kind,
                                                   const char  *detail,
                                                   const char  *obtained_on,
                                                   const char  *valid_until,
                                                   GError     **error);
/* Ends qualification @qualification_id on @date (its valid_until; the row stays). */
gboolean   ovs_employees_end_qualification        (OvsStore    *store,
                                                   gint64       qualification_id,
                                                   const char  *date,
                                                   GError     **error);
/* [{id, kind, detail, obtained_on, valid_until, is_valid}] — is_valid: not expired today. */
JsonArray *ovs_employees_list_qualifications      (OvsStore    *store,
                                                   gint64       employee_id,
                                                   GError     **error);

G_END_DECLS

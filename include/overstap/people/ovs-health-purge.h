/* ovs-health-purge.h — health data is kept no longer than needed (AVG art. 5(1)(e), storage
 * limitation): the indications (with re-indication requests), UWV's sheltered-work advice, wage values
 * and sickness or medical absences of people who left more than the retention period ago are deleted,
 * with an audit row per employee. Nothing else is. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* The retention period in whole years after the employment ended, valid on @date (ISO; NULL: today):
 * the health_retention row with the latest valid_from on or before it. Default 2 years (the Autoriteit
 * Persoonsgegevens on sickness data of employees). Returns -1 with @error on failure. */
int        ovs_health_retention_years (OvsStore    *store,
                                       const char  *date,
                                       GError     **error);
/* Sets the retention period to @years from @valid_from (ISO) on. Needs OVS_PERM_EDIT_PARAMETERS. */
gboolean   ovs_health_retention_set   (OvsStore    *store,
                                       const char  *valid_from,
                                       int          years,
                                       GError     **error);
/* The employees whose health data the retention period has run out for today, and what of it there
 * is: [{employee_id, personnel_number, employment_end, indications, wage_values, absences,
 * uwv_records (re-indication requests and sheltered-work advice)}], by
 * personnel number. Unless @dry_run, deletes it in one transaction with an audit row per employee
 * (action "purge"). Needs OVS_PERM_PURGE. */
JsonArray *ovs_health_purge           (OvsStore    *store,
                                       gboolean     dry_run,
                                       GError     **error);

G_END_DECLS

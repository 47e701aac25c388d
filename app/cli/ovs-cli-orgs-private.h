/* ovs-cli-orgs-private.h — helpers the organisation, placement and crew commands share. */
#pragma once

#include "ovs-cli.h"

G_BEGIN_DECLS

/* The id of the employee with personnel number @number, or 0 with
 * OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE naming it. */
gint64    ovs_cli_orgs_employee  (OvsStore    *store,
                                  const char  *number,
                                  GError     **error);
/* A date option (dd-mm-jjjj or any accepted form) as ISO into *iso; NULL stays NULL and "" stays ""
 * (which clears a date in "change" commands). The error names the option. */
gboolean  ovs_cli_orgs_date      (const char  *option,
                                  const char  *value,
                                  char       **iso,
                                  GError     **error);
/* A positive whole number (an id), or a usage message naming @what. */
gboolean  ovs_cli_orgs_id        (const char  *text,
                                  const char  *what,
                                  gint64      *id);
/* A member of a JSON row for a text table: ISO dates as dd-mm-jjjj, null as "-". */
char     *ovs_cli_orgs_text      (JsonObject  *row,
                                  const char  *member);

G_END_DECLS

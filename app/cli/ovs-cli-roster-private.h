/* ovs-cli-roster-private.h — what the roster command files (roster, pattern, absence) share. */
#pragma once

#include "ovs-cli-commands.h"

G_BEGIN_DECLS

/* A date option as typed (dd-mm-jjjj or ISO) into ISO; an error names the option and the value.
 * NULL stays NULL. */
gboolean ovs_cli_roster_date    (const char  *option,
                                 const char  *value,
                                 char       **iso,
                                 GError     **error);
/* "Mon 31-03-2025" style label for a date, in the user's language. */
char    *ovs_cli_roster_day     (const char  *iso);

G_END_DECLS

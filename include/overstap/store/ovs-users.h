/* ovs-users.h — the people who use Overstap and their roles. Only a kwartiermaker manages users. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* Adds @name with @role; a teamleider may be given their crew by name (@crew may be NULL). On
 * PostgreSQL also the login role @name, a member of overstap_kwartiermaker, overstap_hr or
 * overstap_teamleider (sql/pg-access.sql), so that the database itself holds them to their role. */
gint64     ovs_users_add         (OvsStore    *store,
                                  const char  *name,
                                  OvsRole      role,
                                  const char  *crew,
                                  GError     **error);
/* Gives a teamleider one more crew of their own. */
gboolean   ovs_users_grant_crew  (OvsStore    *store,
                                  const char  *name,
                                  const char  *crew,
                                  GError     **error);
/* Ends a user's access (the row stays, for the audit log); on PostgreSQL their role loses its login. */
gboolean   ovs_users_end         (OvsStore    *store,
                                  const char  *name,
                                  GError     **error);
/* Sets the password of @name's login role (PostgreSQL only); audited without the password. */
gboolean   ovs_users_set_password (OvsStore   *store,
                                  const char  *name,
                                  const char  *password,
                                  GError     **error);
/* [{id, name, role, crews: [..], ended_on}] */
JsonArray *ovs_users_list        (OvsStore    *store,
                                  GError     **error);

G_END_DECLS

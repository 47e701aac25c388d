/* ovs-access-private.h — the roles in the database itself (PostgreSQL; on SQLite these do nothing or
 * say that they need a server). See ovs-engine-pg-access.c and sql/pg-access.sql. */
#pragma once

#include "store/ovs-store-private.h"

G_BEGIN_DECLS

/* Whether the store is on a server (PostgreSQL) rather than a SQLite file. */
gboolean  ovs_store_is_server           (OvsStore    *self);
/* After the migrations, by the tables' owner: grants, revokes and policies of pg-access.sql, again
 * whenever they or the schema changed. Nothing for anyone else, nothing on SQLite. */
gboolean  ovs_store_apply_access        (OvsStore    *self,
                                         GError     **error);
/* On a server a user's own login is that user: another name is refused. The owner's connection (IT,
 * the tests) may act as any user, as on SQLite. */
gboolean  ovs_store_check_login         (OvsStore    *self,
                                         const char  *name,
                                         GError     **error);
/* The login role of an Overstap user, in the group role of @role; ending it takes its login away. */
gboolean  ovs_store_add_login           (OvsStore    *self,
                                         const char  *name,
                                         OvsRole      role,
                                         GError     **error);
gboolean  ovs_store_end_login           (OvsStore    *self,
                                         const char  *name,
                                         GError     **error);
gboolean  ovs_store_set_login_password  (OvsStore    *self,
                                         const char  *name,
                                         const char  *password,
                                         GError     **error);

G_END_DECLS

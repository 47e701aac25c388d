/* ovs-engine-pg-private.h — what core/store/ and the tests may ask of the PostgreSQL engine beyond
 * the engine table of ovs-engine-private.h. Only core/store/ovs-engine-pg.c calls libpq.
 *
 * Backups: on this engine ovs_store_backup() refuses and points to pg_dump (IT's job, README
 * "Database"). Copying a whole database between the engines (a SQLite export of a server database)
 * belongs to `overstap-cli db copy`, which opens both ends with ovs_store_open() and works through
 * the statement interface; it needs nothing engine-specific from this file. */
#pragma once

#include "store/ovs-engine-private.h"

G_BEGIN_DECLS

/* The channel every committed change is announced on (NOTIFY) and every open store listens to. */
#define OVS_PG_CHANNEL "overstap_changed"

typedef struct
{
  char *payload;   /* as sent with pg_notify(): JSON {"entity", "user", "role"} */
} OvsPgNotification;

typedef void (*OvsPgNotifyFunc) (const OvsPgNotification *notification,
                                 gpointer                  data);

extern const OvsEngine ovs_engine_pg;

/* Whether @where is a libpq URI (postgresql://… or postgres://…) rather than a file path. */
gboolean  ovs_engine_pg_is_uri      (const char     *where);

/* LISTENs on OVS_PG_CHANNEL and calls @func from the thread-default main loop for each notification
 * another connection sent (never in the middle of a statement). */
gboolean  ovs_engine_pg_listen      (gpointer        conn,
                                     OvsPgNotifyFunc func,
                                     gpointer        data,
                                     GError        **error);

/* Rewrites a migration written in the portable subset (see core/store/sql/README) for PostgreSQL:
 * INTEGER PRIMARY KEY, INTEGER, REAL, TEXT, COLLATE NOCASE and STRICT. */
char     *ovs_engine_pg_rewrite_ddl (const char     *sql);

/* Runs one statement on a connection of its own (CREATE DATABASE / DROP DATABASE in tests). */
gboolean  ovs_engine_pg_run_once    (const char     *uri,
                                     const char     *sql,
                                     GError        **error);

G_END_DECLS

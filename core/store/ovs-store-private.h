/* ovs-store-private.h — what core modules share about the store: the SQLite handle and statement
 * helpers. Not installed; ui/ and app/ never see SQL. */
#pragma once

#include <sqlite3.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* Shared by ovs-store.c and ovs-store-access.c only. */
struct _OvsStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text -> sqlite3_stmt */
  guint       depth;        /* open savepoints */

  char       *user;
  OvsRole     role;
  GHashTable *own_crews;    /* crew ids (gint64*) a teamleider may edit */
  GHashTable *pending_changes; /* entities changed inside the open transaction */
};


/* Opens @path and migrates it no further than @up_to: tests use it to make databases of every
 * earlier schema version. */
OvsStore     *ovs_store_open_at_version (const char *path,
                                       int           up_to,
                                       GError      **error);

sqlite3      *ovs_store_get_db        (OvsStore      *self);

/* A prepared statement from the store's cache, reset and with bindings cleared. The store owns it:
 * do not finalize it, and do not use the same SQL text again while stepping through it. */
sqlite3_stmt *ovs_store_prepare       (OvsStore      *self,
                                       const char    *sql,
                                       GError       **error);
gboolean      ovs_store_exec          (OvsStore      *self,
                                       const char    *sql,
                                       GError       **error);
/* Steps a statement that returns no rows; a UNIQUE violation becomes OVS_STORE_ERROR_DUPLICATE. */
gboolean      ovs_store_step_done     (OvsStore      *self,
                                       sqlite3_stmt  *stmt,
                                       GError       **error);
/* Sets @error from the connection's last error and returns FALSE. */
gboolean      ovs_store_set_sqlite_error (OvsStore   *self,
                                       GError       **error);
gint64        ovs_store_last_insert_id (OvsStore     *self);

void          ovs_bind_text_or_null   (sqlite3_stmt  *stmt,
                                       int            index,
                                       const char    *text);
void          ovs_bind_int_or_null    (sqlite3_stmt  *stmt,
                                       int            index,
                                       gboolean       is_set,
                                       gint64         value);
/* A column as a newly allocated string, or NULL when the column is NULL. */
char         *ovs_column_dup_text     (sqlite3_stmt  *stmt,
                                       int            column);

G_END_DECLS

/* ovs-engine-private.h — what a database engine provides behind ovs-sql-private.h.
 *
 * An engine is a table of functions for a connection (OvsEngine) and one for its statements
 * (OvsStmtClass). SQLite is the first (ovs-engine-sqlite.c); another engine adds a file that fills
 * the same two tables, and rule code stays as it is. Only core/store/ includes this header.
 */
#pragma once

#include "store/ovs-sql-private.h"

G_BEGIN_DECLS

typedef struct _OvsStmtClass OvsStmtClass;
typedef struct _OvsEngine OvsEngine;

/* Every engine's statement starts with this header; the engine's own fields follow it. */
struct _OvsStmt
{
  const OvsStmtClass *klass;
};

struct _OvsStmtClass
{
  void          (*free)         (OvsStmt *stmt);
  void          (*bind_text)    (OvsStmt *stmt, int index, const char *text, gboolean copy);
  void          (*bind_int64)   (OvsStmt *stmt, int index, gint64 value);
  void          (*bind_double)  (OvsStmt *stmt, int index, double value);
  void          (*bind_null)    (OvsStmt *stmt, int index);
  int           (*param_index)  (OvsStmt *stmt, const char *name);
  gboolean      (*next)         (OvsStmt *stmt, GError **error);
  void          (*reset)        (OvsStmt *stmt);
  void          (*clear)        (OvsStmt *stmt);   /* reset and unbind, for reuse from the cache */
  gint64        (*changes)      (OvsStmt *stmt);
  int           (*column_count) (OvsStmt *stmt);
  const char   *(*column_name)  (OvsStmt *stmt, int column);
  OvsValueKind  (*column_kind)  (OvsStmt *stmt, int column);
  gint64        (*get_int64)    (OvsStmt *stmt, int column);
  double        (*get_double)   (OvsStmt *stmt, int column);
  const char   *(*get_text)     (OvsStmt *stmt, int column);
};

/* A connection's operations. @conn is the engine's own handle. */
struct _OvsEngine
{
  const char *name;
  /* Starts a transaction that takes the write lock at once: two first starts never migrate twice,
   * and a rule that reads and then writes (ovs_store_begin()) sees the state it writes over, while a
   * second writer waits for it rather than failing or writing over it. On SQLite "BEGIN IMMEDIATE";
   * another engine must give writers the same order (PostgreSQL: BEGIN, then a transaction-level
   * advisory lock, or SERIALIZABLE with a retry). Reading never waits for it. */
  const char *begin_write;
  /* Starts a read-only transaction: one consistent state for several queries, taking no write lock
   * (SQLite: a deferred "BEGIN" whose first read fixes the snapshot; PostgreSQL: REPEATABLE READ,
   * READ ONLY). */
  const char *begin_read;
  const char *commit;
  const char *rollback;
  /* @password: for a server that asks for one (NULL: none, or what libpq finds in ~/.pgpass). */
  gpointer  (*open)           (const char *where, const char *password, GError **error);
  void      (*close)          (gpointer conn);
  /* Session settings after opening (journal mode, foreign keys, time-outs). */
  gboolean  (*configure)      (gpointer conn, GError **error);
  gboolean  (*exec)           (gpointer conn, const char *sql, GError **error);
  OvsStmt  *(*prepare)        (gpointer conn, const char *sql, GError **error);
  /* The schema version the database records, and setting it inside a migration's transaction. */
  int       (*schema_version) (gpointer conn);
  gboolean  (*set_schema_version) (gpointer conn, int version, GError **error);
  /* A whole-database copy into a new file at @dest_path. */
  gboolean  (*backup)         (gpointer conn, const char *dest_path, GError **error);
  /* The migration's SQL as this engine runs it (a newly allocated string), or NULL when the engine
   * runs the portable text as it is (SQLite). */
  char     *(*rewrite_migration) (const char *sql);
  /* The suffix of a migration file that replaces NNNN-name.sql on this engine (".pg.sql"), or NULL. */
  const char *migration_suffix;
};

extern const OvsEngine ovs_engine_sqlite;

/* Sets @error to the OVS_STORE_ERROR code that fits an engine's failure, with @message. */
void ovs_store_set_engine_error (GError      **error,
                                 OvsStoreError code,
                                 const char   *message);

G_END_DECLS

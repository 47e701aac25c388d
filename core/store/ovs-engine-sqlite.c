/* ovs-engine-sqlite.c — the embedded engine: one SQLite file per database, for one person or the
 * README's first start. The only file of core, with ovs-store.c's migration runner aside, that
 * speaks sqlite3_*. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <string.h>

#include "overstap/base/ovs-files.h"
#include "store/ovs-engine-private.h"

/* SQLite runs an INSERT's RETURNING clause through an ephemeral table that it builds and frees on every
 * run: a third of the employee import's time. A single-row `INSERT … VALUES (…) [ON CONFLICT DO NOTHING]
 * RETURNING id` is therefore prepared without its RETURNING and answers with the connection's last
 * rowid, as one row named id, or no row when the insert did nothing. Rule code keeps the portable SQL. */
typedef enum { RETURNING_NONE, RETURNING_PENDING, RETURNING_ROW, RETURNING_DONE } Returning;

typedef struct
{
  OvsStmt       parent;
  sqlite3_stmt *handle;
  Returning     returning;   /* RETURNING_NONE unless the RETURNING id is emulated */
  gint64        id;
  char          id_text[24];
} SqliteStmt;

#define HANDLE(stmt) (((SqliteStmt *) (stmt))->handle)
#define SELF(stmt) ((SqliteStmt *) (stmt))
#define ROW_IS_ID(stmt) (SELF (stmt)->returning == RETURNING_ROW)

/* The store's error code for SQLite's extended result @code: rules and the window can then tell a
 * refused value from a lock or a lost connection. */
static OvsStoreError
error_code (int code)
{
  switch (code)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return OVS_STORE_ERROR_DUPLICATE;
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT_FOREIGNKEY:
    case SQLITE_CONSTRAINT_DATATYPE:
      return OVS_STORE_ERROR_CONSTRAINT;
    default:
      break;
    }
  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return OVS_STORE_ERROR_BUSY;
    case SQLITE_AUTH:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return OVS_STORE_ERROR_PERMISSION_DENIED;
    default:
      return OVS_STORE_ERROR_FAILED;
    }
}

static gboolean
set_error (sqlite3 *db, GError **error)
{
  ovs_store_set_engine_error (error, error_code (sqlite3_extended_errcode (db)), sqlite3_errmsg (db));
  return FALSE;
}

/* --- statements --- */

static void
stmt_free (OvsStmt *stmt)
{
  sqlite3_finalize (HANDLE (stmt));
  g_free (stmt);
}

static void
stmt_bind_text (OvsStmt *stmt, int index, const char *text, gboolean copy)
{
  sqlite3_bind_text (HANDLE (stmt), index, text, -1, copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

static void
stmt_bind_int64 (OvsStmt *stmt, int index, gint64 value)
{
  sqlite3_bind_int64 (HANDLE (stmt), index, value);
}

static void
stmt_bind_double (OvsStmt *stmt, int index, double value)
{
  sqlite3_bind_double (HANDLE (stmt), index, value);
}

static void
stmt_bind_null (OvsStmt *stmt, int index)
{
  sqlite3_bind_null (HANDLE (stmt), index);
}

static int
stmt_param_index (OvsStmt *stmt, const char *name)
{
  return sqlite3_bind_parameter_index (HANDLE (stmt), name);
}

/* The emulated RETURNING id: the insert's one step, then the id as the only row. */
static gboolean
returning_next (SqliteStmt *self, int rc)
{
  sqlite3 *db = sqlite3_db_handle (self->handle);

  if (self->returning != RETURNING_PENDING || rc != SQLITE_DONE || sqlite3_changes (db) == 0)
    {
      self->returning = RETURNING_DONE;
      return FALSE;
    }
  self->id = sqlite3_last_insert_rowid (db);
  g_snprintf (self->id_text, sizeof self->id_text, "%" G_GINT64_FORMAT, self->id);
  self->returning = RETURNING_ROW;
  return TRUE;
}

static gboolean
stmt_next (OvsStmt *stmt, GError **error)
{
  SqliteStmt *self = SELF (stmt);
  int rc;

  if (self->returning == RETURNING_ROW || self->returning == RETURNING_DONE)
    {
      self->returning = RETURNING_DONE;
      return FALSE;
    }
  rc = sqlite3_step (self->handle);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    {
      set_error (sqlite3_db_handle (self->handle), error);
      sqlite3_reset (self->handle);
      return FALSE;
    }
  return self->returning != RETURNING_NONE && returning_next (self, rc);
}

static void
stmt_reset (OvsStmt *stmt)
{
  sqlite3_reset (HANDLE (stmt));
  if (SELF (stmt)->returning != RETURNING_NONE)
    SELF (stmt)->returning = RETURNING_PENDING;
}

static void
stmt_clear (OvsStmt *stmt)
{
  stmt_reset (stmt);
  sqlite3_clear_bindings (HANDLE (stmt));
}

static gint64
stmt_changes (OvsStmt *stmt)
{
  return sqlite3_changes (sqlite3_db_handle (HANDLE (stmt)));
}

static int
stmt_column_count (OvsStmt *stmt)
{
  return ROW_IS_ID (stmt) ? 1 : sqlite3_column_count (HANDLE (stmt));
}

static const char *
stmt_column_name (OvsStmt *stmt, int column)
{
  return ROW_IS_ID (stmt) ? "id" : sqlite3_column_name (HANDLE (stmt), column);
}

static OvsValueKind
stmt_column_kind (OvsStmt *stmt, int column)
{
  if (ROW_IS_ID (stmt))
    return OVS_VALUE_INTEGER;
  switch (sqlite3_column_type (HANDLE (stmt), column))
    {
    case SQLITE_INTEGER:
      return OVS_VALUE_INTEGER;
    case SQLITE_FLOAT:
      return OVS_VALUE_FLOAT;
    case SQLITE_NULL:
      return OVS_VALUE_NULL;
    default:
      return OVS_VALUE_TEXT;
    }
}

static gint64
stmt_get_int64 (OvsStmt *stmt, int column)
{
  return ROW_IS_ID (stmt) ? SELF (stmt)->id : sqlite3_column_int64 (HANDLE (stmt), column);
}

static double
stmt_get_double (OvsStmt *stmt, int column)
{
  return ROW_IS_ID (stmt) ? (double) SELF (stmt)->id : sqlite3_column_double (HANDLE (stmt), column);
}

static const char *
stmt_get_text (OvsStmt *stmt, int column)
{
  return ROW_IS_ID (stmt) ? SELF (stmt)->id_text : (const char *) sqlite3_column_text (HANDLE (stmt), column);
}

static const OvsStmtClass sqlite_stmt_class = {
  .free = stmt_free,
  .bind_text = stmt_bind_text,
  .bind_int64 = stmt_bind_int64,
  .bind_double = stmt_bind_double,
  .bind_null = stmt_bind_null,
  .param_index = stmt_param_index,
  .next = stmt_next,
  .reset = stmt_reset,
  .clear = stmt_clear,
  .changes = stmt_changes,
  .column_count = stmt_column_count,
  .column_name = stmt_column_name,
  .column_kind = stmt_column_kind,
  .get_int64 = stmt_get_int64,
  .get_double = stmt_get_double,
  .get_text = stmt_get_text,
};

/* --- connections --- */

/* SQLite creates a database with the umask's mode (0644 usually) and gives its -wal and -shm the mode
 * of the database file; so the file is made 0600 first, and the journal files follow. */
static gboolean
prepare_private_file (const char *path, GError **error)
{
  g_autoptr(GError) local = NULL;

  if (path == NULL || *path == '\0' || g_str_equal (path, ":memory:") || g_str_has_prefix (path, "file:"))
    return TRUE;
  if (ovs_file_ensure_private (path, &local))
    return TRUE;
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED, _("Cannot open database %s: %s"), path,
               local->message);
  return FALSE;
}

static gpointer
engine_open (const char *path, const char *password, GError **error)
{
  sqlite3 *db = NULL;

  if (!prepare_private_file (path, error))
    return NULL;
  /* NOMUTEX: a store is used by one thread at a time (a worker opens its own, as the overview and the
   * CalDAV publish do), so SQLite need not lock the connection on every call; that was a tenth of
   * reading a year's shifts. */
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL)
      != SQLITE_OK)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                   _("Cannot open database %s: %s"), path, sqlite3_errmsg (db));
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

static void
engine_close (gpointer conn)
{
  sqlite3_close (conn);
}

static gboolean
engine_exec (gpointer conn, const char *sql, GError **error)
{
  if (sqlite3_exec (conn, sql, NULL, NULL, NULL) != SQLITE_OK)
    return set_error (conn, error);
  return TRUE;
}

static gboolean
engine_configure (gpointer conn, GError **error)
{
  sqlite3_busy_timeout (conn, 5000);
  return engine_exec (conn, "PRAGMA journal_mode = WAL", error) &&
         engine_exec (conn, "PRAGMA foreign_keys = ON", error) &&
         engine_exec (conn, "PRAGMA synchronous = NORMAL", error) &&
         /* Savepoint journals in memory: a file per savepoint made bulk imports three times slower. */
         engine_exec (conn, "PRAGMA temp_store = MEMORY", error);
}

static gboolean
contains_word (const char *sql, const char *word)
{
  g_autofree char *upper = g_ascii_strup (sql, -1);

  return strstr (upper, word) != NULL;
}

/* The length of @sql without its " RETURNING id" when it is a single-row INSERT whose last rowid is its
 * id (see Returning), else 0. An upsert's UPDATE or an INSERT … SELECT would not set that rowid. */
static gsize
emulated_returning_length (const char *sql)
{
  static const char suffix[] = " RETURNING id";
  gsize n = strlen (sql);

  while (n > 0 && g_ascii_isspace (sql[n - 1]))
    n--;
  if (g_ascii_strncasecmp (sql, "INSERT ", 7) != 0 || n < sizeof suffix ||
      g_ascii_strncasecmp (sql + n - (sizeof suffix - 1), suffix, sizeof suffix - 1) != 0 ||
      !contains_word (sql, " VALUES") || contains_word (sql, "SELECT") || contains_word (sql, "DO UPDATE"))
    return 0;
  return n - (sizeof suffix - 1);
}

static OvsStmt *
engine_prepare (gpointer conn, const char *sql, GError **error)
{
  gsize emulated = emulated_returning_length (sql);
  sqlite3_stmt *handle = NULL;
  SqliteStmt *stmt;

  if (sqlite3_prepare_v2 (conn, sql, emulated > 0 ? (int) emulated : -1, &handle, NULL) != SQLITE_OK)
    {
      set_error (conn, error);
      return NULL;
    }
  stmt = g_new0 (SqliteStmt, 1);
  stmt->parent.klass = &sqlite_stmt_class;
  stmt->handle = handle;
  stmt->returning = emulated > 0 ? RETURNING_PENDING : RETURNING_NONE;
  return &stmt->parent;
}

static int
engine_schema_version (gpointer conn)
{
  sqlite3_stmt *stmt;
  int version = 0;

  if (sqlite3_prepare_v2 (conn, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

static gboolean
engine_set_schema_version (gpointer conn, int version, GError **error)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d", version);

  return engine_exec (conn, pragma, error);
}

static gboolean
engine_backup (gpointer conn, const char *dest_path, GError **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  if (!prepare_private_file (dest_path, error))
    return FALSE;
  if (sqlite3_open (dest_path, &dest) != SQLITE_OK)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                   _("Cannot open backup file %s: %s"), dest_path, sqlite3_errmsg (dest));
      sqlite3_close (dest);
      return FALSE;
    }
  backup = sqlite3_backup_init (dest, "main", conn, "main");
  rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (dest);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                 _("Backup to %s failed: %s"), dest_path, sqlite3_errmsg (dest));
  sqlite3_close (dest);
  return rc == SQLITE_DONE;
}

const OvsEngine ovs_engine_sqlite = {
  .name = "sqlite",
  .begin_write = "BEGIN IMMEDIATE",
  .begin_read = "BEGIN",
  .commit = "COMMIT",
  .rollback = "ROLLBACK",
  .open = engine_open,
  .close = engine_close,
  .configure = engine_configure,
  .exec = engine_exec,
  .prepare = engine_prepare,
  .schema_version = engine_schema_version,
  .set_schema_version = engine_set_schema_version,
  .backup = engine_backup,
};

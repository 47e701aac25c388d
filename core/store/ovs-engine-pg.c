/* ovs-engine-pg.c — the server engine: a PostgreSQL 15 database reached by a libpq URI, for several
 * users at once. The only file of core that speaks PQ*, through the bridge module libovs-pq.so
 * (core/modules/ovs-pq-private.h), loaded when the first connection opens. See ovs-engine-pg-private.h for what the
 * rest of core/store/ (and the tests) may ask of it beyond the engine table.
 *
 * Statements keep SQLite's parameter syntax in rule code (`?`, `?N`, `:name`); this file rewrites
 * them to `$N`, and prepares each statement on the server once per connection and per set of
 * parameter types (the store's statement cache keeps the statement, and with it that name). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib-unix.h>
#include <stdlib.h>
#include <string.h>

#include "modules/ovs-pq-private.h"
#include "store/ovs-engine-pg-private.h"

/* The type OIDs of pg_type that the engine sends or reads (stable across PostgreSQL versions). */
#define OID_UNKNOWN 0
#define OID_BOOL 16
#define OID_INT8 20
#define OID_INT2 21
#define OID_INT4 23
#define OID_TEXT 25
#define OID_OID 26
#define OID_FLOAT4 700
#define OID_FLOAT8 701
#define OID_NUMERIC 1700

/* Every writer takes this transaction-level advisory lock first, so that writers run one after
 * another as with SQLite's BEGIN IMMEDIATE: a rule that reads and then writes (contract hours across
 * placements, covered employees never twice, crew minimums) sees the rows it writes over, and a
 * second writer waits for the commit instead of deciding on what it read before. READ COMMITTED is
 * then enough: every statement after the lock sees everything committed before it. SERIALIZABLE
 * would give the same safety but fail the second writer, and every rule would need a retry loop.
 * The constant is "OVST" in ASCII, a key no other application of the same database is likely to
 * use. Readers take no lock. */
#define WRITE_LOCK_KEY "1331057492"

typedef struct
{
  PGconn   *conn;
  guint     next_name;       /* the server-side statement names: s1, s2, … */
  GQueue    notifications;   /* OvsPgNotification* received while running queries */
  guint     watch;           /* the main loop's source on the socket, or 0 */
  guint     idle;            /* a pending dispatch of queued notifications, or 0 */
  OvsPgNotifyFunc notify_func;
  gpointer  notify_data;
} PgConn;

typedef enum { BOUND_NULL, BOUND_TEXT, BOUND_INT, BOUND_DOUBLE } BoundKind;

typedef struct
{
  BoundKind   kind;
  char       *owned;    /* the value as text when the engine made or copied it */
  const char *text;     /* the value as text: owned, or the caller's static text */
} Bound;

/* How the parameter types are told to the server, tried in this order at prepare time: first the
 * bound integers and floats typed and text left for the server to infer from its context (so that a
 * text compared with an integer column works as on SQLite); then text typed as text where the
 * context says nothing (`? IS NULL`); then everything inferred; then everything as text. */
typedef enum { TYPES_BOUND, TYPES_TEXT_FOR_UNKNOWN, TYPES_ALL_INFERRED, TYPES_ALL_TEXT, N_TYPE_MODES } TypeMode;

typedef struct
{
  OvsStmt     parent;
  PgConn     *pg;
  char       *sql;          /* with $N placeholders */
  int         n_indexes;    /* the highest SQLite-style index the SQL uses */
  int        *position;     /* SQLite index -> $N, or 0 where the SQL does not use that index */
  int         n_params;     /* the number of $N */
  gboolean    writes;       /* INSERT, UPDATE or DELETE: see run() */
  GPtrArray  *names;        /* ":name" at SQLite index i + 1, or NULL for a positional one */
  Bound      *bound;        /* per SQLite index, [0] unused */
  GHashTable *prepared;     /* type signature -> server statement name */
  PGresult   *result;       /* the current run's rows, or NULL before the run */
  int         row;
  gint64      changes;
  GPtrArray  *scratch;      /* texts made for get_text, valid until the next step */
} PgStmt;

#define SELF(stmt) ((PgStmt *) (stmt))

/* --- errors --- */

/* The store's error code for a SQLSTATE: unique violation, other refused values, privileges, and
 * the lock and serialization failures a caller may retry. */
static OvsStoreError
error_code (const char *state)
{
  if (state == NULL)
    return OVS_STORE_ERROR_FAILED;
  if (g_str_equal (state, "23505"))
    return OVS_STORE_ERROR_DUPLICATE;
  if (g_str_equal (state, "23514") || g_str_equal (state, "23502") || g_str_equal (state, "23503") ||
      g_str_has_prefix (state, "22"))
    return OVS_STORE_ERROR_CONSTRAINT;
  if (g_str_equal (state, "42501"))
    return OVS_STORE_ERROR_PERMISSION_DENIED;
  if (g_str_equal (state, "40001") || g_str_equal (state, "40P01") || g_str_equal (state, "55P03"))
    return OVS_STORE_ERROR_BUSY;
  return OVS_STORE_ERROR_FAILED;
}

static gboolean
result_ok (PGresult *result)
{
  ExecStatusType status = PQresultStatus (result);

  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

/* Sets @error from a failed @result (or the connection when there is no result); the server's own
 * message, without libpq's "ERROR:" prefix and trailing newline. */
static gboolean
set_error (PgConn *pg, PGresult *result, GError **error)
{
  const char *primary = result ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) : NULL;
  const char *state = result ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  g_autofree char *message = g_strdup (primary ? primary : PQerrorMessage (pg->conn));

  g_strchomp (message);
  ovs_store_set_engine_error (error, error_code (state), message);
  return FALSE;
}

/* --- notifications --- */

static void
notification_free (OvsPgNotification *notification)
{
  g_free (notification->payload);
  g_free (notification);
}

static gboolean
dispatch_cb (gpointer data)
{
  PgConn *pg = data;
  OvsPgNotification *notification;

  pg->idle = 0;
  while ((notification = g_queue_pop_head (&pg->notifications)) != NULL)
    {
      if (pg->notify_func != NULL)
        pg->notify_func (notification, pg->notify_data);
      notification_free (notification);
    }
  return G_SOURCE_REMOVE;
}

/* Moves what libpq received (during a query or on the socket) to our queue, and dispatches it from
 * the main loop: never in the middle of a rule's statements. Our own notifications are dropped, as
 * the store has already emitted ::changed for them. */
static void
collect_notifications (PgConn *pg)
{
  PGnotify *notify;

  while ((notify = PQnotifies (pg->conn)) != NULL)
    {
      if (notify->be_pid != PQbackendPID (pg->conn))
        {
          OvsPgNotification *notification = g_new0 (OvsPgNotification, 1);

          notification->payload = g_strdup (notify->extra);
          g_queue_push_tail (&pg->notifications, notification);
        }
      PQfreemem (notify);
    }
  if (pg->notify_func != NULL && pg->idle == 0 && !g_queue_is_empty (&pg->notifications))
    pg->idle = g_idle_add (dispatch_cb, pg);
}

static gboolean
socket_cb (int fd, GIOCondition condition, gpointer data)
{
  PgConn *pg = data;

  if (!PQconsumeInput (pg->conn))
    {
      g_warning ("Lost the connection to the database server: %s", PQerrorMessage (pg->conn));
      pg->watch = 0;
      return G_SOURCE_REMOVE;
    }
  collect_notifications (pg);
  return G_SOURCE_CONTINUE;
}

gboolean
ovs_engine_pg_listen (gpointer conn, OvsPgNotifyFunc func, gpointer data, GError **error)
{
  PgConn *pg = conn;
  PGresult *result = PQexec (pg->conn, "LISTEN " OVS_PG_CHANNEL);
  gboolean ok = result_ok (result) || set_error (pg, result, error);

  PQclear (result);
  if (!ok)
    return FALSE;
  pg->notify_func = func;
  pg->notify_data = data;
  if (pg->watch == 0)
    pg->watch = g_unix_fd_add (PQsocket (pg->conn), G_IO_IN, socket_cb, pg);
  return TRUE;
}

/* --- placeholders --- */

/* Copies a string literal, quoted identifier or comment starting at @p to @out unchanged and returns
 * what follows it; returns @p itself when nothing of that kind starts there. */
static const char *
skip_quoted (const char *p, GString *out)
{
  const char *start = p;

  if (*p == '\'' || *p == '"')
    {
      char quote = *p++;

      while (*p != '\0' && !(*p == quote && p[1] != quote))
        p += (*p == quote) ? 2 : 1;
      if (*p != '\0')
        p++;
    }
  else if (p[0] == '-' && p[1] == '-')
    p += strcspn (p, "\n");
  else if (p[0] == '/' && p[1] == '*')
    {
      const char *end = strstr (p + 2, "*/");

      p = end ? end + 2 : p + strlen (p);
    }
  if (out != NULL)
    g_string_append_len (out, start, p - start);
  return p;
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* The SQLite index of the placeholder at @p (after its '?' or ':'), numbering as SQLite does: `?N`
 * is N, `?` one past the highest so far, and a name the index it had at its first use. */
static int
placeholder_index (PgStmt *self, const char **p)
{
  const char *start = *p;

  if (*start == '?')
    {
      char *end;
      gint64 n = g_ascii_strtoll (start + 1, &end, 10);

      *p = end;
      if (end == start + 1)
        {
          g_ptr_array_add (self->names, NULL);
          return ++self->n_indexes;
        }
      while (self->n_indexes < n)
        {
          g_ptr_array_add (self->names, NULL);
          self->n_indexes++;
        }
      return (int) n;
    }
  for (*p = start + 1; is_word_char (**p); (*p)++)
    ;
  {
    g_autofree char *name = g_strndup (start, *p - start);

    for (guint i = 0; i < self->names->len; i++)
      if (g_strcmp0 (g_ptr_array_index (self->names, i), name) == 0)
        return (int) i + 1;
    g_ptr_array_add (self->names, g_steal_pointer (&name));
    return ++self->n_indexes;
  }
}

/* Rewrites @sql's placeholders to $N, numbered by first use, so that an index the SQL never uses
 * (core sometimes binds one) is no parameter of the server's statement. */
static void
translate_placeholders (PgStmt *self, const char *sql)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) positions = g_array_new (FALSE, TRUE, sizeof (int));
  const char *p = sql;

  while (*p != '\0')
    {
      const char *after = skip_quoted (p, out);
      gboolean named = p[0] == ':' && (g_ascii_isalpha (p[1]) || p[1] == '_') &&
                       (p == sql || (p[-1] != ':' && !is_word_char (p[-1])));
      int index;

      if (after != p)
        {
          p = after;
          continue;
        }
      if (*p != '?' && !named)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      index = placeholder_index (self, &p);
      if ((guint) index >= positions->len)
        g_array_set_size (positions, index + 1);
      if (g_array_index (positions, int, index) == 0)
        g_array_index (positions, int, index) = ++self->n_params;
      g_string_append_printf (out, "$%d", g_array_index (positions, int, index));
    }
  g_array_set_size (positions, self->n_indexes + 1);
  self->position = (int *) g_array_free (g_steal_pointer (&positions), FALSE);
  self->sql = g_string_free (g_steal_pointer (&out), FALSE);
}

/* --- statements --- */

static void
stmt_reset (OvsStmt *stmt)
{
  PgStmt *self = SELF (stmt);

  g_clear_pointer (&self->result, PQclear);
  self->row = -1;
  g_ptr_array_set_size (self->scratch, 0);
}

static void
unbind (Bound *bound)
{
  g_clear_pointer (&bound->owned, g_free);
  bound->text = NULL;
  bound->kind = BOUND_NULL;
}

static void
stmt_clear (OvsStmt *stmt)
{
  stmt_reset (stmt);
  for (int i = 1; i <= SELF (stmt)->n_indexes; i++)
    unbind (&SELF (stmt)->bound[i]);
}

static void
stmt_free (OvsStmt *stmt)
{
  PgStmt *self = SELF (stmt);

  stmt_clear (stmt);
  g_free (self->bound);
  g_free (self->position);
  g_free (self->sql);
  g_ptr_array_unref (self->names);
  g_ptr_array_unref (self->scratch);
  g_hash_table_unref (self->prepared);
  g_free (self);
}

/* The value slot for SQLite index @index, or NULL when the SQL does not use it (ignored, as core
 * binds some indexes whether or not the statement's text needs them). */
static Bound *
slot (OvsStmt *stmt, int index)
{
  PgStmt *self = SELF (stmt);

  if (index < 1 || index > self->n_indexes || self->position[index] == 0)
    return NULL;
  unbind (&self->bound[index]);
  return &self->bound[index];
}

static void
stmt_bind_text (OvsStmt *stmt, int index, const char *text, gboolean copy)
{
  Bound *bound = slot (stmt, index);

  if (bound == NULL)
    return;
  bound->kind = BOUND_TEXT;
  bound->text = copy ? (bound->owned = g_strdup (text)) : text;
}

static void
stmt_bind_int64 (OvsStmt *stmt, int index, gint64 value)
{
  Bound *bound = slot (stmt, index);

  if (bound == NULL)
    return;
  bound->kind = BOUND_INT;
  bound->text = bound->owned = g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
stmt_bind_double (OvsStmt *stmt, int index, double value)
{
  Bound *bound = slot (stmt, index);

  if (bound == NULL)
    return;
  bound->kind = BOUND_DOUBLE;
  bound->owned = g_malloc (G_ASCII_DTOSTR_BUF_SIZE);
  bound->text = g_ascii_dtostr (bound->owned, G_ASCII_DTOSTR_BUF_SIZE, value);
}

static void
stmt_bind_null (OvsStmt *stmt, int index)
{
  slot (stmt, index);
}

static int
stmt_param_index (OvsStmt *stmt, const char *name)
{
  PgStmt *self = SELF (stmt);

  for (guint i = 0; i < self->names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->names, i), name) == 0)
      return (int) i + 1;
  return 0;
}

/* The type of $N's value under @mode. */
static Oid
param_type (BoundKind kind, TypeMode mode)
{
  switch (mode)
    {
    case TYPES_ALL_TEXT:
      return OID_TEXT;
    case TYPES_ALL_INFERRED:
      return OID_UNKNOWN;
    default:
      if (kind == BOUND_INT)
        return OID_INT8;
      if (kind == BOUND_DOUBLE)
        return OID_FLOAT8;
      return mode == TYPES_TEXT_FOR_UNKNOWN ? OID_TEXT : OID_UNKNOWN;
    }
}

/* The $N values and their kinds, in $N order. */
static void
collect_params (PgStmt *self, const char **values, BoundKind *kinds)
{
  for (int i = 1; i <= self->n_indexes; i++)
    if (self->position[i] > 0)
      {
        values[self->position[i] - 1] = self->bound[i].text;
        kinds[self->position[i] - 1] = self->bound[i].kind;
      }
}

static void
exec_quietly (PgConn *pg, const char *sql)
{
  PQclear (PQexec (pg->conn, sql));
}

/* Whether the server refused the parameter types (rather than the SQL): then the next mode may do. */
static gboolean
retry_types (PGresult *result)
{
  const char *state = PQresultErrorField (result, PG_DIAG_SQLSTATE);

  return state != NULL && (g_str_equal (state, "42P18") || g_str_equal (state, "42P08") || g_str_equal (state, "42883") ||
                           g_str_equal (state, "42804") || g_str_equal (state, "42725"));
}

/* Prepares the statement on the server for the kinds of values bound now (once per kind signature),
 * and returns its name. A mode the server refuses for its types is followed by the next one. */
static const char *
prepare_for (PgStmt *self, const BoundKind *kinds, GError **error)
{
  g_autofree char *signature = g_malloc0 (self->n_params + 1);
  g_autofree Oid *types = g_new0 (Oid, self->n_params + 1);
  PGresult *result = NULL;
  gboolean in_transaction;
  char *name;

  for (int i = 0; i < self->n_params; i++)
    signature[i] = "ntid"[kinds[i]];
  if ((name = g_hash_table_lookup (self->prepared, signature)) != NULL)
    return name;
  name = g_strdup_printf ("s%u", ++self->pg->next_name);
  /* In an open transaction a refused try would abort it: each try runs under a savepoint there. */
  in_transaction = PQtransactionStatus (self->pg->conn) == PQTRANS_INTRANS;
  for (TypeMode mode = 0; mode < N_TYPE_MODES; mode++)
    {
      for (int i = 0; i < self->n_params; i++)
        types[i] = param_type (kinds[i], mode);
      g_clear_pointer (&result, PQclear);
      if (in_transaction)
        exec_quietly (self->pg, "SAVEPOINT ovs_prepare");
      result = PQprepare (self->pg->conn, name, self->sql, self->n_params, types);
      if (in_transaction)
        exec_quietly (self->pg, result_ok (result) ? "RELEASE ovs_prepare"
                                                   : "ROLLBACK TO ovs_prepare; RELEASE ovs_prepare");
      if (result_ok (result) || !retry_types (result))
        break;
    }
  if (!result_ok (result))
    {
      g_debug ("PostgreSQL refused %s: %s", self->sql, PQresultErrorMessage (result));
      set_error (self->pg, result, error);
      PQclear (result);
      g_free (name);
      return NULL;
    }
  PQclear (result);
  g_hash_table_insert (self->prepared, g_steal_pointer (&signature), name);
  return name;
}

/* On SQLite a refused statement leaves the transaction as it was, and the importer relies on that:
 * a row the database refuses is rejected alone and the others go in. On PostgreSQL an error aborts
 * the whole transaction, so a write inside one runs under a savepoint of its own (two more round
 * trips; reads need none). */
static gboolean
run (PgStmt *self, GError **error)
{
  g_autofree const char **values = g_new0 (const char *, self->n_params + 1);
  g_autofree BoundKind *kinds = g_new0 (BoundKind, self->n_params + 1);
  gboolean guarded;
  const char *name;

  collect_params (self, values, kinds);
  if ((name = prepare_for (self, kinds, error)) == NULL)
    return FALSE;
  guarded = self->writes && PQtransactionStatus (self->pg->conn) == PQTRANS_INTRANS;
  if (guarded)
    exec_quietly (self->pg, "SAVEPOINT ovs_statement");
  self->result = PQexecPrepared (self->pg->conn, name, self->n_params, values, NULL, NULL, 0);
  if (guarded)
    exec_quietly (self->pg, result_ok (self->result) ? "RELEASE ovs_statement"
                                                     : "ROLLBACK TO ovs_statement; RELEASE ovs_statement");
  collect_notifications (self->pg);
  if (!result_ok (self->result))
    {
      g_debug ("PostgreSQL refused %s: %s", self->sql, PQresultErrorMessage (self->result));
      set_error (self->pg, self->result, error);
      stmt_reset (&self->parent);
      return FALSE;
    }
  self->changes = g_ascii_strtoll (PQcmdTuples (self->result), NULL, 10);
  return TRUE;
}

static gboolean
stmt_next (OvsStmt *stmt, GError **error)
{
  PgStmt *self = SELF (stmt);

  g_ptr_array_set_size (self->scratch, 0);
  if (self->result == NULL && !run (self, error))
    return FALSE;
  if (self->row + 1 >= PQntuples (self->result))
    {
      self->row = PQntuples (self->result);
      return FALSE;
    }
  self->row++;
  return TRUE;
}

static gint64
stmt_changes (OvsStmt *stmt)
{
  return SELF (stmt)->changes;
}

static int
stmt_column_count (OvsStmt *stmt)
{
  PgStmt *self = SELF (stmt);

  return self->result ? PQnfields (self->result) : 0;
}

static const char *
stmt_column_name (OvsStmt *stmt, int column)
{
  return PQfname (SELF (stmt)->result, column);
}

static const char *
raw_value (PgStmt *self, int column)
{
  if (self->result == NULL || self->row < 0 || self->row >= PQntuples (self->result) ||
      PQgetisnull (self->result, self->row, column))
    return NULL;
  return PQgetvalue (self->result, self->row, column);
}

/* A numeric (sum() of a bigint column, for one) is an integer unless it has a fraction. */
static OvsValueKind
stmt_column_kind (OvsStmt *stmt, int column)
{
  const char *value = raw_value (SELF (stmt), column);

  if (value == NULL)
    return OVS_VALUE_NULL;
  switch (PQftype (SELF (stmt)->result, column))
    {
    case OID_BOOL:
    case OID_INT2:
    case OID_INT4:
    case OID_INT8:
    case OID_OID:
      return OVS_VALUE_INTEGER;
    case OID_FLOAT4:
    case OID_FLOAT8:
      return OVS_VALUE_FLOAT;
    case OID_NUMERIC:
      return strpbrk (value, ".eEN") ? OVS_VALUE_FLOAT : OVS_VALUE_INTEGER;
    default:
      return OVS_VALUE_TEXT;
    }
}

static double
stmt_get_double (OvsStmt *stmt, int column)
{
  const char *value = raw_value (SELF (stmt), column);

  if (value == NULL)
    return 0;
  if (PQftype (SELF (stmt)->result, column) == OID_BOOL)
    return *value == 't';
  return g_ascii_strtod (value, NULL);
}

/* As sqlite3_column_int64: a float is truncated, text that is no number is 0. */
static gint64
stmt_get_int64 (OvsStmt *stmt, int column)
{
  const char *value = raw_value (SELF (stmt), column);

  if (value == NULL)
    return 0;
  if (PQftype (SELF (stmt)->result, column) == OID_BOOL)
    return *value == 't';
  if (strpbrk (value, ".eE") != NULL)
    return (gint64) g_ascii_strtod (value, NULL);
  return g_ascii_strtoll (value, NULL, 10);
}

/* Text as SQLite gives it: a boolean as 1 or 0, and a whole float with ".0" (2160.0, not 2160). */
static const char *
stmt_get_text (OvsStmt *stmt, int column)
{
  PgStmt *self = SELF (stmt);
  const char *value = raw_value (self, column);
  Oid type;

  if (value == NULL)
    return NULL;
  type = PQftype (self->result, column);
  if (type == OID_BOOL)
    return *value == 't' ? "1" : "0";
  if ((type == OID_FLOAT8 || type == OID_FLOAT4) && strpbrk (value, ".eEnN") == NULL)
    {
      char *text = g_strconcat (value, ".0", NULL);

      g_ptr_array_add (self->scratch, text);
      return text;
    }
  return value;
}

static const OvsStmtClass pg_stmt_class = {
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

gboolean
ovs_engine_pg_is_uri (const char *where)
{
  return where != NULL &&
         (g_str_has_prefix (where, "postgresql://") || g_str_has_prefix (where, "postgres://"));
}

/* A password in the URI would show in the process list, the shell history and the preferences. */
static gboolean
check_no_password (const char *uri, GError **error)
{
  char *message = NULL;
  PQconninfoOption *options = PQconninfoParse (uri, &message);
  gboolean has_password = FALSE;

  if (options == NULL)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                   _("Invalid database address: %s"), message ? g_strchomp (message) : uri);
      PQfreemem (message);
      return FALSE;
    }
  for (PQconninfoOption *option = options; option->keyword != NULL; option++)
    if (g_str_equal (option->keyword, "password") && option->val != NULL && *option->val != '\0')
      has_password = TRUE;
  PQconninfoFree (options);
  if (has_password)
    g_set_error_literal (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                         _("The database address contains a password. Remove it from the address and "
                           "put it in ~/.pgpass (or PGPASSWORD for scripts)."));
  return !has_password;
}

static gpointer
engine_open (const char *uri, const char *password, GError **error)
{
  const char *keywords[] = { "dbname", "fallback_application_name", password ? "password" : NULL, NULL };
  const char *values[] = { uri, "overstap", password, NULL };
  PgConn *pg;

  if (!ovs_pq_load (error) || !check_no_password (uri, error))
    return NULL;
  pg = g_new0 (PgConn, 1);
  g_queue_init (&pg->notifications);
  pg->conn = PQconnectdbParams (keywords, values, TRUE);
  if (PQstatus (pg->conn) != CONNECTION_OK)
    {
      g_autofree char *message = g_strdup (PQerrorMessage (pg->conn));
      /* No password where the server wants one, or a refused one: the app then asks for it. */
      gboolean password_problem = PQconnectionNeedsPassword (pg->conn) ||
                                  (password != NULL && PQconnectionUsedPassword (pg->conn));

      g_set_error (error, OVS_STORE_ERROR,
                   password_problem ? OVS_STORE_ERROR_NEEDS_PASSWORD : OVS_STORE_ERROR_FAILED,
                   _("Cannot open database %s: %s"), uri, g_strchomp (message));
      PQfinish (pg->conn);
      g_free (pg);
      return NULL;
    }
  return pg;
}

static void
engine_close (gpointer conn)
{
  PgConn *pg = conn;

  g_clear_handle_id (&pg->watch, g_source_remove);
  g_clear_handle_id (&pg->idle, g_source_remove);
  g_queue_clear_full (&pg->notifications, (GDestroyNotify) notification_free);
  PQfinish (pg->conn);
  g_free (pg);
}

static gboolean
engine_exec (gpointer conn, const char *sql, GError **error)
{
  PgConn *pg = conn;
  PGresult *result = PQexec (pg->conn, sql);
  gboolean ok = result_ok (result) || set_error (pg, result, error);

  PQclear (result);
  collect_notifications (pg);
  return ok;
}

/* A writer waits for another up to 5 s, as SQLite's busy time-out; then BUSY. Warnings and notices
 * (CREATE … IF NOT EXISTS) are no news for the person at the screen. */
static gboolean
engine_configure (gpointer conn, GError **error)
{
  return engine_exec (conn, "SET lock_timeout = '5s'; SET client_min_messages = warning", error);
}

static OvsStmt *
engine_prepare (gpointer conn, const char *sql, GError **error)
{
  PgStmt *stmt = g_new0 (PgStmt, 1);

  stmt->parent.klass = &pg_stmt_class;
  stmt->pg = conn;
  stmt->names = g_ptr_array_new_with_free_func (g_free);
  stmt->scratch = g_ptr_array_new_with_free_func (g_free);
  stmt->prepared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  stmt->row = -1;
  translate_placeholders (stmt, sql);
  sql += strspn (sql, " \t\n");
  stmt->writes = g_ascii_strncasecmp (sql, "INSERT", 6) == 0 || g_ascii_strncasecmp (sql, "UPDATE", 6) == 0 ||
                 g_ascii_strncasecmp (sql, "DELETE", 6) == 0;
  stmt->bound = g_new0 (Bound, stmt->n_indexes + 1);
  return &stmt->parent;
}

/* The schema version lives in a one-row table (SQLite keeps it in its header's user_version). */
/* One value of a query without parameters, or NULL on an error. */
static char *
query_value (PgConn *pg, const char *sql)
{
  PGresult *result = PQexec (pg->conn, sql);
  char *value = NULL;

  if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) == 1)
    value = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  return value;
}

/* The schema version lives in a one-row table (SQLite keeps it in its header's user_version). The
 * table's existence is asked first: a query on a missing table would abort an open transaction. */
static int
engine_schema_version (gpointer conn)
{
  g_autofree char *exists = query_value (conn, "SELECT to_regclass ('overstap_schema') IS NOT NULL");
  g_autofree char *version = NULL;

  if (exists == NULL)
    return -1;
  if (*exists != 't')
    return 0;
  version = query_value (conn, "SELECT coalesce (max (version), 0) FROM overstap_schema");
  return version ? (int) g_ascii_strtoll (version, NULL, 10) : -1;
}

static gboolean
engine_set_schema_version (gpointer conn, int version, GError **error)
{
  g_autofree char *sql = g_strdup_printf (
    "CREATE TABLE IF NOT EXISTS overstap_schema (version INTEGER NOT NULL); "
    "DELETE FROM overstap_schema; INSERT INTO overstap_schema (version) VALUES (%d)", version);

  return engine_exec (conn, sql, error);
}

/* A server database is backed up by IT with pg_dump (README, "Database"), which sees every table,
 * sequence, role grant and policy; a SQLite copy made here would lose those. ovs_store_backup()
 * therefore refuses on this engine with a message that says so; an export to a SQLite file is
 * `overstap-cli db copy` (see ovs-engine-pg-private.h). */
static gboolean
engine_backup (gpointer conn, const char *dest_path, GError **error)
{
  g_set_error_literal (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                       _("A PostgreSQL database is backed up with pg_dump by the server's administrator; "
                         "Overstap makes backups of SQLite files only."));
  return FALSE;
}

/* One statement (CREATE DATABASE, DROP DATABASE) on a connection of its own: the test set-up and
 * the benchmark make a database per test. */
gboolean
ovs_engine_pg_run_once (const char *uri, const char *sql, GError **error)
{
  PgConn *pg = engine_open (uri, NULL, error);
  gboolean ok;

  if (pg == NULL)
    return FALSE;
  ok = engine_exec (pg, sql, error);
  engine_close (pg);
  return ok;
}

const OvsEngine ovs_engine_pg = {
  .name = "postgresql",
  .begin_write = "BEGIN; SELECT pg_advisory_xact_lock (" WRITE_LOCK_KEY ")",
  .begin_read = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
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
  .rewrite_migration = ovs_engine_pg_rewrite_ddl,
  .migration_suffix = ".pg.sql",
};

/* ovs-db-copy.c — a whole database into an empty one, verified table by table (ovs-db-copy.h). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/store/ovs-db-copy.h"
#include "store/ovs-engine-private.h"
#include "store/ovs-store-private.h"
#include "store/ovs-engine-catalog-private.h"

/* Every table, parents before the tables that refer to them, with the columns that name a row. */
static const struct { const char *name; const char *key; } tables[] = {
  { "organisation", "id" }, { "employee", "id" }, { "home_municipality", "id" }, { "indication", "id" },
  { "wage_value", "id" }, { "qualification", "id" }, { "placement", "id" }, { "crew", "id" },
  { "crew_membership", "id" }, { "transfer_case", "id" }, { "checklist_item", "id" }, { "covenant", "id" },
  { "covenant_agreement", "id" }, { "covenant_employee", "id" }, { "milestone", "id" }, { "parameter", "id" },
  { "app_user", "id" }, { "user_crew", "user_id, crew_id" }, { "audit_log", "id" }, { "figure_note", "figure" },
  { "shift_pattern", "id" }, { "shift", "id" }, { "absence", "id" }, { "ical_publication", "feed, uid" },
  /* Tables of later migrations; a database without them simply has none to copy. */
  { "reindication_request", "id" }, { "sheltered_advice", "id" }, { "covenant_contact", "id" },
  { "cao_holiday", "id" }, { "shift_pattern_member", "id" }, { "caldav_calendar", "id" },
  { "caldav_event", "calendar_id, uid" }, { "access_log", "id" }, { "health_retention", "id" },
  { "scenario", "id" }, { "scenario_assignment", "id" }, { "monitor_snapshot", "id" },
};

#define N_TABLES G_N_ELEMENTS (tables)

/* --- which tables there are --- */

/* An engine's own bookkeeping, which each database keeps for itself (the schema version is compared
 * separately). */
static gboolean
is_engine_table (const char *name)
{
  return g_strcmp0 (name, "overstap_schema") == 0 || g_strcmp0 (name, "overstap_access") == 0;
}

static int
find_table (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_ascii_strcasecmp (tables[i].name, name) == 0)
      return (int) i;
  return -1;
}

/* Marks in @present the tables @store has, and refuses a database with a table this copy does not
 * know (a later migration's, say): copying all but that table would lose it without a word. */
static gboolean
list_tables (OvsStore *store, gboolean present[N_TABLES], GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, ovs_engine_catalog_tables_sql (store->engine->name), error);
  g_autofree char *unknown = NULL;
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return FALSE;
  memset (present, 0, N_TABLES * sizeof (gboolean));
  while (unknown == NULL && ovs_stmt_next (stmt, &local))
    {
      const char *name = ovs_stmt_get_text (stmt, 0);
      int t = find_table (name);

      if (t >= 0)
        present[t] = TRUE;
      else if (!is_engine_table (name))
        unknown = g_strdup (name);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (unknown == NULL)
    return TRUE;
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
               _("Table %s of %s is unknown to this copy; nothing was copied"), unknown, ovs_store_get_path (store));
  return FALSE;
}

/* --- rows rendered canonically --- */

typedef struct
{
  char *key;    /* "id 12", for messages */
  char *text;   /* the whole row, canonically */
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->key);
  g_free (row->text);
}

/* A value, tagged with its kind so that NULL, 1, 1.0 and '1' all differ; text carries its length. */
static void
render_value (OvsStmt *stmt, int column, GString *out)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  const char *text;

  switch (ovs_stmt_column_kind (stmt, column))
    {
    case OVS_VALUE_NULL:
      g_string_append_c (out, 'N');
      break;
    case OVS_VALUE_INTEGER:
      g_string_append_printf (out, "I%" G_GINT64_FORMAT, ovs_stmt_get_int64 (stmt, column));
      break;
    case OVS_VALUE_FLOAT:
      g_string_append_printf (out, "R%s", g_ascii_dtostr (number, sizeof number, ovs_stmt_get_double (stmt, column)));
      break;
    case OVS_VALUE_TEXT:
    default:
      text = ovs_stmt_get_text (stmt, column);
      g_string_append_printf (out, "T%" G_GSIZE_FORMAT ":%s", strlen (text), text);
      break;
    }
}

static int
compare_columns (gconstpointer a, gconstpointer b, gpointer stmt)
{
  return g_strcmp0 (ovs_stmt_column_name (stmt, *(const int *) a), ovs_stmt_column_name (stmt, *(const int *) b));
}

/* The columns in name order: an engine may keep them in another order than the other one. */
static GArray *
column_order (OvsStmt *stmt)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (int));

  for (int i = 0; i < ovs_stmt_column_count (stmt); i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_columns, stmt);
  return order;
}

static void
render_row (OvsStmt *stmt, GArray *order, const char *key_columns, Row *row)
{
  g_auto(GStrv) keys = g_strsplit (key_columns, ", ", -1);
  GString *text = g_string_new (NULL);
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < order->len; i++)
    {
      int column = g_array_index (order, int, i);
      const char *name = ovs_stmt_column_name (stmt, column);

      g_string_append_printf (text, "%s=", name);
      render_value (stmt, column, text);
      g_string_append_c (text, '|');
      if (g_strv_contains ((const char * const *) keys, name))
        g_string_append_printf (key, "%s%s %s", key->len > 0 ? ", " : "", name,
                                ovs_stmt_is_null (stmt, column) ? "NULL" : ovs_stmt_get_text (stmt, column));
    }
  row->text = g_string_free (text, FALSE);
  row->key = g_string_free (key, FALSE);
}

static int
compare_rows (gconstpointer a, gconstpointer b)
{
  return strcmp (((const Row *) a)->text, ((const Row *) b)->text);
}

/* The rows of table @t sorted by their rendering (the same on both engines, whatever their collation). */
static GArray *
read_rows (OvsStore *store, guint t, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s", tables[t].name);
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autoptr(GArray) order = NULL;
  GError *local = NULL;

  g_array_set_clear_func (rows, row_clear);
  if (stmt == NULL)
    return NULL;
  while (ovs_stmt_next (stmt, &local))
    {
      Row row;

      if (order == NULL)
        order = column_order (stmt);
      render_row (stmt, order, tables[t].key, &row);
      g_array_append_val (rows, row);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  g_array_sort (rows, compare_rows);
  return g_steal_pointer (&rows);
}

static char *
digest_rows (GArray *rows)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);

      g_checksum_update (sum, (const guchar *) row->text, -1);
      g_checksum_update (sum, (const guchar *) "\n", 1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static JsonObject *
table_summary (guint t, GArray *rows)
{
  JsonObject *o = json_object_new ();
  g_autofree char *digest = digest_rows (rows);

  json_object_set_string_member (o, "table", tables[t].name);
  json_object_set_int_member (o, "rows", rows->len);
  json_object_set_string_member (o, "digest", digest);
  return o;
}

JsonArray *
ovs_db_digest (OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) summary = json_array_new ();

  gboolean present[N_TABLES];

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!list_tables (store, present, error) || !ovs_store_begin_read (store, error))
    return NULL;
  for (guint t = 0; t < N_TABLES; t++)
    {
      g_autoptr(GArray) rows = present[t] ? read_rows (store, t, error) : NULL;

      if (!present[t])
        continue;
      if (rows == NULL)
        {
          ovs_store_rollback (store);
          return NULL;
        }
      json_array_add_object_element (summary, table_summary (t, rows));
    }
  ovs_store_rollback (store);
  return g_steal_pointer (&summary);
}

/* --- the target --- */

/* Empty is what the migrations alone make: no user, no audit row, no employee. */
static gboolean
check_empty (OvsStore *target, GError **error)
{
  static const char *const marks[] = { "app_user", "audit_log", "employee", "organisation" };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT CASE WHEN EXISTS (SELECT 1 FROM %s) THEN 1 ELSE 0 END",
                                              marks[i]);
      OvsStmt *stmt = ovs_store_prepare (target, sql, error);
      g_autoptr(GError) local = NULL;
      gboolean used;

      if (stmt == NULL)
        return FALSE;
      used = ovs_stmt_next (stmt, &local) && ovs_stmt_get_boolean (stmt, 0);
      ovs_stmt_reset (stmt);
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
      if (used)
        {
          g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT,
                       _("The target database %s is not empty (table %s has rows); copy only into a new database"),
                       ovs_store_get_path (target), marks[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* Removes what the migrations put in (the parameters' first values): the source's rows replace them. */
static gboolean
clear_target (OvsStore *target, const gboolean *present, GError **error)
{
  for (guint t = N_TABLES; t-- > 0;)
    {
      if (!present[t])
        continue;
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s", tables[t].name);

      if (!ovs_store_exec (target, sql, error))
        return FALSE;
    }
  return TRUE;
}

static char *
insert_sql (OvsStmt *select, const char *table)
{
  GString *sql = g_string_new (NULL);
  int n = ovs_stmt_column_count (select);

  g_string_append_printf (sql, "INSERT INTO %s (", table);
  for (int i = 0; i < n; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", ovs_stmt_column_name (select, i));
  g_string_append (sql, ") VALUES (");
  for (int i = 0; i < n; i++)
    g_string_append_printf (sql, "%s?%d", i > 0 ? ", " : "", i + 1);
  g_string_append_c (sql, ')');
  return g_string_free (sql, FALSE);
}

static void
bind_value (OvsStmt *insert, int index, OvsStmt *select, int column)
{
  switch (ovs_stmt_column_kind (select, column))
    {
    case OVS_VALUE_NULL:
      ovs_stmt_bind_null (insert, index);
      break;
    case OVS_VALUE_INTEGER:
      ovs_stmt_bind_int64 (insert, index, ovs_stmt_get_int64 (select, column));
      break;
    case OVS_VALUE_FLOAT:
      ovs_stmt_bind_double (insert, index, ovs_stmt_get_double (select, column));
      break;
    case OVS_VALUE_TEXT:
    default:
      ovs_stmt_bind_text (insert, index, ovs_stmt_get_text (select, column));
      break;
    }
}

/* "id 12": the row the target refused, for the message. */
static char *
row_key (OvsStmt *select, guint t)
{
  GArray *order = column_order (select);
  Row row;
  char *key;

  render_row (select, order, tables[t].key, &row);
  key = g_steal_pointer (&row.key);
  row_clear (&row);
  g_array_unref (order);
  return key;
}

static gboolean
copy_table (OvsStore *source, OvsStore *target, guint t, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s", tables[t].name);
  g_autofree char *insert_text = NULL;
  OvsStmt *select = ovs_store_prepare (source, sql, error);
  OvsStmt *insert = NULL;
  GError *local = NULL;

  if (select == NULL)
    return FALSE;
  while (ovs_stmt_next (select, &local))
    {
      if (insert == NULL && (insert = ovs_store_prepare (target, insert_text = insert_sql (select, tables[t].name),
                                                         &local)) == NULL)
        break;
      ovs_stmt_reset (insert);
      for (int i = 0; i < ovs_stmt_column_count (select); i++)
        bind_value (insert, i + 1, select, i);
      if (!ovs_stmt_run (insert, &local))
        {
          g_autofree char *key = row_key (select, t);

          g_prefix_error (&local, _("Table %s, row %s: "), tables[t].name, key);
          break;
        }
    }
  ovs_stmt_reset (select);
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, local);
  return FALSE;
}

/* Compares the rows of one table on both sides; names the first row that differs. */
static gboolean
verify_table (OvsStore *source, OvsStore *target, guint t, JsonArray *summary, GError **error)
{
  g_autoptr(GArray) ours = read_rows (source, t, error);
  g_autoptr(GArray) theirs = ours ? read_rows (target, t, error) : NULL;

  if (theirs == NULL)
    return FALSE;
  for (guint i = 0; i < MAX (ours->len, theirs->len); i++)
    {
      const Row *a = i < ours->len ? &g_array_index (ours, Row, i) : NULL;
      const Row *b = i < theirs->len ? &g_array_index (theirs, Row, i) : NULL;

      if (a != NULL && b != NULL && strcmp (a->text, b->text) == 0)
        continue;
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT,
                   _("Table %s, row %s: the copy differs from the original (%u rows there, %u in the copy); "
                     "nothing was copied"), tables[t].name, a ? a->key : b->key, ours->len, theirs->len);
      return FALSE;
    }
  json_array_add_object_element (summary, table_summary (t, ours));
  return TRUE;
}

/* PostgreSQL hands out ids from a sequence that explicit ids do not advance: set each to follow the
 * largest id copied, so that the next row added on the server gets a new one. */
static gboolean
advance_sequences (OvsStore *target, const gboolean *present, GError **error)
{
  for (guint t = 0; t < N_TABLES; t++)
    {
      g_autofree char *sql = NULL;

      if (!present[t] || strcmp (tables[t].key, "id") != 0 ||
          (sql = ovs_engine_catalog_follow_ids_sql (target->engine->name, tables[t].name)) == NULL)
        continue;
      if (!ovs_store_exec (target, sql, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
copy_all (OvsStore *source, OvsStore *target, const gboolean *present, JsonArray *summary, GError **error)
{
  if (!clear_target (target, present, error))
    return FALSE;
  for (guint t = 0; t < N_TABLES; t++)
    if (present[t] && !copy_table (source, target, t, error))
      return FALSE;
  if (!advance_sequences (target, present, error))
    return FALSE;
  for (guint t = 0; t < N_TABLES; t++)
    if (present[t] && !verify_table (source, target, t, summary, error))
      return FALSE;
  return TRUE;
}

static gboolean
open_target (OvsStore *source, const char *where, OvsStore **target, const gboolean *present, GError **error)
{
  gboolean theirs[N_TABLES];

  if (g_strcmp0 (where, ovs_store_get_path (source)) == 0)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT,
                   _("The target is the database being copied: %s"), where);
      return FALSE;
    }
  if ((*target = ovs_store_open (where, error)) == NULL)
    return FALSE;
  if (ovs_store_get_schema_version (*target) != ovs_store_get_schema_version (source))
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_MIGRATION,
                   _("The schema versions differ: %d in %s, %d in %s"), ovs_store_get_schema_version (source),
                   ovs_store_get_path (source), ovs_store_get_schema_version (*target), where);
      return FALSE;
    }
  if (!list_tables (*target, theirs, error))
    return FALSE;
  for (guint t = 0; t < N_TABLES; t++)
    if (present[t] != theirs[t])
      {
        g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_MIGRATION, _("Table %s is in only one of %s and %s"),
                     tables[t].name, ovs_store_get_path (source), where);
        return FALSE;
      }
  return check_empty (*target, error);
}

/* A libpq URI may hold a password: the audit log keeps the rest. */
static char *
without_password (const char *where)
{
  g_autoptr(GRegex) re = g_regex_new ("(://[^:/@]*):[^@/]*@|password=[^ &]*", 0, 0, NULL);

  return g_regex_replace (re, where, -1, 0, "\1@", 0, NULL);
}

static gboolean
audit_copy (OvsStore *source, const char *where, JsonArray *summary, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  g_autofree char *shown = without_password (where);
  gint64 rows = 0;

  for (guint i = 0; i < json_array_get_length (summary); i++)
    rows += json_object_get_int_member (json_array_get_object_element (summary, i), "rows");
  json_object_set_string_member (changes, "to", shown);
  json_object_set_int_member (changes, "tables", json_array_get_length (summary));
  json_object_set_int_member (changes, "rows", rows);
  return ovs_store_begin (source, error) &&
         ovs_store_finish (source, ovs_store_audit (source, "copy", "database", 0, changes, error), error);
}

JsonArray *
ovs_db_copy (OvsStore *source, const char *where, GError **error)
{
  g_autoptr(JsonArray) summary = json_array_new ();
  g_autoptr(OvsStore) target = NULL;
  gboolean present[N_TABLES];
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (source), NULL);
  g_return_val_if_fail (where != NULL, NULL);

  if (!ovs_store_require (source, OVS_PERM_BACKUP, error) || !list_tables (source, present, error) ||
      !open_target (source, where, &target, present, error))
    return NULL;
  /* The source is read in one snapshot, so that the copy is of one moment even while others write. */
  if (!ovs_store_begin_read (source, error))
    return NULL;
  if (!ovs_store_begin (target, error))
    {
      ovs_store_rollback (source);
      return NULL;
    }
  ok = ovs_store_finish (target, copy_all (source, target, present, summary, error), error);
  ovs_store_rollback (source);
  if (!ok || !audit_copy (source, where, summary, error))
    return NULL;
  return g_steal_pointer (&summary);
}

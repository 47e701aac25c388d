/* ovs-store.c — the store: opening, migrations, transactions, roles and audit. */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "overstap/overstap.h"
#include "store/ovs-engine-private.h"
#include "store/ovs-engine-pg-private.h"
#include "store/ovs-store-private.h"
#include "store/ovs-access-private.h"

#define SQL_RESOURCE_DIR "/org/overstap/core/sql"


G_DEFINE_FINAL_TYPE (OvsStore, ovs_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (ovs-store-error-quark, ovs_store_error)

enum { CHANGED, CHANGED_ELSEWHERE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
ovs_store_finalize (GObject *object)
{
  OvsStore *self = OVS_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->conn != NULL)
    self->engine->close (g_steal_pointer (&self->conn));
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->user, g_free);
  g_clear_pointer (&self->own_crews, g_hash_table_unref);
  g_clear_pointer (&self->pending_changes, g_hash_table_unref);
  g_clear_pointer (&self->pg_schema, g_free);

  G_OBJECT_CLASS (ovs_store_parent_class)->finalize (object);
}

static void
ovs_store_class_init (OvsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_store_finalize;

  /* ::changed (entity): rows of that entity changed; list models refresh on it. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* ::changed-elsewhere (entity, user, role): another connection committed a change to rows of
   * @entity (PostgreSQL only; ::changed follows it). The window says who. */
  signals[CHANGED_ELSEWHERE] = g_signal_new ("changed-elsewhere", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                             G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
}

static void
finalize_statement (gpointer stmt)
{
  ((OvsStmt *) stmt)->klass->free (stmt);
}

static void
ovs_store_init (OvsStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->own_crews = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->pending_changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* --- the statement interface shared with core modules (ovs-sql-private.h) --- */

void
ovs_store_set_engine_error (GError **error, OvsStoreError code, const char *message)
{
  if (code == OVS_STORE_ERROR_DUPLICATE)
    g_set_error (error, OVS_STORE_ERROR, code, _("Value already exists: %s"), message);
  else
    g_set_error (error, OVS_STORE_ERROR, code, _("Database error: %s"), message);
}

OvsStmt *
ovs_store_prepare (OvsStore *self, const char *sql, GError **error)
{
  OvsStmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      stmt->klass->clear (stmt);
      return stmt;
    }
  if ((stmt = self->engine->prepare (self->conn, sql, error)) == NULL)
    return NULL;
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
ovs_store_exec (OvsStore *self, const char *sql, GError **error)
{
  return self->engine->exec (self->conn, sql, error);
}

/* --- opening and migrations --- */

char *
ovs_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "overstap", "overstap.db", NULL);
}

gboolean
ovs_store_is_server_address (const char *where)
{
  return ovs_engine_pg_is_uri (where);
}

/* Migrations are core/sql/NNNN-name.sql, bundled as resources; NNNN is the schema version it makes. */
static int
migration_version (const char *name)
{
  return (int) g_ascii_strtoll (name, NULL, 10);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

/* NNNN-name.pg.sql is NNNN-name.sql for PostgreSQL, where the dialects truly differ: the variant of
 * @engine when there is one, else the portable file (@engine NULL: the portable files only). */
static GPtrArray *
list_migrations (const OvsEngine *engine)
{
  g_auto(GStrv) names = g_resources_enumerate_children (SQL_RESOURCE_DIR, 0, NULL);
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  const char *suffix = engine != NULL ? engine->migration_suffix : NULL;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *base = NULL;
      g_autofree char *variant = NULL;

      if (!g_str_has_suffix (names[i], ".sql") || g_str_has_suffix (names[i], ".pg.sql") ||
          migration_version (names[i]) <= 0)
        continue;
      base = g_strndup (names[i], strlen (names[i]) - strlen (".sql"));
      variant = suffix != NULL ? g_strconcat (base, suffix, NULL) : NULL;
      if (variant != NULL && g_strv_contains ((const char * const *) names, variant))
        g_ptr_array_add (list, g_steal_pointer (&variant));
      else
        g_ptr_array_add (list, g_strdup (names[i]));
    }
  g_ptr_array_sort (list, compare_names);
  return list;
}

int
ovs_store_latest_schema_version (void)
{
  g_autoptr(GPtrArray) list = list_migrations (NULL);

  return list->len > 0 ? migration_version (g_ptr_array_index (list, list->len - 1)) : 0;
}

int
ovs_store_get_schema_version (OvsStore *self)
{
  return self->engine->schema_version (self->conn);
}

static gboolean
apply_migration (OvsStore *self, const char *name, GError **error)
{
  g_autofree char *resource = g_build_path ("/", SQL_RESOURCE_DIR, name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, error);
  g_autofree char *sql = NULL;

  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (self->engine->rewrite_migration != NULL)
    {
      char *rewritten = self->engine->rewrite_migration (sql);

      g_free (sql);
      sql = rewritten;
    }

  /* The schema change and the version bump commit together, or not at all. Another first start may
   * have applied it while this one waited for the write lock. */
  if (!ovs_store_exec (self, self->engine->begin_write, error))
    return FALSE;
  if (ovs_store_get_schema_version (self) >= migration_version (name))
    return ovs_store_exec (self, self->engine->rollback, error);
  if (!ovs_store_exec (self, sql, error) ||
      !self->engine->set_schema_version (self->conn, migration_version (name), error))
    {
      ovs_store_exec (self, self->engine->rollback, NULL);
      g_prefix_error (error, _("Migration %s failed: "), name);
      if (error != NULL && *error != NULL)
        (*error)->code = OVS_STORE_ERROR_MIGRATION;
      return FALSE;
    }
  return ovs_store_exec (self, self->engine->commit, error);
}

static gboolean
migrate (OvsStore *self, int up_to, GError **error)
{
  g_autoptr(GPtrArray) list = list_migrations (self->engine);
  int current = ovs_store_get_schema_version (self);
  int latest = ovs_store_latest_schema_version ();

  if (current > latest)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_TOO_NEW,
                   _("The database %s has schema version %d; this Overstap knows up to %d. "
                     "Update Overstap to open it."), self->path, current, latest);
      return FALSE;
    }
  for (guint i = 0; i < list->len; i++)
    {
      const char *name = g_ptr_array_index (list, i);

      int version = migration_version (name);

      if (version > current && version <= up_to && !apply_migration (self, name, error))
        return FALSE;
    }
  return TRUE;
}

static OvsStore *open_store (const char *path, const char *password, int up_to, GError **error);

/* Another connection's change (PostgreSQL): who made it, then ::changed as for one of our own. */
static void
notification_cb (const OvsPgNotification *notification, gpointer data)
{
  OvsStore *self = data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  const char *entity;

  if (!json_parser_load_from_data (parser, notification->payload, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;
  object = json_node_get_object (json_parser_get_root (parser));
  if ((entity = json_object_get_string_member_with_default (object, "entity", NULL)) == NULL)
    return;
  /* NOTIFY reaches every connection to the database; with a schema per municipality, another
   * municipality's change is not ours. (A payload without a schema comes from an older Overstap.) */
  if (g_strcmp0 (json_object_get_string_member_with_default (object, "schema", self->pg_schema),
                 self->pg_schema) != 0)
    return;
  g_signal_emit (self, signals[CHANGED_ELSEWHERE], 0, entity,
                 json_object_get_string_member_with_default (object, "user", ""),
                 json_object_get_string_member_with_default (object, "role", ""));
  g_signal_emit (self, signals[CHANGED], 0, entity);
}

/* On PostgreSQL every other open store hears of a change by a NOTIFY sent in the same transaction,
 * so that it arrives if and when the change commits. */
static gboolean
announce (OvsStore *self, const char *entity, GError **error)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *payload = NULL;
  OvsStmt *stmt;

  if (self->engine != &ovs_engine_pg)
    return TRUE;
  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "entity");
  json_builder_add_string_value (builder, entity);
  json_builder_set_member_name (builder, "user");
  json_builder_add_string_value (builder, self->user ? self->user : "");
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, ovs_role_to_string (self->role));
  json_builder_set_member_name (builder, "schema");
  json_builder_add_string_value (builder, self->pg_schema ? self->pg_schema : "");
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  payload = json_to_string (root, FALSE);
  if ((stmt = ovs_store_prepare (self, "SELECT pg_notify ('" OVS_PG_CHANNEL "', ?)", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, payload);
  return ovs_stmt_run (stmt, error);
}

static gboolean
announce_pending (OvsStore *self, GError **error)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->pending_changes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!announce (self, key, error))
      return FALSE;
  return TRUE;
}

OvsStore *
ovs_store_open (const char *path, GError **error)
{
  return open_store (path, NULL, G_MAXINT, error);
}

OvsStore *
ovs_store_open_with_password (const char *path, const char *password, GError **error)
{
  return open_store (path, password, G_MAXINT, error);
}

OvsStore *
ovs_store_open_at_version (const char *path, int up_to, GError **error)
{
  return open_store (path, NULL, up_to, error);
}

/* The schema the connection's search_path puts first: which municipality's announcements are ours.
 * NULL when none of the search_path exists; then every announcement is. */
static gboolean
read_schema (OvsStore *self, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (self, "SELECT current_schema ()", error);

  if (stmt == NULL)
    return FALSE;
  if (ovs_stmt_next (stmt, &local))
    self->pg_schema = g_strdup (ovs_stmt_get_text (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static OvsStore *
open_store (const char *path, const char *password, int up_to, GError **error)
{
  g_autoptr(OvsStore) self = g_object_new (OVS_TYPE_STORE, NULL);
  g_autofree char *dir = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  ovs_init ();
  self->path = g_strdup (path);
  self->engine = ovs_engine_pg_is_uri (path) ? &ovs_engine_pg : &ovs_engine_sqlite;
  dir = self->engine == &ovs_engine_sqlite ? g_path_get_dirname (path) : NULL;
  if (dir != NULL && g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                   _("Cannot create folder %s: %s"), dir, g_strerror (errno));
      return NULL;
    }
  if ((self->conn = self->engine->open (path, password, error)) == NULL)
    return NULL;
  /* On a server the access rules follow the schema (ovs-engine-pg-access.c); not for a test's older schema. */
  if (!self->engine->configure (self->conn, error) || !migrate (self, up_to, error) ||
      (up_to == G_MAXINT && !ovs_store_apply_access (self, error)))
    return NULL;
  if (self->engine == &ovs_engine_pg &&
      (!read_schema (self, error) || !ovs_engine_pg_listen (self->conn, notification_cb, self, error)))
    return NULL;
  return g_steal_pointer (&self);
}

const char *
ovs_store_get_path (OvsStore *self)
{
  g_return_val_if_fail (OVS_IS_STORE (self), NULL);
  return self->path;
}

gboolean
ovs_store_is_empty (OvsStore *self, gboolean *empty, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (self, "SELECT CASE WHEN EXISTS (SELECT 1 FROM employee) THEN 0 ELSE 1 END",
                                     error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  /* The query always gives one row: no row is a failed read. */
  ok = ovs_stmt_next (stmt, error);
  *empty = ok && ovs_stmt_get_boolean (stmt, 0);
  ovs_stmt_reset (stmt);
  return ok;
}

/* --- transactions --- */

static void
flush_changes (OvsStore *self)
{
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->pending_changes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (entities, g_strdup (key));
  g_hash_table_remove_all (self->pending_changes);
  g_ptr_array_sort (entities, compare_names);
  for (guint i = 0; i < entities->len; i++)
    g_signal_emit (self, signals[CHANGED], 0, g_ptr_array_index (entities, i));
}

/* The outermost level is a write transaction from its start (see begin_write in
 * ovs-engine-private.h): a rule's reads inside begin/commit then see the rows it writes over, and a
 * second writer waits for the commit (up to the busy time-out) instead of failing or basing its
 * change on what it read before. Inner levels are savepoints, so a caller such as the importer can
 * wrap many rules in one transaction and still undo one of them. */
static gboolean
begin_level (OvsStore *self, const char *outermost, GError **error)
{
  g_autofree char *savepoint = NULL;

  if (self->depth > 0)
    savepoint = g_strdup_printf ("SAVEPOINT ovs_%u", self->depth + 1);
  if (!ovs_store_exec (self, savepoint ? savepoint : outermost, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
ovs_store_begin (OvsStore *self, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (self), FALSE);
  /* A write inside a read transaction would have to upgrade its snapshot, which fails when another
   * connection wrote meanwhile: writes start their own transaction. */
  g_return_val_if_fail (!self->reading, FALSE);
  return begin_level (self, self->engine->begin_write, error);
}

gboolean
ovs_store_begin_read (OvsStore *self, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (self), FALSE);
  if (!begin_level (self, self->engine->begin_read, error))
    return FALSE;
  if (self->depth == 1)
    self->reading = TRUE;
  return TRUE;
}

gboolean
ovs_store_commit (OvsStore *self, GError **error)
{
  g_autofree char *release = NULL;

  g_return_val_if_fail (self->depth > 0, FALSE);
  if (self->depth > 1)
    release = g_strdup_printf ("RELEASE ovs_%u", self->depth);
  else if (!self->reading && !announce_pending (self, error))
    return FALSE;
  if (!ovs_store_exec (self, release ? release : self->engine->commit, error))
    return FALSE;
  self->depth--;
  if (self->depth == 0)
    {
      self->reading = FALSE;
      flush_changes (self);
    }
  return TRUE;
}

void
ovs_store_rollback (OvsStore *self)
{
  g_autofree char *undo = NULL;

  g_return_if_fail (self->depth > 0);
  /* ROLLBACK TO keeps the savepoint open, so release it as well. */
  if (self->depth > 1)
    undo = g_strdup_printf ("ROLLBACK TO ovs_%u; RELEASE ovs_%u", self->depth, self->depth);
  ovs_store_exec (self, undo ? undo : self->engine->rollback, NULL);
  self->depth--;
  /* What an outer rollback undid never happened for listeners. Inner rollbacks keep the set: a
   * superset only costs a refresh. */
  if (self->depth == 0)
    {
      self->reading = FALSE;
      g_hash_table_remove_all (self->pending_changes);
    }
}

gboolean
ovs_store_finish (OvsStore *self, gboolean ok, GError **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);
  if (ok && ovs_store_commit (self, error))
    return TRUE;
  ovs_store_rollback (self);
  return FALSE;
}

/* Inside a transaction ::changed waits for the outermost commit, once per entity: an import of
 * 100,000 rows then refreshes each list once, and never shows rows that a rollback takes back. */
void
ovs_store_emit_changed (OvsStore *self, const char *entity)
{
  g_return_if_fail (OVS_IS_STORE (self));

  if (self->depth > 0)
    g_hash_table_add (self->pending_changes, g_strdup (entity));
  else
    {
      g_autoptr(GError) error = NULL;

      /* A change outside a transaction has committed already; not telling the others only costs
       * them a refresh, so a failed announcement is a warning. */
      if (!announce (self, entity, &error))
        g_warning ("Cannot announce a change of %s: %s", entity, error->message);
      g_signal_emit (self, signals[CHANGED], 0, entity);
    }
}

/* A backup holds every BSN and health record: only a kwartiermaker makes one, and the audit log says
 * who did (the row's user), and where to: the file, made absolute so that the log still says where
 * after the working directory is forgotten. */
static gboolean
audit_backup (OvsStore *self, const char *dest_path, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  g_autofree char *absolute = g_canonicalize_filename (dest_path, NULL);

  json_object_set_string_member (changes, "file", absolute);
  return ovs_store_begin (self, error) &&
         ovs_store_finish (self, ovs_store_audit (self, "backup", "database", 0, changes, error), error);
}
gboolean
ovs_store_backup (OvsStore *self, const char *dest_path, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (self), FALSE);
  if (!ovs_store_require (self, OVS_PERM_BACKUP, error))
    return FALSE;
  return self->engine->backup (self->conn, dest_path, error) && audit_backup (self, dest_path, error);
}

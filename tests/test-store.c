/* test-store.c — opening, migrations from every earlier version, transactions, roles, users, audit. */
#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

static gint64
count (OvsStore *store, const char *sql)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

static void
test_open_pragmas (OvsTestDb *db, gconstpointer data)
{
  /* The SQLite file's own settings; a server has neither (foreign keys always hold there). */
  if (!ovs_test_is_pg ())
    {
      OvsStmt *stmt = ovs_store_prepare (db->store, "PRAGMA journal_mode", NULL);

      g_assert_true (ovs_stmt_next (stmt, NULL));
      g_assert_cmpstr (ovs_stmt_get_text (stmt, 0), ==, "wal");
      ovs_stmt_reset (stmt);
      g_assert_cmpint (count (db->store, "PRAGMA foreign_keys"), ==, 1);
    }
  g_assert_cmpint (ovs_store_get_schema_version (db->store), ==, ovs_store_latest_schema_version ());
  g_assert_cmpint (ovs_store_latest_schema_version (), >=, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM organisation"), ==, 4);
  {
    gboolean empty = FALSE;

    g_assert_true (ovs_store_is_empty (db->store, &empty, NULL));
    g_assert_true (empty);
  }
}

/* Data that any schema version since 1 can hold. */
static void
insert_v1_rows (OvsStore *store)
{
  g_assert_true (ovs_store_exec (store,
    "INSERT INTO organisation (name, kind) VALUES ('Wezo', 'sheltered_company');"
    "INSERT INTO employee (personnel_number, first_name, last_name, birth_date, contract_minutes, "
    "  employer_id, employment_start) VALUES ('P1', 'Anna', 'Bakker', '1970-01-01', 1800, 1, '1995-03-01');"
    "INSERT INTO indication (employee_id, category, indication_date) VALUES (1, 'matig', '2012-01-01');"
    "INSERT INTO app_user (name, role) VALUES ('tester', 'kwartiermaker');", NULL));
}

/* Whether a migration makes schema version @version (numbers may have gaps: each engineer takes one). */
static gboolean
migration_exists (int version)
{
  g_auto(GStrv) names = g_resources_enumerate_children ("/org/overstap/core/sql", 0, NULL);
  g_autofree char *prefix = g_strdup_printf ("%04d-", version);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], prefix))
      return TRUE;
  return version == 0;
}

static void
test_migrate_from_every_version (void)
{
  int latest = ovs_store_latest_schema_version ();

  ovs_init ();
  for (int from = 0; from < latest; from++)
    {
      if (!migration_exists (from))
        continue;
      g_autofree char *dir = g_dir_make_tmp ("overstap-migrate-XXXXXX", NULL);
      char *pg_name = NULL;
      g_autofree char *path = ovs_test_new_database (dir, "old.db", &pg_name);
      g_autoptr(GError) error = NULL;
      OvsStore *old = ovs_store_open_at_version (path, from, &error);
      OvsStore *store;

      g_assert_no_error (error);
      g_assert_cmpint (ovs_store_get_schema_version (old), ==, from);
      if (from >= 1)
        insert_v1_rows (old);
      g_assert_finalize_object (old);

      store = ovs_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (ovs_store_get_schema_version (store), ==, latest);
      g_assert_cmpint (count (store, "SELECT count(*) FROM employee"), ==, from >= 1 ? 1 : 0);
      /* SQLite checks its file and foreign keys on request; PostgreSQL enforces them on every write. */
      if (!ovs_test_is_pg ())
        {
          g_assert_cmpint (count (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
          g_assert_cmpint (count (store, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"),
                           ==, 0);
        }
      g_assert_finalize_object (store);
      ovs_test_drop_database (pg_name);
      ovs_test_remove_dir (dir);
    }
}

static void
test_too_new_refused (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsStore *again;

  g_assert_true (ovs_store_exec (db->store, ovs_test_sql ("PRAGMA user_version = 999",
                                                          "UPDATE overstap_schema SET version = 999"), NULL));
  again = ovs_store_open (db->path, &error);
  g_assert_null (again);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_TOO_NEW);
}

static void
test_nested_transactions (OvsTestDb *db, gconstpointer data)
{
  g_assert_true (ovs_store_begin (db->store, NULL));
  g_assert_true (ovs_store_exec (db->store, "INSERT INTO milestone (title, due_date) VALUES ('a', '2014-01-01')", NULL));
  g_assert_true (ovs_store_begin (db->store, NULL));
  g_assert_true (ovs_store_exec (db->store, "INSERT INTO milestone (title, due_date) VALUES ('b', '2014-01-01')", NULL));
  ovs_store_rollback (db->store);   /* only 'b' goes */
  g_assert_true (ovs_store_commit (db->store, NULL));
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM milestone"), ==, 1);

  g_assert_true (ovs_store_begin (db->store, NULL));
  g_assert_true (ovs_store_exec (db->store, "INSERT INTO milestone (title, due_date) VALUES ('c', '2014-01-01')", NULL));
  ovs_store_rollback (db->store);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM milestone"), ==, 1);
}

static void
test_foreign_keys_enforced (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ovs_store_exec (db->store,
    "INSERT INTO employee (personnel_number, first_name, last_name, birth_date, contract_minutes, "
    "employer_id, employment_start) VALUES ('X', 'a', 'b', '1970-01-01', 60, 999, '2000-01-01')", &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONSTRAINT);
}

static void
test_roles (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsStore *s = db->store;

  g_assert_true (ovs_store_set_user (s, "tester", NULL));
  g_assert_cmpint (ovs_store_get_role (s), ==, OVS_ROLE_KWARTIERMAKER);
  g_assert_true (ovs_store_exec (s, "INSERT INTO crew (name) VALUES ('Noord'), ('Zuid')", NULL));
  g_assert_cmpint (ovs_users_add (s, "henk", OVS_ROLE_HR, NULL, &error), >, 0);
  g_assert_cmpint (ovs_users_add (s, "jan", OVS_ROLE_TEAMLEIDER, "noord", &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (ovs_store_set_user (s, "henk", NULL));
  g_assert_true (ovs_store_can (s, OVS_PERM_VIEW_BSN));
  g_assert_true (ovs_store_can (s, OVS_PERM_EDIT_COVENANTS));
  g_assert_false (ovs_store_can (s, OVS_PERM_EDIT_USERS));
  g_assert_cmpint (ovs_users_add (s, "x", OVS_ROLE_HR, NULL, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  g_assert_true (ovs_store_set_user (s, "jan", NULL));
  g_assert_false (ovs_store_can (s, OVS_PERM_VIEW_BSN));
  g_assert_false (ovs_store_can (s, OVS_PERM_VIEW_HEALTH));
  g_assert_false (ovs_store_can (s, OVS_PERM_EDIT_EMPLOYEES));
  g_assert_true (ovs_store_can_edit_crew (s, 1));
  g_assert_false (ovs_store_require_crew (s, 2, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  g_assert_false (ovs_store_set_user (s, "nobody", &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_UNKNOWN_USER);
}

static void
test_users_and_audit (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) audit = NULL;
  JsonObject *newest;

  g_assert_true (ovs_store_set_user (db->store, "tester", NULL));
  g_assert_cmpint (ovs_users_add (db->store, "piet", OVS_ROLE_TEAMLEIDER, "Onbekend", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_CREW);
  g_clear_error (&error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM app_user WHERE name = 'piet'"), ==, 0);
  g_assert_cmpint (ovs_users_add (db->store, "tester", OVS_ROLE_HR, NULL, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  g_assert_cmpint (ovs_users_add (db->store, "piet", OVS_ROLE_HR, NULL, &error), >, 0);
  g_assert_true (ovs_users_end (db->store, "piet", &error));
  g_assert_false (ovs_store_set_user (db->store, "piet", NULL));

  audit = ovs_store_list_audit (db->store, 0, &error);
  g_assert_no_error (error);
  newest = json_array_get_object_element (audit, 0);
  g_assert_cmpstr (json_object_get_string_member (newest, "action"), ==, "end");
  g_assert_cmpstr (json_object_get_string_member (newest, "entity"), ==, "app_user");
  g_assert_cmpstr (json_object_get_string_member (newest, "user_name"), ==, "tester");
  g_assert_nonnull (json_object_get_string_member (newest, "at"));
  g_assert_true (json_object_has_member (json_object_get_object_member (newest, "changes"), "ended_on"));
  /* init wrote the first user and four organisations. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'organisation'"), ==, 4);
}

static void
count_signal_cb (OvsStore *store, const char *entity, GPtrArray *seen)
{
  g_ptr_array_add (seen, g_strdup (entity));
}

static void
test_changed_waits_for_commit (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (db->store, "changed", G_CALLBACK (count_signal_cb), seen);
  ovs_store_emit_changed (db->store, "crew");
  g_assert_cmpuint (seen->len, ==, 1);

  g_assert_true (ovs_store_begin (db->store, NULL));
  for (int i = 0; i < 1000; i++)
    ovs_store_emit_changed (db->store, "employee");
  g_assert_true (ovs_store_begin (db->store, NULL));
  ovs_store_emit_changed (db->store, "audit");
  g_assert_true (ovs_store_commit (db->store, NULL));
  g_assert_cmpuint (seen->len, ==, 1);            /* nothing before the outermost commit */
  g_assert_true (ovs_store_commit (db->store, NULL));
  g_assert_cmpuint (seen->len, ==, 3);            /* then once per entity */
  g_assert_cmpstr (g_ptr_array_index (seen, 1), ==, "audit");
  g_assert_cmpstr (g_ptr_array_index (seen, 2), ==, "employee");

  g_assert_true (ovs_store_begin (db->store, NULL));
  ovs_store_emit_changed (db->store, "milestone");
  ovs_store_rollback (db->store);
  g_assert_cmpuint (seen->len, ==, 3);            /* a rolled-back change is not announced */
  g_signal_handlers_disconnect_by_func (db->store, count_signal_cb, seen);
}

static void
test_backup (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (db->dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;
  OvsStore *restored;

  /* A server database is backed up with pg_dump (README); Overstap refuses and says so. */
  if (ovs_test_is_pg ())
    {
      g_assert_false (ovs_store_backup (db->store, copy, &error));
      g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "pg_dump"));
      g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
      return;
    }
  g_assert_true (ovs_store_backup (db->store, copy, &error));
  g_assert_no_error (error);
  restored = ovs_store_open (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (restored, "SELECT count(*) FROM organisation"), ==, 4);
  g_assert_finalize_object (restored);
}

/* RETURNING id gives the new row's id, no row when the insert did nothing, and the updated row's id for an
 * upsert, whichever way the engine carries it out. */
static void
test_returning_id (OvsTestDb *db, gconstpointer data)
{
  OvsStmt *insert = ovs_store_prepare (db->store, "INSERT INTO milestone (title, due_date) VALUES (?, '2015-01-01') "
                                                  "RETURNING id", NULL);
  OvsStmt *skip = ovs_store_prepare (db->store, "INSERT INTO organisation (name, kind) VALUES (?, 'hirer') "
                                                "ON CONFLICT DO NOTHING RETURNING id", NULL);
  OvsStmt *upsert = ovs_store_prepare (db->store, "INSERT INTO parameter (name, valid_from, value) "
                                                  "VALUES ('cents_per_se', '2015-01-01', ?) ON CONFLICT (name, valid_from) "
                                                  "DO UPDATE SET value = excluded.value RETURNING id", NULL);
  gint64 first = 0, second = 0, org = 0, again = -1, param = 0, param_again = 0;

  ovs_stmt_bind_text (insert, 1, "a");
  g_assert_true (ovs_stmt_run_returning_id (insert, &first, NULL));
  ovs_stmt_bind_text (insert, 1, "b");
  g_assert_true (ovs_stmt_next (insert, NULL));
  g_assert_cmpint (ovs_stmt_column_count (insert), ==, 1);
  g_assert_cmpstr (ovs_stmt_column_name (insert, 0), ==, "id");
  second = ovs_stmt_get_int64 (insert, 0);
  g_assert_false (ovs_stmt_next (insert, NULL));
  ovs_stmt_reset (insert);
  g_assert_cmpint (second, ==, first + 1);
  g_assert_cmpint (count (db->store, "SELECT max (id) FROM milestone"), ==, second);

  ovs_stmt_bind_text (skip, 1, "Inlener BV");
  g_assert_true (ovs_stmt_run_returning_id_or_none (skip, &org, NULL));
  g_assert_cmpint (org, >, 0);
  ovs_stmt_bind_text (skip, 1, "Inlener BV");
  g_assert_true (ovs_stmt_run_returning_id_or_none (skip, &again, NULL));
  g_assert_cmpint (again, ==, 0);

  ovs_stmt_bind_double (upsert, 1, 2500000);
  g_assert_true (ovs_stmt_run_returning_id (upsert, &param, NULL));
  ovs_stmt_bind_double (upsert, 1, 2600000);
  g_assert_true (ovs_stmt_run_returning_id (upsert, &param_again, NULL));
  g_assert_cmpint (param, ==, param_again);
}

/* Named parameters find their index by name, whichever order they are bound in; a name the statement
 * lacks gives 0. Booleans are stored as 0 and 1. */
static void
test_named_parameters (OvsTestDb *db, gconstpointer data)
{
  OvsStmt *stmt = ovs_store_prepare (db->store, "SELECT :first || '-' || :second, :flag + 0", NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (ovs_stmt_param_index (stmt, ":missing"), ==, 0);
  ovs_stmt_bind_text (stmt, ovs_stmt_param_index (stmt, ":second"), "b");
  ovs_stmt_bind_text (stmt, ovs_stmt_param_index (stmt, ":first"), "a");
  ovs_stmt_bind_boolean (stmt, ovs_stmt_param_index (stmt, ":flag"), TRUE);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  g_assert_cmpstr (ovs_stmt_get_text (stmt, 0), ==, "a-b");
  g_assert_true (ovs_stmt_get_boolean (stmt, 1));
  g_assert_cmpint (ovs_stmt_get_int (stmt, 1), ==, 1);
  ovs_stmt_reset (stmt);
}

/* The mechanical rewrites of a portable migration for PostgreSQL; strings and comments stay as written. */
static void
test_pg_rewrite_ddl (void)
{
  g_autofree char *pg = ovs_engine_pg_rewrite_ddl (
    "-- INTEGER and REAL in a comment stay\n"
    "CREATE TABLE t (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL COLLATE NOCASE UNIQUE,\n"
    "  note TEXT DEFAULT 'INTEGER PRIMARY KEY STRICT',\n"
    "  share REAL NOT NULL CHECK (share >= 0),\n"
    "  other_id INTEGER REFERENCES t (id)\n"
    ") STRICT;\n"
    "ALTER TABLE t ADD COLUMN flag INTEGER NOT NULL DEFAULT 0;\n");

  g_assert_nonnull (strstr (pg, "CREATE COLLATION IF NOT EXISTS overstap_nocase"));
  g_assert_nonnull (strstr (pg, "-- INTEGER and REAL in a comment stay"));
  g_assert_nonnull (strstr (pg, "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"));
  g_assert_nonnull (strstr (pg, "name TEXT NOT NULL COLLATE overstap_nocase UNIQUE,"));
  g_assert_nonnull (strstr (pg, "note TEXT COLLATE \"C\" DEFAULT 'INTEGER PRIMARY KEY STRICT',"));
  g_assert_nonnull (strstr (pg, "share DOUBLE PRECISION NOT NULL"));
  g_assert_nonnull (strstr (pg, "other_id BIGINT REFERENCES t (id)"));
  g_assert_nonnull (strstr (pg, ") ;"));
  g_assert_null (strstr (pg, ") STRICT"));
  g_assert_nonnull (strstr (pg, "ADD COLUMN flag BIGINT NOT NULL DEFAULT 0;"));
}

/* A server address names a server, never a password: that belongs in ~/.pgpass, PGPASSWORD or the keyring. */
static void
test_server_address (void)
{
  g_autoptr(GError) error = NULL;
  OvsStore *store;

  g_assert_true (ovs_store_is_server_address ("postgresql:///overstap?host=/run/postgresql"));
  g_assert_true (ovs_store_is_server_address ("postgres://db.example.nl/overstap?sslmode=verify-full"));
  g_assert_false (ovs_store_is_server_address ("/home/anna/overstap.db"));
  g_assert_false (ovs_store_is_server_address ("postgresql.db"));

  store = ovs_store_open ("postgresql://anna:geheim@db.example.nl/overstap", &error);
  g_assert_null (store);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "~/.pgpass"));
  g_assert_null (strstr (error->message, "geheim"));
  g_clear_error (&error);
  store = ovs_store_open ("postgresql:///overstap?host=/nonexistent&password=geheim", &error);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, "~/.pgpass"));
}

typedef struct
{
  GPtrArray *entities;
  char      *user;
  char      *role;
} Heard;

static void
heard_elsewhere_cb (OvsStore *store, const char *entity, const char *user, const char *role, Heard *heard)
{
  g_ptr_array_add (heard->entities, g_strdup (entity));
  g_free (heard->user);
  heard->user = g_strdup (user);
  g_free (heard->role);
  heard->role = g_strdup (role);
}

static void
heard_cb (OvsStore *store, const char *entity, GPtrArray *changed)
{
  g_ptr_array_add (changed, g_strdup (entity));
}

/* Live refresh on PostgreSQL: a change committed on one connection reaches another open store as
 * ::changed-elsewhere (who) and ::changed within a second, once, and only when it commits. */
static void
test_notify_other_connection (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  Heard heard = { g_ptr_array_new_with_free_func (g_free), NULL, NULL };
  OvsStore *other;
  gint64 deadline;

  if (!ovs_test_is_pg ())
    {
      g_test_skip ("LISTEN/NOTIFY is PostgreSQL's; a SQLite file has one user");
      g_ptr_array_unref (heard.entities);
      return;
    }
  other = ovs_store_open (db->path, &error);
  g_assert_no_error (error);
  g_signal_connect (other, "changed-elsewhere", G_CALLBACK (heard_elsewhere_cb), &heard);
  g_signal_connect (other, "changed", G_CALLBACK (heard_cb), changed);

  /* A change that is rolled back is never heard of. */
  g_assert_true (ovs_store_begin (db->store, &error));
  g_assert_cmpint (ovs_organisations_add (db->store, "Teruggedraaid", "inlener", &error), >, 0);
  ovs_store_rollback (db->store);
  g_assert_cmpint (ovs_organisations_add (db->store, "Groenbedrijf", "inlener", &error), >, 0);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (heard.entities->len == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (5000), TRUE);
  g_assert_cmpuint (heard.entities->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (heard.entities, 0), ==, "organisation");
  g_assert_cmpstr (heard.user, ==, "tester");
  g_assert_cmpstr (heard.role, ==, "kwartiermaker");
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==, "organisation");

  /* The store that made the change heard it once, from itself, not again from the server. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (heard.entities->len, ==, 1);
  g_assert_finalize_object (other);
  g_ptr_array_unref (heard.entities);
  g_free (heard.user);
  g_free (heard.role);
}

/* Waits until @heard holds @n entities, for at most a second. */
static void
wait_heard (Heard *heard, guint n)
{
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC;

  while (heard->entities->len < n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (5000), TRUE);
}

/* A schema per municipality in one database: NOTIFY reaches every connection to the database, but a
 * store hears only the changes made in its own schema. */
static void
test_notify_own_schema_only (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *oost_uri = NULL;
  g_autoptr(OvsStore) oost = NULL;
  g_autoptr(OvsStore) oost_other = NULL;
  g_autoptr(OvsStore) west_other = NULL;
  Heard oost_heard = { g_ptr_array_new_with_free_func (g_free), NULL, NULL };
  Heard west_heard = { g_ptr_array_new_with_free_func (g_free), NULL, NULL };

  if (!ovs_test_is_pg ())
    {
      g_test_skip ("LISTEN/NOTIFY is PostgreSQL's; a SQLite file has one user");
      g_ptr_array_unref (oost_heard.entities);
      g_ptr_array_unref (west_heard.entities);
      return;
    }
  g_assert_true (ovs_engine_pg_run_once (db->path, "CREATE SCHEMA oost", &error));
  g_assert_no_error (error);
  oost_uri = g_strconcat (db->path, "&options=-csearch_path%3Doost", NULL);
  oost = ovs_store_open (oost_uri, &error);
  g_assert_no_error (error);
  g_assert_true (ovs_store_init_defaults (oost, "tester", &error));
  g_assert_no_error (error);
  oost_other = ovs_store_open (oost_uri, &error);
  g_assert_no_error (error);
  west_other = ovs_store_open (db->path, &error);
  g_assert_no_error (error);
  g_signal_connect (oost_other, "changed-elsewhere", G_CALLBACK (heard_elsewhere_cb), &oost_heard);
  g_signal_connect (west_other, "changed-elsewhere", G_CALLBACK (heard_elsewhere_cb), &west_heard);

  /* Oost's change, then west's: notifications arrive in commit order, so once west's own is heard,
   * oost's would have been heard before it. */
  g_assert_cmpint (ovs_organisations_add (oost, "Groen Oost", "inlener", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ovs_organisations_add (db->store, "Groen West", "inlener", &error), >, 0);
  g_assert_no_error (error);
  wait_heard (&west_heard, 1);
  wait_heard (&oost_heard, 1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  /* Each heard its own municipality's one change; without the schema in the announcement both heard two. */
  g_assert_cmpuint (west_heard.entities->len, ==, 1);
  g_assert_cmpuint (oost_heard.entities->len, ==, 1);

  g_ptr_array_unref (oost_heard.entities);
  g_ptr_array_unref (west_heard.entities);
  g_free (oost_heard.user);
  g_free (oost_heard.role);
  g_free (west_heard.user);
  g_free (west_heard.role);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  OVS_TEST_DB ("/store/open-pragmas", test_open_pragmas);
  g_test_add_func ("/store/migrate-from-every-version", test_migrate_from_every_version);
  g_test_add_func ("/store/server-address", test_server_address);
  g_test_add_func ("/store/pg-rewrite-ddl", test_pg_rewrite_ddl);
  OVS_TEST_DB ("/store/too-new-refused", test_too_new_refused);
  OVS_TEST_DB ("/store/nested-transactions", test_nested_transactions);
  OVS_TEST_DB ("/store/foreign-keys", test_foreign_keys_enforced);
  OVS_TEST_DB ("/store/roles", test_roles);
  OVS_TEST_DB ("/store/users-and-audit", test_users_and_audit);
  OVS_TEST_DB ("/store/changed-waits-for-commit", test_changed_waits_for_commit);
  OVS_TEST_DB ("/store/backup", test_backup);
  OVS_TEST_DB ("/store/returning-id", test_returning_id);
  OVS_TEST_DB ("/store/named-parameters", test_named_parameters);
  OVS_TEST_DB ("/store/notify-other-connection", test_notify_other_connection);
  OVS_TEST_DB ("/store/notify-own-schema-only", test_notify_own_schema_only);
  return g_test_run ();
}

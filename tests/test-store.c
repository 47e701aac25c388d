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
  OvsStmt *stmt = ovs_store_prepare (db->store, "PRAGMA journal_mode", NULL);

  g_assert_true (ovs_stmt_next (stmt, NULL));
  g_assert_cmpstr (ovs_stmt_get_text (stmt, 0), ==, "wal");
  ovs_stmt_reset (stmt);
  g_assert_cmpint (count (db->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (ovs_store_get_schema_version (db->store), ==, ovs_store_latest_schema_version ());
  g_assert_cmpint (ovs_store_latest_schema_version (), >=, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM organisation"), ==, 4);
  g_assert_true (ovs_store_is_empty (db->store));
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

/* Whether a migration makes schema version @version: the numbers have gaps, because each area is
 * given its own number while work goes on in parallel. */
static gboolean
migration_exists (int version)
{
  g_auto(GStrv) names = g_resources_enumerate_children ("/org/overstap/core/sql", 0, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql") && g_ascii_strtoll (names[i], NULL, 10) == version)
      return TRUE;
  return version == 0;
}

static void
test_migrate_from_every_version (void)
{
  int latest = ovs_store_latest_schema_version ();

  for (int from = 0; from < latest; from++)
    {
      if (!migration_exists (from))
        continue;

      g_autofree char *dir = g_dir_make_tmp ("overstap-migrate-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "old.db", NULL);
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
      g_assert_cmpint (count (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
      g_assert_cmpint (count (store, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"),
                       ==, 0);
      g_assert_finalize_object (store);
      ovs_test_remove_dir (dir);
    }
}

static void
test_too_new_refused (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsStore *again;

  g_assert_true (ovs_store_exec (db->store, "PRAGMA user_version = 999", NULL));
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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  OVS_TEST_DB ("/store/open-pragmas", test_open_pragmas);
  g_test_add_func ("/store/migrate-from-every-version", test_migrate_from_every_version);
  OVS_TEST_DB ("/store/too-new-refused", test_too_new_refused);
  OVS_TEST_DB ("/store/nested-transactions", test_nested_transactions);
  OVS_TEST_DB ("/store/foreign-keys", test_foreign_keys_enforced);
  OVS_TEST_DB ("/store/roles", test_roles);
  OVS_TEST_DB ("/store/users-and-audit", test_users_and_audit);
  OVS_TEST_DB ("/store/changed-waits-for-commit", test_changed_waits_for_commit);
  OVS_TEST_DB ("/store/backup", test_backup);
  OVS_TEST_DB ("/store/returning-id", test_returning_id);
  OVS_TEST_DB ("/store/named-parameters", test_named_parameters);
  return g_test_run ();
}

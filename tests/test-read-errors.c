/* test-read-errors.c — a read that fails while stepping through rows is an error, not "no rows".
 *
 * The trick that makes ovs_stmt_next() itself fail: the store caches its prepared statements, so a
 * function run once keeps its statement; renaming a table it reads then makes the next run's step
 * fail (SQLite recompiles the statement at the step and finds no such table; PostgreSQL re-plans the
 * prepared statement and finds no such relation). The prepare step is never repeated, so this is the
 * read path each converted function now checks. Runs on both engines. */
#include "store/ovs-store-private.h"
#include "store/ovs-version-private.h"
#include "ovs-test-util.h"

/* The one employee the tests add (each may change a field of its copy). */
static OvsEmployeeFields
anna (void)
{
  return (OvsEmployeeFields) {
    .personnel_number = "P1", .first_name = "Anna", .last_name = "Bakker", .birth_date = "1970-05-17",
    .bsn = "111222333", .residence = "Wijhe", .home_municipality = "Olst-Wijhe", .category = "matig",
    .indication_valid_until = "2016-03-01", .contract_minutes = 32 * 60, .employer = "Wezo",
    .employment_start = "1995-03-01",
  };
}

static void
rename_table (OvsStore *store, const char *from, const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("ALTER TABLE %s RENAME TO %s", from, to);

  g_assert_true (ovs_store_exec (store, sql, &error));
  g_assert_no_error (error);
}

/* Whether the database is empty, and which employee a personnel number names: a failed read says so,
 * rather than "empty" (the first start would fill it) or "no such employee". */
static void
test_empty_and_find (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gboolean empty = FALSE;

  g_assert_true (ovs_store_is_empty (db->store, &empty, &error));
  g_assert_no_error (error);
  g_assert_true (empty);
  g_assert_cmpint (ovs_employees_find (db->store, "P1", &error), ==, 0);
  g_assert_no_error (error);
  rename_table (db->store, "employee", "employee_away");
  g_assert_false (ovs_store_is_empty (db->store, &empty, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == OVS_STORE_ERROR);
  g_clear_error (&error);
  g_assert_cmpint (ovs_employees_find (db->store, "P1", &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_true (error->domain == OVS_STORE_ERROR);
  rename_table (db->store, "employee_away", "employee");
}

/* One employee read for the editor: a failed read is the database's error, not "there is no employee
 * with id …". */
static void
test_employee_get (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = anna ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsEmployee) before = NULL;
  g_autoptr(OvsEmployee) after = NULL;
  gint64 id = ovs_employees_add (db->store, &f, NULL, &error);

  g_assert_no_error (error);
  before = ovs_employees_get (db->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (before);
  rename_table (db->store, "employee", "employee_away");
  after = ovs_employees_get (db->store, id, &error);
  g_assert_null (after);
  g_assert_nonnull (error);
  g_assert_true (error->domain == OVS_STORE_ERROR);
  rename_table (db->store, "employee_away", "employee");
}

/* The user list reads each user's crews in a second statement: that one failing, halfway through
 * the outer rows, fails the list instead of giving users without crews. */
static void
test_users_list (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) before = ovs_users_list (db->store, &error);
  g_autoptr(JsonArray) after = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (before);
  g_assert_cmpuint (json_array_get_length (before), >, 0);
  rename_table (db->store, "user_crew", "user_crew_away");
  after = ovs_users_list (db->store, &error);
  g_assert_null (after);
  g_assert_nonnull (error);
  g_assert_true (error->domain == OVS_STORE_ERROR);
  rename_table (db->store, "user_crew_away", "user_crew");
}

static void
test_audit_list (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) before = ovs_store_list_audit (db->store, 10, &error);
  g_autoptr(JsonArray) after = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (before);
  rename_table (db->store, "audit_log", "audit_log_away");
  after = ovs_store_list_audit (db->store, 10, &error);
  g_assert_null (after);
  g_assert_nonnull (error);
  g_assert_true (error->domain == OVS_STORE_ERROR);
  rename_table (db->store, "audit_log_away", "audit_log");
}

/* A write decided on a read: the employer's lookup failing is a database error, not "there is no
 * organisation named Wezo", and nothing is written. */
static void
test_employee_add (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = anna ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ovs_employees_add (db->store, &f, NULL, &error), >, 0);
  g_assert_no_error (error);
  rename_table (db->store, "organisation", "organisation_away");
  f.personnel_number = "P2";
  f.bsn = "123456782";
  g_assert_cmpint (ovs_employees_add (db->store, &f, NULL, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_true (error->domain == OVS_STORE_ERROR);
  rename_table (db->store, "organisation_away", "organisation");
  g_assert_cmpint (ovs_employees_find (db->store, "P2", NULL), ==, 0);
}

/* A field-wise save checks who changed what since it read the row: when those audit rows cannot be
 * read, that is an error, not "nobody changed these fields" (which would let the save through). */
static void
test_check_fields (OvsTestDb *db, gconstpointer data)
{
  static const char *const keys[] = { "residence", NULL };
  OvsEmployeeFields f = anna ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsEmployeeFields) before = NULL;
  OvsEmployeeFields after;
  gint64 id = ovs_employees_add (db->store, &f, NULL, &error);

  g_assert_no_error (error);
  before = ovs_employees_load_fields (db->store, id, &error);
  g_assert_no_error (error);
  after = *before;
  after.contract_minutes = 36 * 60;
  g_assert_true (ovs_employees_change (db->store, id, before, &after, NULL, &error));
  g_assert_no_error (error);
  /* Someone changed the contract hours, not the residence: no conflict. */
  g_assert_true (ovs_store_check_fields (db->store, "employee", id, before->version, keys, NULL, &error));
  g_assert_no_error (error);
  rename_table (db->store, "audit_log", "audit_log_away");
  g_assert_false (ovs_store_check_fields (db->store, "employee", id, before->version, keys, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == OVS_STORE_ERROR);
  g_assert_cmpint (error->code, !=, OVS_STORE_ERROR_CONFLICT);
  rename_table (db->store, "audit_log_away", "audit_log");
}

/* A list read through ovs_row_json_collect(), and two loops of their own: each fails, none is empty. */
typedef struct
{
  const char *table;
  JsonArray *(*list) (OvsStore *store, GError **error);
} ListCase;

static JsonArray *
list_patterns (OvsStore *store, GError **error)
{
  return ovs_pattern_list (store, 0, error);
}

static const ListCase list_cases[] = {
  { "milestone", ovs_milestones_list_json },
  { "parameter", ovs_parameters_list },
  { "shift_pattern", list_patterns },
};

static void
test_list (OvsTestDb *db, gconstpointer data)
{
  const ListCase *c = data;
  g_autofree char *away = g_strconcat (c->table, "_away", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) before = c->list (db->store, &error);
  g_autoptr(JsonArray) after = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (before);
  rename_table (db->store, c->table, away);
  after = c->list (db->store, &error);
  g_assert_null (after);
  g_assert_nonnull (error);
  g_assert_true (error->domain == OVS_STORE_ERROR);
  rename_table (db->store, away, c->table);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  OVS_TEST_DB ("/read-errors/empty-and-find", test_empty_and_find);
  OVS_TEST_DB ("/read-errors/employee-get", test_employee_get);
  OVS_TEST_DB ("/read-errors/users-list", test_users_list);
  OVS_TEST_DB ("/read-errors/audit-list", test_audit_list);
  OVS_TEST_DB ("/read-errors/employee-add", test_employee_add);
  OVS_TEST_DB ("/read-errors/check-fields", test_check_fields);


  for (guint i = 0; i < G_N_ELEMENTS (list_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/read-errors/list/%s", list_cases[i].table);

      g_test_add (path, OvsTestDb, &list_cases[i], ovs_test_db_setup, test_list, ovs_test_db_teardown);
    }
  return g_test_run ();
}

/* test-db-copy.c — ovs_db_copy(): a whole database into an empty one, verified per table, and what it
 * refuses (naming the table and the row). */
#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#include <string.h>

static gint64
add_employee (OvsStore *store, const char *number)
{
  OvsEmployeeFields f = {
    .personnel_number = number, .first_name = "Anna", .last_name = "Bakker", .birth_date = "1970-05-17",
    .bsn = "111222333", .home_municipality = "Olst-Wijhe", .category = "matig", .contract_minutes = 32 * 60,
    .employer = "Wezo", .employment_start = "1995-03-01",
  };
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_employees_add (store, &f, NULL, &error);

  g_assert_no_error (error);
  return id;
}

static char *
target_path (OvsTestDb *db, const char *name)
{
  return g_build_filename (db->dir, name, NULL);
}

static void
assert_same_digests (JsonArray *a, JsonArray *b)
{
  g_assert_cmpuint (json_array_get_length (a), ==, json_array_get_length (b));
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *x = json_array_get_object_element (a, i), *y = json_array_get_object_element (b, i);

      g_assert_cmpstr (json_object_get_string_member (x, "table"), ==, json_object_get_string_member (y, "table"));
      g_assert_cmpint (json_object_get_int_member (x, "rows"), ==, json_object_get_int_member (y, "rows"));
      g_assert_cmpstr (json_object_get_string_member (x, "digest"), ==, json_object_get_string_member (y, "digest"));
    }
}

/* The copy's digests are the source's; the target holds the same rows, ids and versions. */
static void
test_copy (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *path = target_path (db, "copy.db");
  g_autoptr(JsonArray) before = NULL;
  g_autoptr(JsonArray) copied = NULL;
  g_autoptr(JsonArray) after = NULL;
  g_autoptr(OvsStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  add_employee (db->store, "C1");
  id = add_employee (db->store, "C2");
  g_assert_true (ovs_employees_end (db->store, id, "2020-01-01", &error));
  before = ovs_db_digest (db->store, &error);
  g_assert_no_error (error);
  copied = ovs_db_copy (db->store, path, &error);
  g_assert_no_error (error);
  assert_same_digests (before, copied);
  copy = ovs_store_open (path, &error);
  g_assert_no_error (error);
  after = ovs_db_digest (copy, &error);
  g_assert_no_error (error);
  assert_same_digests (before, after);
  g_assert_cmpint (ovs_store_row_version (copy, "employee", id, NULL), ==, 2);
}

/* A row the target refuses rolls the whole copy back, and the error names the table and the row. */
static void
test_refused_row (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *path = target_path (db, "refusing.db");
  g_autoptr(OvsStore) target = ovs_store_open (path, NULL);
  g_autoptr(JsonArray) copied = NULL;
  g_autoptr(GError) error = NULL;
  gboolean empty = FALSE;
  gint64 id;

  add_employee (db->store, "C1");
  id = add_employee (db->store, "C2");
  /* A target that refuses one row, as a server with a stricter rule would (SQLite only, test only). */
  g_assert_true (ovs_store_exec (target, "CREATE TRIGGER refuse BEFORE INSERT ON employee "
                                         "WHEN NEW.personnel_number = 'C2' BEGIN SELECT RAISE (ABORT, 'nee'); END", NULL));
  g_assert_finalize_object (g_steal_pointer (&target));
  copied = ovs_db_copy (db->store, path, &error);
  g_assert_null (copied);
  g_assert_nonnull (error);
  {
    g_autofree char *expected = g_strdup_printf ("Table employee, row id %" G_GINT64_FORMAT ": ", id);

    g_assert_nonnull (strstr (error->message, expected));
  }
  target = ovs_store_open (path, NULL);
  g_assert_true (ovs_store_is_empty (target, &empty, NULL));
  g_assert_true (empty);
}

/* A table the copy does not know is refused by name rather than left behind. */
static void
test_unknown_table (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *path = target_path (db, "unknown.db");
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_store_exec (db->store, "CREATE TABLE later_feature (id INTEGER PRIMARY KEY)", NULL));
  g_assert_null (ovs_db_copy (db->store, path, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "later_feature"));
}

/* Only a kwartiermaker copies; hr is refused. */
static void
test_role (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *path = target_path (db, "hr.db");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ovs_users_add (db->store, "henk", OVS_ROLE_HR, NULL, &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "henk", &error));
  g_assert_null (ovs_db_copy (db->store, path, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_false (ovs_store_backup (db->store, path, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  OVS_TEST_DB ("/db-copy/copy", test_copy);
  OVS_TEST_DB ("/db-copy/refused-row", test_refused_row);
  OVS_TEST_DB ("/db-copy/unknown-table", test_unknown_table);
  OVS_TEST_DB ("/db-copy/role", test_role);
  return g_test_run ();
}

/* test-parameters-version.c — an editor's stale save of a dated parameter is refused (row versions),
 * on SQLite and, in suite core-pg, on PostgreSQL. */
#include "config.h"

#include "ovs-test-util.h"

/* The version ovs_parameters_list() gives the row of @name starting on @from, or 0 when there is none. */
static gint64
listed_version (OvsStore *store, const char *name, const char *from)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = ovs_parameters_list (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      if (g_str_equal (json_object_get_string_member (row, "name"), name) &&
          g_str_equal (json_object_get_string_member (row, "valid_from"), from))
        return json_object_get_int_member (row, "version");
    }
  return 0;
}

static double
value_at (OvsStore *store, const char *name, const char *date)
{
  g_autoptr(GError) error = NULL;
  double value = -1;

  g_assert_true (ovs_parameters_value_at (store, name, date, &value, &error));
  g_assert_no_error (error);
  return value;
}

/* A second writer: another connection, as another kwartiermaker. */
static OvsStore *
open_other (OvsTestDb *db)
{
  g_autoptr(GError) error = NULL;
  OvsStore *other;

  g_assert_cmpint (ovs_users_add (db->store, "anna", OVS_ROLE_KWARTIERMAKER, NULL, &error), >, 0);
  g_assert_no_error (error);
  other = ovs_store_open (db->path, &error);
  g_assert_no_error (error);
  g_assert_true (ovs_store_set_user (other, "anna", &error));
  g_assert_no_error (error);
  return other;
}

static void
test_stale_value (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) other = NULL;
  gint64 read, theirs;

  g_assert_true (ovs_parameters_set (db->store, "fulltime_minutes", "2027-01-01", 2280, &error));
  g_assert_no_error (error);
  read = listed_version (db->store, "fulltime_minutes", "2027-01-01");
  g_assert_cmpint (read, >, 0);

  /* Anna read the same version and saves first. */
  other = open_other (db);
  theirs = listed_version (other, "fulltime_minutes", "2027-01-01");
  g_assert_cmpint (theirs, ==, read);
  g_assert_true (ovs_parameters_set_checked (other, "fulltime_minutes", "2027-01-01", 2220, theirs, &error));
  g_assert_no_error (error);
  g_assert_cmpint (listed_version (db->store, "fulltime_minutes", "2027-01-01"), ==, read + 1);

  /* Our save from the version we read is refused, naming her change; nothing is written. */
  g_assert_false (ovs_parameters_set_checked (db->store, "fulltime_minutes", "2027-01-01", 2100, read, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "anna (kwartiermaker)"));
  g_assert_nonnull (strstr (error->message, "2220"));
  g_clear_error (&error);
  g_assert_cmpfloat (value_at (db->store, "fulltime_minutes", "2027-06-01"), ==, 2220);

  /* From the version we now read, the save goes through; so does version 0 (no check). */
  g_assert_true (ovs_parameters_set_checked (db->store, "fulltime_minutes", "2027-01-01", 2100, read + 1, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (value_at (db->store, "fulltime_minutes", "2027-06-01"), ==, 2100);
  g_assert_true (ovs_parameters_set_checked (db->store, "fulltime_minutes", "2027-01-01", 2160, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (value_at (db->store, "fulltime_minutes", "2027-06-01"), ==, 2160);
}

static void
test_stale_new_row (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) other = open_other (db);

  /* Both editors saw no value on 1-7-2027; Anna adds one first. */
  g_assert_cmpint (listed_version (db->store, "cents_per_se", "2027-07-01"), ==, 0);
  g_assert_true (ovs_parameters_set_checked (other, "cents_per_se", "2027-07-01", 450000, OVS_PARAMETERS_NO_ROW,
                                             &error));
  g_assert_no_error (error);
  g_assert_false (ovs_parameters_set_checked (db->store, "cents_per_se", "2027-07-01", 400000,
                                              OVS_PARAMETERS_NO_ROW, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "anna"));
  g_clear_error (&error);
  g_assert_cmpfloat (value_at (db->store, "cents_per_se", "2027-07-01"), ==, 450000);

  /* A date nobody has a value on yet is simply added. */
  g_assert_true (ovs_parameters_set_checked (db->store, "cents_per_se", "2028-01-01", 460000,
                                             OVS_PARAMETERS_NO_ROW, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (value_at (db->store, "cents_per_se", "2028-01-01"), ==, 460000);
}

static void
test_seed_row (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 read = listed_version (db->store, "se_weight_matig", "1900-01-01");

  /* The values the database starts with have no audit row, but a version all the same: an editor
   * that did not see one is refused, one that did saves. */
  g_assert_cmpint (read, ==, 1);
  g_assert_false (ovs_parameters_set_checked (db->store, "se_weight_matig", "1900-01-01", 1.2,
                                              OVS_PARAMETERS_NO_ROW, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpfloat (value_at (db->store, "se_weight_matig", "2015-01-01"), ==, 1.0);
  g_assert_true (ovs_parameters_set_checked (db->store, "se_weight_matig", "1900-01-01", 1.2, read, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (value_at (db->store, "se_weight_matig", "2015-01-01"), ==, 1.2);
}

static void
test_check_value (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_parameters_check_value ("fulltime_minutes", 2280, &error));
  g_assert_no_error (error);
  g_assert_false (ovs_parameters_check_value ("fulltime_minutes", 30, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (ovs_parameters_check_value ("se_weight_ernstig", 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (ovs_parameters_check_value ("fulltime", 2280, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  OVS_TEST_DB ("/parameters-version/stale-value", test_stale_value);
  OVS_TEST_DB ("/parameters-version/stale-new-row", test_stale_new_row);
  OVS_TEST_DB ("/parameters-version/seed-row", test_seed_row);
  g_test_add_func ("/parameters-version/check-value", test_check_value);
  return g_test_run ();
}

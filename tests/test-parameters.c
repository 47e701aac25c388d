/* test-parameters.c — dated parameters: values in force, history, permissions. */
#include "config.h"

#include "ovs-test-util.h"

static double
value_at (OvsStore *store, const char *name, const char *date)
{
  g_autoptr(GError) error = NULL;
  double value = -1;

  g_assert_true (ovs_parameters_value_at (store, name, date, &value, &error));
  g_assert_no_error (error);
  return value;
}

static void
test_defaults (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  double value;

  g_assert_cmpfloat (value_at (db->store, "fulltime_minutes", "2015-01-01"), ==, 2160);
  g_assert_cmpfloat (value_at (db->store, "se_weight_matig", "2015-01-01"), ==, 1.0);
  g_assert_cmpfloat (value_at (db->store, "se_weight_ernstig", "2015-01-01"), ==, 1.0);
  g_assert_false (ovs_parameters_value_at (db->store, "cents_per_se", "2015-01-01", &value, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
}

static void
test_history (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  g_assert_true (ovs_parameters_set (db->store, "fulltime_minutes", "2016-01-01", 2280, &error));
  g_assert_no_error (error);
  g_assert_true (ovs_parameters_set (db->store, "fulltime_minutes", "2018-07-01", 2220, &error));
  g_assert_cmpfloat (value_at (db->store, "fulltime_minutes", "2015-12-31"), ==, 2160);
  g_assert_cmpfloat (value_at (db->store, "fulltime_minutes", "2016-01-01"), ==, 2280);
  g_assert_cmpfloat (value_at (db->store, "fulltime_minutes", "2018-06-30"), ==, 2280);
  g_assert_cmpfloat (value_at (db->store, "fulltime_minutes", "2030-01-01"), ==, 2220);

  /* The same date again corrects that row rather than adding one. */
  g_assert_true (ovs_parameters_set (db->store, "fulltime_minutes", "2016-01-01", 2250, &error));
  g_assert_cmpfloat (value_at (db->store, "fulltime_minutes", "2017-01-01"), ==, 2250);
  rows = ovs_parameters_list (db->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (rows), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 0), "valid_to"), ==,
                   "2015-12-31");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (rows, 2), "valid_to"));
}

static void
test_invalid (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ovs_parameters_set (db->store, "fulltime", "2016-01-01", 2280, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (ovs_parameters_set (db->store, "fulltime_minutes", "2016-02-30", 2280, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_false (ovs_parameters_set (db->store, "fulltime_minutes", "2016-01-01", 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (ovs_parameters_set (db->store, "se_weight_matig", "2016-01-01", -1, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
}

static void
test_permission (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ovs_users_add (db->store, "hanna", OVS_ROLE_HR, NULL, &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "hanna", &error));
  g_assert_false (ovs_parameters_set (db->store, "cents_per_se", "2016-01-01", 450000, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (ovs_store_set_user (db->store, "tester", &error));
  g_assert_true (ovs_parameters_set (db->store, "cents_per_se", "2016-01-01", 450000, &error));
  g_assert_cmpfloat (value_at (db->store, "cents_per_se", "2016-01-01"), ==, 450000);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  OVS_TEST_DB ("/parameters/defaults", test_defaults);
  OVS_TEST_DB ("/parameters/history", test_history);
  OVS_TEST_DB ("/parameters/invalid", test_invalid);
  OVS_TEST_DB ("/parameters/permission", test_permission);
  return g_test_run ();
}

/* test-milestones.c — the programme's milestones: add, change, status, the late flag, the order, and
 * that only a kwartiermaker changes them. */
#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#define TODAY "2014-06-02"

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

static gint64
add (OvsStore *store, const char *title, const char *due)
{
  OvsMilestoneFields f = { .title = title, .due_date = due, .owner = "kwartiermaker" };
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_milestones_add (store, &f, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_add_and_list (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  OvsMilestoneFields bad = { .title = "Bedrijfsplan", .due_date = "1-7-2014" };
  OvsMilestoneFields untitled = { .due_date = "2014-07-01" };
  gint64 plan, found, operational;

  operational = add (db->store, "Stichting operationeel", "2015-01-01");
  plan = add (db->store, "Bedrijfsplan naar de raad", "2014-05-15");
  found = add (db->store, "Stichting opgericht", "2014-01-01");
  g_assert_cmpint (ovs_milestones_add (db->store, &bad, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_milestones_add (db->store, &untitled, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);

  g_assert_true (ovs_milestones_set_status (db->store, found, "gereed", "2014-01-01", &error));
  g_assert_no_error (error);
  rows = ovs_milestones_list_json (db->store, &error);
  g_assert_cmpint (json_array_get_length (rows), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (rows, 0), "id"), ==, found);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (rows, 1), "id"), ==, plan);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (rows, 2), "id"), ==, operational);
  /* Done in time is not late; past due and not done is; the future is not. */
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (rows, 0), "late"));
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (rows, 1), "late"));
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (rows, 2), "late"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 0), "done_on"), ==,
                   "2014-01-01");
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE entity = 'milestone'"), ==, 4);
}

static void
test_status_and_change (OvsTestDb *db, gconstpointer data)
{
  OvsMilestoneFields move = { .due_date = "2014-09-01", .owner = "" , .description = "Met financiën" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(OvsMilestone) item = NULL;
  g_autofree char *status = NULL, *owner = NULL, *done_on = NULL;
  gboolean late = TRUE;
  gint64 id = add (db->store, "Bedrijfsplan", "2014-05-15");

  g_assert_true (ovs_milestones_set_status (db->store, id, "bezig", NULL, &error));
  g_assert_false (ovs_milestones_set_status (db->store, id, "bezig", "2014-05-01", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (ovs_milestones_set_status (db->store, id, "open", NULL, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (ovs_milestones_set_status (db->store, 99, "done", NULL, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (ovs_milestones_change (db->store, id, &move, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE entity = 'milestone' AND action = 'update' "
                                     "AND changes LIKE '%due_date%' AND changes NOT LIKE '%title%'"), ==, 1);
  g_assert_true (ovs_milestones_set_status (db->store, id, "done", NULL, &error));

  list = ovs_milestones_list (db->store, &error);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_object_get (item, "status", &status, "owner", &owner, "done-on", &done_on, "late", &late, NULL);
  g_assert_cmpstr (status, ==, "done");
  g_assert_null (owner);
  g_assert_cmpstr (done_on, ==, TODAY);
  g_assert_false (late);
  /* Back to planned clears done_on. */
  g_assert_true (ovs_milestones_set_status (db->store, id, "planned", NULL, &error));
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM milestone WHERE done_on IS NULL"), ==, 1);
}

static void
test_roles (OvsTestDb *db, gconstpointer data)
{
  OvsMilestoneFields f = { .title = "Communicatieplan", .due_date = "2014-08-01" };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  gint64 id = add (db->store, "Ondernemingsraad gehoord", "2014-07-01");

  g_assert_cmpint (ovs_users_add (db->store, "henk", OVS_ROLE_HR, NULL, NULL), >, 0);
  g_assert_cmpint (ovs_users_add (db->store, "piet", OVS_ROLE_TEAMLEIDER, NULL, NULL), >, 0);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (ovs_store_set_user (db->store, i == 0 ? "henk" : "piet", NULL));
      g_assert_cmpint (ovs_milestones_add (db->store, &f, &error), ==, 0);
      g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
      g_clear_error (&error);
      g_assert_false (ovs_milestones_set_status (db->store, id, "done", NULL, &error));
      g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
      g_clear_error (&error);
      g_assert_false (ovs_milestones_change (db->store, id, &f, &error));
      g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
      g_clear_error (&error);
      /* Everyone sees the programme's milestones. */
      rows = ovs_milestones_list_json (db->store, &error);
      g_assert_no_error (error);
      g_assert_cmpint (json_array_get_length (rows), ==, 1);
      g_clear_pointer (&rows, json_array_unref);
    }
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM milestone"), ==, 1);
}

int
main (int argc, char **argv)
{
  g_setenv ("OVERSTAP_TODAY", TODAY, TRUE);
  g_test_init (&argc, &argv, NULL);

  OVS_TEST_DB ("/milestones/add-and-list", test_add_and_list);
  OVS_TEST_DB ("/milestones/status-and-change", test_status_and_change);
  OVS_TEST_DB ("/milestones/roles", test_roles);
  return g_test_run ();
}

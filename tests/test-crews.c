/* test-crews.c — crews and memberships: every rule and error, the teamleider's own crews, the audit
 * log and the row objects, on real SQLite files. */
#include <string.h>

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

/* Employees are inserted with plain SQL, so these tests do not depend on the employees module. */
static gint64
add_employee (OvsStore *store, const char *number, const char *first, const char *last)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO employee (personnel_number, first_name, last_name, birth_date, contract_minutes, "
    "employer_id, employment_start) VALUES ('%s', '%s', '%s', '1970-01-01', 1920, 1, '1995-03-01') "
    "RETURNING id",
    number, first, last);
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  gint64 id = 0;

  g_assert_nonnull (stmt);
  g_assert_true (ovs_stmt_run_returning_id (stmt, &id, NULL));
  return id;
}

static gint64
add_crew (OvsStore *store, const char *name, gint64 leader)
{
  g_autoptr(GError) error = NULL;
  OvsCrewFields f = { .name = name, .team_leader_id = leader, .area = "Kern Noord", .vehicle = "Bus 12",
                      .min_size = 3 };
  gint64 id = ovs_crews_add (store, &f, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static JsonObject *
newest_audit (OvsStore *store, const char *entity, const char *action)
{
  g_autoptr(JsonArray) rows = ovs_store_list_audit (store, 0, NULL);

  for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      if (g_str_equal (json_object_get_string_member (row, "entity"), entity) &&
          g_str_equal (json_object_get_string_member (row, "action"), action))
        return json_object_ref (json_object_get_object_member (row, "changes"));
    }
  return NULL;
}

static void
test_crew_add_and_list (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(OvsCrew) crew = NULL;
  g_autoptr(JsonObject) changes = NULL;
  g_autofree char *leader_name = NULL;
  gint64 kees = add_employee (db->store, "P1", "Kees", "Visser");
  gint64 noord = add_crew (db->store, "Noord", kees);
  OvsCrewFields f = { .name = "Zuid", .min_size = 0 };
  JsonObject *row;

  g_assert_cmpint (ovs_crews_add (db->store, &f, &error), >, noord);
  g_assert_no_error (error);
  g_assert_cmpint (ovs_crews_find (db->store, "NOORD", &error), ==, noord);

  rows = ovs_crews_list_json (db->store, "2015-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_array_get_length (rows), ==, 2);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "name"), ==, "Noord");
  g_assert_cmpstr (json_object_get_string_member (row, "team_leader"), ==, "Kees Visser");
  g_assert_cmpstr (json_object_get_string_member (row, "team_leader_personnel_number"), ==, "P1");
  g_assert_cmpstr (json_object_get_string_member (row, "area"), ==, "Kern Noord");
  g_assert_cmpstr (json_object_get_string_member (row, "vehicle"), ==, "Bus 12");
  g_assert_cmpint (json_object_get_int_member (row, "min_size"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (row, "member_count"), ==, 0);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (rows, 1), "team_leader"));

  list = ovs_crews_list (db->store, NULL, &error);
  crew = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_object_get (crew, "team-leader", &leader_name, NULL);
  g_assert_cmpstr (leader_name, ==, "Kees Visser");
  g_assert_cmpint (ovs_crew_get_team_leader_id (crew), ==, kees);
  g_assert_cmpint (ovs_crew_get_min_size (crew), ==, 3);

  changes = newest_audit (db->store, "crew", "insert");
  g_assert_cmpstr (json_object_get_string_member (changes, "name"), ==, "Zuid");
}

static void
test_crew_invalid (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsCrewFields f = { .name = "noord", .min_size = 3 };

  add_crew (db->store, "Noord", 0);
  g_assert_cmpint (ovs_crews_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "noord"));
  g_clear_error (&error);
  f.name = " ";
  g_assert_cmpint (ovs_crews_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  f.name = "West";
  f.min_size = -1;
  g_assert_cmpint (ovs_crews_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  f.min_size = 2;
  f.team_leader_id = 999;
  g_assert_cmpint (ovs_crews_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_crews_find (db->store, "Oost", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_CREW);
  g_assert_nonnull (strstr (error->message, "Oost"));
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM crew"), ==, 1);
}

static void
test_crew_update (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) changes = NULL;
  g_autoptr(OvsCrew) crew = NULL;
  gint64 noord = add_crew (db->store, "Noord", 0);
  gint64 zuid = add_crew (db->store, "Zuid", 0);
  OvsCrewFields f = { .name = "Noord-Oost", .area = "Kern Noord", .vehicle = "Bus 14", .min_size = 3 };

  g_assert_true (ovs_crews_update (db->store, noord, &f, &error));
  g_assert_no_error (error);
  changes = newest_audit (db->store, "crew", "update");
  g_assert_cmpuint (json_object_get_size (changes), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (changes, "name"), ==, "Noord-Oost");
  g_assert_cmpstr (json_object_get_string_member (changes, "vehicle"), ==, "Bus 14");
  crew = ovs_crews_get (db->store, noord, &error);
  g_assert_cmpstr (ovs_crew_get_name (crew), ==, "Noord-Oost");

  f.name = "ZUID";
  g_assert_false (ovs_crews_update (db->store, noord, &f, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  /* Changing only the case of its own name is no clash. */
  f.name = "zuid";
  g_assert_true (ovs_crews_update (db->store, zuid, &f, &error));
  g_assert_no_error (error);
  g_assert_false (ovs_crews_update (db->store, 999, &f, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
}

static void
test_memberships (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) on_day = NULL;
  g_autoptr(JsonArray) history = NULL;
  g_autoptr(JsonArray) crews = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(OvsCrewMembership) item = NULL;
  g_autoptr(JsonObject) changes = NULL;
  gint64 anna = add_employee (db->store, "P1", "Anna", "Bakker");
  gint64 bert = add_employee (db->store, "P2", "Bert", "Smit");
  gint64 noord = add_crew (db->store, "Noord", 0);
  gint64 zuid = add_crew (db->store, "Zuid", 0);
  gint64 first;

  first = ovs_crew_memberships_add (db->store, noord, anna, NULL, "2015-01-01", "2015-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, noord, bert, "invaller", "2015-01-01", NULL, &error), >, 0);
  g_assert_no_error (error);
  changes = newest_audit (db->store, "crew_membership", "insert");
  g_assert_cmpstr (json_object_get_string_member (changes, "role"), ==, "stand_in");

  /* One crew at a time: an overlap with Noord is refused, naming Noord. */
  g_assert_cmpint (ovs_crew_memberships_add (db->store, zuid, anna, "member", "2015-06-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Noord"));
  g_assert_nonnull (strstr (error->message, "P1"));
  g_clear_error (&error);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, noord, anna, NULL, "2015-03-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, zuid, anna, "ploegleider", "2015-07-01", NULL, &error), >, 0);
  g_assert_no_error (error);

  on_day = ovs_crew_memberships_list_json (db->store, noord, "2015-07-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_array_get_length (on_day), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (on_day, 0), "personnel_number"),
                   ==, "P2");
  history = ovs_crew_memberships_list_json (db->store, noord, NULL, &error);
  g_assert_cmpint (json_array_get_length (history), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (history, 0), "id"), ==, first);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (history, 0), "crew"), ==, "Noord");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (history, 0), "employee_name"),
                   ==, "Anna Bakker");

  list = ovs_crew_memberships_list (db->store, zuid, "2015-07-01", &error);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (ovs_crew_membership_get_role (item), ==, "team_leader");
  g_assert_null (ovs_crew_membership_get_end_date (item));

  crews = ovs_crews_list_json (db->store, "2015-03-01", &error);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (crews, 0), "member_count"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (crews, 1), "member_count"), ==, 0);
}

static void
test_membership_invalid (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 anna = add_employee (db->store, "P1", "Anna", "Bakker");
  gint64 noord = add_crew (db->store, "Noord", 0);
  gint64 id;

  g_assert_cmpint (ovs_crew_memberships_add (db->store, noord, anna, "baas", "2015-01-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, noord, anna, NULL, "2015-01-01", "2014-01-01", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, noord, anna, NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, 99, anna, NULL, "2015-01-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_CREW);
  g_clear_error (&error);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, noord, 99, NULL, "2015-01-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
  g_clear_error (&error);

  id = ovs_crew_memberships_add (db->store, noord, anna, NULL, "2015-01-01", NULL, &error);
  g_assert_false (ovs_crew_memberships_end (db->store, id, "2014-12-31", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_false (ovs_crew_memberships_end (db->store, id + 9, "2015-12-31", &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (ovs_crew_memberships_end (db->store, id, "2015-12-31", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'crew_membership' "
                                    "AND action = 'end' AND entity_id = 1"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM crew_membership"), ==, 1);
}

static void
test_crew_end (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 anna = add_employee (db->store, "P1", "Anna", "Bakker");
  gint64 bert = add_employee (db->store, "P2", "Bert", "Smit");
  gint64 noord = add_crew (db->store, "Noord", 0);
  gint64 later;

  g_assert_cmpint (ovs_crew_memberships_add (db->store, noord, anna, NULL, "2015-01-01", NULL, NULL), >, 0);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, noord, bert, NULL, "2015-01-01", "2015-03-31", NULL), >, 0);
  later = ovs_crew_memberships_add (db->store, noord, bert, NULL, "2016-02-01", NULL, NULL);

  g_assert_false (ovs_crews_end (db->store, noord, "2015-12-31", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_assert_nonnull (strstr (error->message, "P2"));
  g_clear_error (&error);
  g_assert_true (ovs_crews_end (db->store, noord, "2016-03-31", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM crew WHERE ended_on = '2016-03-31'"), ==, 1);
  /* The running memberships end with the crew; the one that had ended keeps its date. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM crew_membership WHERE end_date = '2016-03-31'"), ==, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM crew_membership WHERE end_date = '2015-03-31'"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'end'"), ==, 3);
  (void) later;

  g_assert_false (ovs_crews_end (db->store, noord, "2016-06-30", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, noord, anna, NULL, "2016-05-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_assert_nonnull (strstr (error->message, "Noord"));
  g_clear_error (&error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM crew"), ==, 1);
}

static void
test_teamleider_own_crews (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) crews = NULL;
  g_autoptr(JsonArray) members = NULL;
  gint64 anna = add_employee (db->store, "P1", "Anna", "Bakker");
  gint64 bert = add_employee (db->store, "P2", "Bert", "Smit");
  gint64 noord = add_crew (db->store, "Noord", 0);
  gint64 zuid = add_crew (db->store, "Zuid", 0);
  OvsCrewFields f = { .name = "Noord", .vehicle = "Bus 3", .min_size = 4 };
  gint64 id;

  g_assert_cmpint (ovs_users_add (db->store, "jan", OVS_ROLE_TEAMLEIDER, "noord", &error), >, 0);
  g_assert_cmpint (ovs_users_add (db->store, "henk", OVS_ROLE_HR, NULL, &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "jan", NULL));

  id = ovs_crew_memberships_add (db->store, noord, anna, NULL, "2015-01-01", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ovs_crew_memberships_end (db->store, id, "2015-06-30", &error));
  g_assert_true (ovs_crews_update (db->store, noord, &f, &error));
  g_assert_no_error (error);
  members = ovs_crew_memberships_list_json (db->store, noord, NULL, &error);
  g_assert_cmpint (json_array_get_length (members), ==, 1);
  crews = ovs_crews_list_json (db->store, NULL, &error);
  g_assert_cmpint (json_array_get_length (crews), ==, 2);

#define DENIED(call) \
  G_STMT_START { \
    g_assert_false ((call) != 0); \
    g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED); \
    g_clear_error (&error); \
  } G_STMT_END

  DENIED (ovs_crew_memberships_add (db->store, zuid, bert, NULL, "2015-01-01", NULL, &error));
  f.name = "Zuid";
  DENIED (ovs_crews_update (db->store, zuid, &f, &error));
  f.name = "Oost";
  DENIED (ovs_crews_add (db->store, &f, &error));
  DENIED (ovs_crews_end (db->store, noord, "2016-01-01", &error));
  DENIED (ovs_crew_memberships_list_json (db->store, zuid, NULL, &error) != NULL);
  DENIED (ovs_crew_memberships_list_json (db->store, 0, NULL, &error) != NULL);
#undef DENIED

  /* hr manages every crew. */
  g_assert_true (ovs_store_set_user (db->store, "henk", NULL));
  g_assert_cmpint (ovs_crew_memberships_add (db->store, zuid, bert, NULL, "2015-01-01", NULL, &error), >, 0);
  g_assert_cmpint (ovs_crews_add (db->store, &f, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE user_name = 'jan'"), ==, 3);
}

static void
test_roles_parse (void)
{
  static const char *pairs[][2] = {
    { "lid", "member" }, { "member", "member" }, { "Ploegleider", "team_leader" }, { "teamleider", "team_leader" },
    { "invaller", "stand_in" }, { "vervanger", "stand_in" }, { "stand_in", "stand_in" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      const char *role = NULL;

      g_assert_true (ovs_vocab_check (OVS_TYPE_CREW_ROLE, "role", pairs[i][0], &role, NULL));
      g_assert_cmpstr (role, ==, pairs[i][1]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  OVS_TEST_DB ("/crews/add-and-list", test_crew_add_and_list);
  OVS_TEST_DB ("/crews/invalid", test_crew_invalid);
  OVS_TEST_DB ("/crews/update", test_crew_update);
  OVS_TEST_DB ("/crews/memberships", test_memberships);
  OVS_TEST_DB ("/crews/membership-invalid", test_membership_invalid);
  OVS_TEST_DB ("/crews/end", test_crew_end);
  OVS_TEST_DB ("/crews/teamleider-own-crews", test_teamleider_own_crews);
  g_test_add_func ("/crews/roles-parse", test_roles_parse);
  return g_test_run ();
}

/* test-organisations.c — organisations and placements: every rule and error, roles, the audit log,
 * and the row objects, on real SQLite files. */
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
add_employee (OvsStore *store, const char *number, int contract_minutes)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO employee (personnel_number, first_name, name_prefix, last_name, birth_date, contract_minutes, "
    "employer_id, employment_start) VALUES ('%s', 'Anna', 'de', 'Boer', '1970-01-01', %d, 1, '1995-03-01') "
    "RETURNING id",
    number, contract_minutes);
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  gint64 id = 0;

  g_assert_nonnull (stmt);
  g_assert_true (ovs_stmt_run_returning_id (stmt, &id, NULL));
  return id;
}

static void
add_user (OvsStore *store, const char *name, OvsRole role)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_store_set_user (store, "tester", NULL));
  g_assert_cmpint (ovs_users_add (store, name, role, NULL, &error), >, 0);
  g_assert_no_error (error);
}

/* The newest audit row's changes, for checking what was recorded. */
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

/* --- organisations --- */

static void
test_organisation_add_and_list (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(OvsOrganisation) org = NULL;
  g_autoptr(JsonObject) changes = NULL;
  g_autofree char *kind = NULL;
  gint64 id;

  id = ovs_organisations_add (db->store, "  Groen BV  ", "inlener", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (ovs_organisations_find (db->store, "GROEN bv", &error), ==, id);

  rows = ovs_organisations_list_json (db->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_array_get_length (rows), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 1), "name"), ==, "Groen BV");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 1), "kind"), ==, "hirer");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (rows, 1), "ended_on"));

  list = ovs_organisations_list (db->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  org = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_object_get (org, "kind", &kind, NULL);
  g_assert_cmpstr (kind, ==, "hirer");
  g_assert_cmpint (ovs_organisation_get_id (org), ==, id);
  g_assert_null (ovs_organisation_get_ended_on (org));

  changes = newest_audit (db->store, "organisation", "insert");
  g_assert_cmpstr (json_object_get_string_member (changes, "name"), ==, "Groen BV");
  g_assert_cmpstr (json_object_get_string_member (changes, "kind"), ==, "hirer");
}

static void
test_organisation_invalid (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ovs_organisations_add (db->store, "wezo", "employer", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "wezo"));
  g_clear_error (&error);
  g_assert_cmpint (ovs_organisations_add (db->store, "  ", "employer", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_cmpint (ovs_organisations_add (db->store, "Bank", "bank", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "bank"));
  g_clear_error (&error);
  g_assert_cmpint (ovs_organisations_find (db->store, "Nergens", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION);
  g_assert_nonnull (strstr (error->message, "Nergens"));
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM organisation"), ==, 4);
}

static void
test_organisation_kinds (void)
{
  static const char *pairs[][2] = {
    { "sw-bedrijf", "sheltered_company" }, { "Gemeente", "municipality" }, { "stichting", "foundation" },
    { "WERKGEVER", "employer" }, { "inlener", "hirer" }, { "hirer", "hirer" }, { "foundation", "foundation" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      const char *kind = NULL;

      g_assert_true (ovs_vocab_check (OVS_TYPE_ORGANISATION_KIND, "kind", pairs[i][0], &kind, NULL));
      g_assert_cmpstr (kind, ==, pairs[i][1]);
    }
}

static void
test_organisation_end (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) changes = NULL;

  g_assert_true (ovs_organisations_end (db->store, "larcom", "2015-01-01", 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM organisation WHERE name = 'Larcom' "
                                    "AND ended_on = '2015-01-01'"), ==, 1);
  changes = newest_audit (db->store, "organisation", "end");
  g_assert_cmpstr (json_object_get_string_member (changes, "ended_on"), ==, "2015-01-01");

  g_assert_false (ovs_organisations_end (db->store, "Larcom", "2016-01-01", 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (ovs_organisations_end (db->store, "Nergens", NULL, 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION);
  g_clear_error (&error);
  g_assert_false (ovs_organisations_end (db->store, "Wezo", "31-12-2014", 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE);
  /* Nothing is deleted: the ended organisation is still listed. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM organisation"), ==, 4);
}

static void
test_organisation_roles (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  add_user (db->store, "henk", OVS_ROLE_HR);
  add_user (db->store, "jan", OVS_ROLE_TEAMLEIDER);
  g_assert_true (ovs_store_set_user (db->store, "henk", NULL));
  g_assert_cmpint (ovs_organisations_add (db->store, "Hovenier", "hirer", &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (ovs_store_set_user (db->store, "jan", NULL));
  g_assert_cmpint (ovs_organisations_add (db->store, "Tuin", "hirer", &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (ovs_organisations_end (db->store, "Hovenier", NULL, 0, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  rows = ovs_organisations_list_json (db->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_array_get_length (rows), ==, 5);
}

/* --- placements --- */

static OvsPlacementFields
fields (gint64 employee, const char *kind, const char *hirer, int hours, const char *start, const char *end)
{
  OvsPlacementFields f = { 0 };

  f.employee_id = employee;
  f.kind = kind;
  f.hirer = hirer;
  f.minutes_per_week = hours * 60;
  f.start_date = start;
  f.end_date = end;
  return f;
}

static void
test_placement_add_and_list (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(OvsPlacement) item = NULL;
  g_autoptr(JsonObject) changes = NULL;
  gint64 anna = add_employee (db->store, "P1", 32 * 60);
  gint64 bert = add_employee (db->store, "P2", 36 * 60);
  OvsPlacementFields f = fields (anna, "beschut", NULL, 12, "2015-01-01", NULL);
  gint64 first, second;
  int minutes = 0;

  first = ovs_placements_add (db->store, &f, &error);
  g_assert_no_error (error);
  f = fields (anna, "groepsdetachering", "gemeente", 20, "2015-01-01", "2015-12-31");
  f.location = "Park Noord";
  f.has_hourly_rate = TRUE;
  f.hourly_rate_cents = 2450;
  second = ovs_placements_add (db->store, &f, &error);
  g_assert_no_error (error);
  f = fields (bert, "individual_secondment", "Wezo", 36, "2015-02-01", NULL);
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), >, second);
  g_assert_no_error (error);

  rows = ovs_placements_list_json (db->store, anna, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_array_get_length (rows), ==, 2);
  {
    JsonObject *row = json_array_get_object_element (rows, 1);

    g_assert_cmpint (json_object_get_int_member (row, "id"), ==, second);
    g_assert_cmpstr (json_object_get_string_member (row, "personnel_number"), ==, "P1");
    g_assert_cmpstr (json_object_get_string_member (row, "employee_name"), ==, "Anna de Boer");
    g_assert_cmpstr (json_object_get_string_member (row, "kind"), ==, "group_secondment");
    g_assert_cmpstr (json_object_get_string_member (row, "hirer"), ==, "Gemeente");
    g_assert_cmpstr (json_object_get_string_member (row, "location"), ==, "Park Noord");
    g_assert_cmpint (json_object_get_int_member (row, "minutes_per_week"), ==, 1200);
    g_assert_cmpint (json_object_get_int_member (row, "hourly_rate_cents"), ==, 2450);
    g_assert_cmpstr (json_object_get_string_member (row, "end_date"), ==, "2015-12-31");
  }
  g_clear_pointer (&rows, json_array_unref);
  rows = ovs_placements_list_json (db->store, 0, &error);
  g_assert_cmpint (json_array_get_length (rows), ==, 3);

  list = ovs_placements_list (db->store, anna, &error);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (ovs_placement_get_id (item), ==, first);
  g_assert_null (ovs_placement_get_hirer (item));
  g_assert_cmpint (ovs_placement_get_hourly_rate_cents (item), ==, -1);
  g_object_get (item, "minutes-per-week", &minutes, NULL);
  g_assert_cmpint (minutes, ==, 720);

  changes = newest_audit (db->store, "placement", "insert");
  g_assert_cmpstr (json_object_get_string_member (changes, "kind"), ==, "individual_secondment");
  g_assert_cmpint (json_object_get_int_member (changes, "employee_id"), ==, bert);
}

/* Adding @f must fail with @code, and the message must name @text if given. */
static void
expect_refused (OvsStore *store, const OvsPlacementFields *f, GQuark domain, int code, const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ovs_placements_add (store, f, &error), ==, 0);
  g_assert_error (error, domain, code);
  if (text != NULL)
    g_assert_nonnull (strstr (error->message, text));
}

static void
test_placement_invalid (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 anna = add_employee (db->store, "P1", 32 * 60);
  OvsPlacementFields f;

  f = fields (anna, "groepsdetachering", NULL, 10, "2015-01-01", NULL);
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, "hirer");
  f = fields (anna, "begeleid werken", "", 10, "2015-01-01", NULL);
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, "hirer");
  f = fields (anna, "individuele detachering", "Bakkerij", 10, "2015-01-01", NULL);
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION, "Bakkerij");
  f = fields (anna, "stage", NULL, 10, "2015-01-01", NULL);
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE, "stage");
  f = fields (anna, "beschut", NULL, 0, "2015-01-01", NULL);
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE, NULL);
  f = fields (anna, "beschut", NULL, 33, "2015-01-01", NULL);
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT, "P1");
  f = fields (anna, "beschut", NULL, 10, "2015-01-01", "2014-12-31");
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER, "31-12-2014");
  f = fields (anna, "beschut", NULL, 10, "2015-02-30", NULL);
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE, "2015-02-30");
  f = fields (anna, "beschut", NULL, 10, NULL, NULL);
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, NULL);
  f = fields (anna + 100, "beschut", NULL, 10, "2015-01-01", NULL);
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE, NULL);
  f = fields (anna, "beschut", NULL, 10, "2015-01-01", NULL);
  f.has_hourly_rate = TRUE;
  f.hourly_rate_cents = -5;
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE, NULL);

  /* A hirer that had ended before the placement starts. */
  g_assert_true (ovs_organisations_end (db->store, "Larcom", "2014-12-31", 0, NULL));
  f = fields (anna, "groepsdetachering", "Larcom", 10, "2015-01-01", NULL);
  expect_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE, "Larcom");
  f = fields (anna, "groepsdetachering", "Larcom", 10, "2014-06-01", "2014-12-31");
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), >, 0);
  g_assert_no_error (error);

  g_assert_cmpint (count (db->store, "SELECT count(*) FROM placement"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'placement'"), ==, 1);
}

static void
test_placement_overlap (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 anna = add_employee (db->store, "P1", 32 * 60);
  gint64 bert = add_employee (db->store, "P2", 32 * 60);
  OvsPlacementFields f = fields (anna, "beschut", NULL, 20, "2015-01-01", NULL);
  gint64 first = ovs_placements_add (db->store, &f, NULL);

  g_assert_cmpint (first, >, 0);
  /* 20 + 16 > 32 from June on: refused, naming the placement it overlaps. */
  f = fields (anna, "groepsdetachering", "Gemeente", 16, "2015-06-01", "2015-08-31");
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT);
  g_assert_nonnull (strstr (error->message, "01-06-2015"));
  g_assert_nonnull (strstr (error->message, "36"));
  g_assert_nonnull (strstr (error->message, "placement 1"));
  g_clear_error (&error);
  /* Starting before the open placement and running into it counts too. */
  f = fields (anna, "groepsdetachering", "Gemeente", 16, "2014-06-01", NULL);
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT);
  g_clear_error (&error);
  /* Up to the contract is fine, and so is another employee. */
  f = fields (anna, "groepsdetachering", "Gemeente", 12, "2015-06-01", NULL);
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), >, 0);
  g_assert_no_error (error);
  f = fields (bert, "beschut", NULL, 32, "2015-01-01", NULL);
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), >, 0);

  /* Once the first placement ends, its hours are free again. */
  g_assert_true (ovs_placements_end (db->store, first, "2015-12-31", &error));
  g_assert_no_error (error);
  f = fields (anna, "individuele detachering", "Wezo", 20, "2016-01-01", NULL);
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), >, 0);
  g_assert_no_error (error);
}

/* Two placements one after the other never run together: only the peak counts. */
static void
test_placement_overlap_peak (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 anna = add_employee (db->store, "P1", 32 * 60);
  OvsPlacementFields f = fields (anna, "beschut", NULL, 20, "2015-01-01", "2015-03-31");

  g_assert_cmpint (ovs_placements_add (db->store, &f, NULL), >, 0);
  f = fields (anna, "beschut", NULL, 20, "2015-04-01", NULL);
  g_assert_cmpint (ovs_placements_add (db->store, &f, NULL), >, 0);
  f = fields (anna, "groepsdetachering", "Gemeente", 13, "2015-01-01", "2015-12-31");
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT);
  g_clear_error (&error);
  f.minutes_per_week = 12 * 60;
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_placement_change_and_end (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) changes = NULL;
  g_autoptr(JsonObject) ended = NULL;
  g_autoptr(OvsPlacement) placement = NULL;
  gint64 anna = add_employee (db->store, "P1", 32 * 60);
  gint64 bert = add_employee (db->store, "P2", 32 * 60);
  OvsPlacementFields f = fields (anna, "groepsdetachering", "Gemeente", 20, "2015-01-01", NULL);
  gint64 id = ovs_placements_add (db->store, &f, NULL);

  f.location = "Stadspark";
  f.employee_id = bert;   /* ignored: a placement stays with its employee */
  g_assert_true (ovs_placements_update (db->store, id, &f, &error));
  g_assert_no_error (error);
  changes = newest_audit (db->store, "placement", "update");
  g_assert_cmpuint (json_object_get_size (changes), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (changes, "location"), ==, "Stadspark");
  placement = ovs_placements_get (db->store, id, &error);
  g_assert_cmpint (ovs_placement_get_employee_id (placement), ==, anna);
  g_assert_cmpstr (ovs_placement_get_location (placement), ==, "Stadspark");

  f.minutes_per_week = 40 * 60;
  g_assert_false (ovs_placements_update (db->store, id, &f, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT);
  g_clear_error (&error);

  g_assert_false (ovs_placements_end (db->store, id, "2014-12-31", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_false (ovs_placements_end (db->store, id + 50, "2015-12-31", &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (ovs_placements_end (db->store, id, "2015-12-31", &error));
  g_assert_no_error (error);
  ended = newest_audit (db->store, "placement", "end");
  g_assert_cmpuint (json_object_get_size (ended), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (ended, "end_date"), ==, "2015-12-31");
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM placement WHERE end_date = '2015-12-31'"), ==, 1);
}

static void
test_placement_roles (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  gint64 anna = add_employee (db->store, "P1", 32 * 60);
  OvsPlacementFields f = fields (anna, "beschut", NULL, 20, "2015-01-01", NULL);

  add_user (db->store, "henk", OVS_ROLE_HR);
  add_user (db->store, "jan", OVS_ROLE_TEAMLEIDER);
  g_assert_true (ovs_store_set_user (db->store, "henk", NULL));
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (ovs_store_set_user (db->store, "jan", NULL));
  g_assert_cmpint (ovs_placements_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (ovs_placements_end (db->store, 1, "2015-02-01", &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  rows = ovs_placements_list_json (db->store, 0, &error);
  g_assert_null (rows);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
}

static void
test_placement_parsing (void)
{
  static const char *kinds[][2] = {
    { "beschut", "sheltered_work" }, { "Beschut werk", "sheltered_work" },
    { "groepsdetachering", "group_secondment" }, { "individuele detachering", "individual_secondment" },
    { "detachering", "individual_secondment" }, { "begeleid_werken", "supported_employment" },
    { "supported_employment", "supported_employment" },
  };
  g_autoptr(GError) error = NULL;
  const char *kind;
  gint64 cents = 0;
  int minutes = 0;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_true (ovs_vocab_check (OVS_TYPE_PLACEMENT_KIND, "kind", kinds[i][0], &kind, NULL));
      g_assert_cmpstr (kind, ==, kinds[i][1]);
    }
  g_assert_true (ovs_placement_parse_hours ("19,5", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 1170);
  g_assert_false (ovs_placement_parse_hours ("0", &minutes, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_true (ovs_placement_parse_rate ("12,50", &cents, NULL));
  g_assert_cmpint (cents, ==, 1250);
  g_assert_true (ovs_placement_parse_rate ("€ 12.5", &cents, NULL));
  g_assert_cmpint (cents, ==, 1250);
  g_assert_true (ovs_placement_parse_rate ("31", &cents, NULL));
  g_assert_cmpint (cents, ==, 3100);
  g_assert_false (ovs_placement_parse_rate ("12,505", &cents, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER);
  g_clear_error (&error);
  g_assert_false (ovs_placement_parse_rate ("-1", &cents, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER);
  g_clear_error (&error);
  g_assert_false (ovs_placement_parse_rate ("1.250,00", &cents, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  OVS_TEST_DB ("/organisations/add-and-list", test_organisation_add_and_list);
  OVS_TEST_DB ("/organisations/invalid", test_organisation_invalid);
  g_test_add_func ("/organisations/kinds", test_organisation_kinds);
  OVS_TEST_DB ("/organisations/end", test_organisation_end);
  OVS_TEST_DB ("/organisations/roles", test_organisation_roles);
  OVS_TEST_DB ("/placements/add-and-list", test_placement_add_and_list);
  OVS_TEST_DB ("/placements/invalid", test_placement_invalid);
  OVS_TEST_DB ("/placements/overlap", test_placement_overlap);
  OVS_TEST_DB ("/placements/overlap-peak", test_placement_overlap_peak);
  OVS_TEST_DB ("/placements/change-and-end", test_placement_change_and_end);
  OVS_TEST_DB ("/placements/roles", test_placement_roles);
  g_test_add_func ("/placements/parsing", test_placement_parsing);
  return g_test_run ();
}

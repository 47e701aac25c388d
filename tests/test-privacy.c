/* test-privacy.c — privacy per role (AVG art. 5(1)(c), 5(1)(e), 9): a teamleider sees only their own
 * crews' members and only what a roster needs, records "absent" and never a sickness, may not back
 * up; reads of health data are logged; health data of people who left long ago is purged. */
#include "config.h"

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

static gint64
add_employee (OvsStore *store, const char *number, const char *last_name)
{
  g_autoptr(GError) error = NULL;
  OvsEmployeeFields f = {
    .personnel_number = number, .first_name = "Anna", .last_name = last_name, .birth_date = "1970-05-17",
    .bsn = "111222333", .residence = "Wijhe", .home_municipality = "Olst-Wijhe", .category = "matig",
    .indication_valid_until = "2030-03-01", .contract_minutes = 32 * 60, .has_salary_scale = TRUE,
    .salary_scale = 4, .has_salary_step = TRUE, .salary_step = 2, .employer = "Wezo",
    .employment_start = "2010-03-01",
  };
  gint64 id = ovs_employees_add (store, &f, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_crew (OvsStore *store, const char *name)
{
  g_autoptr(GError) error = NULL;
  OvsCrewFields f = { .name = name, .min_size = 1 };
  gint64 id = ovs_crews_add (store, &f, &error);

  g_assert_no_error (error);
  return id;
}

static void
add_member (OvsStore *store, gint64 crew, gint64 employee, const char *role)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ovs_crew_memberships_add (store, crew, employee, role, "2020-01-01", NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
become (OvsStore *store, const char *name)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_store_set_user (store, name, &error));
  g_assert_no_error (error);
}

/* Noord (Anna, Bram) is truus's crew; Zuid (Cor) is not; hanna is hr. */
typedef struct
{
  gint64 anna, bram, cor, noord, zuid;
} People;

static People
fixtures (OvsStore *store)
{
  People p;

  p.anna = add_employee (store, "1001", "Bakker");
  p.bram = add_employee (store, "1002", "Claessen");
  p.cor = add_employee (store, "1003", "Dijkstra");
  p.noord = add_crew (store, "Noord");
  p.zuid = add_crew (store, "Zuid");
  add_member (store, p.noord, p.anna, "member");
  add_member (store, p.noord, p.bram, "team_leader");
  add_member (store, p.zuid, p.cor, "member");
  g_assert_cmpint (ovs_users_add (store, "truus", OVS_ROLE_TEAMLEIDER, "Noord", NULL), >, 0);
  g_assert_cmpint (ovs_users_add (store, "hanna", OVS_ROLE_HR, NULL, NULL), >, 0);
  return p;
}

static void
test_teamleider_sees_own_crews (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(OvsEmployee) anna = NULL;
  g_autoptr(JsonObject) json = NULL;
  People p = fixtures (db->store);

  become (db->store, "truus");
  g_assert_false (ovs_store_can (db->store, OVS_PERM_VIEW_PERSONAL));
  g_assert_cmpstr (ovs_store_crew_scope (db->store), ==, "truus");
  list = ovs_employees_list (db->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  anna = ovs_employees_get (db->store, p.anna, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ovs_employee_get_display_name (anna), ==, "Bakker, Anna");
  g_assert_cmpstr (ovs_employee_get_personnel_number (anna), ==, "1001");
  g_assert_cmpfloat (ovs_employee_get_contract_hours (anna), ==, 32);
  g_assert_cmpstr (ovs_employee_get_text (anna, OVS_EMPLOYEE_CREW_NAME), ==, "Noord");
  /* Nothing a roster does not need. */
  for (OvsEmployeeText t = OVS_EMPLOYEE_BIRTH_DATE; t <= OVS_EMPLOYEE_TRANSFER_STATUS; t++)
    if (t != OVS_EMPLOYEE_STATUS && t != OVS_EMPLOYEE_CREW_NAME)
      g_assert_cmpstr (ovs_employee_get_text (anna, t), ==, "");
  g_assert_cmpstr (ovs_employee_get_text (anna, OVS_EMPLOYEE_AOW_DATE), ==, "");
  g_assert_cmpstr (ovs_employee_get_text (anna, OVS_EMPLOYEE_BSN_MASKED), ==, "");
  g_assert_cmpint (ovs_employee_get_salary_scale (anna), ==, -1);
  g_assert_cmpint (ovs_employee_get_salary_step (anna), ==, -1);
  g_assert_cmpint (ovs_employee_get_employer_id (anna), ==, 0);
  json = ovs_employee_to_json (anna);
  for (const char * const *key = (const char * const[]) { "birth_date", "bsn", "residence", "home_municipality",
                                                         "category", "employment_type", "employer",
                                                         "salary_scale", "transfer_status", "work_organisation",
                                                         "wsw_since", "aow_date", NULL };
       *key != NULL; key++)
    g_assert_true (json_object_get_null_member (json, *key));

  /* Another crew's member: not there at all. */
  g_assert_null (ovs_employees_get (db->store, p.cor, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (ovs_employees_list_qualifications (db->store, p.cor, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (ovs_employees_list_home_municipalities (db->store, p.anna, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* hr sees everybody, with the personal details. */
  become (db->store, "hanna");
  g_clear_object (&list);
  list = ovs_employees_list (db->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_clear_object (&anna);
  anna = ovs_employees_get (db->store, p.anna, &error);
  g_assert_cmpstr (ovs_employee_get_text (anna, OVS_EMPLOYEE_BIRTH_DATE), ==, "1970-05-17");
  g_assert_cmpstr (ovs_employee_get_text (anna, OVS_EMPLOYEE_EMPLOYMENT_TYPE), ==, "wsw");
  g_assert_cmpint (ovs_employee_get_salary_scale (anna), ==, 4);
}

/* A membership that ended is no longer the teamleider's business; a future one already is. */
static void
test_membership_dates (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  People p = fixtures (db->store);
  gint64 els = add_employee (db->store, "1004", "Evers");

  g_assert_true (ovs_store_exec (db->store, "UPDATE crew_membership SET end_date = '2024-12-31' "
                                            "WHERE employee_id = 1", NULL));
  g_assert_cmpint (ovs_crew_memberships_add (db->store, p.zuid, els, "member", "2024-01-01", "2025-05-31", &error), >, 0);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, p.noord, els, "member", "2025-06-01", NULL, &error), >, 0);
  become (db->store, "truus");
  list = ovs_employees_list (db->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  /* Els works in Zuid until she joins Noord: truus does not see the name of that other crew. */
  {
    g_autoptr(OvsEmployee) row = ovs_employees_get (db->store, els, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (ovs_employee_get_text (row, OVS_EMPLOYEE_CREW_NAME), ==, "");
  }
  g_assert_null (ovs_employees_get (db->store, p.anna, NULL));
  g_assert_null (ovs_employees_get (db->store, p.cor, NULL));
}

static void
test_export_roster_columns (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) xlsx = NULL;
  g_autofree char *text = NULL;

  fixtures (db->store);
  become (db->store, "truus");
  csv = ovs_export_employees_bytes (db->store, OVS_EXPORT_FORMAT_CSV, NULL, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_cmpstr (text, ==, "\xef\xbb\xbfpersoneelsnummer;voornaam;tussenvoegsel;achternaam;contracturen\r\n"
                             "1001;Anna;;Bakker;32\r\n1002;Anna;;Claessen;32\r\n");
  xlsx = ovs_export_employees_bytes (db->store, OVS_EXPORT_FORMAT_XLSX, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (xlsx), >, 0);
  /* A teamleider's export reads no health data, so it leaves no access-log row. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM access_log"), ==, 0);
}

static void
test_absent_not_sickness (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  People p = fixtures (db->store);
  OvsAbsenceFields f = { p.anna, 0, "sickness", "2025-03-04", "2025-03-05", NULL, NULL, NULL, NULL };

  become (db->store, "truus");
  g_assert_cmpint (ovs_absence_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "absent"));
  g_clear_error (&error);
  f.kind = "medical";
  g_assert_cmpint (ovs_absence_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  f.kind = "absent";
  g_assert_cmpint (ovs_absence_add (db->store, &f, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM absence WHERE kind = 'absent'"), ==, 1);
  rows = ovs_absence_list (db->store, p.anna, NULL, NULL, &error);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 0), "kind"), ==, "absent");
  /* hr records the reason. */
  become (db->store, "hanna");
  f.kind = "sickness";
  f.start_date = f.end_date = "2025-03-10";
  g_assert_cmpint (ovs_absence_add (db->store, &f, &error), >, 0);
}

static void
test_backup_kwartiermaker_only (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (db->dir, "copy.db", NULL);
  g_autofree char *changes = NULL;

  fixtures (db->store);
  become (db->store, "truus");
  g_assert_false (ovs_store_backup (db->store, copy, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  become (db->store, "hanna");
  g_assert_false (ovs_store_backup (db->store, copy, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'backup'"), ==, 0);

  become (db->store, "tester");
  if (ovs_test_is_pg ())
    {
      /* A server database is backed up by its administrator with pg_dump: the engine says so, even to
       * the kwartiermaker, and nothing is written or audited. */
      g_assert_false (ovs_store_backup (db->store, copy, &error));
      g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "pg_dump"));
      g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
      g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'backup'"), ==, 0);
      return;
    }
  g_assert_true (ovs_store_backup (db->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'backup' "
                                     "AND user_name = 'tester' AND entity = 'database'"), ==, 1);
  {
    OvsStmt *stmt = ovs_store_prepare (db->store, "SELECT changes FROM audit_log WHERE action = 'backup'", NULL);

    g_assert_true (ovs_stmt_next (stmt, NULL));
    changes = ovs_stmt_dup_text (stmt, 0);
    ovs_stmt_reset (stmt);
  }
  g_assert_nonnull (strstr (changes, copy));
}

static void
test_access_log (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(JsonArray) log = NULL;
  g_autoptr(OvsEmployee) employee = NULL;
  g_autoptr(GBytes) csv = NULL;
  People p = fixtures (db->store);
  JsonObject *row;

  become (db->store, "hanna");
  /* One row per read action: show (indication and sickness in one row), each history list, an export. */
  g_assert_true (ovs_employees_set_status (db->store, p.anna, "sick", &error));
  employee = ovs_employees_read (db->store, p.anna, "employee show", &error);
  g_assert_no_error (error);
  rows = ovs_employees_list_indications (db->store, p.anna, &error);
  g_assert_no_error (error);
  g_clear_pointer (&rows, json_array_unref);
  rows = ovs_employees_list_wage_values (db->store, p.bram, &error);
  g_assert_no_error (error);
  csv = ovs_export_employees_bytes (db->store, OVS_EXPORT_FORMAT_CSV, NULL, &error);
  g_assert_no_error (error);
  /* A read that shows no health data is not logged (the list of crews' names, a plain get). */
  g_clear_object (&employee);
  employee = ovs_employees_get (db->store, p.cor, &error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM access_log"), ==, 4);
  /* One person's absences with a sickness among them are; everybody's (the roster's week) are not. */
  {
    OvsAbsenceFields sick = { p.cor, 0, "sickness", "2025-03-04", "2025-03-05", NULL, NULL, NULL, NULL };
    g_autoptr(JsonArray) all = NULL;
    g_autoptr(JsonArray) cors = NULL;

    g_assert_cmpint (ovs_absence_add (db->store, &sick, &error), >, 0);
    all = ovs_absence_list (db->store, 0, NULL, NULL, &error);
    g_assert_cmpint (count (db->store, "SELECT count(*) FROM access_log"), ==, 4);
    cors = ovs_absence_list (db->store, p.cor, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (count (db->store, "SELECT count(*) FROM access_log WHERE what = 'sickness' "
                                       "AND channel = 'absences' AND employee_id = 3"), ==, 1);
    g_assert_true (ovs_store_exec (db->store, "DELETE FROM access_log WHERE channel = 'absences'", NULL));
  }

  /* Only the kwartiermaker reads the log. */
  g_assert_null (ovs_store_list_access (db->store, 0, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  become (db->store, "tester");
  log = ovs_store_list_access (db->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (log), ==, 4);
  row = json_array_get_object_element (log, 0);                 /* newest first: the export */
  g_assert_cmpstr (json_object_get_string_member (row, "channel"), ==, "export");
  g_assert_true (json_object_get_null_member (row, "employee_id"));
  g_assert_cmpint (json_object_get_int_member (row, "n_employees"), ==, 3);
  row = json_array_get_object_element (log, 3);
  g_assert_cmpstr (json_object_get_string_member (row, "user_name"), ==, "hanna");
  g_assert_cmpstr (json_object_get_string_member (row, "personnel_number"), ==, "1001");
  g_assert_cmpstr (json_object_get_string_member (row, "what"), ==, "indication,sickness");
  g_assert_cmpstr (json_object_get_string_member (row, "channel"), ==, "employee show");
  g_clear_pointer (&log, json_array_unref);
  log = ovs_store_list_access (db->store, p.anna, &error);
  g_assert_cmpuint (json_array_get_length (log), ==, 2);
  g_clear_pointer (&log, json_array_unref);
  log = ovs_store_list_access (db->store, p.bram, &error);
  g_assert_cmpuint (json_array_get_length (log), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (log, 0), "what"), ==,
                   "wage_value");
}

/* Feeds: a teamleider gets the personal feeds of their own crews' members only, never publishes all,
 * and a sickness reads "Afwezig" with no note. */
static void
test_feeds (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *anna = NULL;
  g_autofree char *dir = g_build_filename (db->dir, "feeds", NULL);
  People p = fixtures (db->store);
  OvsAbsenceFields sick = { p.anna, 0, "sickness", "2025-03-04", "2025-03-05", NULL, NULL, "griep", NULL };

  g_assert_cmpint (ovs_absence_add (db->store, &sick, &error), >, 0);
  become (db->store, "truus");
  anna = ovs_ical_export_employee (db->store, "1001", "2025-03-03", "2025-03-09", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (anna, "SUMMARY:Afwezig"));
  g_assert_null (strstr (anna, "iekte"));
  g_assert_null (strstr (anna, "griep"));
  g_assert_null (ovs_ical_export_employee (db->store, "1003", "2025-03-03", "2025-03-09", &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (ovs_ical_publish (db->store, dir, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
}

static void
test_purge (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  People p = fixtures (db->store);
  OvsAbsenceFields sick = { p.cor, 0, "sickness", "2019-03-04", "2019-03-05", NULL, NULL, "griep", NULL };
  OvsAbsenceFields leave = { p.cor, 0, "leave", "2019-04-04", "2019-04-05", NULL, NULL, NULL, NULL };
  gint64 employees, audit_rows;

  g_assert_cmpint (ovs_health_retention_years (db->store, NULL, &error), ==, 2);
  g_assert_cmpint (ovs_employees_add_wage_value (db->store, p.cor, "2019-01-10", "Dariuz", 45.5, &error), >, 0);
  g_assert_cmpint (ovs_absence_add (db->store, &sick, &error), >, 0);
  g_assert_cmpint (ovs_absence_add (db->store, &leave, &error), >, 0);
  g_assert_true (ovs_store_exec (db->store, "INSERT INTO sheltered_advice (employee_id, advice_date) "
                                            "VALUES (3, '2019-01-01')", NULL));
  /* Cor left on 31-12-2022: more than 2 years before today (2025-03-01); Bram on 01-03-2023: not yet. */
  g_assert_true (ovs_employees_end (db->store, p.cor, "2022-12-31", &error));
  g_assert_true (ovs_employees_end (db->store, p.bram, "2023-03-01", &error));
  g_assert_no_error (error);
  employees = count (db->store, "SELECT count(*) FROM employee");

  /* Not for hr or a teamleider. */
  become (db->store, "hanna");
  g_assert_null (ovs_health_purge (db->store, FALSE, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  become (db->store, "tester");

  /* A dry run lists and deletes nothing. */
  audit_rows = count (db->store, "SELECT count(*) FROM audit_log");
  rows = ovs_health_purge (db->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (rows), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 0), "personnel_number"), ==,
                   "1003");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (rows, 0), "absences"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication WHERE employee_id = 3"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log"), ==, audit_rows);
  g_clear_pointer (&rows, json_array_unref);

  rows = ovs_health_purge (db->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (rows), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication WHERE employee_id = 3"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM wage_value WHERE employee_id = 3"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM absence WHERE employee_id = 3 AND kind = 'sickness'"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM sheltered_advice WHERE employee_id = 3"), ==, 0);
  /* Nothing else: the leave, the employee, the others' indications. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM absence WHERE employee_id = 3 AND kind = 'leave'"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, employees);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication WHERE employee_id = 2"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'purge' AND entity = 'employee' "
                                     "AND entity_id = 3 AND user_name = 'tester'"), ==, 1);
  g_clear_pointer (&rows, json_array_unref);
  rows = ovs_health_purge (db->store, FALSE, &error);
  g_assert_cmpuint (json_array_get_length (rows), ==, 0);       /* nothing left to purge */
  g_clear_pointer (&rows, json_array_unref);

  /* A dated longer period: from 2025 on, 1 year; then Bram's runs out too. */
  g_assert_true (ovs_health_retention_set (db->store, "2025-01-01", 1, &error));
  g_assert_cmpint (ovs_health_retention_years (db->store, "2024-12-31", NULL), ==, 2);
  g_assert_cmpint (ovs_health_retention_years (db->store, NULL, NULL), ==, 1);
  rows = ovs_health_purge (db->store, TRUE, &error);
  g_assert_cmpuint (json_array_get_length (rows), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 0), "personnel_number"), ==,
                   "1002");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("OVERSTAP_TODAY", "2025-03-01", TRUE);
  OVS_TEST_DB ("/privacy/teamleider-sees-own-crews", test_teamleider_sees_own_crews);
  OVS_TEST_DB ("/privacy/membership-dates", test_membership_dates);
  OVS_TEST_DB ("/privacy/export-roster-columns", test_export_roster_columns);
  OVS_TEST_DB ("/privacy/absent-not-sickness", test_absent_not_sickness);
  OVS_TEST_DB ("/privacy/backup-kwartiermaker-only", test_backup_kwartiermaker_only);
  OVS_TEST_DB ("/privacy/access-log", test_access_log);
  OVS_TEST_DB ("/privacy/feeds", test_feeds);
  OVS_TEST_DB ("/privacy/purge", test_purge);
  return g_test_run ();
}

/* test-transfers.c — transfer cases: opening with the checklist, the status ladder, the transfer to
 * the foundation, ticks, notes, lists, row objects, roles and audit rows, on real SQLite files. */
#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#define TODAY "2014-06-02"

static void
add_employee (OvsStore *store, const char *nr, const char *first, const char *last, const char *employer)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "INSERT INTO employee (personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id, "
    "  employment_start) SELECT ?, ?, ?, '1970-01-01', 1800, id, '2000-01-01' FROM organisation WHERE name = ?", NULL);

  g_assert_nonnull (stmt);
  ovs_stmt_bind_text (stmt, 1, nr);
  ovs_stmt_bind_text (stmt, 2, first);
  ovs_stmt_bind_text (stmt, 3, last);
  ovs_stmt_bind_text (stmt, 4, employer);
  g_assert_true (ovs_stmt_run (stmt, NULL));
}

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

static char *
text (OvsStore *store, const char *sql)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  char *value;

  g_assert_nonnull (stmt);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  value = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  return value;
}

static void
become (OvsStore *store, const char *name, OvsRole role)
{
  g_autoptr(GError) error = NULL;

  /* The kwartiermaker adds the user the first time; later calls just switch to them. */
  g_assert_true (ovs_store_set_user (store, "tester", &error));
  ovs_users_add (store, name, role, NULL, NULL);
  g_assert_true (ovs_store_set_user (store, name, &error));
  g_assert_no_error (error);
}

static void
tick_all (OvsStore *store, const char *nr)
{
  for (const char * const *code = ovs_transfers_standard_codes (); *code != NULL; code++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (ovs_transfers_tick (store, nr, *code, TRUE, NULL, 0, &error));
      g_assert_no_error (error);
    }
}

static void
step (OvsStore *store, const char *nr, const char *status, const char *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_transfers_set_status (store, nr, status, date, 0, &error));
  g_assert_no_error (error);
}

static void
setup_people (OvsStore *store)
{
  add_employee (store, "W1", "Anna", "Bakker", "Wezo");
  add_employee (store, "W2", "Bram", "Smit", "Wezo");
  add_employee (store, "L1", "Cor", "Visser", "Larcom");
  add_employee (store, "G1", "Dirk", "Mulder", "Gemeente");
}

static void
test_open (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) row = NULL;
  g_autoptr(JsonArray) items = NULL;
  gint64 id;

  setup_people (db->store);
  id = ovs_transfers_open (db->store, "W1", "foundation", "2014-09-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  row = ovs_transfers_get_json (db->store, "W1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (row, "employee"), ==, "Anna Bakker");
  g_assert_cmpstr (json_object_get_string_member (row, "personnel_number"), ==, "W1");
  g_assert_cmpstr (json_object_get_string_member (row, "from_organisation"), ==, "Wezo");
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "candidate");
  g_assert_cmpstr (json_object_get_string_member (row, "planned_date"), ==, "2014-09-01");
  g_assert_cmpint (json_object_get_int_member (row, "done"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (row, "total"), ==, 8);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (row, "missing"), "Dossier ontvangen, Gesprek"));
  g_assert_false (json_object_get_boolean_member (row, "is_closed"));

  /* The standard checklist, in order, made in the same transaction as the case. */
  items = ovs_transfers_checklist_json (db->store, "W1", &error);
  g_assert_cmpint (json_array_get_length (items), ==, 8);
  for (guint i = 0; i < 8; i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, i), "code"), ==,
                     ovs_transfers_standard_codes ()[i]);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 3), "title"), ==,
                   "Pensioen (PWRI) geregeld");
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE entity = 'transfer_case' "
                                     "AND action = 'insert'"), ==, 1);

  /* Dutch destination words are understood. */
  g_assert_cmpint (ovs_transfers_open (db->store, "L1", "Convenant", NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_open_refused (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  setup_people (db->store);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "foundation", NULL, &error), >, 0);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "other", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_transfers_open (db->store, "X9", "foundation", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_transfers_open (db->store, "W2", "elsewhere", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "elsewhere"));
  g_clear_error (&error);
  g_assert_cmpint (ovs_transfers_open (db->store, "W2", "foundation", "01-09-2014", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_transfers_open (db->store, "G1", "foundation", NULL, &error), ==, 0);
  g_assert_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_NOT_ELIGIBLE);
  g_assert_nonnull (strstr (error->message, "Gemeente"));
  g_clear_error (&error);
  /* Nothing half-written: one case, eight items. */
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM transfer_case"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM checklist_item"), ==, 8);
}

static void
expect_refused (OvsStore *store, const char *status, const char *date, GQuark domain, int code, const char *text_in)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ovs_transfers_set_status (store, "W1", status, date, 0, &error));
  g_assert_error (error, domain, code);
  if (text_in != NULL && strstr (error->message, text_in) == NULL)
    g_error ("“%s” not in “%s”", text_in, error->message);
}

static void
test_ladder (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *employer = NULL, *audit = NULL;
  g_autoptr(JsonObject) row = NULL;

  setup_people (db->store);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "foundation", "2014-05-01", NULL), >, 0);

  expect_refused (db->store, "offered", NULL, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_INVALID_TRANSITION,
                  "cannot jump from candidate to offered; the next step is interviewed");
  expect_refused (db->store, "transferred", "2014-05-01", OVS_TRANSFER_ERROR,
                  OVS_TRANSFER_ERROR_INVALID_TRANSITION, NULL);
  expect_refused (db->store, "candidate", NULL, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_INVALID_TRANSITION,
                  "already has status candidate");
  expect_refused (db->store, "baas", NULL, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                  "status: “baas” is not one of candidate, interviewed, offered, signed, transferred, "
                  "stays, declined");
  expect_refused (db->store, "interviewed", "2014-05-01", OVS_VALIDATION_ERROR,
                  OVS_VALIDATION_ERROR_INVALID_VALUE, NULL);
  step (db->store, "W1", "Gesprek gevoerd", NULL);
  expect_refused (db->store, "candidate", NULL, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_INVALID_TRANSITION,
                  "cannot go back from interviewed to candidate");
  step (db->store, "W1", "offered", NULL);
  step (db->store, "W1", "getekend", NULL);

  expect_refused (db->store, "transferred", NULL, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, NULL);
  expect_refused (db->store, "transferred", "2014-07-01", OVS_VALIDATION_ERROR,
                  OVS_VALIDATION_ERROR_OUT_OF_RANGE, "future");
  g_assert_true (ovs_transfers_tick (db->store, "W1", "dossier_received", TRUE, NULL, 0, NULL));
  expect_refused (db->store, "transferred", "2014-06-01", OVS_TRANSFER_ERROR,
                  OVS_TRANSFER_ERROR_CHECKLIST_INCOMPLETE, "Gesprek gevoerd, Arbeidsovereenkomst getekend");
  g_assert_cmpint (count (db->store, "SELECT employer_id FROM employee WHERE personnel_number = 'W1'"), ==, 1);

  tick_all (db->store, "W1");
  step (db->store, "W1", "overgegaan", "2014-06-01");

  row = ovs_transfers_get_json (db->store, "W1", NULL);
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "transferred");
  g_assert_cmpstr (json_object_get_string_member (row, "actual_date"), ==, "2014-06-01");
  g_assert_cmpstr (json_object_get_string_member (row, "closed_on"), ==, "2014-06-01");
  g_assert_true (json_object_get_boolean_member (row, "is_closed"));
  /* The foundation is where W1 now works; the Wsw employment went to the municipality (issue 10:
   * the foundation organises the work through secondment, it does not hold the Wsw employment). */
  employer = text (db->store, "SELECT o.kind FROM employee e JOIN organisation o ON o.id = e.employer_id "
                              "WHERE e.personnel_number = 'W1'");
  g_assert_cmpstr (employer, ==, "municipality");
  g_free (employer);
  employer = text (db->store, "SELECT o.kind FROM employee e JOIN organisation o ON o.id = e.work_organisation_id "
                              "WHERE e.personnel_number = 'W1'");
  g_assert_cmpstr (employer, ==, "foundation");
  audit = text (db->store, "SELECT changes FROM audit_log WHERE entity = 'employee' AND action = 'update'");
  g_assert_nonnull (strstr (audit, "\"valid_from\":\"2014-06-01\""));
  g_assert_nonnull (strstr (audit, "\"work_organisation\":\"Stichting Werkbedrijf\""));
  g_assert_nonnull (strstr (audit, "\"employer\":\"Gemeente\""));
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE entity = 'transfer_case' "
                                     "AND action = 'update'"), ==, 4);

  /* A closed case changes no further. */
  expect_refused (db->store, "declined", NULL, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_CLOSED, "closed");
}

static void
test_closed_case (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) row = NULL;

  setup_people (db->store);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "foundation", NULL, NULL), >, 0);
  g_assert_cmpint (ovs_transfers_open (db->store, "W2", "foundation", NULL, NULL), >, 0);
  step (db->store, "W1", "interviewed", NULL);
  step (db->store, "W1", "afgezien", NULL);
  step (db->store, "W2", "blijft", "2014-05-20");
  row = ovs_transfers_get_json (db->store, "W1", NULL);
  g_assert_cmpstr (json_object_get_string_member (row, "closed_on"), ==, TODAY);
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "declined");
  g_clear_pointer (&row, json_object_unref);
  row = ovs_transfers_get_json (db->store, "W2", NULL);
  g_assert_cmpstr (json_object_get_string_member (row, "closed_on"), ==, "2014-05-20");

  g_assert_false (ovs_transfers_tick (db->store, "W1", "dossier_received", TRUE, NULL, 0, &error));
  g_assert_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_false (ovs_transfers_add_note (db->store, "W1", "te laat", 0, &error));
  g_assert_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_false (ovs_transfers_set_planned_date (db->store, "W2", "2014-10-01", 0, &error));
  g_assert_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_cmpint (ovs_transfers_add_item (db->store, "W2", "Extra", &error), ==, 0);
  g_assert_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_false (ovs_transfers_set_status (db->store, "W2", "candidate", NULL, 0, &error));
  g_assert_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_CLOSED);
  /* Staying is not a transfer: the employer is unchanged. */
  g_assert_cmpint (count (db->store, "SELECT employer_id FROM employee WHERE personnel_number = 'W2'"), ==, 1);
}

static void
test_covenant_destination_keeps_employer (OvsTestDb *db, gconstpointer data)
{
  setup_people (db->store);
  g_assert_cmpint (ovs_transfers_open (db->store, "L1", "covenant", NULL, NULL), >, 0);
  step (db->store, "L1", "interviewed", NULL);
  step (db->store, "L1", "offered", NULL);
  step (db->store, "L1", "signed", NULL);
  tick_all (db->store, "L1");
  step (db->store, "L1", "transferred", "2014-06-02");
  g_assert_cmpint (count (db->store, "SELECT employer_id FROM employee WHERE personnel_number = 'L1'"), ==, 2);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE entity = 'employee'"), ==, 0);
}

static void
test_no_foundation_rolls_back (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) row = NULL;

  setup_people (db->store);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "foundation", NULL, NULL), >, 0);
  step (db->store, "W1", "interviewed", NULL);
  step (db->store, "W1", "offered", NULL);
  step (db->store, "W1", "signed", NULL);
  tick_all (db->store, "W1");
  g_assert_true (ovs_store_exec (db->store, "UPDATE organisation SET ended_on = '2014-01-01' "
                                            "WHERE kind = 'foundation'", NULL));
  g_assert_false (ovs_transfers_set_status (db->store, "W1", "transferred", "2014-06-01", 0, &error));
  g_assert_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_NO_FOUNDATION);
  row = ovs_transfers_get_json (db->store, "W1", NULL);
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "signed");
  g_assert_true (json_object_get_null_member (row, "actual_date"));
}

static void
test_checklist (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) items = NULL;
  g_autoptr(JsonObject) row = NULL;
  JsonObject *item;

  setup_people (db->store);
  become (db->store, "henk", OVS_ROLE_HR);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "foundation", NULL, NULL), >, 0);
  g_assert_true (ovs_transfers_tick (db->store, "W1", "pension_arranged", TRUE, "2014-05-30", 0, &error));
  g_assert_true (ovs_transfers_tick (db->store, "W1", "dossier_received", TRUE, NULL, 0, &error));
  g_assert_true (ovs_transfers_tick (db->store, "W1", "dossier_received", TRUE, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_false (ovs_transfers_tick (db->store, "W1", "koffie", TRUE, NULL, 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "koffie"));
  g_clear_error (&error);

  items = ovs_transfers_checklist_json (db->store, "W1", &error);
  item = json_array_get_object_element (items, 3);
  g_assert_cmpstr (json_object_get_string_member (item, "done_on"), ==, "2014-05-30");
  g_assert_cmpstr (json_object_get_string_member (item, "done_by"), ==, "henk");
  g_assert_true (json_object_get_boolean_member (item, "done"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0), "done_on"), ==, TODAY);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE action = 'tick'"), ==, 2);

  g_assert_true (ovs_transfers_tick (db->store, "W1", "pension_arranged", FALSE, NULL, 0, &error));
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM checklist_item WHERE done_on IS NOT NULL"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM checklist_item WHERE done_by IS NOT NULL"), ==, 1);

  g_assert_cmpint (ovs_transfers_add_item (db->store, "W1", "Sleutels ingeleverd", &error), ==,
                   count (db->store, "SELECT id FROM checklist_item WHERE code = 'sleutels_ingeleverd'"));
  g_assert_cmpint (ovs_transfers_add_item (db->store, "W1", "Sleutels ingeleverd!", &error), >, 0);
  g_assert_cmpint (ovs_transfers_add_item (db->store, "W1", "  ", &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_pointer (&items, json_array_unref);
  items = ovs_transfers_checklist_json (db->store, "W1", NULL);
  g_assert_cmpint (json_array_get_length (items), ==, 10);
  item = json_array_get_object_element (items, 9);
  g_assert_cmpstr (json_object_get_string_member (item, "code"), ==, "sleutels_ingeleverd_2");
  g_assert_cmpint (json_object_get_int_member (item, "position"), ==, 10);
  g_assert_true (ovs_transfers_tick (db->store, "W1", "sleutels_ingeleverd", TRUE, NULL, 0, NULL));

  row = ovs_transfers_get_json (db->store, "W1", NULL);
  g_assert_cmpint (json_object_get_int_member (row, "done"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (row, "total"), ==, 10);
}

static void
test_missing (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) missing = NULL;
  JsonObject *first;
  JsonArray *items;

  setup_people (db->store);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "foundation", "2014-12-01", NULL), >, 0);
  g_assert_cmpint (ovs_transfers_open (db->store, "W2", "foundation", "2014-08-01", NULL), >, 0);
  g_assert_cmpint (ovs_transfers_open (db->store, "L1", "foundation", NULL, NULL), >, 0);
  tick_all (db->store, "W1");
  g_assert_true (ovs_transfers_tick (db->store, "W2", "workwear_issued", TRUE, NULL, 0, NULL));
  step (db->store, "L1", "declined", NULL);

  /* W1 is complete and L1 closed: only W2 still misses something. */
  missing = ovs_transfers_missing_json (db->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_array_get_length (missing), ==, 1);
  first = json_array_get_object_element (missing, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "personnel_number"), ==, "W2");
  items = json_object_get_array_member (first, "missing_items");
  g_assert_cmpint (json_array_get_length (items), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 5), "code"), ==,
                   "licences_checked");
}

static void
test_notes_and_plan (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) row = NULL;

  setup_people (db->store);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "foundation", NULL, NULL), >, 0);
  g_assert_true (ovs_transfers_add_note (db->store, "W1", "Belt terug na de zomer", 0, &error));
  g_assert_true (ovs_transfers_add_note (db->store, "W1", "Akkoord met de stichting", 0, &error));
  g_assert_false (ovs_transfers_add_note (db->store, "W1", " ", 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_true (ovs_transfers_set_planned_date (db->store, "W1", "2015-01-01", 0, &error));
  g_assert_false (ovs_transfers_set_planned_date (db->store, "W1", "2015-02-30", 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_false (ovs_transfers_add_note (db->store, "W2", "geen dossier", 0, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);

  row = ovs_transfers_get_json (db->store, "W1", NULL);
  g_assert_cmpstr (json_object_get_string_member (row, "notes"), ==,
                   "02-06-2014 tester: Belt terug na de zomer\n02-06-2014 tester: Akkoord met de stichting");
  g_assert_cmpstr (json_object_get_string_member (row, "planned_date"), ==, "2015-01-01");
}

static void
test_roles (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  setup_people (db->store);
  become (db->store, "piet", OVS_ROLE_TEAMLEIDER);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "foundation", NULL, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (ovs_transfers_list_json (db->store, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  become (db->store, "henk", OVS_ROLE_HR);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "foundation", NULL, &error), >, 0);
  step (db->store, "W1", "interviewed", NULL);
  rows = ovs_transfers_list_json (db->store, &error);
  g_assert_cmpint (json_array_get_length (rows), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE user_name = 'henk' "
                                     "AND entity = 'transfer_case'"), ==, 2);

  become (db->store, "piet", OVS_ROLE_TEAMLEIDER);
  g_assert_false (ovs_transfers_tick (db->store, "W1", "dossier_received", TRUE, NULL, 0, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
}

static void
test_row_objects (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GListStore) cases = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(OvsTransferCase) tc = NULL;
  g_autoptr(OvsChecklistItem) item = NULL;
  g_autofree char *employee = NULL, *from = NULL, *missing = NULL, *status = NULL, *title = NULL;
  int done = -1, total = -1;
  gboolean closed = TRUE, item_done = FALSE;

  setup_people (db->store);
  g_assert_cmpint (ovs_transfers_open (db->store, "W2", "foundation", NULL, NULL), >, 0);
  g_assert_cmpint (ovs_transfers_open (db->store, "W1", "foundation", NULL, NULL), >, 0);
  g_assert_true (ovs_transfers_tick (db->store, "W1", "dossier_received", TRUE, NULL, 0, NULL));

  cases = ovs_transfers_list (db->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cases)), ==, 2);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (cases)) == OVS_TYPE_TRANSFER_CASE);
  tc = g_list_model_get_item (G_LIST_MODEL (cases), 0);   /* by last name: Bakker first */
  g_object_get (tc, "employee", &employee, "from-organisation", &from, "missing", &missing, "status", &status,
                "done", &done, "total", &total, "is-closed", &closed, NULL);
  g_assert_cmpstr (employee, ==, "Anna Bakker");
  g_assert_cmpstr (from, ==, "Wezo");
  g_assert_cmpstr (status, ==, "candidate");
  g_assert_cmpint (done, ==, 1);
  g_assert_cmpint (total, ==, 8);
  g_assert_false (closed);
  g_assert_true (g_str_has_prefix (missing, "Gesprek gevoerd"));
  g_assert_cmpstr (ovs_transfer_case_get_personnel_number (tc), ==, "W1");
  g_assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (tc), "employee")->flags & G_PARAM_WRITABLE);

  items = ovs_transfers_checklist (db->store, "W1", NULL);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  g_object_get (item, "title", &title, "done", &item_done, NULL);
  g_assert_cmpstr (title, ==, "Dossier ontvangen");
  g_assert_true (item_done);
}

int
main (int argc, char **argv)
{
  g_setenv ("OVERSTAP_TODAY", TODAY, TRUE);
  g_test_init (&argc, &argv, NULL);

  OVS_TEST_DB ("/transfers/open", test_open);
  OVS_TEST_DB ("/transfers/open-refused", test_open_refused);
  OVS_TEST_DB ("/transfers/ladder", test_ladder);
  OVS_TEST_DB ("/transfers/closed-case", test_closed_case);
  OVS_TEST_DB ("/transfers/covenant-destination", test_covenant_destination_keeps_employer);
  OVS_TEST_DB ("/transfers/no-foundation-rolls-back", test_no_foundation_rolls_back);
  OVS_TEST_DB ("/transfers/checklist", test_checklist);
  OVS_TEST_DB ("/transfers/missing", test_missing);
  OVS_TEST_DB ("/transfers/notes-and-plan", test_notes_and_plan);
  OVS_TEST_DB ("/transfers/roles", test_roles);
  OVS_TEST_DB ("/transfers/row-objects", test_row_objects);
  return g_test_run ();
}

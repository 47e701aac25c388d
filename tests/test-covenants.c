/* test-covenants.c — covenants, their agreements and covered employees: every rule and error, the
 * audit rows, roles and row objects, on real SQLite files. */
#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#define TODAY "2014-06-02"

static void
add_employee (OvsStore *store, const char *nr, const char *last, const char *employer, int minutes)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "INSERT INTO employee (personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id, "
    "  employment_start) SELECT ?, 'Jan', ?, '1970-01-01', ?, id, '2000-01-01' FROM organisation WHERE name = ?", NULL);

  g_assert_nonnull (stmt);
  ovs_stmt_bind_text (stmt, 1, nr);
  ovs_stmt_bind_text (stmt, 2, last);
  ovs_stmt_bind_int (stmt, 3, minutes);
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

static gint64
add_covenant (OvsStore *store, const char *name, const char *party, const char *start, const char *end)
{
  OvsCovenantFields f = { .name = name, .party = party, .start_date = start, .end_date = end,
                          .has_price = TRUE, .price_cents = 2750000, .legal_basis = "inkooprelatie" };
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_covenants_add (store, &f, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
setup (OvsStore *store)
{
  add_employee (store, "W1", "Bakker", "Wezo", 1800);
  add_employee (store, "W2", "Smit", "Wezo", 2160);
  add_employee (store, "L1", "Visser", "Larcom", 1200);
  add_covenant (store, "Beschut Wezo", "Wezo", "2015-01-01", "2017-12-31");
}

static void
test_add (OvsTestDb *db, gconstpointer data)
{
  OvsCovenantFields f = { .name = "Larcom 2015", .party = "larcom", .start_date = "2015-01-01",
                          .has_price = TRUE, .price_cents = 125050, .price_unit = "uur", .has_budget = TRUE,
                          .budget_cents = 10000000, .has_target_se = TRUE, .target_se = 12.5,
                          .has_indexation = TRUE, .indexation_pct = 1.8, .grant_kept_by = "Gemeente",
                          .legal_basis = "dienstverleningsovereenkomst" };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  JsonObject *row;

  g_assert_cmpint (ovs_covenants_add (db->store, &f, &error), >, 0);
  g_assert_no_error (error);
  rows = ovs_covenants_list_json (db->store, &error);
  g_assert_cmpint (json_array_get_length (rows), ==, 1);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "party"), ==, "Larcom");
  g_assert_cmpstr (json_object_get_string_member (row, "price_unit"), ==, "hour");
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "active");
  g_assert_cmpint (json_object_get_int_member (row, "price_cents"), ==, 125050);
  g_assert_cmpint (json_object_get_int_member (row, "budget_cents"), ==, 10000000);
  g_assert_cmpfloat (json_object_get_double_member (row, "target_se"), ==, 12.5);
  g_assert_cmpfloat (json_object_get_double_member (row, "indexation_pct"), ==, 1.8);
  g_assert_true (json_object_get_null_member (row, "end_date"));
  g_assert_cmpint (json_object_get_int_member (row, "covered_count"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE entity = 'covenant' "
                                     "AND action = 'insert' AND changes LIKE '%\"price_cents\":125050%'"), ==, 1);
}

static void
expect_add_refused (OvsStore *store, OvsCovenantFields *f, GQuark domain, int code, const char *text_in)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ovs_covenants_add (store, f, &error), ==, 0);
  g_assert_error (error, domain, code);
  if (text_in != NULL && strstr (error->message, text_in) == NULL)
    g_error ("“%s” not in “%s”", text_in, error->message);
}

static void
test_add_refused (OvsTestDb *db, gconstpointer data)
{
  OvsCovenantFields f = { .name = "X", .party = "Gemeente", .start_date = "2015-01-01" };

  expect_add_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE, "Gemeente");
  f.party = "Nergens";
  expect_add_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION, "Nergens");
  f.party = "Wezo";
  f.end_date = "2014-12-31";
  expect_add_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER, NULL);
  f.end_date = NULL;
  f.start_date = NULL;
  expect_add_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, "start_date");
  f.start_date = "2015-01-01";
  f.price_unit = "maand";
  expect_add_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE, "maand");
  f.price_unit = NULL;
  f.has_indexation = TRUE;
  f.indexation_pct = 150;
  expect_add_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE, "indexation");
  f.has_indexation = FALSE;
  f.name = " ";
  expect_add_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, "name");
  f.name = "Wezo 2015";
  g_assert_cmpint (ovs_covenants_add (db->store, &f, NULL), >, 0);
  f.name = "WEZO 2015";
  expect_add_refused (db->store, &f, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE, "WEZO 2015");
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM covenant"), ==, 1);
}

static void
check_euros (const char *text, gint64 want)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = -1;

  if (want < 0)
    {
      g_assert_false (ovs_parse_euro_cents (text, &cents, &error));
      g_assert_nonnull (error);
      return;
    }
  g_assert_true (ovs_parse_euro_cents (text, &cents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cents, ==, want);
}

static void
test_euros (void)
{
  check_euros ("1250", 125000);
  check_euros ("1250,50", 125050);
  check_euros ("1.250,50", 125050);
  check_euros ("12.500", 1250000);
  check_euros ("12.5", 1250);
  check_euros ("€ 3,5", 350);
  check_euros ("0", 0);
  check_euros ("-5", -1);
  check_euros ("abc", -1);
  check_euros ("1,234", -1);
  check_euros ("", -1);
  g_assert_cmpstr (ovs_vocab_parse_code (OVS_TYPE_PRICE_UNIT, "Persoon"), ==, "person");
  g_assert_null (ovs_vocab_parse_code (OVS_TYPE_PRICE_UNIT, "maand"));
}

static void
test_change (OvsTestDb *db, gconstpointer data)
{
  OvsCovenantFields price = { .has_price = TRUE, .price_cents = 2800000, .notes = "per 1-1 geïndexeerd" };
  OvsCovenantFields shorter = { .end_date = "2015-06-30" };
  OvsCovenantFields later = { .start_date = "2015-03-01" };
  OvsCovenantFields open_end = { .end_date = "" };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) shown = NULL;

  setup (db->store);
  g_assert_true (ovs_covenants_change (db->store, "beschut wezo", &price, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE entity = 'covenant' AND action = 'update' "
                                     "AND changes = '{\"price_cents\":2800000,\"notes\":\"per 1-1 geïndexeerd\"}'"),
                   ==, 1);
  g_assert_cmpint (ovs_covenants_cover (db->store, "Beschut Wezo", "W1", "2015-01-01", "2015-12-31", FALSE, 0,
                                        FALSE, 0, &error), >, 0);
  g_assert_false (ovs_covenants_change (db->store, "Beschut Wezo", &shorter, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (ovs_covenants_change (db->store, "Beschut Wezo", &later, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_true (ovs_covenants_change (db->store, "Beschut Wezo", &open_end, &error));
  g_assert_false (ovs_covenants_change (db->store, "Onbekend", &price, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  shown = ovs_covenants_show_json (db->store, "Beschut Wezo", &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (shown, "price_cents"), ==, 2800000);
  g_assert_true (json_object_get_null_member (shown, "end_date"));
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (shown, "covered")), ==, 1);
}

static gint64
cover (OvsStore *store, const char *nr, const char *start, const char *end, gboolean has_minutes, int minutes,
       gboolean has_se, double se, GError **error)
{
  return ovs_covenants_cover (store, "Beschut Wezo", nr, start, end, has_minutes, minutes, has_se, se, error);
}

static void
test_cover (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) covered = NULL;
  gint64 first;

  setup (db->store);
  add_covenant (db->store, "Wezo groen", "Wezo", "2015-01-01", NULL);
  first = cover (db->store, "W1", "2015-01-01", NULL, TRUE, 1200, FALSE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);

  g_assert_cmpint (cover (db->store, "W2", "2015-01-01", NULL, TRUE, 2400, FALSE, 0, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT);
  g_clear_error (&error);
  g_assert_cmpint (cover (db->store, "W2", "2015-01-01", NULL, TRUE, 600, TRUE, 0.5, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (cover (db->store, "W2", "2015-01-01", NULL, FALSE, 0, TRUE, 1.2, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_cmpint (cover (db->store, "W2", "2014-12-01", NULL, FALSE, 0, FALSE, 0, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_cmpint (cover (db->store, "W2", "2015-01-01", "2018-06-30", FALSE, 0, FALSE, 0, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "31-12-2017"));
  g_clear_error (&error);
  g_assert_cmpint (cover (db->store, "W2", "2015-06-01", "2015-05-01", FALSE, 0, FALSE, 0, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_cmpint (cover (db->store, "L1", "2015-01-01", NULL, FALSE, 0, FALSE, 0, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_NOT_ELIGIBLE);
  g_assert_nonnull (strstr (error->message, "Wezo"));
  g_clear_error (&error);
  g_assert_cmpint (cover (db->store, "X9", "2015-01-01", NULL, FALSE, 0, FALSE, 0, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
  g_clear_error (&error);

  /* Covered twice at once, even under another covenant, is refused; after the first cover ends it is fine. */
  g_assert_cmpint (ovs_covenants_cover (db->store, "Wezo groen", "W1", "2016-01-01", NULL, FALSE, 0, FALSE, 0,
                                        &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Beschut Wezo"));
  g_clear_error (&error);
  g_assert_true (ovs_covenants_end_cover (db->store, first, "2015-12-31", 0, &error));
  g_assert_no_error (error);
  g_assert_no_error (error);
  g_assert_false (ovs_covenants_end_cover (db->store, first, "2016-03-31", 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (ovs_covenants_end_cover (db->store, first, "2014-12-31", 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_false (ovs_covenants_end_cover (db->store, 999, "2015-12-31", 0, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ovs_covenants_cover (db->store, "Wezo groen", "W1", "2016-01-01", NULL, FALSE, 0, FALSE, 0,
                                        &error), >, 0);
  g_assert_cmpint (cover (db->store, "W2", "2015-01-01", NULL, FALSE, 0, TRUE, 0.8, &error), >, 0);
  g_assert_no_error (error);

  covered = ovs_covenants_covered_json (db->store, "Beschut Wezo", &error);
  g_assert_cmpint (json_array_get_length (covered), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (covered, 0), "minutes_per_week"),
                   ==, 1200);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (covered, 1), "minutes_per_week"));
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (covered, 1), "se"), ==, 0.8);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE entity = 'covenant_employee'"), ==, 4);
}

static void
test_end (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) shown = NULL;
  JsonArray *covered;

  setup (db->store);
  g_assert_cmpint (cover (db->store, "W1", "2015-01-01", NULL, FALSE, 0, FALSE, 0, NULL), >, 0);
  g_assert_cmpint (cover (db->store, "W2", "2015-01-01", "2015-03-31", FALSE, 0, FALSE, 0, NULL), >, 0);
  g_assert_false (ovs_covenants_end (db->store, "Beschut Wezo", "2014-01-01", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_true (ovs_covenants_end (db->store, "Beschut Wezo", "2016-06-30", &error));
  g_assert_no_error (error);

  shown = ovs_covenants_show_json (db->store, "Beschut Wezo", &error);
  g_assert_cmpstr (json_object_get_string_member (shown, "status"), ==, "ended");
  g_assert_cmpstr (json_object_get_string_member (shown, "end_date"), ==, "2016-06-30");
  covered = json_object_get_array_member (shown, "covered");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (covered, 0), "end_date"), ==,
                   "2016-06-30");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (covered, 1), "end_date"), ==,
                   "2015-03-31");
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM audit_log WHERE entity = 'covenant_employee' "
                                     "AND action = 'end'"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM covenant"), ==, 1);
}

static void
test_agreements (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) due = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(JsonArray) all = NULL;
  JsonObject *row;
  gint64 soon, late, far, done;

  setup (db->store);
  soon = ovs_covenants_add_agreement (db->store, "Beschut Wezo", "Kwartaalrapportage Q2", "2014-06-12", "HR", &error);
  late = ovs_covenants_add_agreement (db->store, "Beschut Wezo", "Herindicaties aangevraagd", "2014-05-01", NULL,
                                      &error);
  far = ovs_covenants_add_agreement (db->store, "Beschut Wezo", "Evaluatie", "2014-09-01", NULL, &error);
  done = ovs_covenants_add_agreement (db->store, "Beschut Wezo", "Ondertekening", "2014-06-01", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (soon * late * far * done, >, 0);
  g_assert_cmpint (ovs_covenants_add_agreement (db->store, "Beschut Wezo", "", "2014-06-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_cmpint (ovs_covenants_add_agreement (db->store, "Nergens", "X", "2014-06-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (ovs_covenants_set_agreement_status (db->store, done, "klaar", "getekend exemplaar in dossier",
                                                     "2014-05-28", 0, &error));
  g_assert_true (ovs_covenants_set_agreement_status (db->store, soon, "bezig", NULL, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_false (ovs_covenants_set_agreement_status (db->store, soon, "misschien", NULL, NULL, 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (ovs_covenants_set_agreement_status (db->store, soon, "open", NULL, "2014-06-01", 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (ovs_covenants_set_agreement_status (db->store, 999, "done", NULL, NULL, 0, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  due = ovs_covenants_agreements_due_json (db->store, 30, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_array_get_length (due), ==, 2);
  row = json_array_get_object_element (due, 0);
  g_assert_cmpint (json_object_get_int_member (row, "id"), ==, late);
  g_assert_true (json_object_get_boolean_member (row, "overdue"));
  g_assert_cmpint (json_object_get_int_member (row, "days_left"), ==, -32);
  row = json_array_get_object_element (due, 1);
  g_assert_cmpint (json_object_get_int_member (row, "id"), ==, soon);
  g_assert_false (json_object_get_boolean_member (row, "overdue"));
  g_assert_cmpint (json_object_get_int_member (row, "days_left"), ==, 10);
  g_assert_null (ovs_covenants_agreements_due_json (db->store, -1, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  all = ovs_covenants_agreements_json (db->store, "Beschut Wezo", NULL);
  row = json_array_get_object_element (all, 1);   /* by due date */
  g_assert_cmpstr (json_object_get_string_member (row, "title"), ==, "Ondertekening");
  g_assert_cmpstr (json_object_get_string_member (row, "done_on"), ==, "2014-05-28");
  g_assert_cmpstr (json_object_get_string_member (row, "evidence"), ==, "getekend exemplaar in dossier");

  /* Reopening clears done_on but keeps the evidence. */
  g_assert_true (ovs_covenants_set_agreement_status (db->store, done, "open", NULL, NULL, 0, NULL));
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM covenant_agreement WHERE done_on IS NULL "
                                     "AND evidence IS NOT NULL"), ==, 1);
  g_assert_true (ovs_covenants_set_agreement_status (db->store, done, "done", NULL, NULL, 0, NULL));
  rows = ovs_covenants_list_json (db->store, NULL);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpint (json_object_get_int_member (row, "agreements_open"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (row, "agreements_done"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count (*) FROM covenant_agreement WHERE id = 4 AND done_on = '"
                                     TODAY "'"), ==, 1);
}

static void
become (OvsStore *store, const char *name, OvsRole role)
{
  g_assert_true (ovs_store_set_user (store, "tester", NULL));
  ovs_users_add (store, name, role, NULL, NULL);
  g_assert_true (ovs_store_set_user (store, name, NULL));
}

static void
test_roles (OvsTestDb *db, gconstpointer data)
{
  OvsCovenantFields f = { .name = "Larcom", .party = "Larcom", .start_date = "2015-01-01" };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  setup (db->store);
  become (db->store, "piet", OVS_ROLE_TEAMLEIDER);
  g_assert_cmpint (ovs_covenants_add (db->store, &f, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (ovs_covenants_list_json (db->store, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (cover (db->store, "W1", "2015-01-01", NULL, FALSE, 0, FALSE, 0, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  become (db->store, "henk", OVS_ROLE_HR);
  g_assert_cmpint (ovs_covenants_add (db->store, &f, &error), >, 0);
  g_assert_cmpint (cover (db->store, "W1", "2015-01-01", NULL, FALSE, 0, FALSE, 0, &error), >, 0);
  g_assert_no_error (error);
  rows = ovs_covenants_list_json (db->store, &error);
  g_assert_cmpint (json_array_get_length (rows), ==, 2);
}

static void
test_row_objects (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GListStore) covenants = NULL, agreements = NULL, covered = NULL;
  g_autoptr(OvsCovenant) covenant = NULL;
  g_autoptr(OvsAgreement) agreement = NULL;
  g_autoptr(OvsCoveredEmployee) person = NULL;
  g_autofree char *party = NULL, *title = NULL, *nr = NULL;
  gint64 price = 0;
  int count_now = -1, minutes = -1;
  gboolean overdue = FALSE;

  g_setenv ("OVERSTAP_TODAY", "2015-02-01", TRUE);
  setup (db->store);
  g_assert_cmpint (cover (db->store, "W1", "2015-01-01", NULL, FALSE, 0, FALSE, 0, NULL), >, 0);
  g_assert_cmpint (ovs_covenants_add_agreement (db->store, "Beschut Wezo", "Monitor Q4", "2015-01-15", NULL, NULL), >,
                   0);

  covenants = ovs_covenants_list (db->store, NULL);
  covenant = g_list_model_get_item (G_LIST_MODEL (covenants), 0);
  g_object_get (covenant, "party", &party, "price-cents", &price, "covered-count", &count_now, NULL);
  g_assert_cmpstr (party, ==, "Wezo");
  g_assert_cmpint (price, ==, 2750000);
  g_assert_cmpint (count_now, ==, 1);
  g_assert_cmpstr (ovs_covenant_get_name (covenant), ==, "Beschut Wezo");

  agreements = ovs_covenants_agreements (db->store, NULL, NULL);
  agreement = g_list_model_get_item (G_LIST_MODEL (agreements), 0);
  g_object_get (agreement, "title", &title, "overdue", &overdue, NULL);
  g_assert_cmpstr (title, ==, "Monitor Q4");
  g_assert_true (overdue);

  covered = ovs_covenants_covered (db->store, "Beschut Wezo", NULL);
  person = g_list_model_get_item (G_LIST_MODEL (covered), 0);
  g_object_get (person, "personnel-number", &nr, "minutes-per-week", &minutes, NULL);
  g_assert_cmpstr (nr, ==, "W1");
  g_assert_cmpint (minutes, ==, 0);
  g_setenv ("OVERSTAP_TODAY", TODAY, TRUE);
}

int
main (int argc, char **argv)
{
  g_setenv ("OVERSTAP_TODAY", TODAY, TRUE);
  g_test_init (&argc, &argv, NULL);

  OVS_TEST_DB ("/covenants/add", test_add);
  OVS_TEST_DB ("/covenants/add-refused", test_add_refused);
  g_test_add_func ("/covenants/euros", test_euros);
  OVS_TEST_DB ("/covenants/change", test_change);
  OVS_TEST_DB ("/covenants/cover", test_cover);
  OVS_TEST_DB ("/covenants/end", test_end);
  OVS_TEST_DB ("/covenants/agreements", test_agreements);
  OVS_TEST_DB ("/covenants/roles", test_roles);
  OVS_TEST_DB ("/covenants/row-objects", test_row_objects);
  return g_test_run ();
}

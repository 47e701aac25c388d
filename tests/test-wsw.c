/* test-wsw.c — the Wsw since the Participatiewet, on real SQLite files: the AOW table, the intake stop,
 * SE ending at the AOW age, the ending list, what a transfer moves, re-indications and UWV's advice
 * for nieuw beschut. */
#include "config.h"

#include <string.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#define EPS 1e-12

static OvsEmployeeFields
fields (const char *nr, const char *birth, const char *start)
{
  return (OvsEmployeeFields) {
    .personnel_number = nr, .first_name = "Anna", .last_name = nr, .birth_date = birth,
    .home_municipality = "Deventer", .category = "matig", .contract_minutes = 36 * 60, .employer = "Wezo",
    .employment_start = start,
  };
}

static gint64
add_ok (OvsStore *store, const OvsEmployeeFields *f)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_employees_add (store, f, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
count_rows (OvsStore *store, const char *sql)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

static void
exec_ok (OvsStore *store, const char *sql)
{
  g_autoptr(GError) error = NULL;

  if (!ovs_store_exec (store, sql, &error))
    g_error ("%s: %s", sql, error->message);
}

static char *
aow (const char *birth)
{
  return ovs_aow_date_iso (birth);
}

/* The SVB's table at its edges: the day before and the first day of each step. */
static void
test_aow_table (void)
{
  static const struct { const char *birth, *aow; } cases[] = {
    { "1947-12-31", "2012-12-31" },   /* 65 */
    { "1948-01-01", "2013-02-01" },   /* 65 + 1 month */
    { "1948-11-30", "2013-12-30" },
    { "1948-12-01", "2014-02-01" },   /* 65 + 2 */
    { "1949-11-01", "2015-02-01" },   /* 65 + 3 */
    { "1950-10-01", "2016-04-01" },   /* 65 + 6 */
    { "1951-07-01", "2017-04-01" },   /* 65 + 9 */
    { "1952-04-01", "2018-04-01" },   /* 66 */
    { "1952-12-31", "2018-12-31" },
    { "1953-01-01", "2019-05-01" },   /* 66 + 4 */
    { "1955-08-31", "2021-12-31" },
    { "1955-09-01", "2022-04-01" },   /* 66 + 7 */
    { "1956-06-01", "2023-04-01" },   /* 66 + 10 */
    { "1957-02-28", "2023-12-28" },
    { "1957-03-01", "2024-03-01" },   /* 67 */
    { "1960-12-31", "2027-12-31" },
    { "1961-01-01", "2028-04-01" },   /* 67 + 3 */
    { "1964-09-30", "2031-12-30" },
    { "1960-02-29", "2027-02-28" },   /* a leap day: the last day of the shorter month */
    { "1955-11-30", "2022-06-30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = aow (cases[i].birth);

      g_assert_cmpstr (date, ==, cases[i].aow);
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GDate) birth = g_date_new_dmy (1, 10, i == 0 ? 1964 : 1990);
      int years = 0, months = 0;
      gboolean provisional = FALSE;

      ovs_aow_age (birth, &years, &months, &provisional);
      g_assert_cmpint (years, ==, 67);
      g_assert_cmpint (months, ==, 3);
      g_assert_true (provisional);
    }
  {
    g_autoptr(GDate) birth = g_date_new_dmy (30, 9, 1964);
    gboolean provisional = TRUE;

    ovs_aow_age (birth, NULL, NULL, &provisional);
    g_assert_false (provisional);
  }
  {
    g_autofree char *last = ovs_aow_last_working_day_iso ("1957-03-01");

    g_assert_cmpstr (last, ==, "2024-02-29");
  }
  g_assert_null (ovs_aow_date_iso ("1957-02-30"));
  g_assert_null (ovs_aow_date_iso (NULL));
}

/* Nobody new enters the Wsw from 1 January 2015; a re-placement keeps it. */
static void
test_intake_stop (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = fields ("N1", "1980-05-01", "2015-03-01");
  g_autoptr(GError) error = NULL;
  const char *field = NULL;

  g_assert_cmpint (ovs_employees_add (db->store, &f, &field, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INTAKE_STOP);
  g_assert_cmpstr (ovs_validation_reason (error->code), ==, "intake_stop");
  g_assert_cmpstr (field, ==, "in_dienst_sinds");
  g_clear_error (&error);
  /* Wsw since 1 January 2015 is no better: only an employment on 31 December 2014 counts. */
  f.wsw_since = "2015-01-01";
  g_assert_cmpint (ovs_employees_add (db->store, &f, NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INTAKE_STOP);
  g_clear_error (&error);
  /* Held a Wsw employment on 31-12-2014: the re-placement with a new employer stays Wsw. */
  f.wsw_since = "2014-12-31";
  f.work_organisation = "Stichting Werkbedrijf";
  add_ok (db->store, &f);
  /* A Wsw start after the employment's own start is a mistake. */
  f = fields ("N2", "1980-05-01", "2010-01-01");
  f.wsw_since = "2011-01-01";
  g_assert_cmpint (ovs_employees_add (db->store, &f, NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  /* Started on 31 December 2014: still in. Nieuw beschut in 2016: not Wsw, so not stopped. */
  add_ok (db->store, (f = fields ("N3", "1980-05-01", "2014-12-31"), &f));
  f = fields ("N4", "1990-05-01", "2016-01-01");
  f.employment_type = "new_sheltered";
  f.category = NULL;
  add_ok (db->store, &f);
  /* Changing an employee checks the rule as well: moving a Wsw start into 2015 without history. */
  {
    g_autoptr(OvsEmployeeFields) before = ovs_employees_load_fields (db->store, ovs_employees_find (db->store, "N3", NULL),
                                                                     NULL);
    OvsEmployeeFields after = *before;

    after.employment_start = "2015-02-01";
    g_assert_false (ovs_employees_change (db->store, ovs_employees_find (db->store, "N3", NULL), before, &after, NULL,
                                          &error));
    g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INTAKE_STOP);
  }
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM employee WHERE wsw_since = '2014-12-31' "
                                          "AND work_organisation_id = (SELECT id FROM organisation "
                                          "WHERE kind = 'foundation')"), ==, 1);
}

/* The import names the reason: intake_stop. */
static void
test_import_intake_stop (OvsTestDb *db, gconstpointer data)
{
  const char *text =
    "personeelsnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn;woonplaats;woongemeente;"
    "arbeidshandicap;indicatie_geldig_tot;contracturen;schaal;trede;werkgever;in_dienst_sinds\n"
    "I1;Ans;;Kramer;01-01-1980;;Deventer;Deventer;matig;;32;;;Wezo;01-03-2015\n"
    "I2;Bas;;Kramer;01-01-1980;;Deventer;Deventer;matig;;32;;;Wezo;31-12-2014\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = ovs_import_employees_bytes (db->store, bytes, "wsw.csv", 0, &error);
  g_autoptr(OvsImportRow) row = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 1);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 1);
  row = g_list_model_get_item (ovs_import_report_get_rejected (report), 0);
  g_assert_cmpstr (ovs_import_row_get_personnel_number (row), ==, "I1");
  g_assert_cmpstr (ovs_import_row_get_reason (row), ==, "intake_stop");
}

/* The optional columns wsw_sinds and werkorganisatie let a re-placement in. */
static void
test_import_replacement (OvsTestDb *db, gconstpointer data)
{
  const char *text =
    "personeelsnummer;voornaam;achternaam;geboortedatum;woongemeente;arbeidshandicap;contracturen;werkgever;"
    "in_dienst_sinds;wsw_sinds;werkorganisatie\n"
    "R1;Ans;Kramer;01-01-1980;Deventer;matig;32;Gemeente;01-01-2016;01-06-2010;Larcom\n"
    "R2;Bas;Kramer;01-01-1980;Deventer;matig;32;Gemeente;01-01-2016;01-06-2015;\n"
    "R3;Cor;Kramer;01-01-1980;Deventer;matig;32;Gemeente;01-01-2016;01-06-2010;Nergens\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = ovs_import_employees_bytes (db->store, bytes, "herplaatst.csv", 0, &error);
  g_autoptr(OvsImportRow) r2 = NULL;
  g_autoptr(OvsImportRow) r3 = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 1);
  r2 = g_list_model_get_item (ovs_import_report_get_rejected (report), 0);
  r3 = g_list_model_get_item (ovs_import_report_get_rejected (report), 1);
  g_assert_cmpstr (ovs_import_row_get_reason (r2), ==, "intake_stop");
  g_assert_cmpstr (ovs_import_row_get_column (r3), ==, "werkorganisatie");
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM employee e JOIN organisation o ON o.id = e.employer_id "
                                          "JOIN organisation w ON w.id = e.work_organisation_id WHERE "
                                          "e.personnel_number = 'R1' AND o.name = 'Gemeente' AND w.name = 'Larcom' "
                                          "AND e.wsw_since = '2010-06-01'"), ==, 1);
}

/* Nobody counts SE from the AOW date on: born 10 October 1957, AOW on 10 October 2024 (67). */
static void
test_se_stops_at_aow (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = fields ("A1", "1957-10-10", "1990-01-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsSeReport) y2024 = NULL;
  g_autoptr(OvsSeReport) y2025 = NULL;
  g_autoptr(OvsEmployee) employee = NULL;
  gint64 id = add_ok (db->store, &f);

  y2024 = ovs_se_report_new_year (db->store, 2024, &error);
  g_assert_no_error (error);
  /* 1 January to 9 October 2024: 283 of 366 days, full time. */
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get_total (y2024), 283.0 / 366, EPS);
  y2025 = ovs_se_report_new_year (db->store, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get_total (y2025), 0, EPS);
  employee = ovs_employees_get (db->store, id, &error);
  g_assert_cmpstr (ovs_employee_get_text (employee, OVS_EMPLOYEE_AOW_DATE), ==, "2024-10-10");
  /* An employment cannot start on or after the AOW date. */
  f = fields ("A2", "1950-01-01", "2016-01-01");
  f.wsw_since = "2000-01-01";
  g_assert_cmpint (ovs_employees_add (db->store, &f, NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
}

static void
test_ending (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = fields ("E1", "1959-06-15", "1990-01-01");   /* AOW 15-06-2026 */
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(JsonArray) after = NULL;
  JsonObject *row;

  add_ok (db->store, &f);
  add_ok (db->store, (f = fields ("E2", "1960-03-20", "1990-01-01"), &f));   /* AOW 20-03-2027 */
  add_ok (db->store, (f = fields ("E3", "1980-01-01", "2000-01-01"), &f));
  add_ok (db->store, (f = fields ("E4", "1980-01-01", "2000-01-01"), &f));
  g_assert_true (ovs_employees_end (db->store, ovs_employees_find (db->store, "E4", NULL), "2027-01-31", &error));
  exec_ok (db->store, "UPDATE employee SET status = 'active' WHERE personnel_number = 'E4'");
  g_setenv ("OVERSTAP_TODAY", "2026-12-01", TRUE);
  rows = ovs_wsw_ending (db->store, 6, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (rows), ==, 3);
  row = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "personnel_number"), ==, "E1");
  g_assert_cmpstr (json_object_get_string_member (row, "end_date"), ==, "2026-06-14");
  g_assert_cmpstr (json_object_get_string_member (row, "reason"), ==, "aow");
  g_assert_cmpint (json_object_get_int_member (row, "days_left"), <, 0);
  row = json_array_get_object_element (rows, 1);
  g_assert_cmpstr (json_object_get_string_member (row, "personnel_number"), ==, "E4");
  g_assert_cmpstr (json_object_get_string_member (row, "reason"), ==, "employment_end");
  row = json_array_get_object_element (rows, 2);
  g_assert_cmpstr (json_object_get_string_member (row, "end_date"), ==, "2027-03-19");
  /* Ending those past the AOW date, with an audit row each. */
  g_assert_cmpint (ovs_wsw_end_at_aow (db->store, &error), ==, 1);
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM employee WHERE personnel_number = 'E1' "
                                          "AND status = 'ended' AND employment_end = '2026-06-14'"), ==, 1);
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM audit_log WHERE action = 'end' "
                                          "AND changes LIKE '%2026-06-14%'"), ==, 1);
  after = ovs_wsw_ending (db->store, 6, &error);
  g_assert_cmpuint (json_array_get_length (after), ==, 2);
  g_assert_cmpint (ovs_wsw_end_at_aow (db->store, &error), ==, 0);
  g_unsetenv ("OVERSTAP_TODAY");
}

static void
step (OvsStore *store, const char *nr, const char *status, const char *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_transfers_set_status (store, nr, status, date, 0, &error));
  g_assert_no_error (error);
}

static void
transfer (OvsStore *store, const char *nr, const char *destination, const char *employer_to, const char *work_to,
          const char *date)
{
  g_autoptr(GError) error = NULL;
  const char * const *codes = ovs_transfers_standard_codes ();

  g_assert_cmpint (ovs_transfers_open (store, nr, destination, NULL, &error), >, 0);
  if (employer_to != NULL || work_to != NULL)
    g_assert_true (ovs_transfers_set_moves (store, nr, employer_to, work_to, 0, &error));
  g_assert_no_error (error);
  step (store, nr, "interviewed", NULL);
  step (store, nr, "offered", NULL);
  step (store, nr, "signed", NULL);
  for (guint i = 0; codes[i] != NULL; i++)
    g_assert_true (ovs_transfers_tick (store, nr, codes[i], TRUE, NULL, 0, NULL));
  step (store, nr, "transferred", date);
}

/* The destination of a transfer names what moves; SE is reported by the legal employer and by the
 * work organisation. */
static void
test_transfer_moves (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = fields ("T1", "1970-01-01", "2000-01-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsSeReport) report = NULL;

  add_ok (db->store, &f);
  add_ok (db->store, (f = fields ("T2", "1970-01-01", "2000-01-01"), &f));
  add_ok (db->store, (f = fields ("T3", "1970-01-01", "2000-01-01"), &f));
  g_setenv ("OVERSTAP_TODAY", "2023-12-31", TRUE);
  /* To the foundation: the work to the foundation, the employment to the municipality. */
  transfer (db->store, "T1", "foundation", NULL, NULL, "2023-04-01");
  /* Stays at Wezo under a covenant, but the municipality takes over the employment. */
  transfer (db->store, "T2", "covenant", "Gemeente", NULL, "2023-04-01");
  /* Works at the foundation, the GR (Wezo) keeps the employment for now. */
  transfer (db->store, "T3", "foundation", "Wezo", NULL, "2023-04-01");
  g_assert_false (ovs_transfers_set_moves (db->store, "T1", "Nergens", NULL, 0, &error));
  g_assert_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_CLOSED);
  g_clear_error (&error);
  g_unsetenv ("OVERSTAP_TODAY");

  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM employee e JOIN organisation o ON o.id = e.employer_id "
                                          "JOIN organisation w ON w.id = e.work_organisation_id WHERE "
                                          "(e.personnel_number = 'T1' AND o.name = 'Gemeente' AND w.name = 'Stichting Werkbedrijf') OR "
                                          "(e.personnel_number = 'T2' AND o.name = 'Gemeente' AND w.name = 'Wezo') OR "
                                          "(e.personnel_number = 'T3' AND o.name = 'Wezo' AND w.name = 'Stichting Werkbedrijf')"),
                   ==, 3);
  report = ovs_se_report_new_year (db->store, 2023, &error);
  g_assert_no_error (error);
  /* Each 1.0 SE; 90 of 365 days before the transfer. */
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_EMPLOYER, "Wezo"), 2 * 90 / 365.0 + 1, EPS);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_EMPLOYER, "Gemeente"), 2 * 275 / 365.0, EPS);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_WORK_ORGANISATION, "Wezo"),
                                  3 * 90 / 365.0 + 275 / 365.0, EPS);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_WORK_ORGANISATION, "Stichting Werkbedrijf"),
                                  2 * 275 / 365.0, EPS);
}

/* An indication that ended without a timely request is flagged; the request and UWV's decision are
 * recorded, for hr and the kwartiermaker only. */
static void
test_reindication (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = fields ("R1", "1970-01-01", "2000-01-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) due = NULL;
  g_autoptr(JsonArray) requests = NULL;
  gint64 r1, r2;
  JsonObject *row;

  f.indication_date = "2021-01-01";
  f.indication_valid_until = "2024-01-01";   /* request by 2023-09-12 */
  r1 = add_ok (db->store, &f);
  f = fields ("R2", "1970-01-01", "2000-01-01");
  f.indication_date = "2021-01-01";
  f.indication_valid_until = "2024-01-01";
  r2 = add_ok (db->store, &f);
  g_assert_cmpint (ovs_wsw_request_reindication (db->store, r2, "2023-09-01", NULL, &error), >, 0);
  g_assert_cmpint (ovs_wsw_request_reindication (db->store, r1, "2023-11-01", "te laat", &error), >, 0);
  g_assert_no_error (error);
  g_setenv ("OVERSTAP_TODAY", "2024-02-01", TRUE);
  due = ovs_employees_reindications (db->store, 13, &error);
  g_unsetenv ("OVERSTAP_TODAY");
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (due), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      row = json_array_get_object_element (due, i);
      g_assert_true (json_object_get_boolean_member (row, "flagged") ==
                     g_str_equal (json_object_get_string_member (row, "personnel_number"), "R1"));
    }
  /* UWV grants R2 a new indication: it becomes the current one. */
  g_assert_true (ovs_wsw_decide_reindication (db->store, r2, "toegekend", "2023-12-15", "ernstig", "2026-12-15",
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM indication WHERE category = 'ernstig' AND "
                                          "indication_date = '2023-12-15' AND valid_until = '2026-12-15'"), ==, 1);
  g_assert_false (ovs_wsw_decide_reindication (db->store, r2, "refused", "2024-01-15", NULL, NULL, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_true (ovs_wsw_decide_reindication (db->store, r1, "refused", "2024-01-10", NULL, NULL, &error));
  requests = ovs_wsw_reindication_requests (db->store, r1, &error);
  g_assert_no_error (error);
  row = json_array_get_object_element (requests, 0);
  g_assert_false (json_object_get_boolean_member (row, "timely"));
  g_assert_cmpstr (json_object_get_string_member (row, "decision"), ==, "refused");
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'reindication_request'"),
                   ==, 4);
  /* A team leader sees no health data and records none. */
  g_assert_cmpint (ovs_users_add (db->store, "piet", OVS_ROLE_TEAMLEIDER, NULL, &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "piet", &error));
  g_assert_cmpint (ovs_wsw_request_reindication (db->store, r1, "2024-01-20", NULL, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (ovs_wsw_reindication_requests (db->store, r1, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
}

/* Nieuw beschut needs UWV's advice in force and a wage value. */
static void
test_sheltered_advice (OvsTestDb *db, gconstpointer data)
{
  OvsEmployeeFields f = fields ("B1", "1995-01-01", "2016-01-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) before = NULL;
  g_autoptr(JsonArray) after = NULL;
  gint64 id;

  f.employment_type = "new_sheltered";
  f.category = NULL;
  id = add_ok (db->store, &f);
  g_setenv ("OVERSTAP_TODAY", "2020-06-01", TRUE);
  before = ovs_wsw_sheltered_check (db->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (before), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (before, 0),
                                                                         "missing")), ==, 2);
  g_assert_cmpint (ovs_wsw_add_sheltered_advice (db->store, id, "2015-11-01", "2020-11-01", NULL, &error), >, 0);
  g_assert_cmpint (ovs_employees_add_wage_value (db->store, id, "2016-01-15", "dariuz", 45, &error), >, 0);
  g_assert_no_error (error);
  after = ovs_wsw_sheltered_check (db->store, &error);
  g_assert_cmpuint (json_array_get_length (after), ==, 0);
  g_clear_pointer (&after, json_array_unref);
  /* The advice runs out: flagged again. */
  g_setenv ("OVERSTAP_TODAY", "2021-01-01", TRUE);
  after = ovs_wsw_sheltered_check (db->store, &error);
  g_unsetenv ("OVERSTAP_TODAY");
  g_assert_cmpuint (json_array_get_length (after), ==, 1);
  g_assert_cmpint (ovs_wsw_add_sheltered_advice (db->store, id, "2021-01-01", "2020-01-01", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
}

/* Employer agreements with any employer or hirer; a covenant says who keeps the state grant and its
 * price is read accordingly. */
static void
test_agreements_and_grant (OvsTestDb *db, gconstpointer data)
{
  OvsCovenantFields agreement = { .name = "Jansen", .kind = "werkgeversafspraak", .party = "Jansen",
                                  .start_date = "2025-01-01", .has_places_offered = TRUE, .places_offered = 3,
                                  .has_social_return = TRUE, .social_return_cents = 500000 };
  OvsCovenantFields covenant = { .name = "Wezo", .party = "Wezo", .start_date = "2015-01-01", .has_price = TRUE,
                                 .price_cents = 100000, .grant_kept_by = "wezo" };
  OvsEmployeeFields f = fields ("G1", "1970-01-01", "2000-01-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) spend = NULL;
  g_autoptr(JsonObject) shown = NULL;
  JsonObject *row;
  gint64 id;

  exec_ok (db->store, "INSERT INTO organisation (name, kind) VALUES ('Jansen', 'employer'), ('Groen BV', 'hirer')");
  g_assert_cmpint (ovs_covenants_add (db->store, &agreement, &error), >, 0);
  g_assert_no_error (error);
  agreement.name = "Groen";
  agreement.party = "Groen BV";
  g_assert_cmpint (ovs_covenants_add (db->store, &agreement, &error), >, 0);
  agreement.name = "Eigen";
  agreement.party = "Stichting Werkbedrijf";
  g_assert_cmpint (ovs_covenants_add (db->store, &agreement, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_covenants_add_contact (db->store, "jansen", "2025-02-01", "Kennismaking", NULL, &error), >, 0);
  g_assert_cmpint (ovs_covenants_add_contact (db->store, "Jansen", "2025-02-01", " ", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  shown = ovs_covenants_show_json (db->store, "Jansen", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (shown, "kind"), ==, "employer_agreement");
  g_assert_cmpint (json_object_get_int_member (shown, "places_offered"), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (shown, "contact_moments")), ==, 1);

  /* The party's own name in grant_kept_by: the party keeps the grant. */
  id = add_ok (db->store, &f);
  g_assert_cmpint (ovs_covenants_add (db->store, &covenant, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ovs_covenants_cover (db->store, "Wezo", "G1", "2024-01-01", NULL, FALSE, 0, FALSE, 0, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (ovs_parameters_set (db->store, "cents_per_se", "2015-01-01", 2600000, &error));
  spend = ovs_se_covenant_spend (db->store, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (spend), ==, 1);
  row = json_array_get_object_element (spend, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "grant_holder"), ==, "party");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (row, "spend_cents"), 2700000, 1e-6);
  g_assert_cmpint (id, >, 0);
}

/* A version 4 database: the transfer made the foundation the employer. Version 5 keeps the foundation as
 * the work organisation and gives the Wsw employment to the municipality; nieuw beschut stays. */
static void
test_migration (void)
{
  g_autofree char *dir = g_dir_make_tmp ("overstap-wsw-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "v4.db", NULL);
  g_autoptr(GError) error = NULL;
  OvsStore *old = ovs_store_open_at_version (path, 4, &error);
  OvsStore *store;

  g_assert_no_error (error);
  exec_ok (old, "INSERT INTO organisation (id, name, kind) VALUES (1, 'Wezo', 'sheltered_company'), "
                "(2, 'Gemeente', 'municipality'), (3, 'Stichting', 'foundation');"
                "INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, "
                "  employer_id, employment_start, employment_type) VALUES "
                "(1, 'M1', 'Anna', 'Moved', '1970-01-01', 2160, 3, '1995-03-01', 'wsw'), "
                "(2, 'S1', 'Bas', 'Stays', '1970-01-01', 2160, 1, '1995-03-01', 'wsw'), "
                "(3, 'B1', 'Cor', 'Beschut', '1990-01-01', 2160, 3, '2016-03-01', 'new_sheltered');"
                "INSERT INTO transfer_case (employee_id, from_org_id, destination, status, actual_date) VALUES "
                "(1, 1, 'foundation', 'transferred', '2015-01-01'), (2, 1, 'covenant', 'stays', NULL);"
                "INSERT INTO covenant (party_id, name, start_date, grant_kept_by) VALUES (1, 'C', '2015-01-01', 'Gemeente');"
                "INSERT INTO app_user (name, role) VALUES ('tester', 'kwartiermaker');");
  g_assert_finalize_object (old);
  store = ovs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM employee WHERE "
                                      "(id = 1 AND employer_id = 2 AND work_organisation_id = 3 AND wsw_since = '1995-03-01') OR "
                                      "(id = 2 AND employer_id = 1 AND work_organisation_id = 1) OR "
                                      "(id = 3 AND employer_id = 3 AND work_organisation_id = 3 AND wsw_since IS NULL)"), ==, 3);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM transfer_case WHERE employee_id = 1 AND work_from_id = 1 "
                                      "AND work_to_id = 3 AND employer_to_id = 2"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM transfer_case WHERE employee_id = 2 AND work_from_id = 1 "
                                      "AND work_to_id IS NULL AND employer_to_id IS NULL"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM covenant WHERE grant_holder = 'municipality' "
                                      "AND kind = 'wsw_covenant'"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM milestone WHERE track != 'wsw'"), ==, 0);
  g_assert_finalize_object (store);
  ovs_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/wsw/aow-table", test_aow_table);
  g_test_add_func ("/wsw/migration", test_migration);
  OVS_TEST_DB ("/wsw/intake-stop", test_intake_stop);
  OVS_TEST_DB ("/wsw/import-intake-stop", test_import_intake_stop);
  OVS_TEST_DB ("/wsw/import-replacement", test_import_replacement);
  OVS_TEST_DB ("/wsw/se-stops-at-aow", test_se_stops_at_aow);
  OVS_TEST_DB ("/wsw/ending", test_ending);
  OVS_TEST_DB ("/wsw/transfer-moves", test_transfer_moves);
  OVS_TEST_DB ("/wsw/reindication", test_reindication);
  OVS_TEST_DB ("/wsw/sheltered-advice", test_sheltered_advice);
  OVS_TEST_DB ("/wsw/agreements-and-grant", test_agreements_and_grant);
  return g_test_run ();
}

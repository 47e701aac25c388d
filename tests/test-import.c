/* test-import.c — the employee importer: every rejection reason, --update, --strict, --dry-run,
 * missing columns, ignored columns, one transaction, each encoding, and the report. */
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

/* The first column of the first row of @sql with ?1 = @arg, as a string (NULL for SQL NULL). */
static char *
lookup (OvsStore *store, const char *sql, const char *arg)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  char *text = NULL;

  g_assert_nonnull (stmt);
  ovs_stmt_bind_text (stmt, 1, arg);
  if (ovs_stmt_next (stmt, NULL))
    text = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  return text;
}

static char *
fixture (const char *name)
{
  return g_build_filename (g_getenv ("OVERSTAP_SOURCE_DIR"), "tests", "data", "import", name, NULL);
}

static OvsImportReport *
import_fixture (OvsStore *store, const char *name, OvsImportFlags flags)
{
  g_autofree char *path = fixture (name);
  g_autoptr(GError) error = NULL;
  OvsImportReport *report = ovs_import_employees (store, path, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static OvsImportReport *
import_text (OvsStore *store, const char *text, OvsImportFlags flags, GError **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return ovs_import_employees_bytes (store, bytes, "test.csv", flags, error);
}

#define HEADER "personeelsnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn;woonplaats;woongemeente;" \
               "arbeidshandicap;indicatie_geldig_tot;contracturen;schaal;trede;werkgever;in_dienst_sinds\n"
#define HEADER_TYPE "personeelsnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn;woonplaats;" \
                    "woongemeente;arbeidshandicap;indicatie_geldig_tot;contracturen;schaal;trede;werkgever;" \
                    "in_dienst_sinds;dienstverband\n"

static void
count_change (guint *changes)
{
  (*changes)++;
}

static void
test_utf8_bom (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-utf8-bom.csv", 0);
  g_autofree char *zoe = lookup (db->store, "SELECT first_name || '|' || name_prefix || '|' || last_name "
                                            "FROM employee WHERE personnel_number = ?", "W1002");
  g_autofree char *bsn = lookup (db->store, "SELECT bsn FROM employee WHERE personnel_number = ?", "L2001");
  g_autofree char *minutes = lookup (db->store, "SELECT group_concat (contract_minutes) FROM "
                                                "(SELECT contract_minutes FROM employee WHERE ?1 = ?1 "
                                                "ORDER BY personnel_number)", "x");
  g_autofree char *employer = lookup (db->store, "SELECT o.name FROM employee e JOIN organisation o "
                                                 "ON o.id = e.employer_id WHERE personnel_number = ?", "L2002");
  g_autofree char *indication = lookup (db->store, "SELECT i.category || '|' || i.valid_until FROM indication i "
                                                   "JOIN employee e ON e.id = i.employee_id "
                                                   "WHERE personnel_number = ?", "L2002");
  g_autofree char *dates = lookup (db->store, "SELECT birth_date || '|' || employment_start FROM employee "
                                              "WHERE personnel_number = ?", "W1002");

  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 5);
  g_assert_cmpuint (ovs_import_report_get_n_updated (report), ==, 0);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 0);
  g_assert_true (ovs_import_report_get_written (report));
  g_assert_null (ovs_import_report_get_ignored_columns (report)[0]);
  g_assert_cmpstr (ovs_import_report_get_encoding (report), ==, "UTF-8");
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 5);
  g_assert_cmpstr (zoe, ==, "Zoë|van den|Berg");
  g_assert_cmpstr (bsn, ==, "082462811");          /* 8 digits: the leading zero restored */
  g_assert_cmpstr (minutes, ==, "2400,1215,1920,2190,1440");   /* L2001 40, L2002 20.25, W1001 32, W1002 36,5, W1003 24 h */
  g_assert_cmpstr (employer, ==, "Larcom");        /* "LARCOM" found case-insensitively */
  g_assert_cmpstr (indication, ==, "matig|2028-01-01");
  g_assert_cmpstr (dates, ==, "1975-07-02|2003-02-01");   /* d-m-jjjj */
}

static void
test_audit_row (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-rejections.csv", 0);
  g_autofree char *changes = lookup (db->store, "SELECT changes FROM audit_log WHERE action = ?", "import");
  g_autoptr(JsonNode) node = json_from_string (changes, NULL);
  JsonObject *o = json_node_get_object (node);
  g_autofree char *path = fixture ("employees-rejections.csv");

  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                                     "entity = 'employee'"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (o, "file"), ==, path);
  g_assert_cmpint (json_object_get_int_member (o, "imported"), ==, 3);   /* W1001 is new here */
  g_assert_cmpint (json_object_get_int_member (o, "updated"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (o, "rejected"), ==, 13);
  /* The per-employee audit rows come from ovs_employees_add. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'employee' AND "
                                     "action != 'import'"), >=, 3);
}

static void
test_windows_1252 (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-windows-1252.csv", 0);
  g_autofree char *names = lookup (db->store, "SELECT group_concat (n, ',') FROM (SELECT first_name || ' ' || "
                                              "coalesce (name_prefix || ' ', '') || last_name AS n FROM employee "
                                              "WHERE ?1 = ?1 ORDER BY personnel_number)", "x");

  g_assert_cmpstr (ovs_import_report_get_encoding (report), ==, "WINDOWS-1252");
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 4);
  g_assert_cmpstr (names, ==, "Jürgen Schröder,Françoise d’ Açores,Loïs Hoekstra,Chloë van Dijk");
}

static void
test_comma_lf_any_order (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-comma-lf.csv", 0);
  const char *ignored[] = { "Afdeling", "Opmerking", NULL };
  g_autofree char *residence = lookup (db->store, "SELECT residence FROM employee WHERE personnel_number = ?",
                                       "G4002");
  g_autofree char *kees = lookup (db->store, "SELECT last_name || '|' || contract_minutes FROM employee "
                                             "WHERE personnel_number = ?", "G4003");

  g_assert_cmpint (ovs_import_report_get_delimiter (report), ==, ',');
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 4);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 0);
  g_assert_cmpstrv (ovs_import_report_get_ignored_columns (report), ignored);
  g_assert_cmpstr (residence, ==, "Heino, Raalte");
  g_assert_cmpstr (kees, ==, "Jansen-Smit|2160");
}

typedef struct { guint line; const char *column, *value, *reason; } Expected;

static const Expected expected_rejections[] = {
  { 3, "achternaam", "", "required" },
  { 4, "geboortedatum", "31-02-2024", "invalid_date" },
  { 5, "bsn", "123456789", "invalid_bsn" },
  { 6, "contracturen", "0", "out_of_range" },
  { 7, "contracturen", "40,5", "out_of_range" },
  { 8, "arbeidshandicap", "licht", "not_eligible" },
  { 9, "arbeidshandicap", "zwaar", "invalid_category" },
  { 10, "werkgever", "Randstad", "unknown_organisation" },
  { 11, "schaal", "B3", "invalid_number" },
  { 14, "personeelsnummer", "R5001", "duplicate" },       /* earlier in the file */
  { 15, "personeelsnummer", "W1001", "duplicate" },       /* already in the database */
  { 16, "in_dienst_sinds", "2015-13-01", "invalid_date" },
  { 17, "trede", "2,5", "invalid_number" },
  { 18, "voornaam", "", "required" },
};

static void
test_every_rejection (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) first = import_fixture (db->store, "employees-utf8-bom.csv", 0);
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-rejections.csv", 0);
  GListModel *rejected = ovs_import_report_get_rejected (report);
  const char *ignored[] = { "opmerking", NULL };

  g_assert_cmpuint (g_list_model_get_n_items (rejected), ==, G_N_ELEMENTS (expected_rejections));
  for (guint i = 0; i < G_N_ELEMENTS (expected_rejections); i++)
    {
      g_autoptr(OvsImportRow) row = g_list_model_get_item (rejected, i);
      const Expected *want = &expected_rejections[i];

      g_assert_true (ovs_import_row_get_rejected (row));
      g_assert_cmpuint (ovs_import_row_get_line (row), ==, want->line);
      g_assert_cmpstr (ovs_import_row_get_column (row), ==, want->column);
      g_assert_cmpstr (ovs_import_row_get_value (row), ==, want->value);
      g_assert_cmpstr (ovs_import_row_get_reason (row), ==, want->reason);
      g_assert_nonnull (ovs_import_row_get_message (row));
    }
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 2);
  g_assert_cmpuint (ovs_import_report_get_n_rows (report), ==, 16);
  g_assert_cmpstrv (ovs_import_report_get_ignored_columns (report), ignored);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 5 + 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE personnel_number IN ('R5001', 'R5011')"),
                   ==, 2);
}

static void
test_bsn_message (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-rejections.csv", 0);
  g_autoptr(OvsImportRow) row = g_list_model_get_item (ovs_import_report_get_rejected (report), 2);

  g_assert_cmpuint (ovs_import_row_get_line (row), ==, 5);
  g_assert_nonnull (strstr (ovs_import_row_get_message (row), "123456789"));
  g_assert_nonnull (strstr (ovs_import_row_get_message (row), "elfproef"));
}

static void
test_accepted_rows (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-utf8-bom.csv", OVS_IMPORT_DRY_RUN);
  GListModel *accepted = ovs_import_report_get_accepted (report);
  g_autoptr(OvsImportRow) row = g_list_model_get_item (accepted, 1);
  g_autofree char *name = NULL;
  g_autofree char *action = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (accepted), ==, 5);
  g_object_get (row, "name", &name, "action", &action, NULL);
  g_assert_cmpstr (name, ==, "Zoë van den Berg");
  g_assert_cmpstr (action, ==, "insert");
  g_assert_cmpstr (ovs_import_row_get_personnel_number (row), ==, "W1002");
  g_assert_cmpuint (ovs_import_row_get_line (row), ==, 3);
}

static void
test_dry_run_writes_nothing (OvsTestDb *db, gconstpointer data)
{
  gint64 audit_before = count (db->store, "SELECT count(*) FROM audit_log");
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-utf8-bom.csv", OVS_IMPORT_DRY_RUN);
  g_autoptr(OvsImportReport) rejections = import_fixture (db->store, "employees-rejections.csv", OVS_IMPORT_DRY_RUN);

  g_assert_true (ovs_import_report_get_dry_run (report));
  g_assert_false (ovs_import_report_get_written (report));
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 5);   /* what would be imported */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log"), ==, audit_before);
  /* W1001 is not in the database, so only the in-file duplicate is found. */
  g_assert_cmpuint (ovs_import_report_get_n_rejected (rejections), ==, 13);
  g_assert_cmpuint (ovs_import_report_get_n_imported (rejections), ==, 3);
}

static void
test_strict (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-rejections.csv", OVS_IMPORT_STRICT);
  g_autoptr(OvsImportReport) clean = import_fixture (db->store, "employees-utf8-bom.csv", OVS_IMPORT_STRICT);

  g_assert_false (ovs_import_report_get_written (report));
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 0);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 13);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE personnel_number LIKE 'R%'"), ==, 0);
  g_assert_true (ovs_import_report_get_written (clean));
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 5);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'import'"), ==, 1);
}

static void
test_update (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) first = import_fixture (db->store, "employees-utf8-bom.csv", 0);
  const char *text = HEADER
    "W1001;Jan;de;Vries;14-03-1968;908301662;Deventer;Zutphen;matig;31-12-2026;28;4;8;Wezo;01-09-1992\n"
    "W1009;Sevda;;Yilmaz;19-06-1994;;Deventer;Deventer;matig;;24;2;1;Wezo;01-05-2014\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) refused = import_text (db->store, text, 0, &error);
  g_autoptr(OvsImportReport) updated = NULL;
  g_autofree char *minutes = NULL;
  g_autofree char *municipality = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (refused), ==, 1);
  g_assert_cmpuint (ovs_import_report_get_n_imported (refused), ==, 1);

  updated = import_text (db->store, text, OVS_IMPORT_UPDATE, &error);
  g_assert_no_error (error);
  /* W1009 came in with the first run, so both rows are updates now. */
  g_assert_cmpuint (ovs_import_report_get_n_updated (updated), ==, 2);
  g_assert_cmpuint (ovs_import_report_get_n_imported (updated), ==, 0);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (updated), ==, 0);
  minutes = lookup (db->store, "SELECT contract_minutes || '|' || salary_step FROM employee "
                               "WHERE personnel_number = ?", "W1001");
  g_assert_cmpstr (minutes, ==, "1680|8");
  municipality = lookup (db->store, "SELECT municipality FROM home_municipality h JOIN employee e "
                                    "ON e.id = h.employee_id WHERE personnel_number = ?1 "
                                    "ORDER BY h.valid_from DESC, h.id DESC LIMIT 1", "W1001");
  g_assert_cmpstr (municipality, ==, "Zutphen");
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 6);
}

static void
test_missing_columns (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *path = fixture ("employees-missing-columns.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = ovs_import_employees (db->store, path, 0, &error);

  g_assert_null (report);
  g_assert_error (error, OVS_IMPORT_ERROR, OVS_IMPORT_ERROR_MISSING_COLUMNS);
  g_assert_nonnull (strstr (error->message, "geboortedatum"));
  g_assert_nonnull (strstr (error->message, "werkgever"));
  g_assert_null (strstr (error->message, "tussenvoegsel"));   /* optional */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'import'"), ==, 0);
}

static void
test_file_errors (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) none = ovs_import_employees (db->store, "/nonexistent/x.csv", 0, &error);
  g_autoptr(OvsImportReport) twice = NULL;
  g_autoptr(OvsImportReport) malformed = NULL;

  g_assert_null (none);
  g_assert_error (error, OVS_IMPORT_ERROR, OVS_IMPORT_ERROR_READ);
  g_clear_error (&error);
  twice = import_text (db->store, "personeelsnummer;BSN;bsn\n1;2;3\n", 0, &error);
  g_assert_error (error, OVS_IMPORT_ERROR, OVS_IMPORT_ERROR_DUPLICATE_COLUMN);
  g_clear_error (&error);
  malformed = import_text (db->store, HEADER "\"W1;Jan\n", 0, &error);
  g_assert_error (error, OVS_CSV_ERROR, OVS_CSV_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "test.csv"));
}

/* A failure of the database itself (not a rule) in the middle of the file undoes every row before it. */
static void
test_all_or_nothing (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture ("employees-utf8-bom.csv");
  g_autoptr(OvsImportReport) failed = NULL;
  g_autoptr(OvsImportReport) again = NULL;

  g_assert_true (ovs_store_exec (db->store, "CREATE TEMP TRIGGER fail_third BEFORE INSERT ON employee "
                                            "WHEN NEW.personnel_number = 'W1003' "
                                            "BEGIN SELECT RAISE (ABORT, 'disk full'); END", NULL));
  failed = ovs_import_employees (db->store, path, 0, &error);
  g_assert_null (failed);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'employee'"), ==, 0);

  /* The store's transaction depth is back to zero: a later import works and commits. */
  g_clear_error (&error);
  g_assert_true (ovs_store_exec (db->store, "DROP TRIGGER fail_third", NULL));
  again = ovs_import_employees (db->store, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 5);
}

/* A rule only ovs_employees_add knows (birth after employment start) rejects that row alone. */
static void
test_rule_of_employees_add (OvsTestDb *db, gconstpointer data)
{
  const char *text = HEADER
    "A1;Ans;;Kramer;01-01-2000;;Deventer;Deventer;matig;;32;;;Wezo;01-01-1990\n"
    "A2;Wim;;Jacobs;01-01-1960;;Deventer;Deventer;matig;;32;;;Wezo;01-01-1990\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = import_text (db->store, text, 0, &error);
  g_autoptr(OvsImportRow) row = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 1);
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 1);
  row = g_list_model_get_item (ovs_import_report_get_rejected (report), 0);
  g_assert_cmpuint (ovs_import_row_get_line (row), ==, 2);
  g_assert_cmpstr (ovs_import_row_get_reason (row), ==, "date_order");
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 1);
}

static void
test_all_rejected_writes_nothing (OvsTestDb *db, gconstpointer data)
{
  const char *text = HEADER "X1;Ed;;Smit;01-01-1960;;Deventer;Deventer;licht;;32;;;Wezo;01-01-1990\n";
  g_autoptr(OvsImportReport) report = import_text (db->store, text, 0, NULL);

  g_assert_nonnull (report);
  g_assert_false (ovs_import_report_get_written (report));
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'import'"), ==, 0);
}

static void
test_permission (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) denied = NULL;
  g_autoptr(OvsImportReport) allowed = NULL;

  g_assert_cmpint (ovs_users_add (db->store, "ploegbaas", OVS_ROLE_TEAMLEIDER, NULL, &error), >, 0);
  g_assert_cmpint (ovs_users_add (db->store, "henk", OVS_ROLE_HR, NULL, &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "ploegbaas", &error));
  denied = import_text (db->store, HEADER, 0, &error);
  g_assert_null (denied);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (ovs_store_set_user (db->store, "henk", &error));
  allowed = import_fixture (db->store, "employees-utf8-bom.csv", 0);
  g_assert_cmpuint (ovs_import_report_get_n_imported (allowed), ==, 5);
}

static void
test_json (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-rejections.csv", 0);
  g_autoptr(JsonObject) o = ovs_import_report_to_json (report);
  JsonArray *rejected = json_object_get_array_member (o, "rejected");
  JsonObject *bsn = json_array_get_object_element (rejected, 2);

  g_assert_cmpint (json_object_get_int_member (o, "imported"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (o, "updated"), ==, 0);
  g_assert_cmpuint (json_array_get_length (rejected), ==, 13);
  g_assert_cmpint (json_object_get_int_member (bsn, "line"), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (bsn, "column"), ==, "bsn");
  g_assert_cmpstr (json_object_get_string_member (bsn, "value"), ==, "123456789");
  g_assert_cmpstr (json_object_get_string_member (bsn, "reason"), ==, "invalid_bsn");
  g_assert_true (json_object_has_member (bsn, "message"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "ignored_columns"), 0), ==,
                   "opmerking");
}

/* dienstverband: wsw by default, nieuw beschut without an indication, anything else rejected there. */
static void
test_employment_type (OvsTestDb *db, gconstpointer data)
{
  const char *text = HEADER_TYPE
    "T1;Ans;;Kramer;01-01-1990;;Deventer;Deventer;;;32;;;Wezo;01-01-2016;nieuw beschut\n"
    "T2;Bas;;Kramer;01-01-1990;;Deventer;Deventer;;;32;;;Wezo;01-01-2016;NIEUW_BESCHUT\n"
    "T3;Cor;;Kramer;01-01-1990;;Deventer;Deventer;matig;;32;;;Wezo;01-01-2014;\n"
    "T4;Dirk;;Kramer;01-01-1990;;Deventer;Deventer;;;32;;;Wezo;01-01-2016;wsw\n"
    "T5;Els;;Kramer;01-01-1990;;Deventer;Deventer;matig;;32;;;Wezo;01-01-2016;zzp\n"
    "T6;Fer;;Kramer;01-01-1990;;Deventer;Deventer;;;32;;;Wezo;01-01-2016;\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = import_text (db->store, text, 0, &error);
  GListModel *rejected;
  g_autoptr(OvsImportRow) t4 = NULL;
  g_autoptr(OvsImportRow) t5 = NULL;
  g_autoptr(OvsImportRow) t6 = NULL;
  g_autofree char *types = NULL;

  g_assert_no_error (error);
  rejected = ovs_import_report_get_rejected (report);
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (rejected), ==, 3);
  t4 = g_list_model_get_item (rejected, 0);
  t5 = g_list_model_get_item (rejected, 1);
  t6 = g_list_model_get_item (rejected, 2);
  g_assert_cmpstr (ovs_import_row_get_personnel_number (t4), ==, "T4");
  g_assert_cmpstr (ovs_import_row_get_column (t4), ==, "arbeidshandicap");   /* a Wsw employee needs one */
  g_assert_cmpstr (ovs_import_row_get_reason (t4), ==, "required");
  g_assert_cmpstr (ovs_import_row_get_column (t5), ==, "dienstverband");
  g_assert_cmpstr (ovs_import_row_get_value (t5), ==, "zzp");
  g_assert_cmpstr (ovs_import_row_get_reason (t5), ==, "invalid_value");
  g_assert_nonnull (strstr (ovs_import_row_get_message (t5), "nieuw beschut"));
  g_assert_cmpstr (ovs_import_row_get_column (t6), ==, "arbeidshandicap");   /* empty means wsw */
  types = lookup (db->store, "SELECT group_concat (personnel_number || '=' || employment_type, ',') FROM "
                             "(SELECT * FROM employee WHERE ?1 = ?1 ORDER BY personnel_number)", "x");
  g_assert_cmpstr (types, ==, "T1=new_sheltered,T2=new_sheltered,T3=wsw");
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication"), ==, 1);
}

/* An update from a file without dienstverband keeps a nieuw beschut employee nieuw beschut. */
static void
test_update_keeps_employment_type (OvsTestDb *db, gconstpointer data)
{
  const char *first = HEADER_TYPE "T1;Ans;;Kramer;01-01-1990;;Deventer;Deventer;;;32;;;Wezo;01-01-2016;nieuw beschut\n";
  const char *update = HEADER "T1;Ans;;Kramer;01-01-1990;;Deventer;Deventer;;;28;;;Wezo;01-01-2016\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) imported = import_text (db->store, first, 0, &error);
  g_autoptr(OvsImportReport) updated = import_text (db->store, update, OVS_IMPORT_UPDATE, &error);
  g_autofree char *row = lookup (db->store, "SELECT employment_type || '|' || contract_minutes FROM employee "
                                            "WHERE personnel_number = ?", "T1");

  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_updated (updated), ==, 1);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (updated), ==, 0);
  g_assert_cmpstr (row, ==, "new_sheltered|1680");
}

/* Every imported employee has an audit row of its own, with every field as JSON that json-glib
 * reads back (quotes, backslashes and control characters escaped) and the BSN masked. */
static void
test_audit_per_employee (OvsTestDb *db, gconstpointer data)
{
  const char *text = HEADER
    "Q1;\"Jan \"\"Sjonnie\"\" \\ de\tman\";;Bakker;01-01-1970;131860914;;Raalte;matig;01-01-2030;32,5;;7;Wezo;01-01-1990\n"
    "Q2;Mies;van;Dam;01-01-1971;;;Raalte;ernstig;;20;3;;wezo;01-01-1991\n";
  g_autoptr(OvsImportReport) report = import_text (db->store, text, 0, NULL);
  g_autofree char *changes = lookup (db->store, "SELECT changes FROM audit_log a JOIN employee e ON e.id = a.entity_id "
                                                "WHERE a.action = 'insert' AND a.entity = 'employee' AND "
                                                "e.personnel_number = ?", "Q1");
  g_autofree char *second = lookup (db->store, "SELECT changes FROM audit_log a JOIN employee e ON e.id = a.entity_id "
                                               "WHERE a.action = 'insert' AND a.entity = 'employee' AND "
                                               "e.personnel_number = ?", "Q2");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (changes, &error);
  g_autoptr(JsonNode) node2 = json_from_string (second, NULL);
  g_autoptr(GList) members = NULL;
  JsonObject *o, *o2;
  const char *keys[] = { "personnel_number", "first_name", "name_prefix", "last_name", "birth_date", "bsn",
                         "residence", "employment_start", "employment_type", "contract_minutes", "salary_scale",
                         "salary_step", "employer_id", "home_municipality", "category", "indication_valid_until",
                         "work_organisation_id", "wsw_since" };
  guint i = 0;

  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'insert' AND entity = 'employee'"),
                   ==, 2);
  g_assert_no_error (error);
  o = json_node_get_object (node);
  o2 = json_node_get_object (node2);
  members = json_object_get_members (o);
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, keys[i]);
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (keys));
  g_assert_cmpstr (json_object_get_string_member (o, "first_name"), ==, "Jan \"Sjonnie\" \\ de\tman");
  g_assert_true (json_object_get_null_member (o, "name_prefix"));
  g_assert_cmpstr (json_object_get_string_member (o, "bsn"), ==, "*****0914");
  g_assert_cmpstr (json_object_get_string_member (o, "birth_date"), ==, "1970-01-01");
  g_assert_cmpint (json_object_get_int_member (o, "contract_minutes"), ==, 1950);
  g_assert_true (json_object_get_null_member (o, "salary_scale"));
  g_assert_cmpint (json_object_get_int_member (o, "salary_step"), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (o, "indication_valid_until"), ==, "2030-01-01");
  g_assert_cmpstr (json_object_get_string_member (o2, "name_prefix"), ==, "van");
  g_assert_true (json_object_get_null_member (o2, "bsn"));
  g_assert_cmpint (json_object_get_int_member (o2, "employer_id"), ==, json_object_get_int_member (o, "employer_id"));
  g_assert_true (json_object_get_null_member (o2, "indication_valid_until"));
}

/* A row the database itself refuses (here a unique index the rules do not know of) is rejected alone:
 * no home municipality, indication or audit row of it stays behind, and the other rows go in. */
static void
test_database_refuses_row_alone (OvsTestDb *db, gconstpointer data)
{
  const char *text = HEADER
    "U1;Ans;;Kramer;01-01-1990;;Deventer;Deventer;matig;;32;;;Wezo;01-01-2014\n"
    "U2;Bas;;Kramer;01-01-1990;;Olst;Olst;ernstig;;32;;;Wezo;01-01-2014\n"
    "U3;Cor;;Smit;01-01-1990;;Deventer;Deventer;matig;;32;;;Wezo;01-01-2014\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = NULL;
  g_autoptr(OvsImportRow) row = NULL;

  g_assert_true (ovs_store_exec (db->store, "CREATE UNIQUE INDEX test_one_kramer ON employee (last_name)", NULL));
  report = import_text (db->store, text, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 2);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 1);
  row = g_list_model_get_item (ovs_import_report_get_rejected (report), 0);
  g_assert_cmpuint (ovs_import_row_get_line (row), ==, 3);
  g_assert_cmpstr (ovs_import_row_get_reason (row), ==, "duplicate");
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM home_municipality"), ==, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM home_municipality WHERE municipality = 'Olst'"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication WHERE category = 'ernstig'"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'insert' AND entity = 'employee'"),
                   ==, 2);
}

/* The database failing after a row's employee is in (so that row is half-written) undoes the whole
 * import, since there is no savepoint per row to undo just that row. */
static void
test_half_written_row_undoes_import (OvsTestDb *db, gconstpointer data)
{
  const char *text = HEADER
    "H1;Ans;;Kramer;01-01-1990;;Deventer;Deventer;matig;;32;;;Wezo;01-01-2014\n"
    "H2;Bas;;Kramer;01-01-1990;;Faalstad;Faalstad;matig;;32;;;Wezo;01-01-2014\n"
    "H3;Cor;;Smit;01-01-1990;;Deventer;Deventer;matig;;32;;;Wezo;01-01-2014\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) failed = NULL;
  g_autoptr(OvsImportReport) again = NULL;

  g_assert_true (ovs_store_exec (db->store, "CREATE TEMP TRIGGER fail_faalstad BEFORE INSERT ON home_municipality "
                                            "WHEN NEW.municipality = 'Faalstad' "
                                            "BEGIN SELECT RAISE (ABORT, 'disk full'); END", NULL));
  failed = import_text (db->store, text, 0, &error);
  g_assert_null (failed);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "H2"));
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM home_municipality"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'employee'"), ==, 0);

  g_clear_error (&error);
  g_assert_true (ovs_store_exec (db->store, "DROP TRIGGER fail_faalstad", NULL));
  again = import_text (db->store, text, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 3);
}

/* The report's models: file order, the same object each time a row is asked for, items-changed for
 * a watcher, and a model that outlives its report. */
static void
test_report_models (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsImportReport) report = import_fixture (db->store, "employees-rejections.csv", OVS_IMPORT_DRY_RUN);
  g_autoptr(GListModel) rows = g_object_ref (ovs_import_report_get_rows (report));
  GListModel *accepted = ovs_import_report_get_accepted (report);
  g_autoptr(OvsImportRow) first = g_list_model_get_item (accepted, 0);
  g_autoptr(OvsImportRow) again = g_list_model_get_item (accepted, 0);
  g_autoptr(OvsImportRow) line3 = NULL;
  g_autoptr(OvsImportRow) last = NULL;
  g_autoptr(OvsImportReport) watched = ovs_import_report_new ("x.csv", TRUE);
  guint changes = 0;

  g_assert_true (first == again);
  g_assert_true (g_list_model_get_item_type (rows) == OVS_TYPE_IMPORT_ROW);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 16);
  g_assert_cmpuint (g_list_model_get_n_items (accepted) + ovs_import_report_get_n_rejected (report), ==, 16);
  g_assert_null (g_list_model_get_item (rows, 16));
  line3 = g_list_model_get_item (rows, 1);
  g_assert_cmpuint (ovs_import_row_get_line (line3), ==, 3);
  g_assert_true (ovs_import_row_get_rejected (line3));
  g_assert_cmpuint (ovs_import_row_get_line (first), <, 3);
  g_assert_false (ovs_import_row_get_rejected (first));
  g_clear_object (&report);
  last = g_list_model_get_item (rows, 15);
  g_assert_nonnull (last);
  g_assert_cmpuint (ovs_import_row_get_line (last), ==, 18);

  g_signal_connect_swapped (ovs_import_report_get_accepted (watched), "items-changed", G_CALLBACK (count_change),
                            &changes);
  ovs_import_report_add_accepted (watched, 2, "A1", "Ans Kramer", OVS_IMPORT_ROW_INSERT);
  ovs_import_report_add_accepted (watched, 3, "A2", "Bas Kramer", OVS_IMPORT_ROW_UPDATE);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (ovs_import_report_get_n_imported (watched), ==, 1);
  g_assert_cmpuint (ovs_import_report_get_n_updated (watched), ==, 1);
}

int
main (int argc, char **argv)
{
  g_setenv ("OVERSTAP_TODAY", "2025-03-01", TRUE);
  g_test_init (&argc, &argv, NULL);

  OVS_TEST_DB ("/import/utf8-bom", test_utf8_bom);
  OVS_TEST_DB ("/import/audit-row", test_audit_row);
  OVS_TEST_DB ("/import/windows-1252", test_windows_1252);
  OVS_TEST_DB ("/import/comma-lf-any-order", test_comma_lf_any_order);
  OVS_TEST_DB ("/import/every-rejection", test_every_rejection);
  OVS_TEST_DB ("/import/bsn-message", test_bsn_message);
  OVS_TEST_DB ("/import/accepted-rows", test_accepted_rows);
  OVS_TEST_DB ("/import/dry-run", test_dry_run_writes_nothing);
  OVS_TEST_DB ("/import/strict", test_strict);
  OVS_TEST_DB ("/import/update", test_update);
  OVS_TEST_DB ("/import/missing-columns", test_missing_columns);
  OVS_TEST_DB ("/import/file-errors", test_file_errors);
  OVS_TEST_DB ("/import/all-or-nothing", test_all_or_nothing);
  OVS_TEST_DB ("/import/rule-of-employees-add", test_rule_of_employees_add);
  OVS_TEST_DB ("/import/all-rejected", test_all_rejected_writes_nothing);
  OVS_TEST_DB ("/import/permission", test_permission);
  OVS_TEST_DB ("/import/json", test_json);
  OVS_TEST_DB ("/import/employment-type", test_employment_type);
  OVS_TEST_DB ("/import/update-keeps-employment-type", test_update_keeps_employment_type);
  OVS_TEST_DB ("/import/audit-per-employee", test_audit_per_employee);
  OVS_TEST_DB ("/import/database-refuses-row-alone", test_database_refuses_row_alone);
  OVS_TEST_DB ("/import/half-written-row-undoes-import", test_half_written_row_undoes_import);
  OVS_TEST_DB ("/import/report-models", test_report_models);
  return g_test_run ();
}

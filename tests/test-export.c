/* test-export.c — CSV and XLSX export of employees, hidden columns per role, and the round trip
 * (export, import into a fresh database, export again: the same file). */
#include <string.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#define HEADER "personeelsnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn;woonplaats;woongemeente;" \
               "arbeidshandicap;indicatie_geldig_tot;contracturen;schaal;trede;werkgever;in_dienst_sinds;dienstverband"

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

static void
import_fixture (OvsStore *store, const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("OVERSTAP_SOURCE_DIR"), "tests", "data", "import", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = ovs_import_employees (store, path, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 0);
}

static char *
export_csv (OvsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ovs_export_employees_bytes (store, OVS_EXPORT_FORMAT_CSV, NULL, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_csv (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  import_fixture (db->store, "employees-utf8-bom.csv");
  csv = export_csv (db->store);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  g_assert_cmpstr (lines[0], ==, "\xef\xbb\xbf" HEADER);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 5 + 1);   /* header, rows, "" after the last CRLF */
  g_assert_cmpstr (lines[6], ==, "");
  g_assert_null (strchr (lines[1], '\n'));                     /* CRLF only */
  g_assert_cmpstr (lines[1], ==, "L2001;Jörg;;Müller;05-05-1960;082462811;Lochem;Lochem;ernstig;;40;5;10;Larcom;"
                                 "15-08-1985;wsw");
  g_assert_cmpstr (lines[2], ==, "L2002;François;ter;Garçon;30-01-1990;390996038;Barchem;Lochem;matig;01-01-2028;"
                                 "20,25;2;1;Larcom;01-03-2012;wsw");
  g_assert_cmpstr (lines[4], ==, "W1002;Zoë;van den;Berg;02-07-1975;131860914;Bathmen;Deventer;ernstig;;36,5;3;2;Wezo;"
                                 "01-02-2003;wsw");
}

static void
test_csv_quoting (OvsTestDb *db, gconstpointer data)
{
  const char *text = HEADER "\n"
    "Q1;Mies;;\"Bakker; de jonge\";01-01-1970;;\"Heino \"\"De Kolk\"\"\";Raalte;matig;;32;;;Wezo;01-01-1990\n";
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(OvsImportReport) report = ovs_import_employees_bytes (db->store, bytes, "q.csv", 0, NULL);
  g_autofree char *csv = export_csv (db->store);

  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 1);
  g_assert_nonnull (strstr (csv, "\r\nQ1;Mies;;\"Bakker; de jonge\";01-01-1970;;\"Heino \"\"De Kolk\"\"\";Raalte;"
                                 "matig;;32;;;Wezo;01-01-1990;wsw\r\n"));
}

/* A teamleider sees no BSN and no indication; hr sees both. */
static void
test_hidden_columns (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *as_hr = NULL;
  g_autofree char *as_teamleider = NULL;

  import_fixture (db->store, "employees-utf8-bom.csv");
  g_assert_cmpint (ovs_users_add (db->store, "henk", OVS_ROLE_HR, NULL, &error), >, 0);
  g_assert_cmpint (ovs_users_add (db->store, "ploegbaas", OVS_ROLE_TEAMLEIDER, NULL, &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "henk", &error));
  as_hr = export_csv (db->store);
  g_assert_true (ovs_store_set_user (db->store, "ploegbaas", &error));
  as_teamleider = export_csv (db->store);
  g_assert_nonnull (strstr (as_hr, ";131860914;"));
  g_assert_nonnull (strstr (as_teamleider, "\r\nW1002;Zoë;van den;Berg;02-07-1975;;Bathmen;Deventer;;;36,5;3;2;Wezo;"
                                           "01-02-2003;wsw\r\n"));
  g_assert_null (strstr (as_teamleider, "131860914"));
  g_assert_null (strstr (as_teamleider, "ernstig"));
}

static void
test_round_trip (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *path = g_build_filename (db->dir, "export.csv", NULL);
  g_autofree char *second_path = g_build_filename (db->dir, "second.db", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = NULL;
  OvsStore *fresh;

  import_fixture (db->store, "employees-utf8-bom.csv");
  import_fixture (db->store, "employees-windows-1252.csv");
  import_fixture (db->store, "employees-comma-lf.csv");
  g_assert_cmpint (ovs_export_employees (db->store, OVS_EXPORT_FORMAT_CSV, path, &error), ==, 13);
  g_assert_no_error (error);
  first = export_csv (db->store);

  fresh = ovs_store_open (second_path, &error);
  g_assert_no_error (error);
  g_assert_true (ovs_store_init_defaults (fresh, "tester", &error));
  report = ovs_import_employees (fresh, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 13);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 0);
  second = export_csv (fresh);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpint (count (fresh, "SELECT sum (contract_minutes) FROM employee"), ==,
                   count (db->store, "SELECT sum (contract_minutes) FROM employee"));
  g_clear_object (&report);
  g_assert_finalize_object (fresh);
}

/* Nieuw beschut employees have no indication: the export says so in dienstverband, and the import
 * then needs no arbeidshandicap, so a database with both kinds makes the same file twice. */
static void
test_round_trip_new_sheltered (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *path = g_build_filename (db->dir, "both.csv", NULL);
  g_autofree char *second_path = g_build_filename (db->dir, "both.db", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = NULL;
  OvsEmployeeFields f = {
    .personnel_number = "N7001", .first_name = "Noor", .last_name = "Kamphuis", .birth_date = "1998-04-12",
    .home_municipality = "Deventer", .contract_minutes = 24 * 60, .employer = "Stichting Werkbedrijf",
    .employment_start = "2016-09-01", .employment_type = "new_sheltered",
  };
  OvsStore *fresh;

  import_fixture (db->store, "employees-utf8-bom.csv");
  g_assert_cmpint (ovs_employees_add (db->store, &f, NULL, &error), >, 0);
  g_assert_no_error (error);
  f.personnel_number = "N7002", f.category = "matig", f.indication_valid_until = "2027-01-01";
  g_assert_cmpint (ovs_employees_add (db->store, &f, NULL, &error), >, 0);   /* nieuw beschut with an indication */
  g_assert_no_error (error);
  g_assert_cmpint (ovs_export_employees (db->store, OVS_EXPORT_FORMAT_CSV, path, &error), ==, 7);
  first = export_csv (db->store);
  g_assert_nonnull (strstr (first, "\r\nN7001;Noor;;Kamphuis;12-04-1998;;;Deventer;;;24;;;Stichting Werkbedrijf;"
                                   "01-09-2016;nieuw beschut\r\n"));
  g_assert_nonnull (strstr (first, "\r\nN7002;Noor;;Kamphuis;12-04-1998;;;Deventer;matig;01-01-2027;24;;;"
                                   "Stichting Werkbedrijf;01-09-2016;nieuw beschut\r\n"));

  fresh = ovs_store_open (second_path, &error);
  g_assert_no_error (error);
  g_assert_true (ovs_store_init_defaults (fresh, "tester", &error));
  report = ovs_import_employees (fresh, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 0);
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, 7);
  second = export_csv (fresh);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpint (count (fresh, "SELECT count(*) FROM employee WHERE employment_type = 'new_sheltered'"), ==, 2);
  g_assert_cmpint (count (fresh, "SELECT count(*) FROM indication"), ==, 5 + 1);
  g_clear_object (&report);
  g_assert_finalize_object (fresh);
}

/* Every employment type of the vocabulary leaves in dienstverband as a word the import reads back as
 * the same type: the export's CSV words and the vocabulary cannot drift apart. */
static void
test_round_trip_every_type (OvsTestDb *db, gconstpointer data)
{
  const char * const *types = ovs_vocab_codes (OVS_TYPE_EMPLOYMENT_TYPE);
  g_autofree char *path = g_build_filename (db->dir, "types.csv", NULL);
  g_autofree char *second_path = g_build_filename (db->dir, "types.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = NULL;
  OvsStore *fresh;

  for (guint i = 0; types[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("T%u", 8001 + i);
      OvsEmployeeFields f = {
        .personnel_number = number, .first_name = "Tess", .last_name = "Typen", .birth_date = "1990-01-01",
        .home_municipality = "Deventer", .contract_minutes = 32 * 60, .employer = "Stichting Werkbedrijf",
        /* Before the Wsw's intake stop (1 January 2015), so that every type may start then. */
        .employment_start = "2014-01-01", .employment_type = types[i], .category = "matig",
      };

      g_assert_cmpint (ovs_employees_add (db->store, &f, NULL, &error), >, 0);
      g_assert_no_error (error);
    }
  g_assert_cmpint (ovs_export_employees (db->store, OVS_EXPORT_FORMAT_CSV, path, &error), ==,
                   g_strv_length ((GStrv) types));
  fresh = ovs_store_open (second_path, &error);
  g_assert_no_error (error);
  g_assert_true (ovs_store_init_defaults (fresh, "tester", &error));
  report = ovs_import_employees (fresh, path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 0);
  for (guint i = 0; types[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("T%u", 8001 + i);
      OvsStmt *stmt = ovs_store_prepare (fresh, "SELECT employment_type FROM employee WHERE personnel_number = ?",
                                         NULL);

      ovs_stmt_bind_text (stmt, 1, number);
      g_assert_true (ovs_stmt_next (stmt, NULL));
      g_assert_cmpstr (ovs_stmt_get_text (stmt, 0), ==, types[i]);
      ovs_stmt_reset (stmt);
    }
  g_clear_object (&report);
  g_assert_finalize_object (fresh);
}

static void
test_audit (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *csv = export_csv (db->store);

  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                                     "entity = 'employee' AND json_extract (changes, '$.format') = 'csv'"), ==, 1);
}

/* Reads the workbook back with openpyxl and prints what a person would see. */
static const char xlsx_check[] =
  "import json, sys, datetime, openpyxl\n"
  "wb = openpyxl.load_workbook(sys.argv[1])\n"
  "ws = wb.active\n"
  "rows = list(ws.iter_rows(values_only=True))\n"
  "def cell(v):\n"
  "    return v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v\n"
  "w1002 = [r for r in rows if r[0] == 'W1002'][0]\n"
  "print(json.dumps({'title': ws.title, 'header': list(rows[0]), 'n_rows': len(rows),\n"
  "  'bold': all(c.font.b for c in ws[1]), 'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref,\n"
  "  'date_format': ws['E2'].number_format, 'birth_is_date': isinstance(ws['E2'].value, datetime.datetime),\n"
  "  'w1002': [cell(v) for v in w1002]}))\n";

static void
test_xlsx (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *path = g_build_filename (db->dir, "medewerkers.xlsx", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  const char *argv[] = { "/usr/bin/python3", "-c", xlsx_check, path, NULL };
  JsonObject *o;
  JsonArray *w1002;
  int status = 0;

  import_fixture (db->store, "employees-utf8-bom.csv");
  g_assert_cmpint (ovs_export_employees (db->store, OVS_EXPORT_FORMAT_XLSX, path, &error), ==, 5);
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python3 + openpyxl could not read the workbook: %s", err);
  node = json_from_string (out, &error);
  g_assert_no_error (error);
  o = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, "Medewerkers");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "header"), 0), ==,
                   "personeelsnummer");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "header"), 14), ==,
                   "in_dienst_sinds");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "header"), 15), ==,
                   "dienstverband");
  g_assert_cmpint (json_object_get_int_member (o, "n_rows"), ==, 6);
  g_assert_true (json_object_get_boolean_member (o, "bold"));
  g_assert_cmpstr (json_object_get_string_member (o, "freeze"), ==, "A2");
  g_assert_cmpstr (json_object_get_string_member (o, "filter"), ==, "A1:P6");
  g_assert_cmpstr (json_object_get_string_member (o, "date_format"), ==, "dd-mm-yyyy");
  g_assert_true (json_object_get_boolean_member (o, "birth_is_date"));
  w1002 = json_object_get_array_member (o, "w1002");
  g_assert_cmpstr (json_array_get_string_element (w1002, 1), ==, "Zoë");
  g_assert_cmpstr (json_array_get_string_element (w1002, 4), ==, "1975-07-02T00:00:00");
  g_assert_cmpstr (json_array_get_string_element (w1002, 5), ==, "131860914");   /* text: keeps its digits */
  g_assert_cmpfloat (json_array_get_double_element (w1002, 10), ==, 36.5);
  g_assert_cmpint (json_array_get_int_element (w1002, 11), ==, 3);
  g_assert_true (json_array_get_null_element (w1002, 9));   /* open-ended indication: empty cell */
  g_assert_cmpstr (json_array_get_string_element (w1002, 15), ==, "wsw");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  OVS_TEST_DB ("/export/csv", test_csv);
  OVS_TEST_DB ("/export/csv-quoting", test_csv_quoting);
  OVS_TEST_DB ("/export/hidden-columns", test_hidden_columns);
  OVS_TEST_DB ("/export/round-trip", test_round_trip);
  OVS_TEST_DB ("/export/round-trip-new-sheltered", test_round_trip_new_sheltered);
  OVS_TEST_DB ("/export/round-trip-every-type", test_round_trip_every_type);
  OVS_TEST_DB ("/export/audit", test_audit);
  OVS_TEST_DB ("/export/xlsx", test_xlsx);
  return g_test_run ();
}

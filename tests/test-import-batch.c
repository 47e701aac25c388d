/* test-import-batch.c — the importer writes new employees many rows to a statement: a file longer
 * than one chunk, with rows the rules reject and a row the database refuses in between, gives the
 * same rows, ids, history, audit rows and report (in file order) as one row at a time. */
#include <string.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#define HEADER "personeelsnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn;woonplaats;woongemeente;" \
               "arbeidshandicap;indicatie_geldig_tot;contracturen;schaal;trede;werkgever;in_dienst_sinds\n"

/* 150 rows, lines 2 to 151. Row 70 has an impossible birth date, row 130 repeats row 3's personnel
 * number (both rejected by the rules), and row 100 repeats row 10's last name, which the test's
 * unique index makes the database refuse. Every third row has a name prefix, every other a scale. */
#define N_ROWS 150

static char *
make_file (void)
{
  GString *text = g_string_new (HEADER);

  for (guint i = 1; i <= N_ROWS; i++)
    {
      g_autofree char *number = g_strdup_printf ("B%03u", i == 130 ? 3 : i);
      g_autofree char *last = g_strdup_printf ("Kramer%03u", i == 100 ? 10 : i);

      g_string_append_printf (text, "%s;Ans;%s;%s;%s;;Deventer;Olst;%s;;32;%s;;Wezo;01-01-2014\n", number,
                              i % 3 == 0 ? "van" : "", last, i == 70 ? "31-02-1990" : "01-01-1990",
                              i % 2 == 0 ? "matig" : "ernstig", i % 2 == 0 ? "4" : "");
    }
  return g_string_free (text, FALSE);
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

static void
test_chunks (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *text = make_file ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = NULL;
  GListModel *rows, *rejected;
  static const guint rejected_lines[] = { 71, 101, 131 };
  static const char *reasons[] = { "invalid_date", "duplicate", "duplicate" };

  g_assert_true (ovs_store_exec (db->store, "CREATE UNIQUE INDEX test_one_last_name ON employee (last_name)", NULL));
  report = ovs_import_employees_bytes (db->store, bytes, "batch.csv", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, N_ROWS - 3);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 3);

  /* The report lists every line once, in file order, rejected rows in their place. */
  rows = ovs_import_report_get_rows (report);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, N_ROWS);
  for (guint i = 0; i < N_ROWS; i++)
    {
      g_autoptr(OvsImportRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpuint (ovs_import_row_get_line (row), ==, i + 2);
    }
  rejected = ovs_import_report_get_rejected (report);
  g_assert_cmpuint (g_list_model_get_n_items (rejected), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(OvsImportRow) row = g_list_model_get_item (rejected, i);

      g_assert_cmpuint (ovs_import_row_get_line (row), ==, rejected_lines[i]);
      g_assert_cmpstr (ovs_import_row_get_reason (row), ==, reasons[i]);
    }

  /* Each employee with its own history and audit row, under its own id. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, N_ROWS - 3);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE personnel_number = 'B100'"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM home_municipality h JOIN employee e ON e.id = h.employee_id "
                                     "WHERE h.municipality = 'Olst' AND h.valid_from = '2014-01-01'"), ==, N_ROWS - 3);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM indication i JOIN employee e ON e.id = i.employee_id "
                                     "WHERE i.category = CASE WHEN e.salary_scale IS NULL THEN 'ernstig' "
                                     "ELSE 'matig' END"), ==, N_ROWS - 3);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log a JOIN employee e ON e.id = a.entity_id "
                                     "WHERE a.action = 'insert' AND a.entity = 'employee' AND a.changes LIKE "
                                     "'%\"personnel_number\":\"' || e.personnel_number || '\"%'"), ==, N_ROWS - 3);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'insert' AND entity = 'employee'"),
                   ==, N_ROWS - 3);
  /* Optional values left empty are NULL, as the one-row insert writes them. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE name_prefix = 'van'"), ==, 50);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE name_prefix IS NULL"), ==, 97);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE name_prefix = ''"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE bsn IS NOT NULL OR residence IS NULL"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE salary_scale = 4"), ==, 72);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee WHERE salary_step IS NOT NULL"), ==, 0);
}

/* A dry run writes the chunks and undoes them: nothing stays, the report counts what would go in. */
static void
test_dry_run (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *text = make_file ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = ovs_import_employees_bytes (db->store, bytes, "batch.csv",
                                                                   OVS_IMPORT_DRY_RUN, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_imported (report), ==, N_ROWS - 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM employee"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'employee'"), ==, 0);
}

int
main (int argc, char **argv)
{
  g_setenv ("OVERSTAP_TODAY", "2025-03-01", TRUE);
  g_test_init (&argc, &argv, NULL);

  OVS_TEST_DB ("/import-batch/chunks", test_chunks);
  OVS_TEST_DB ("/import-batch/dry-run", test_dry_run);
  return g_test_run ();
}

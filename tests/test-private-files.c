/* test-private-files.c — what holds personal data is created for its owner only (0600, folders
 * 0700) even under umask 022: the database and its -wal and -shm, backups, CSV and XLSX exports,
 * published feeds; and the CSV export neutralises what a spreadsheet would run as a formula. */
#include <string.h>
#include <sys/stat.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#define HEADER "personeelsnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn;woonplaats;woongemeente;" \
               "arbeidshandicap;indicatie_geldig_tot;contracturen;schaal;trede;werkgever;in_dienst_sinds;dienstverband"

static void
assert_mode (const char *path, mode_t mode)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_test_message ("%s: %o", path, (unsigned) (st.st_mode & 0777));
  g_assert_cmpint (st.st_mode & 0777, ==, mode);
}

static void
test_database_and_backup (void)
{
  g_autofree char *dir = g_dir_make_tmp ("overstap-private-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sub", "overstap.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  mode_t old = umask (022);
  OvsStore *store = ovs_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (ovs_store_init_defaults (store, "tester", &error));
  g_assert_true (ovs_store_exec (store, "INSERT INTO organisation (name, kind) VALUES ('X', 'sheltered_company')",
                                 &error));
  assert_mode (parent, 0700);
  assert_mode (path, 0600);
  assert_mode (wal, 0600);
  assert_mode (shm, 0600);
  g_assert_true (ovs_store_backup (store, backup, &error));
  g_assert_no_error (error);
  assert_mode (backup, 0600);
  g_assert_finalize_object (store);
  umask (old);
  ovs_test_remove_dir (dir);
}

static void
test_exports_and_feeds (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *csv = g_build_filename (db->dir, "medewerkers.csv", NULL);
  g_autofree char *xlsx = g_build_filename (db->dir, "medewerkers.xlsx", NULL);
  g_autofree char *feeds = g_build_filename (db->dir, "feeds", NULL);
  g_autofree char *deadlines = NULL;
  g_autoptr(GError) error = NULL;
  mode_t old = umask (022);

  g_assert_cmpint (ovs_export_employees (db->store, OVS_EXPORT_FORMAT_CSV, csv, &error), >=, 0);
  g_assert_no_error (error);
  assert_mode (csv, 0600);
  g_assert_cmpint (ovs_export_employees (db->store, OVS_EXPORT_FORMAT_XLSX, xlsx, &error), >=, 0);
  g_assert_no_error (error);
  assert_mode (xlsx, 0600);
  g_assert_true (ovs_ical_publish_period (db->store, feeds, "2026-01-01", "2026-12-31", NULL, &error));
  g_assert_no_error (error);
  assert_mode (feeds, 0700);
  {
    g_autoptr(GDir) handle = g_dir_open (feeds, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *file = g_build_filename (feeds, name, NULL);

        assert_mode (file, 0600);
        n++;
      }
    g_assert_cmpuint (n, >, 0);
  }
  umask (old);
}

/* Names that start with =, +, - or @ are exported with a leading apostrophe, and read back as they were. */
static void
test_formulas_neutralised (OvsTestDb *db, gconstpointer data)
{
  const char *text = HEADER "\n"
    "F1;\"=HYPERLINK(\"\"http://x\"\")\";;@SUM(A1);01-01-1970;;+31 6;-Raalte;matig;;32;;;Wezo;01-01-1990;wsw\n";
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = ovs_import_employees_bytes (db->store, bytes, "f.csv", 0, &error);
  g_autoptr(GBytes) out = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *second_path = NULL;
  OvsStore *second;

  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 0);
  out = ovs_export_employees_bytes (db->store, OVS_EXPORT_FORMAT_CSV, NULL, &error);
  g_assert_no_error (error);
  csv = g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpstr (lines[1], ==, "F1;\"'=HYPERLINK(\"\"http://x\"\")\";;'@SUM(A1);01-01-1970;;'+31 6;'-Raalte;matig;;"
                                 "32;;;Wezo;01-01-1990;wsw");
  g_assert_true (ovs_csv_is_formula_like ("\tx"));
  g_assert_true (ovs_csv_is_formula_like ("-1+2"));
  g_assert_false (ovs_csv_is_formula_like ("-3,5"));
  g_assert_false (ovs_csv_is_formula_like ("Jan"));
  g_assert_false (ovs_csv_is_formula_like (""));

  /* Our own export imports back into a fresh database as the same values. */
  g_clear_pointer (&report, g_object_unref);
  second_path = g_build_filename (db->dir, "second.db", NULL);
  second = ovs_store_open (second_path, &error);
  g_assert_no_error (error);
  g_assert_true (ovs_store_init_defaults (second, "tester", &error));
  report = ovs_import_employees_bytes (second, out, "terug.csv", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ovs_import_report_get_n_rejected (report), ==, 0);
  {
    OvsStmt *stmt = ovs_store_prepare (second, "SELECT first_name, last_name FROM employee "
                                                  "WHERE personnel_number = 'F1'", NULL);

    g_assert_true (ovs_stmt_next (stmt, NULL));
    g_assert_cmpstr (ovs_stmt_get_text (stmt, 0), ==, "=HYPERLINK(\"http://x\")");
    g_assert_cmpstr (ovs_stmt_get_text (stmt, 1), ==, "@SUM(A1)");
    ovs_stmt_reset (stmt);
  }
  g_clear_pointer (&report, g_object_unref);
  g_assert_finalize_object (second);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  g_test_add_func ("/private-files/database-and-backup", test_database_and_backup);
  OVS_TEST_DB ("/private-files/exports-and-feeds", test_exports_and_feeds);
  OVS_TEST_DB ("/private-files/formulas-neutralised", test_formulas_neutralised);
  return g_test_run ();
}

/* test-ical-import.c — importing absences and holidays from .ics files other programs made, refusing
 * malformed ones with the component and line, and every file of the shared corpus. */
#include <string.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

/* The shared corpus lives beside the source checkout, in shared/ics-corpus/ (see its README.md); the
 * test reads its python-icalendar folder, which is the whole corpus today. */
#define CORPUS_SUBDIR "python-icalendar"

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
count_where (OvsStore *store, const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM absence WHERE %s", where);

  return count (store, sql);
}

static char *
data_path (const char *name)
{
  const char *source = g_getenv ("OVERSTAP_SOURCE_DIR");

  return g_build_filename (source ? source : "..", "tests", "data", "ical", name, NULL);
}

static void
insert_people (OvsStore *store)
{
  g_assert_true (ovs_store_exec (store,
    "INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, "
    "  employer_id, employment_start) VALUES (1, '1001', 'Jan', 'Vries', '1970-01-01', 1800, 4, '2015-01-01');"
    "INSERT INTO crew (id, name) VALUES (1, 'Groenploeg Noord'), (2, 'Groenploeg Zuid');"
    "INSERT INTO crew_membership (crew_id, employee_id, start_date) VALUES (1, 1, '2015-01-01');", NULL));
}

static gboolean
import (OvsStore *store, const char *name, const char *employee, const char *kind, const char *from,
        const char *to, OvsIcalImportStats *stats, GError **error)
{
  g_autofree char *path = data_path (name);
  OvsIcalImportOptions options = { employee, kind, from, to };

  return ovs_ical_import_file (store, path, &options, stats, error);
}

static void
test_outlook (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsIcalImportStats stats = { 0 };

  insert_people (db->store);
  g_assert_true (import (db->store, "outlook.ics", "1001", "leave", "2026-01-01", "2026-12-31", &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.imported, ==, 6);
  g_assert_cmpint (count_where (db->store, "employee_id = 1 AND kind = 'leave'"), ==, 6);
  g_assert_cmpint (count_where (db->store, "start_date = '2026-07-20' AND end_date = '2026-08-07' "
                                           "AND start_time IS NULL AND note = 'Vakantie'"), ==, 1);
  /* W. Europe Standard Time from the file's own VTIMEZONE, after the change to summer time. */
  g_assert_cmpint (count_where (db->store, "start_date = '2026-03-31' AND start_time = '09:00' "
                                           "AND end_time = '10:30'"), ==, 1);
  /* Weekly on Friday, COUNT=5: one EXDATE, one instance moved by a RECURRENCE-ID. */
  g_assert_cmpint (count_where (db->store, "start_time = '13:00' AND end_time = '17:00' AND start_date IN "
                                           "('2026-03-06', '2026-03-13', '2026-04-03')"), ==, 3);
  g_assert_cmpint (count_where (db->store, "start_date = '2026-03-20'"), ==, 0);
  g_assert_cmpint (count_where (db->store, "start_date = '2026-03-27' AND start_time = '08:00' AND "
                                           "source_uid LIKE '%/20260327T120000Z'"), ==, 1);

  /* Again: nothing new. */
  g_assert_true (import (db->store, "outlook.ics", "1001", "leave", "2026-01-01", "2026-12-31", &stats, &error));
  g_assert_cmpuint (stats.imported, ==, 0);
  g_assert_cmpuint (stats.already_present, ==, 6);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM absence"), ==, 6);
}

static void
test_google (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsIcalImportStats stats = { 0 };

  insert_people (db->store);
  g_assert_true (import (db->store, "google.ics", NULL, "leave", "2026-01-01", "2026-12-31", &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.imported, ==, 6);
  g_assert_cmpuint (stats.cancelled, ==, 1);
  g_assert_cmpint (count_where (db->store, "employee_id IS NULL"), ==, 6);
  g_assert_cmpint (count_where (db->store, "start_date = '2026-04-15' AND start_time = '09:00' "
                                           "AND end_time = '17:00'"), ==, 1);
  g_assert_cmpint (count_where (db->store, "start_date = '2026-05-01' AND end_date = '2026-05-01' "
                                           "AND start_time IS NULL"), ==, 1);
  /* UTC, daily, across the end of summer time: 06:30Z is 07:30 from 26 October. */
  g_assert_cmpint (count_where (db->store, "start_time = '07:30' AND end_time = '11:30' AND start_date IN "
                                           "('2026-10-26', '2026-10-27', '2026-10-29', '2026-10-30')"), ==, 4);
  g_assert_cmpint (count_where (db->store, "start_date = '2026-10-28'"), ==, 0);
}

static void
test_holidays (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsIcalImportStats stats = { 0 };

  g_assert_true (import (db->store, "feestdagen.ics", NULL, "holiday", "2026-01-01", "2027-12-31", &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.imported, ==, 6);
  g_assert_cmpint (count_where (db->store, "kind = 'holiday' AND employee_id IS NULL"), ==, 6);
  g_assert_cmpint (count_where (db->store, "note = 'Nieuwjaarsdag' AND start_date IN ('2026-01-01', '2027-01-01')"),
                   ==, 2);
  g_assert_cmpint (count_where (db->store, "start_date = '2026-12-25' AND end_date = '2026-12-26'"), ==, 1);
  g_assert_cmpint (count_where (db->store, "note = 'Bevrijdingsdag'"), ==, 0);   /* 2025, 2030 */
  g_assert_cmpint (count_where (db->store, "source_uid = 'kerstmis@feestdagen.example.nl/20271225'"), ==, 1);
  g_assert_cmpuint (stats.outside_period, >, 0);
}

static void
test_gnome_floating (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsIcalImportStats stats = { 0 };

  insert_people (db->store);
  g_assert_true (import (db->store, "gnome.ics", "1001", "leave", "2026-06-01", "2026-06-30", &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_where (db->store, "start_date = '2026-06-12' AND end_date = '2026-06-12' "
                                           "AND start_time IS NULL"), ==, 1);
  g_assert_cmpint (count_where (db->store, "start_date = '2026-06-19' AND start_time = '14:00' "
                                           "AND end_time = '16:30'"), ==, 1);
}

static void
test_update_on_reimport (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = data_path ("google.ics");
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  g_auto(GStrv) parts = NULL;
  OvsIcalImportOptions options = { "1001", "leave", "2026-01-01", "2026-12-31" };
  OvsIcalImportStats stats = { 0 };
  gsize length;

  insert_people (db->store);
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_assert_true (ovs_ical_import_data (db->store, text, length, "google.ics", &options, &stats, &error));
  parts = g_strsplit (text, "SUMMARY:Verlof\r\n", -1);
  changed = g_strjoinv ("SUMMARY:Verlof (hele dag)\r\n", parts);
  g_assert_true (ovs_ical_import_data (db->store, changed, strlen (changed), "google.ics", &options, &stats,
                                       &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.imported, ==, 0);
  g_assert_cmpuint (stats.updated, ==, 1);
  g_assert_cmpuint (stats.already_present, ==, 5);
  g_assert_cmpint (count_where (db->store, "note = 'Verlof (hele dag)'"), ==, 1);
}

typedef struct { const char *file; int code; const char *line; const char *also; } Malformed;

static const Malformed malformed[] = {
  { "malformed-no-vcalendar.ics", OVS_ICAL_ERROR_NO_CALENDAR, "line 1:", "VEVENT" },
  { "malformed-unterminated.ics", OVS_ICAL_ERROR_UNTERMINATED, "line 9", "VEVENT" },
  { "malformed-end-mismatch.ics", OVS_ICAL_ERROR_UNTERMINATED, "line 7", "VTODO" },
  { "malformed-dtend-before-dtstart.ics", OVS_ICAL_ERROR_DATE_ORDER, "line 12,", "achterstevoren@example.nl" },
  { "malformed-unknown-tzid.ics", OVS_ICAL_ERROR_UNKNOWN_TIMEZONE, "line 6,", "Mars/Olympus_Mons" },
  { "malformed-bad-value.ics", OVS_ICAL_ERROR_PARSE, "line 11,", "VEVENT" },
  { "malformed-empty-value.ics", OVS_ICAL_ERROR_PARSE, "line 9,", "EXDATE" },
};

static void
test_malformed (OvsTestDb *db, gconstpointer data)
{
  insert_people (db->store);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", malformed[i].file);
      g_assert_false (import (db->store, malformed[i].file, "1001", "leave", "2026-01-01", "2026-12-31", NULL,
                              &error));
      g_assert_error (error, OVS_ICAL_ERROR, malformed[i].code);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, malformed[i].file));
      g_assert_nonnull (strstr (error->message, malformed[i].line));
      g_assert_nonnull (strstr (error->message, malformed[i].also));
      /* The good event before the bad one did not go in: all or nothing. */
      g_assert_cmpint (count (db->store, "SELECT count(*) FROM absence"), ==, 0);
    }
}

static void
test_options_and_permissions (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  insert_people (db->store);
  g_assert_false (import (db->store, "google.ics", "9999", "leave", NULL, NULL, NULL, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE);
  g_clear_error (&error);
  g_assert_false (import (db->store, "google.ics", "1001", "sickness", NULL, NULL, NULL, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (import (db->store, "missing.ics", "1001", "leave", NULL, NULL, NULL, &error));
  g_assert_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_IO);
  g_clear_error (&error);

  g_assert_cmpint (ovs_users_add (db->store, "zuid", OVS_ROLE_TEAMLEIDER, "Groenploeg Zuid", NULL), >, 0);
  g_assert_cmpint (ovs_users_add (db->store, "noord", OVS_ROLE_TEAMLEIDER, "Groenploeg Noord", NULL), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "zuid", NULL));
  g_assert_false (import (db->store, "google.ics", "1001", "leave", "2026-01-01", "2026-12-31", NULL, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (ovs_store_set_user (db->store, "noord", NULL));
  g_assert_true (import (db->store, "google.ics", "1001", "leave", "2026-01-01", "2026-12-31", NULL, &error));
  g_assert_false (import (db->store, "feestdagen.ics", NULL, "holiday", NULL, NULL, NULL, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
}

/* Every file of the shared corpus imports, or is refused with an OVS_ICAL_ERROR that names a line,
 * leaving the absences as they were. */
static void
test_corpus (OvsTestDb *db, gconstpointer data)
{
  const char *source = g_getenv ("OVERSTAP_SOURCE_DIR");
  g_autofree char *relative = NULL;
  g_autofree char *corpus = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) open_error = NULL;
  const char *name;
  guint imported = 0, refused = 0;

  /* A missing corpus fails: a skip would let the test pass without having read a single file. */
  if (source == NULL)
    {
      g_test_fail_printf ("OVERSTAP_SOURCE_DIR is not set; run this test with meson test");
      return;
    }
  relative = g_build_filename (source, "..", "shared", "ics-corpus", CORPUS_SUBDIR, NULL);
  corpus = g_canonicalize_filename (relative, NULL);
  if ((dir = g_dir_open (corpus, 0, &open_error)) == NULL)
    {
      g_test_fail_printf ("the shared iCalendar corpus is missing: %s (it belongs in shared/ics-corpus/ "
                          "beside the source checkout)", open_error->message);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (corpus, name, NULL);
      g_autoptr(GError) error = NULL;
      OvsIcalImportOptions options = { NULL, "holiday", "2000-01-01", "2030-12-31" };
      gint64 before = count (db->store, "SELECT count(*) FROM absence");

      if (!g_str_has_suffix (name, ".ics"))
        continue;
      if (ovs_ical_import_file (db->store, path, &options, NULL, &error))
        {
          imported++;
          continue;
        }
      g_test_message ("refused: %s", error->message);
      g_assert_true (error->domain == OVS_ICAL_ERROR);
      g_assert_true (g_str_has_prefix (error->message, name));
      g_assert_nonnull (strstr (error->message, "line "));
      g_assert_cmpint (count (db->store, "SELECT count(*) FROM absence"), ==, before);
      refused++;
    }
  g_test_message ("corpus: %u imported, %u refused", imported, refused);
  g_assert_cmpuint (imported, >, 0);
  g_assert_cmpuint (refused, >, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  OVS_TEST_DB ("/ical-import/outlook", test_outlook);
  OVS_TEST_DB ("/ical-import/google", test_google);
  OVS_TEST_DB ("/ical-import/holidays", test_holidays);
  OVS_TEST_DB ("/ical-import/gnome-floating", test_gnome_floating);
  OVS_TEST_DB ("/ical-import/update-on-reimport", test_update_on_reimport);
  OVS_TEST_DB ("/ical-import/malformed", test_malformed);
  OVS_TEST_DB ("/ical-import/options-and-permissions", test_options_and_permissions);
  OVS_TEST_DB ("/ical-import/corpus", test_corpus);
  return g_test_run ();
}

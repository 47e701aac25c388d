/* test-ical.c — iCalendar export, publishing and import (libical), on real SQLite files. */
#include <libical/ical.h>
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

static void
exec (OvsStore *store, const char *sql)
{
  g_autoptr(GError) error = NULL;

  ovs_store_exec (store, sql, &error);
  g_assert_no_error (error);
}

/* A crew with a team leader, two members and shifts around both DST changes of 2026. */
static void
insert_roster (OvsStore *store)
{
  exec (store,
    "INSERT INTO employee (id, personnel_number, first_name, name_prefix, last_name, birth_date, bsn, "
    "  contract_minutes, employer_id, employment_start) VALUES "
    "  (1, '1001', 'Jan', 'de', 'Vries', '1970-01-01', '111222333', 1800, 4, '2015-01-01'),"
    "  (2, '1002', 'Fatima', NULL, 'Öztürk', '1980-05-05', '123456782', 1800, 4, '2015-01-01'),"
    "  (3, '1003', 'Kees', 'van der', 'Laan', '1965-02-02', NULL, 2160, 4, '2015-01-01');"
    "INSERT INTO indication (employee_id, category, indication_date) VALUES (1, 'ernstig', '2012-01-01');"
    "INSERT INTO crew (id, name, team_leader_id, area) VALUES (1, 'Groenploeg Noord', 3, 'Noord'),"
    "  (2, 'Groenploeg Zuid', NULL, 'Zuid');"
    "INSERT INTO crew_membership (crew_id, employee_id, role, start_date) VALUES (1, 1, 'member', '2015-01-01'),"
    "  (1, 2, 'member', '2015-01-01'), (1, 3, 'team_leader', '2015-01-01');"
    "INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task, location, "
    "  sequence, updated_at) VALUES "
    "  ('shift-1@overstap', 1, 1, '2026-03-30', '07:30', '16:00', 30, 'maaien', 'Stadspark', 0, '2026-01-01T00:00:00Z'),"
    "  ('shift-2@overstap', 1, 2, '2026-03-30', '07:30', '16:00', 30, 'maaien', 'Stadspark', 0, '2026-01-01T00:00:00Z'),"
    "  ('shift-3@overstap', 1, 1, '2026-10-26', '07:30', '16:00', 30, 'bladruimen', 'Kerkplein', 2, '2026-01-01T00:00:00Z'),"
    "  ('shift-4@overstap', 1, 2, '2026-03-27', '07:30', '12:00', 0, NULL, NULL, 0, '2026-01-01T00:00:00Z');"
    "INSERT INTO absence (employee_id, kind, start_date, end_date, note) VALUES "
    "  (1, 'sickness', '2026-03-02', '2026-03-04', 'griep met koorts'),"
    "  (1, 'leave', '2026-04-10', '2026-04-10', 'tandarts');"
    "INSERT INTO absence (employee_id, kind, start_date, end_date, note) VALUES "
    "  (NULL, 'holiday', '2026-04-27', '2026-04-27', 'Koningsdag');");
}

static char *
export_crew (OvsStore *store)
{
  g_autoptr(GError) error = NULL;
  char *text = ovs_ical_export_crew (store, "Groenploeg Noord", "2026-01-01", "2026-12-31", &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* RFC 5545 3.1: every line ends in CRLF and has at most 75 octets, and folding never cuts a
 * UTF-8 sequence (each physical line is valid UTF-8 on its own). */
static void
assert_lines_ok (const char *text)
{
  const char *p = text;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  while (*p != '\0')
    {
      const char *nl = strchr (p, '\n');

      g_assert_nonnull (nl);
      g_assert_true (nl > p && nl[-1] == '\r');
      g_assert_cmpint (nl - 1 - p, <=, 75);
      g_assert_true (g_utf8_validate (p, nl - 1 - p, NULL));
      p = nl + 1;
    }
}

static void
test_export_calendar (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *text = NULL;

  insert_roster (db->store);
  text = export_crew (db->store);
  assert_lines_ok (text);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "\r\nVERSION:2.0\r\n"));
  g_assert_nonnull (strstr (text, "\r\nPRODID:-//Overstap//Overstap 0.1//NL\r\n"));
  g_assert_nonnull (strstr (text, "\r\nCALSCALE:GREGORIAN\r\n"));
  g_assert_nonnull (strstr (text, "\r\nMETHOD:PUBLISH\r\n"));
  g_assert_nonnull (strstr (text, "\r\nNAME:Rooster Groenploeg Noord\r\n"));
  g_assert_nonnull (strstr (text, "\r\nX-WR-CALNAME:Rooster Groenploeg Noord\r\n"));
  g_assert_nonnull (strstr (text, "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"));
  g_assert_nonnull (strstr (text, "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"));
  g_assert_nonnull (strstr (text, "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"));
  g_assert_null (strstr (text, "freeassociation"));
  g_assert_nonnull (strstr (text, "\r\nDTSTART;TZID=Europe/Amsterdam:20260330T073000\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTEND;TZID=Europe/Amsterdam:20260330T160000\r\n"));
  g_assert_nonnull (strstr (text, "\r\nUID:shift-3@overstap\r\n"));
  g_assert_nonnull (strstr (text, "\r\nSEQUENCE:2\r\n"));
  g_assert_nonnull (strstr (text, "\r\nSTATUS:CONFIRMED\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:Dienst Groenploeg Noord: maaien (Jan de Vries)"));
  g_assert_nonnull (strstr (text, "\r\nLOCATION:Stadspark\r\n"));
}

/* libical reads our VTIMEZONE back: 07:30 local on the Monday after each DST change. */
static void
test_export_dst (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *text = NULL;
  icalcomponent *cal;
  GHashTable *utc = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  insert_roster (db->store);
  text = export_crew (db->store);
  cal = icalparser_parse_string (text);
  g_assert_nonnull (cal);
  for (icalcomponent *ev = icalcomponent_get_first_component (cal, ICAL_VEVENT_COMPONENT); ev != NULL;
       ev = icalcomponent_get_next_component (cal, ICAL_VEVENT_COMPONENT))
    {
      icalproperty *p = icalcomponent_get_first_property (ev, ICAL_DTSTART_PROPERTY);
      icalparameter *tzid = icalproperty_get_first_parameter (p, ICAL_TZID_PARAMETER);
      icaltimezone *zone = icalcomponent_get_timezone (cal, icalparameter_get_tzid (tzid));
      struct icaltimetype t = icalproperty_get_dtstart (p);

      g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Europe/Amsterdam");
      g_assert_nonnull (zone);
      icaltime_set_timezone (&t, zone);
      t = icaltime_convert_to_zone (t, icaltimezone_get_utc_timezone ());
      g_hash_table_insert (utc, g_strdup (icalcomponent_get_uid (ev)), g_strdup (icaltime_as_ical_string (t)));
    }
  g_assert_cmpstr (g_hash_table_lookup (utc, "shift-1@overstap"), ==, "20260330T053000Z");
  g_assert_cmpstr (g_hash_table_lookup (utc, "shift-3@overstap"), ==, "20261026T063000Z");
  g_assert_cmpstr (g_hash_table_lookup (utc, "shift-4@overstap"), ==, "20260327T063000Z");
  g_hash_table_unref (utc);
  icalcomponent_free (cal);
}

static void
test_export_employee_privacy (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  insert_roster (db->store);
  text = ovs_ical_export_employee (db->store, "1001", "2026-01-01", "2026-12-31", &error);
  g_assert_no_error (error);
  assert_lines_ok (text);
  g_assert_nonnull (strstr (text, "X-WR-CALNAME:Rooster Jan de Vries"));
  g_assert_nonnull (strstr (text, "SUMMARY:Dienst Groenploeg Noord: maaien\r\n"));
  g_assert_nonnull (strstr (text, "Ploegleider: Kees van der Laan"));
  g_assert_nonnull (strstr (text, "Pauze: 30 minuten"));
  g_assert_nonnull (strstr (text, "Fatima Öztürk"));
  /* Sickness only as "Afwezig"; leave as "Verlof" without its note; everybody's holiday. */
  g_assert_nonnull (strstr (text, "SUMMARY:Afwezig\r\n"));
  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20260302\r\n"));
  g_assert_nonnull (strstr (text, "DTEND;VALUE=DATE:20260305\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:Verlof\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:Feestdag: Koningsdag\r\n"));
  g_assert_null (strstr (text, "griep"));
  g_assert_null (strstr (text, "tandarts"));
  g_assert_null (strstr (text, "sickness"));
  g_assert_null (strstr (text, "ernstig"));
  g_assert_null (strstr (text, "111222333"));
  g_assert_null (strstr (text, "123456782"));
}

static void
test_export_deadlines (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  exec (db->store,
    "INSERT INTO covenant (id, party_id, name, start_date) VALUES (1, 1, 'Wezo 2015', '2015-01-01');"
    "INSERT INTO covenant_agreement (covenant_id, title, owner, due_date) VALUES "
    "  (1, 'Kwartaalrapportage SE', 'Wezo', '2026-04-15');"
    "INSERT INTO milestone (title, owner, due_date, status) VALUES ('Stichting operationeel', 'kwartiermaker', "
    "  '2026-01-01', 'planned'), ('Vervallen stap', NULL, '2026-02-01', 'dropped');");
  text = ovs_ical_export_deadlines (db->store, "2026-01-01", "2026-12-31", &error);
  g_assert_no_error (error);
  assert_lines_ok (text);
  g_assert_nonnull (strstr (text, "UID:overstap-covenant-agreement-1\r\n"));
  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20260415\r\nDTEND;VALUE=DATE:20260416\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:Deadline Kwartaalrapportage SE (convenant Wezo 2015)"));
  g_assert_nonnull (strstr (text, "SUMMARY:Mijlpaal: Stichting operationeel\r\n"));
  g_assert_nonnull (strstr (text, "STATUS:CANCELLED"));
}

static void
test_export_permissions (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  insert_roster (db->store);
  g_assert_cmpint (ovs_users_add (db->store, "piet", OVS_ROLE_TEAMLEIDER, "Groenploeg Zuid", &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "piet", NULL));
  text = ovs_ical_export_crew (db->store, "Groenploeg Noord", "2026-01-01", "2026-12-31", &error);
  g_assert_null (text);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  text = ovs_ical_export_deadlines (db->store, "2026-01-01", "2026-12-31", &error);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  text = ovs_ical_export_crew (db->store, "Groenploeg Zuid", "2026-12-31", "2026-01-01", &error);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  text = ovs_ical_export_crew (db->store, "Nergens", "2026-01-01", "2026-12-31", &error);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_CREW);
}

static void
test_fold (void)
{
  g_autoptr(GString) line = g_string_new ("DESCRIPTION:");
  g_autofree char *folded = NULL;
  g_autofree char *unfolded = NULL;
  g_autoptr(GRegex) unfold = g_regex_new ("\r\n[ \t]", 0, 0, NULL);

  for (int i = 0; i < 60; i++)
    g_string_append (line, i % 3 ? "é€" : "x");
  g_string_append (line, "\n");
  folded = ovs_ical_fold (line->str);
  assert_lines_ok (folded);
  unfolded = g_regex_replace_literal (unfold, folded, -1, 0, "", 0, NULL);
  g_string_truncate (line, line->len - 1);
  g_string_append (line, "\r\n");
  g_assert_cmpstr (unfolded, ==, line->str);

  g_free (folded);
  folded = ovs_ical_slug ("Groenploeg Noord-Oost (Ça va)");
  g_assert_cmpstr (folded, ==, "groenploeg-noord-oost-ca-va");
}

static char *
read_dir_file (const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static char *
event_of (const char *text, const char *uid)
{
  g_autofree char *needle = g_strdup_printf ("UID:%s\r\n", uid);
  const char *at = strstr (text, needle);
  const char *begin, *end;

  if (at == NULL)
    return NULL;
  begin = g_strrstr_len (text, at - text, "BEGIN:VEVENT");
  end = strstr (at, "END:VEVENT");
  return g_strndup (begin, end - begin);
}

static void
test_publish (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (db->dir, "feeds", NULL);
  g_autofree char *crew = NULL, *jan = NULL, *ev = NULL;
  OvsIcalPublishStats stats = { 0 };
  g_autoptr(GDir) listing = NULL;
  const char *name;

  insert_roster (db->store);
  exec (db->store, "UPDATE shift SET cancelled = 1 WHERE uid = 'shift-4@overstap'");
  g_assert_true (ovs_ical_publish_period (db->store, dir, "2026-01-01", "2026-12-31", &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.files, ==, 4);   /* one crew, two employees with shifts, deadlines */
  crew = read_dir_file (dir, "ploeg-groenploeg-noord.ics");
  jan = read_dir_file (dir, "medewerker-jan-de-vries-1001.ics");
  assert_lines_ok (crew);
  /* Cancelled before it was ever published: nothing to withdraw. */
  g_assert_null (strstr (crew, "shift-4@overstap"));
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".part"));

  /* A change, a cancellation and a deletion since. */
  exec (db->store, "UPDATE shift SET start_time = '08:00' WHERE uid = 'shift-3@overstap';"
                   "UPDATE shift SET cancelled = 1 WHERE uid = 'shift-2@overstap';"
                   "DELETE FROM shift WHERE uid = 'shift-1@overstap';");
  g_assert_true (ovs_ical_publish_period (db->store, dir, "2026-01-01", "2026-12-31", &stats, &error));
  g_free (crew);
  crew = read_dir_file (dir, "ploeg-groenploeg-noord.ics");
  ev = event_of (crew, "shift-3@overstap");
  g_assert_nonnull (strstr (ev, "SEQUENCE:3\r\n"));           /* 2, raised because it changed */
  g_assert_nonnull (strstr (ev, "DTSTART;TZID=Europe/Amsterdam:20261026T080000"));
  g_free (ev);
  ev = event_of (crew, "shift-2@overstap");
  g_assert_nonnull (strstr (ev, "STATUS:CANCELLED\r\n"));
  g_assert_nonnull (strstr (ev, "SEQUENCE:1\r\n"));
  g_free (ev);
  ev = event_of (crew, "shift-1@overstap");                   /* deleted: withdrawn from the record */
  g_assert_nonnull (ev);
  g_assert_nonnull (strstr (ev, "STATUS:CANCELLED\r\n"));
  g_assert_nonnull (strstr (ev, "DTSTART;TZID=Europe/Amsterdam:20260330T073000"));
  g_free (ev);
  g_free (jan);
  jan = read_dir_file (dir, "medewerker-jan-de-vries-1001.ics");
  ev = event_of (jan, "shift-1@overstap");
  g_assert_nonnull (strstr (ev, "STATUS:CANCELLED\r\n"));
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'publish'"), ==, 2);
}

static void
test_publish_unwritable (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (db->dir, "not-a-dir", NULL);

  insert_roster (db->store);
  g_assert_true (g_file_set_contents (file, "x", -1, NULL));
  g_assert_false (ovs_ical_publish_period (db->store, file, "2026-01-01", "2026-12-31", NULL, &error));
  g_assert_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_IO);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM ical_publication"), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  OVS_TEST_DB ("/ical/export/calendar", test_export_calendar);
  OVS_TEST_DB ("/ical/export/dst", test_export_dst);
  OVS_TEST_DB ("/ical/export/employee-privacy", test_export_employee_privacy);
  OVS_TEST_DB ("/ical/export/deadlines", test_export_deadlines);
  OVS_TEST_DB ("/ical/export/permissions", test_export_permissions);
  g_test_add_func ("/ical/fold", test_fold);
  OVS_TEST_DB ("/ical/publish/withdrawals", test_publish);
  OVS_TEST_DB ("/ical/publish/unwritable", test_publish_unwritable);
  return g_test_run ();
}

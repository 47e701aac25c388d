/* test-ical-hostile.c — .ics files made to knock the importer over, generated on the fly: deep
 * nesting, 50,000 events, long folded values, time-zone rules that never end, far-future times,
 * foreign encodings; and ordinary files with one bad event, which import the rest. Each must be
 * imported or refused within seconds, naming a line. */
#include <string.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#define HEAD "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//NL\r\n"
#define TAIL "END:VCALENDAR\r\n"

static gint64
absences (OvsStore *store)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT count(*) FROM absence", NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

/* Imports @text for everybody as holidays in 2026, and says how long it took. */
static gboolean
import_text (OvsStore *store, const char *text, gsize length, OvsIcalImportStats *stats, double *seconds,
             GError **error)
{
  OvsIcalImportOptions options = { NULL, "holiday", "2026-01-01", "2026-12-31" };
  gint64 start = g_get_monotonic_time ();
  gboolean ok = ovs_ical_import_data (store, text, length, "hostile.ics", &options, stats, error);

  if (seconds != NULL)
    *seconds = (g_get_monotonic_time () - start) / 1e6;
  return ok;
}

static void
assert_refused (OvsStore *store, const char *text, gsize length, int code, const char *also)
{
  g_autoptr(GError) error = NULL;
  double seconds;

  g_assert_false (import_text (store, text, length, NULL, &seconds, &error));
  g_test_message ("%.2f s: %s", seconds, error->message);
  g_assert_error (error, OVS_ICAL_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "hostile.ics"));
  g_assert_nonnull (strstr (error->message, "line "));
  g_assert_null (strstr (error->message, ":  "));
  if (also != NULL)
    g_assert_nonnull (strstr (error->message, also));
  /* Generous for a loaded 2-core machine; the cases took minutes before. */
  g_assert_cmpfloat (seconds, <, 20.0);
  g_assert_cmpint (absences (store), ==, 0);
}

static void
test_deep_nesting (OvsTestDb *db, gconstpointer data)
{
  GString *text = g_string_new (HEAD);

  for (guint i = 0; i < 40000; i++)
    g_string_append (text, "BEGIN:X-NEST\r\n");
  for (guint i = 0; i < 40000; i++)
    g_string_append (text, "END:X-NEST\r\n");
  g_string_append (text, TAIL);
  assert_refused (db->store, text->str, text->len, OVS_ICAL_ERROR_LIMIT, "X-NEST");
  g_string_free (text, TRUE);
}

static void
append_event (GString *text, guint i)
{
  g_string_append_printf (text, "BEGIN:VEVENT\r\nUID:e%u@example.nl\r\nDTSTAMP:20260101T000000Z\r\n"
                          "DTSTART;VALUE=DATE:2026%02u%02u\r\nSUMMARY:Vrij %u\r\nDESCRIPTION:\r\nEND:VEVENT\r\n",
                          i, 1 + i % 12, 1 + i % 28, i);
}

/* 50,000 events, each with Google's empty DESCRIPTION: linear time, and a second import adds nothing. */
static void
test_many_events (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (HEAD);
  OvsIcalImportStats stats = { 0 };
  double seconds;

  for (guint i = 0; i < 50000; i++)
    append_event (text, i);
  g_string_append (text, TAIL);
  g_assert_true (import_text (db->store, text->str, text->len, &stats, &seconds, &error));
  g_assert_no_error (error);
  g_test_message ("50,000 events: %.2f s", seconds);
  g_assert_cmpuint (stats.imported, ==, 50000);
  g_assert_cmpfloat (seconds, <, 60.0);
  ovs_ical_import_stats_clear (&stats);
  g_assert_true (import_text (db->store, text->str, text->len, &stats, &seconds, &error));
  g_test_message ("again: %.2f s", seconds);
  g_assert_cmpuint (stats.imported, ==, 0);
  g_assert_cmpuint (stats.already_present, ==, 50000);
  g_assert_cmpint (absences (db->store), ==, 50000);
  ovs_ical_import_stats_clear (&stats);
  g_string_free (text, TRUE);
}

/* A summary folded over 200,000 lines of one character: joined in one buffer, not re-allocated. */
static void
test_long_folded_value (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (HEAD "BEGIN:VEVENT\r\nUID:lang@example.nl\r\nDTSTART;VALUE=DATE:20260601\r\n"
                                "SUMMARY:V");
  OvsIcalImportStats stats = { 0 };
  double seconds;

  for (guint i = 0; i < 200000; i++)
    g_string_append (text, "\r\n r");
  g_string_append (text, "\r\nEND:VEVENT\r\n" TAIL);
  g_assert_true (import_text (db->store, text->str, text->len, &stats, &seconds, &error));
  g_assert_no_error (error);
  g_test_message ("200,000 folds: %.2f s", seconds);
  g_assert_cmpuint (stats.imported, ==, 1);
  g_assert_cmpfloat (seconds, <, 20.0);
  g_string_free (text, TRUE);
}

/* A daily rule over a century, 200 events of it: the file's budget of iterations ends it. */
static void
test_many_occurrences (OvsTestDb *db, gconstpointer data)
{
  GString *text = g_string_new (HEAD);

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (text, "BEGIN:VEVENT\r\nUID:r%u@example.nl\r\nDTSTART:19000101T090000Z\r\n"
                            "DTEND:19000101T100000Z\r\nRRULE:FREQ=HOURLY;COUNT=150000\r\nEND:VEVENT\r\n", i);
  g_string_append (text, TAIL);
  assert_refused (db->store, text->str, text->len, OVS_ICAL_ERROR_TOO_MANY_RECURRENCES, "times in all");
  g_string_free (text, TRUE);
}

static void
test_secondly_timezone (OvsTestDb *db, gconstpointer data)
{
  const char *text =
    HEAD "BEGIN:VTIMEZONE\r\nTZID:Snel\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
    "RRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:tz@example.nl\r\nDTSTART;TZID=Snel:20260601T090000\r\n"
    "DTEND;TZID=Snel:20260601T100000\r\nEND:VEVENT\r\n" TAIL;

  assert_refused (db->store, text, strlen (text), OVS_ICAL_ERROR_LIMIT, "line 8, STANDARD");
}

/* Found by fuzz-ical-import: libical looks for a seventh Wednesday in a month for ever. */
static void
test_impossible_rule (OvsTestDb *db, gconstpointer data)
{
  const char *text =
    HEAD "BEGIN:VEVENT\r\nUID:nooit@example.nl\r\nDTSTART;TZID=Europe/Amsterdam:20260107T120000\r\n"
    "DTEND;TZID=Europe/Amsterdam:20260107T140000\r\nRRULE:FREQ=MONTHLY;COUNT=9;BYDAY=+7WE\r\nEND:VEVENT\r\n" TAIL;

  assert_refused (db->store, text, strlen (text), OVS_ICAL_ERROR_PARSE, "line 8, VEVENT nooit@example.nl");
}

static const char far_future[] =
  HEAD "BEGIN:VEVENT\r\nUID:ver@example.nl\r\nDTSTART;TZID=Europe/Amsterdam:20260601T090000\r\n"
  "DTEND;TZID=Europe/Amsterdam:99991231T100000\r\nEND:VEVENT\r\n"
  "BEGIN:VEVENT\r\nUID:goed@example.nl\r\nDTSTART;VALUE=DATE:20260602\r\nEND:VEVENT\r\n"
  "BEGIN:VEVENT\r\nUID:altijd@example.nl\r\nDTSTART;VALUE=DATE:20260603\r\nDTEND;VALUE=DATE:99991231\r\n"
  "END:VEVENT\r\n"
  /* Found by fuzz-ical-import: a weekly event that lasts from 1008 to 2016 hung the import. */
  "BEGIN:VEVENT\r\nUID:eeuwen@example.nl\r\nDTSTART;TZID=Europe/Amsterdam:10080514T140000\r\n"
  "DTEND;TZID=Europe/Amsterdam:20161028T143000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\nEND:VEVENT\r\n" TAIL;

/* A time in 9999 is left out and reported; a whole day until 9999 needs no time zone and imports. */
static void
test_far_future (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsIcalImportStats stats = { 0 };
  double seconds;

  g_assert_true (import_text (db->store, far_future, strlen (far_future), &stats, &seconds, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (seconds, <, 20.0);
  g_assert_cmpuint (stats.imported, ==, 2);
  g_assert_cmpuint (stats.skipped, ==, 2);
  g_test_message ("%s", (char *) g_ptr_array_index (stats.skipped_events, 0));
  g_assert_cmpstr (g_ptr_array_index (stats.skipped_events, 0), ==,
                   "hostile.ics, line 7, VEVENT ver@example.nl: DTEND lies after the year 2199");
  g_assert_cmpstr (g_ptr_array_index (stats.skipped_events, 1), ==,
                   "hostile.ics, line 21, VEVENT eeuwen@example.nl: it lasts more than 10 years");
  ovs_ical_import_stats_clear (&stats);
}

static const char one_bad[] =
  HEAD "METHOD:PUBLISH\r\n"
  "BEGIN:VEVENT\r\nUID:a@example.nl\r\nDTSTART;VALUE=DATE:20260601\r\nDESCRIPTION:\r\nEND:VEVENT\r\n"
  "BEGIN:VEVENT\r\nUID:zonder@example.nl\r\nSUMMARY:Geen begin\r\nEND:VEVENT\r\n"
  "BEGIN:VEVENT\r\nUID:alarm@example.nl\r\nDTSTART;VALUE=DATE:20260603\r\n"
  "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:nooit\r\nEND:VALARM\r\nEND:VEVENT\r\n"
  "BEGIN:VEVENT\r\nUID:b@example.nl\r\nDTSTART;VALUE=DATE:20260604\r\nLOCATION:\r\nEND:VEVENT\r\n" TAIL;

/* An event without DTSTART and one with a broken alarm are left out with line, UID and reason. */
static void
test_one_bad_event (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsIcalImportStats stats = { 0 };

  g_assert_true (import_text (db->store, one_bad, strlen (one_bad), &stats, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.imported, ==, 2);
  g_assert_cmpuint (stats.skipped, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (stats.skipped_events, 0), ==,
                   "hostile.ics, line 10, VEVENT zonder@example.nl: DTSTART is missing");
  g_test_message ("%s", (char *) g_ptr_array_index (stats.skipped_events, 1));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (stats.skipped_events, 1),
                                   "hostile.ics, line 19, VEVENT alarm@example.nl: VALARM: "));
  g_assert_cmpint (absences (db->store), ==, 2);
  ovs_ical_import_stats_clear (&stats);
}

static const char x_component[] =
  HEAD "BEGIN:X-FOO\r\nX-A:1\r\nDTSTART:nonsense\r\nEND:X-FOO\r\n" TAIL;

static void
test_empty_and_names (OvsTestDb *db, gconstpointer data)
{
  const char *nameless = "BEGIN:\r\nEND:\r\n";
  g_autoptr(GError) error = NULL;

  g_assert_false (import_text (db->store, "", 0, NULL, NULL, &error));
  g_assert_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "hostile.ics is empty");
  g_clear_error (&error);
  g_assert_false (import_text (db->store, "\r\n  \r\n", 6, NULL, NULL, &error));
  g_assert_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_EMPTY);
  g_clear_error (&error);
  assert_refused (db->store, nameless, strlen (nameless), OVS_ICAL_ERROR_PARSE, "BEGIN without a component name");
  /* libical calls it "X"; the message names it as the file does. */
  assert_refused (db->store, x_component, strlen (x_component), OVS_ICAL_ERROR_PARSE, "line 6, X-FOO: ");
}

/* UTF-16 with a byte-order mark is converted; UTF-32 and Shift-JIS are refused by name. */
static void
test_encodings (OvsTestDb *db, gconstpointer data)
{
  const char *text = HEAD "BEGIN:VEVENT\r\nUID:u@example.nl\r\nDTSTART;VALUE=DATE:20260601\r\nSUMMARY:Café\r\n"
                     "END:VEVENT\r\n" TAIL;
  g_autofree char *utf16 = NULL, *utf32 = NULL, *bom16 = NULL, *bom32 = NULL;
  const char sjis[] = HEAD "BEGIN:VEVENT\r\nUID:s@example.nl\r\nDTSTART;VALUE=DATE:20260601\r\n"
                      "SUMMARY:\x93\xfa\x96\x7b\x8c\xea\r\nEND:VEVENT\r\n" TAIL;
  gsize n16 = 0, n32 = 0;
  g_autoptr(GError) error = NULL;
  OvsIcalImportStats stats = { 0 };

  utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &n16, NULL);
  bom16 = g_malloc (n16 + 2);
  memcpy (bom16, "\xff\xfe", 2);
  memcpy (bom16 + 2, utf16, n16);
  g_assert_true (import_text (db->store, bom16, n16 + 2, &stats, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.imported, ==, 1);
  g_assert_true (ovs_store_exec (db->store, "DELETE FROM absence", NULL));

  utf32 = g_convert (text, -1, "UTF-32LE", "UTF-8", NULL, &n32, NULL);
  bom32 = g_malloc (n32 + 4);
  memcpy (bom32, "\xff\xfe\0\0", 4);
  memcpy (bom32 + 4, utf32, n32);
  assert_refused (db->store, bom32, n32 + 4, OVS_ICAL_ERROR_ENCODING, "UTF-32LE");
  assert_refused (db->store, utf16, n16, OVS_ICAL_ERROR_ENCODING, "UTF-16LE");
  assert_refused (db->store, sjis, strlen (sjis), OVS_ICAL_ERROR_ENCODING, "Shift-JIS");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  OVS_TEST_DB ("/ical-hostile/deep-nesting", test_deep_nesting);
  OVS_TEST_DB ("/ical-hostile/many-events", test_many_events);
  OVS_TEST_DB ("/ical-hostile/long-folded-value", test_long_folded_value);
  OVS_TEST_DB ("/ical-hostile/many-occurrences", test_many_occurrences);
  OVS_TEST_DB ("/ical-hostile/secondly-timezone", test_secondly_timezone);
  OVS_TEST_DB ("/ical-hostile/far-future", test_far_future);
  OVS_TEST_DB ("/ical-hostile/impossible-rule", test_impossible_rule);
  OVS_TEST_DB ("/ical-hostile/one-bad-event", test_one_bad_event);
  OVS_TEST_DB ("/ical-hostile/empty-and-names", test_empty_and_names);
  OVS_TEST_DB ("/ical-hostile/encodings", test_encodings);
  return g_test_run ();
}

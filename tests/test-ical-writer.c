/* test-ical-writer.c — the direct VEVENT writer of export and publish (ovs_ical_write_event) against
 * libical: the same bytes as libical's serialisation of the same event, and libical reads back the
 * texts, names and times that went in — long Dutch names folded across ë and é, \n ; , and \ in
 * texts, and shifts on and across the two clock-change days of 2026. */
#include <libical/ical.h>
#include <string.h>

#include "ical/ovs-ical-private.h"
#include "ovs-test-util.h"

/* Over the 75-octet fold: a name whose ë and é fall on the boundary in the ORGANIZER, SUMMARY and
 * DESCRIPTION lines. */
#define LONG_NAME "Anne-Geneviève Zoë Désirée Hélène Noëlle Chloë Renée Irène Josée Maëlle Thérèse"

static const char *tricky_texts[] = {
  "maaien",
  "snoeien, afvoeren; vegen\\klaar",
  "regel 1\nregel 2\n\nregel 4\n",
  "Ploeg deze dag: " LONG_NAME ", " LONG_NAME ", Jan \"de Kraai\" Müller",
  "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé",
  "xéééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé",
  "€ 12,50 per uur; 😀 en ŉ",
  "tab\there, cr\rhere, ff\fhere, bs\bhere, bell\ahere, del\x7fhere",
  ",;\\\n",
  "",
};

static const char *tricky_names[] = {
  "Kees van der Laan",
  LONG_NAME,
  "Jan \"de Kraai\" Müller",
  "Vries, Jan de; Boer: Piet",
  "regel\nregel",
  "x^y \\ z",
  "",
};

static struct icaltimetype
fixed_now (void)
{
  struct icaltimetype now = icaltime_from_string ("20261204T235413Z");

  return icaltime_set_timezone (&now, icaltimezone_get_utc_timezone ());
}

static OvsIcalEvent
make_event (const char *uid, const char *name, const char *text, gboolean all_day)
{
  OvsIcalEvent event = { 0 };

  event.uid = uid;
  event.organizer_cn = name;
  event.organizer_address = "urn:x-overstap:crew:7:teamleider";
  if (all_day)
    {
      ovs_ical_format_date (event.dtstart, "2026-03-29", 0);
      ovs_ical_format_date (event.dtend, "2026-03-29", 1);
    }
  else
    {
      ovs_ical_format_local (event.dtstart, "2026-03-28", 0, "22:00");
      ovs_ical_format_local (event.dtend, "2026-03-28", 1, "06:00");
    }
  event.all_day = all_day;
  event.has_sequence = !all_day;
  event.sequence = 3;
  event.cancelled = all_day;
  event.summary = text;
  event.location = text;
  event.description = text;
  event.transparent = all_day;
  return event;
}

/* libical's text for the event, folded as ovs_ical_serialize() folds a feed. */
static char *
libical_text (const OvsIcalEvent *event)
{
  icalcomponent *component = ovs_ical_event_component (event, fixed_now ());
  g_autofree char *raw = icalcomponent_as_ical_string_r (component);

  icalcomponent_free (component);
  return ovs_ical_fold (raw);
}

static char *
writer_text (const OvsIcalEvent *event)
{
  GString *out = g_string_new (NULL);
  char dtstamp[OVS_ICAL_TIME_SIZE];

  ovs_ical_format_dtstamp (dtstamp, fixed_now ());
  ovs_ical_write_event (out, dtstamp, event);
  return g_string_free (out, FALSE);
}

/* Every line CRLF-terminated, at most 75 octets, and valid UTF-8 on its own (no cut inside a sequence). */
static void
assert_lines_ok (const char *text)
{
  for (const char *p = text; *p != '\0'; )
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
test_same_bytes_as_libical (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (tricky_texts); t++)
    for (guint n = 0; n < G_N_ELEMENTS (tricky_names); n++)
      for (int all_day = 0; all_day < 2; all_day++)
        {
          g_autofree char *uid = g_strdup_printf ("shift-%u-%u;x,y\\z@overstap", t, n);
          OvsIcalEvent event = make_event (uid, tricky_names[n], tricky_texts[t], all_day);
          g_autofree char *expected = libical_text (&event);
          g_autofree char *written = writer_text (&event);

          g_assert_cmpstr (written, ==, expected);
          if (g_utf8_validate (tricky_texts[t], -1, NULL))
            assert_lines_ok (written);
        }
}

/* Every byte value once in a text and in a parameter, against libical's escaping of it. */
static void
test_every_byte (void)
{
  for (int c = 1; c < 256; c++)
    {
      char text[] = { 'a', (char) c, 'b', '\0' };
      OvsIcalEvent event = make_event (text, text, text, FALSE);
      g_autofree char *expected = libical_text (&event);
      g_autofree char *written = writer_text (&event);

      g_assert_cmpstr (written, ==, expected);
    }
}

/* A calendar of the writer's events, parsed by libical. */
static icalcomponent *
parse_written (GPtrArray *events)
{
  GString *out = g_string_new (NULL);
  char dtstamp[OVS_ICAL_TIME_SIZE];
  g_autofree char *text = NULL;
  icalcomponent *calendar;

  ovs_ical_format_dtstamp (dtstamp, fixed_now ());
  ovs_ical_write_calendar_start (out, "Rooster Groenploeg Noord, Zuid; Oost");
  for (guint i = 0; i < events->len; i++)
    ovs_ical_write_event (out, dtstamp, g_ptr_array_index (events, i));
  ovs_ical_write_calendar_end (out);
  text = g_string_free (out, FALSE);
  assert_lines_ok (text);
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  return calendar;
}

static const char *
cn_of (icalcomponent *event)
{
  icalproperty *organizer = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
  icalparameter *cn = icalproperty_get_first_parameter (organizer, ICAL_CN_PARAMETER);

  return icalparameter_get_cn (cn);
}

/* libical reads an empty value as none (and an empty LOCATION is not written). */
static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* The texts and names come back as they went in: libical undoes the escaping and the folding. The
 * control characters libical itself drops or replaces are left out here. */
static void
test_libical_reads_back (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) uids = g_ptr_array_new_with_free_func (g_free);
  icalcomponent *calendar;
  guint i = 0;

  for (guint t = 0; t < G_N_ELEMENTS (tricky_texts); t++)
    for (guint n = 0; n < G_N_ELEMENTS (tricky_names); n++)
      {
        char *uid;
        OvsIcalEvent *event;

        if (strchr (tricky_texts[t], '\r') != NULL)
          continue;
        uid = g_strdup_printf ("shift-%u-%u;x,y\\z@overstap", t, n);
        event = g_new (OvsIcalEvent, 1);
        *event = make_event (uid, tricky_names[n], tricky_texts[t], FALSE);
        g_ptr_array_add (uids, uid);
        g_ptr_array_add (events, event);
      }
  calendar = parse_written (events);
  g_assert_cmpstr (icalproperty_get_x (icalcomponent_get_first_property (calendar, ICAL_X_PROPERTY)), ==,
                   "Rooster Groenploeg Noord, Zuid; Oost");
  for (icalcomponent *ev = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); ev != NULL;
       ev = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), i++)
    {
      const OvsIcalEvent *in = g_ptr_array_index (events, i);

      g_assert_cmpuint (i, <, events->len);
      g_assert_cmpstr (icalcomponent_get_uid (ev), ==, in->uid);
      g_assert_cmpstr (or_empty (icalcomponent_get_summary (ev)), ==, in->summary);
      g_assert_cmpstr (or_empty (icalcomponent_get_location (ev)), ==, in->location);
      g_assert_cmpstr (or_empty (icalcomponent_get_description (ev)), ==, in->description);
      /* RFC 6868 in the parameter: libical 3.0 reads ^' back as a double quote and ^n as a newline. */
      g_assert_cmpstr (cn_of (ev), ==, in->organizer_cn);
      g_assert_cmpint (icalcomponent_get_sequence (ev), ==, 3);
      g_assert_cmpint (icalcomponent_get_status (ev), ==, ICAL_STATUS_CONFIRMED);
    }
  g_assert_cmpuint (i, ==, events->len);
  icalcomponent_free (calendar);
}

/* UTC of an event's DTSTART or DTEND through the calendar's own VTIMEZONE. */
static char *
utc_of (icalcomponent *calendar, icalcomponent *event, icalproperty_kind kind)
{
  icalproperty *prop = icalcomponent_get_first_property (event, kind);
  icalparameter *tzid = icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER);
  icaltimezone *zone = icalcomponent_get_timezone (calendar, icalparameter_get_tzid (tzid));
  struct icaltimetype t = kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart (prop)
                                                        : icalproperty_get_dtend (prop);

  g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, OVS_ICAL_TZID);
  g_assert_nonnull (zone);
  icaltime_set_timezone (&t, zone);
  t = icaltime_convert_to_zone (t, icaltimezone_get_utc_timezone ());
  return g_strdup (icaltime_as_ical_string (t));
}

/* Shifts on and across the clock changes of 29 March and 25 October 2026: the local times the roster
 * holds, read in UTC through our VTIMEZONE. */
static void
test_clock_change_days (void)
{
  static const struct { const char *date, *start, *end, *utc_start, *utc_end; } shifts[] = {
    { "2026-03-28", "07:30", "16:00", "20260328T063000Z", "20260328T150000Z" },
    { "2026-03-29", "07:30", "16:00", "20260329T053000Z", "20260329T140000Z" },
    { "2026-03-28", "22:00", "06:00", "20260328T210000Z", "20260329T040000Z" },  /* across the change */
    { "2026-03-29", "00:00", "01:30", "20260328T230000Z", "20260329T003000Z" },
    { "2026-10-24", "22:00", "06:00", "20261024T200000Z", "20261025T050000Z" },  /* an hour longer */
    { "2026-10-25", "07:30", "16:00", "20261025T063000Z", "20261025T150000Z" },
    { "2026-10-26", "07:30", "16:00", "20261026T063000Z", "20261026T150000Z" },
  };
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_free);
  icalcomponent *calendar;
  guint i = 0;

  for (guint s = 0; s < G_N_ELEMENTS (shifts); s++)
    {
      OvsIcalEvent *event = g_new0 (OvsIcalEvent, 1);

      event->uid = shifts[s].utc_start;
      event->organizer_cn = LONG_NAME;
      event->organizer_address = "urn:x-overstap:organisation:1";
      ovs_ical_format_local (event->dtstart, shifts[s].date, 0, shifts[s].start);
      ovs_ical_format_local (event->dtend, shifts[s].date, strcmp (shifts[s].end, shifts[s].start) > 0 ? 0 : 1,
                             shifts[s].end);
      event->summary = "Dienst";
      g_ptr_array_add (events, event);
    }
  calendar = parse_written (events);
  for (icalcomponent *ev = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); ev != NULL;
       ev = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), i++)
    {
      g_autofree char *start = utc_of (calendar, ev, ICAL_DTSTART_PROPERTY);
      g_autofree char *end = utc_of (calendar, ev, ICAL_DTEND_PROPERTY);

      g_assert_cmpstr (start, ==, shifts[i].utc_start);
      g_assert_cmpstr (end, ==, shifts[i].utc_end);
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (shifts));
  icalcomponent_free (calendar);
}

/* Dates as libical's arithmetic makes them, also where the quick path does not apply. */
static void
test_dates (void)
{
  static const struct { const char *iso; int add; const char *time; const char *expected; } cases[] = {
    { "2026-03-29", 0, "07:30", "20260329T073000" },
    { "2026-12-31", 1, "02:00", "20270101T020000" },
    { "2028-02-28", 1, "7:05", "20280229T070500" },
    { "2026-02-30", 0, "08:00", "20260302T080000" },  /* as libical normalises it */
    { "2026-3-9", 0, "08:00", "20260309T080000" },
    { "2026-03-09", 0, "8:5", "20260309T080500" },
    { "2026-03-09", 0, "1x:30", "20260309T010000" },
    { "2026-03-09", 0, "xx", "20260309T000000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char buf[OVS_ICAL_TIME_SIZE];
      struct icaltimetype t = ovs_ical_date_value (cases[i].iso, cases[i].add);
      g_autofree char *date = g_strdup_printf ("%04d%02d%02d", t.year, t.month, t.day);

      ovs_ical_format_local (buf, cases[i].iso, cases[i].add, cases[i].time);
      g_assert_cmpstr (buf, ==, cases[i].expected);
      ovs_ical_format_date (buf, cases[i].iso, cases[i].add);
      g_assert_cmpstr (buf, ==, date);
    }
}

static void
exec (OvsStore *store, const char *sql)
{
  g_autoptr(GError) error = NULL;

  ovs_store_exec (store, sql, &error);
  g_assert_no_error (error);
}

/* Without DTSTAMP, which each build takes from the clock. */
static char *
without_dtstamp (const char *text)
{
  g_autoptr(GRegex) dtstamp = g_regex_new ("DTSTAMP:[0-9TZ]+\r\n", 0, 0, NULL);

  return g_regex_replace_literal (dtstamp, text, -1, 0, "", 0, NULL);
}

/* A whole feed from the database: the direct writer's text is libical's serialisation of the same
 * feed built as components (as CalDAV publishing builds it). */
static void
test_feed_as_libical (OvsTestDb *db, gconstpointer data)
{
  static const char *crews[] = { "Groenploeg Noord, Zuid; Oost", "Veegploeg" };
  g_autoptr(GError) error = NULL;

  exec (db->store,
    "INSERT INTO employee (id, personnel_number, first_name, name_prefix, last_name, birth_date, contract_minutes, "
    "  employer_id, employment_start) VALUES "
    "  (1, '1001', 'Anne-Geneviève Zoë Désirée', 'van ''t', 'Hélène-Noëlle Chloë Renée Irène Josée', '1970-01-01',"
    "   1800, 4, '2015-01-01'),"
    "  (2, '1002', 'Jan \"de Kraai\"', NULL, 'Müller; Vries, de', '1980-05-05', 1800, 4, '2015-01-01'),"
    "  (3, '1003', 'Kees', 'van der', 'Laan', '1965-02-02', 2160, 4, '2015-01-01');"
    "INSERT INTO crew (id, name, team_leader_id, area) VALUES (1, 'Groenploeg Noord, Zuid; Oost', 1, 'Noord'),"
    "  (2, 'Veegploeg', NULL, 'Zuid');"
    "INSERT INTO crew_membership (crew_id, employee_id, role, start_date) VALUES (1, 1, 'team_leader', '2015-01-01'),"
    "  (1, 2, 'member', '2015-01-01'), (2, 3, 'member', '2015-01-01');"
    "INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task, location, "
    "  cancelled, sequence, updated_at) VALUES "
    "  ('a@overstap', 1, 1, '2026-03-28', '22:00', '06:00', 30, 'strooien; vegen, afvoeren\\klaar', 'Ring, noord', 0, 0, 'x'),"
    "  ('b@overstap', 1, 2, '2026-03-29', '07:30', '16:00', 30, 'regel 1\nregel 2', NULL, 0, 1, 'x'),"
    "  ('c@overstap', 1, 2, '2026-10-25', '07:30', '16:00', 0, '', '', 1, 2, 'x'),"
    "  ('d@overstap', 2, 3, '2026-10-24', '22:00', '06:00', 15, NULL, 'Markt', 0, 0, 'x');"
    "INSERT INTO absence (employee_id, kind, start_date, end_date, start_time, end_time, note) VALUES "
    "  (2, 'leave', '2026-04-10', '2026-04-10', '09:00', '12:00', NULL),"
    "  (NULL, 'holiday', '2026-04-27', '2026-04-27', NULL, NULL, 'Koningsdag; vrij, feest');");
  for (guint i = 0; i < G_N_ELEMENTS (crews) + 2; i++)
    {
      g_autoptr(OvsIcalFeed) feed = i < G_N_ELEMENTS (crews) ? ovs_ical_feed_for_crew (db->store, crews[i], &error)
                                                             : ovs_ical_feed_for_employee (db->store, i == 2 ? "1002" : "1001", &error);
      g_autofree char *text = ovs_ical_build_feed_text (db->store, feed, "2026-01-01", "2026-12-31", FALSE, NULL,
                                                        NULL, &error);
      icalcomponent *calendar = ovs_ical_build_feed (db->store, feed, "2026-01-01", "2026-12-31", FALSE, NULL, &error);
      g_autofree char *expected = NULL, *a = NULL, *b = NULL;

      g_assert_no_error (error);
      expected = ovs_ical_serialize (calendar);
      icalcomponent_free (calendar);
      assert_lines_ok (text);
      a = without_dtstamp (text);
      b = without_dtstamp (expected);
      g_assert_cmpstr (a, ==, b);
      g_assert_nonnull (strstr (text, "DTSTAMP:"));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  g_test_add_func ("/ical/writer/same-bytes-as-libical", test_same_bytes_as_libical);
  g_test_add_func ("/ical/writer/every-byte", test_every_byte);
  g_test_add_func ("/ical/writer/libical-reads-back", test_libical_reads_back);
  g_test_add_func ("/ical/writer/clock-change-days", test_clock_change_days);
  g_test_add_func ("/ical/writer/dates", test_dates);
  OVS_TEST_DB ("/ical/writer/feed-as-libical", test_feed_as_libical);
  return g_test_run ();
}

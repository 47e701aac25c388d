/* ovs-ical-import.c — absences and holidays from .ics files that other programs made.
 *
 * Outlook writes its own VTIMEZONE (often with a Windows name), Google writes UTC, the national holiday
 * calendars write all-day events with a yearly RRULE. Every instance within the period becomes one
 * absence row with source_uid "UID" or "UID/RECURRENCE" so that a second import of the same file finds
 * its rows again. The whole file goes in one transaction, or nothing does. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "ical/ovs-ical-private.h"

/* Iterations of one recurrence rule before we call it unreasonable (a daily rule since 1900 needs
 * about 46,000). */
#define MAX_RECURRENCE_STEPS 200000
/* Iterations of all rules of one file together (about 15 µs each): 50,000 events of a few instances
 * each fit easily, and a hostile file is refused within seconds. */
#define MAX_FILE_STEPS 500000
#define MAX_NOTE_CHARS 200
/* libical converts a time by expanding the zone's rules up to that year; a DATE-TIME after this year
 * is no absence anyone plans, and converting year 9999 costs a minute. */
#define MAX_TIMED_YEAR 2199
/* A timed event longer than this (ten years) is no absence either. */
#define MAX_TIMED_SECONDS (10 * 31556952)
/* An .ics file larger than this is no calendar of absences (a year of a big organisation is ~10 MB). */
#define MAX_FILE_BYTES (64 * 1024 * 1024)
/* Observances one VTIMEZONE may list by RDATE. */
#define MAX_ZONE_RDATES 1000

typedef struct
{
  char *source_uid;
  char *start_date;
  char *end_date;
  char *start_time;   /* NULL for whole days */
  char *end_time;
  char *note;
} AbsenceRow;

typedef struct
{
  OvsStore            *store;
  OvsIcalSource       *source;
  icaltimezone        *local;       /* Europe/Amsterdam, for converting only */
  gint64               employee_id; /* 0: everybody */
  const char          *kind;
  char                *from;
  char                *to;
  gint64               from_day;    /* from as days since 1970-01-01 */
  GHashTable          *overridden;  /* "UID/RECURRENCE" of RECURRENCE-ID components */
  GHashTable          *seen;        /* source_uid -> TRUE, within this file */
  GPtrArray           *rows;        /* AbsenceRow */
  GHashTable          *ordinals;    /* component kind -> count so far, to find its line */
  guint                steps;       /* recurrence iterations of the whole file */
  GPtrArray           *skipped;     /* char *: messages of the events skipped */
  OvsIcalImportStats   stats;
} Import;

typedef struct
{
  Import        *import;
  icalcomponent *calendar;
  icalcomponent *event;
  guint          line;     /* of its BEGIN:VEVENT */
  const char    *uid;
  const char    *summary;
  gboolean       is_date;
  gint64         seconds;  /* duration of a timed event */
  int            days;     /* duration of an all-day event */
} Event;

static void
absence_row_free (gpointer data)
{
  AbsenceRow *row = data;

  g_free (row->source_uid);
  g_free (row->start_date);
  g_free (row->end_date);
  g_free (row->start_time);
  g_free (row->end_time);
  g_free (row->note);
  g_free (row);
}

static gboolean
event_error (Event *ev, GError **error, OvsIcalError code, guint line, const char *format, ...) G_GNUC_PRINTF (5, 6);

/* "file.ics, line 14, VEVENT abc@example.com: …" */
static gboolean
event_error (Event *ev, GError **error, OvsIcalError code, guint line, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, OVS_ICAL_ERROR, code, _("%s, line %u, VEVENT %s: %s"),
               ovs_ical_source_name (ev->import->source), line ? line : ev->line,
               ev->uid ? ev->uid : "", message);
  return FALSE;
}

/* An event that cannot become an absence but harms nothing else is left out and reported, as
 * "file.ics, line 14, VEVENT abc@example.com: DTSTART is missing". */
static gboolean
skip_event (Event *ev, guint line, const char *reason)
{
  g_autofree char *uid = g_utf8_make_valid (ev->uid ? ev->uid : "", -1);

  g_ptr_array_add (ev->import->skipped,
                   g_strdup_printf (_("%s, line %u, VEVENT %s: %s"), ovs_ical_source_name (ev->import->source),
                                    line ? line : ev->line, uid, reason));
  ev->import->stats.skipped++;
  return TRUE;
}

/* --- time --- */

static icaltimezone *
resolve_zone (Event *ev, icalproperty *prop, gboolean *unknown)
{
  icalparameter *param = icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER);
  const char *tzid = param ? icalparameter_get_tzid (param) : NULL;
  icaltimezone *zone;
  const char *olson;

  *unknown = FALSE;
  if (tzid == NULL)
    return NULL;
  /* The VTIMEZONE the file carries wins; then Windows names; then the Olson database. */
  if ((zone = icalcomponent_get_timezone (ev->calendar, tzid)) != NULL)
    return zone;
  if (tzid[0] == '/' && (zone = icaltimezone_get_builtin_timezone_from_tzid (tzid)) != NULL)
    return zone;
  olson = ovs_ical_windows_zone (tzid);
  if (g_strcmp0 (olson ? olson : tzid, "UTC") == 0)
    return icaltimezone_get_utc_timezone ();
  if ((zone = icaltimezone_get_builtin_timezone (olson ? olson : tzid)) != NULL)
    return zone;
  /* Vendor prefixes such as /mozilla.org/20070129_1/America/New_York end in an Olson name. */
  for (const char *p = strchr (tzid, '/'); p != NULL; p = strchr (p + 1, '/'))
    if ((zone = icaltimezone_get_builtin_timezone (p + 1)) != NULL)
      return zone;
  *unknown = TRUE;
  return NULL;
}

/* libical reads "2026-13-45" as month 13, day 45 without complaint. */
static gboolean
valid_time (struct icaltimetype t)
{
  if (icaltime_is_null_time (t) || t.year < 1000 || t.year > 9999 || t.month < 1 || t.month > 12 ||
      t.day < 1 || t.day > icaltime_days_in_month (t.month, t.year))
    return FALSE;
  return t.is_date || (t.hour >= 0 && t.hour < 24 && t.minute >= 0 && t.minute < 60 && t.second >= 0 &&
                       t.second <= 60);
}

/* A DATE or DATE-TIME value of @prop with its zone resolved; floating times are taken as Dutch time. */
static gboolean
property_time (Event *ev, icalproperty *prop, struct icaltimetype *out, GError **error)
{
  icalvalue *value = icalproperty_get_value (prop);
  icalvalue_kind kind = value ? icalvalue_isa (value) : ICAL_NO_VALUE;
  const char *name = icalproperty_get_property_name (prop);
  icaltimezone *zone;
  gboolean unknown;

  if (kind == ICAL_DATETIMEPERIOD_VALUE)
    {
      struct icaldatetimeperiodtype dtp = icalvalue_get_datetimeperiod (value);

      *out = icaltime_is_null_time (dtp.time) ? dtp.period.start : dtp.time;
    }
  else if (kind == ICAL_PERIOD_VALUE)
    *out = icalvalue_get_period (value).start;
  else if (kind == ICAL_DATETIME_VALUE || kind == ICAL_DATE_VALUE)
    *out = icalvalue_get_datetime (value);
  else
    return event_error (ev, error, OVS_ICAL_ERROR_PARSE,
                        ovs_ical_source_property_line (ev->import->source, ev->line, name, NULL),
                        _("%s is not a date or date-time"), name);
  if (!valid_time (*out))
    return event_error (ev, error, OVS_ICAL_ERROR_PARSE,
                        ovs_ical_source_property_line (ev->import->source, ev->line, name, NULL),
                        _("%s holds no valid date"), name);
  if (out->is_date)
    return TRUE;
  zone = resolve_zone (ev, prop, &unknown);
  if (unknown)
    {
      icalparameter *param = icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER);

      return event_error (ev, error, OVS_ICAL_ERROR_UNKNOWN_TIMEZONE,
                          ovs_ical_source_property_line (ev->import->source, ev->line, name, NULL),
                          _("time zone “%s” of %s is not defined in the file (no VTIMEZONE) nor known"),
                          icalparameter_get_tzid (param), name);
    }
  if (zone != NULL)
    icaltime_set_timezone (out, zone);
  else if (!icaltime_is_utc (*out))
    icaltime_set_timezone (out, ev->import->local);
  return TRUE;
}

static char *
time_key (struct icaltimetype t)
{
  if (t.is_date)
    return g_strdup_printf ("%04d%02d%02d", t.year, t.month, t.day);
  t = icaltime_convert_to_zone (t, icaltimezone_get_utc_timezone ());
  return g_strdup_printf ("%04d%02d%02dT%02d%02d%02dZ", t.year, t.month, t.day, t.hour, t.minute, t.second);
}

static char *
iso_date (struct icaltimetype t)
{
  return g_strdup_printf ("%04d-%02d-%02d", t.year, t.month, t.day);
}

/* --- rows --- */

static gboolean
in_period (Import *import, const char *start, const char *end)
{
  return g_strcmp0 (end, import->from) >= 0 && g_strcmp0 (start, import->to) <= 0;
}

/* Turns one instance into a row: whole days for all-day events and for timed events that run from
 * midnight to midnight or over several days; a part-day absence with times within one day. */
static AbsenceRow *
make_row (Event *ev, struct icaltimetype start)
{
  AbsenceRow *row = g_new0 (AbsenceRow, 1);

  if (ev->is_date)
    {
      struct icaltimetype last = start;

      icaltime_adjust (&last, MAX (ev->days, 1) - 1, 0, 0, 0);
      row->start_date = iso_date (start);
      row->end_date = iso_date (last);
    }
  else
    {
      time_t t0 = icaltime_as_timet_with_zone (start, start.zone);
      struct icaltimetype a = icaltime_from_timet_with_zone (t0, 0, ev->import->local);
      struct icaltimetype b = icaltime_from_timet_with_zone (t0 + ev->seconds, 0, ev->import->local);
      gboolean b_midnight = b.hour == 0 && b.minute == 0 && b.second == 0;

      row->start_date = iso_date (a);
      if (a.year == b.year && a.month == b.month && a.day == b.day)
        {
          row->end_date = iso_date (b);
          row->start_time = g_strdup_printf ("%02d:%02d", a.hour, a.minute);
          row->end_time = g_strdup_printf ("%02d:%02d", b.hour, b.minute);
        }
      else
        {
          if (b_midnight)
            icaltime_adjust (&b, -1, 0, 0, 0);
          row->end_date = iso_date (b);
        }
    }
  if (ev->summary != NULL && *ev->summary != '\0')
    row->note = g_utf8_substring (ev->summary, 0, MIN (g_utf8_strlen (ev->summary, -1), MAX_NOTE_CHARS));
  return row;
}

static void
add_instance (Event *ev, struct icaltimetype start, const char *source_uid)
{
  Import *import = ev->import;
  AbsenceRow *row;

  if (g_hash_table_contains (import->seen, source_uid))
    {
      import->stats.duplicates++;
      return;
    }
  g_hash_table_add (import->seen, g_strdup (source_uid));
  row = make_row (ev, start);
  if (!in_period (import, row->start_date, row->end_date))
    {
      import->stats.outside_period++;
      absence_row_free (row);
      return;
    }
  row->source_uid = g_strdup (source_uid);
  g_ptr_array_add (import->rows, row);
}

/* --- recurrences --- */

static gboolean
collect_exdates (Event *ev, GHashTable *excluded, GError **error)
{
  for (icalproperty *p = icalcomponent_get_first_property (ev->event, ICAL_EXDATE_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (ev->event, ICAL_EXDATE_PROPERTY))
    {
      struct icaltimetype t;

      if (!property_time (ev, p, &t, error))
        return FALSE;
      g_hash_table_add (excluded, time_key (t));
      /* Google sometimes excludes a timed instance by its date only. */
      if (t.is_date)
        g_hash_table_add (excluded, g_strdup_printf ("D%04d%02d%02d", t.year, t.month, t.day));
    }
  return TRUE;
}

static gboolean
is_excluded (Event *ev, GHashTable *excluded, struct icaltimetype t, const char *key)
{
  g_autofree char *date_key = NULL;

  if (g_hash_table_contains (excluded, key))
    return TRUE;
  if (!t.is_date)
    {
      struct icaltimetype local = icaltime_convert_to_zone (t, ev->import->local);

      date_key = g_strdup_printf ("D%04d%02d%02d", local.year, local.month, local.day);
    }
  return date_key != NULL && g_hash_table_contains (excluded, date_key);
}

/* One instance of a recurring event, unless excluded, replaced by a RECURRENCE-ID, or already had. */
static void
recurrence_instance (Event *ev, struct icaltimetype t, GHashTable *excluded, GHashTable *done)
{
  g_autofree char *key = time_key (t);
  g_autofree char *source_uid = g_strdup_printf ("%s/%s", ev->uid, key);

  if (g_hash_table_contains (done, key))
    return;
  g_hash_table_add (done, g_strdup (key));
  if (is_excluded (ev, excluded, t, key))
    return;
  if (g_hash_table_contains (ev->import->overridden, source_uid))
    return;
  add_instance (ev, t, source_uid);
}

static gboolean
past_period (Event *ev, struct icaltimetype t)
{
  g_autofree char *date = NULL;

  if (!t.is_date)
    t = icaltime_convert_to_zone (t, ev->import->local);
  date = iso_date (t);
  return g_strcmp0 (date, ev->import->to) > 0;
}

/* Rules finer than a day (HOURLY and below) are started near the period when libical allows it. */
static void
skip_to_period (Event *ev, icalrecur_iterator *it, struct icalrecurrencetype *rule, struct icaltimetype dtstart)
{
  struct icaltimetype from = ovs_ical_date_value (ev->import->from, -1);

  if (rule->freq >= ICAL_DAILY_RECURRENCE || rule->count != 0 || dtstart.is_date)
    return;
  from.is_date = 0;
  icaltime_set_timezone (&from, ev->import->local);
  from = icaltime_convert_to_zone (from, (icaltimezone *) dtstart.zone);
  if (icaltime_compare (from, dtstart) > 0)
    icalrecur_iterator_set_start (it, from);
}

/* Days since 1970-01-01 of a proleptic Gregorian date, in constant time (H. Hinnant's days_from_civil):
 * icaltime_adjust() walks month by month, which a span of centuries makes slow. */
static gint64
day_number (int year, int month, int day)
{
  gint64 y = year - (month <= 2);
  gint64 era = (y >= 0 ? y : y - 399) / 400;
  gint64 yoe = y - era * 400;
  gint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

/* Whether the instance at @t surely ends before the period: compared as day numbers, with a day to
 * spare for the time zone, so that the many instances of an old rule cost no conversion. */
static gboolean
before_period (Event *ev, struct icaltimetype t)
{
  gint64 span = ev->is_date ? MAX (ev->days, 1) : ev->seconds / 86400 + 2;

  return day_number (t.year, t.month, t.day) + span < ev->import->from_day;
}

static gboolean
count_step (Event *ev, GError **error)
{
  if (++ev->import->steps <= MAX_FILE_STEPS)
    return TRUE;
  return event_error (ev, error, OVS_ICAL_ERROR_TOO_MANY_RECURRENCES,
                      ovs_ical_source_property_line (ev->import->source, ev->line, "RRULE", NULL),
                      _("the recurrences of this file repeat more than %d times in all"), MAX_FILE_STEPS);
}

/* libical 3.0 searches for the first instance without end when none can exist: BYDAY=+7WE in a
 * month (found by fuzz-ical-import). A month has at most five of a weekday, a year 53. */
static gboolean
possible_rule (const struct icalrecurrencetype *rule)
{
  int limit = rule->freq == ICAL_YEARLY_RECURRENCE && rule->by_month[0] == ICAL_RECURRENCE_ARRAY_MAX ? 53 : 5;

  for (int i = 0; i < ICAL_BY_DAY_SIZE && rule->by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    if (ABS (icalrecurrencetype_day_position (rule->by_day[i])) > limit)
      return FALSE;
  return TRUE;
}

static gboolean
expand_rule (Event *ev, icalproperty *prop, struct icaltimetype dtstart, GHashTable *excluded,
             GHashTable *done, GError **error)
{
  struct icalrecurrencetype rule = icalproperty_get_rrule (prop);
  icalrecur_iterator *it;
  guint steps = 0;

  if (rule.freq == ICAL_NO_RECURRENCE || !possible_rule (&rule) || (it = icalrecur_iterator_new (rule, dtstart)) == NULL)
    return event_error (ev, error, OVS_ICAL_ERROR_PARSE,
                        ovs_ical_source_property_line (ev->import->source, ev->line, "RRULE", NULL),
                        _("the RRULE cannot be expanded"));
  skip_to_period (ev, it, &rule, dtstart);
  for (struct icaltimetype t = icalrecur_iterator_next (it); !icaltime_is_null_time (t);
       t = icalrecur_iterator_next (it))
    {
      t.zone = dtstart.zone;
      if (before_period (ev, t))
        {
          /* Counted, but no key, zone conversion or row: a daily rule since 1900 costs little. */
          if (!count_step (ev, error))
            {
              icalrecur_iterator_free (it);
              return FALSE;
            }
          ev->import->stats.outside_period++;
          continue;
        }
      if (past_period (ev, t))
        break;
      if (!count_step (ev, error))
        {
          icalrecur_iterator_free (it);
          return FALSE;
        }
      if (++steps > MAX_RECURRENCE_STEPS)
        {
          icalrecur_iterator_free (it);
          return event_error (ev, error, OVS_ICAL_ERROR_TOO_MANY_RECURRENCES,
                              ovs_ical_source_property_line (ev->import->source, ev->line, "RRULE", NULL),
                              _("the RRULE repeats more than %d times before the period ends"),
                              MAX_RECURRENCE_STEPS);
        }
      recurrence_instance (ev, t, excluded, done);
    }
  icalrecur_iterator_free (it);
  return TRUE;
}

static gboolean
expand (Event *ev, struct icaltimetype dtstart, GError **error)
{
  g_autoptr(GHashTable) excluded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!collect_exdates (ev, excluded, error))
    return FALSE;
  /* DTSTART is always the first instance, whether or not the rule matches it. */
  recurrence_instance (ev, dtstart, excluded, done);
  for (icalproperty *p = icalcomponent_get_first_property (ev->event, ICAL_RRULE_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (ev->event, ICAL_RRULE_PROPERTY))
    if (!expand_rule (ev, p, dtstart, excluded, done, error))
      return FALSE;
  for (icalproperty *p = icalcomponent_get_first_property (ev->event, ICAL_RDATE_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (ev->event, ICAL_RDATE_PROPERTY))
    {
      struct icaltimetype t;

      if (!property_time (ev, p, &t, error))
        return FALSE;
      recurrence_instance (ev, t, excluded, done);
    }
  return TRUE;
}

/* --- one VEVENT --- */

static gboolean
event_duration (Event *ev, struct icaltimetype start, GError **error)
{
  icalproperty *dtend = icalcomponent_get_first_property (ev->event, ICAL_DTEND_PROPERTY);
  icalproperty *duration = icalcomponent_get_first_property (ev->event, ICAL_DURATION_PROPERTY);
  struct icaltimetype end = start;

  if (dtend != NULL && !property_time (ev, dtend, &end, error))
    return FALSE;
  if (dtend == NULL && duration != NULL)
    end = icaltime_add (start, icalproperty_get_duration (duration));
  else if (dtend == NULL && start.is_date)
    icaltime_adjust (&end, 1, 0, 0, 0);
  if (start.is_date && !end.is_date)
    end.is_date = 1;   /* an all-day event with a DTEND given as date-time: use its date */
  if (icaltime_compare (end, start) < 0)
    return event_error (ev, error, OVS_ICAL_ERROR_DATE_ORDER,
                        ovs_ical_source_property_line (ev->import->source, ev->line,
                                                       dtend ? "DTEND" : "DURATION", NULL),
                        _("it ends before it starts"));
  ev->is_date = start.is_date;
  if (start.is_date)
    ev->days = (int) ((icaltime_as_timet (end) - icaltime_as_timet (start)) / 86400);
  else
    ev->seconds = icaltime_as_timet_with_zone (end, end.zone) - icaltime_as_timet_with_zone (start, start.zone);
  return TRUE;
}

static gboolean
is_cancelled (icalcomponent *event)
{
  icalproperty *status = icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY);

  return status != NULL && icalproperty_get_status (status) == ICAL_STATUS_CANCELLED;
}

/* A UID is required, but some exports lack it: a hash of the event's text is stable across imports. */
static char *
event_uid (icalcomponent *event)
{
  icalproperty *uid = icalcomponent_get_first_property (event, ICAL_UID_PROPERTY);
  g_autofree char *text = NULL;

  if (uid != NULL && icalproperty_get_uid (uid) != NULL && *icalproperty_get_uid (uid) != '\0')
    return g_strdup (icalproperty_get_uid (uid));
  text = icalcomponent_as_ical_string_r (event);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA1, text, -1);
}

/* The first of the event's times given as DATE-TIME after MAX_TIMED_YEAR, or NULL. Whole days need
 * no time zone and may lie as far ahead as the date allows. */
static const char *
far_future_property (icalcomponent *event)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_ANY_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_ANY_PROPERTY))
    {
      icalproperty_kind property = icalproperty_isa (p);
      icalvalue *value = icalproperty_get_value (p);
      icalvalue_kind kind = value ? icalvalue_isa (value) : ICAL_NO_VALUE;
      struct icaltimetype t = icaltime_null_time ();

      /* Only the times we convert; a DTSTAMP in 9999 harms nothing. */
      if (property != ICAL_DTSTART_PROPERTY && property != ICAL_DTEND_PROPERTY && property != ICAL_RDATE_PROPERTY &&
          property != ICAL_EXDATE_PROPERTY && property != ICAL_RECURRENCEID_PROPERTY)
        continue;
      if (kind == ICAL_DATETIME_VALUE)
        t = icalvalue_get_datetime (value);
      else if (kind == ICAL_DATETIMEPERIOD_VALUE)
        {
          struct icaldatetimeperiodtype dtp = icalvalue_get_datetimeperiod (value);

          t = icaltime_is_null_time (dtp.time) ? dtp.period.start : dtp.time;
        }
      else if (kind == ICAL_PERIOD_VALUE)
        t = icalvalue_get_period (value).start;
      if (!t.is_date && t.year > MAX_TIMED_YEAR)
        return icalproperty_get_property_name (p);
    }
  return NULL;
}

static gboolean
import_event (Import *import, icalcomponent *calendar, icalcomponent *event, guint line, const char *skip_reason,
              guint skip_line, GError **error)
{
  g_autofree char *uid = event_uid (event);
  Event ev = { import, calendar, event, line, uid, icalcomponent_get_summary (event), FALSE, 0, 0 };
  icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalproperty *rid = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  struct icaltimetype start;
  const char *far;

  if (is_cancelled (event))
    {
      import->stats.cancelled++;
      return TRUE;
    }
  if (skip_reason != NULL)
    return skip_event (&ev, skip_line, skip_reason);
  /* RFC 5545 lets a VEVENT go without DTSTART when the calendar has a METHOD; it is no absence. */
  if (dtstart == NULL)
    return skip_event (&ev, 0, _("DTSTART is missing"));
  if ((far = far_future_property (event)) != NULL)
    {
      g_autofree char *reason = g_strdup_printf (_("%s lies after the year %d"), far, MAX_TIMED_YEAR);

      return skip_event (&ev, ovs_ical_source_property_line (import->source, line, far, NULL), reason);
    }
  if (!property_time (&ev, dtstart, &start, error) || !event_duration (&ev, start, error))
    return FALSE;
  /* Each instance's end is converted to Dutch time, and libical expands the zone up to that year. */
  if (!ev.is_date && ev.seconds > MAX_TIMED_SECONDS)
    {
      g_autofree char *reason = g_strdup_printf (_("it lasts more than %d years"), MAX_TIMED_SECONDS / 31556952);

      return skip_event (&ev, ovs_ical_source_property_line (import->source, line, "DTEND", NULL), reason);
    }
  if (rid != NULL)
    {
      struct icaltimetype r;
      g_autofree char *key = NULL, *source_uid = NULL;

      if (!property_time (&ev, rid, &r, error))
        return FALSE;
      key = time_key (r);
      source_uid = g_strdup_printf ("%s/%s", uid, key);
      add_instance (&ev, start, source_uid);
      return TRUE;
    }
  if (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL ||
      icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY) != NULL)
    return expand (&ev, start, error);
  add_instance (&ev, start, uid);
  return TRUE;
}

/* --- the component tree --- */

typedef struct
{
  icalcomponent *calendar;
  icalcomponent *event;
  guint          line;
  char          *skip_reason;  /* set when a component inside it (a VALARM) is broken */
  guint          skip_line;
} EventRef;

static void
event_ref_clear (gpointer data)
{
  g_free (((EventRef *) data)->skip_reason);
}

/* The line of @comp's BEGIN, counting components of each kind in document order as the source did. */
static guint
component_line (Import *import, icalcomponent *comp, guint parent_line)
{
  icalcomponent_kind kind = icalcomponent_isa (comp);
  const char *name = icalcomponent_kind_to_string (kind);
  guint ordinal, line;

  if (kind == ICAL_X_COMPONENT)
    name = "X";
  if (kind == ICAL_NO_COMPONENT || kind == ICAL_XROOT_COMPONENT || name == NULL)
    return parent_line;
  ordinal = GPOINTER_TO_UINT (g_hash_table_lookup (import->ordinals, name));
  g_hash_table_insert (import->ordinals, (gpointer) name, GUINT_TO_POINTER (ordinal + 1));
  line = ovs_ical_source_begin_line (import->source, name, ordinal);
  return line ? line : parent_line;
}

/* libical's "No value for EXDATE property. Removing entire property: …" names the property and
 * sometimes the value; find that line in the component. */
static guint
error_line (Import *import, const char *message, guint component_line_)
{
  g_autoptr(GRegex) name_regex = g_regex_new ("(?:for|in|name:) ([A-Za-z][A-Za-z0-9-]*)", 0, 0, NULL);
  g_autoptr(GRegex) value_regex = g_regex_new ("property:(.*)$", 0, 0, NULL);
  g_autoptr(GMatchInfo) name_match = NULL;
  g_autoptr(GMatchInfo) value_match = NULL;
  g_autofree char *property = NULL, *value = NULL;

  if (!g_regex_match (name_regex, message, 0, &name_match))
    {
      /* "Got a data line, but could not find a property name …: TEXT" quotes the line itself. */
      const char *quoted = strstr (message, "tag: ");

      return quoted ? ovs_ical_source_line_with (import->source, component_line_, quoted + 5) : component_line_;
    }
  property = g_match_info_fetch (name_match, 1);
  if (g_regex_match (value_regex, message, 0, &value_match))
    value = g_strstrip (g_match_info_fetch (value_match, 1));
  return ovs_ical_source_property_line (import->source, component_line_, property, value);
}

/* "No value for DESCRIPTION property": an empty text value is a value (RFC 5545 allows it, Google
 * writes "DESCRIPTION:" for every event without one); libical drops the property, which is harmless
 * for text. An empty date, number or rule is still an error. */
static gboolean
harmless_error (const char *message)
{
  const char *name;
  g_autofree char *property = NULL;
  icalproperty_kind kind;

  if (!g_str_has_prefix (message, "No value for "))
    return FALSE;
  name = message + strlen ("No value for ");
  property = g_strndup (name, strcspn (name, " "));
  if (g_ascii_strncasecmp (property, "X-", 2) == 0)
    return TRUE;
  kind = icalproperty_string_to_kind (property);
  return kind != ICAL_NO_PROPERTY && kind != ICAL_X_PROPERTY &&
         icalproperty_kind_to_value_kind (kind) == ICAL_TEXT_VALUE;
}

/* The first X-LIC-ERROR of @comp that is not harmless, as text, or NULL. */
static char *
parse_error_message (icalcomponent *comp)
{
  for (icalproperty *p = icalcomponent_get_first_property (comp, ICAL_XLICERROR_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (comp, ICAL_XLICERROR_PROPERTY))
    {
      const char *text = icalproperty_get_xlicerror (p);
      g_autofree char *message = g_strstrip (g_strdup (text ? text : ""));

      if (!harmless_error (message))
        return g_steal_pointer (&message);
    }
  return NULL;
}

static gboolean
check_parse_errors (Import *import, icalcomponent *comp, guint line, GError **error)
{
  g_autofree char *message = parse_error_message (comp);
  g_autofree char *written = NULL;
  const char *kind;

  if (message == NULL)
    return TRUE;
  /* libical calls every X- component "X" and the root of several calendars "XROOT": name what the file has. */
  written = ovs_ical_source_begin_name (import->source, line);
  kind = written ? written : icalcomponent_kind_to_string (icalcomponent_isa (comp));
  g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_PARSE, _("%s, line %u, %s: %s"),
               ovs_ical_source_name (import->source), error_line (import, message, line),
               kind ? kind : "?", message);
  return FALSE;
}

static gboolean
note_override (Import *import, icalcomponent *calendar, icalcomponent *event, guint line, GError **error)
{
  icalproperty *rid = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  g_autofree char *uid = NULL, *key = NULL;
  struct icaltimetype t;
  Event ev = { import, calendar, event, line, NULL, NULL, FALSE, 0, 0 };

  if (rid == NULL)
    return TRUE;
  uid = event_uid (event);
  ev.uid = uid;
  if (!property_time (&ev, rid, &t, error))
    return FALSE;
  key = time_key (t);
  g_hash_table_add (import->overridden, g_strdup_printf ("%s/%s", uid, key));
  return TRUE;
}

static int
array_length (const short *values, int size)
{
  int n = 0;

  while (n < size && values[n] != ICAL_RECURRENCE_ARRAY_MAX)
    n++;
  return n;
}

/* libical expands a time zone's observances up to the year of every time it converts. A rule that
 * repeats more often than monthly, or a zone with thousands of RDATEs, would make that run for
 * minutes: no real time zone changes its offset more than twice a year. */
static gboolean
check_zone_rule (Import *import, icalcomponent *observance, guint line, GError **error)
{
  const char *kind = icalcomponent_kind_to_string (icalcomponent_isa (observance));
  guint rdates = 0;

  for (icalproperty *p = icalcomponent_get_first_property (observance, ICAL_RRULE_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (observance, ICAL_RRULE_PROPERTY))
    {
      struct icalrecurrencetype rule = icalproperty_get_rrule (p);

      if ((rule.freq != ICAL_YEARLY_RECURRENCE && rule.freq != ICAL_MONTHLY_RECURRENCE) ||
          array_length (rule.by_second, ICAL_BY_SECOND_SIZE) > 1 ||
          array_length (rule.by_minute, ICAL_BY_MINUTE_SIZE) > 1 ||
          array_length (rule.by_hour, ICAL_BY_HOUR_SIZE) > 1)
        {
          g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_LIMIT,
                       _("%s, line %u, %s: a time-zone rule repeats yearly or monthly, once a day at most"),
                       ovs_ical_source_name (import->source),
                       ovs_ical_source_property_line (import->source, line, "RRULE", NULL), kind);
          return FALSE;
        }
    }
  for (icalproperty *p = icalcomponent_get_first_property (observance, ICAL_RDATE_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (observance, ICAL_RDATE_PROPERTY))
    if (++rdates > MAX_ZONE_RDATES)
      {
        g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_LIMIT,
                     _("%s, line %u, %s: more than %d RDATEs in one time-zone observance"),
                     ovs_ical_source_name (import->source), line, kind, MAX_ZONE_RDATES);
        return FALSE;
      }
  return TRUE;
}

typedef struct
{
  icalcomponent *comp;
  icalcomponent *calendar;
  guint          line;
  int            event;   /* index into the events of the VEVENT it is in, or -1 */
} Frame;

/* One component: a VEVENT is listed; a broken component inside a VEVENT (a VALARM) leaves that
 * event out; any other broken component refuses the file. */
static gboolean
visit (Import *import, Frame *frame, icalcomponent *parent, GArray *events, GError **error)
{
  icalcomponent_kind kind = icalcomponent_isa (frame->comp);
  icalcomponent_kind parent_kind = parent ? icalcomponent_isa (parent) : ICAL_NO_COMPONENT;

  if (kind == ICAL_VCALENDAR_COMPONENT)
    frame->calendar = frame->comp;
  if (frame->event >= 0 && kind != ICAL_VEVENT_COMPONENT)
    {
      EventRef *ref = &g_array_index (events, EventRef, frame->event);
      g_autofree char *message = parse_error_message (frame->comp);

      if (message != NULL && ref->skip_reason == NULL)
        {
          const char *name = icalcomponent_kind_to_string (kind);

          ref->skip_reason = g_strdup_printf ("%s: %s", name ? name : "?", message);
          ref->skip_line = error_line (import, message, frame->line);
        }
      return TRUE;
    }
  if (!check_parse_errors (import, frame->comp, frame->line, error))
    return FALSE;
  if ((kind == ICAL_XSTANDARD_COMPONENT || kind == ICAL_XDAYLIGHT_COMPONENT) &&
      parent_kind == ICAL_VTIMEZONE_COMPONENT && !check_zone_rule (import, frame->comp, frame->line, error))
    return FALSE;
  if (kind == ICAL_VEVENT_COMPONENT && frame->calendar != NULL)
    {
      EventRef ref = { frame->calendar, frame->comp, frame->line, NULL, 0 };

      if (!note_override (import, frame->calendar, frame->comp, frame->line, error))
        return FALSE;
      frame->event = (int) events->len;
      g_array_append_val (events, ref);
    }
  return TRUE;
}

/* Walks the tree in document order with a stack of its own (the nesting was checked, but no input
 * decides how deep our C stack goes): refuses components libical marked with X-LIC-ERROR, checks
 * time-zone rules, notes the RECURRENCE-ID overrides, and lists the VEVENTs to import. */
static gboolean
walk (Import *import, icalcomponent *root, GArray *events, GError **error)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  Frame first = { root, NULL, component_line (import, root, 1), -1 };

  if (!visit (import, &first, NULL, events, error))
    return FALSE;
  g_array_append_val (stack, first);
  icalcomponent_get_first_component (root, ICAL_ANY_COMPONENT);
  while (stack->len > 0)
    {
      Frame *top = &g_array_index (stack, Frame, stack->len - 1);
      icalcomponent *parent = top->comp;
      icalcomponent *child = icalcomponent_get_current_component (parent);
      Frame frame;

      if (child == NULL)
        {
          g_array_set_size (stack, stack->len - 1);
          continue;
        }
      icalcomponent_get_next_component (parent, ICAL_ANY_COMPONENT);
      frame = (Frame) { child, top->calendar, component_line (import, child, top->line), top->event };
      if (!visit (import, &frame, parent, events, error))
        return FALSE;
      icalcomponent_get_first_component (child, ICAL_ANY_COMPONENT);
      g_array_append_val (stack, frame);
    }
  return TRUE;
}

static gboolean
import_tree (Import *import, icalcomponent *root, GError **error)
{
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (EventRef));

  g_array_set_clear_func (events, event_ref_clear);
  if (!walk (import, root, events, error))
    return FALSE;
  for (guint i = 0; i < events->len; i++)
    {
      EventRef *ref = &g_array_index (events, EventRef, i);

      if (!import_event (import, ref->calendar, ref->event, ref->line, ref->skip_reason, ref->skip_line, error))
        return FALSE;
    }
  return TRUE;
}

/* --- storing --- */

static gboolean
same_row (OvsStmt *stmt, const char *kind, const AbsenceRow *row)
{
  return g_strcmp0 (ovs_stmt_get_text (stmt, 1), kind) == 0 &&
         g_strcmp0 (ovs_stmt_get_text (stmt, 2), row->start_date) == 0 &&
         g_strcmp0 (ovs_stmt_get_text (stmt, 3), row->end_date) == 0 &&
         g_strcmp0 (ovs_stmt_get_text (stmt, 4), row->start_time) == 0 &&
         g_strcmp0 (ovs_stmt_get_text (stmt, 5), row->end_time) == 0 &&
         g_strcmp0 (ovs_stmt_get_text (stmt, 6), row->note) == 0;
}

static void
bind_row (OvsStmt *stmt, Import *import, const AbsenceRow *row)
{
  ovs_stmt_bind_int_or_null (stmt, 1, import->employee_id != 0, import->employee_id);
  ovs_stmt_bind_text (stmt, 2, import->kind);
  ovs_stmt_bind_text (stmt, 3, row->start_date);
  ovs_stmt_bind_text (stmt, 4, row->end_date);
  ovs_stmt_bind_text_or_null (stmt, 5, row->start_time);
  ovs_stmt_bind_text_or_null (stmt, 6, row->end_time);
  ovs_stmt_bind_text_or_null (stmt, 7, row->note);
  ovs_stmt_bind_text (stmt, 8, row->source_uid);
}

/* The id of the row an earlier import made of the same instance for the same person, or 0;
 * *unchanged tells whether it still holds the same. */
static gint64
find_existing (Import *import, const AbsenceRow *row, gboolean *unchanged, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (import->store,
    "SELECT id, kind, start_date, end_date, start_time, end_time, note FROM absence "
    "WHERE source_uid = ? AND employee_id IS NOT DISTINCT FROM ?", error);
  g_autoptr(GError) local = NULL;
  gint64 id = 0;

  if (stmt == NULL)
    return -1;
  ovs_stmt_bind_text (stmt, 1, row->source_uid);
  ovs_stmt_bind_int_or_null (stmt, 2, import->employee_id != 0, import->employee_id);
  if (ovs_stmt_next (stmt, &local))
    {
      id = ovs_stmt_get_int64 (stmt, 0);
      *unchanged = same_row (stmt, import->kind, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), -1);
  return id;
}

static gboolean
audit_row (Import *import, const char *action, gint64 id, const AbsenceRow *row, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();

  json_object_set_string_member (changes, "kind", import->kind);
  json_object_set_string_member (changes, "start_date", row->start_date);
  json_object_set_string_member (changes, "end_date", row->end_date);
  json_object_set_string_member (changes, "source_uid", row->source_uid);
  return ovs_store_audit (import->store, action, "absence", id, changes, error);
}

static gboolean
store_row (Import *import, const AbsenceRow *row, GError **error)
{
  gboolean unchanged = FALSE;
  gint64 id = find_existing (import, row, &unchanged, error);
  gboolean update = id > 0;
  OvsStmt *stmt;

  if (id < 0)
    return FALSE;
  if (id > 0 && unchanged)
    {
      import->stats.already_present++;
      return TRUE;
    }
  stmt = ovs_store_prepare (import->store, id > 0 ?
    "UPDATE absence SET employee_id = ?1, kind = ?2, start_date = ?3, end_date = ?4, start_time = ?5, "
    "end_time = ?6, note = ?7 WHERE source_uid = ?8 AND id = ?9" :
    "INSERT INTO absence (employee_id, kind, start_date, end_date, start_time, end_time, note, source_uid) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  bind_row (stmt, import, row);
  if (update)
    ovs_stmt_bind_int64 (stmt, 9, id);
  if (update ? !ovs_stmt_run (stmt, error) : !ovs_stmt_run_returning_id (stmt, &id, error))
    return FALSE;
  if (update)
    import->stats.updated++;
  else
    import->stats.imported++;
  return audit_row (import, update ? "update" : "import", id, row, error);
}

static gboolean
store_rows (Import *import, GError **error)
{
  if (!ovs_store_begin (import->store, error))
    return FALSE;
  for (guint i = 0; i < import->rows->len; i++)
    if (!store_row (import, g_ptr_array_index (import->rows, i), error))
      {
        ovs_store_rollback (import->store);
        return FALSE;
      }
  if (!ovs_store_commit (import->store, error))
    {
      ovs_store_rollback (import->store);
      return FALSE;
    }
  if (import->rows->len > 0)
    ovs_store_emit_changed (import->store, "absence");
  return TRUE;
}

/* --- options and permissions --- */

static gboolean
resolve_employee (Import *import, const char *personnel_number, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt;
  gboolean allowed;

  if (personnel_number == NULL)
    return ovs_store_require (import->store, OVS_PERM_EDIT_EMPLOYEES, error);
  stmt = ovs_store_prepare (import->store, "SELECT id FROM employee WHERE personnel_number = ?", error);
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, personnel_number);
  import->employee_id = ovs_stmt_next (stmt, &local) ? ovs_stmt_get_int64 (stmt, 0) : 0;
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (import->employee_id == 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                   _("There is no employee with personnel number “%s”"), personnel_number);
      return FALSE;
    }
  allowed = ovs_store_can (import->store, OVS_PERM_EDIT_EMPLOYEES);
  /* A teamleider records the leave of the people in their own crews. */
  stmt = ovs_store_prepare (import->store, "SELECT crew_id FROM crew_membership WHERE employee_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, import->employee_id);
  while (!allowed && ovs_stmt_next (stmt, &local))
    allowed = ovs_store_can_edit_crew (import->store, ovs_stmt_get_int64 (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return allowed || ovs_store_require (import->store, OVS_PERM_EDIT_EMPLOYEES, error);
}

static char *
default_date (int years_ahead, const char *month_day)
{
  g_autofree char *today = ovs_date_today_iso ();

  return g_strdup_printf ("%04d-%s", (int) g_ascii_strtoll (today, NULL, 10) + years_ahead, month_day);
}

static gboolean
check_options (Import *import, const OvsIcalImportOptions *options, GError **error)
{
  int kind = -1;

  /* Another calendar says when someone is away, never why: only leave and public holidays come in. */
  if (!ovs_vocab_lookup (OVS_TYPE_ABSENCE_KIND, options->kind, &kind) ||
      (kind != OVS_ABSENCE_KIND_LEAVE && kind != OVS_ABSENCE_KIND_HOLIDAY))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("Imported events become absences of kind leave or holiday, not “%s”"),
                   options->kind ? options->kind : "");
      return FALSE;
    }
  import->kind = ovs_vocab_code (OVS_TYPE_ABSENCE_KIND, kind);
  import->from = options->from ? g_strdup (options->from) : default_date (0, "01-01");
  import->to = options->to ? g_strdup (options->to) : default_date (1, "12-31");
  if (!ovs_ical_check_period (import->from, import->to, error))
    return FALSE;
  /* Checked as 'YYYY-MM-DD' above. */
  import->from_day = day_number ((int) g_ascii_strtoll (import->from, NULL, 10),
                                 (int) g_ascii_strtoll (import->from + 5, NULL, 10),
                                 (int) g_ascii_strtoll (import->from + 8, NULL, 10));
  return resolve_employee (import, options->personnel_number, error);
}

static void
import_clear (Import *import)
{
  g_free (import->from);
  g_free (import->to);
  g_clear_pointer (&import->overridden, g_hash_table_unref);
  g_clear_pointer (&import->seen, g_hash_table_unref);
  g_clear_pointer (&import->rows, g_ptr_array_unref);
  g_clear_pointer (&import->ordinals, g_hash_table_unref);
  g_clear_pointer (&import->skipped, g_ptr_array_unref);
  g_clear_pointer (&import->source, ovs_ical_source_free);
}

/* libical's own reader joins folded lines by reallocating a growing buffer, which is quadratic in a
 * long value; the source has unfolded the lines already, so libical gets them one at a time. The
 * structure check guarantees that every BEGIN has its END, so each VCALENDAR comes out whole. */
static icalcomponent *
parse_lines (Import *import)
{
  icalparser *parser = icalparser_new ();
  icalcomponent *root = NULL;
  guint n = ovs_ical_source_n_lines (import->source);

  for (guint i = 0; i < n; i++)
    {
      icalcomponent *comp = icalparser_add_line (parser, (char *) ovs_ical_source_line (import->source, i, NULL));

      if (comp == NULL)
        continue;
      if (root == NULL)
        root = comp;
      else
        {
          /* As icalparser_parse() does: a second VCALENDAR puts both under an XROOT. */
          if (icalcomponent_isa (root) != ICAL_XROOT_COMPONENT)
            {
              icalcomponent *xroot = icalcomponent_new (ICAL_XROOT_COMPONENT);

              icalcomponent_add_component (xroot, root);
              root = xroot;
            }
          icalcomponent_add_component (root, comp);
        }
    }
  icalparser_free (parser);
  return root;
}

static gboolean
parse_and_import (Import *import, GError **error)
{
  icalcomponent *root;
  gboolean ok;

  icalerror_set_errors_are_fatal (0);
  root = parse_lines (import);
  if (root == NULL)
    {
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_PARSE, _("%s, line 1: libical could not read a VCALENDAR"),
                   ovs_ical_source_name (import->source));
      return FALSE;
    }
  ok = import_tree (import, root, error);
  icalcomponent_free (root);
  return ok;
}

static gboolean
check_size (const char *name, gsize length, GError **error)
{
  if (length <= MAX_FILE_BYTES)
    return TRUE;
  g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_LIMIT, _("%s: the file is larger than %d MB"),
               name ? name : "?", MAX_FILE_BYTES / (1024 * 1024));
  return FALSE;
}

void
ovs_ical_import_stats_clear (OvsIcalImportStats *stats)
{
  g_return_if_fail (stats != NULL);

  g_clear_pointer (&stats->skipped_events, g_ptr_array_unref);
  memset (stats, 0, sizeof *stats);
}

gboolean
ovs_ical_import_data (OvsStore *store, const char *data, gsize length, const char *name,
                      const OvsIcalImportOptions *options, OvsIcalImportStats *stats, GError **error)
{
  Import import = { 0 };
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  import.store = store;
  import.local = icaltimezone_get_builtin_timezone (OVS_ICAL_TZID);
  import.overridden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import.rows = g_ptr_array_new_with_free_func (absence_row_free);
  import.ordinals = g_hash_table_new (g_str_hash, g_str_equal);
  import.skipped = g_ptr_array_new_with_free_func (g_free);
  ok = check_size (name, length, error) &&
       check_options (&import, options, error) &&
       (import.source = ovs_ical_source_new (name ? name : "?", data ? data : "", length, error)) != NULL &&
       parse_and_import (&import, error) &&
       store_rows (&import, error);
  if (ok && stats != NULL)
    {
      *stats = import.stats;
      stats->skipped_events = g_steal_pointer (&import.skipped);
    }
  import_clear (&import);
  return ok;
}

gboolean
ovs_ical_import_file (OvsStore *store, const char *path, const OvsIcalImportOptions *options,
                      OvsIcalImportStats *stats, GError **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_IO, "%s", local->message);
      return FALSE;
    }
  name = g_path_get_basename (path);
  return ovs_ical_import_data (store, data, length, name, options, stats, error);
}

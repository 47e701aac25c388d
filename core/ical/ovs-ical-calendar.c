/* ovs-ical-calendar.c — the pieces every iCalendar feed shares: the VCALENDAR, our VTIMEZONE for
 * Europe/Amsterdam, local date-times, line folding, slugs and Windows time zone names. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ical/ovs-ical-private.h"

#define PRODID "-//Overstap//Overstap 0.1//NL"
#define MAX_OCTETS 75
#define CALENDAR_END "END:VCALENDAR\r\n"

G_DEFINE_QUARK (ovs-ical-error-quark, ovs_ical_error)

void
ovs_ical_feed_free (OvsIcalFeed *feed)
{
  if (feed == NULL)
    return;
  g_free (feed->key);
  g_free (feed->title);
  g_free (feed->file_name);
  g_free (feed);
}

/* One observance of the compact two-rule form: the yearly change on the last Sunday of @month. */
static icalcomponent *
observance (icalcomponent_kind kind, const char *dtstart, int from, int to, const char *name,
            const char *rule)
{
  icalcomponent *comp = icalcomponent_new (kind);

  icalcomponent_add_property (comp, icalproperty_new_tzoffsetfrom (from));
  icalcomponent_add_property (comp, icalproperty_new_tzoffsetto (to));
  icalcomponent_add_property (comp, icalproperty_new_tzname (name));
  icalcomponent_add_property (comp, icalproperty_new_dtstart (icaltime_from_string (dtstart)));
  icalcomponent_add_property (comp, icalproperty_new_rrule (icalrecurrencetype_from_string (rule)));
  return comp;
}

/* Written by us rather than taken from libical's built-in zone, whose TZID is a long
 * /freeassociation.sourceforge.net/… path that some clients show or refuse. */
icalcomponent *
ovs_ical_amsterdam_vtimezone (void)
{
  icalcomponent *zone = icalcomponent_new_vtimezone ();

  icalcomponent_add_property (zone, icalproperty_new_tzid (OVS_ICAL_TZID));
  icalcomponent_add_component (zone, observance (ICAL_XDAYLIGHT_COMPONENT, "19700329T020000",
                                                 3600, 7200, "CEST", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
  icalcomponent_add_component (zone, observance (ICAL_XSTANDARD_COMPONENT, "19701025T030000",
                                                 7200, 3600, "CET", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
  return zone;
}

icalcomponent *
ovs_ical_new_calendar (const char *title)
{
  icalcomponent *cal = icalcomponent_new_vcalendar ();
  icalproperty *calname = icalproperty_new_x (title);

  icalproperty_set_x_name (calname, "X-WR-CALNAME");
  icalcomponent_add_property (cal, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (cal, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (cal, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (cal, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  icalcomponent_add_property (cal, icalproperty_new_name (title));
  icalcomponent_add_property (cal, calname);
  icalcomponent_add_component (cal, ovs_ical_amsterdam_vtimezone ());
  return cal;
}

/* --- dates and times --- */

struct icaltimetype
ovs_ical_date_value (const char *iso, int add_days)
{
  struct icaltimetype t = icaltime_null_date ();
  int y = 0, m = 0, d = 0;

  if (iso != NULL)
    sscanf (iso, "%d-%d-%d", &y, &m, &d);
  t.year = y;
  t.month = m;
  t.day = d;
  icaltime_adjust (&t, add_days, 0, 0, 0);
  return icaltime_normalize (t);
}

static gboolean
digits (const char *text, int n, int *value)
{
  *value = 0;
  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }
  return TRUE;
}

/* Two digits of @value at @buf. */
static void
put2 (char *buf, int value)
{
  buf[0] = (char) ('0' + value / 10 % 10);
  buf[1] = (char) ('0' + value % 10);
}

void
ovs_ical_format_date (char *buf, const char *iso, int add_days)
{
  int y, m, d;

  /* A well-formed date on the same day needs no calendar arithmetic: it is most of what a feed holds. */
  if (add_days == 0 && iso != NULL && strlen (iso) == 10 && iso[4] == '-' && iso[7] == '-' &&
      digits (iso, 4, &y) && digits (iso + 5, 2, &m) && digits (iso + 8, 2, &d) && y > 0 &&
      g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      put2 (buf, y / 100);
      put2 (buf + 2, y % 100);
      put2 (buf + 4, m);
      put2 (buf + 6, d);
      buf[8] = '\0';
    }
  else
    {
      struct icaltimetype t = ovs_ical_date_value (iso, add_days);

      g_snprintf (buf, OVS_ICAL_TIME_SIZE / 2, "%04d%02d%02d", t.year, t.month, t.day);
    }
}

void
ovs_ical_format_local (char *buf, const char *iso, int add_days, const char *time)
{
  int hour = 0, minute = 0;
  gsize n;

  ovs_ical_format_date (buf, iso, add_days);
  n = strlen (buf);
  /* 'HH:MM' without sscanf, which costs more than the rest; anything else read as before. */
  if (time != NULL &&
      !(strlen (time) == 5 && time[2] == ':' && digits (time, 2, &hour) && digits (time + 3, 2, &minute)))
    {
      hour = minute = 0;
      sscanf (time, "%d:%d", &hour, &minute);
    }
  if (n == 8 && hour >= 0 && hour < 100 && minute >= 0 && minute < 100)
    {
      buf[8] = 'T';
      put2 (buf + 9, hour);
      put2 (buf + 11, minute);
      memcpy (buf + 13, "00", 3);
    }
  else
    g_snprintf (buf + n, OVS_ICAL_TIME_SIZE - n, "T%02d%02d00", hour, minute);
}

char *
ovs_ical_full_name (const char *first, const char *prefix, const char *last)
{
  GString *name = g_string_new (NULL);

  ovs_ical_append_full_name (name, first, prefix, last);
  return g_string_free (name, FALSE);
}

void
ovs_ical_append_full_name (GString *out, const char *first, const char *prefix, const char *last)
{
  g_string_append (out, first ? first : "");
  g_string_append_c (out, ' ');
  if (prefix != NULL && *prefix != '\0')
    {
      g_string_append (out, prefix);
      g_string_append_c (out, ' ');
    }
  g_string_append (out, last ? last : "");
}

/* --- text --- */

/* Appends one logical line, folded: at most 75 octets per physical line, continuation lines start
 * with a space, and a cut never falls inside a UTF-8 sequence. */
static void
append_folded (GString *out, const char *line, gsize len)
{
  gsize pos = 0;
  gsize room = MAX_OCTETS;

  while (len - pos > room)
    {
      gsize cut = pos + room;

      while (cut > pos + 1 && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      room = MAX_OCTETS - 1;
    }
  g_string_append_len (out, line + pos, len - pos);
  g_string_append (out, "\r\n");
}

char *
ovs_ical_fold (const char *text)
{
  g_autoptr(GString) logical = g_string_new (NULL);
  const char *p, *end;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  end = text + strlen (text);
  out = g_string_sized_new ((gsize) (end - text) + (gsize) (end - text) / 32);
  /* One pass over the physical lines in place: a year's feed has hundreds of thousands of them, and
   * splitting the text first made a copy of each. */
  for (p = text;; )
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      gsize len = (gsize) ((nl != NULL ? nl : end) - p);

      if (len > 0 && p[len - 1] == '\r')
        len--;
      if (len > 0 && (p[0] == ' ' || p[0] == '\t') && logical->len > 0)
        g_string_append_len (logical, p + 1, len - 1);
      else
        {
          if (logical->len > 0)
            append_folded (out, logical->str, logical->len);
          g_string_truncate (logical, 0);
          g_string_append_len (logical, p, len);
        }
      if (nl == NULL)
        break;
      p = nl + 1;
    }
  if (logical->len > 0)
    append_folded (out, logical->str, logical->len);
  return g_string_free (out, FALSE);
}

char *
ovs_ical_serialize (icalcomponent *calendar)
{
  g_autofree char *raw = icalcomponent_as_ical_string_r (calendar);

  /* libical folds at spaces but lets a long word run to 76 octets; folding again makes sure. */
  return ovs_ical_fold (raw);
}

/* --- writing events directly ---
 * Export and publish write each VEVENT straight into the feed's text: making a libical component for
 * every event, serialising it and folding the result again cost more than everything else they do.
 * The bytes are those that libical 3.0 writes, folded by ovs_ical_fold(), for the same component
 * (ovs_ical_event_component(), which CalDAV publishing uses); tests/test-ical-writer.c compares them. */

/* A TEXT value (RFC 5545 3.3.11) as libical writes it: backslash, semicolon and comma escaped, a
 * newline as \n; libical leaves out backspace, form feed and carriage return and keeps other
 * control characters. */
static void
append_text (GString *out, const char *text)
{
  const char *p = text;

  for (;;)
    {
      gsize run = strcspn (p, "\\;,\n\b\f\r");

      g_string_append_len (out, p, (gssize) run);
      p += run;
      if (*p == '\0')
        return;
      if (*p == '\n')
        g_string_append_len (out, "\\n", 2);
      else if (*p == '\\' || *p == ';' || *p == ',')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
      p++;
    }
}

/* What libical 3.0 writes of a parameter value unchanged (RFC 5545 SAFE-CHAR and QSAFE-CHAR, UTF-8);
 * anything else but a newline and a double quote becomes a space. */
static gboolean
param_safe (guchar c)
{
  return c == ' ' || c == '\t' || c == '!' || (c >= 0x23 && c <= 0x7e) || (c >= 0x80 && c <= 0xf8);
}

/* A parameter value as libical 3.0 writes it: in double quotes when empty or holding ';', ':' or ',';
 * a newline as ^n and a double quote as ^' (RFC 6868). */
static void
append_param (GString *out, const char *value)
{
  gboolean quote = *value == '\0' || strpbrk (value, ";:,") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append_len (out, "^n", 2);
      else if (*p == '"')
        g_string_append_len (out, "^'", 2);
      else
        g_string_append_c (out, param_safe ((guchar) *p) ? *p : ' ');
    }
  if (quote)
    g_string_append_c (out, '"');
}

/* Ends the logical line that begins at @start of @out: CRLF, folded first if it is too long. */
static void
end_line (GString *out, gsize start)
{
  gsize len = out->len - start;
  g_autofree char *line = NULL;

  if (len <= MAX_OCTETS)
    {
      g_string_append_len (out, "\r\n", 2);
      return;
    }
  line = g_strndup (out->str + start, len);
  g_string_truncate (out, start);
  append_folded (out, line, len);
}

static void
write_text_property (GString *out, const char *name, const char *value)
{
  gsize start = out->len;

  g_string_append (out, name);
  g_string_append_c (out, ':');
  append_text (out, value);
  end_line (out, start);
}

static void
write_time (GString *out, const char *name, const char *value, gboolean all_day)
{
  gsize start = out->len;

  g_string_append (out, name);
  g_string_append (out, all_day ? ";VALUE=DATE:" : ";TZID=" OVS_ICAL_TZID ":");
  g_string_append (out, value);
  end_line (out, start);
}

void
ovs_ical_write_event (GString *out, const char *dtstamp, const OvsIcalEvent *event)
{
  gsize start;

  g_string_append_len (out, "BEGIN:VEVENT\r\n", 14);
  write_text_property (out, "UID", event->uid);
  start = out->len;
  g_string_append (out, "DTSTAMP:");
  g_string_append (out, dtstamp);
  end_line (out, start);
  start = out->len;
  g_string_append (out, "ORGANIZER;CN=");
  append_param (out, event->organizer_cn);
  g_string_append_c (out, ':');
  g_string_append (out, event->organizer_address);
  end_line (out, start);
  write_time (out, "DTSTART", event->dtstart, event->all_day);
  write_time (out, "DTEND", event->dtend, event->all_day);
  if (event->has_sequence)
    g_string_append_printf (out, "SEQUENCE:%d\r\n", event->sequence);
  g_string_append (out, event->cancelled ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n");
  if (event->summary != NULL)
    write_text_property (out, "SUMMARY", event->summary);
  if (event->location != NULL && *event->location != '\0')
    write_text_property (out, "LOCATION", event->location);
  if (event->description != NULL)
    write_text_property (out, "DESCRIPTION", event->description);
  if (event->transparent)
    g_string_append (out, "TRANSP:TRANSPARENT\r\n");
  g_string_append_len (out, "END:VEVENT\r\n", 12);
}

static icalproperty *
time_property (icalproperty *(*make) (struct icaltimetype), const char *value, gboolean all_day)
{
  icalproperty *prop = make (icaltime_from_string (value));

  if (!all_day)
    icalproperty_add_parameter (prop, icalparameter_new_tzid (OVS_ICAL_TZID));
  return prop;
}

icalcomponent *
ovs_ical_event_component (const OvsIcalEvent *event, struct icaltimetype now)
{
  icalcomponent *vevent = icalcomponent_new_vevent ();
  icalproperty *organizer = icalproperty_new_organizer (event->organizer_address);

  icalproperty_add_parameter (organizer, icalparameter_new_cn (event->organizer_cn));
  icalcomponent_add_property (vevent, icalproperty_new_uid (event->uid));
  icalcomponent_add_property (vevent, icalproperty_new_dtstamp (now));
  icalcomponent_add_property (vevent, organizer);
  icalcomponent_add_property (vevent, time_property (icalproperty_new_dtstart, event->dtstart, event->all_day));
  icalcomponent_add_property (vevent, time_property (icalproperty_new_dtend, event->dtend, event->all_day));
  if (event->has_sequence)
    icalcomponent_add_property (vevent, icalproperty_new_sequence (event->sequence));
  icalcomponent_add_property (vevent, icalproperty_new_status (event->cancelled ? ICAL_STATUS_CANCELLED
                                                                                : ICAL_STATUS_CONFIRMED));
  if (event->summary != NULL)
    icalcomponent_add_property (vevent, icalproperty_new_summary (event->summary));
  if (event->location != NULL && *event->location != '\0')
    icalcomponent_add_property (vevent, icalproperty_new_location (event->location));
  if (event->description != NULL)
    icalcomponent_add_property (vevent, icalproperty_new_description (event->description));
  if (event->transparent)
    icalcomponent_add_property (vevent, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  return vevent;
}

void
ovs_ical_format_dtstamp (char *buf, struct icaltimetype now)
{
  g_snprintf (buf, OVS_ICAL_TIME_SIZE, "%04d%02d%02dT%02d%02d%02dZ", now.year, now.month, now.day, now.hour,
              now.minute, now.second);
}

/* The calendar's properties and time zone as libical writes them, once per feed: the events follow. */
void
ovs_ical_write_calendar_start (GString *out, const char *title)
{
  icalcomponent *calendar = ovs_ical_new_calendar (title);
  g_autofree char *text = ovs_ical_serialize (calendar);
  gsize len = strlen (text);

  icalcomponent_free (calendar);
  g_assert (g_str_has_suffix (text, CALENDAR_END));
  g_string_append_len (out, text, (gssize) (len - strlen (CALENDAR_END)));
}

void
ovs_ical_write_calendar_end (GString *out)
{
  g_string_append (out, CALENDAR_END);
}

char *
ovs_ical_slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name ? name : "", "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "feed");
  return g_string_free (slug, FALSE);
}

/* --- Windows time zones (Outlook and Exchange write these as TZID) --- */

static const struct { const char *windows; const char *olson; } windows_zones[] = {
  { "W. Europe Standard Time", "Europe/Amsterdam" },
  { "Romance Standard Time", "Europe/Brussels" },
  { "Central Europe Standard Time", "Europe/Budapest" },
  { "Central European Standard Time", "Europe/Warsaw" },
  { "GMT Standard Time", "Europe/London" },
  { "Greenwich Standard Time", "Atlantic/Reykjavik" },
  { "UTC", "UTC" },
  { "Coordinated Universal Time", "UTC" },
  { "E. Europe Standard Time", "Europe/Chisinau" },
  { "FLE Standard Time", "Europe/Kiev" },
  { "GTB Standard Time", "Europe/Bucharest" },
  { "Turkey Standard Time", "Europe/Istanbul" },
  { "Russian Standard Time", "Europe/Moscow" },
  { "Morocco Standard Time", "Africa/Casablanca" },
  { "Eastern Standard Time", "America/New_York" },
  { "Central Standard Time", "America/Chicago" },
  { "Mountain Standard Time", "America/Denver" },
  { "Pacific Standard Time", "America/Los_Angeles" },
  { "SA Pacific Standard Time", "America/Bogota" },
  { "E. South America Standard Time", "America/Sao_Paulo" },
  { "India Standard Time", "Asia/Kolkata" },
  { "China Standard Time", "Asia/Shanghai" },
  { "Tokyo Standard Time", "Asia/Tokyo" },
  { "AUS Eastern Standard Time", "Australia/Sydney" },
  { "Fiji Standard Time", "Pacific/Fiji" },
};

const char *
ovs_ical_windows_zone (const char *name)
{
  if (name == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (windows_zones); i++)
    if (g_ascii_strcasecmp (name, windows_zones[i].windows) == 0)
      return windows_zones[i].olson;
  /* Older Outlook writes the display name: "(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, …". */
  if (strstr (name, "Amsterdam") != NULL)
    return "Europe/Amsterdam";
  return NULL;
}

/* ovs-ical-calendar.c — the pieces every iCalendar feed shares: the VCALENDAR, our VTIMEZONE for
 * Europe/Amsterdam, local date-times, line folding, slugs and Windows time zone names. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ical/ovs-ical-private.h"

#define PRODID "-//Overstap//Overstap 0.1//NL"
#define MAX_OCTETS 75

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

/* --- local times --- */

static struct icaltimetype
local_time (const char *date, const char *time)
{
  struct icaltimetype t = ovs_ical_date_value (date, 0);
  int hour = 0, minute = 0;

  if (time != NULL)
    sscanf (time, "%d:%d", &hour, &minute);
  t.is_date = 0;
  t.hour = hour;
  t.minute = minute;
  t.second = 0;
  return t;
}

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

static icalproperty *
with_tzid (icalproperty *prop)
{
  icalproperty_add_parameter (prop, icalparameter_new_tzid (OVS_ICAL_TZID));
  return prop;
}

icalproperty *
ovs_ical_local_dtstart (const char *date, const char *time)
{
  return with_tzid (icalproperty_new_dtstart (local_time (date, time)));
}

icalproperty *
ovs_ical_local_dtend (const char *date, const char *time)
{
  return with_tzid (icalproperty_new_dtend (local_time (date, time)));
}

char *
ovs_ical_full_name (const char *first, const char *prefix, const char *last)
{
  if (prefix != NULL && *prefix != '\0')
    return g_strdup_printf ("%s %s %s", first ? first : "", prefix, last ? last : "");
  return g_strdup_printf ("%s %s", first ? first : "", last ? last : "");
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

/* bench-ical-libical.c — the peer of `roster export`: libical itself building and serialising the same
 * events, one calendar per crew, from rows dumped beforehand (tab-separated, sorted by crew), so that
 * what it costs is libical's bare work: components made with icalcomponent_new_vevent() and written
 * with icalcomponent_as_ical_string(). The VTIMEZONE is libical's built-in Europe/Amsterdam, cloned
 * once per calendar.
 *
 *   bench-ical-libical ROWS.tsv OUTDIR
 *
 * ROWS.tsv columns: crew_id, crew name, uid, date (YYYYMMDD), start (HHMMSS), end (HHMMSS), sequence,
 * summary, location, description, team leader's name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libical/ical.h>

#define N_COLUMNS 11

static void
write_calendar (icalcomponent *calendar, const char *dir, const char *crew_id)
{
  char path[4096];
  char *text = icalcomponent_as_ical_string (calendar);
  FILE *out;

  snprintf (path, sizeof path, "%s/%s.ics", dir, crew_id);
  if ((out = fopen (path, "w")) == NULL || fputs (text, out) < 0 || fclose (out) != 0)
    {
      perror (path);
      exit (1);
    }
  icalcomponent_free (calendar);
}

static icalcomponent *
new_calendar (icaltimezone *zone, const char *name)
{
  icalcomponent *calendar = icalcomponent_vanew (ICAL_VCALENDAR_COMPONENT,
                                                 icalproperty_new_version ("2.0"),
                                                 icalproperty_new_prodid ("-//Overstap bench//libical//NL"),
                                                 icalproperty_new_calscale ("GREGORIAN"),
                                                 icalproperty_new_method (ICAL_METHOD_PUBLISH),
                                                 (void *) 0);
  icalproperty *x_name = icalproperty_new_x (name);

  icalproperty_set_x_name (x_name, "X-WR-CALNAME");
  icalcomponent_add_property (calendar, x_name);
  icalcomponent_add_component (calendar, icalcomponent_new_clone (icaltimezone_get_component (zone)));
  return calendar;
}

static icalproperty *
zoned (icalproperty *property)
{
  icalproperty_add_parameter (property, icalparameter_new_tzid ("Europe/Amsterdam"));
  return property;
}

static icalcomponent *
new_event (char **f, struct icaltimetype stamp)
{
  char start[32], end[32], organizer[64];
  icalproperty *org;
  icalcomponent *event = icalcomponent_new_vevent ();

  snprintf (start, sizeof start, "%sT%s", f[3], f[4]);
  snprintf (end, sizeof end, "%sT%s", f[3], f[5]);
  snprintf (organizer, sizeof organizer, "urn:x-overstap:crew:%s:teamleider", f[0]);
  org = icalproperty_new_organizer (organizer);
  icalproperty_add_parameter (org, icalparameter_new_cn (f[10]));
  icalcomponent_add_property (event, icalproperty_new_uid (f[2]));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, org);
  icalcomponent_add_property (event, zoned (icalproperty_new_dtstart (icaltime_from_string (start))));
  icalcomponent_add_property (event, zoned (icalproperty_new_dtend (icaltime_from_string (end))));
  icalcomponent_add_property (event, icalproperty_new_sequence (atoi (f[6])));
  icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  icalcomponent_add_property (event, icalproperty_new_summary (f[7]));
  icalcomponent_add_property (event, icalproperty_new_location (f[8]));
  icalcomponent_add_property (event, icalproperty_new_description (f[9]));
  return event;
}

/* Splits @line at tabs into @f; the dump writes "\n" in the description as the two characters. */
static int
split (char *line, char **f)
{
  int n = 0;

  line[strcspn (line, "\n")] = '\0';
  for (char *p = line; n < N_COLUMNS; n++)
    {
      f[n] = p;
      if ((p = strchr (p, '\t')) == NULL)
        return n + 1;
      *p++ = '\0';
    }
  return n;
}

static void
unescape_newlines (char *text)
{
  char *dst = text;

  for (const char *src = text; *src != '\0'; src++)
    if (src[0] == '\\' && src[1] == 'n')
      *dst++ = '\n', src++;
    else
      *dst++ = *src;
  *dst = '\0';
}

int
main (int argc, char **argv)
{
  static char line[65536];
  icaltimezone *zone;
  icalcomponent *calendar = NULL;
  char crew[64] = "";
  struct icaltimetype stamp;
  FILE *rows;

  if (argc != 3 || (rows = fopen (argv[1], "r")) == NULL)
    {
      fprintf (stderr, "usage: bench-ical-libical ROWS.tsv OUTDIR\n");
      return 2;
    }
  if ((zone = icaltimezone_get_builtin_timezone ("Europe/Amsterdam")) == NULL)
    {
      fprintf (stderr, "bench-ical-libical: libical has no Europe/Amsterdam\n");
      return 1;
    }
  stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());
  while (fgets (line, sizeof line, rows) != NULL)
    {
      char *f[N_COLUMNS];

      if (split (line, f) != N_COLUMNS)
        continue;
      unescape_newlines (f[9]);
      if (strcmp (crew, f[0]) != 0)
        {
          if (calendar != NULL)
            write_calendar (calendar, argv[2], crew);
          snprintf (crew, sizeof crew, "%s", f[0]);
          calendar = new_calendar (zone, f[1]);
        }
      icalcomponent_add_component (calendar, new_event (f, stamp));
    }
  if (calendar != NULL)
    write_calendar (calendar, argv[2], crew);
  fclose (rows);
  return 0;
}

/* ovs-roster-dates.c — calendar arithmetic for rosters: days, weeks, wall-clock times in
 * Europe/Amsterdam, stable shift UIDs and period checks. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "crews/ovs-roster-private.h"

static gboolean parse_ymd (const char *iso, int *y, int *m, int *d);
static gint64   days_from_civil (int y, int m, int d);

/* The date @days after 1970-01-01 (H. Hinnant's civil_from_days). */
static char *
civil_from_days (gint64 days)
{
  gint64 z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  int d = (int) (doy - (153 * mp + 2) / 5 + 1), m = (int) (mp < 10 ? mp + 3 : mp - 9);
  int y = (int) (yoe + era * 400 + (m <= 2));
  char *iso;

  if (y < 0 || y > 9999)
    return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  /* The check writes one per crew day: digits by hand, as printf would write them. */
  iso = g_malloc (11);
  iso[0] = (char) ('0' + y / 1000);
  iso[1] = (char) ('0' + y / 100 % 10);
  iso[2] = (char) ('0' + y / 10 % 10);
  iso[3] = (char) ('0' + y % 10);
  iso[4] = iso[7] = '-';
  iso[5] = (char) ('0' + m / 10);
  iso[6] = (char) ('0' + m % 10);
  iso[8] = (char) ('0' + d / 10);
  iso[9] = (char) ('0' + d % 10);
  iso[10] = '\0';
  return iso;
}

/* The rules ask these for every week of every person: plain arithmetic on well-formed ISO dates
 * (what the database holds), the calendar library for anything else. */
char *
ovs_roster_add_days (const char *iso, int days)
{
  int y, m, d;

  if (!parse_ymd (iso, &y, &m, &d) || y < 1000)
    return ovs_date_iso_add_days (iso, days);
  return civil_from_days (days_from_civil (y, m, d) + days);
}

int
ovs_roster_weekday (const char *iso)
{
  GDate date;
  int y, m, d;

  if (parse_ymd (iso, &y, &m, &d) && y >= 1000)
    return (int) (((days_from_civil (y, m, d) + 3) % 7 + 7) % 7) + 1;   /* 1970-01-01 was a Thursday */
  if (!ovs_date_from_iso (iso, &date))
    return 0;
  return (int) g_date_get_weekday (&date);
}

gboolean
ovs_roster_display_to (const char *iso, char display[11])
{
  int y, m, d;

  if (!parse_ymd (iso, &y, &m, &d) || y < 1000)
    return FALSE;
  /* A valid "YYYY-MM-DD" with a four-digit year: "DD-MM-YYYY" is its bytes moved. */
  memcpy (display, iso + 8, 2);
  display[2] = display[5] = '-';
  memcpy (display + 3, iso + 5, 2);
  memcpy (display + 6, iso, 4);
  display[10] = '\0';
  return TRUE;
}

char *
ovs_roster_display (const char *iso)
{
  char display[11];

  if (!ovs_roster_display_to (iso, display))
    return ovs_date_iso_to_display (iso);
  return g_strdup (display);
}

char *
ovs_roster_monday (const char *iso)
{
  return ovs_roster_add_days (iso, 1 - ovs_roster_weekday (iso));
}

static GTimeZone *
amsterdam (void)
{
  static gsize zone = 0;

  /* A roster is about local working hours in the Netherlands, whatever TZ the machine has. */
  if (g_once_init_enter (&zone))
    {
      GTimeZone *tz = g_time_zone_new_identifier ("Europe/Amsterdam");

      g_once_init_leave (&zone, (gsize) (tz ? tz : g_time_zone_new_local ()));
    }
  return (GTimeZone *) zone;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
static gint64
days_from_civil (int y, int m, int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (gint64) era * 146097 + doe - 719468;
}

static gboolean
parse_ymd (const char *iso, int *y, int *m, int *d)
{
  static const int month_days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  int days;

  if (iso == NULL || !g_ascii_isdigit (iso[0]) || iso[4] != '-' || iso[7] != '-' || iso[10] != '\0')
    return FALSE;
  /* The year's leading digits, as strtoll() reads them; g_date_get_days_in_month() without its checks. */
  *y = 0;
  for (int i = 0; i < 4 && g_ascii_isdigit (iso[i]); i++)
    *y = *y * 10 + (iso[i] - '0');
  *m = (iso[5] - '0') * 10 + (iso[6] - '0');
  *d = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (*y < 1 || *m < 1 || *m > 12)
    return FALSE;
  days = month_days[*m - 1] + (*m == 2 && ((*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0));
  return *d >= 1 && *d <= days &&
         g_ascii_isdigit (iso[5]) && g_ascii_isdigit (iso[6]) && g_ascii_isdigit (iso[8]) && g_ascii_isdigit (iso[9]);
}

gint64
ovs_roster_day_number (const char *iso)
{
  int y, m, d;

  return parse_ymd (iso, &y, &m, &d) ? days_from_civil (y, m, d) : 0;
}

/* Day of the month of the last Sunday of @m in @y. */
static int
last_sunday (int y, int m)
{
  gint64 last = days_from_civil (y, m, 31);
  int weekday = (int) (((last + 4) % 7 + 7) % 7);   /* 0 = Sunday; 1970-01-01 was a Thursday */

  return 31 - weekday;
}

static gint64
epoch_slow (const char *date, int minutes)
{
  GDate day;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) at = NULL;

  if (!ovs_date_from_iso (date, &day))
    return 0;
  midnight = g_date_time_new (amsterdam (), g_date_get_year (&day), g_date_get_month (&day),
                              g_date_get_day (&day), 0, 0, 0);
  /* Wall-clock hours and minutes, not elapsed minutes since midnight. */
  at = g_date_time_new (amsterdam (), g_date_get_year (&day), g_date_get_month (&day),
                        g_date_get_day (&day), minutes / 60, minutes % 60, 0);
  return at != NULL ? g_date_time_to_unix (at) : g_date_time_to_unix (midnight) + minutes * 60;
}

/* The roster check asks this for every shift twice: days without a clock change (all but two a year
 * since the EU rule of 1996) are plain arithmetic; the change days and earlier years ask the zone. */
gint64
ovs_roster_epoch (const char *date, int minutes)
{
  int y, m, d, offset;

  if (!parse_ymd (date, &y, &m, &d) || y < 1996 || y > 2199 || minutes < 0 || minutes >= 24 * 60 ||
      (m == 3 && d == last_sunday (y, 3)) || (m == 10 && d == last_sunday (y, 10)))
    return epoch_slow (date, minutes);
  offset = (m > 3 && m < 10) || (m == 3 && d > last_sunday (y, 3)) || (m == 10 && d < last_sunday (y, 10))
           ? 7200 : 3600;
  return days_from_civil (y, m, d) * 86400 + minutes * 60 - offset;
}

int
ovs_roster_real_minutes (const char *date, int start_min, int end_min)
{
  return (int) ((ovs_roster_epoch (date, end_min) - ovs_roster_epoch (date, start_min)) / 60);
}

int
ovs_roster_worked_minutes (const OvsRosterShift *shift)
{
  return ovs_roster_real_minutes (shift->date, shift->start_min, shift->end_min) - shift->break_minutes;
}

void
ovs_roster_shift_clock (OvsRosterShift *shift)
{
  shift->start_at = ovs_roster_epoch (shift->date, shift->start_min);
  shift->end_at = ovs_roster_epoch (shift->date, shift->end_min);
  shift->worked = (int) ((shift->end_at - shift->start_at) / 60) - shift->break_minutes;
  shift->day = ovs_roster_day_number (shift->date);
}

char *
ovs_roster_day_iso (gint64 day)
{
  return civil_from_days (day);
}

char *
ovs_roster_uid (gint64 crew_id, gint64 employee_id, const char *date, gint64 pattern_id)
{
  g_autofree char *compact = g_strdup (date);
  char *src = compact, *dst = compact;

  for (; *src != '\0'; src++)
    if (*src != '-')
      *dst++ = *src;
  *dst = '\0';
  return g_strdup_printf ("c%" G_GINT64_FORMAT "-e%" G_GINT64_FORMAT "-%s-p%" G_GINT64_FORMAT "@overstap",
                          crew_id, employee_id, compact, pattern_id);
}

char *
ovs_roster_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
ovs_roster_check_period (const char *from, const char *to, GError **error)
{
  GDate a, b;

  if (from == NULL || !ovs_date_from_iso (from, &a))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("from: “%s” is not a date"), from ? from : "");
      return FALSE;
    }
  if (to == NULL || !ovs_date_from_iso (to, &b))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("to: “%s” is not a date"), to ? to : "");
      return FALSE;
    }
  if (g_date_compare (&a, &b) > 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("to: %s is before from: %s"), to, from);
      return FALSE;
    }
  if (g_date_days_between (&a, &b) > 3660)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("The period %s to %s is longer than ten years"), from, to);
      return FALSE;
    }
  return TRUE;
}

gboolean
ovs_roster_parse_week (const char *week, char **monday, char **sunday, GError **error)
{
  guint year = 0, number = 0;
  char tail = 0;
  GDate jan4;
  g_autofree char *jan4_iso = NULL;
  g_autofree char *first = NULL;

  g_return_val_if_fail (week != NULL, FALSE);
  if (sscanf (week, "%4u-W%2u%c", &year, &number, &tail) != 2 || year < 1900 || year > 2200 ||
      number < 1 || number > 53)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("week: “%s” is not a week in the form YYYY-Www (e.g. 2025-W14)"), week);
      return FALSE;
    }
  /* ISO 8601: week 1 is the week with 4 January in it. */
  g_date_clear (&jan4, 1);
  g_date_set_dmy (&jan4, 4, G_DATE_JANUARY, (GDateYear) year);
  jan4_iso = ovs_date_to_iso (&jan4);
  first = ovs_roster_monday (jan4_iso);
  g_date_set_dmy (&jan4, 28, G_DATE_DECEMBER, (GDateYear) year);
  if (number == 53 && g_date_get_iso8601_week_of_year (&jan4) < 53)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("week: %u has no week 53"), year);
      return FALSE;
    }
  *monday = ovs_roster_add_days (first, (int) (number - 1) * 7);
  *sunday = ovs_roster_add_days (*monday, 6);
  return TRUE;
}

GArray *
ovs_roster_permitted_crews (OvsStore *store, gint64 crew_id, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  OvsStmt *stmt;

  if (crew_id != 0)
    {
      if (!ovs_store_require_crew (store, crew_id, error))
        return NULL;
      g_array_append_val (ids, crew_id);
      return g_steal_pointer (&ids);
    }
  stmt = ovs_store_prepare (store, "SELECT id FROM crew ORDER BY name", error);
  if (stmt == NULL)
    return NULL;
  while (ovs_stmt_next (stmt, &local))
    {
      gint64 id = ovs_stmt_get_int64 (stmt, 0);

      if (ovs_store_can_edit_crew (store, id))
        g_array_append_val (ids, id);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&ids);
}

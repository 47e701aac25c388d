/* ovs-worktime.c — the Arbeidstijdenwet for day work, per person over their time-ordered shifts.
 *
 * Source: Arbeidstijdenwet (wetten.overheid.nl, BWBR0007671), art. 1:7 (week, night shift), 5:3 (daily
 * rest), 5:4 (breaks), 5:5 (weekly rest), 5:6 (Sundays), 5:7 (working time), 5:8 (night shifts), 5:9
 * (rest after night shifts, with the daily rest in ovs-conflict-check.c). The
 * law's week runs from Sunday 00:00 to Saturday 24:00 (art. 1:7), unlike the roster's Monday weeks, so
 * the weekly rules count law weeks. Rules over 16 or 52 weeks slide a window one law week at a time
 * and report the first week of each run of windows over the limit, so a long overload is one conflict
 * and not sixteen. The thresholds are a dated table: a change of the law is a new row. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "crews/ovs-roster-private.h"

#define H(hours) ((hours) * 60)

static const OvsWorktimeLimits limits[] = {
  /* The simplified Arbeidstijdenwet in force since 1 April 2007 (Stb. 2006, 674). */
  { "2007-04-01",
    .max_shift = H (12), .max_week = H (60), .max_average = H (48), .average_weeks = 16,
    .break_after = H (5) + 30, .break_minutes = 30, .break_piece = 15,
    .long_break_after = H (10), .long_break_minutes = 45,
    .daily_rest = H (11), .short_rest = H (8),
    .weekly_rest = H (36), .fortnight_rest = H (72), .fortnight_piece = H (32),
    .free_sundays = 13, .sunday_weeks = 52,
    .night_end = H (6), .night_minutes = 60,
    .max_night_shift = H (10), .max_night_shifts = 36, .night_late_end = H (2), .night_weeks = 16,
    .night_rest = H (14), .night_series = 3, .night_series_rest = H (46) },
};

const OvsWorktimeLimits *
ovs_worktime_limits (const char *date)
{
  const OvsWorktimeLimits *in_force = &limits[0];

  /* Before the first row the first row holds: the roster has no older law to apply. */
  for (guint i = 1; i < G_N_ELEMENTS (limits); i++)
    if (g_strcmp0 (limits[i].valid_from, date) <= 0)
      in_force = &limits[i];
  return in_force;
}

static int
night_work (const OvsRosterShift *s, const OvsWorktimeLimits *lim)
{
  int end = MIN (s->end_min, lim->night_end);

  return end > s->start_min ? end - s->start_min : 0;
}

static gboolean
late_night (const OvsRosterShift *s, const OvsWorktimeLimits *lim)
{
  return night_work (s, lim) > lim->night_minutes && s->end_min > lim->night_late_end;
}

int
ovs_worktime_night_rest (GPtrArray *shifts, guint i)
{
  OvsRosterShift *s = g_ptr_array_index (shifts, i);
  const OvsWorktimeLimits *lim = ovs_worktime_limits (s->date);
  guint n = 1;

  if (!late_night (s, lim))
    return 0;
  /* The series: night shifts on the days right before this one. */
  for (guint k = i; k > 0 && n < (guint) lim->night_series; k--)
    {
      OvsRosterShift *before = g_ptr_array_index (shifts, k - 1), *after = g_ptr_array_index (shifts, k);

      if (before->day != after->day - 1 || night_work (before, lim) <= lim->night_minutes)
        break;
      n++;
    }
  /* The series' rest comes when it ends: not before another night shift the next day. */
  if (i + 1 < shifts->len)
    {
      OvsRosterShift *next = g_ptr_array_index (shifts, i + 1);

      if (next->day == s->day + 1 && night_work (next, lim) > lim->night_minutes)
        return lim->night_rest;
    }
  return n >= (guint) lim->night_series ? lim->night_series_rest : lim->night_rest;
}

/* --- law weeks --- */

/* Law week number of a day number: weeks since Sunday 1970-01-04. */
static int
week_of_day (gint64 day)
{
  day -= 3;
  return (int) (day >= 0 ? day / 7 : (day - 6) / 7);
}

static int
law_week (const char *date)
{
  return week_of_day (ovs_roster_day_number (date));
}

static gboolean
is_sunday (gint64 day)
{
  return ((day - 3) % 7 + 7) % 7 == 0;
}

/* One person's shifts counted per law week, from the first week of the loaded history on. */
typedef struct
{
  OvsRosterData           *data;
  GPtrArray               *shifts;
  const char              *who;
  const OvsWorktimeLimits *lim;
  int                      first;     /* law week of index 0 */
  int                      n;
  int                     *minutes;   /* worked per week */
  int                     *sundays;   /* 1 when the week's Sunday has work */
  int                     *nights;    /* night shifts ending after night_late_end */
  int                     *sums;      /* prefix sums of the three, 3 × (n + 1): see window() */
} Weeks;

static void
weeks_count (Weeks *w, OvsRosterShift *s, int sign)
{
  int i = week_of_day (s->day) - w->first;

  if (i < 0 || i >= w->n)
    return;
  w->minutes[i] += sign * s->worked;
  if (is_sunday (s->day))
    w->sundays[i] += sign;
  if (night_work (s, w->lim) > w->lim->night_minutes && s->end_min > w->lim->night_late_end)
    w->nights[i] += sign;
}

static void
weeks_init (Weeks *w, OvsRosterData *data, GPtrArray *shifts, const char *who, const char *last)
{
  g_autofree char *until = ovs_roster_add_days (last, 7 * 53);

  *w = (Weeks) { data, shifts, who, ovs_worktime_limits (last), law_week (data->history_from), 0 };
  w->n = law_week (until) - w->first + 1;
  w->minutes = g_new0 (int, w->n);
  w->sundays = g_new0 (int, w->n);
  w->nights = g_new0 (int, w->n);
  for (guint i = 0; i < shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (shifts, i);

      if (s->start_at == 0 && s->end_at == 0)
        ovs_roster_shift_clock (s);
      weeks_count (w, s, 1);
    }
  w->sums = g_new0 (int, 3 * (w->n + 1));
  for (int i = 0; i < w->n; i++)
    {
      w->sums[i + 1] = w->sums[i] + w->minutes[i];
      w->sums[w->n + 1 + i + 1] = w->sums[w->n + 1 + i] + w->sundays[i];
      w->sums[2 * (w->n + 1) + i + 1] = w->sums[2 * (w->n + 1) + i] + w->nights[i];
    }
}

static void
weeks_clear (Weeks *w)
{
  g_free (w->minutes);
  g_free (w->sundays);
  g_free (w->nights);
  g_free (w->sums);
}

/* The sum of @counts (minutes, sundays or nights) over the @span weeks ending with index @end, from the
 * prefix sums: the sliding windows cost the same whatever their length. */
static int
window (Weeks *w, const int *counts, int end, int span)
{
  const int *sums = w->sums + (counts == w->minutes ? 0 : counts == w->sundays ? w->n + 1 : 2 * (w->n + 1));
  int hi = MIN (end, w->n - 1) + 1, lo = MAX (0, end - span + 1);

  return hi > lo ? sums[hi] - sums[lo] : 0;
}

static gboolean
average_over (Weeks *w, int i)
{
  return window (w, w->minutes, i, w->lim->average_weeks) > w->lim->max_average * w->lim->average_weeks;
}

static gboolean
sundays_over (Weeks *w, int i)
{
  return window (w, w->sundays, i, w->lim->sunday_weeks) > w->lim->sunday_weeks - w->lim->free_sundays;
}

static gboolean
nights_over (Weeks *w, int i)
{
  return window (w, w->nights, i, w->lim->night_weeks) > w->lim->max_night_shifts;
}

/* --- weekly rest (art. 5:5) --- */

#define HOUR G_GINT64_CONSTANT (3600)

/* The index of the first of @w's shifts that ends after @t (they are in order of start). */
static guint
first_ending_after (Weeks *w, gint64 t)
{
  guint lo = 0, hi = w->shifts->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((OvsRosterShift *) g_ptr_array_index (w->shifts, mid))->end_at <= t)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The rest in [@t, @t + 14 × 24 h) that comes in pieces of at least fortnight_piece, in seconds. */
static gint64
fortnight_rest (Weeks *w, gint64 t)
{
  gint64 end = t + 14 * 24 * HOUR, piece = (gint64) w->lim->fortnight_piece * 60, total = 0, free_from = t;

  for (guint i = first_ending_after (w, t); i <= w->shifts->len; i++)
    {
      OvsRosterShift *s = i < w->shifts->len ? g_ptr_array_index (w->shifts, i) : NULL;
      gint64 busy_from = s != NULL ? MIN (s->start_at, end) : end;

      if (busy_from - free_from >= piece)
        total += busy_from - free_from;
      if (s == NULL || s->start_at >= end)
        break;
      free_from = MAX (free_from, s->end_at);
    }
  return total;
}

/* Is any 14 × 24 h window starting in [@lo, @hi] short of its rest? Looks at the points where the rest
 * in the window can be least: the range's ends and where a piece enters or leaves the window. */
static gboolean
fortnight_short (Weeks *w, gint64 lo, gint64 hi)
{
  gint64 need = (gint64) w->lim->fortnight_rest * 60, piece = (gint64) w->lim->fortnight_piece * 60;
  gint64 span = 14 * 24 * HOUR;

  if (fortnight_rest (w, lo) < need || fortnight_rest (w, hi) < need)
    return TRUE;
  for (guint i = first_ending_after (w, lo - span); i < w->shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (w->shifts, i);
      gint64 points[] = { s->start_at, s->start_at - piece + 1, s->end_at - span, s->end_at + piece - span - 1 };

      if (s->start_at > hi + span)
        break;
      for (guint k = 0; k < G_N_ELEMENTS (points); k++)
        if (points[k] >= lo && points[k] <= hi && fortnight_rest (w, points[k]) < need)
          return TRUE;
    }
  return FALSE;
}

/* The first start in [@t0, @t1] of a 7 × 24 h window without weekly_rest of uninterrupted rest that is
 * not saved by the 14 × 24 h alternative, or 0. A rest [a, b) of at least L counts for the window
 * [t, t + W) when it begins in it, or began before and still has L in it: t in (a − W, b − L]. (Only
 * the part inside the window would fail a plain Monday-to-Friday week for the window from Sunday
 * 00:00, whose weekend rest is split by both ends; a rest is one period however a window cuts it.)
 * Sweeping the rests in order finds the starts no rest covers. */
static gint64
weekly_rest_gap (Weeks *w, gint64 t0, gint64 t1)
{
  gint64 L = (gint64) w->lim->weekly_rest * 60, W = 7 * 24 * HOUR;
  gint64 free_from = G_MININT64 / 2, reach = G_MININT64 / 2;

  for (guint i = 0; i <= w->shifts->len; i++)
    {
      OvsRosterShift *s = i < w->shifts->len ? g_ptr_array_index (w->shifts, i) : NULL;
      gint64 busy_from = s != NULL ? s->start_at : G_MAXINT64 / 2;

      if (busy_from - free_from >= L)
        {
          gint64 lo = free_from - W + 1;

          if (lo > reach && lo > t0 && reach < t1)
            {
              gint64 u0 = MAX (reach + 1, t0), u1 = MIN (lo - 1, t1);

              if (fortnight_short (w, u0 - W, u1))
                return u0;
            }
          reach = MAX (reach, busy_from - L);
        }
      if (s != NULL)
        free_from = MAX (free_from, s->end_at);
    }
  return 0;
}

/* --- reporting --- */

typedef struct
{
  Weeks            w;
  const char      *from;
  const char      *to;
  OvsWorktimeFound found;
  gpointer         user_data;
} Report;

static gboolean
in_range (Report *r, const char *date)
{
  return g_strcmp0 (r->from, date) <= 0 && g_strcmp0 (date, r->to) <= 0;
}

static OvsRosterShift *
first_at (Weeks *w, gint64 t)
{
  for (guint i = 0; i < w->shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (w->shifts, i);

      if (s->end_at > t)
        return s;
    }
  return NULL;
}

static void
check_shift (Report *r, OvsRosterShift *s)
{
  const OvsWorktimeLimits *lim = ovs_worktime_limits (s->date);
  g_autofree char *day = NULL;
  int need = s->worked > lim->long_break_after ? lim->long_break_minutes
             : s->worked > lim->break_after ? lim->break_minutes : 0;
  gboolean long_night = night_work (s, lim) > lim->night_minutes && s->worked > lim->max_night_shift;

  /* Every shift of the period comes here; the date is written only for a conflict. */
  if (s->break_minutes >= need && !long_night)
    return;
  day = ovs_roster_display (s->date);
  if (s->break_minutes < need)
    r->found (OVS_CONFLICT_CODE_BREAK_TOO_SHORT, s, s->date,
              g_strdup_printf (_("%s works %d:%02d hours on %s with %d minutes of break; at least %d minutes are "
                                 "required"), r->w.who, s->worked / 60, s->worked % 60, day, s->break_minutes, need),
              r->user_data);
  if (long_night)
    r->found (OVS_CONFLICT_CODE_NIGHT_SHIFT_TOO_LONG, s, s->date,
              g_strdup_printf (_("%s works %d:%02d hours in the night shift on %s; a night shift may be at most "
                                 "%d hours"), r->w.who, s->worked / 60, s->worked % 60, day, lim->max_night_shift / 60),
              r->user_data);
}

/* A law week of the period: its index, its Sunday (a day number), and the person's first shift in it. */
typedef struct
{
  int             i;
  gboolean        first;     /* the period's first week: a run that began before it is reported here */
  gint64          sunday;
  OvsRosterShift *shift;
} Week;

/* Reports @code for @week when @over holds there and not the week before (a run's start). */
static void
check_window (Report *r, Week *week, OvsConflictCode code, gboolean (*over) (Weeks *, int))
{
  g_autofree char *saturday = NULL;
  g_autofree char *day = NULL;
  int span, i = week->i;

  if (!over (&r->w, i) || (!week->first && i > 0 && over (&r->w, i - 1)))
    return;
  saturday = ovs_roster_day_iso (week->sunday + 6);
  day = ovs_roster_display (saturday);
  span = code == OVS_CONFLICT_CODE_SUNDAYS_BELOW_13 ? r->w.lim->sunday_weeks
         : code == OVS_CONFLICT_CODE_AVERAGE_OVER_48H ? r->w.lim->average_weeks : r->w.lim->night_weeks;
  if (code == OVS_CONFLICT_CODE_AVERAGE_OVER_48H)
    {
      int total = window (&r->w, r->w.minutes, i, span) / span;

      r->found (code, week->shift, week->shift->date,
                g_strdup_printf (_("%s works %d:%02d hours a week on average in the %d weeks up to %s; at most %d "
                                   "hours"), r->w.who, total / 60, total % 60, span, day, r->w.lim->max_average / 60),
                r->user_data);
    }
  else if (code == OVS_CONFLICT_CODE_SUNDAYS_BELOW_13)
    r->found (code, week->shift, week->shift->date,
              g_strdup_printf (_("%s has only %d free Sundays in the %d weeks up to %s; at least %d are required"),
                               r->w.who, span - window (&r->w, r->w.sundays, i, span), span, day,
                               r->w.lim->free_sundays), r->user_data);
  else
    r->found (code, week->shift, week->shift->date,
              g_strdup_printf (_("%s works %d night shifts ending after 02:00 in the %d weeks up to %s; at most %d"),
                               r->w.who, window (&r->w, r->w.nights, i, span), span, day,
                               r->w.lim->max_night_shifts), r->user_data);
}

static void
check_week (Report *r, Week *week)
{
  g_autofree char *sunday = NULL;
  g_autofree char *day = NULL;
  int minutes = r->w.minutes[week->i];

  check_window (r, week, OVS_CONFLICT_CODE_AVERAGE_OVER_48H, average_over);
  check_window (r, week, OVS_CONFLICT_CODE_SUNDAYS_BELOW_13, sundays_over);
  check_window (r, week, OVS_CONFLICT_CODE_TOO_MANY_NIGHT_SHIFTS, nights_over);
  if (minutes <= r->w.lim->max_week)
    return;
  sunday = ovs_roster_day_iso (week->sunday);
  day = ovs_roster_display (sunday);
  r->found (OVS_CONFLICT_CODE_WEEK_OVER_60H, week->shift, week->shift->date,
            g_strdup_printf (_("%s works %d:%02d hours in the week from Sunday %s; at most %d hours"), r->w.who,
                             minutes / 60, minutes % 60, day, r->w.lim->max_week / 60), r->user_data);
}

/* The law weeks of the period in which the person works, in order, with one cursor over the shifts;
 * day numbers, so that weeks without a conflict cost no string. */
static void
check_weeks (Report *r)
{
  gint64 from = ovs_roster_day_number (r->from), to = ovs_roster_day_number (r->to);
  int first = week_of_day (from), last = week_of_day (to);
  guint cursor = 0;

  for (int k = first; k <= last; k++)
    {
      Week week = { k - r->w.first, k == first, (gint64) k * 7 + 3, NULL };
      /* The conflict is dated on the week's first shift in the period, where the roster shows it. */
      gint64 lower = MAX (week.sunday, from);
      OvsRosterShift *s;

      while (cursor < r->w.shifts->len && ((OvsRosterShift *) g_ptr_array_index (r->w.shifts, cursor))->day < lower)
        cursor++;
      if (cursor >= r->w.shifts->len || (s = g_ptr_array_index (r->w.shifts, cursor))->day > week.sunday + 6)
        continue;
      week.shift = s;
      if (week.i >= 0 && week.i < r->w.n)
        check_week (r, &week);
    }
}

static void
check_weekly_rest (Report *r)
{
  gint64 t0 = ovs_roster_epoch (r->from, 0), t1 = ovs_roster_epoch (r->to, 0) + 24 * HOUR;

  while (t0 < t1)
    {
      gint64 at = weekly_rest_gap (&r->w, t0, t1);
      OvsRosterShift *s;
      g_autofree char *day = NULL;

      if (at == 0 || (s = first_at (&r->w, at)) == NULL)
        return;
      if (in_range (r, s->date))
        {
          day = ovs_roster_display (s->date);
          r->found (OVS_CONFLICT_CODE_WEEKLY_REST_TOO_SHORT, s, s->date,
                    g_strdup_printf (_("%s has no %d hours of uninterrupted rest in the 7 × 24 hours around %s, nor %d "
                                       "hours in 14 × 24 hours"), r->w.who, r->w.lim->weekly_rest / 60, day,
                                     r->w.lim->fortnight_rest / 60), r->user_data);
        }
      /* One conflict per stretch without rest: go on after the next rest long enough. */
      t0 = MAX (at, s->end_at) + 7 * 24 * HOUR;
    }
}

void
ovs_worktime_check (OvsRosterData *data, GPtrArray *shifts, const char *who, const char *from, const char *to,
                    OvsWorktimeFound found, gpointer user_data)
{
  Report r = { .from = from, .to = to, .found = found, .user_data = user_data };

  if (shifts->len == 0)
    return;
  weeks_init (&r.w, data, shifts, who, to);
  for (guint i = 0; i < shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (shifts, i);

      if (in_range (&r, s->date))
        check_shift (&r, s);
    }
  check_weeks (&r);
  check_weekly_rest (&r);
  weeks_clear (&r.w);
}

/* --- would a new shift break a rule? --- */

static int
refuses_weeks (Weeks *w, OvsRosterShift *shift)
{
  int i = week_of_day (shift->day) - w->first;

  if (i < 0 || i >= w->n)
    return -1;
  if (w->minutes[i] > w->lim->max_week)
    return OVS_CONFLICT_CODE_WEEK_OVER_60H;
  for (int k = i; k < MIN (w->n, i + w->lim->average_weeks); k++)
    if (average_over (w, k))
      return OVS_CONFLICT_CODE_AVERAGE_OVER_48H;
  for (int k = i; is_sunday (shift->day) && k < MIN (w->n, i + w->lim->sunday_weeks); k++)
    if (sundays_over (w, k))
      return OVS_CONFLICT_CODE_SUNDAYS_BELOW_13;
  for (int k = i; k < MIN (w->n, i + w->lim->night_weeks); k++)
    if (nights_over (w, k))
      return OVS_CONFLICT_CODE_TOO_MANY_NIGHT_SHIFTS;
  return -1;
}

int
ovs_worktime_refuses (OvsRosterData *data, OvsRosterShift *shift)
{
  const OvsWorktimeLimits *lim = ovs_worktime_limits (shift->date);
  OvsRosterPerson *person;
  Weeks w;
  int code;

  ovs_roster_shift_clock (shift);
  if (shift->worked > lim->max_shift)
    return OVS_CONFLICT_CODE_SHIFT_TOO_LONG;
  if (shift->break_minutes < (shift->worked > lim->long_break_after ? lim->long_break_minutes
                              : shift->worked > lim->break_after ? lim->break_minutes : 0))
    return OVS_CONFLICT_CODE_BREAK_TOO_SHORT;
  if (night_work (shift, lim) > lim->night_minutes && shift->worked > lim->max_night_shift)
    return OVS_CONFLICT_CODE_NIGHT_SHIFT_TOO_LONG;
  ovs_roster_person_add (data, shift);
  person = ovs_roster_person (data, shift->employee_id);
  weeks_init (&w, data, person->shifts, "", shift->date);
  code = refuses_weeks (&w, shift);
  /* The 7 × 24 h windows that hold the new shift. */
  if (code < 0 && weekly_rest_gap (&w, shift->end_at - 7 * 24 * HOUR, shift->start_at) != 0)
    code = OVS_CONFLICT_CODE_WEEKLY_REST_TOO_SHORT;
  weeks_clear (&w);
  ovs_roster_person_remove (data, shift);
  return code;
}

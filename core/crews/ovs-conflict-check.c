/* ovs-conflict-check.c — the roster rules: every conflict of a set of crews over a period.
 *
 * Crew days are the dates the crew's patterns work (without exdates and days off). Rules per crew day:
 * below_minimum_size, no_team_leader / stand_in_leads, no_driver, missing_certificate. Rules per shift:
 * shift_during_absence, shift_too_long, outside_employment, outside_membership, after_transfer. Rules
 * per person over all their shifts in every crew: double_booking, short_rest, hours_above_contract. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "crews/ovs-roster-private.h"

typedef struct
{
  OvsRosterData *data;
  GArray        *crews;
  GHashTable    *checked;    /* the crews' ids, to ask in one look-up */
  OvsConflictRows *out;
  GHashTable    *mondays;    /* day number -> ISO date, for the weekly-hours conflicts of every person */
  gint64         last_crew;  /* the crew checked_crew() was last asked about, and its answer */
  gboolean       last_checked;
  /* The crew-day rules' lists of people, emptied for each crew day instead of made anew. */
  GArray        *on;
  GArray        *leaders;
  GArray        *stand_ins;
  GArray        *both;
  const char    *holiday_date; /* the date free_holiday() was last asked about, and its answer */
  gboolean       holiday;
} Check;

/* A person whose shifts are checked, looked up once for all their shifts. */
typedef struct
{
  gint64             id;
  OvsRosterPerson   *rows;       /* their shifts, memberships, absences */
  OvsRosterEmployee *employee;   /* NULL when not readable */
} Person;

static gboolean
in_period (OvsRosterData *data, const char *date)
{
  return g_strcmp0 (data->from, date) <= 0 && g_strcmp0 (date, data->to) <= 0;
}

static gboolean
checked_crew (Check *check, gint64 crew_id)
{
  /* Asked for every shift, mostly about the crew of the shift before. */
  if (crew_id != check->last_crew)
    {
      check->last_crew = crew_id;
      check->last_checked = g_hash_table_contains (check->checked, &crew_id);
    }
  return check->last_checked;
}

/* "Anna Bakker (P1)" */
static char *
person (OvsRosterData *data, gint64 id)
{
  OvsRosterEmployee *e = ovs_roster_employee (data, id);

  return e ? g_strdup_printf ("%s (%s)", e->name, e->number) : g_strdup_printf ("#%" G_GINT64_FORMAT, id);
}

static const char *
crew_name (OvsRosterData *data, gint64 crew_id)
{
  OvsRosterCrew *crew = ovs_roster_crew (data, crew_id);

  return crew ? crew->name : "?";
}

static void
add (Check *check, OvsConflictCode code, OvsConflictSeverity severity, gint64 crew_id, const char *date,
     const gint64 *ids, guint n_ids, char *message)
{
  ovs_conflict_rows_add (check->out, check->data, code, severity, crew_id, date, ids, n_ids, message);
}

const char *
ovs_roster_absence_word (OvsRosterData *data, const char *kind)
{
  /* Sickness and medical appointments are health data; a teamleider only learns "absent". */
  return ovs_vocab_label_for_code (OVS_TYPE_ABSENCE_KIND, ovs_absence_kind_shown (kind, data->see_health));
}

/* --- per crew day --- */

static gboolean
array_has (GArray *ids, gint64 id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
add_unique (GArray *ids, gint64 id)
{
  if (id != 0 && !array_has (ids, id))
    g_array_append_val (ids, id);
}

/* Has @employee_id or any crew an absence in the window? Asked for every shift: without any, the rules
 * skip the absence look-ups. */
static gboolean
may_be_absent (OvsRosterData *data, gint64 employee_id)
{
  return g_hash_table_size (data->crew_absences) > 0 || ovs_roster_has_absences (data, employee_id);
}

/* The people who work for @crew_id on @date (into @on): an active shift, and not absent all day. */
static void
people_on (OvsRosterData *data, gint64 crew_id, const char *date, GArray *on)
{
  guint n_shifts;
  OvsRosterShift **day = ovs_roster_crew_day (data, crew_id, date, &n_shifts);

  g_array_set_size (on, 0);
  for (guint i = 0; i < n_shifts; i++)
    {
      OvsRosterShift *s = day[i];

      if (!s->cancelled && (!may_be_absent (data, s->employee_id) ||
                            !ovs_roster_absent_all_day (data, s->employee_id, crew_id, date)))
        add_unique (on, s->employee_id);
    }
}

/* Members of @crew (from @members, the crew's rows) with @role on @date (and the crew's own team leader
 * for the team leader role), into @ids. */
static GArray *
with_role (GPtrArray *members, OvsRosterCrew *crew, OvsCrewRole role, const char *date, GArray *ids)
{
  const char *code = ovs_vocab_code (OVS_TYPE_CREW_ROLE, role);

  g_array_set_size (ids, 0);
  if (role == OVS_CREW_ROLE_TEAM_LEADER)
    add_unique (ids, crew->team_leader_id);
  for (guint i = 0; i < members->len; i++)
    {
      OvsRosterMember *m = g_ptr_array_index (members, i);

      if (m->crew_id == crew->id && g_str_equal (m->role, code) && ovs_roster_member_active (m, date))
        add_unique (ids, m->employee_id);
    }
  return ids;
}

/* The ids of @a that are in @b, into @both. */
static GArray *
intersect (GArray *a, GArray *b, GArray *both)
{
  g_array_set_size (both, 0);
  for (guint i = 0; i < a->len; i++)
    if (array_has (b, g_array_index (a, gint64, i)))
      g_array_append_val (both, g_array_index (a, gint64, i));
  return both;
}

static void
check_size (Check *check, OvsRosterCrew *crew, const char *date, GArray *on)
{
  g_autofree char *day = NULL;

  if ((int) on->len >= crew->min_size)
    return;
  day = ovs_roster_display (date);
  add (check, OVS_CONFLICT_CODE_BELOW_MINIMUM_SIZE, OVS_CONFLICT_WARNING, crew->id, date, NULL, 0,
       g_strdup_printf (_("Crew %s has %u people on %s; its minimum is %d"), crew->name, on->len, day, crew->min_size));
}

static void
check_team_leader (Check *check, OvsRosterCrew *crew, GPtrArray *members, const char *date, GArray *on)
{
  GArray *leaders = with_role (members, crew, OVS_CREW_ROLE_TEAM_LEADER, date, check->leaders);
  GArray *leading = intersect (leaders, on, check->both);
  GArray *stand_ins;
  GArray *standing_in;
  g_autofree char *day = NULL;

  if (leading->len > 0)
    return;
  day = ovs_roster_display (date);
  stand_ins = with_role (members, crew, OVS_CREW_ROLE_STAND_IN, date, check->stand_ins);
  standing_in = intersect (stand_ins, on, check->both);
  if (standing_in->len > 0)
    {
      g_autofree char *who = person (check->data, g_array_index (standing_in, gint64, 0));

      add (check, OVS_CONFLICT_CODE_STAND_IN_LEADS, OVS_CONFLICT_INFO, crew->id, date,
           (gint64 *) (gpointer) standing_in->data, standing_in->len,
           g_strdup_printf (_("The team leader of crew %s is not on %s; stand-in %s leads the crew"),
                            crew->name, day, who));
      return;
    }
  add (check, OVS_CONFLICT_CODE_NO_TEAM_LEADER, OVS_CONFLICT_WARNING, crew->id, date,
       (gint64 *) (gpointer) leaders->data, leaders->len,
       g_strdup_printf (_("Crew %s works on %s without its team leader or a stand-in"), crew->name, day));
}

static void
check_requirement (Check *check, OvsRosterCrew *crew, const char *date, GArray *on, OvsRosterPattern *p)
{
  gboolean machine;
  g_autofree char *day = NULL;

  if (p->requires == NULL)
    return;
  machine = ovs_vocab_is (OVS_TYPE_QUALIFICATION_KIND, p->requires, OVS_QUALIFICATION_KIND_MACHINE);
  for (guint i = 0; i < on->len; i++)
    if (ovs_roster_holds (check->data, g_array_index (on, gint64, i), p->requires, p->requires_detail, date))
      return;
  day = ovs_roster_display (date);
  if (machine)
    add (check, OVS_CONFLICT_CODE_MISSING_CERTIFICATE, OVS_CONFLICT_WARNING, crew->id, date, NULL, 0,
         g_strdup_printf (_("Crew %s needs a certificate for %s on %s, and nobody on the roster holds a valid one"),
                          crew->name, p->requires_detail ? p->requires_detail : _("a machine"), day));
  else
    add (check, OVS_CONFLICT_CODE_NO_DRIVER, OVS_CONFLICT_WARNING, crew->id, date, NULL, 0,
         g_strdup_printf (_("Crew %s needs a driver with %s on %s, and nobody on the roster holds a valid one"),
                          crew->name, p->requires, day));
}

/* A date a pattern of the crew works; @order keeps the patterns of one date in their loaded order. */
typedef struct
{
  const char       *date;
  OvsRosterPattern *pattern;
  guint             order;
} PatternDay;

static int
compare_pattern_days (gconstpointer a, gconstpointer b)
{
  const PatternDay *x = a, *y = b;
  int by_date = strcmp (x->date, y->date);

  return by_date != 0 ? by_date : (x->order > y->order) - (x->order < y->order);
}

static gboolean
pattern_days_sorted (GArray *days)
{
  for (guint i = 1; i < days->len; i++)
    if (compare_pattern_days (&g_array_index (days, PatternDay, i - 1), &g_array_index (days, PatternDay, i)) > 0)
      return FALSE;
  return TRUE;
}

static void
check_crew_days (Check *check, OvsRosterCrew *crew)
{
  g_autoptr(GPtrArray) expanded = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (PatternDay));
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autoptr(GPtrArray) patterns = g_ptr_array_new ();

  for (guint i = 0; i < check->data->members->len; i++)
    {
      OvsRosterMember *m = g_ptr_array_index (check->data->members, i);

      if (m->crew_id == crew->id)
        g_ptr_array_add (members, m);
    }

  /* Crew days: every date a pattern of the crew works, with the patterns of that day. */
  for (guint i = 0; i < check->data->patterns->len; i++)
    {
      OvsRosterPattern *p = g_ptr_array_index (check->data->patterns, i);
      GPtrArray *dates;

      if (p->crew_id != crew->id ||
          (dates = ovs_roster_pattern_dates (p, check->data, check->data->from, check->data->to, NULL)) == NULL)
        continue;
      g_ptr_array_add (expanded, dates);
      for (guint d = 0; d < dates->len; d++)
        {
          PatternDay day = { g_ptr_array_index (dates, d), p, days->len };

          if (crew->ended_on == NULL || g_strcmp0 (day.date, crew->ended_on) <= 0)
            g_array_append_val (days, day);
        }
    }
  /* One pattern's dates (nearly every crew has one) come sorted already. */
  if (!pattern_days_sorted (days))
    g_array_sort (days, compare_pattern_days);
  for (guint i = 0; i < days->len;)
    {
      const char *date = g_array_index (days, PatternDay, i).date;

      g_ptr_array_set_size (patterns, 0);
      for (; i < days->len && strcmp (g_array_index (days, PatternDay, i).date, date) == 0; i++)
        g_ptr_array_add (patterns, g_array_index (days, PatternDay, i).pattern);
      people_on (check->data, crew->id, date, check->on);
      check_size (check, crew, date, check->on);
      check_team_leader (check, crew, members, date, check->on);
      for (guint k = 0; k < patterns->len; k++)
        check_requirement (check, crew, date, check->on, g_ptr_array_index (patterns, k));
    }
}

/* --- per shift --- */

static void
check_absence (Check *check, OvsRosterShift *s, const char *who, const char *day)
{
  OvsRosterAbsence *a = ovs_roster_absence_at (check->data, s->employee_id, s->crew_id, s->date, s->start_min,
                                               s->end_min);

  if (a == NULL)
    return;
  add (check, OVS_CONFLICT_CODE_SHIFT_DURING_ABSENCE, OVS_CONFLICT_ERROR, s->crew_id, s->date, &s->employee_id, 1,
       g_strdup_printf (_("%s has a shift on %s (%s–%s) while absent (%s)"), who, day, s->start_time, s->end_time,
                        ovs_roster_absence_word (check->data, a->kind)));
}

/* Is @date a free holiday? Shifts come by date, so the answer for the date before mostly holds. */
static gboolean
free_holiday (Check *check, const char *date)
{
  if (g_hash_table_size (check->data->free_holidays) == 0)
    return FALSE;
  if (date != check->holiday_date)
    {
      check->holiday_date = date;
      check->holiday = g_hash_table_contains (check->data->free_holidays, date);
    }
  return check->holiday;
}

static gboolean
shift_fine (Check *check, OvsRosterShift *s, Person *p)
{
  OvsRosterEmployee *e = p->employee;

  return (!may_be_absent (check->data, s->employee_id) ||
          ovs_roster_absence_at (check->data, s->employee_id, s->crew_id, s->date, s->start_min, s->end_min) == NULL) &&
         s->worked <= ovs_worktime_limits (s->date)->max_shift && ovs_roster_employed (e, s->date) &&
         ovs_roster_person_membership (p->rows, s->crew_id, s->employee_id, s->date) != NULL &&
         (e == NULL || e->left_on == NULL || g_strcmp0 (s->date, e->left_on) < 0) &&
         !free_holiday (check, s->date);
}

static void
check_holiday (Check *check, OvsRosterShift *s, const char *who, const char *day)
{
  int holiday = GPOINTER_TO_INT (g_hash_table_lookup (check->data->free_holidays, s->date)) - 1;

  if (holiday < 0)
    return;
  add (check, OVS_CONFLICT_CODE_WORK_ON_HOLIDAY, OVS_CONFLICT_ERROR, s->crew_id, s->date, &s->employee_id, 1,
       g_strdup_printf (_("%s has a shift on %s, %s, which the CAO makes a day off"), who, day,
                        ovs_vocab_label (OVS_TYPE_HOLIDAY, holiday)));
}

static void
check_shift (Check *check, OvsRosterShift *s, Person *p)
{
  OvsRosterEmployee *e = p->employee;
  g_autofree char *who = NULL;
  g_autofree char *day = NULL;
  int worked = s->worked;

  /* Most shifts are fine: ask first, and spend the names and dates only on conflicts. */
  if (shift_fine (check, s, p))
    return;
  who = person (check->data, s->employee_id);
  day = ovs_roster_display (s->date);
  check_absence (check, s, who, day);
  check_holiday (check, s, who, day);
  if (worked > ovs_worktime_limits (s->date)->max_shift)
    add (check, OVS_CONFLICT_CODE_SHIFT_TOO_LONG, OVS_CONFLICT_ERROR, s->crew_id, s->date, &s->employee_id, 1,
         g_strdup_printf (_("%s works %d:%02d hours on %s; a shift may be at most 12 hours"), who, worked / 60,
                          worked % 60, day));
  if (!ovs_roster_employed (e, s->date))
    add (check, OVS_CONFLICT_CODE_OUTSIDE_EMPLOYMENT, OVS_CONFLICT_ERROR, s->crew_id, s->date, &s->employee_id, 1,
         g_strdup_printf (_("%s has a shift on %s outside their employment"), who, day));
  if (ovs_roster_person_membership (p->rows, s->crew_id, s->employee_id, s->date) == NULL)
    add (check, OVS_CONFLICT_CODE_OUTSIDE_MEMBERSHIP, OVS_CONFLICT_ERROR, s->crew_id, s->date, &s->employee_id, 1,
         g_strdup_printf (_("%s has a shift on %s in crew %s but is not a member of it that day"), who, day,
                          crew_name (check->data, s->crew_id)));
  if (e != NULL && e->left_on != NULL && g_strcmp0 (s->date, e->left_on) >= 0)
    {
      g_autofree char *left = ovs_roster_display (e->left_on);

      add (check, OVS_CONFLICT_CODE_AFTER_TRANSFER, OVS_CONFLICT_ERROR, s->crew_id, s->date, &s->employee_id, 1,
           g_strdup_printf (_("%s has a shift on %s, but transferred away from the crews' employer on %s"), who,
                            day, left));
    }
}

/* --- per person, over every crew --- */

/* The person's shifts in the loaded window (their list starts with the history). */
static GPtrArray *
active_shifts_of (OvsRosterData *data, Person *p)
{
  GPtrArray *all = p->rows->shifts;
  GPtrArray *mine = g_ptr_array_sized_new (all->len);
  gint64 from = ovs_roster_day_number (data->load_from);

  for (guint i = 0; i < all->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (all, i);

      if (s->day >= from)
        g_ptr_array_add (mine, s);
    }
  return mine;
}

static gboolean
reportable (Check *check, OvsRosterShift *a, OvsRosterShift *b)
{
  return in_period (check->data, b->date) && (checked_crew (check, a->crew_id) || checked_crew (check, b->crew_id));
}

static void
check_double_booking (Check *check, GPtrArray *mine, const char *who)
{
  for (guint i = 0; i < mine->len; i++)
    for (guint j = i + 1; j < mine->len; j++)
      {
        OvsRosterShift *a = g_ptr_array_index (mine, i), *b = g_ptr_array_index (mine, j);
        g_autofree char *day = NULL;

        if (!g_str_equal (a->date, b->date) || b->start_min >= a->end_min)
          break;
        if (!reportable (check, a, b))
          continue;
        day = ovs_roster_display (a->date);
        add (check, OVS_CONFLICT_CODE_DOUBLE_BOOKING, OVS_CONFLICT_ERROR,
             checked_crew (check, a->crew_id) ? a->crew_id : b->crew_id, a->date, &a->employee_id, 1,
             g_strdup_printf (_("%s has two overlapping shifts on %s: %s–%s (%s) and %s–%s (%s)"), who, day,
                              a->start_time, a->end_time, crew_name (check->data, a->crew_id), b->start_time,
                              b->end_time, crew_name (check->data, b->crew_id)));
      }
}

/* Rest is counted between shifts on different days (a split shift on one day is not a rest period). */
static void
check_rest (Check *check, GPtrArray *mine, const char *who)
{
  const char *last_shortened = NULL;

  for (guint i = 1; i < mine->len; i++)
    {
      OvsRosterShift *a = g_ptr_array_index (mine, i - 1), *b = g_ptr_array_index (mine, i);
      gint64 rest = (b->start_at - a->end_at) / 60;
      const OvsWorktimeLimits *lim = ovs_worktime_limits (b->date);
      g_autofree char *week_ago = NULL;
      g_autofree char *day = NULL;
      gboolean allowed;

      int after_night = ovs_worktime_night_rest (mine, i - 1);

      if (g_str_equal (a->date, b->date) || rest < 0)
        continue;
      /* After a night shift the longer rest of art. 5:9 holds, and is never shortened. */
      if (after_night > 0 && rest < after_night && reportable (check, a, b))
        {
          day = ovs_roster_display (b->date);
          add (check, OVS_CONFLICT_CODE_SHORT_REST, OVS_CONFLICT_ERROR,
               checked_crew (check, b->crew_id) ? b->crew_id : a->crew_id, b->date, &b->employee_id, 1,
               g_strdup_printf (_("%s has only %d:%02d hours of rest after the night shift before %s; at least %d "
                                  "hours are required"), who, (int) rest / 60, (int) rest % 60, day,
                                after_night / 60));
          continue;
        }
      if (after_night > 0 || rest >= lim->daily_rest)
        continue;
      week_ago = ovs_roster_add_days (b->date, -6);
      allowed = rest >= lim->short_rest && (last_shortened == NULL || g_strcmp0 (last_shortened, week_ago) < 0);
      if (allowed)
        {
          last_shortened = b->date;
          continue;
        }
      if (!reportable (check, a, b))
        continue;
      day = ovs_roster_display (b->date);
      add (check, OVS_CONFLICT_CODE_SHORT_REST, OVS_CONFLICT_ERROR,
           checked_crew (check, b->crew_id) ? b->crew_id : a->crew_id, b->date, &b->employee_id, 1,
           rest < lim->short_rest
           ? g_strdup_printf (_("%s has only %d:%02d hours of rest before the shift on %s; at least 11 hours are "
                                "required (8 hours once in 7 days)"), who, (int) rest / 60, (int) rest % 60, day)
           : g_strdup_printf (_("%s has only %d:%02d hours of rest before the shift on %s, the second shortened "
                                "rest within 7 days; at least 11 hours are required"), who, (int) rest / 60,
                              (int) rest % 60, day));
    }
}

/* Everybody's weeks have the same Mondays: each written once. */
static const char *
monday_iso (Check *check, gint64 monday)
{
  const char *iso = g_hash_table_lookup (check->mondays, &monday);

  if (iso == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = monday;
      g_hash_table_insert (check->mondays, key, (gpointer) (iso = ovs_roster_day_iso (monday)));
    }
  return iso;
}

/* Roster weeks (Monday to Sunday) by day number, so that a week without a conflict costs no string. */
static void
check_weekly_hours (Check *check, GPtrArray *mine, OvsRosterEmployee *e, const char *who)
{
  gint64 from = ovs_roster_day_number (check->data->from), to = ovs_roster_day_number (check->data->to);

  for (guint i = 0; i < mine->len;)
    {
      OvsRosterShift *first = g_ptr_array_index (mine, i);
      /* Day 0, 1970-01-01, was a Thursday: its Monday is day -3. */
      gint64 monday = first->day - (((first->day + 3) % 7 + 7) % 7), sunday = monday + 6;
      gint64 crew_id = 0;
      int minutes = 0;

      for (; i < mine->len; i++)
        {
          OvsRosterShift *s = g_ptr_array_index (mine, i);

          if (s->day > sunday)
            break;
          minutes += s->worked;
          if (crew_id == 0 && checked_crew (check, s->crew_id))
            crew_id = s->crew_id;
        }
      if (minutes <= e->contract_minutes || crew_id == 0 || monday > to || sunday < from)
        continue;
      ovs_conflict_rows_add_hours_above_contract (check->out, check->data, crew_id, monday_iso (check, monday),
                                                  e->id, who, minutes, e->contract_minutes);
    }
}

typedef struct
{
  Check     *check;
  GPtrArray *mine;
} Worktime;

/* An Arbeidstijdenwet conflict belongs to the crew of the shift it is dated on, or when that crew is
 * not being checked, to the first checked crew the person works for in the period. */
static void
worktime_found_cb (OvsConflictCode code, OvsRosterShift *shift, const char *date, char *message, gpointer user_data)
{
  Worktime *wt = user_data;
  gint64 crew_id = checked_crew (wt->check, shift->crew_id) ? shift->crew_id : 0;

  for (guint i = 0; crew_id == 0 && i < wt->mine->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (wt->mine, i);

      if (in_period (wt->check->data, s->date) && checked_crew (wt->check, s->crew_id))
        crew_id = s->crew_id;
    }
  if (crew_id == 0)
    {
      g_free (message);
      return;
    }
  add (wt->check, code, OVS_CONFLICT_ERROR, crew_id, date, &shift->employee_id, 1, message);
}

static void
check_person (Check *check, Person *p)
{
  g_autoptr(GPtrArray) mine = active_shifts_of (check->data, p);
  g_autofree char *who = person (check->data, p->id);
  Worktime wt = { check, mine };

  check_double_booking (check, mine, who);
  check_rest (check, mine, who);
  if (p->employee != NULL)
    check_weekly_hours (check, mine, p->employee, who);
  ovs_worktime_check (check->data, p->rows->shifts, who, check->data->from, check->data->to, worktime_found_cb, &wt);
}

/* --- all together --- */

void
ovs_roster_find_conflicts (OvsRosterData *data, GArray *crews, OvsConflictRows *out)
{
  g_autoptr(GHashTable) checked = g_hash_table_new (g_int64_hash, g_int64_equal);
  /* id -> Person, each person's rows and name looked up once. */
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_autoptr(GHashTable) mondays = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GArray) on = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) leaders = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) stand_ins = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) both = g_array_new (FALSE, FALSE, sizeof (gint64));
  Check check = { data, crews, checked, out, mondays, G_MININT64, FALSE, on, leaders, stand_ins, both, NULL, FALSE };
  g_autoptr(GPtrArray) people = g_ptr_array_new ();   /* Person, in the order of their first shift */
  Person *last = NULL;
  guint first = ovs_conflict_rows_len (out);

  for (guint i = 0; i < crews->len; i++)
    g_hash_table_add (checked, &g_array_index (crews, gint64, i));

  for (guint i = 0; i < crews->len; i++)
    {
      OvsRosterCrew *crew = ovs_roster_crew (data, g_array_index (crews, gint64, i));

      if (crew != NULL)
        check_crew_days (&check, crew);
    }
  for (guint i = 0; i < data->shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (data->shifts, i);

      if (s->cancelled || !checked_crew (&check, s->crew_id))
        continue;
      if (last == NULL || last->id != s->employee_id)
        last = g_hash_table_lookup (seen, &s->employee_id);
      if (last == NULL)
        {
          last = g_new0 (Person, 1);
          last->id = s->employee_id;
          last->rows = ovs_roster_person (data, s->employee_id);
          last->employee = ovs_roster_employee (data, s->employee_id);
          g_hash_table_insert (seen, &last->id, last);
          g_ptr_array_add (people, last);
        }
      if (in_period (data, s->date))
        check_shift (&check, s, last);
    }
  for (guint i = 0; i < people->len; i++)
    check_person (&check, g_ptr_array_index (people, i));
  /* Sort what this call added, so that the same data always gives the same list. */
  ovs_conflict_rows_sort (out, first);
}

GListModel *
ovs_roster_check (OvsStore *store, gint64 crew_id, const char *from, const char *to, GError **error)
{
  g_autoptr(GArray) crews = NULL;
  g_autoptr(OvsRosterData) data = NULL;
  OvsConflictRows *found;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_roster_check_period (from, to, error) || (crews = ovs_roster_permitted_crews (store, crew_id, error)) == NULL)
    return NULL;
  if ((data = ovs_roster_data_load_rules (store, from, to, 0, 0, error)) == NULL)
    return NULL;
  found = ovs_conflict_rows_new ();
  ovs_roster_find_conflicts (data, crews, found);
  return ovs_conflict_list_new (found);
}

/* A crew-day rule, or a rule about @employee_id: what a re-check of that person keeps (the other people
 * of the crew were read without their history, so their rules over weeks are not complete). */
static gboolean
kept_in_recheck (OvsConflict *c, gint64 employee_id)
{
  static const int crew_day[] = { OVS_CONFLICT_CODE_BELOW_MINIMUM_SIZE, OVS_CONFLICT_CODE_NO_TEAM_LEADER,
                                  OVS_CONFLICT_CODE_STAND_IN_LEADS, OVS_CONFLICT_CODE_NO_DRIVER,
                                  OVS_CONFLICT_CODE_MISSING_CERTIFICATE };
  guint n_ids;
  const gint64 *ids = ovs_conflict_get_employee_ids (c, &n_ids);

  for (guint i = 0; i < G_N_ELEMENTS (crew_day); i++)
    if (ovs_vocab_is (OVS_TYPE_CONFLICT_CODE, ovs_conflict_get_code (c), crew_day[i]))
      return TRUE;
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] == employee_id)
      return TRUE;
  return FALSE;
}

GListModel *
ovs_roster_recheck (OvsStore *store, gint64 crew_id, gint64 employee_id, const char *date, GError **error)
{
  g_autoptr(GArray) crews = NULL;
  g_autoptr(OvsRosterData) data = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autofree char *monday = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GListStore *list;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_roster_check_period (date, date, error) ||
      (crews = ovs_roster_permitted_crews (store, crew_id, error)) == NULL)
    return NULL;
  monday = ovs_roster_monday (date);
  from = ovs_roster_add_days (monday, -1);
  to = ovs_roster_add_days (monday, 6);
  if ((data = ovs_roster_data_load_rules (store, from, to, crew_id, employee_id, error)) == NULL)
    return NULL;
  {
    OvsConflictRows *rows = ovs_conflict_rows_new ();

    ovs_roster_find_conflicts (data, crews, rows);
    found = ovs_conflict_list_new (rows);
  }
  list = g_list_store_new (OVS_TYPE_CONFLICT);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (found, i);

      if (kept_in_recheck (c, employee_id))
        g_list_store_append (list, c);
    }
  return G_LIST_MODEL (list);
}

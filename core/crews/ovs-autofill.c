/* ovs-autofill.c — proposing and applying a crew's roster.
 *
 * Greedy per crew day (in date order): each slot (date, pattern) gets the number of people the crew's
 * contract hours can carry that week, spread evenly over the week's slots and never below the crew's
 * minimum size. Candidates are the members who can work without a conflict (absence, another shift at
 * that time, less than 11 hours' rest, hours above contract, outside employment, after a transfer, or
 * any rule of the Arbeidstijdenwet in ovs-worktime.c). Free public holidays (the CAO) have no slots.
 * First a holder of a required licence or certificate, then the team leader (or a stand-in), then the
 * others by deficit = contract share of the hours assigned so far − hours assigned, ties broken by
 * personnel number. That keeps everyone within one shift of their share (see the fairness test), and
 * the same data always gives the same proposal. Overrides are fixed points that are never touched. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "crews/ovs-roster-private.h"

#define MIN_REST_MINUTES (11 * 60)
#define ROLE(value) ovs_vocab_code (OVS_TYPE_CREW_ROLE, (value))
#define AUTOFILL ovs_vocab_code (OVS_TYPE_SHIFT_ORIGIN, OVS_SHIFT_ORIGIN_AUTOFILL)

typedef struct
{
  OvsRosterEmployee *employee;
  gint64             assigned;   /* minutes in this crew in the period */
} Candidate;

typedef struct
{
  char             *date;
  OvsRosterPattern *pattern;
} Slot;

typedef struct
{
  OvsRosterData *data;
  OvsRosterCrew *crew;
  GArray        *people;         /* Candidate, by personnel number */
  gint64         sum_contract;
  gint64         total_assigned;
  GPtrArray     *busy;           /* OvsRosterShift: other crews' shifts, overrides, and picks so far */
  GHashTable    *week_minutes;   /* "employee|monday" -> minutes */
  GHashTable    *picks;          /* uid -> reason */
  GHashTable    *pick_slots;     /* uid -> Slot (borrowed) */
  GHashTable    *pick_people;    /* uid -> Candidate (borrowed) */
  GHashTable    *why_not;        /* uid -> reason */
} Plan;

static void
slot_free (gpointer p)
{
  Slot *slot = p;

  g_free (slot->date);
  g_free (slot);
}

static int
compare_candidates (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (((const Candidate *) a)->employee->number, ((const Candidate *) b)->employee->number);
}

static void
collect_people (Plan *plan)
{
  for (guint i = 0; i < plan->data->members->len; i++)
    {
      OvsRosterMember *m = g_ptr_array_index (plan->data->members, i);
      OvsRosterEmployee *e = ovs_roster_employee (plan->data, m->employee_id);
      gboolean known = FALSE;

      if (m->crew_id != plan->crew->id || e == NULL ||
          (m->end_date != NULL && g_strcmp0 (m->end_date, plan->data->from) < 0) ||
          g_strcmp0 (m->start_date, plan->data->to) > 0)
        continue;
      for (guint j = 0; j < plan->people->len; j++)
        known = known || g_array_index (plan->people, Candidate, j).employee == e;
      if (!known)
        {
          Candidate c = { e, 0 };

          g_array_append_val (plan->people, c);
          plan->sum_contract += e->contract_minutes;
        }
    }
  g_array_sort (plan->people, compare_candidates);
}

static char *
week_key (gint64 employee_id, const char *date)
{
  g_autofree char *monday = ovs_roster_monday (date);

  return g_strdup_printf ("%" G_GINT64_FORMAT "|%s", employee_id, monday);
}

static void
book (Plan *plan, OvsRosterShift *s)
{
  g_autofree char *key = week_key (s->employee_id, s->date);
  int minutes = GPOINTER_TO_INT (g_hash_table_lookup (plan->week_minutes, key));

  g_ptr_array_add (plan->busy, s);
  g_hash_table_replace (plan->week_minutes, g_steal_pointer (&key),
                        GINT_TO_POINTER (minutes + ovs_roster_worked_minutes (s)));
}

static gboolean
in_period (Plan *plan, const char *date)
{
  return g_strcmp0 (plan->data->from, date) <= 0 && g_strcmp0 (date, plan->data->to) <= 0;
}

/* What stays whatever we decide: other crews' shifts, shifts outside the period, and overrides. */
static void
book_fixed (Plan *plan)
{
  for (guint i = 0; i < plan->data->shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (plan->data->shifts, i);

      if (s->cancelled)
        continue;
      if (s->crew_id != plan->crew->id || !in_period (plan, s->date) || s->is_override)
        book (plan, s);
      else
        /* The proposal replaces these: the Arbeidstijdenwet looks at the picks instead. */
        ovs_roster_person_remove (plan->data, s);
      if (s->crew_id == plan->crew->id && in_period (plan, s->date) && s->is_override)
        for (guint j = 0; j < plan->people->len; j++)
          {
            Candidate *c = &g_array_index (plan->people, Candidate, j);

            if (c->employee->id == s->employee_id)
              c->assigned += ovs_roster_worked_minutes (s);
          }
    }
}

/* --- slots and how many people each needs --- */

static int
compare_slots (gconstpointer a, gconstpointer b)
{
  const Slot *x = *(Slot **) a, *y = *(Slot **) b;
  int c = g_strcmp0 (x->date, y->date);

  if (c != 0)
    return c;
  if (x->pattern->start_min != y->pattern->start_min)
    return x->pattern->start_min - y->pattern->start_min;
  return (x->pattern->id > y->pattern->id) - (x->pattern->id < y->pattern->id);
}

static GPtrArray *
collect_slots (Plan *plan, GError **error)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (slot_free);

  for (guint i = 0; i < plan->data->patterns->len; i++)
    {
      OvsRosterPattern *p = g_ptr_array_index (plan->data->patterns, i);
      g_autoptr(GPtrArray) dates = NULL;

      if (p->crew_id != plan->crew->id)
        continue;
      if ((dates = ovs_roster_pattern_dates (p, plan->data, plan->data->from, plan->data->to, error)) == NULL)
        return NULL;
      for (guint d = 0; d < dates->len; d++)
        {
          Slot *slot = g_new0 (Slot, 1);

          if (plan->crew->ended_on != NULL && g_strcmp0 (g_ptr_array_index (dates, d), plan->crew->ended_on) > 0)
            {
              g_free (slot);
              break;
            }
          slot->date = g_strdup (g_ptr_array_index (dates, d));
          slot->pattern = p;
          g_ptr_array_add (slots, slot);
        }
    }
  g_ptr_array_sort (slots, compare_slots);
  return g_steal_pointer (&slots);
}

static int
pattern_minutes (OvsRosterPattern *p, const char *date)
{
  return ovs_roster_real_minutes (date, p->start_min, p->end_min) - p->break_minutes;
}

/* --- who can work a slot --- */

static gboolean
has_override (Plan *plan, gint64 employee_id, const char *date)
{
  for (guint i = 0; i < plan->data->shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (plan->data->shifts, i);

      if (s->is_override && s->crew_id == plan->crew->id && s->employee_id == employee_id &&
          g_str_equal (s->date, date))
        return TRUE;
    }
  return FALSE;
}

static const char *
busy_reason (Plan *plan, gint64 employee_id, const char *date, OvsRosterPattern *p)
{
  gint64 start = ovs_roster_epoch (date, p->start_min), end = ovs_roster_epoch (date, p->end_min);

  for (guint i = 0; i < plan->busy->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (plan->busy, i);
      gint64 s_start, s_end;

      if (s->employee_id != employee_id)
        continue;
      s_start = ovs_roster_epoch (s->date, s->start_min);
      s_end = ovs_roster_epoch (s->date, s->end_min);
      if (s_start < end && start < s_end)
        return _("already works at that time");
      if (!g_str_equal (s->date, date) && ((s_end <= start && start - s_end < MIN_REST_MINUTES * 60) ||
                                           (end <= s_start && s_start - end < MIN_REST_MINUTES * 60)))
        return _("would have less than 11 hours of rest");
    }
  return NULL;
}

/* The Arbeidstijdenwet rule @e would break by working @slot besides what is booked so far, or -1. */
static int
refuses (Plan *plan, OvsRosterEmployee *e, Slot *slot)
{
  OvsRosterShift tried = { .employee_id = e->id, .crew_id = plan->crew->id, .date = slot->date,
                           .start_min = slot->pattern->start_min, .end_min = slot->pattern->end_min,
                           .break_minutes = slot->pattern->break_minutes };

  return ovs_worktime_refuses (plan->data, &tried);
}

/* NULL when @c can work @slot without a conflict; otherwise why not. */
static char *
unavailable (Plan *plan, Candidate *c, Slot *slot, gboolean with_cap)
{
  OvsRosterEmployee *e = c->employee;
  OvsRosterPattern *p = slot->pattern;
  OvsRosterAbsence *absence;
  g_autofree char *key = week_key (e->id, slot->date);
  int week = GPOINTER_TO_INT (g_hash_table_lookup (plan->week_minutes, key));
  int minutes = pattern_minutes (p, slot->date);
  const char *busy;
  int refused;

  if (ovs_roster_membership (plan->data, plan->crew->id, e->id, slot->date) == NULL)
    return g_strdup (_("not a member of the crew that day"));
  if (!ovs_roster_employed (e, slot->date))
    return g_strdup (_("not employed that day"));
  if (e->left_on != NULL && g_strcmp0 (slot->date, e->left_on) >= 0)
    return g_strdup (_("transferred away from the crews' employer"));
  if ((absence = ovs_roster_absence_at (plan->data, e->id, plan->crew->id, slot->date, p->start_min, p->end_min)))
    return g_strdup_printf (_("absent (%s)"), ovs_roster_absence_word (plan->data, absence->kind));
  if ((busy = busy_reason (plan, e->id, slot->date, p)) != NULL)
    return g_strdup (busy);
  if ((refused = refuses (plan, e, slot)) >= 0)
    return g_strdup_printf (_("would break the Arbeidstijdenwet: %s"),
                            ovs_vocab_label (OVS_TYPE_CONFLICT_CODE, refused));
  if (with_cap && week + minutes > e->contract_minutes)
    return g_strdup_printf (_("would work %d:%02d hours that week; the contract has %d:%02d"), (week + minutes) / 60,
                            (week + minutes) % 60, e->contract_minutes / 60, e->contract_minutes % 60);
  return NULL;
}

/* Larger first: c·A − a·C compares deficits without division. */
static gint64
deficit (Plan *plan, Candidate *c)
{
  return (gint64) c->employee->contract_minutes * plan->total_assigned - c->assigned * plan->sum_contract;
}

static int
compare_deficits (gconstpointer a, gconstpointer b, gpointer user_data)
{
  Plan *plan = user_data;
  Candidate *x = *(Candidate **) a, *y = *(Candidate **) b;
  gint64 dx = deficit (plan, x), dy = deficit (plan, y);

  if (dx != dy)
    return dx > dy ? -1 : 1;
  return g_strcmp0 (x->employee->number, y->employee->number);
}

/* --- choosing --- */

static void
planned_free (gpointer p)
{
  OvsRosterShift *s = p;

  g_free (s->date);
  g_free (s);
}

static void
pick (Plan *plan, GPtrArray *owned, GArray *on, Candidate *c, Slot *slot, char *reason)
{
  OvsRosterShift *s = g_new0 (OvsRosterShift, 1);
  int minutes = pattern_minutes (slot->pattern, slot->date);
  char *uid = ovs_roster_uid (plan->crew->id, c->employee->id, slot->date, slot->pattern->id);

  s->employee_id = c->employee->id;
  s->crew_id = plan->crew->id;
  s->date = g_strdup (slot->date);
  s->start_min = slot->pattern->start_min;
  s->end_min = slot->pattern->end_min;
  s->break_minutes = slot->pattern->break_minutes;
  ovs_roster_shift_clock (s);
  ovs_roster_person_add (plan->data, s);
  g_ptr_array_add (owned, s);
  book (plan, s);
  c->assigned += minutes;
  plan->total_assigned += minutes;
  g_array_append_val (on, c->employee->id);
  g_hash_table_replace (plan->pick_slots, g_strdup (uid), slot);
  g_hash_table_replace (plan->pick_people, g_strdup (uid), c);
  g_hash_table_replace (plan->picks, uid, reason);
}

static gboolean
is_on (GArray *on, gint64 id)
{
  for (guint i = 0; i < on->len; i++)
    if (g_array_index (on, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* The people already fixed on the crew's day by an override. */
static GArray *
overrides_on (Plan *plan, const char *date)
{
  GArray *on = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < plan->data->shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (plan->data->shifts, i);

      if (s->is_override && !s->cancelled && s->crew_id == plan->crew->id && g_str_equal (s->date, date) &&
          !is_on (on, s->employee_id))
        g_array_append_val (on, s->employee_id);
    }
  return on;
}

static gboolean
has_role (Plan *plan, gint64 employee_id, const char *role, const char *date)
{
  OvsRosterMember *m;

  if (ovs_vocab_is (OVS_TYPE_CREW_ROLE, role, OVS_CREW_ROLE_TEAM_LEADER) && employee_id == plan->crew->team_leader_id)
    return TRUE;
  for (guint i = 0; i < plan->data->members->len; i++)
    if ((m = g_ptr_array_index (plan->data->members, i))->crew_id == plan->crew->id && m->employee_id == employee_id &&
        g_str_equal (m->role, role) && ovs_roster_member_active (m, date))
      return TRUE;
  return FALSE;
}

static gboolean
anyone (Plan *plan, GArray *on, Slot *slot, const char *role)
{
  for (guint i = 0; i < on->len; i++)
    {
      gint64 id = g_array_index (on, gint64, i);

      if (role != NULL ? has_role (plan, id, role, slot->date)
                       : ovs_roster_holds (plan->data, id, slot->pattern->requires, slot->pattern->requires_detail,
                                           slot->date))
        return TRUE;
    }
  return FALSE;
}

/* The first ready candidate (by deficit) with @role, or holding the slot's requirement when @role is NULL. */
static Candidate *
first_with (Plan *plan, GPtrArray *ready, GArray *on, Slot *slot, const char *role)
{
  for (guint i = 0; i < ready->len; i++)
    {
      Candidate *c = g_ptr_array_index (ready, i);
      g_autoptr(GArray) one = g_array_new (FALSE, FALSE, sizeof (gint64));

      if (is_on (on, c->employee->id))
        continue;
      g_array_append_val (one, c->employee->id);
      if (anyone (plan, one, slot, role))
        return c;
    }
  return NULL;
}

/* Minutes of contract left in @date's week: the whole shifts still to give. */
static int
budget (Plan *plan, Candidate *c, const char *date)
{
  g_autofree char *key = week_key (c->employee->id, date);

  return c->employee->contract_minutes - GPOINTER_TO_INT (g_hash_table_lookup (plan->week_minutes, key));
}

typedef struct
{
  Plan      *plan;
  Slot      *slot;
  int       *left;      /* per person: slots still available this week, this one included */
} Order;

/* Least slack first (slots left minus shifts the contract still holds: at zero the person must work
 * every remaining day to reach their hours), then the largest deficit, then personnel number. */
static gint64
slack (Order *order, Candidate *c)
{
  int minutes = MAX (1, pattern_minutes (order->slot->pattern, order->slot->date));
  guint i = (guint) (c - &g_array_index (order->plan->people, Candidate, 0));

  return order->left[i] - budget (order->plan, c, order->slot->date) / minutes;
}

static int
compare_urgency (gconstpointer a, gconstpointer b, gpointer user_data)
{
  Order *order = user_data;
  Candidate *x = *(Candidate **) a, *y = *(Candidate **) b;
  gint64 sx = slack (order, x), sy = slack (order, y);

  if (sx != sy)
    return sx < sy ? -1 : 1;
  return compare_deficits (a, b, order->plan);
}

static GPtrArray *
ready_for (Plan *plan, Slot *slot, int *left)
{
  GPtrArray *ready = g_ptr_array_new ();
  Order order = { plan, slot, left };

  for (guint i = 0; i < plan->people->len; i++)
    {
      Candidate *c = &g_array_index (plan->people, Candidate, i);
      char *uid, *reason;

      if (has_override (plan, c->employee->id, slot->date))
        continue;
      uid = ovs_roster_uid (plan->crew->id, c->employee->id, slot->date, slot->pattern->id);
      if ((reason = unavailable (plan, c, slot, TRUE)) != NULL)
        g_hash_table_replace (plan->why_not, uid, reason);
      else
        {
          g_free (uid);
          g_ptr_array_add (ready, c);
        }
    }
  g_ptr_array_sort_with_data (ready, compare_urgency, &order);
  return ready;
}

/* As many people as the contracts still hold, spread over the week's remaining slots; at least the
 * crew's minimum size. */
static int
need_for (Plan *plan, GPtrArray *ready, Slot *slot, int *left, guint slots_left)
{
  int minutes = MAX (1, pattern_minutes (slot->pattern, slot->date));
  gint64 shifts = 0;

  for (guint i = 0; i < ready->len; i++)
    {
      Candidate *c = g_ptr_array_index (ready, i);
      guint k = (guint) (c - &g_array_index (plan->people, Candidate, 0));

      shifts += MIN (left[k], budget (plan, c, slot->date) / minutes);
    }
  return MAX (plan->crew->min_size, (int) ((shifts + slots_left - 1) / MAX (1, slots_left)));
}

static void
fill_slot (Plan *plan, GPtrArray *owned, Slot *slot, int *left, guint slots_left)
{
  g_autoptr(GPtrArray) ready = ready_for (plan, slot, left);
  g_autoptr(GArray) on = overrides_on (plan, slot->date);
  Order order = { plan, slot, left };
  int need = need_for (plan, ready, slot, left, slots_left);
  Candidate *c;

  /* Who must work today to reach their hours this week comes first … */
  for (guint i = 0; i < ready->len; i++)
    if (slack (&order, (c = g_ptr_array_index (ready, i))) <= 0)
      pick (plan, owned, on, c, slot, g_strdup (_("needs every remaining day of the week for their contract hours")));
  /* … then a driver or certificate holder, even beyond the number needed: the crew cannot work without … */
  if (slot->pattern->requires != NULL && !anyone (plan, on, slot, NULL) &&
      (c = first_with (plan, ready, on, slot, NULL)) != NULL)
    pick (plan, owned, on, c, slot, g_strdup_printf (_("holds %s, which the day needs"), slot->pattern->requires));
  /* … then the team leader (or a stand-in) where there is room, then the others. */
  if ((int) on->len < need && !anyone (plan, on, slot, ROLE (OVS_CREW_ROLE_TEAM_LEADER)) &&
      !anyone (plan, on, slot, ROLE (OVS_CREW_ROLE_STAND_IN)))
    {
      if ((c = first_with (plan, ready, on, slot, ROLE (OVS_CREW_ROLE_TEAM_LEADER))) != NULL)
        pick (plan, owned, on, c, slot, g_strdup (ovs_vocab_label (OVS_TYPE_CREW_ROLE, OVS_CREW_ROLE_TEAM_LEADER)));
      else if ((c = first_with (plan, ready, on, slot, ROLE (OVS_CREW_ROLE_STAND_IN))) != NULL)
        pick (plan, owned, on, c, slot, g_strdup (_("stands in for the team leader")));
    }
  for (guint i = 0; i < ready->len; i++)
    {
      c = g_ptr_array_index (ready, i);
      if (is_on (on, c->employee->id))
        continue;
      if ((int) on->len < need)
        pick (plan, owned, on, c, slot, g_strdup (_("furthest below their share of the hours")));
      else
        g_hash_table_replace (plan->why_not, ovs_roster_uid (plan->crew->id, c->employee->id, slot->date,
                                                             slot->pattern->id),
                              g_strdup (_("not needed: the day is staffed by people further below their share")));
    }
}

/* One week of slots [@first, @last): who could work which slot decides how urgent each person is. */
static void
fill_week (Plan *plan, GPtrArray *owned, GPtrArray *slots, guint first, guint last)
{
  guint n = plan->people->len, k = last - first;
  g_autofree gboolean *open = g_new0 (gboolean, (gsize) n * k + 1);
  g_autofree int *left = g_new0 (int, n + 1);

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < k; j++)
      {
        Candidate *c = &g_array_index (plan->people, Candidate, i);
        Slot *slot = g_ptr_array_index (slots, first + j);
        g_autofree char *reason = NULL;

        open[i * k + j] = !has_override (plan, c->employee->id, slot->date) &&
                          (reason = unavailable (plan, c, slot, FALSE)) == NULL;
        left[i] += open[i * k + j];
      }
  for (guint j = 0; j < k; j++)
    {
      fill_slot (plan, owned, g_ptr_array_index (slots, first + j), left, k - j);
      for (guint i = 0; i < n; i++)
        left[i] -= open[i * k + j];
    }
}

static void
fill_weeks (Plan *plan, GPtrArray *owned, GPtrArray *slots)
{
  guint first = 0;

  while (first < slots->len)
    {
      g_autofree char *monday = ovs_roster_monday (((Slot *) g_ptr_array_index (slots, first))->date);
      g_autofree char *sunday = ovs_roster_add_days (monday, 6);
      guint last = first;

      while (last < slots->len && g_strcmp0 (((Slot *) g_ptr_array_index (slots, last))->date, sunday) <= 0)
        last++;
      fill_week (plan, owned, slots, first, last);
      first = last;
    }
}

/* --- the proposal: what differs from the rows there now --- */

static int
compare_changes (gconstpointer a, gconstpointer b)
{
  OvsRosterChange *x = *(OvsRosterChange **) a, *y = *(OvsRosterChange **) b;
  int c;

  if ((c = g_strcmp0 (ovs_roster_change_get_date (x), ovs_roster_change_get_date (y))) != 0 ||
      (c = g_strcmp0 (ovs_roster_change_get_action (x), ovs_roster_change_get_action (y))) != 0 ||
      (c = g_strcmp0 (ovs_roster_change_get_start_time (x), ovs_roster_change_get_start_time (y))) != 0)
    return c;
  return g_strcmp0 (ovs_roster_change_get_personnel_number (x), ovs_roster_change_get_personnel_number (y));
}

static void
propose_removals (Plan *plan, GHashTable *current, GPtrArray *changes)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, current);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      OvsRosterShift *s = value;
      OvsRosterPattern times = { .id = s->pattern_id, .start_time = s->start_time, .end_time = s->end_time,
                                 .start_min = s->start_min, .end_min = s->end_min, .break_minutes = s->break_minutes,
                                 .task = s->task, .location = s->location };
      const char *why = g_hash_table_lookup (plan->why_not, s->uid);
      OvsRosterEmployee *e = ovs_roster_employee (plan->data, s->employee_id);

      if (s->cancelled || g_hash_table_contains (plan->picks, s->uid) || e == NULL)
        continue;
      g_ptr_array_add (changes, ovs_roster_change_new ("remove", s->uid, plan->crew->id, e, &times, s->date,
                                                       g_strdup (why ? why : _("no longer in the crew's patterns"))));
    }
}

/* Whether @s is, to whoever reads the roster, the shift @slot would make for @employee_id: the same
 * person, day, times, break, task and place. Two patterns of a crew can make the same shift (one of
 * them needing a driver on some days, say); the conflict rules look at who works a day, not at the
 * pattern, so moving someone between them changes nothing but the calendar's event. */
static gboolean
same_shift (const OvsRosterShift *s, gint64 employee_id, const Slot *slot)
{
  const OvsRosterPattern *p = slot->pattern;

  return s->employee_id == employee_id && g_str_equal (s->date, slot->date) && s->start_min == p->start_min &&
         s->end_min == p->end_min && s->break_minutes == p->break_minutes && g_strcmp0 (s->task, p->task) == 0 &&
         g_strcmp0 (s->location, p->location) == 0;
}

/* A shift of the crew's now, not picked itself, that is the same shift as the pick @uid would make:
 * the person keeps it instead of losing it and getting it again (see same_shift()). Of two such
 * shifts (a double booking) the one with the lower uid, so that the same data gives the same
 * proposal. Taken from @current, so that it is kept once. */
static OvsRosterShift *
take_same_shift (Plan *plan, GHashTable *current, const char *uid)
{
  Slot *slot = g_hash_table_lookup (plan->pick_slots, uid);
  Candidate *c = g_hash_table_lookup (plan->pick_people, uid);
  OvsRosterShift *kept = NULL;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, current);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      OvsRosterShift *s = value;

      if (!s->cancelled && !g_hash_table_contains (plan->picks, s->uid) && same_shift (s, c->employee->id, slot) &&
          (kept == NULL || strcmp (s->uid, kept->uid) < 0))
        kept = s;
    }
  if (kept != NULL)
    g_hash_table_remove (current, kept->uid);
  return kept;
}

static GListModel *
proposal (Plan *plan)
{
  g_autoptr(GHashTable) current = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *list = g_list_store_new (OVS_TYPE_ROSTER_CHANGE);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < plan->data->shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (plan->data->shifts, i);

      if (s->crew_id == plan->crew->id && in_period (plan, s->date) && !s->is_override)
        g_hash_table_insert (current, s->uid, s);
    }
  g_hash_table_iter_init (&iter, plan->picks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      OvsRosterShift *s = g_hash_table_lookup (current, key);
      Slot *slot = g_hash_table_lookup (plan->pick_slots, key);
      Candidate *c = g_hash_table_lookup (plan->pick_people, key);

      if ((s == NULL || s->cancelled) && take_same_shift (plan, current, key) == NULL)
        g_ptr_array_add (changes, ovs_roster_change_new ("add", key, plan->crew->id, c->employee, slot->pattern,
                                                         slot->date, g_strdup (value)));
    }
  propose_removals (plan, current, changes);
  g_ptr_array_sort (changes, compare_changes);
  g_list_store_splice (list, 0, 0, changes->pdata, changes->len);
  return G_LIST_MODEL (list);
}

GListModel *
ovs_autofill_propose (OvsStore *store, gint64 crew_id, const char *from, const char *to, GError **error)
{
  g_autoptr(OvsRosterData) data = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (planned_free);
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GPtrArray) busy = g_ptr_array_new ();
  g_autoptr(GHashTable) week_minutes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) picks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) pick_slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) pick_people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) why_not = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Plan plan;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require_crew (store, crew_id, error) || !ovs_roster_check_period (from, to, error) ||
      (data = ovs_roster_data_load (store, from, to, error)) == NULL)
    return NULL;
  plan = (Plan) { data, ovs_roster_crew (data, crew_id), people, 0, 0, busy, week_minutes, picks, pick_slots,
                  pick_people, why_not };
  if (plan.crew == NULL)
    return (g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                         _("There is no crew %lld"), (long long) crew_id), NULL);
  collect_people (&plan);
  book_fixed (&plan);
  if ((slots = collect_slots (&plan, error)) == NULL)
    return NULL;
  fill_weeks (&plan, owned, slots);
  return proposal (&plan);
}

/* --- applying --- */

/* Each apply_* gives the number of rows it changed, or -1 on an error. */
static gint64
apply_add (OvsStore *store, OvsRosterChange *change, const char *now, GError **error)
{
  OvsRosterPattern *p = ovs_roster_change_get_pattern (change);
  /* The existing row's columns are named with the table's name: PostgreSQL finds a bare name
   * ambiguous next to excluded. */
  OvsStmt *stmt = ovs_store_prepare (store,
    "INSERT INTO shift (uid, crew_id, employee_id, pattern_id, date, start_time, end_time, break_minutes, task, "
    "location, updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (uid) DO UPDATE SET cancelled = 0, origin = excluded.origin, start_time = excluded.start_time, "
    "end_time = excluded.end_time, break_minutes = excluded.break_minutes, task = excluded.task, "
    "location = excluded.location, sequence = shift.sequence + 1, updated_at = excluded.updated_at "
    "WHERE shift.is_override = 0 AND shift.cancelled = 1", error);

  if (stmt == NULL)
    return -1;
  ovs_stmt_bind_text (stmt, 1, ovs_roster_change_get_uid (change));
  ovs_stmt_bind_int64 (stmt, 2, ovs_roster_change_get_crew_id (change));
  ovs_stmt_bind_int64 (stmt, 3, ovs_roster_change_get_employee_id (change));
  ovs_stmt_bind_int64 (stmt, 4, p->id);
  ovs_stmt_bind_text (stmt, 5, ovs_roster_change_get_date (change));
  ovs_stmt_bind_text (stmt, 6, p->start_time);
  ovs_stmt_bind_text (stmt, 7, p->end_time);
  ovs_stmt_bind_int (stmt, 8, p->break_minutes);
  ovs_stmt_bind_text_or_null (stmt, 9, p->task);
  ovs_stmt_bind_text_or_null (stmt, 10, p->location);
  ovs_stmt_bind_text (stmt, 11, now);
  ovs_stmt_bind_text (stmt, 12, AUTOFILL);
  return ovs_stmt_run (stmt, error) ? ovs_stmt_changes (stmt) : -1;
}

static gint64
apply_remove (OvsStore *store, OvsRosterChange *change, const char *now, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "UPDATE shift SET cancelled = 1, origin = ?, sequence = sequence + 1, updated_at = ? "
    "WHERE uid = ? AND is_override = 0 AND cancelled = 0", error);

  if (stmt == NULL)
    return -1;
  ovs_stmt_bind_text (stmt, 1, AUTOFILL);
  ovs_stmt_bind_text (stmt, 2, now);
  ovs_stmt_bind_text (stmt, 3, ovs_roster_change_get_uid (change));
  return ovs_stmt_run (stmt, error) ? ovs_stmt_changes (stmt) : -1;
}

static gboolean
apply_one (OvsStore *store, gint64 crew_id, OvsRosterChange *change, const char *now, GError **error)
{
  gboolean add = g_str_equal (ovs_roster_change_get_action (change), "add");
  gint64 changed;

  if (ovs_roster_change_get_crew_id (change) != crew_id)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                         _("autofill: the change for %s belongs to another crew"),
                         ovs_roster_change_get_uid (change)), FALSE);
  changed = add ? apply_add (store, change, now, error) : apply_remove (store, change, now, error);

  if (changed < 0)
    return FALSE;
  /* Nothing changed: the shift became an override (or was changed otherwise) since the proposal. */
  if (changed == 0)
    return (g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                         _("autofill: shift %s was changed since the proposal was made; propose again"),
                         ovs_roster_change_get_uid (change)), FALSE);
  return TRUE;
}

gboolean
ovs_autofill_apply (OvsStore *store, gint64 crew_id, GListModel *changes, GError **error)
{
  g_autoptr(JsonObject) audit = json_object_new ();
  g_autofree char *now = ovs_roster_now ();
  guint n = g_list_model_get_n_items (changes), added = 0;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require_crew (store, crew_id, error) || !ovs_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvsRosterChange) change = g_list_model_get_item (changes, i);

      if (!apply_one (store, crew_id, change, now, error))
        {
          ovs_store_rollback (store);
          return FALSE;
        }
      added += g_str_equal (ovs_roster_change_get_action (change), "add");
    }
  json_object_set_int_member (audit, "added", added);
  json_object_set_int_member (audit, "removed", n - added);
  if (!ovs_store_audit (store, "autofill", "roster", crew_id, audit, error))
    {
      ovs_store_rollback (store);
      return FALSE;
    }
  if (!ovs_store_commit (store, error))
    return FALSE;
  ovs_store_emit_changed (store, "shift");
  return TRUE;
}

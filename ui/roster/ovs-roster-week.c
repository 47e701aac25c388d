/* ovs-roster-week.c — loading one crew's week from the core: memberships, shifts, absences and
 * conflicts, sorted into rows and days once, so that the grid and the print only read. */
#include "config.h"

#include <glib/gi18n.h>

#include "roster/ovs-roster-week-private.h"

struct _OvsRosterWeek
{
  GObject            parent_instance;

  OvsRosterWeekMode  mode;
  gint64             crew_id;
  char              *crew_name;
  char              *team_leader;
  gint64             team_leader_id;
  int                min_size;
  char              *dates[7];
  guint              number;
  GPtrArray         *rows;              /* OvsRosterWeekRow */
  GPtrArray         *day_conflicts[7];  /* OvsConflict */
  guint              day_count[7];     /* people with a shift who are not absent all day */
  guint              rostered[7];      /* people with a shift */
};

G_DEFINE_FINAL_TYPE (OvsRosterWeek, ovs_roster_week, G_TYPE_OBJECT)

static void
row_free (gpointer data)
{
  OvsRosterWeekRow *row = data;

  g_free (row->personnel_number);
  g_free (row->name);
  g_free (row->role);
  g_ptr_array_unref (row->week_conflicts);
  for (guint d = 0; d < 7; d++)
    {
      g_ptr_array_unref (row->days[d].shifts);
      g_ptr_array_unref (row->days[d].conflicts);
      g_free (row->days[d].absence);
    }
  g_free (row);
}

static OvsRosterWeekRow *
row_new (gint64 employee_id, const char *number, const char *name, const char *role)
{
  OvsRosterWeekRow *row = g_new0 (OvsRosterWeekRow, 1);

  row->employee_id = employee_id;
  row->personnel_number = g_strdup (number ? number : "");
  row->name = g_strdup (name ? name : "");
  row->role = g_strdup (role ? role : "");
  row->week_conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint d = 0; d < 7; d++)
    {
      row->days[d].shifts = g_ptr_array_new_with_free_func (g_object_unref);
      row->days[d].conflicts = g_ptr_array_new_with_free_func (g_object_unref);
    }
  return row;
}

static int
day_index (OvsRosterWeek *self, const char *date)
{
  for (int d = 0; d < 7; d++)
    if (g_strcmp0 (self->dates[d], date) == 0)
      return d;
  return -1;
}

static OvsRosterWeekRow *
find_row (OvsRosterWeek *self, gint64 employee_id)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      OvsRosterWeekRow *row = g_ptr_array_index (self->rows, i);

      if (row->employee_id == employee_id)
        return row;
    }
  return NULL;
}

static gboolean
set_dates (OvsRosterWeek *self, const char *date, GError **error)
{
  GDate day;

  if (!ovs_date_from_iso (date, &day))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("“%s” is not a date"), date);
      return FALSE;
    }
  g_date_subtract_days (&day, g_date_get_weekday (&day) - G_DATE_MONDAY);
  self->number = g_date_get_iso8601_week_of_year (&day);
  for (guint d = 0; d < 7; d++, g_date_add_days (&day, 1))
    self->dates[d] = ovs_date_to_iso (&day);
  return TRUE;
}

static gboolean
load_crew (OvsRosterWeek *self, OvsStore *store, GError **error)
{
  g_autoptr(OvsCrew) crew = ovs_crews_get (store, self->crew_id, error);

  if (crew == NULL)
    return FALSE;
  self->crew_name = g_strdup (ovs_crew_get_name (crew));
  self->team_leader = g_strdup (ovs_crew_get_team_leader (crew) ? ovs_crew_get_team_leader (crew) : "");
  self->team_leader_id = ovs_crew_get_team_leader_id (crew);
  self->min_size = ovs_crew_get_min_size (crew);
  return TRUE;
}

static int
role_rank (const char *role)
{
  if (ovs_vocab_is (OVS_TYPE_CREW_ROLE, role, OVS_CREW_ROLE_TEAM_LEADER))
    return 0;
  return ovs_vocab_is (OVS_TYPE_CREW_ROLE, role, OVS_CREW_ROLE_STAND_IN) ? 1 : 2;
}

/* The team leader first, then the stand-in, then the members by name, as a crew reads its sheet. */
static int
compare_rows (gconstpointer a, gconstpointer b)
{
  const OvsRosterWeekRow *x = *(OvsRosterWeekRow * const *) a, *y = *(OvsRosterWeekRow * const *) b;
  int rank = role_rank (x->role) - role_rank (y->role);

  return rank != 0 ? rank : g_utf8_collate (x->name, y->name);
}

static void
mark_member_days (OvsRosterWeek *self, OvsRosterWeekRow *row, const char *start, const char *end)
{
  for (guint d = 0; d < 7; d++)
    if (g_strcmp0 (start, self->dates[d]) <= 0 && (end == NULL || g_strcmp0 (self->dates[d], end) <= 0))
      row->days[d].member = TRUE;
}

static gboolean
load_members (OvsRosterWeek *self, OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) list = ovs_crew_memberships_list_json (store, self->crew_id, NULL, error);

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *m = json_array_get_object_element (list, i);
      const char *start = json_object_get_string_member (m, "start_date");
      const char *end = json_object_get_string_member_with_default (m, "end_date", NULL);
      gint64 id = json_object_get_int_member (m, "employee_id");
      OvsRosterWeekRow *row;

      if (g_strcmp0 (start, self->dates[6]) > 0 || (end != NULL && g_strcmp0 (end, self->dates[0]) < 0))
        continue;
      if ((row = find_row (self, id)) == NULL)
        {
          row = row_new (id, json_object_get_string_member (m, "personnel_number"),
                         json_object_get_string_member (m, "employee_name"), json_object_get_string_member (m, "role"));
          g_ptr_array_add (self->rows, row);
        }
      mark_member_days (self, row, start, end);
    }
  return TRUE;
}

static gboolean
load_shifts (OvsRosterWeek *self, OvsStore *store, GError **error)
{
  g_autoptr(GListModel) shifts = ovs_roster_list_shifts (store, self->crew_id, self->dates[0], self->dates[6],
                                                         FALSE, FALSE, error);

  if (shifts == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (shifts); i++)
    {
      g_autoptr(OvsShift) shift = g_list_model_get_item (shifts, i);
      int d = day_index (self, ovs_shift_get_date (shift));
      OvsRosterWeekRow *row = find_row (self, ovs_shift_get_employee_id (shift));

      if (d < 0)
        continue;
      /* Someone rostered without being a member (a conflict the check reports) still gets a row. */
      if (row == NULL)
        {
          row = row_new (ovs_shift_get_employee_id (shift), ovs_shift_get_personnel_number (shift),
                         ovs_shift_get_employee_name (shift), "");
          g_ptr_array_add (self->rows, row);
        }
      if (row->days[d].shifts->len == 0)
        self->rostered[d]++;
      g_ptr_array_add (row->days[d].shifts, g_object_ref (shift));
      row->planned_minutes += ovs_shift_get_worked_minutes (shift);
    }
  return TRUE;
}

static void
load_contracts (OvsRosterWeek *self, OvsStore *store)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      OvsRosterWeekRow *row = g_ptr_array_index (self->rows, i);
      g_autoptr(OvsEmployee) employee = ovs_employees_get (store, row->employee_id, NULL);

      /* Not knowing the contract is no reason to hide the roster: the grid shows "—" then. */
      if (employee != NULL)
        row->contract_minutes = (int) (ovs_employee_get_contract_hours (employee) * 60 + 0.5);
    }
}

static void
set_absence (OvsRosterWeekCell *cell, JsonObject *a, OvsRosterWeekMode mode)
{
  const char *kind = json_object_get_string_member (a, "kind");
  const char *start = json_object_get_string_member_with_default (a, "start_time", NULL);
  const char *end = json_object_get_string_member_with_default (a, "end_time", NULL);
  g_autofree char *label = _ovs_roster_absence_label (kind, mode);
  gboolean whole = start == NULL || end == NULL;
  char *text = whole ? g_strdup (label) : g_strdup_printf ("%s %s–%s", label, start, end);

  /* A whole-day absence says more than a part-day one on the same day. */
  if (cell->absence != NULL && !whole)
    {
      char *both = g_strdup_printf ("%s, %s", cell->absence, text);

      g_free (text);
      text = both;
    }
  g_free (cell->absence);
  cell->absence = text;
  cell->absent_all_day |= whole;
  cell->holiday |= ovs_vocab_is (OVS_TYPE_ABSENCE_KIND, kind, OVS_ABSENCE_KIND_HOLIDAY);
}

static void
apply_absence (OvsRosterWeek *self, JsonObject *a)
{
  gint64 employee = json_object_get_int_member_with_default (a, "employee_id", 0);
  gint64 crew = json_object_get_int_member_with_default (a, "crew_id", 0);
  const char *from = json_object_get_string_member (a, "start_date");
  const char *to = json_object_get_string_member (a, "end_date");

  if (employee == 0 && crew != 0 && crew != self->crew_id)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    {
      OvsRosterWeekRow *row = g_ptr_array_index (self->rows, i);

      if (employee != 0 && row->employee_id != employee)
        continue;
      for (guint d = 0; d < 7; d++)
        if (g_strcmp0 (from, self->dates[d]) <= 0 && g_strcmp0 (self->dates[d], to) <= 0)
          set_absence (&row->days[d], a, self->mode);
    }
}

static gboolean
load_absences (OvsRosterWeek *self, OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) list = ovs_absence_list (store, 0, self->dates[0], self->dates[6], error);

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (list); i++)
    apply_absence (self, json_array_get_object_element (list, i));
  return TRUE;
}

static void
add_conflict (GPtrArray *list, OvsConflictSeverity *severity, OvsConflict *conflict)
{
  if (list->len == 0 || ovs_conflict_get_severity (conflict) > *severity)
    *severity = ovs_conflict_get_severity (conflict);
  g_ptr_array_add (list, g_object_ref (conflict));
}

/* A conflict about the week's hours belongs to the row; one about people to their cells; one about
 * nobody in particular to the day. */
static void
place_conflict (OvsRosterWeek *self, OvsConflict *conflict)
{
  int d = day_index (self, ovs_conflict_get_date (conflict));
  guint n_ids = 0;
  OvsConflictSeverity unused = OVS_CONFLICT_INFO;

  ovs_conflict_get_employee_ids (conflict, &n_ids);
  if (n_ids == 0)
    {
      if (d >= 0)
        g_ptr_array_add (self->day_conflicts[d], g_object_ref (conflict));
      return;
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      OvsRosterWeekRow *row = g_ptr_array_index (self->rows, i);

      if (ovs_vocab_is (OVS_TYPE_CONFLICT_CODE, ovs_conflict_get_code (conflict),
                        OVS_CONFLICT_CODE_HOURS_ABOVE_CONTRACT))
        {
          if (ovs_conflict_concerns (conflict, row->employee_id, self->dates[0]))
            add_conflict (row->week_conflicts, &unused, conflict);
          continue;
        }
      for (guint day = 0; day < 7; day++)
        if (ovs_conflict_concerns (conflict, row->employee_id, self->dates[day]))
          add_conflict (row->days[day].conflicts, &row->days[day].severity, conflict);
    }
}

static gboolean
load_conflicts (OvsRosterWeek *self, OvsStore *store, GError **error)
{
  g_autoptr(GListModel) conflicts = ovs_roster_check (store, self->crew_id, self->dates[0], self->dates[6], error);

  if (conflicts == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(OvsConflict) conflict = g_list_model_get_item (conflicts, i);

      place_conflict (self, conflict);
    }
  return TRUE;
}

/* A shift of someone absent all day (reported after the roster was made, or kept by hand) does not
 * put them at work: the day's head count leaves them out. */
static void
count_present (OvsRosterWeek *self)
{
  for (guint d = 0; d < 7; d++)
    {
      self->day_count[d] = 0;
      for (guint i = 0; i < self->rows->len; i++)
        {
          OvsRosterWeekCell *cell = &((OvsRosterWeekRow *) g_ptr_array_index (self->rows, i))->days[d];

          if (cell->shifts->len > 0 && !cell->absent_all_day)
            self->day_count[d]++;
        }
    }
}

OvsRosterWeek *
ovs_roster_week_load (OvsStore *store, gint64 crew_id, const char *date, OvsRosterWeekMode mode, GError **error)
{
  g_autoptr(OvsRosterWeek) self = g_object_new (OVS_TYPE_ROSTER_WEEK, NULL);

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  self->mode = mode;
  self->crew_id = crew_id;
  if (!set_dates (self, date, error) || !ovs_store_require_crew (store, crew_id, error) ||
      !load_crew (self, store, error) || !load_members (self, store, error) || !load_shifts (self, store, error))
    return NULL;
  g_ptr_array_sort (self->rows, compare_rows);
  load_contracts (self, store);
  if (!load_absences (self, store, error))
    return NULL;
  count_present (self);
  if (mode == OVS_ROSTER_WEEK_SCREEN && !load_conflicts (self, store, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* --- accessors --- */

gint64
ovs_roster_week_get_crew_id (OvsRosterWeek *self)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), 0);
  return self->crew_id;
}

const char *
ovs_roster_week_get_crew_name (OvsRosterWeek *self)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), NULL);
  return self->crew_name;
}

const char *
ovs_roster_week_get_team_leader (OvsRosterWeek *self)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), NULL);
  return self->team_leader;
}

int
ovs_roster_week_get_min_size (OvsRosterWeek *self)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), 0);
  return self->min_size;
}

const char *
ovs_roster_week_get_date (OvsRosterWeek *self, guint day)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), NULL);
  g_return_val_if_fail (day < 7, NULL);
  return self->dates[day];
}

guint
ovs_roster_week_get_number (OvsRosterWeek *self)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), 0);
  return self->number;
}

guint
ovs_roster_week_get_n_rows (OvsRosterWeek *self)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), 0);
  return self->rows->len;
}

const OvsRosterWeekRow *
ovs_roster_week_get_row (OvsRosterWeek *self, guint row)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  return g_ptr_array_index (self->rows, row);
}

guint
ovs_roster_week_get_day_count (OvsRosterWeek *self, guint day)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), 0);
  g_return_val_if_fail (day < 7, 0);
  return self->day_count[day];
}

GPtrArray *
ovs_roster_week_get_day_conflicts (OvsRosterWeek *self, guint day)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), NULL);
  g_return_val_if_fail (day < 7, NULL);
  return self->day_conflicts[day];
}

gboolean
ovs_roster_week_day_has_shifts (OvsRosterWeek *self, guint day)
{
  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), FALSE);
  g_return_val_if_fail (day < 7, FALSE);
  return self->rostered[day] > 0;
}

static void
ovs_roster_week_finalize (GObject *object)
{
  OvsRosterWeek *self = OVS_ROSTER_WEEK (object);

  g_free (self->crew_name);
  g_free (self->team_leader);
  g_ptr_array_unref (self->rows);
  for (guint d = 0; d < 7; d++)
    {
      g_free (self->dates[d]);
      g_ptr_array_unref (self->day_conflicts[d]);
    }
  G_OBJECT_CLASS (ovs_roster_week_parent_class)->finalize (object);
}

static void
ovs_roster_week_class_init (OvsRosterWeekClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ovs_roster_week_finalize;
}

static void
ovs_roster_week_init (OvsRosterWeek *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
  for (guint d = 0; d < 7; d++)
    self->day_conflicts[d] = g_ptr_array_new_with_free_func (g_object_unref);
}

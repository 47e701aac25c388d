/* ovs-roster-data.c — the data the roster rules look at, loaded once per period into memory: one
 * query per table instead of one per shift, and plain C structs the rules can walk quickly. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crews/ovs-roster-private.h"

static int
time_or (const char *text, int fallback)
{
  int minutes;

  /* "HH:MM", as the database holds it, without the parser's sscanf: this runs twice per shift. */
  if (text != NULL && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && text[2] == ':' &&
      g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]) && text[5] == '\0')
    {
      int h = (text[0] - '0') * 10 + (text[1] - '0'), m = (text[3] - '0') * 10 + (text[4] - '0');

      if (h < 24 && m < 60)
        return h * 60 + m;
    }
  return text != NULL && ovs_parse_time (text, NULL, &minutes, NULL) ? minutes : fallback;
}

static void
employee_free (gpointer p)
{
  OvsRosterEmployee *e = p;

  g_free (e->number);
  g_free (e->name);
  g_free (e->employment_start);
  g_free (e->employment_end);
  g_free (e->left_on);
  g_free (e);
}

static void
crew_free (gpointer p)
{
  OvsRosterCrew *c = p;

  g_free (c->name);
  g_free (c->ended_on);
  g_free (c);
}

static void
member_free (gpointer p)
{
  OvsRosterMember *m = p;

  g_free (m->role);
  g_free (m->start_date);
  g_free (m->end_date);
  g_free (m);
}

static void
qualification_free (gpointer p)
{
  OvsRosterQualification *q = p;

  g_free (q->kind);
  g_free (q->detail);
  g_free (q->obtained_on);
  g_free (q->valid_until);
  g_free (q);
}

static void
absence_free (gpointer p)
{
  OvsRosterAbsence *a = p;

  g_free (a->kind);
  g_free (a->start_date);
  g_free (a->end_date);
  g_free (a);
}

/* A loaded shift's strings live in data->strings: one block for the 130,000 shifts of a year, and a date,
 * time, task or place stored once however many shifts share it. */
static char *
keep (OvsRosterData *data, OvsStmt *stmt, int column, char **last)
{
  const char *text = ovs_stmt_get_text (stmt, column);

  /* Rows come by date and time, so a column mostly repeats the row before: compare before hashing. */
  if (text == NULL)
    return NULL;
  if (last[column] == NULL || strcmp (last[column], text) != 0)
    last[column] = g_string_chunk_insert_const (data->strings, text);
  return last[column];
}

void
ovs_roster_pattern_free (OvsRosterPattern *p)
{
  if (p == NULL)
    return;
  g_free (p->rrule);
  g_strfreev (p->exdates);
  g_free (p->start_time);
  g_free (p->end_time);
  g_free (p->task);
  g_free (p->location);
  g_free (p->requires);
  g_free (p->requires_detail);
  g_free (p->valid_from);
  g_free (p->valid_to);
  g_free (p);
}

OvsRosterPattern *
ovs_roster_pattern_from_row (OvsStmt *stmt)
{
  OvsRosterPattern *p = g_new0 (OvsRosterPattern, 1);
  g_autofree char *exdates = ovs_stmt_dup_text (stmt, 3);

  p->id = ovs_stmt_get_int64 (stmt, 0);
  p->crew_id = ovs_stmt_get_int64 (stmt, 1);
  p->rrule = ovs_stmt_dup_text (stmt, 2);
  p->exdates = exdates != NULL ? g_strsplit (exdates, ",", -1) : g_new0 (char *, 1);
  p->start_time = ovs_stmt_dup_text (stmt, 4);
  p->end_time = ovs_stmt_dup_text (stmt, 5);
  p->start_min = time_or (p->start_time, 0);
  p->end_min = time_or (p->end_time, 0);
  p->break_minutes = ovs_stmt_get_int (stmt, 6);
  p->task = ovs_stmt_dup_text (stmt, 7);
  p->location = ovs_stmt_dup_text (stmt, 8);
  p->requires = ovs_stmt_dup_text (stmt, 9);
  p->requires_detail = ovs_stmt_dup_text (stmt, 10);
  p->valid_from = ovs_stmt_dup_text (stmt, 11);
  p->valid_to = ovs_stmt_dup_text (stmt, 12);
  return p;
}

void
ovs_roster_data_free (OvsRosterData *data)
{
  g_free (data->from);
  g_free (data->to);
  g_free (data->load_from);
  g_free (data->load_to);
  g_clear_pointer (&data->employees, g_hash_table_unref);
  g_clear_pointer (&data->crews, g_hash_table_unref);
  g_clear_pointer (&data->members, g_ptr_array_unref);
  g_clear_pointer (&data->qualifications, g_ptr_array_unref);
  g_clear_pointer (&data->absences, g_ptr_array_unref);
  g_clear_pointer (&data->shifts, g_ptr_array_unref);
  g_clear_pointer (&data->patterns, g_ptr_array_unref);
  g_free (data->history_from);
  g_clear_pointer (&data->history, g_ptr_array_unref);
  g_clear_pointer (&data->people, g_hash_table_unref);
  g_clear_pointer (&data->crew_days, g_hash_table_unref);
  g_clear_pointer (&data->crew_day_ranges, g_array_unref);
  g_clear_pointer (&data->crew_day_shifts, g_ptr_array_unref);
  g_clear_pointer (&data->crew_absences, g_hash_table_unref);
  g_clear_pointer (&data->free_holidays, g_hash_table_unref);
  g_clear_pointer (&data->absent_people, g_array_unref);
  g_clear_pointer (&data->strings, g_string_chunk_free);
  g_clear_pointer (&data->blocks, g_ptr_array_unref);
  g_free (data);
}

/* A transfer to anything but the foundation (whose crews these are) ends the work in the crews on its
 * actual date; see after_transfer in ovs-conflict-check.c. */
static gboolean
load_employees (OvsStore *store, OvsRosterData *data, GError **error)
{
  g_autoptr(GError) local = NULL;
  /* On a server a team leader reads employees through the view employee_roster, which computes the
   * same day of leaving (left_on) from the transfer cases they may not read themselves. */
  gboolean roster_view = g_strcmp0 (ovs_store_employee_source (store), "employee") != 0;
  OvsStmt *stmt = ovs_store_prepare (store, roster_view ?
    "SELECT e.id, e.personnel_number, "
    "       e.first_name || ' ' || coalesce (e.name_prefix || ' ', '') || e.last_name, "
    "       e.contract_minutes, e.employment_start, e.employment_end, e.left_on "
    "FROM employee_roster e" :
    "SELECT e.id, e.personnel_number, "
    "       e.first_name || ' ' || coalesce (e.name_prefix || ' ', '') || e.last_name, "
    "       e.contract_minutes, e.employment_start, e.employment_end, "
    "       (SELECT t.actual_date FROM transfer_case t WHERE t.employee_id = e.id "
    "        AND t.status = ? AND t.destination != ?) "
    "FROM employee e", error);

  if (stmt == NULL)
    return FALSE;
  if (!roster_view)
    {
      ovs_stmt_bind_text (stmt, 1, ovs_vocab_code (OVS_TYPE_TRANSFER_STATUS, OVS_TRANSFER_STATUS_TRANSFERRED));
      ovs_stmt_bind_text (stmt, 2, ovs_vocab_code (OVS_TYPE_TRANSFER_DESTINATION,
                                                   OVS_TRANSFER_DESTINATION_FOUNDATION));
    }
  while (ovs_stmt_next (stmt, &local))
    {
      OvsRosterEmployee *e = g_new0 (OvsRosterEmployee, 1);

      e->id = ovs_stmt_get_int64 (stmt, 0);
      e->number = ovs_stmt_dup_text (stmt, 1);
      e->name = ovs_stmt_dup_text (stmt, 2);
      e->contract_minutes = ovs_stmt_get_int (stmt, 3);
      e->employment_start = ovs_stmt_dup_text (stmt, 4);
      e->employment_end = ovs_stmt_dup_text (stmt, 5);
      e->left_on = ovs_stmt_dup_text (stmt, 6);
      g_hash_table_insert (data->employees, &e->id, e);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
load_crews (OvsStore *store, OvsRosterData *data, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT id, name, min_size, team_leader_id, ended_on FROM crew", error);

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    {
      OvsRosterCrew *c = g_new0 (OvsRosterCrew, 1);

      c->id = ovs_stmt_get_int64 (stmt, 0);
      c->name = ovs_stmt_dup_text (stmt, 1);
      c->min_size = ovs_stmt_get_int (stmt, 2);
      c->team_leader_id = ovs_stmt_get_int64 (stmt, 3);
      c->ended_on = ovs_stmt_dup_text (stmt, 4);
      g_hash_table_insert (data->crews, &c->id, c);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
load_members (OvsStore *store, OvsRosterData *data, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT crew_id, employee_id, role, start_date, end_date FROM crew_membership ORDER BY id", error);

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    {
      OvsRosterMember *m = g_new0 (OvsRosterMember, 1);

      m->crew_id = ovs_stmt_get_int64 (stmt, 0);
      m->employee_id = ovs_stmt_get_int64 (stmt, 1);
      m->role = ovs_stmt_dup_text (stmt, 2);
      m->start_date = ovs_stmt_dup_text (stmt, 3);
      m->end_date = ovs_stmt_dup_text (stmt, 4);
      g_ptr_array_add (data->members, m);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
load_qualifications (OvsStore *store, OvsRosterData *data, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT employee_id, kind, detail, obtained_on, valid_until FROM qualification ORDER BY id", error);

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    {
      OvsRosterQualification *q = g_new0 (OvsRosterQualification, 1);

      q->employee_id = ovs_stmt_get_int64 (stmt, 0);
      q->kind = ovs_stmt_dup_text (stmt, 1);
      q->detail = ovs_stmt_dup_text (stmt, 2);
      q->obtained_on = ovs_stmt_dup_text (stmt, 3);
      q->valid_until = ovs_stmt_dup_text (stmt, 4);
      g_ptr_array_add (data->qualifications, q);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
load_absences (OvsStore *store, OvsRosterData *data, GError **error)
{
  g_autoptr(GError) local = NULL;
  /* absence, or on a server for a team leader the view absence_roster (ovs_store_absence_source()). */
  g_autofree char *sql = g_strdup_printf (
    "SELECT id, employee_id, crew_id, kind, start_date, end_date, start_time, end_time FROM %s "
    "WHERE start_date <= ?2 AND end_date >= ?1 ORDER BY start_date, id", ovs_store_absence_source (store));
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, data->load_from);
  ovs_stmt_bind_text (stmt, 2, data->load_to);
  while (ovs_stmt_next (stmt, &local))
    {
      OvsRosterAbsence *a = g_new0 (OvsRosterAbsence, 1);
      const char *start = ovs_stmt_get_text (stmt, 6);
      const char *end = ovs_stmt_get_text (stmt, 7);

      a->id = ovs_stmt_get_int64 (stmt, 0);
      a->employee_id = ovs_stmt_get_int64 (stmt, 1);
      a->crew_id = ovs_stmt_get_int64 (stmt, 2);
      a->kind = ovs_stmt_dup_text (stmt, 3);
      a->start_date = ovs_stmt_dup_text (stmt, 4);
      a->end_date = ovs_stmt_dup_text (stmt, 5);
      /* Part of a day only when both times are set; otherwise the whole day. */
      a->start_min = start != NULL && end != NULL ? time_or (start, -1) : -1;
      a->end_min = a->start_min >= 0 ? time_or (end, -1) : -1;
      if (a->end_min < 0)
        a->start_min = -1;
      g_ptr_array_add (data->absences, a);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

#define SHIFTS_PER_BLOCK 4096

/* A zeroed shift that lives as long as @data: a year's 130,000 shifts in a few dozen allocations. */
static OvsRosterShift *
shift_alloc (OvsRosterData *data)
{
  if (data->blocks == NULL)
    data->blocks = g_ptr_array_new_with_free_func (g_free);
  if (data->blocks->len == 0 || data->block_used == SHIFTS_PER_BLOCK)
    {
      g_ptr_array_add (data->blocks, g_new0 (OvsRosterShift, SHIFTS_PER_BLOCK));
      data->block_used = 0;
    }
  return (OvsRosterShift *) g_ptr_array_index (data->blocks, data->blocks->len - 1) + data->block_used++;
}

/* The clock of @s, from the shift read before it when they share the date and times (rows come by date
 * and time, so most do): the time zone arithmetic once per date and time, not once per shift. */
static void
shift_clock_like (OvsRosterShift *s, const OvsRosterShift *before)
{
  if (before == NULL || before->date != s->date || before->start_min != s->start_min ||
      before->end_min != s->end_min)
    {
      ovs_roster_shift_clock (s);
      return;
    }
  s->start_at = before->start_at;
  s->end_at = before->end_at;
  s->day = before->day;
  s->worked = (int) ((s->end_at - s->start_at) / 60) - s->break_minutes;
}

/* A row of the full statement of load_shifts(): every column, for generating, filling and exporting. */
static void
shift_from_row (OvsRosterData *data, OvsStmt *stmt, OvsRosterShift *s, char **last)
{
  s->id = ovs_stmt_get_int64 (stmt, 0);
  s->uid = g_string_chunk_insert (data->strings, ovs_stmt_get_text (stmt, 1));
  s->crew_id = ovs_stmt_get_int64 (stmt, 2);
  s->employee_id = ovs_stmt_get_int64 (stmt, 3);
  s->pattern_id = ovs_stmt_get_int64 (stmt, 4);
  s->date = keep (data, stmt, 5, last);
  s->start_time = keep (data, stmt, 6, last);
  s->end_time = keep (data, stmt, 7, last);
  s->break_minutes = ovs_stmt_get_int (stmt, 8);
  s->task = keep (data, stmt, 9, last);
  s->location = keep (data, stmt, 10, last);
  s->origin = keep (data, stmt, 11, last);
  s->is_override = ovs_stmt_get_int (stmt, 12) != 0;
  s->cancelled = ovs_stmt_get_int (stmt, 13) != 0;
  s->sequence = ovs_stmt_get_int (stmt, 14);
}

/* A row of the check's statement: only the columns its rules read (not even the id, which SQLite would
 * take from the index a second time); the others stay NULL or 0. */
static void
shift_from_rules_row (OvsRosterData *data, OvsStmt *stmt, OvsRosterShift *s, char **last)
{
  s->crew_id = ovs_stmt_get_int64 (stmt, 0);
  s->employee_id = ovs_stmt_get_int64 (stmt, 1);
  s->date = keep (data, stmt, 2, last);
  s->start_time = keep (data, stmt, 3, last);
  s->end_time = keep (data, stmt, 4, last);
  s->break_minutes = ovs_stmt_get_int (stmt, 5);
  s->cancelled = ovs_stmt_get_int (stmt, 6) != 0;
}

static gboolean
load_shifts (OvsStore *store, OvsRosterData *data, GError **error)
{
  g_autoptr(GError) local = NULL;
  char *last[16] = { NULL };
  /* The check reads only what its rules look at: a year is 130,000 rows, and each column read costs.
   * The rest is for generating, filling and exporting. */
  const char *columns = data->rules_only
    ? "SELECT crew_id, employee_id, date, start_time, end_time, break_minutes, cancelled FROM shift "
    : "SELECT id, uid, crew_id, employee_id, pattern_id, date, start_time, end_time, break_minutes, task, "
      "       location, origin, is_override, cancelled, sequence FROM shift ";
  /* A re-check reads the crew's and the person's shifts only (either index by crew or person and date). */
  g_autofree char *sql = g_strconcat (columns, data->scope_employee == 0
                                      ? "WHERE date BETWEEN ?1 AND ?2 ORDER BY date, start_time, employee_id, id"
                                      : "WHERE (employee_id = ?3 OR crew_id = ?4) AND date BETWEEN ?1 AND ?2 "
                                        "ORDER BY date, start_time, employee_id, id", NULL);
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);
  OvsRosterShift *before = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, data->load_from);
  ovs_stmt_bind_text (stmt, 2, data->load_to);
  if (data->scope_employee != 0)
    {
      ovs_stmt_bind_int64 (stmt, 3, data->scope_employee);
      ovs_stmt_bind_int64 (stmt, 4, data->scope_crew);
    }
  while (ovs_stmt_next (stmt, &local))
    {
      OvsRosterShift *s = shift_alloc (data);

      if (data->rules_only)
        shift_from_rules_row (data, stmt, s, last);
      else
        shift_from_row (data, stmt, s, last);
      /* Rows come by date and time: the times mostly repeat the row before, text and all. */
      if (before != NULL && s->start_time == before->start_time && s->end_time == before->end_time)
        {
          s->start_min = before->start_min;
          s->end_min = before->end_min;
        }
      else
        {
          s->start_min = time_or (s->start_time, 0);
          s->end_min = time_or (s->end_time, 0);
        }
      shift_clock_like (s, before);
      g_ptr_array_add (data->shifts, s);
      before = s;
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

/* What the rules over 16 and 52 weeks need from before the window: times only. */
static gboolean
load_history (OvsStore *store, OvsRosterData *data, GError **error)
{
  g_autoptr(GError) local = NULL;
  char *last[16] = { NULL };
  /* A re-check of one person reads their history alone, through the index by person and date. */
  OvsStmt *stmt = data->scope_employee == 0
    ? ovs_store_prepare (store,
        "SELECT id, crew_id, employee_id, date, start_time, end_time, break_minutes FROM shift "
        "WHERE date >= ?1 AND date < ?2 AND cancelled = 0 ORDER BY date, start_time, employee_id, id", error)
    : ovs_store_prepare (store,
        "SELECT id, crew_id, employee_id, date, start_time, end_time, break_minutes FROM shift "
        "WHERE employee_id = ?3 AND date >= ?1 AND date < ?2 AND cancelled = 0 ORDER BY date, start_time, id",
        error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, data->history_from);
  ovs_stmt_bind_text (stmt, 2, data->load_from);
  if (data->scope_employee != 0)
    ovs_stmt_bind_int64 (stmt, 3, data->scope_employee);
  while (ovs_stmt_next (stmt, &local))
    {
      OvsRosterShift *s = g_new0 (OvsRosterShift, 1);

      s->id = ovs_stmt_get_int64 (stmt, 0);
      s->crew_id = ovs_stmt_get_int64 (stmt, 1);
      s->employee_id = ovs_stmt_get_int64 (stmt, 2);
      s->date = keep (data, stmt, 3, last);
      s->start_time = keep (data, stmt, 4, last);
      s->end_time = keep (data, stmt, 5, last);
      s->start_min = time_or (s->start_time, 0);
      s->end_min = time_or (s->end_time, 0);
      s->break_minutes = ovs_stmt_get_int (stmt, 6);
      ovs_roster_shift_clock (s);
      g_ptr_array_add (data->history, s);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
load_patterns (OvsStore *store, OvsRosterData *data, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT " OVS_ROSTER_PATTERN_COLUMNS " FROM shift_pattern ORDER BY crew_id, start_time, id", error);

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    g_ptr_array_add (data->patterns, ovs_roster_pattern_from_row (stmt));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

/* --- indexes: every question the rules ask looks at one person's or one crew day's rows --- */

static void
person_free (gpointer p)
{
  OvsRosterPerson *person = p;

  g_ptr_array_unref (person->shifts);
  g_ptr_array_unref (person->members);
  g_ptr_array_unref (person->absences);
  g_ptr_array_unref (person->qualifications);
  g_free (person);
}

static OvsRosterPerson *
person_for (OvsRosterData *data, gint64 employee_id)
{
  OvsRosterPerson *person = g_hash_table_lookup (data->people, &employee_id);

  if (person == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = employee_id;
      person = g_new0 (OvsRosterPerson, 1);
      person->shifts = g_ptr_array_new ();
      person->members = g_ptr_array_new ();
      person->absences = g_ptr_array_new ();
      person->qualifications = g_ptr_array_new ();
      g_hash_table_insert (data->people, key, person);
    }
  return person;
}

static GPtrArray *
list_for (GHashTable *table, gint64 id)
{
  GPtrArray *list = g_hash_table_lookup (table, &id);

  if (list == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      list = g_ptr_array_new ();
      g_hash_table_insert (table, key, list);
    }
  return list;
}

/* The crew day of @s, numbered in the order first met: a new number for a crew and date not seen yet. */
static guint
crew_day_of (OvsRosterData *data, OvsRosterShift *s)
{
  GHashTable *days = g_hash_table_lookup (data->crew_days, &s->crew_id);
  gpointer number;

  if (days == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = s->crew_id;
      days = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (data->crew_days, key, days);
    }
  if ((number = g_hash_table_lookup (days, s->date)) == NULL)
    {
      guint range[2] = { 0, 0 };

      g_array_append_vals (data->crew_day_ranges, range, 1);
      g_hash_table_insert (days, s->date, number = GUINT_TO_POINTER (data->crew_day_ranges->len));
    }
  return GPOINTER_TO_UINT (number) - 1;
}

/* Every loaded shift (cancelled ones too) grouped by crew day in one array, each group in load order:
 * counted first, then placed, so that a year's 13,000 crew days are ranges and not as many arrays. */
static void
index_crew_days (OvsRosterData *data)
{
  g_autofree guint *day_of = g_new (guint, MAX (data->shifts->len, 1));
  guint *ranges;

  data->crew_days = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  data->crew_day_ranges = g_array_new (FALSE, FALSE, 2 * sizeof (guint));
  for (guint i = 0; i < data->shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (data->shifts, i);
      OvsRosterShift *before = i > 0 ? g_ptr_array_index (data->shifts, i - 1) : NULL;

      /* Rows come by date, then time and person, so a crew's shifts of one day mostly follow each other. */
      if (before != NULL && before->crew_id == s->crew_id && before->date == s->date)
        day_of[i] = day_of[i - 1];
      else
        day_of[i] = crew_day_of (data, s);
      ((guint *) (gpointer) data->crew_day_ranges->data)[2 * day_of[i] + 1]++;
    }
  ranges = (guint *) (gpointer) data->crew_day_ranges->data;
  for (guint d = 1; d < data->crew_day_ranges->len; d++)
    ranges[2 * d] = ranges[2 * (d - 1)] + ranges[2 * (d - 1) + 1];
  data->crew_day_shifts = g_ptr_array_sized_new (data->shifts->len);
  g_ptr_array_set_size (data->crew_day_shifts, (gint) data->shifts->len);
  /* Placed from each range's end, by counting its length down to 0; then the lengths are set again. */
  for (guint i = data->shifts->len; i-- > 0;)
    {
      guint *range = &ranges[2 * day_of[i]];

      g_ptr_array_index (data->crew_day_shifts, range[0] + --range[1]) = g_ptr_array_index (data->shifts, i);
    }
  for (guint i = 0; i < data->shifts->len; i++)
    ranges[2 * day_of[i] + 1]++;
}

static int
compare_ids (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The loads read shifts by date, start time, person and id: appending keeps each person's list in
 * the order the rules walk (history first, then the window). */
static void
build_indexes (OvsRosterData *data)
{
  data->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, person_free);
  data->crew_absences = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < data->history->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (data->history, i);

      g_ptr_array_add (person_for (data, s->employee_id)->shifts, s);
    }
  for (guint i = 0; i < data->shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (data->shifts, i);

      if (!s->cancelled)
        g_ptr_array_add (person_for (data, s->employee_id)->shifts, s);
    }
  index_crew_days (data);
  for (guint i = 0; i < data->members->len; i++)
    {
      OvsRosterMember *m = g_ptr_array_index (data->members, i);

      g_ptr_array_add (person_for (data, m->employee_id)->members, m);
    }
  for (guint i = 0; i < data->qualifications->len; i++)
    {
      OvsRosterQualification *q = g_ptr_array_index (data->qualifications, i);

      g_ptr_array_add (person_for (data, q->employee_id)->qualifications, q);
    }
  data->absent_people = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < data->absences->len; i++)
    {
      OvsRosterAbsence *a = g_ptr_array_index (data->absences, i);

      if (a->employee_id != 0)
        {
          g_ptr_array_add (person_for (data, a->employee_id)->absences, a);
          g_array_append_val (data->absent_people, a->employee_id);
        }
      else
        g_ptr_array_add (list_for (data->crew_absences, a->crew_id), a);
    }
  g_array_sort (data->absent_people, compare_ids);
}

/* Asked for every shift and crew-day member: a search in the few people with absences instead of a
 * look-up of the person. */
gboolean
ovs_roster_has_absences (OvsRosterData *data, gint64 employee_id)
{
  guint lo = 0, hi = data->absent_people->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gint64 id = g_array_index (data->absent_people, gint64, mid);

      if (id == employee_id)
        return TRUE;
      if (id < employee_id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

OvsRosterPerson *
ovs_roster_person (OvsRosterData *data, gint64 employee_id)
{
  return person_for (data, employee_id);
}

OvsRosterShift **
ovs_roster_crew_day (OvsRosterData *data, gint64 crew_id, const char *date, guint *n_shifts)
{
  GHashTable *days = g_hash_table_lookup (data->crew_days, &crew_id);
  guint number = days != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (days, date)) : 0;
  const guint *range;

  *n_shifts = 0;
  if (number == 0)
    return NULL;
  range = &g_array_index (data->crew_day_ranges, guint, 2 * (number - 1));
  *n_shifts = range[1];
  return (OvsRosterShift **) &g_ptr_array_index (data->crew_day_shifts, range[0]);
}

static int
compare_times (const OvsRosterShift *x, const OvsRosterShift *y)
{
  int by_date = g_strcmp0 (x->date, y->date);

  if (by_date != 0)
    return by_date;
  if (x->start_min != y->start_min)
    return x->start_min - y->start_min;
  return (x->id > y->id) - (x->id < y->id);
}

void
ovs_roster_person_add (OvsRosterData *data, OvsRosterShift *shift)
{
  GPtrArray *shifts = person_for (data, shift->employee_id)->shifts;
  guint at = shifts->len;

  while (at > 0 && compare_times (g_ptr_array_index (shifts, at - 1), shift) > 0)
    at--;
  g_ptr_array_insert (shifts, (gint) at, shift);
}

void
ovs_roster_person_remove (OvsRosterData *data, OvsRosterShift *shift)
{
  g_ptr_array_remove (person_for (data, shift->employee_id)->shifts, shift);
}

OvsRosterData *
ovs_roster_data_load (OvsStore *store, const char *from, const char *to, GError **error)
{
  return ovs_roster_data_load_scoped (store, from, to, 0, 0, error);
}

static OvsRosterData *
load_data (OvsStore *store, const char *from, const char *to, gint64 crew_id, gint64 employee_id,
           gboolean rules_only, GError **error)
{
  g_autoptr(OvsRosterData) data = g_new0 (OvsRosterData, 1);
  g_autofree char *monday = ovs_roster_monday (from);
  g_autofree char *last_monday = ovs_roster_monday (to);

  data->from = g_strdup (from);
  data->to = g_strdup (to);
  data->scope_crew = crew_id;
  data->scope_employee = employee_id;
  data->rules_only = rules_only;
  /* Whole weeks for weekly hours, and a day more on each side for the rest between shifts. */
  data->load_from = ovs_roster_add_days (monday, -1);
  data->load_to = ovs_roster_add_days (last_monday, 7);
  data->history_from = ovs_roster_add_days (data->load_from, -7 * 52 - 1);
  data->see_health = ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
  data->employees = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, employee_free);
  data->crews = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, crew_free);
  data->members = g_ptr_array_new_with_free_func (member_free);
  data->qualifications = g_ptr_array_new_with_free_func (qualification_free);
  data->absences = g_ptr_array_new_with_free_func (absence_free);
  data->strings = g_string_chunk_new (64 * 1024);
  data->shifts = g_ptr_array_new ();   /* the shifts live in data->blocks */
  data->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) ovs_roster_pattern_free);
  data->history = g_ptr_array_new_with_free_func (g_free);
  if (!load_employees (store, data, error) || !load_crews (store, data, error) ||
      !load_members (store, data, error) || !load_qualifications (store, data, error) ||
      !load_absences (store, data, error) || !load_history (store, data, error) ||
      !load_shifts (store, data, error) || !load_patterns (store, data, error) ||
      (data->free_holidays = ovs_roster_free_holidays (store, data->load_from, data->load_to, error)) == NULL)
    return NULL;
  build_indexes (data);
  return g_steal_pointer (&data);
}

OvsRosterData *
ovs_roster_data_load_scoped (OvsStore *store, const char *from, const char *to, gint64 crew_id,
                             gint64 employee_id, GError **error)
{
  return load_data (store, from, to, crew_id, employee_id, FALSE, error);
}

OvsRosterData *
ovs_roster_data_load_rules (OvsStore *store, const char *from, const char *to, gint64 crew_id,
                            gint64 employee_id, GError **error)
{
  return load_data (store, from, to, crew_id, employee_id, TRUE, error);
}

/* --- questions the rules ask --- */

OvsRosterEmployee *
ovs_roster_employee (OvsRosterData *data, gint64 id)
{
  return g_hash_table_lookup (data->employees, &id);
}

OvsRosterCrew *
ovs_roster_crew (OvsRosterData *data, gint64 id)
{
  return g_hash_table_lookup (data->crews, &id);
}

static gboolean
within (const char *date, const char *start, const char *end)
{
  return (start == NULL || g_strcmp0 (start, date) <= 0) && (end == NULL || g_strcmp0 (date, end) <= 0);
}

OvsRosterMember *
ovs_roster_membership (OvsRosterData *data, gint64 crew_id, gint64 employee_id, const char *date)
{
  return ovs_roster_person_membership (ovs_roster_person (data, employee_id), crew_id, employee_id, date);
}

OvsRosterMember *
ovs_roster_person_membership (OvsRosterPerson *person, gint64 crew_id, gint64 employee_id, const char *date)
{
  GPtrArray *members = person->members;

  for (guint i = 0; i < members->len; i++)
    {
      OvsRosterMember *m = g_ptr_array_index (members, i);

      if (m->crew_id == crew_id && m->employee_id == employee_id && within (date, m->start_date, m->end_date))
        return m;
    }
  return NULL;
}

gboolean
ovs_roster_member_active (OvsRosterMember *member, const char *date)
{
  return within (date, member->start_date, member->end_date);
}

gboolean
ovs_roster_employed (OvsRosterEmployee *employee, const char *date)
{
  return employee != NULL && within (date, employee->employment_start, employee->employment_end);
}

static gboolean
absence_applies (OvsRosterAbsence *a, gint64 employee_id, gint64 crew_id, const char *date)
{
  if (!within (date, a->start_date, a->end_date))
    return FALSE;
  if (a->employee_id != 0)
    return a->employee_id == employee_id;
  return a->crew_id == 0 || a->crew_id == crew_id;
}

/* The absences that may concern @employee_id in @crew_id, in the order they were loaded (by start date
 * and id): their own, their crew's and everybody's. The first match wins, as before the indexes. */
static OvsRosterAbsence *
first_absence (OvsRosterData *data, gint64 employee_id, gint64 crew_id, const char *date, int start_min,
               int end_min, gboolean all_day)
{
  /* Asked for every shift and crew day: most windows have no crew-wide absence to look up. */
  gboolean crews_off = g_hash_table_size (data->crew_absences) > 0;
  GPtrArray *lists[3] = { employee_id != 0 ? ovs_roster_person (data, employee_id)->absences : NULL,
                          crews_off ? g_hash_table_lookup (data->crew_absences, &crew_id) : NULL, NULL };
  gint64 everybody = 0;
  OvsRosterAbsence *found = NULL;

  lists[2] = crew_id != 0 && crews_off ? g_hash_table_lookup (data->crew_absences, &everybody) : NULL;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && i < lists[l]->len; i++)
      {
        OvsRosterAbsence *a = g_ptr_array_index (lists[l], i);

        if (!absence_applies (a, employee_id, crew_id, date) || (all_day && a->start_min >= 0))
          continue;
        /* Part-day absences repeat their times on each day of their period. */
        if (a->start_min < 0 || start_min < 0 || (a->start_min < end_min && start_min < a->end_min))
          {
            if (found == NULL || g_strcmp0 (a->start_date, found->start_date) < 0 ||
                (g_str_equal (a->start_date, found->start_date) && a->id < found->id))
              found = a;
            break;
          }
      }
  return found;
}

OvsRosterAbsence *
ovs_roster_absence_at (OvsRosterData *data, gint64 employee_id, gint64 crew_id, const char *date,
                       int start_min, int end_min)
{
  return first_absence (data, employee_id, crew_id, date, start_min, end_min, FALSE);
}

gboolean
ovs_roster_absent_all_day (OvsRosterData *data, gint64 employee_id, gint64 crew_id, const char *date)
{
  return first_absence (data, employee_id, crew_id, date, -1, -1, TRUE) != NULL;
}

/* A free public holiday (the CAO setting) is a day off for every crew, like an absence of everybody. */
gboolean
ovs_roster_crew_off (OvsRosterData *data, gint64 crew_id, const char *date)
{
  return first_absence (data, 0, crew_id, date, -1, -1, TRUE) != NULL ||
         g_hash_table_contains (data->free_holidays, date);
}

gboolean
ovs_roster_holds (OvsRosterData *data, gint64 employee_id, const char *requires, const char *detail,
                  const char *date)
{
  GPtrArray *qualifications = ovs_roster_person (data, employee_id)->qualifications;

  for (guint i = 0; i < qualifications->len; i++)
    {
      OvsRosterQualification *q = g_ptr_array_index (qualifications, i);

      if (q->employee_id != employee_id || !ovs_qualification_covers (q->kind, requires) ||
          !within (date, q->obtained_on, q->valid_until))
        continue;
      if (detail == NULL || *detail == '\0' || (q->detail != NULL && g_utf8_collate (q->detail, detail) == 0) ||
          (q->detail != NULL && g_ascii_strcasecmp (q->detail, detail) == 0))
        return TRUE;
    }
  return FALSE;
}

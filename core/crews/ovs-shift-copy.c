/* ovs-shift-copy.c — copying a crew's week to the weeks after it: a team leader who has fixed one
 * week by hand (swaps, an extra day, a shorter Friday) repeats it instead of redoing it. The target
 * weeks end up with the same shifts as the source week, per person and weekday; what is already
 * the same stays untouched (no new sequence, so calendars see no change). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "crews/ovs-roster-private.h"
#include "crews/ovs-shift-private.h"

#define MAX_WEEKS 52

typedef struct
{
  gint64    id;
  gint64    employee_id;
  int       weekday;      /* 1 = Monday */
  char     *date;
  char     *start_time, *end_time;
  int       break_minutes;
  char     *task, *location;
  gboolean  matched;
} Copied;

static void
copied_free (gpointer p)
{
  Copied *c = p;

  g_free (c->date);
  g_free (c->start_time);
  g_free (c->end_time);
  g_free (c->task);
  g_free (c->location);
  g_free (c);
}

/* The crew's active shifts from @monday to the Sunday after it. */
static GPtrArray *
load_week (OvsStore *store, gint64 crew_id, const char *monday, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *sunday = ovs_roster_add_days (monday, 6);
  g_autoptr(GPtrArray) week = g_ptr_array_new_with_free_func (copied_free);
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT id, employee_id, date, start_time, end_time, break_minutes, task, location FROM shift "
    "WHERE crew_id = ? AND date BETWEEN ? AND ? AND cancelled = 0 ORDER BY date, start_time, employee_id, id", error);

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, crew_id);
  ovs_stmt_bind_text (stmt, 2, monday);
  ovs_stmt_bind_text (stmt, 3, sunday);
  while (ovs_stmt_next (stmt, &local))
    {
      Copied *c = g_new0 (Copied, 1);

      c->id = ovs_stmt_get_int64 (stmt, 0);
      c->employee_id = ovs_stmt_get_int64 (stmt, 1);
      c->date = g_strdup (ovs_stmt_get_text (stmt, 2));
      c->weekday = ovs_roster_weekday (c->date);
      c->start_time = g_strdup (ovs_stmt_get_text (stmt, 3));
      c->end_time = g_strdup (ovs_stmt_get_text (stmt, 4));
      c->break_minutes = ovs_stmt_get_int (stmt, 5);
      c->task = g_strdup (ovs_stmt_get_text (stmt, 6));
      c->location = g_strdup (ovs_stmt_get_text (stmt, 7));
      g_ptr_array_add (week, c);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&week);
}

static gboolean
same (const Copied *a, const Copied *b)
{
  return a->employee_id == b->employee_id && a->weekday == b->weekday &&
         g_strcmp0 (a->start_time, b->start_time) == 0 && g_strcmp0 (a->end_time, b->end_time) == 0 &&
         a->break_minutes == b->break_minutes && g_strcmp0 (a->task, b->task) == 0 &&
         g_strcmp0 (a->location, b->location) == 0;
}

/* Marks the source shift that @target already is, if any. */
static gboolean
match (GPtrArray *source, const Copied *target)
{
  for (guint i = 0; i < source->len; i++)
    {
      Copied *s = g_ptr_array_index (source, i);

      if (!s->matched && same (s, target))
        return s->matched = TRUE;
    }
  return FALSE;
}

static gboolean
copy_to (OvsStore *store, gint64 crew_id, GPtrArray *source, const char *monday, OvsRosterStats *stats,
         GError **error)
{
  g_autoptr(GPtrArray) target = load_week (store, crew_id, monday, error);

  if (target == NULL)
    return FALSE;
  for (guint i = 0; i < source->len; i++)
    ((Copied *) g_ptr_array_index (source, i))->matched = FALSE;
  for (guint i = 0; i < target->len; i++)
    {
      Copied *t = g_ptr_array_index (target, i);

      if (match (source, t))
        stats->kept++;
      else if (!ovs_shift_cancel_row (store, t->id, error))
        return FALSE;
      else
        stats->cancelled++;
    }
  for (guint i = 0; i < source->len; i++)
    {
      Copied *s = g_ptr_array_index (source, i);
      g_autofree char *date = NULL, *uid = NULL;

      if (s->matched)
        continue;
      date = ovs_roster_add_days (monday, s->weekday - 1);
      uid = ovs_shift_extra_uid (store, crew_id, s->employee_id, date, s->start_time, error);
      if (uid == NULL)
        return FALSE;
      if (ovs_shift_insert_extra (store, uid, crew_id, s->employee_id, date, s->start_time, s->end_time,
                                  s->break_minutes, s->task, s->location, error) == 0)
        return FALSE;
      stats->added++;
    }
  return TRUE;
}

static gboolean
copy_in_transaction (OvsStore *store, gint64 crew_id, const char *monday, guint weeks, OvsRosterStats *stats,
                     GError **error)
{
  g_autoptr(GPtrArray) source = load_week (store, crew_id, monday, error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (source == NULL)
    return FALSE;
  for (guint k = 1; k <= weeks; k++)
    {
      g_autofree char *target = ovs_roster_add_days (monday, 7 * (int) k);

      if (!copy_to (store, crew_id, source, target, stats, error))
        return FALSE;
    }
  json_object_set_string_member (changes, "week", monday);
  json_object_set_int_member (changes, "weeks", weeks);
  json_object_set_int_member (changes, "added", stats->added);
  json_object_set_int_member (changes, "cancelled", stats->cancelled);
  json_object_set_int_member (changes, "kept", stats->kept);
  if (!ovs_store_audit (store, "copy_week", "roster", crew_id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "shift");
  return TRUE;
}

gboolean
ovs_roster_copy_week (OvsStore *store, gint64 crew_id, const char *date, guint weeks, OvsRosterStats *stats,
                      GError **error)
{
  OvsRosterStats local = { 0 };
  g_autofree char *monday = NULL;
  GDate day;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (date == NULL || !ovs_date_from_iso (date, &day))
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                         _("week: “%s” is not a date"), date ? date : ""), FALSE);
  if (weeks < 1 || weeks > MAX_WEEKS)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                         _("weeks: copy to 1 to %d weeks, not %u"), MAX_WEEKS, weeks), FALSE);
  if (!ovs_store_require_crew (store, crew_id, error) || !ovs_store_begin (store, error))
    return FALSE;
  monday = ovs_roster_monday (date);
  stats = stats ? stats : &local;
  *stats = (OvsRosterStats) { 0 };
  return ovs_store_finish (store, copy_in_transaction (store, crew_id, monday, weeks, stats, error), error);
}

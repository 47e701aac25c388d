/* ovs-shift-edit.c — manual changes to a roster: an extra shift, a changed time or task, a shift handed
 * to someone else, two people swapped, a shift removed. Each is an override (is_override = 1) that
 * regeneration keeps, raises the shift's sequence (so calendars take the change), and is one
 * transaction with one audit row. Removed shifts stay, cancelled, for the STATUS:CANCELLED export. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "crews/ovs-roster-private.h"
#include "crews/ovs-shift-private.h"
#include "store/ovs-version-private.h"

typedef struct
{
  gint64    id;
  gint64    crew_id;
  gint64    employee_id;
  char     *date;
  char     *start_time;
  char     *end_time;
  int       break_minutes;
  gboolean  cancelled;
} Row;

static void
row_clear (Row *row)
{
  g_free (row->date);
  g_free (row->start_time);
  g_free (row->end_time);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Row, row_clear)

/* Loads the shift with @uid and checks that the user may plan its crew. */
static gboolean
load_row (OvsStore *store, const char *uid, Row *row, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, crew_id, employee_id, date, start_time, end_time, "
                                                 "break_minutes, cancelled FROM shift WHERE uid = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, uid ? uid : "");
  if ((found = ovs_stmt_next (stmt, &local)))
    {
      row->id = ovs_stmt_get_int64 (stmt, 0);
      row->crew_id = ovs_stmt_get_int64 (stmt, 1);
      row->employee_id = ovs_stmt_get_int64 (stmt, 2);
      row->date = ovs_stmt_dup_text (stmt, 3);
      row->start_time = ovs_stmt_dup_text (stmt, 4);
      row->end_time = ovs_stmt_dup_text (stmt, 5);
      row->break_minutes = ovs_stmt_get_int (stmt, 6);
      row->cancelled = ovs_stmt_get_int (stmt, 7) != 0;
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (!found)
    return (g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                         _("shift: there is no shift with UID “%s”"), uid ? uid : ""), FALSE);
  return ovs_store_require_crew (store, row->crew_id, error);
}

static gboolean
validate_times (const char *start, const char *end, int break_minutes, GError **error)
{
  int s, e;

  if (!ovs_parse_time (start, "start", &s, error) || !ovs_parse_time (end, "end", &e, error))
    return FALSE;
  if (e <= s)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                         _("end: %s is not after start %s"), end, start), FALSE);
  if (break_minutes < 0 || break_minutes >= e - s)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                         _("break: %d minutes is not shorter than the shift of %d minutes"), break_minutes, e - s),
            FALSE);
  return TRUE;
}

static gboolean
employee_exists (OvsStore *store, gint64 employee_id, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT 1 FROM employee WHERE id = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  found = ovs_stmt_next (stmt, &local);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (!found)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                 _("employee: there is no employee %lld"), (long long) employee_id);
  return found;
}

/* FALSE when the database failed: a uid not known to be free is not free. */
static gboolean
uid_taken (OvsStore *store, const char *uid, gboolean *taken, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT 1 FROM shift WHERE uid = ?", error);
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, uid);
  *taken = ovs_stmt_next (stmt, &local);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

/* "c3-e7-20250401-x0730@overstap", with "-2", "-3", … when that is taken: never a row id. */
char *
ovs_shift_extra_uid (OvsStore *store, gint64 crew_id, gint64 employee_id, const char *date, const char *start,
                     GError **error)
{
  g_autofree char *base = ovs_roster_uid (crew_id, employee_id, date, 0);
  g_autofree char *stem = g_strndup (base, strlen (base) - strlen ("p0@overstap"));
  int minutes = 0;
  g_autofree char *hhmm = (ovs_parse_time (start, NULL, &minutes, NULL),
                           g_strdup_printf ("%02d%02d", minutes / 60, minutes % 60));
  g_autofree char *uid = g_strdup_printf ("%sx%s@overstap", stem, hhmm);
  gboolean taken;

  for (int n = 2; uid_taken (store, uid, &taken, error); n++)
    {
      if (!taken)
        return g_steal_pointer (&uid);
      g_free (uid);
      uid = g_strdup_printf ("%sx%s-%d@overstap", stem, hhmm, n);
    }
  return NULL;
}

/* Inserts the shift and gives its id, or 0. */
gint64
ovs_shift_insert_extra (OvsStore *store, const char *uid, gint64 crew_id, gint64 employee_id, const char *date,
              const char *start, const char *end, int break_minutes, const char *task, const char *location,
              GError **error)
{
  g_autofree char *now = ovs_roster_now ();
  OvsStmt *stmt = ovs_store_prepare (store,
    "INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task, location, "
    "is_override, updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id", error);
  gint64 id;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, uid);
  ovs_stmt_bind_int64 (stmt, 2, crew_id);
  ovs_stmt_bind_int64 (stmt, 3, employee_id);
  ovs_stmt_bind_text (stmt, 4, date);
  ovs_stmt_bind_text (stmt, 5, start);
  ovs_stmt_bind_text (stmt, 6, end);
  ovs_stmt_bind_int (stmt, 7, break_minutes);
  ovs_stmt_bind_text_or_null (stmt, 8, task);
  ovs_stmt_bind_text_or_null (stmt, 9, location);
  ovs_stmt_bind_text (stmt, 10, now);
  ovs_stmt_bind_text (stmt, 11, ovs_vocab_code (OVS_TYPE_SHIFT_ORIGIN, OVS_SHIFT_ORIGIN_MANUAL));
  return ovs_stmt_run_returning_id (stmt, &id, error) ? id : 0;
}

static gboolean
add_in_transaction (OvsStore *store, const char *uid, gint64 crew_id, gint64 employee_id, const char *date,
                    const char *start_time, const char *end_time, int break_minutes, const char *task,
                    const char *location, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  gint64 id;

  json_object_set_string_member (changes, "uid", uid);
  json_object_set_int_member (changes, "crew_id", crew_id);
  json_object_set_int_member (changes, "employee_id", employee_id);
  json_object_set_string_member (changes, "date", date);
  json_object_set_string_member (changes, "start_time", start_time);
  json_object_set_string_member (changes, "end_time", end_time);
  if ((id = ovs_shift_insert_extra (store, uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task,
                          location, error)) == 0 ||
      !ovs_store_audit (store, "insert", "shift", id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "shift");
  return TRUE;
}

/* The employee and the free UID are looked up in the transaction that inserts. */
static char *
add_checked (OvsStore *store, gint64 crew_id, gint64 employee_id, const char *date, const char *start_time,
             const char *end_time, int break_minutes, const char *task, const char *location, GError **error)
{
  g_autofree char *uid = NULL;
  GDate day;

  if (!employee_exists (store, employee_id, error))
    return NULL;
  if (date == NULL || !ovs_date_from_iso (date, &day))
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                         _("date: “%s” is not a date"), date ? date : ""), NULL);
  if (!validate_times (start_time, end_time, break_minutes, error))
    return NULL;
  if ((uid = ovs_shift_extra_uid (store, crew_id, employee_id, date, start_time, error)) == NULL)
    return NULL;
  if (!add_in_transaction (store, uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task,
                           location, error))
    return NULL;
  return g_steal_pointer (&uid);
}

char *
ovs_roster_shift_add (OvsStore *store, gint64 crew_id, gint64 employee_id, const char *date, const char *start_time,
                      const char *end_time, int break_minutes, const char *task, const char *location, GError **error)
{
  g_autofree char *uid = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require_crew (store, crew_id, error) || !ovs_store_begin (store, error))
    return NULL;
  uid = add_checked (store, crew_id, employee_id, date, start_time, end_time, break_minutes, task, location, error);
  return ovs_store_finish (store, uid != NULL, error) ? g_steal_pointer (&uid) : NULL;
}

static gboolean
write_change (OvsStore *store, gint64 id, gint64 employee_id, const char *start, const char *end, int break_minutes,
              const OvsShiftChange *change, GError **error)
{
  g_autofree char *now = ovs_roster_now ();
  OvsStmt *stmt = ovs_store_prepare (store,
    "UPDATE shift SET employee_id = ?1, start_time = ?2, end_time = ?3, break_minutes = ?4, "
    "task = CASE WHEN ?5 <> 0 THEN ?6 ELSE task END, location = CASE WHEN ?7 <> 0 THEN ?8 ELSE location END, "
    "is_override = 1, sequence = sequence + 1, updated_at = ?9 WHERE id = ?10", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text (stmt, 2, start);
  ovs_stmt_bind_text (stmt, 3, end);
  ovs_stmt_bind_int (stmt, 4, break_minutes);
  ovs_stmt_bind_int (stmt, 5, change != NULL && change->task != NULL);
  ovs_stmt_bind_text_or_null (stmt, 6, change ? change->task : NULL);
  ovs_stmt_bind_int (stmt, 7, change != NULL && change->location != NULL);
  ovs_stmt_bind_text_or_null (stmt, 8, change ? change->location : NULL);
  ovs_stmt_bind_text (stmt, 9, now);
  ovs_stmt_bind_int64 (stmt, 10, id);
  return ovs_stmt_run (stmt, error);
}

static void
changes_to_json (JsonObject *o, const char *uid, const OvsShiftChange *c)
{
  json_object_set_string_member (o, "uid", uid);
  if (c->employee_id != 0)
    json_object_set_int_member (o, "employee_id", c->employee_id);
  if (c->start_time != NULL)
    json_object_set_string_member (o, "start_time", c->start_time);
  if (c->end_time != NULL)
    json_object_set_string_member (o, "end_time", c->end_time);
  if (c->break_minutes >= 0)
    json_object_set_int_member (o, "break_minutes", c->break_minutes);
  if (c->task != NULL)
    json_object_set_string_member (o, "task", c->task);
  if (c->location != NULL)
    json_object_set_string_member (o, "location", c->location);
}

/* What the change leaves alone is taken from the row as it is inside the transaction that writes. */
static gboolean
change_in_transaction (OvsStore *store, const char *uid, const OvsShiftChange *change, GError **error)
{
  g_auto(Row) row = { 0 };
  g_autoptr(JsonObject) changes = json_object_new ();
  const char *start, *end;
  gint64 employee_id;
  int break_minutes;

  if (!load_row (store, uid, &row, error) ||
      !ovs_store_check_version (store, "shift", row.id, change->version, error))
    return FALSE;
  if (row.cancelled)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                         _("shift: %s was removed; add a new shift instead"), uid), FALSE);
  start = change->start_time ? change->start_time : row.start_time;
  end = change->end_time ? change->end_time : row.end_time;
  break_minutes = change->break_minutes >= 0 ? change->break_minutes : row.break_minutes;
  employee_id = change->employee_id != 0 ? change->employee_id : row.employee_id;
  if (!validate_times (start, end, break_minutes, error) || !employee_exists (store, employee_id, error))
    return FALSE;
  changes_to_json (changes, uid, change);
  if (!write_change (store, row.id, employee_id, start, end, break_minutes, change, error) ||
      !ovs_store_audit (store, "update", "shift", row.id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "shift");
  return TRUE;
}

gboolean
ovs_roster_shift_change (OvsStore *store, const char *uid, const OvsShiftChange *change, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);
  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, change_in_transaction (store, uid, change, error), error);
}

gboolean
ovs_shift_cancel_row (OvsStore *store, gint64 id, GError **error)
{
  g_autofree char *now = ovs_roster_now ();
  OvsStmt *stmt = ovs_store_prepare (store, "UPDATE shift SET cancelled = 1, is_override = 1, "
                                                 "sequence = sequence + 1, updated_at = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, now);
  ovs_stmt_bind_int64 (stmt, 2, id);
  return ovs_stmt_run (stmt, error);
}

static gboolean
remove_in_transaction (OvsStore *store, const char *uid, GError **error)
{
  g_auto(Row) row = { 0 };
  g_autoptr(JsonObject) changes = json_object_new ();

  if (!load_row (store, uid, &row, error))
    return FALSE;
  if (row.cancelled)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                         _("shift: %s was already removed"), uid), FALSE);
  json_object_set_string_member (changes, "uid", uid);
  json_object_set_boolean_member (changes, "cancelled", TRUE);
  if (!ovs_shift_cancel_row (store, row.id, error) ||
      !ovs_store_audit (store, "remove", "shift", row.id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "shift");
  return TRUE;
}

gboolean
ovs_roster_shift_remove (OvsStore *store, const char *uid, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, remove_in_transaction (store, uid, error), error);
}

static gboolean
swap_rows (OvsStore *store, Row *a, Row *b, const char *uid_a, const char *uid_b, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();

  json_object_set_string_member (changes, "uid", uid_a);
  json_object_set_string_member (changes, "with_uid", uid_b);
  json_object_set_int_member (changes, "employee_id", b->employee_id);
  json_object_set_int_member (changes, "with_employee_id", a->employee_id);
  return write_change (store, a->id, b->employee_id, a->start_time, a->end_time, a->break_minutes, NULL, error) &&
         write_change (store, b->id, a->employee_id, b->start_time, b->end_time, b->break_minutes, NULL, error) &&
         ovs_store_audit (store, "swap", "shift", a->id, changes, error);
}

static gboolean
swap_in_transaction (OvsStore *store, const char *uid_a, const char *uid_b, GError **error)
{
  g_auto(Row) a = { 0 };
  g_auto(Row) b = { 0 };

  if (!load_row (store, uid_a, &a, error) || !load_row (store, uid_b, &b, error))
    return FALSE;
  if (a.cancelled || b.cancelled || a.crew_id != b.crew_id || a.employee_id == b.employee_id)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("swap: %s and %s must be two active shifts of two different people in the same crew"),
                   uid_a, uid_b);
      return FALSE;
    }
  if (!swap_rows (store, &a, &b, uid_a, uid_b, error))
    return FALSE;
  ovs_store_emit_changed (store, "shift");
  return TRUE;
}

gboolean
ovs_roster_shift_swap (OvsStore *store, const char *uid_a, const char *uid_b, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, swap_in_transaction (store, uid_a, uid_b, error), error);
}

char *
ovs_roster_shift_find (OvsStore *store, gint64 crew_id, gint64 employee_id, const char *date, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT uid FROM shift WHERE crew_id = ? AND employee_id = ? "
                                                 "AND date = ? AND cancelled = 0 ORDER BY start_time, uid", error);
  g_autoptr(GStrvBuilder) found = g_strv_builder_new ();
  g_auto(GStrv) uids = NULL;
  g_autofree char *day = ovs_date_iso_to_display (date);

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (stmt == NULL || !ovs_store_require_crew (store, crew_id, error))
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, crew_id);
  ovs_stmt_bind_int64 (stmt, 2, employee_id);
  ovs_stmt_bind_text (stmt, 3, date ? date : "");
  while (ovs_stmt_next (stmt, &local))
    g_strv_builder_add (found, ovs_stmt_get_text (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  uids = g_strv_builder_end (found);
  if (g_strv_length (uids) == 1)
    return g_strdup (uids[0]);
  if (uids[0] == NULL)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND, _("date: there is no shift on %s for that person"),
                 day);
  else
    {
      g_autofree char *list = g_strjoinv (", ", uids);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE,
                   _("date: there are several shifts on %s for that person; name one with --uid (%s)"), day, list);
    }
  return NULL;
}

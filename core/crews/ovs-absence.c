/* ovs-absence.c — registering, ending and listing absences.
 *
 * Who may: kwartiermaker and hr anything. A teamleider registers absences for the people of their own
 * crews (they take the call when someone reports sick) and whole-day or part-day absences of their own
 * crews, but not everybody's public holidays. Sickness and medical appointments are health data (AVG
 * art. 9): a teamleider records "absent" and never a health kind, and sees those HR recorded as
 * "absent", without the note. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "crews/ovs-roster-private.h"
#include "store/ovs-version-private.h"

/* Is @employee_id a member of one of the user's crews at some time in [@from, @to]? FALSE with @error
 * set when the database failed: not knowing is not "not in a crew". */
static gboolean
in_own_crew (OvsStore *store, gint64 employee_id, const char *from, const char *to, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT crew_id FROM crew_membership WHERE employee_id = ? AND start_date <= ? "
    "AND (end_date IS NULL OR end_date >= ?)", error);
  g_autoptr(GError) local = NULL;
  gboolean own = FALSE;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text (stmt, 2, to);
  ovs_stmt_bind_text (stmt, 3, from);
  while (!own && ovs_stmt_next (stmt, &local))
    own = ovs_store_can_edit_crew (store, ovs_stmt_get_int64 (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return own;
}

static gboolean
may_record_kind (OvsStore *store, const char *kind, GError **error)
{
  if (kind == NULL || !ovs_absence_kind_is_health (kind) || ovs_store_can (store, OVS_PERM_EDIT_EMPLOYEES))
    return TRUE;
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED,
               _("%s (role %s) may not record sickness or medical appointments: record “%s”; HR records the "
                 "reason"), ovs_store_get_user (store), ovs_role_to_string (ovs_store_get_role (store)),
               ovs_vocab_code (OVS_TYPE_ABSENCE_KIND, OVS_ABSENCE_KIND_ABSENT));
  return FALSE;
}

static gboolean
may_register (OvsStore *store, const OvsAbsenceFields *f, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  g_autoptr(GError) local = NULL;

  if (ovs_store_can (store, OVS_PERM_EDIT_EMPLOYEES))
    return TRUE;
  if (!may_record_kind (store, f->kind, error))
    return FALSE;
  if (f->employee_id == 0 && f->crew_id != 0)
    return ovs_store_require_crew (store, f->crew_id, error);
  if (f->employee_id != 0 && (in_own_crew (store, f->employee_id, f->start_date, f->end_date, &local) ||
                              (local == NULL && in_own_crew (store, f->employee_id, today, today, &local))))
    return TRUE;
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (f->employee_id == 0)
    return ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error);
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED,
               _("%s (role %s) may only register absences of people in their own crews"),
               ovs_store_get_user (store), ovs_role_to_string (ovs_store_get_role (store)));
  return FALSE;
}

static gboolean
validate_dates (const OvsAbsenceFields *f, GError **error)
{
  GDate date;
  int start, end;

  if (f->start_date == NULL || !ovs_date_from_iso (f->start_date, &date))
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                         _("from: “%s” is not a date"), f->start_date ? f->start_date : ""), FALSE);
  if (f->end_date == NULL || !ovs_date_from_iso (f->end_date, &date))
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                         _("to: “%s” is not a date"), f->end_date ? f->end_date : ""), FALSE);
  if (g_strcmp0 (f->end_date, f->start_date) < 0)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                         _("to: %s is before from: %s"), f->end_date, f->start_date), FALSE);
  if ((f->start_time == NULL) != (f->end_time == NULL))
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                         _("start and end: give both times for part of a day, or neither for whole days")), FALSE);
  if (f->start_time == NULL)
    return TRUE;
  if (!ovs_parse_time (f->start_time, "start", &start, error) || !ovs_parse_time (f->end_time, "end", &end, error))
    return FALSE;
  if (end <= start)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                         _("end: %s is not after start %s"), f->end_time, f->start_time), FALSE);
  return TRUE;
}

static gboolean
validate (OvsStore *store, const OvsAbsenceFields *f, GError **error)
{
  if (!ovs_vocab_require (OVS_TYPE_ABSENCE_KIND, "kind", f->kind, error))
    return FALSE;
  if (f->employee_id == 0 && f->crew_id == 0 &&
      !ovs_vocab_is (OVS_TYPE_ABSENCE_KIND, f->kind, OVS_ABSENCE_KIND_HOLIDAY))
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                         _("kind: an absence for everybody must be a holiday, not “%s”"), f->kind), FALSE);
  return validate_dates (f, error);
}

static void
fields_to_json (JsonObject *o, const OvsAbsenceFields *f)
{
  if (f->employee_id != 0)
    json_object_set_int_member (o, "employee_id", f->employee_id);
  if (f->crew_id != 0)
    json_object_set_int_member (o, "crew_id", f->crew_id);
  json_object_set_string_member (o, "kind", f->kind);
  json_object_set_string_member (o, "start_date", f->start_date);
  json_object_set_string_member (o, "end_date", f->end_date);
  json_object_set_string_member (o, "start_time", f->start_time);
  json_object_set_string_member (o, "end_time", f->end_time);
  /* The note of a sickness may be medical; the audit log only records that there is one. */
  if (f->note != NULL)
    json_object_set_string_member (o, "note", ovs_absence_kind_is_health (f->kind) ? "…" : f->note);
}

static gint64
insert_absence (OvsStore *store, const OvsAbsenceFields *fields, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO absence (employee_id, crew_id, kind, start_date, end_date, "
                                            "start_time, end_time, note, source_uid) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", error);
  gint64 id;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_int_or_null (stmt, 1, fields->employee_id != 0, fields->employee_id);
  ovs_stmt_bind_int_or_null (stmt, 2, fields->crew_id != 0, fields->crew_id);
  ovs_stmt_bind_text (stmt, 3, fields->kind);
  ovs_stmt_bind_text (stmt, 4, fields->start_date);
  ovs_stmt_bind_text (stmt, 5, fields->end_date);
  ovs_stmt_bind_text_or_null (stmt, 6, fields->start_time);
  ovs_stmt_bind_text_or_null (stmt, 7, fields->end_time);
  ovs_stmt_bind_text_or_null (stmt, 8, fields->note);
  ovs_stmt_bind_text_or_null (stmt, 9, fields->source_uid);
  fields_to_json (changes, fields);
  if (!ovs_stmt_run_returning_id (stmt, &id, error) ||
      !ovs_store_audit (store, "insert", "absence", id, changes, error))
    return 0;
  ovs_store_emit_changed (store, "absence");
  return id;
}

gint64
ovs_absence_add (OvsStore *store, const OvsAbsenceFields *fields, GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);
  if (!validate (store, fields, error) || !ovs_store_begin (store, error))
    return 0;
  /* A teamleider's right rests on crew memberships: read them in the transaction that writes. */
  id = may_register (store, fields, error) ? insert_absence (store, fields, error) : 0;
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

static gboolean
load_for_end (OvsStore *store, gint64 id, OvsAbsenceFields *f, char **start, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT employee_id, crew_id, start_date FROM absence WHERE id = ?",
                                          error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (!ovs_stmt_next (stmt, error))
    {
      ovs_stmt_reset (stmt);
      if (error == NULL || *error == NULL)
        g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND, _("There is no absence %lld"), (long long) id);
      return FALSE;
    }
  f->employee_id = ovs_stmt_get_int64 (stmt, 0);
  f->crew_id = ovs_stmt_get_int64 (stmt, 1);
  *start = ovs_stmt_dup_text (stmt, 2);
  ovs_stmt_reset (stmt);
  return TRUE;
}

/* The absence is read, compared with the version the caller read and written in one transaction. */
static gboolean
end_in_transaction (OvsStore *store, gint64 absence_id, const char *end_date, gint64 version, GError **error)
{
  OvsAbsenceFields f = { 0 };
  g_autofree char *start = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;
  GDate date;

  if (!load_for_end (store, absence_id, &f, &start, error) ||
      !ovs_store_check_version (store, "absence", absence_id, version, error))
    return FALSE;
  f.start_date = start;
  f.end_date = end_date;
  if (end_date == NULL || !ovs_date_from_iso (end_date, &date))
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                         _("to: “%s” is not a date"), end_date ? end_date : ""), FALSE);
  if (g_strcmp0 (end_date, start) < 0)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                         _("to: %s is before the absence's start %s"), end_date, start), FALSE);
  if (!may_register (store, &f, error) ||
      (stmt = ovs_store_prepare (store, "UPDATE absence SET end_date = ? WHERE id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, end_date);
  ovs_stmt_bind_int64 (stmt, 2, absence_id);
  json_object_set_string_member (changes, "end_date", end_date);
  if (!ovs_stmt_run (stmt, error) || !ovs_store_audit (store, "end", "absence", absence_id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "absence");
  return TRUE;
}

gboolean
ovs_absence_end (OvsStore *store, gint64 absence_id, const char *end_date, gint64 version, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_in_transaction (store, absence_id, end_date, version, error), error);
}

static JsonObject *
row_to_json (OvsStore *store, OvsStmt *stmt)
{
  JsonObject *o = json_object_new ();
  const char *kind = ovs_stmt_get_text (stmt, 6);
  gboolean health = ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
  gboolean hidden = ovs_absence_kind_is_health (kind) && !health;

  json_object_set_int_member (o, "id", ovs_stmt_get_int64 (stmt, 0));
  if (ovs_stmt_is_null (stmt, 1))
    json_object_set_null_member (o, "employee_id");
  else
    json_object_set_int_member (o, "employee_id", ovs_stmt_get_int64 (stmt, 1));
  json_object_set_string_member (o, "personnel_number", ovs_stmt_get_text (stmt, 2));
  json_object_set_string_member (o, "name", ovs_stmt_get_text (stmt, 3));
  if (ovs_stmt_is_null (stmt, 4))
    json_object_set_null_member (o, "crew_id");
  else
    json_object_set_int_member (o, "crew_id", ovs_stmt_get_int64 (stmt, 4));
  json_object_set_string_member (o, "crew", ovs_stmt_get_text (stmt, 5));
  json_object_set_string_member (o, "kind", ovs_absence_kind_shown (kind, health));
  json_object_set_string_member (o, "start_date", ovs_stmt_get_text (stmt, 7));
  json_object_set_string_member (o, "end_date", ovs_stmt_get_text (stmt, 8));
  json_object_set_string_member (o, "start_time", ovs_stmt_get_text (stmt, 9));
  json_object_set_string_member (o, "end_time", ovs_stmt_get_text (stmt, 10));
  json_object_set_string_member (o, "note", hidden ? NULL : ovs_stmt_get_text (stmt, 11));
  json_object_set_string_member (o, "source_uid", ovs_stmt_get_text (stmt, 12));
  return o;
}

/* A teamleider sees general absences, their crews' and those of people in their crews. */
static gboolean
visible (OvsStore *store, OvsStmt *stmt, GError **error)
{
  gint64 employee_id = ovs_stmt_get_int64 (stmt, 1), crew_id = ovs_stmt_get_int64 (stmt, 4);

  if (ovs_store_can (store, OVS_PERM_EDIT_EMPLOYEES) || (employee_id == 0 && crew_id == 0))
    return TRUE;
  if (employee_id == 0)
    return ovs_store_can_edit_crew (store, crew_id);
  return in_own_crew (store, employee_id, ovs_stmt_get_text (stmt, 7),
                      ovs_stmt_get_text (stmt, 8), error);
}

JsonArray *
ovs_absence_list (OvsStore *store, gint64 employee_id, const char *from, const char *to, GError **error)
{
  g_autoptr(JsonArray) rows = json_array_new ();
  g_autofree char *sql = NULL;
  g_autoptr(GError) local = NULL;
  gboolean shows_health = FALSE;
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error))
    return NULL;
  /* On a server a team leader reads through the views of ovs_store_employee_source() and
   * ovs_store_absence_source(): the database refuses them the kind and note columns themselves. */
  sql = g_strdup_printf (
    "SELECT a.id, a.employee_id, e.personnel_number, "
    "       e.first_name || ' ' || coalesce (e.name_prefix || ' ', '') || e.last_name, a.crew_id, c.name, a.kind, "
    "       a.start_date, a.end_date, a.start_time, a.end_time, a.note, a.source_uid "
    "FROM %s a LEFT JOIN %s e ON e.id = a.employee_id LEFT JOIN crew c ON c.id = a.crew_id "
    "WHERE (?1 = 0 OR a.employee_id = ?1 OR a.employee_id IS NULL) AND (?2 IS NULL OR a.end_date >= ?2) "
    "AND (?3 IS NULL OR a.start_date <= ?3) ORDER BY a.start_date, e.personnel_number NULLS FIRST, a.id",
    ovs_store_absence_source (store), ovs_store_employee_source (store));
  stmt = ovs_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text_or_null (stmt, 2, from);
  ovs_stmt_bind_text_or_null (stmt, 3, to);
  while (local == NULL && ovs_stmt_next (stmt, &local))
    if (visible (store, stmt, &local))
      {
        shows_health |= ovs_absence_kind_is_health (ovs_stmt_get_text (stmt, 6)) &&
                        ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
        json_array_add_object_element (rows, row_to_json (store, stmt));
      }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  /* One person's sickness looked up is a read of health data (the access log); the roster's view of
   * everybody's week is not one person's record and is not logged. */
  if (employee_id != 0 && shows_health &&
      !ovs_store_log_access (store, employee_id, OVS_HEALTH_SICKNESS, "absences", 1, error))
    return NULL;
  return g_steal_pointer (&rows);
}

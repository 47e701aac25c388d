/* ovs-crews.c — green crews: their details, their end, and the list with member counts. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/crews/ovs-crews.h"
#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-rows-private.h"
#include "store/ovs-store-private.h"
#include "store/ovs-version-private.h"

#define SELECT_CREWS \
  "SELECT c.id, c.name, c.team_leader_id, " OVS_SQL_EMPLOYEE_NAME " AS team_leader, " \
  "       e.personnel_number AS team_leader_personnel_number, c.area, c.vehicle, c.min_size, c.ended_on, " \
  "       (SELECT count(*) FROM crew_membership m WHERE m.crew_id = c.id AND m.start_date <= ?1 " \
  "          AND coalesce (m.end_date, '9999-12-31') >= ?1) AS member_count " \
  "FROM crew c LEFT JOIN employee e ON e.id = c.team_leader_id "

/* *@id is 0 when no crew has the name; FALSE only when the database failed. */
static gboolean
lookup (OvsStore *store, const char *name, gint64 *id, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id FROM crew WHERE name = ?", error);
  g_autoptr(GError) local = NULL;

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, name);
  if (ovs_stmt_next (stmt, &local))
    *id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

gint64
ovs_crews_find (OvsStore *store, const char *name, GError **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name ? name : ""));
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);

  if (!lookup (store, clean, &id, error))
    return 0;
  if (id == 0)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_CREW,
                 _("Unknown crew “%s”; see “overstap-cli list crews”"), clean);
  return id;
}

static JsonObject *
fetch_row (OvsStore *store, gint64 id, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *today = ovs_date_today_iso ();
  OvsStmt *stmt = ovs_store_prepare (store, SELECT_CREWS "WHERE c.id = ?2", error);
  JsonObject *row = NULL;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_int64 (stmt, 2, id);
  if (ovs_stmt_next (stmt, &local))
    row = ovs_row_json_from_stmt (stmt);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  if (row == NULL)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                 _("There is no crew with id %lld"), (long long) id);
  return row;
}

/* --- validation and saving --- */

static gboolean
check_fields (OvsStore *store, gint64 self_id, const OvsCrewFields *f, const char *name, GError **error)
{
  gint64 other;

  if (*name == '\0')
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("A crew needs a name"));
      return FALSE;
    }
  if (!lookup (store, name, &other, error))
    return FALSE;
  if (other != 0 && other != self_id)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE,
                   _("There is already a crew named “%s”"), name);
      return FALSE;
    }
  if (f->min_size < 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("The minimum size of crew “%s” cannot be negative (got %d)"), name, f->min_size);
      return FALSE;
    }
  if (f->team_leader_id != 0)
    {
      OvsEmployeeRef leader = { 0 };

      if (!ovs_rows_lookup_employee (store, f->team_leader_id, &leader, error))
        return FALSE;
      g_free (leader.label);
    }
  return TRUE;
}

static JsonObject *
build_row (const OvsCrewFields *f, const char *name)
{
  JsonObject *row = json_object_new ();

  json_object_set_string_member (row, "name", name);
  if (f->team_leader_id != 0)
    json_object_set_int_member (row, "team_leader_id", f->team_leader_id);
  else
    json_object_set_null_member (row, "team_leader_id");
  if (f->area != NULL && *f->area != '\0')
    json_object_set_string_member (row, "area", f->area);
  else
    json_object_set_null_member (row, "area");
  if (f->vehicle != NULL && *f->vehicle != '\0')
    json_object_set_string_member (row, "vehicle", f->vehicle);
  else
    json_object_set_null_member (row, "vehicle");
  json_object_set_int_member (row, "min_size", f->min_size);
  return row;
}

static const char *columns[] = { "name", "team_leader_id", "area", "vehicle", "min_size" };

/* Inserts @row (id 0) or updates crew @id to it, with its audit row, inside the caller's transaction. */
static gint64
save (OvsStore *store, gint64 id, JsonObject *before, JsonObject *row, GError **error)
{
  g_autoptr(JsonObject) changes = ovs_row_diff (before, row);
  OvsStmt *stmt = ovs_store_prepare (store, id == 0 ?
    "INSERT INTO crew (name, team_leader_id, area, vehicle, min_size) VALUES (?, ?, ?, ?, ?) RETURNING id" :
    "UPDATE crew SET name = ?, team_leader_id = ?, area = ?, vehicle = ?, min_size = ? WHERE id = ?", error);

  if (stmt == NULL)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    ovs_row_bind (stmt, (int) i + 1, row, columns[i]);
  if (id != 0)
    ovs_stmt_bind_int64 (stmt, G_N_ELEMENTS (columns) + 1, id);
  if (id == 0 ? !ovs_stmt_run_returning_id (stmt, &id, error) : !ovs_stmt_run (stmt, error))
    return 0;
  if (!ovs_store_audit (store, before ? "update" : "insert", "crew", id, changes, error))
    return 0;
  ovs_store_emit_changed (store, "crew");
  return id;
}

/* Checks @fields against the crews as they are (the name is free) and saves them, inside the
 * caller's transaction. */
static gint64
check_and_save (OvsStore *store, gint64 id, JsonObject *before, const OvsCrewFields *fields, GError **error)
{
  g_autofree char *name = g_strstrip (g_strdup (fields->name ? fields->name : ""));
  g_autoptr(JsonObject) row = NULL;

  if (!check_fields (store, id, fields, name, error))
    return 0;
  row = build_row (fields, name);
  return save (store, id, before, row, error);
}

gint64
ovs_crews_add (OvsStore *store, const OvsCrewFields *fields, GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  /* A teamleider runs the crews they were given; making new crews is for kwartiermaker and hr. */
  if (!ovs_store_require (store, OVS_PERM_EDIT_CREWS, error) || !ovs_store_begin (store, error))
    return 0;
  id = check_and_save (store, 0, NULL, fields, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

static gboolean
update_in_transaction (OvsStore *store, gint64 id, const OvsCrewFields *fields, GError **error)
{
  g_autoptr(JsonObject) before = fetch_row (store, id, error);

  return before != NULL && ovs_store_require_crew (store, id, error) &&
         ovs_store_check_version (store, "crew", id, fields->version, error) &&
         check_and_save (store, id, before, fields, error) != 0;
}

gboolean
ovs_crews_update (OvsStore *store, gint64 id, const OvsCrewFields *fields, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, update_in_transaction (store, id, fields, error), error);
}

OvsCrew *
ovs_crews_get (OvsStore *store, gint64 id, GError **error)
{
  g_autoptr(JsonObject) row = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error) || (row = fetch_row (store, id, error)) == NULL)
    return NULL;
  return OVS_CREW (ovs_crew_new_from_row (row));
}

JsonArray *
ovs_crews_list_json (OvsStore *store, const char *on_date, GError **error)
{
  g_autofree char *day = on_date ? g_strdup (on_date) : ovs_date_today_iso ();
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error) ||
      !ovs_rows_check_date (day, _("date"), TRUE, error) ||
      (stmt = ovs_store_prepare (store, SELECT_CREWS "ORDER BY c.name", error)) == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, day);
  return ovs_row_json_collect (stmt, error);
}

GListStore *
ovs_crews_list (OvsStore *store, const char *on_date, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_crews_list_json (store, on_date, error);

  return rows ? ovs_rows_to_list_store (rows, OVS_TYPE_CREW, ovs_crew_new_from_row) : NULL;
}

/* --- ending a crew --- */

static gboolean
check_no_later_members (OvsStore *store, gint64 id, const char *name, const char *ended_on, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT m.id, e.personnel_number, m.start_date FROM crew_membership m JOIN employee e ON e.id = m.employee_id "
    "WHERE m.crew_id = ? AND m.start_date > ? ORDER BY m.start_date LIMIT 1", error);
  gboolean ok = TRUE;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  ovs_stmt_bind_text (stmt, 2, ended_on);
  if (ovs_stmt_next (stmt, &local))
    {
      g_autofree char *end = ovs_date_iso_to_display (ended_on);
      g_autofree char *start = ovs_date_iso_to_display (ovs_stmt_get_text (stmt, 2));

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("Crew “%s” cannot end on %s: membership %lld of %s starts later, on %s"),
                   name, end, (long long) ovs_stmt_get_int64 (stmt, 0), ovs_stmt_get_text (stmt, 1), start);
      ok = FALSE;
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return ok;
}

static GArray *
running_memberships (OvsStore *store, gint64 id, const char *ended_on, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id FROM crew_membership "
                                                 "WHERE crew_id = ? AND coalesce (end_date, '9999-12-31') > ?", error);
  GArray *ids;

  if (stmt == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ovs_stmt_bind_int64 (stmt, 1, id);
  ovs_stmt_bind_text (stmt, 2, ended_on);
  while (ovs_stmt_next (stmt, &local))
    {
      gint64 member = ovs_stmt_get_int64 (stmt, 0);

      g_array_append_val (ids, member);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_array_unref (ids);
      return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
    }
  return ids;
}

/* Sets @column = @date on row @id of @table and writes the "end" audit row. */
static gboolean
set_end (OvsStore *store, const char *sql, const char *entity, const char *column, gint64 id, const char *date,
         GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, date);
  ovs_stmt_bind_int64 (stmt, 2, id);
  json_object_set_string_member (changes, column, date);
  return ovs_stmt_run (stmt, error) && ovs_store_audit (store, "end", entity, id, changes, error);
}

static gboolean
end_crew_and_members (OvsStore *store, gint64 id, const char *ended_on, GError **error)
{
  g_autoptr(GArray) members = running_memberships (store, id, ended_on, error);

  if (members == NULL)
    return FALSE;
  for (guint i = 0; i < members->len; i++)
    if (!set_end (store, "UPDATE crew_membership SET end_date = ? WHERE id = ?", "crew_membership", "end_date",
                  g_array_index (members, gint64, i), ended_on, error))
      return FALSE;
  return set_end (store, "UPDATE crew SET ended_on = ? WHERE id = ?", "crew", "ended_on", id, ended_on, error);
}

/* Reads the crew and its memberships inside the transaction that ends them, so that no membership
 * added meanwhile is left running in an ended crew. */
static gboolean
end_in_transaction (OvsStore *store, gint64 id, const char *date, GError **error)
{
  g_autoptr(JsonObject) before = fetch_row (store, id, error);
  const char *name, *already;

  if (before == NULL)
    return FALSE;
  name = ovs_row_get_string (before, "name");
  if ((already = ovs_row_get_string (before, "ended_on")) != NULL)
    {
      g_autofree char *shown = ovs_date_iso_to_display (already);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("Crew “%s” already ended on %s"), name, shown);
      return FALSE;
    }
  if (!check_no_later_members (store, id, name, date, error) || !end_crew_and_members (store, id, date, error))
    return FALSE;
  ovs_store_emit_changed (store, "crew");
  ovs_store_emit_changed (store, "crew_membership");
  return TRUE;
}

gboolean
ovs_crews_end (OvsStore *store, gint64 id, const char *ended_on, GError **error)
{
  g_autofree char *date = ended_on ? g_strdup (ended_on) : ovs_date_today_iso ();

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_CREWS, error) ||
      !ovs_rows_check_date (date, _("end date"), TRUE, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_in_transaction (store, id, date, error), error);
}

/* ovs-crew-memberships.c — who is in which crew, over time; one crew at a time per employee. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/crews/ovs-crew-memberships.h"
#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-rows-private.h"
#include "store/ovs-store-private.h"

#define SELECT_MEMBERSHIPS \
  "SELECT m.id, m.crew_id, c.name AS crew, m.employee_id, e.personnel_number, " \
  OVS_SQL_EMPLOYEE_NAME " AS employee_name, m.role, m.start_date, m.end_date " \
  "FROM crew_membership m JOIN crew c ON c.id = m.crew_id JOIN employee e ON e.id = m.employee_id "

static JsonObject *
fetch_row (OvsStore *store, gint64 id, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, SELECT_MEMBERSHIPS "WHERE m.id = ?", error);
  JsonObject *row = NULL;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (ovs_stmt_next (stmt, &local))
    row = ovs_row_json_from_stmt (stmt);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  if (row == NULL)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                 _("There is no crew membership with id %lld"), (long long) id);
  return row;
}

/* The crew's name and end date; an unknown id is OVS_VALIDATION_ERROR_UNKNOWN_CREW. */
static gboolean
lookup_crew (OvsStore *store, gint64 crew_id, char **name, char **ended_on, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT name, ended_on FROM crew WHERE id = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, crew_id);
  if ((found = ovs_stmt_next (stmt, &local)))
    {
      *name = ovs_stmt_dup_text (stmt, 0);
      *ended_on = ovs_stmt_dup_text (stmt, 1);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (!found)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_CREW,
                 _("There is no crew with id %lld"), (long long) crew_id);
  return found;
}

static gboolean
check_dates (const char *crew, const char *crew_end, const char *start, const char *end, GError **error)
{
  if (!ovs_rows_check_date (start, _("start date"), TRUE, error) ||
      !ovs_rows_check_date (end, _("end date"), FALSE, error))
    return FALSE;
  if (end != NULL && strcmp (end, start) < 0)
    {
      g_autofree char *shown_start = ovs_date_iso_to_display (start);
      g_autofree char *shown_end = ovs_date_iso_to_display (end);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("The end date %s is before the start date %s"), shown_end, shown_start);
      return FALSE;
    }
  if (crew_end != NULL && (end == NULL || strcmp (end, crew_end) > 0))
    {
      g_autofree char *shown = ovs_date_iso_to_display (crew_end);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("Crew “%s” ended on %s; a membership must end by then"), crew, shown);
      return FALSE;
    }
  return TRUE;
}

/* One crew at a time: any other membership of the employee that overlaps the period is refused. */
static gboolean
check_one_crew (OvsStore *store, gint64 self_id, const OvsEmployeeRef *employee, const char *start,
                const char *end, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT c.name, m.start_date, m.end_date FROM crew_membership m JOIN crew c ON c.id = m.crew_id "
    "WHERE m.employee_id = ?1 AND m.id != ?2 AND m.start_date <= coalesce (?4, '9999-12-31') "
    "  AND coalesce (m.end_date, '9999-12-31') >= ?3 ORDER BY m.start_date LIMIT 1", error);
  gboolean ok = TRUE;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employee->id);
  ovs_stmt_bind_int64 (stmt, 2, self_id);
  ovs_stmt_bind_text (stmt, 3, start);
  ovs_stmt_bind_text_or_null (stmt, 4, end);
  if (ovs_stmt_next (stmt, &local))
    {
      g_autofree char *from = ovs_rows_display_date (ovs_stmt_get_text (stmt, 1));
      g_autofree char *until = ovs_rows_display_date (ovs_stmt_get_text (stmt, 2));

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE,
                   _("%s is already in crew “%s” (%s – %s); an employee can be in one crew at a time"),
                   employee->label, ovs_stmt_get_text (stmt, 0), from, until);
      ok = FALSE;
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return ok;
}

/* Everything a membership must satisfy, for a new one (@self_id 0) and a changed one alike. */
static gboolean
validate (OvsStore *store, gint64 self_id, gint64 crew_id, gint64 employee_id, const char *start,
          const char *end, GError **error)
{
  g_autofree char *crew = NULL, *crew_end = NULL;
  OvsEmployeeRef employee = { 0 };
  gboolean ok;

  if (!lookup_crew (store, crew_id, &crew, &crew_end, error) || !ovs_store_require_crew (store, crew_id, error))
    return FALSE;
  if (!ovs_rows_lookup_employee (store, employee_id, &employee, error))
    return FALSE;
  ok = check_dates (crew, crew_end, start, end, error) &&
       check_one_crew (store, self_id, &employee, start, end, error);
  g_free (employee.label);
  return ok;
}

static gint64
insert (OvsStore *store, JsonObject *row, GError **error)
{
  static const char *columns[] = { "crew_id", "employee_id", "role", "start_date", "end_date" };
  g_autoptr(JsonObject) changes = ovs_row_diff (NULL, row);
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO crew_membership (crew_id, employee_id, role, "
                                                 "start_date, end_date) VALUES (?, ?, ?, ?, ?) RETURNING id", error);
  gint64 id;

  if (stmt == NULL)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    ovs_row_bind (stmt, (int) i + 1, row, columns[i]);
  if (!ovs_stmt_run_returning_id (stmt, &id, error))
    return 0;
  return ovs_store_audit (store, "insert", "crew_membership", id, changes, error) ? id : 0;
}

/* One crew at a time is checked inside the transaction that inserts the membership, so two
 * memberships added at once cannot both pass. */
static gint64
add_in_transaction (OvsStore *store, gint64 crew_id, gint64 employee_id, const char *role, const char *start_date,
                    const char *end_date, GError **error)
{
  g_autoptr(JsonObject) row = json_object_new ();
  gint64 id;

  if (!validate (store, 0, crew_id, employee_id, start_date, end_date, error))
    return 0;
  json_object_set_int_member (row, "crew_id", crew_id);
  json_object_set_int_member (row, "employee_id", employee_id);
  json_object_set_string_member (row, "role", role);
  json_object_set_string_member (row, "start_date", start_date);
  if (end_date != NULL)
    json_object_set_string_member (row, "end_date", end_date);
  else
    json_object_set_null_member (row, "end_date");
  if ((id = insert (store, row, error)) != 0)
    ovs_store_emit_changed (store, "crew_membership");
  return id;
}

gint64
ovs_crew_memberships_add (OvsStore *store, gint64 crew_id, gint64 employee_id, const char *role_text,
                          const char *start_date, const char *end_date, GError **error)
{
  const char *role = ovs_vocab_code (OVS_TYPE_CREW_ROLE, OVS_CREW_ROLE_MEMBER);
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);

  if (end_date != NULL && *end_date == '\0')
    end_date = NULL;
  if ((role_text != NULL && *role_text != '\0' &&
       !ovs_vocab_check (OVS_TYPE_CREW_ROLE, "role", role_text, &role, error)) ||
      !ovs_store_begin (store, error))
    return 0;
  id = add_in_transaction (store, crew_id, employee_id, role, start_date, end_date, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

static gboolean
update_end (OvsStore *store, gint64 id, const char *end_date, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "UPDATE crew_membership SET end_date = ? WHERE id = ?", error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, end_date);
  ovs_stmt_bind_int64 (stmt, 2, id);
  json_object_set_string_member (changes, "end_date", end_date);
  return ovs_stmt_run (stmt, error) &&
         ovs_store_audit (store, "end", "crew_membership", id, changes, error);
}

static gboolean
end_in_transaction (OvsStore *store, gint64 id, const char *end_date, GError **error)
{
  g_autoptr(JsonObject) row = fetch_row (store, id, error);

  if (row == NULL ||
      !validate (store, id, ovs_row_get_int (row, "crew_id", 0), ovs_row_get_int (row, "employee_id", 0),
                 ovs_row_get_string (row, "start_date"), end_date, error) ||
      !update_end (store, id, end_date, error))
    return FALSE;
  ovs_store_emit_changed (store, "crew_membership");
  return TRUE;
}

gboolean
ovs_crew_memberships_end (OvsStore *store, gint64 id, const char *end_date, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_rows_check_date (end_date, _("end date"), TRUE, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_in_transaction (store, id, end_date, error), error);
}

JsonArray *
ovs_crew_memberships_list_json (OvsStore *store, gint64 crew_id, const char *on_date, GError **error)
{
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  /* A teamleider sees the members of their own crews only; all crews at once is for the office. */
  if (crew_id == 0 ? !ovs_store_require (store, OVS_PERM_EDIT_CREWS, error)
                   : !ovs_store_require_crew (store, crew_id, error))
    return NULL;
  if (on_date != NULL && !ovs_rows_check_date (on_date, _("date"), TRUE, error))
    return NULL;
  stmt = ovs_store_prepare (store, SELECT_MEMBERSHIPS
    "WHERE (?1 = 0 OR m.crew_id = ?1) "
    "  AND (?2 IS NULL OR (m.start_date <= ?2 AND coalesce (m.end_date, '9999-12-31') >= ?2)) "
    "ORDER BY c.name, m.start_date, e.personnel_number, m.id", error);
  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, crew_id);
  ovs_stmt_bind_text_or_null (stmt, 2, on_date);
  return ovs_row_json_collect (stmt, error);
}

GListStore *
ovs_crew_memberships_list (OvsStore *store, gint64 crew_id, const char *on_date, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_crew_memberships_list_json (store, crew_id, on_date, error);

  return rows ? ovs_rows_to_list_store (rows, OVS_TYPE_CREW_MEMBERSHIP, ovs_crew_membership_new_from_row) : NULL;
}

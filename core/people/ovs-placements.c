/* ovs-placements.c — placements: validation, the contract-hours rule, and their history. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-organisations.h"
#include "overstap/people/ovs-placements.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-rows-private.h"
#include "store/ovs-store-private.h"
#include "store/ovs-version-private.h"

#define SELECT_PLACEMENTS \
  "SELECT p.id, p.employee_id, e.personnel_number, " OVS_SQL_EMPLOYEE_NAME " AS employee_name, " \
  "       p.kind, p.hirer_id, o.name AS hirer, p.location, p.minutes_per_week, p.hourly_rate_cents, " \
  "       p.start_date, p.end_date " \
  "FROM placement p JOIN employee e ON e.id = p.employee_id " \
  "LEFT JOIN organisation o ON o.id = p.hirer_id "

gboolean
ovs_placement_parse_hours (const char *text, int *minutes, GError **error)
{
  double hours;

  if (!ovs_parse_decimal (text, &hours, error))
    return FALSE;
  if (hours <= 0 || hours > 168)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("%s hours per week: a placement needs more than 0 hours per week"), text);
      return FALSE;
    }
  *minutes = (int) lround (hours * 60);
  return TRUE;
}

gboolean
ovs_placement_parse_rate (const char *text, gint64 *cents, GError **error)
{
  g_autofree char *copy = g_strdup (text ? text : "");
  g_autofree char *euros = NULL;
  double value;

  /* People write "€ 12,50" as often as "12,50". */
  euros = g_strstrip (g_strdup (g_str_has_prefix (copy, "€") ? copy + strlen ("€") : copy));
  if (!ovs_parse_decimal (euros, &value, error))
    return FALSE;
  if (value < 0 || fabs (value * 100 - round (value * 100)) > 1e-6)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER,
                   _("“%s” is not an amount in euros (at most two decimals, not negative)"), text);
      return FALSE;
    }
  *cents = (gint64) llround (value * 100);
  return TRUE;
}

/* --- validation --- */

static gboolean
check_hirer (OvsStore *store, const OvsPlacementFields *f, const char *kind, gint64 *hirer_id, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *ended_on = NULL;
  OvsStmt *stmt;

  *hirer_id = 0;
  if (f->hirer == NULL || *f->hirer == '\0')
    {
      if (ovs_vocab_is (OVS_TYPE_PLACEMENT_KIND, kind, OVS_PLACEMENT_KIND_SHELTERED_WORK))
        return TRUE;
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                   _("A placement of kind %s needs a hirer (the organisation the employee works for)"), kind);
      return FALSE;
    }
  if ((*hirer_id = ovs_organisations_find (store, f->hirer, error)) == 0)
    return FALSE;
  if ((stmt = ovs_store_prepare (store, "SELECT ended_on FROM organisation WHERE id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, *hirer_id);
  if (ovs_stmt_next (stmt, &local))
    ended_on = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (ended_on != NULL && f->start_date != NULL && strcmp (ended_on, f->start_date) < 0)
    {
      g_autofree char *shown = ovs_date_iso_to_display (ended_on);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("Hirer “%s” ended on %s, before the placement starts"), f->hirer, shown);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_hours_and_rate (const OvsPlacementFields *f, const OvsEmployeeRef *employee, GError **error)
{
  g_autofree char *hours = ovs_rows_format_hours (f->minutes_per_week);
  g_autofree char *contract = ovs_rows_format_hours (employee->contract_minutes);

  if (f->minutes_per_week <= 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("A placement needs more than 0 hours per week (got %s)"), hours);
      return FALSE;
    }
  if (f->minutes_per_week > employee->contract_minutes)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT,
                   _("%s hours per week is more than the %s contract hours of %s"),
                   hours, contract, employee->label);
      return FALSE;
    }
  if (f->has_hourly_rate && f->hourly_rate_cents < 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("The hourly rate cannot be negative"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_dates (const OvsPlacementFields *f, GError **error)
{
  if (!ovs_rows_check_date (f->start_date, _("start date"), TRUE, error) ||
      !ovs_rows_check_date (f->end_date, _("end date"), FALSE, error))
    return FALSE;
  if (f->end_date != NULL && *f->end_date != '\0' && strcmp (f->end_date, f->start_date) < 0)
    {
      g_autofree char *start = ovs_date_iso_to_display (f->start_date);
      g_autofree char *end = ovs_date_iso_to_display (f->end_date);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("The end date %s is before the start date %s"), end, start);
      return FALSE;
    }
  return TRUE;
}

/* --- saving --- */

static const char *columns[] = {
  "kind", "hirer_id", "location", "minutes_per_week", "hourly_rate_cents", "start_date", "end_date", "employee_id",
};

static void
set_text_or_null (JsonObject *row, const char *key, const char *text)
{
  if (text == NULL || *text == '\0')
    json_object_set_null_member (row, key);
  else
    json_object_set_string_member (row, key, text);
}

static JsonObject *
build_row (const OvsPlacementFields *f, const char *kind, gint64 hirer_id)
{
  JsonObject *row = json_object_new ();

  json_object_set_string_member (row, "kind", kind);
  if (hirer_id > 0)
    json_object_set_int_member (row, "hirer_id", hirer_id);
  else
    json_object_set_null_member (row, "hirer_id");
  set_text_or_null (row, "location", f->location);
  json_object_set_int_member (row, "minutes_per_week", f->minutes_per_week);
  if (f->has_hourly_rate)
    json_object_set_int_member (row, "hourly_rate_cents", f->hourly_rate_cents);
  else
    json_object_set_null_member (row, "hourly_rate_cents");
  json_object_set_string_member (row, "start_date", f->start_date);
  set_text_or_null (row, "end_date", f->end_date);
  json_object_set_int_member (row, "employee_id", f->employee_id);
  return row;
}

/* Checks @f and returns the row to store (the placement table's columns), or NULL. */
static JsonObject *
validate (OvsStore *store, gint64 self_id, const OvsPlacementFields *f, GError **error)
{
  OvsEmployeeRef employee = { 0 };
  g_autofree char *label = NULL;
  const char *kind = NULL;
  gint64 hirer_id = 0;

  if (!ovs_rows_lookup_employee (store, f->employee_id, &employee, error))
    return NULL;
  label = employee.label;
  if (!ovs_vocab_check (OVS_TYPE_PLACEMENT_KIND, "kind", f->kind, &kind, error) || !check_dates (f, error) ||
      !check_hirer (store, f, kind, &hirer_id, error) || !check_hours_and_rate (f, &employee, error) ||
      !ovs_placement_check_overlap (store, self_id, f, &employee, error))
    return NULL;
  return build_row (f, kind, hirer_id);
}

/* Inserts @row (id 0) or updates placement @id to it, with the audit row, inside the caller's
 * transaction. Returns the placement's id, or 0. */
static gint64
save (OvsStore *store, gint64 id, JsonObject *before, JsonObject *row, const char *action, GError **error)
{
  g_autoptr(JsonObject) changes = ovs_row_diff (before, row);
  OvsStmt *stmt = ovs_store_prepare (store, id == 0 ?
    "INSERT INTO placement (kind, hirer_id, location, minutes_per_week, hourly_rate_cents, start_date, "
    "end_date, employee_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id" :
    "UPDATE placement SET kind = ?, hirer_id = ?, location = ?, minutes_per_week = ?, hourly_rate_cents = ?, "
    "start_date = ?, end_date = ? WHERE employee_id = ? AND id = ?", error);

  if (stmt == NULL)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    ovs_row_bind (stmt, (int) i + 1, row, columns[i]);
  if (id != 0)
    ovs_stmt_bind_int64 (stmt, G_N_ELEMENTS (columns) + 1, id);
  if (id == 0 ? !ovs_stmt_run_returning_id (stmt, &id, error) : !ovs_stmt_run (stmt, error))
    return 0;
  if (!ovs_store_audit (store, action, "placement", id, changes, error))
    return 0;
  ovs_store_emit_changed (store, "placement");
  return id;
}

/* The contract-hours rule reads the employee's other placements: it is checked inside the same
 * transaction as the write, so two placements saved at once cannot together exceed the contract. */
static gint64
validate_and_save (OvsStore *store, gint64 id, JsonObject *before, const OvsPlacementFields *f,
                   const char *action, GError **error)
{
  g_autoptr(JsonObject) row = validate (store, id, f, error);

  return row != NULL ? save (store, id, before, row, action, error) : 0;
}

gint64
ovs_placements_add (OvsStore *store, const OvsPlacementFields *fields, GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!ovs_store_require (store, OVS_PERM_EDIT_PLACEMENTS, error) || !ovs_store_begin (store, error))
    return 0;
  id = validate_and_save (store, 0, NULL, fields, "insert", error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

static JsonObject *
fetch_row (OvsStore *store, gint64 id, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, SELECT_PLACEMENTS "WHERE p.id = ?", error);
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
                 _("There is no placement with id %lld"), (long long) id);
  return row;
}

static gboolean
update_in_transaction (OvsStore *store, gint64 id, const OvsPlacementFields *fields, GError **error)
{
  g_autoptr(JsonObject) before = fetch_row (store, id, error);
  OvsPlacementFields f;

  if (before == NULL || !ovs_store_check_version (store, "placement", id, fields->version, error))
    return FALSE;
  /* A placement belongs to one employee for good; another employee gets a placement of their own. */
  f = *fields;
  f.employee_id = ovs_row_get_int (before, "employee_id", 0);
  return validate_and_save (store, id, before, &f, "update", error) != 0;
}

gboolean
ovs_placements_update (OvsStore *store, gint64 id, const OvsPlacementFields *fields, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_PLACEMENTS, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, update_in_transaction (store, id, fields, error), error);
}

static gboolean
end_in_transaction (OvsStore *store, gint64 id, const char *end_date, GError **error)
{
  g_autoptr(JsonObject) before = fetch_row (store, id, error);
  OvsPlacementFields f = { 0 };

  if (before == NULL)
    return FALSE;
  f.employee_id = ovs_row_get_int (before, "employee_id", 0);
  f.kind = ovs_row_get_string (before, "kind");
  f.hirer = ovs_row_get_string (before, "hirer");
  f.location = ovs_row_get_string (before, "location");
  f.minutes_per_week = (int) ovs_row_get_int (before, "minutes_per_week", 0);
  f.has_hourly_rate = ovs_row_get_int (before, "hourly_rate_cents", -1) >= 0;
  f.hourly_rate_cents = ovs_row_get_int (before, "hourly_rate_cents", 0);
  f.start_date = ovs_row_get_string (before, "start_date");
  f.end_date = end_date;
  return validate_and_save (store, id, before, &f, "end", error) != 0;
}

gboolean
ovs_placements_end (OvsStore *store, gint64 id, const char *end_date, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_PLACEMENTS, error) ||
      !ovs_rows_check_date (end_date, _("end date"), TRUE, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_in_transaction (store, id, end_date, error), error);
}

OvsPlacement *
ovs_placements_get (OvsStore *store, gint64 id, GError **error)
{
  g_autoptr(JsonObject) row = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error) || (row = fetch_row (store, id, error)) == NULL)
    return NULL;
  return OVS_PLACEMENT (ovs_placement_new_from_row (row));
}

JsonArray *
ovs_placements_list_json (OvsStore *store, gint64 employee_id, GError **error)
{
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error))
    return NULL;
  stmt = ovs_store_prepare (store, SELECT_PLACEMENTS "WHERE ?1 = 0 OR p.employee_id = ?1 "
                                   "ORDER BY e.personnel_number, p.start_date, p.id", error);
  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  return ovs_row_json_collect (stmt, error);
}

GListStore *
ovs_placements_list (OvsStore *store, gint64 employee_id, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_placements_list_json (store, employee_id, error);

  return rows ? ovs_rows_to_list_store (rows, OVS_TYPE_PLACEMENT, ovs_placement_new_from_row) : NULL;
}

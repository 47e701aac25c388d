/* ovs-employee-history.c — indications, home municipalities, wage values and qualifications. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-employee-history.h"
#include "people/ovs-employee-private.h"
#include "store/ovs-row-json-private.h"

/* --- reading --- */

/* One JSON object per row, keyed by the column names; columns named is_* become booleans. */
static JsonArray *
rows_to_json (OvsStore *store, OvsStmt *stmt, GError **error)
{
  g_autoptr(JsonArray) rows = json_array_new ();
  GError *local = NULL;

  while (ovs_stmt_next (stmt, &local))
    {
      JsonObject *row = json_object_new ();

      for (int i = 0; i < ovs_stmt_column_count (stmt); i++)
        {
          const char *name = ovs_stmt_column_name (stmt, i);

          switch (ovs_stmt_column_kind (stmt, i))
            {
            case OVS_VALUE_NULL:
              json_object_set_null_member (row, name);
              break;
            case OVS_VALUE_INTEGER:
              if (g_str_has_prefix (name, "is_"))
                json_object_set_boolean_member (row, name, ovs_stmt_get_int (stmt, i) != 0);
              else
                json_object_set_int_member (row, name, ovs_stmt_get_int64 (stmt, i));
              break;
            case OVS_VALUE_FLOAT:
              json_object_set_double_member (row, name, ovs_stmt_get_double (stmt, i));
              break;
            default:
              json_object_set_string_member (row, name, ovs_stmt_get_text (stmt, i));
            }
        }
      json_array_add_object_element (rows, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* Checks @perm and the employee, then runs @sql with ?1 = the employee and ?2 = today. */
static JsonArray *
list_history (OvsStore *store, OvsPermission perm, gint64 employee_id, const char *sql, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, perm, error) || !ovs_employee_require_visible (store, employee_id, error))
    return NULL;
  if ((stmt = ovs_store_prepare (store, sql, error)) == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text (stmt, 2, today);
  return rows_to_json (store, stmt, error);
}

JsonArray *
ovs_employees_list_indications (OvsStore *store, gint64 employee_id, GError **error)
{
  /* The deadline is filled in C, where date arithmetic means the same for every engine; the NULL
   * column keeps its place among the members. */
  JsonArray *rows = list_history (store, OVS_PERM_VIEW_HEALTH, employee_id,
    "SELECT id, category, indication_date, valid_until, NULL AS reindication_deadline, "
    "  CASE WHEN indication_date = (SELECT max (indication_date) FROM indication WHERE employee_id = ?1) "
    "       THEN 1 ELSE 0 END AS is_current "
    "FROM indication WHERE employee_id = ?1 ORDER BY indication_date", error);

  if (rows != NULL)
    ovs_row_json_add_days (rows, "valid_until", -OVS_REINDICATION_LEAD_DAYS, "reindication_deadline");
  /* Health data (AVG art. 9): each read is written to the access log. */
  if (rows != NULL && !ovs_store_log_access (store, employee_id, OVS_HEALTH_INDICATION, "indications", 1, error))
    g_clear_pointer (&rows, json_array_unref);
  return rows;
}

JsonArray *
ovs_employees_list_home_municipalities (OvsStore *store, gint64 employee_id, GError **error)
{
  /* Where someone lives is not what a roster needs: OVS_PERM_VIEW_PERSONAL. */
  return list_history (store, OVS_PERM_VIEW_PERSONAL, employee_id,
    "SELECT id, municipality, valid_from, "
    "  CASE WHEN valid_from = (SELECT max (valid_from) FROM home_municipality WHERE employee_id = ?1) "
    "       THEN 1 ELSE 0 END AS is_current "
    "FROM home_municipality WHERE employee_id = ?1 ORDER BY valid_from", error);
}

JsonArray *
ovs_employees_list_wage_values (OvsStore *store, gint64 employee_id, GError **error)
{
  JsonArray *rows = list_history (store, OVS_PERM_VIEW_HEALTH, employee_id,
    "SELECT id, measured_on, method, percentage FROM wage_value "
    "WHERE employee_id = ?1 ORDER BY measured_on, id", error);

  if (rows != NULL && !ovs_store_log_access (store, employee_id, OVS_HEALTH_WAGE_VALUE, "wage values", 1, error))
    g_clear_pointer (&rows, json_array_unref);
  return rows;
}

JsonArray *
ovs_employees_list_qualifications (OvsStore *store, gint64 employee_id, GError **error)
{
  return list_history (store, OVS_PERM_VIEW_EMPLOYEES, employee_id,
    "SELECT id, kind, detail, obtained_on, valid_until, "
    "  CASE WHEN valid_until IS NULL OR valid_until >= ?2 THEN 1 ELSE 0 END AS is_valid "
    "FROM qualification WHERE employee_id = ?1 ORDER BY kind, obtained_on NULLS FIRST, id", error);
}

/* --- writing --- */

/* Runs a prepared `INSERT … RETURNING id` and its audit row inside the caller's transaction; returns
 * the new row's id or 0. */
static gint64
insert_and_audit (OvsStore *store, OvsStmt *stmt, const char *entity, JsonObject *changes, GError **error)
{
  gint64 id;

  if (!ovs_stmt_run_returning_id (stmt, &id, error) || !ovs_store_audit (store, "insert", entity, id, changes, error))
    return 0;
  ovs_store_emit_changed (store, entity);
  return id;
}

/* Fails with DATE_ORDER when @end is before @start (either may be NULL). */
static gboolean
check_order (const char *start, const char *end, const char *column, GError **error)
{
  if (start == NULL || end == NULL || strcmp (end, start) >= 0)
    return TRUE;
  return ovs_employee_invalid (NULL, column, error, OVS_VALIDATION_ERROR_DATE_ORDER,
                               _("The end date %s is before the start date %s"), end, start);
}

/* FALSE when the database failed: a date not known to be free is not free. */
static gboolean
indication_date_taken (OvsStore *store, gint64 employee_id, const char *date, gboolean *taken, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT 1 FROM indication WHERE employee_id = ? AND indication_date = ?", error);
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text (stmt, 2, date);
  *taken = ovs_stmt_next (stmt, &local);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

/* Each change below checks the employee (and an indication date still free, a qualification's start)
 * in the transaction that writes it: begin, then *_in_transaction(), then ovs_store_finish(). */
static gint64
add_indication_in_transaction (OvsStore *store, gint64 employee_id, const char *category,
                               const char *indication_date, const char *valid_until, GError **error)
{
  g_autofree char *date = NULL;
  g_autofree char *until = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();
  const char *code = NULL;
  gboolean taken;
  OvsStmt *stmt;

  if (!ovs_employee_require_exists (store, employee_id, error) ||
      !ovs_parse_category (category, &code, error) ||
      !ovs_employee_check_date (indication_date, "indicatiedatum", N_("indication date"), TRUE, &date, NULL, error) ||
      !ovs_employee_check_date (valid_until, "indicatie_geldig_tot", N_("indication end date"), FALSE, &until,
                                NULL, error) ||
      !check_order (date, until, "indicatie_geldig_tot", error))
    return 0;
  if (!indication_date_taken (store, employee_id, date, &taken, error))
    return 0;
  if (taken)
    return ovs_employee_invalid (NULL, "indicatiedatum", error, OVS_VALIDATION_ERROR_DUPLICATE,
                                 _("There is already an indication dated %s"), date);
  if ((stmt = ovs_store_prepare (store, "INSERT INTO indication (employee_id, category, indication_date, "
                                        "valid_until) VALUES (?, ?, ?, ?) RETURNING id", error)) == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text (stmt, 2, code);
  ovs_stmt_bind_text (stmt, 3, date);
  ovs_stmt_bind_text_or_null (stmt, 4, until);
  json_object_set_int_member (changes, "employee_id", employee_id);
  json_object_set_string_member (changes, "category", code);
  json_object_set_string_member (changes, "indication_date", date);
  ovs_employee_json_text (changes, "valid_until", until);
  return insert_and_audit (store, stmt, "indication", changes, error);
}

gint64
ovs_employees_add_indication (OvsStore *store, gint64 employee_id, const char *category,
                              const char *indication_date, const char *valid_until, GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);

  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error) || !ovs_store_begin (store, error))
    return 0;
  id = add_indication_in_transaction (store, employee_id, category, indication_date, valid_until, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

static gint64
add_wage_value_in_transaction (OvsStore *store, gint64 employee_id, const char *measured_on, const char *method,
                               double percentage, GError **error)
{
  g_autofree char *date = NULL;
  g_autofree char *how = g_strstrip (g_strdup (method ? method : ""));
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;

  if (!ovs_employee_require_exists (store, employee_id, error) ||
      !ovs_employee_check_date (measured_on, "meetdatum", N_("measurement date"), TRUE, &date, NULL, error))
    return 0;
  if (*how == '\0')
    return ovs_employee_invalid (NULL, "methode", error, OVS_VALIDATION_ERROR_REQUIRED,
                                 _("The %s is missing"), _("measurement method"));
  if (!(percentage >= 0 && percentage <= 100))
    return ovs_employee_invalid (NULL, "percentage", error, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                                 _("A wage value of %g%% is outside 0 to 100"), percentage);
  if ((stmt = ovs_store_prepare (store, "INSERT INTO wage_value (employee_id, measured_on, method, percentage) "
                                        "VALUES (?, ?, ?, ?) RETURNING id", error)) == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text (stmt, 2, date);
  ovs_stmt_bind_text (stmt, 3, how);
  ovs_stmt_bind_double (stmt, 4, percentage);
  json_object_set_int_member (changes, "employee_id", employee_id);
  json_object_set_string_member (changes, "measured_on", date);
  json_object_set_string_member (changes, "method", how);
  json_object_set_double_member (changes, "percentage", percentage);
  return insert_and_audit (store, stmt, "wage_value", changes, error);
}

gint64
ovs_employees_add_wage_value (OvsStore *store, gint64 employee_id, const char *measured_on, const char *method,
                              double percentage, GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);

  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error) ||
      !ovs_store_require (store, OVS_PERM_VIEW_HEALTH, error) || !ovs_store_begin (store, error))
    return 0;
  id = add_wage_value_in_transaction (store, employee_id, measured_on, method, percentage, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

static gboolean
check_kind (const char *kind, const char *detail, GError **error)
{
  g_autofree char *kinds = NULL;

  if (ovs_vocab_require (OVS_TYPE_QUALIFICATION_KIND, "kind", kind, NULL))
    {
      if (ovs_vocab_is (OVS_TYPE_QUALIFICATION_KIND, kind, OVS_QUALIFICATION_KIND_MACHINE) && detail == NULL)
        return ovs_employee_invalid (NULL, "omschrijving", error, OVS_VALIDATION_ERROR_REQUIRED,
                                     _("A machine certificate needs the machine it is for, e.g. “bosmaaier”"));
      return TRUE;
    }
  kinds = ovs_vocab_codes_joined (OVS_TYPE_QUALIFICATION_KIND, NULL);
  return ovs_employee_invalid (NULL, "soort", error, OVS_VALIDATION_ERROR_INVALID_VALUE,
                               _("“%s” is not a qualification (%s)"), kind ? kind : "", kinds);
}

static gint64
add_qualification_in_transaction (OvsStore *store, gint64 employee_id, const char *kind, const char *detail,
                                  const char *obtained_on, const char *valid_until, GError **error)
{
  g_autofree char *what = g_strstrip (g_strdup (detail ? detail : ""));
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;

  if (*what == '\0')
    g_clear_pointer (&what, g_free);
  if (!ovs_employee_require_exists (store, employee_id, error) ||
      !check_kind (kind, what, error) ||
      !ovs_employee_check_date (obtained_on, "behaald_op", N_("date obtained"), FALSE, &from, NULL, error) ||
      !ovs_employee_check_date (valid_until, "geldig_tot", N_("expiry date"), FALSE, &until, NULL, error) ||
      !check_order (from, until, "geldig_tot", error))
    return 0;
  if ((stmt = ovs_store_prepare (store, "INSERT INTO qualification (employee_id, kind, detail, obtained_on, "
                                        "valid_until) VALUES (?, ?, ?, ?, ?) RETURNING id", error)) == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text (stmt, 2, kind);
  ovs_stmt_bind_text_or_null (stmt, 3, what);
  ovs_stmt_bind_text_or_null (stmt, 4, from);
  ovs_stmt_bind_text_or_null (stmt, 5, until);
  json_object_set_int_member (changes, "employee_id", employee_id);
  json_object_set_string_member (changes, "kind", kind);
  ovs_employee_json_text (changes, "detail", what);
  ovs_employee_json_text (changes, "obtained_on", from);
  ovs_employee_json_text (changes, "valid_until", until);
  return insert_and_audit (store, stmt, "qualification", changes, error);
}

gint64
ovs_employees_add_qualification (OvsStore *store, gint64 employee_id, const char *kind, const char *detail,
                                 const char *obtained_on, const char *valid_until, GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);

  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error) || !ovs_store_begin (store, error))
    return 0;
  id = add_qualification_in_transaction (store, employee_id, kind, detail, obtained_on, valid_until, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

static gboolean
load_obtained_on (OvsStore *store, gint64 qualification_id, char **obtained_on, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT obtained_on FROM qualification WHERE id = ?", error);
  g_autoptr(GError) local = NULL;
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, qualification_id);
  found = ovs_stmt_next (stmt, &local);
  if (found)
    *obtained_on = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (!found)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                 _("There is no qualification with id %lld"), (long long) qualification_id);
  return found;
}

static gboolean
end_qualification_in_transaction (OvsStore *store, gint64 qualification_id, const char *date, GError **error)
{
  g_autofree char *obtained_on = NULL;
  g_autofree char *end = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;

  if (!load_obtained_on (store, qualification_id, &obtained_on, error) ||
      !ovs_employee_check_date (date, "geldig_tot", N_("end date"), TRUE, &end, NULL, error) ||
      !check_order (obtained_on, end, "geldig_tot", error) ||
      (stmt = ovs_store_prepare (store, "UPDATE qualification SET valid_until = ? WHERE id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, end);
  ovs_stmt_bind_int64 (stmt, 2, qualification_id);
  json_object_set_string_member (changes, "valid_until", end);
  if (!ovs_stmt_run (stmt, error) || !ovs_store_audit (store, "end", "qualification", qualification_id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "qualification");
  return TRUE;
}

gboolean
ovs_employees_end_qualification (OvsStore *store, gint64 qualification_id, const char *date, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_qualification_in_transaction (store, qualification_id, date, error), error);
}

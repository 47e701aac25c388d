/* ovs-employee-lifecycle.c — ending an employment, the status, and moves between municipalities. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-employees.h"
#include "people/ovs-employee-private.h"

#define ENDED ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ENDED)

/* The employment start and status of employee @id (owned strings). */
static gboolean
load_employment (OvsStore *store, gint64 id, char **start, char **status, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT employment_start, status FROM employee WHERE id = ?",
                                          error);
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (!ovs_stmt_next (stmt, &local))
    {
      ovs_stmt_reset (stmt);
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                   _("There is no employee with id %lld"), (long long) id);
      return FALSE;
    }
  *start = ovs_stmt_dup_text (stmt, 0);
  *status = ovs_stmt_dup_text (stmt, 1);
  ovs_stmt_reset (stmt);
  return TRUE;
}

/* Runs one UPDATE of employee @id with two text parameters and its audit row, inside the caller's
 * transaction. */
static gboolean
update_and_audit (OvsStore *store, const char *sql, gint64 id, const char *a, const char *b,
                  const char *action, JsonObject *changes, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, a);
  ovs_stmt_bind_text_or_null (stmt, 2, b);
  ovs_stmt_bind_int64 (stmt, 3, id);
  if (!ovs_stmt_run (stmt, error) || !ovs_store_audit (store, action, "employee", id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "employee");
  return TRUE;
}

/* Each change below reads the employee in the transaction that writes it: an employment ended
 * meanwhile is not given a status again, and the end is checked against the start as stored. */
static gboolean
end_in_transaction (OvsStore *store, gint64 id, const char *end_date, GError **error)
{
  g_autofree char *start = NULL;
  g_autofree char *status = NULL;
  g_autofree char *date = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();

  if (!load_employment (store, id, &start, &status, error) ||
      !ovs_employee_check_date (end_date, "uit_dienst", N_("end date"), TRUE, &date, NULL, error))
    return FALSE;
  if (strcmp (date, start) < 0)
    return ovs_employee_invalid (NULL, "uit_dienst", error, OVS_VALIDATION_ERROR_DATE_ORDER,
                                 _("The employment cannot end on %s, before it started on %s"), date, start);
  json_object_set_string_member (changes, "employment_end", date);
  json_object_set_string_member (changes, "status", ENDED);
  return update_and_audit (store, "UPDATE employee SET employment_end = ?1, status = ?2 WHERE id = ?3",
                           id, date, ENDED, "end", changes, error);
}

/* Any stored status but ended may be set: an employment ends with its date, through ovs_employees_end(). */
static gboolean
may_set (const char *status)
{
  return ovs_vocab_require (OVS_TYPE_EMPLOYEE_STATUS, "status", status, NULL) &&
         !ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, status, OVS_EMPLOYEE_STATUS_ENDED);
}

static gboolean
not_settable (const char *status, GError **error)
{
  const char * const *codes = ovs_vocab_codes (OVS_TYPE_EMPLOYEE_STATUS);
  g_autoptr(GString) settable = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    if (may_set (codes[i]))
      g_string_append_printf (settable, "%s%s", settable->len > 0 ? ", " : "", codes[i]);
  return ovs_employee_invalid (NULL, "status", error, OVS_VALIDATION_ERROR_INVALID_VALUE,
                               _("“%s” is not a status (%s)"), status ? status : "", settable->str);
}

gboolean
ovs_employees_end (OvsStore *store, gint64 id, const char *end_date, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_in_transaction (store, id, end_date, error), error);
}

static gboolean
set_status_in_transaction (OvsStore *store, gint64 id, const char *status, GError **error)
{
  g_autofree char *start = NULL;
  g_autofree char *current = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();

  if (!load_employment (store, id, &start, &current, error))
    return FALSE;
  if (!may_set (status))
    return not_settable (status, error);
  if (g_str_equal (current, ENDED))
    return ovs_employee_invalid (NULL, "status", error, OVS_VALIDATION_ERROR_INVALID_VALUE,
                                 _("The employment has ended; its status cannot change to %s"), status);
  if (g_str_equal (current, status))
    return TRUE;
  json_object_set_string_member (changes, "status", status);
  return update_and_audit (store, "UPDATE employee SET status = ?1 WHERE id = ?3",
                           id, status, NULL, "status", changes, error);
}

gboolean
ovs_employees_set_status (OvsStore *store, gint64 id, const char *status, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, set_status_in_transaction (store, id, status, error), error);
}

static gboolean
move_in_transaction (OvsStore *store, gint64 id, const char *name, const char *valid_from, GError **error)
{
  g_autofree char *date = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;

  if (!ovs_employee_require_exists (store, id, error))
    return FALSE;
  if (*name == '\0')
    return ovs_employee_invalid (NULL, "woongemeente", error, OVS_VALIDATION_ERROR_REQUIRED,
                                 _("The %s is missing"), _("home municipality"));
  if (!ovs_employee_check_date (valid_from, "geldig_vanaf", N_("start date"), FALSE, &date, NULL, error))
    return FALSE;
  if (date == NULL)
    date = ovs_date_today_iso ();
  stmt = ovs_store_prepare (store,
    "INSERT INTO home_municipality (employee_id, municipality, valid_from) VALUES (?, ?, ?) "
    "ON CONFLICT (employee_id, valid_from) DO UPDATE SET municipality = excluded.municipality", error);
  if (stmt == NULL)
    return FALSE;
  json_object_set_string_member (changes, "municipality", name);
  json_object_set_string_member (changes, "valid_from", date);
  ovs_stmt_bind_int64 (stmt, 1, id);
  ovs_stmt_bind_text (stmt, 2, name);
  ovs_stmt_bind_text (stmt, 3, date);
  if (!ovs_stmt_run (stmt, error) || !ovs_store_audit (store, "move", "employee", id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "employee");
  return TRUE;
}

gboolean
ovs_employees_set_home_municipality (OvsStore *store, gint64 id, const char *municipality,
                                     const char *valid_from, GError **error)
{
  g_autofree char *name = g_strstrip (g_strdup (municipality ? municipality : ""));

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, move_in_transaction (store, id, name, valid_from, error), error);
}

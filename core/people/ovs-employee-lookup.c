/* ovs-employee-lookup.c — "the employee the user means": a personnel number, or a part of one
 * employee's name, as people type it into a form. One rule, so that every form that asks for an
 * employee accepts and refuses the same texts. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-employees.h"
#include "people/ovs-employee-private.h"

/* Counts the employees the role may see whose full name contains @needle (casefolded) into
 * *@matches, stopping at two: more than one is all a caller needs to know. *@found is the first one's
 * id. A team leader matches only the people of their own crews: that a name outside them exists, or
 * fits one person, is not theirs to learn either. */
static gboolean
match_names (OvsStore *store, const char *needle, gint64 *found, guint *matches, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT e.id, e.first_name, e.name_prefix, e.last_name FROM employee e "
                                            "WHERE " OVS_EMPLOYEE_IN_SCOPE (1, 2), error);
  GError *local = NULL;

  *found = 0;
  *matches = 0;
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text_or_null (stmt, 1, ovs_store_crew_scope (store));
  ovs_stmt_bind_text (stmt, 2, today);
  while (*matches < 2 && ovs_stmt_next (stmt, &local))
    {
      g_autofree char *name = ovs_employee_format_full_name (ovs_stmt_get_text (stmt, 1),
                                                             ovs_stmt_get_text (stmt, 2),
                                                             ovs_stmt_get_text (stmt, 3));
      g_autofree char *folded = g_utf8_casefold (name, -1);

      if (strstr (folded, needle) != NULL && (*matches)++ == 0)
        *found = ovs_stmt_get_int64 (stmt, 0);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/* The employee with @personnel_number among those the role may see (see match_names()), or 0. */
/* *@id is 0 when no employee in scope has the number; FALSE only when the database failed. */
static gboolean
find_number (OvsStore *store, const char *personnel_number, gint64 *id, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT e.id FROM employee e WHERE e.personnel_number = ?3 AND "
                                            OVS_EMPLOYEE_IN_SCOPE (1, 2), error);
  g_autoptr(GError) local = NULL;

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text_or_null (stmt, 1, ovs_store_crew_scope (store));
  ovs_stmt_bind_text (stmt, 2, today);
  ovs_stmt_bind_text (stmt, 3, personnel_number);
  if (ovs_stmt_next (stmt, &local))
    *id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

gint64
ovs_employees_lookup (OvsStore *store, const char *text, GError **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *needle = NULL;
  gint64 found;
  guint matches;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);

  /* Names and personnel numbers are what the employee list shows every role. */
  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error))
    return 0;
  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*trimmed == '\0')
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                   _("Fill in the employee's personnel number or name"));
      return 0;
    }
  if (!find_number (store, trimmed, &found, error))
    return 0;
  if (found != 0)
    return found;
  needle = g_utf8_casefold (trimmed, -1);
  if (!match_names (store, needle, &found, &matches, error))
    return 0;
  if (matches == 1)
    return found;
  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
               matches == 0 ? _("No employee has the personnel number or name “%s”")
                            : _("“%s” fits several employees; type the personnel number"), trimmed);
  return 0;
}

/* ovs-employee-list.c — the employee list (one query for all rows) and the re-indication list. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-employees.h"
#include "people/ovs-employee-private.h"

/* Columns 0-4 are numbers; 5 onwards the texts in OvsEmployeeText order. The current home
 * municipality, indication, crew membership and transfer case come from correlated subqueries that
 * each use an index on employee_id, so the whole list is a single pass over employee. ?1 is today. */
#define LIST_SELECT \
  "SELECT e.id, e.employer_id, e.contract_minutes, e.salary_scale, e.salary_step, " \
  "  e.personnel_number, e.first_name, e.name_prefix, e.last_name, e.birth_date, e.bsn, e.residence, " \
  "  (SELECT h.municipality FROM home_municipality h WHERE h.employee_id = e.id " \
  "   ORDER BY h.valid_from DESC LIMIT 1), " \
  "  i.category, i.valid_until, o.name, e.employment_start, e.employment_end, e.employment_type, e.status, " \
  "  (SELECT c.name FROM crew_membership m JOIN crew c ON c.id = m.crew_id " \
  "   WHERE m.employee_id = e.id AND m.start_date <= ?1 AND (m.end_date IS NULL OR m.end_date >= ?1) " \
  "   ORDER BY m.start_date DESC LIMIT 1), " \
  "  w.name, e.wsw_since, " \
  "  (SELECT t.status FROM transfer_case t WHERE t.employee_id = e.id) " \
  "FROM employee e JOIN organisation o ON o.id = e.employer_id " \
  "LEFT JOIN organisation w ON w.id = e.work_organisation_id " \
  "LEFT JOIN indication i ON i.id = (SELECT x.id FROM indication x WHERE x.employee_id = e.id " \
  "                                  ORDER BY x.indication_date DESC LIMIT 1) "

#define FIRST_TEXT_COLUMN 5

static OvsEmployee *
row_from_statement (OvsStmt *stmt, const OvsEmployeeVisibility *visibility)
{
  const char *texts[OVS_EMPLOYEE_TRANSFER_STATUS + 1];

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    texts[i] = ovs_stmt_get_text (stmt, FIRST_TEXT_COLUMN + (int) i);
  return ovs_employee_new_from_row (ovs_stmt_get_int64 (stmt, 0), ovs_stmt_get_int64 (stmt, 1),
                                    ovs_stmt_get_int (stmt, 2),
                                    ovs_stmt_is_null (stmt, 3) ? -1 : ovs_stmt_get_int (stmt, 3),
                                    ovs_stmt_is_null (stmt, 4) ? -1 : ovs_stmt_get_int (stmt, 4),
                                    texts, visibility);
}

static void
get_visibility (OvsStore *store, OvsEmployeeVisibility *visibility)
{
  visibility->view_bsn = ovs_store_can (store, OVS_PERM_VIEW_BSN);
  visibility->view_health = ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
}

GListStore *
ovs_employees_list (OvsStore *store, GError **error)
{
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = ovs_date_today_iso ();
  OvsEmployeeVisibility visibility;
  OvsStmt *stmt;
  GError *local = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error))
    return NULL;
  stmt = ovs_store_prepare (store, LIST_SELECT "ORDER BY e.last_name, e.first_name, e.personnel_number", error);
  if (stmt == NULL)
    return NULL;
  get_visibility (store, &visibility);
  ovs_stmt_bind_text (stmt, 1, today);
  while (ovs_stmt_next (stmt, &local))
    g_ptr_array_add (rows, row_from_statement (stmt, &visibility));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  /* One splice, so that a bound view sees a single items-changed. */
  list = g_list_store_new (OVS_TYPE_EMPLOYEE);
  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return g_steal_pointer (&list);
}

OvsEmployee *
ovs_employees_get (OvsStore *store, gint64 id, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  OvsEmployeeVisibility visibility;
  OvsEmployee *employee = NULL;
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error))
    return NULL;
  stmt = ovs_store_prepare (store, LIST_SELECT "WHERE e.id = ?2", error);
  if (stmt == NULL)
    return NULL;
  get_visibility (store, &visibility);
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_int64 (stmt, 2, id);
  if (ovs_stmt_next (stmt, NULL))
    employee = row_from_statement (stmt, &visibility);
  ovs_stmt_reset (stmt);
  if (employee == NULL)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                 _("There is no employee with id %lld"), (long long) id);
  return employee;
}

JsonArray *
ovs_employees_list_json (OvsStore *store, GError **error)
{
  g_autoptr(GListStore) list = ovs_employees_list (store, error);
  JsonArray *array;
  guint n;

  if (list == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  array = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvsEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), i);

      json_array_add_object_element (array, ovs_employee_to_json (employee));
    }
  return array;
}

/* --- re-indications --- */

/* Wsw employees still employed, with the current (latest) indication: ?1 today, ?2 the last end of
 * validity to include. The deadline and the days left are computed in C, where date arithmetic
 * means the same whatever the engine; a deadline is a fixed number of days before the end, so
 * ordering by the end orders by the deadline. */
#define REINDICATION_SQL \
  "SELECT e.id, e.personnel_number, e.first_name, e.name_prefix, e.last_name, o.name, i.category, " \
  "  i.valid_until, r.requested_on, r.decision " \
  "FROM employee e JOIN organisation o ON o.id = e.employer_id " \
  "JOIN indication i ON i.id = (SELECT x.id FROM indication x WHERE x.employee_id = e.id " \
  "                             ORDER BY x.indication_date DESC LIMIT 1) " \
  "LEFT JOIN reindication_request r ON r.id = (SELECT y.id FROM reindication_request y " \
  "  WHERE y.employee_id = e.id AND y.requested_on >= i.indication_date ORDER BY y.requested_on DESC LIMIT 1) " \
  "WHERE e.employment_type = ?3 AND e.status != ?4 " \
  "  AND (e.employment_end IS NULL OR e.employment_end >= ?1) " \
  "  AND i.valid_until IS NOT NULL AND i.valid_until <= ?2 " \
  "ORDER BY i.valid_until, e.last_name, e.first_name"

static JsonObject *
reindication_from_statement (OvsStmt *stmt, const char *today)
{
  JsonObject *row = json_object_new ();
  g_autofree char *name = ovs_employee_format_display_name (ovs_stmt_get_text (stmt, 2),
                                                           ovs_stmt_get_text (stmt, 3),
                                                           ovs_stmt_get_text (stmt, 4));
  g_autofree char *deadline = ovs_date_iso_add_days (ovs_stmt_get_text (stmt, 7), -OVS_REINDICATION_LEAD_DAYS);
  gint days_left = 0;

  ovs_date_iso_days_between (today, deadline, &days_left);
  json_object_set_int_member (row, "id", ovs_stmt_get_int64 (stmt, 0));
  json_object_set_string_member (row, "personnel_number", ovs_stmt_get_text (stmt, 1));
  json_object_set_string_member (row, "name", name);
  json_object_set_string_member (row, "employer", ovs_stmt_get_text (stmt, 5));
  json_object_set_string_member (row, "category", ovs_stmt_get_text (stmt, 6));
  json_object_set_string_member (row, "valid_until", ovs_stmt_get_text (stmt, 7));
  json_object_set_string_member (row, "deadline", deadline);
  json_object_set_int_member (row, "days_left", days_left);
  /* The request made for this indication and UWV's decision; an indication that has ended without a
   * request made by the deadline is flagged. */
  ovs_employee_json_text (row, "requested_on", ovs_stmt_get_text (stmt, 8));
  ovs_employee_json_text (row, "decision", ovs_stmt_get_text (stmt, 9));
  json_object_set_boolean_member (row, "flagged",
                                  strcmp (ovs_stmt_get_text (stmt, 7), today) < 0 &&
                                  (ovs_stmt_is_null (stmt, 8) || strcmp (ovs_stmt_get_text (stmt, 8), deadline) > 0));
  return row;
}

JsonArray *
ovs_employees_reindications (OvsStore *store, int within_weeks, GError **error)
{
  g_autoptr(JsonArray) rows = json_array_new ();
  g_autofree char *today = NULL;
  g_autofree char *horizon = NULL;
  OvsStmt *stmt;
  GDate date;
  GError *local = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_HEALTH, error))
    return NULL;
  if (within_weeks < 0 || within_weeks > 520)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("%d weeks is outside 0 to 520"), within_weeks);
      return NULL;
    }
  ovs_date_today (&date);
  today = ovs_date_to_iso (&date);
  /* The horizon is the last deadline; the query filters on the end of validity behind it. */
  g_date_add_days (&date, (guint) within_weeks * 7 + OVS_REINDICATION_LEAD_DAYS);
  horizon = ovs_date_to_iso (&date);
  if ((stmt = ovs_store_prepare (store, REINDICATION_SQL, error)) == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_text (stmt, 2, horizon);
  ovs_stmt_bind_text (stmt, 3, ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_WSW));
  ovs_stmt_bind_text (stmt, 4, ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ENDED));
  while (ovs_stmt_next (stmt, &local))
    json_array_add_object_element (rows, reindication_from_statement (stmt, today));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

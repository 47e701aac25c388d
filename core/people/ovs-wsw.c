/* ovs-wsw.c — employments that end: at the AOW age (the Wsw employment ends by law on the day the
 * AOW age is reached) or on their own end date; the list ahead and the ending itself. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-aow.h"
#include "overstap/people/ovs-wsw.h"
#include "people/ovs-employee-private.h"

#define RUNNING_SQL \
  "SELECT e.id, e.personnel_number, e.first_name, e.name_prefix, e.last_name, o.name, " \
  "  coalesce (w.name, o.name), e.employment_type, e.birth_date, e.employment_end " \
  "FROM employee e JOIN organisation o ON o.id = e.employer_id " \
  "LEFT JOIN organisation w ON w.id = e.work_organisation_id " \
  "WHERE e.status != ?1 ORDER BY e.id"

/* The last working day of a running employment and why: its own end, or the day before the AOW date
 * when that comes first. */
static const char *
last_day (OvsStmt *stmt, char **aow, char **end)
{
  g_autofree char *aow_last = ovs_aow_last_working_day_iso (ovs_stmt_get_text (stmt, 8));
  const char *own = ovs_stmt_get_text (stmt, 9);

  *aow = ovs_aow_date_iso (ovs_stmt_get_text (stmt, 8));
  if (aow_last != NULL && (own == NULL || strcmp (aow_last, own) < 0))
    {
      *end = g_steal_pointer (&aow_last);
      return "aow";
    }
  *end = g_strdup (own);
  return own != NULL ? "employment_end" : NULL;
}

static JsonObject *
ending_row (OvsStmt *stmt, const char *reason, const char *aow, const char *end, const char *today)
{
  JsonObject *row = json_object_new ();
  g_autofree char *name = ovs_employee_format_display_name (ovs_stmt_get_text (stmt, 2), ovs_stmt_get_text (stmt, 3),
                                                           ovs_stmt_get_text (stmt, 4));
  gint days = 0;

  ovs_date_iso_days_between (today, end, &days);
  json_object_set_int_member (row, "id", ovs_stmt_get_int64 (stmt, 0));
  json_object_set_string_member (row, "personnel_number", ovs_stmt_get_text (stmt, 1));
  json_object_set_string_member (row, "name", name);
  json_object_set_string_member (row, "employer", ovs_stmt_get_text (stmt, 5));
  json_object_set_string_member (row, "work_organisation", ovs_stmt_get_text (stmt, 6));
  json_object_set_string_member (row, "employment_type", ovs_stmt_get_text (stmt, 7));
  json_object_set_string_member (row, "end_date", end);
  json_object_set_string_member (row, "reason", reason);
  json_object_set_string_member (row, "aow_date", aow);
  json_object_set_int_member (row, "days_left", days);
  return row;
}

static gint
compare_end (gconstpointer a, gconstpointer b)
{
  JsonObject *x = *(JsonObject **) a, *y = *(JsonObject **) b;
  int order = strcmp (json_object_get_string_member (x, "end_date"), json_object_get_string_member (y, "end_date"));

  return order != 0 ? order : strcmp (json_object_get_string_member (x, "name"),
                                      json_object_get_string_member (y, "name"));
}

JsonArray *
ovs_wsw_ending (OvsStore *store, int within_months, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autofree char *today = ovs_date_today_iso ();
  g_autofree char *horizon = NULL;
  JsonArray *rows;
  OvsStmt *stmt;
  GDate date;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error))
    return NULL;
  if (within_months < 0 || within_months > 600)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("%d months is outside 0 to 600"), within_months);
      return NULL;
    }
  ovs_date_today (&date);
  g_date_add_months (&date, (guint) within_months);
  horizon = ovs_date_to_iso (&date);
  if ((stmt = ovs_store_prepare (store, RUNNING_SQL, error)) == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ENDED));
  while (ovs_stmt_next (stmt, &local))
    {
      g_autofree char *aow = NULL, *end = NULL;
      const char *reason = last_day (stmt, &aow, &end);

      if (reason != NULL && strcmp (end, horizon) <= 0)
        g_ptr_array_add (found, ending_row (stmt, reason, aow, end, today));
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  g_ptr_array_sort (found, compare_end);
  rows = json_array_sized_new (found->len);
  for (guint i = 0; i < found->len; i++)
    json_array_add_object_element (rows, json_object_ref (g_ptr_array_index (found, i)));
  return rows;
}

/* The running employments whose AOW date is on or before @today, as (id, last working day) pairs. */
static GPtrArray *
past_aow (OvsStore *store, const char *today, GError **error)
{
  g_autoptr(GError) local = NULL;
  GPtrArray *due = g_ptr_array_new_with_free_func (g_free);
  OvsStmt *stmt = ovs_store_prepare (store, RUNNING_SQL, error);

  if (stmt == NULL)
    return (g_ptr_array_unref (due), NULL);
  ovs_stmt_bind_text (stmt, 1, ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ENDED));
  while (ovs_stmt_next (stmt, &local))
    {
      g_autofree char *aow = ovs_aow_date_iso (ovs_stmt_get_text (stmt, 8));
      g_autofree char *last = ovs_aow_last_working_day_iso (ovs_stmt_get_text (stmt, 8));

      if (aow != NULL && strcmp (aow, today) <= 0)
        {
          g_ptr_array_add (due, g_strdup_printf ("%" G_GINT64_FORMAT, ovs_stmt_get_int64 (stmt, 0)));
          g_ptr_array_add (due, g_steal_pointer (&last));
        }
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_ptr_array_unref (due);
      return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
    }
  return due;
}

int
ovs_wsw_end_at_aow (OvsStore *store, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  g_autoptr(GPtrArray) due = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), -1);
  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error) || !ovs_store_begin (store, error))
    return -1;
  if ((due = past_aow (store, today, error)) == NULL)
    return ovs_store_finish (store, FALSE, NULL), -1;
  for (guint i = 0; i < due->len; i += 2)
    if (!ovs_employees_end (store, g_ascii_strtoll (g_ptr_array_index (due, i), NULL, 10),
                            g_ptr_array_index (due, i + 1), error))
      return ovs_store_finish (store, FALSE, NULL), -1;
  if (!ovs_store_finish (store, TRUE, error))
    return -1;
  if (due->len > 0)
    ovs_store_emit_changed (store, "employee");
  return (int) due->len / 2;
}

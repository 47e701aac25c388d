/* ovs-placement-hours.c — the contract-hours rule: an employee's placements running at the same
 * time may together not exceed their contract hours. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-placements.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-rows-private.h"
#include "store/ovs-store-private.h"

static gboolean
covers (JsonObject *row, const char *day)
{
  const char *end = ovs_row_get_string (row, "end_date");

  return strcmp (ovs_row_get_string (row, "start_date"), day) <= 0 && (end == NULL || strcmp (end, day) >= 0);
}

static char *
describe_overlaps (JsonArray *others, const char *day)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (others); i++)
    {
      JsonObject *row = json_array_get_object_element (others, i);
      g_autofree char *hours = NULL, *start = NULL, *end = NULL;
      const char *hirer = ovs_row_get_string (row, "hirer");

      if (!covers (row, day))
        continue;
      hours = ovs_rows_format_hours (ovs_row_get_int (row, "minutes_per_week", 0));
      start = ovs_rows_display_date (ovs_row_get_string (row, "start_date"));
      end = ovs_rows_display_date (ovs_row_get_string (row, "end_date"));
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, _("placement %lld (%s%s%s, %s h, %s – %s)"),
                              (long long) ovs_row_get_int (row, "id", 0),
                              ovs_row_get_string (row, "kind"), hirer ? ", " : "", hirer ? hirer : "",
                              hours, start, end);
    }
  return g_string_free (text, FALSE);
}

/* The weekly minutes at @day: this placement plus the others running that day. */
static gint64
load_at (JsonArray *others, const char *day, int minutes)
{
  gint64 total = minutes;

  for (guint i = 0; i < json_array_get_length (others); i++)
    if (covers (json_array_get_object_element (others, i), day))
      total += ovs_row_get_int (json_array_get_object_element (others, i), "minutes_per_week", 0);
  return total;
}

static JsonArray *
overlapping (OvsStore *store, gint64 self_id, const OvsPlacementFields *f, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT p.id, p.kind, o.name AS hirer, p.minutes_per_week, p.start_date, p.end_date "
    "FROM placement p LEFT JOIN organisation o ON o.id = p.hirer_id "
    "WHERE p.employee_id = ?1 AND p.id != ?2 AND p.start_date <= coalesce (?4, '9999-12-31') "
    "  AND coalesce (p.end_date, '9999-12-31') >= ?3 ORDER BY p.start_date, p.id", error);

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, f->employee_id);
  ovs_stmt_bind_int64 (stmt, 2, self_id);
  ovs_stmt_bind_text (stmt, 3, f->start_date);
  ovs_stmt_bind_text_or_null (stmt, 4, f->end_date);
  return ovs_row_json_collect (stmt, error);
}

static void
set_overlap_error (JsonArray *others, const char *day, gint64 total, const OvsEmployeeRef *employee,
                   GError **error)
{
  g_autofree char *shown = ovs_date_iso_to_display (day);
  g_autofree char *hours = ovs_rows_format_hours (total);
  g_autofree char *contract = ovs_rows_format_hours (employee->contract_minutes);
  g_autofree char *list = describe_overlaps (others, day);

  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT,
               _("%s would be placed for %s hours per week from %s, more than the %s contract hours; "
                 "this placement overlaps %s"), employee->label, hours, shown, contract, list);
}

/* The load only rises where a placement starts, so checking the new start and every later start of
 * an overlapping placement finds the peak. */
gboolean
ovs_placement_check_overlap (OvsStore *store, gint64 self_id, const OvsPlacementFields *f, const OvsEmployeeRef *employee,
               GError **error)
{
  g_autoptr(JsonArray) others = overlapping (store, self_id, f, error);

  if (others == NULL)
    return FALSE;
  for (guint i = 0; i <= json_array_get_length (others); i++)
    {
      const char *day = f->start_date;
      gint64 total;

      if (i > 0)
        day = ovs_row_get_string (json_array_get_object_element (others, i - 1), "start_date");
      if (strcmp (day, f->start_date) < 0)
        continue;
      total = load_at (others, day, f->minutes_per_week);
      if (total > employee->contract_minutes)
        {
          set_overlap_error (others, day, total, employee, error);
          return FALSE;
        }
    }
  return TRUE;
}

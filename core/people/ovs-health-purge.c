/* ovs-health-purge.c — deleting the health data of people who left longer ago than the retention
 * period (AVG art. 5(1)(e)). Health data here: indications (the Wsw indication category) with their
 * re-indication requests and UWV's decisions, UWV's advice on sheltered work, wage values (loonwaarde)
 * and absences of a health kind (sickness, medical appointment). The employee row, their
 * employment, placements, shifts and the audit log stay: they are not health data, and HR and the
 * SE accounts still need them. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-health-purge.h"
#include "people/ovs-employee-private.h"

int
ovs_health_retention_years (OvsStore *store, const char *date, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt;
  int years = -1;

  g_return_val_if_fail (OVS_IS_STORE (store), -1);

  stmt = ovs_store_prepare (store, "SELECT years FROM health_retention WHERE valid_from <= ? "
                                   "ORDER BY valid_from DESC LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  ovs_stmt_bind_text (stmt, 1, date ? date : today);
  if (ovs_stmt_next (stmt, &local))
    years = ovs_stmt_get_int (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), -1);
  if (years < 0)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                 _("No retention period for health data is set for %s"), date ? date : today);
  return years;
}

static gboolean
insert_retention (OvsStore *store, const char *valid_from, int years, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO health_retention (valid_from, years) VALUES (?1, ?2) "
                                            "ON CONFLICT (valid_from) DO UPDATE SET years = ?2 RETURNING id", error);
  gint64 id;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, valid_from);
  ovs_stmt_bind_int (stmt, 2, years);
  json_object_set_string_member (changes, "valid_from", valid_from);
  json_object_set_int_member (changes, "years", years);
  return ovs_stmt_run_returning_id (stmt, &id, error) &&
         ovs_store_audit (store, "update", "health_retention", id, changes, error);
}

gboolean
ovs_health_retention_set (OvsStore *store, const char *valid_from, int years, GError **error)
{
  GDate date;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_PARAMETERS, error))
    return FALSE;
  if (valid_from == NULL || !ovs_date_from_iso (valid_from, &date))
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                         _("from: “%s” is not a date"), valid_from ? valid_from : ""), FALSE);
  if (years < 0 || years > 100)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                         _("%d years is outside 0 to 100"), years), FALSE);
  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, insert_retention (store, valid_from, years, error), error);
}

/* People whose employment ended before @cutoff and who still have health data, with how much. ?2 and
 * ?3 are the health kinds of absence. */
#define CANDIDATES_SQL \
  "SELECT e.id, e.personnel_number, e.employment_end, " \
  "  (SELECT count (*) FROM indication i WHERE i.employee_id = e.id), " \
  "  (SELECT count (*) FROM wage_value w WHERE w.employee_id = e.id), " \
  "  (SELECT count (*) FROM absence a WHERE a.employee_id = e.id AND a.kind IN (?2, ?3)), " \
  "  (SELECT count (*) FROM sheltered_advice s WHERE s.employee_id = e.id) " \
  "  + (SELECT count (*) FROM reindication_request r WHERE r.employee_id = e.id) " \
  "FROM employee e WHERE e.employment_end IS NOT NULL AND e.employment_end < ?1 " \
  "ORDER BY e.personnel_number"

static JsonArray *
find_candidates (OvsStore *store, const char *cutoff, GError **error)
{
  g_autoptr(JsonArray) rows = json_array_new ();
  OvsStmt *stmt = ovs_store_prepare (store, CANDIDATES_SQL, error);
  GError *local = NULL;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, cutoff);
  ovs_stmt_bind_text (stmt, 2, ovs_vocab_code (OVS_TYPE_ABSENCE_KIND, OVS_ABSENCE_KIND_SICKNESS));
  ovs_stmt_bind_text (stmt, 3, ovs_vocab_code (OVS_TYPE_ABSENCE_KIND, OVS_ABSENCE_KIND_MEDICAL));
  while (ovs_stmt_next (stmt, &local))
    {
      JsonObject *row;

      if (ovs_stmt_get_int64 (stmt, 3) + ovs_stmt_get_int64 (stmt, 4) + ovs_stmt_get_int64 (stmt, 5) +
          ovs_stmt_get_int64 (stmt, 6) == 0)
        continue;
      row = json_object_new ();
      json_object_set_int_member (row, "employee_id", ovs_stmt_get_int64 (stmt, 0));
      json_object_set_string_member (row, "personnel_number", ovs_stmt_get_text (stmt, 1));
      json_object_set_string_member (row, "employment_end", ovs_stmt_get_text (stmt, 2));
      json_object_set_int_member (row, "indications", ovs_stmt_get_int64 (stmt, 3));
      json_object_set_int_member (row, "wage_values", ovs_stmt_get_int64 (stmt, 4));
      json_object_set_int_member (row, "absences", ovs_stmt_get_int64 (stmt, 5));
      json_object_set_int_member (row, "uwv_records", ovs_stmt_get_int64 (stmt, 6));
      json_array_add_object_element (rows, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, local), NULL);
  return g_steal_pointer (&rows);
}

static gboolean
delete_rows (OvsStore *store, const char *sql, gint64 employee_id, gboolean health_kinds, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  if (health_kinds)
    {
      ovs_stmt_bind_text (stmt, 2, ovs_vocab_code (OVS_TYPE_ABSENCE_KIND, OVS_ABSENCE_KIND_SICKNESS));
      ovs_stmt_bind_text (stmt, 3, ovs_vocab_code (OVS_TYPE_ABSENCE_KIND, OVS_ABSENCE_KIND_MEDICAL));
    }
  return ovs_stmt_run (stmt, error);
}

/* Deletes one employee's health data and writes its audit row, which counts what went but keeps none
 * of it. */
static gboolean
purge_one (OvsStore *store, JsonObject *row, int years, GError **error)
{
  gint64 id = json_object_get_int_member (row, "employee_id");
  g_autoptr(JsonObject) changes = json_object_new ();

  json_object_set_int_member (changes, "indications", json_object_get_int_member (row, "indications"));
  json_object_set_int_member (changes, "wage_values", json_object_get_int_member (row, "wage_values"));
  json_object_set_int_member (changes, "absences", json_object_get_int_member (row, "absences"));
  json_object_set_int_member (changes, "uwv_records", json_object_get_int_member (row, "uwv_records"));
  json_object_set_int_member (changes, "retention_years", years);
  return delete_rows (store, "DELETE FROM indication WHERE employee_id = ?1", id, FALSE, error) &&
         delete_rows (store, "DELETE FROM reindication_request WHERE employee_id = ?1", id, FALSE, error) &&
         delete_rows (store, "DELETE FROM sheltered_advice WHERE employee_id = ?1", id, FALSE, error) &&
         delete_rows (store, "DELETE FROM wage_value WHERE employee_id = ?1", id, FALSE, error) &&
         delete_rows (store, "DELETE FROM absence WHERE employee_id = ?1 AND kind IN (?2, ?3)", id, TRUE, error) &&
         ovs_store_audit (store, "purge", "employee", id, changes, error);
}

static char *
cutoff_date (int years)
{
  g_autofree char *today = ovs_date_today_iso ();
  GDate date;

  ovs_date_from_iso (today, &date);
  g_date_subtract_years (&date, (guint) years);
  return ovs_date_to_iso (&date);
}

static gboolean
purge_all (OvsStore *store, JsonArray *rows, int years, GError **error)
{
  for (guint i = 0; i < json_array_get_length (rows); i++)
    if (!purge_one (store, json_array_get_object_element (rows, i), years, error))
      return FALSE;
  return TRUE;
}

JsonArray *
ovs_health_purge (OvsStore *store, gboolean dry_run, GError **error)
{
  g_autoptr(JsonArray) rows = NULL;
  g_autofree char *cutoff = NULL;
  gboolean ok;
  int years;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_PURGE, error) || (years = ovs_health_retention_years (store, NULL, error)) < 0)
    return NULL;
  /* Left "more than N years ago": the employment ended before today N years back. */
  cutoff = cutoff_date (years);
  if (!ovs_store_begin (store, error))
    return NULL;
  rows = find_candidates (store, cutoff, error);
  ok = rows != NULL && (dry_run || purge_all (store, rows, years, error));
  if (dry_run && ok)
    {
      ovs_store_rollback (store);
      return g_steal_pointer (&rows);
    }
  if (!ovs_store_finish (store, ok, error))
    return NULL;
  if (json_array_get_length (rows) > 0)
    {
      ovs_store_emit_changed (store, "employee");
      ovs_store_emit_changed (store, "absence");
    }
  return g_steal_pointer (&rows);
}

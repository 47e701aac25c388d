/* ovs-wsw-health.c — re-indication requests with UWV's decisions, and UWV's advice on sheltered work
 * (health data, AVG art. 9: hr and kwartiermaker only; every change audited).
 *
 * A Wsw indication is re-assessed by UWV; the request must be made 16 weeks before the indication
 * ends (OVS_REINDICATION_LEAD_DAYS). Nieuw beschut (Participatiewet art. 10b) rests on UWV's advice on
 * sheltered work and a wage value instead of an indication. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-employee-history.h"
#include "overstap/people/ovs-wsw.h"
#include "people/ovs-employee-private.h"
#include "store/ovs-row-json-private.h"

static gboolean
require_health (OvsStore *store, GError **error)
{
  return ovs_store_require (store, OVS_PERM_VIEW_HEALTH, error) &&
         ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error);
}

static gint64
insert_audited (OvsStore *store, OvsStmt *stmt, const char *entity, JsonObject *changes, GError **error)
{
  gint64 id = 0;

  if (!ovs_stmt_run_returning_id (stmt, &id, error) ||
      !ovs_store_audit (store, "insert", entity, id, changes, error))
    return 0;
  return id;
}

static gint64
insert_request (OvsStore *store, gint64 employee_id, const char *date, const char *note, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO reindication_request (employee_id, requested_on, note) "
                                            "VALUES (?, ?, ?) RETURNING id", error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (stmt == NULL || !ovs_employee_require_exists (store, employee_id, error))
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text (stmt, 2, date);
  ovs_stmt_bind_text_or_null (stmt, 3, note);
  json_object_set_int_member (changes, "employee_id", employee_id);
  json_object_set_string_member (changes, "requested_on", date);
  return insert_audited (store, stmt, "reindication_request", changes, error);
}

gint64
ovs_wsw_request_reindication (OvsStore *store, gint64 employee_id, const char *requested_on, const char *note,
                              GError **error)
{
  g_autofree char *date = NULL;
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  if (!require_health (store, error) ||
      !ovs_employee_check_date (requested_on, "aangevraagd", N_("request date"), TRUE, &date, NULL, error) ||
      !ovs_store_begin (store, error))
    return 0;
  id = insert_request (store, employee_id, date, note, error);
  if (!ovs_store_finish (store, id != 0, error))
    return 0;
  ovs_store_emit_changed (store, "reindication_request");
  return id;
}

/* The latest request without a decision, or 0 with an error saying there is none. */
static gint64
open_request (OvsStore *store, gint64 employee_id, char **requested_on, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, requested_on FROM reindication_request "
                                            "WHERE employee_id = ? AND decision IS NULL "
                                            "ORDER BY requested_on DESC LIMIT 1", error);
  g_autoptr(GError) local = NULL;
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  if (ovs_stmt_next (stmt, &local))
    {
      id = ovs_stmt_get_int64 (stmt, 0);
      *requested_on = ovs_stmt_dup_text (stmt, 1);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), 0);
  if (id == 0)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                 _("There is no re-indication request awaiting UWV's decision; record the request first"));
  return id;
}

static gboolean
decide_in_transaction (OvsStore *store, gint64 employee_id, const char *decision, const char *date,
                       const char *category, const char *valid_until, GError **error)
{
  g_autofree char *requested_on = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();
  gint64 id = open_request (store, employee_id, &requested_on, error);
  OvsStmt *stmt;

  if (id == 0)
    return FALSE;
  if (strcmp (date, requested_on) < 0)
    return ovs_employee_invalid (NULL, "besloten", error, OVS_VALIDATION_ERROR_DATE_ORDER,
                                 _("UWV cannot decide on %s, before the request of %s"), date, requested_on);
  if ((stmt = ovs_store_prepare (store, "UPDATE reindication_request SET decision = ?, decided_on = ? "
                                        "WHERE id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, decision);
  ovs_stmt_bind_text (stmt, 2, date);
  ovs_stmt_bind_int64 (stmt, 3, id);
  json_object_set_string_member (changes, "decision", decision);
  json_object_set_string_member (changes, "decided_on", date);
  if (!ovs_stmt_run (stmt, error) || !ovs_store_audit (store, "update", "reindication_request", id, changes, error))
    return FALSE;
  if (!ovs_vocab_is (OVS_TYPE_REINDICATION_DECISION, decision, OVS_REINDICATION_DECISION_GRANTED))
    return TRUE;
  /* A granted re-indication is the new indication, from the decision. */
  return ovs_employees_add_indication (store, employee_id, category, date, valid_until, error) != 0;
}

gboolean
ovs_wsw_decide_reindication (OvsStore *store, gint64 employee_id, const char *decision, const char *decided_on,
                             const char *category, const char *valid_until, GError **error)
{
  g_autofree char *date = NULL;
  const char *code = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!require_health (store, error) ||
      !ovs_vocab_check (OVS_TYPE_REINDICATION_DECISION, "decision", decision, &code, error) ||
      !ovs_employee_check_date (decided_on, "besloten", N_("decision date"), TRUE, &date, NULL, error) ||
      !ovs_store_begin (store, error))
    return FALSE;
  if (!ovs_store_finish (store, decide_in_transaction (store, employee_id, code, date, category, valid_until, error),
                         error))
    return FALSE;
  ovs_store_emit_changed (store, "reindication_request");
  return TRUE;
}

/* Whether each request was made by the deadline of the indication in force when it was made. */
static gboolean
mark_timely (OvsStore *store, gint64 employee_id, JsonArray *rows, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT valid_until FROM indication WHERE employee_id = ? "
                                            "AND indication_date <= ? ORDER BY indication_date DESC LIMIT 1",
                                     error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *on = json_object_get_string_member (row, "requested_on");
      g_autofree char *deadline = NULL;
      g_autoptr(GError) local = NULL;

      ovs_stmt_bind_int64 (stmt, 1, employee_id);
      ovs_stmt_bind_text (stmt, 2, on);
      if (ovs_stmt_next (stmt, &local))
        deadline = ovs_reindication_deadline (ovs_stmt_get_text (stmt, 0));
      ovs_stmt_reset (stmt);
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
      json_object_set_boolean_member (row, "timely", deadline == NULL || strcmp (on, deadline) <= 0);
    }
  return TRUE;
}

JsonArray *
ovs_wsw_reindication_requests (OvsStore *store, gint64 employee_id, GError **error)
{
  OvsStmt *stmt;
  JsonArray *rows;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_HEALTH, error) ||
      (stmt = ovs_store_prepare (store, "SELECT id, requested_on, decision, decided_on, note "
                                        "FROM reindication_request WHERE employee_id = ? "
                                        "ORDER BY requested_on, id", error)) == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  if ((rows = ovs_row_json_collect (stmt, error)) == NULL)
    return NULL;
  /* Health data (AVG art. 9): each read is written to the access log. */
  if (!mark_timely (store, employee_id, rows, error) ||
      !ovs_store_log_access (store, employee_id, OVS_HEALTH_INDICATION, "re-indications", 1, error))
    g_clear_pointer (&rows, json_array_unref);
  return rows;
}

/* --- advice on sheltered work --- */

static gint64
insert_advice (OvsStore *store, gint64 employee_id, const char *date, const char *until, const char *note,
               GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO sheltered_advice (employee_id, advice_date, valid_until, "
                                            "note) VALUES (?, ?, ?, ?) RETURNING id", error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (stmt == NULL || !ovs_employee_require_exists (store, employee_id, error))
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text (stmt, 2, date);
  ovs_stmt_bind_text_or_null (stmt, 3, until);
  ovs_stmt_bind_text_or_null (stmt, 4, note);
  json_object_set_int_member (changes, "employee_id", employee_id);
  json_object_set_string_member (changes, "advice_date", date);
  ovs_employee_json_text (changes, "valid_until", until);
  return insert_audited (store, stmt, "sheltered_advice", changes, error);
}

gint64
ovs_wsw_add_sheltered_advice (OvsStore *store, gint64 employee_id, const char *advice_date, const char *valid_until,
                              const char *note, GError **error)
{
  g_autofree char *date = NULL, *until = NULL;
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  if (!require_health (store, error) ||
      !ovs_employee_check_date (advice_date, "advies_datum", N_("advice date"), TRUE, &date, NULL, error) ||
      !ovs_employee_check_date (valid_until, "advies_geldig_tot", N_("advice end date"), FALSE, &until, NULL, error))
    return 0;
  if (until != NULL && strcmp (until, date) < 0)
    return ovs_employee_invalid (NULL, "advies_geldig_tot", error, OVS_VALIDATION_ERROR_DATE_ORDER,
                                 _("The advice ends on %s, before it was given on %s"), until, date), 0;
  if (!ovs_store_begin (store, error))
    return 0;
  id = insert_advice (store, employee_id, date, until, note, error);
  if (!ovs_store_finish (store, id != 0, error))
    return 0;
  ovs_store_emit_changed (store, "sheltered_advice");
  return id;
}

JsonArray *
ovs_wsw_sheltered_advices (OvsStore *store, gint64 employee_id, GError **error)
{
  OvsStmt *stmt;
  JsonArray *rows;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_HEALTH, error) ||
      (stmt = ovs_store_prepare (store, "SELECT id, advice_date, valid_until, note FROM sheltered_advice "
                                        "WHERE employee_id = ? ORDER BY advice_date, id", error)) == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  if ((rows = ovs_row_json_collect (stmt, error)) == NULL)
    return NULL;
  if (!ovs_store_log_access (store, employee_id, OVS_HEALTH_ADVICE, "sheltered advice", 1, error))
    g_clear_pointer (&rows, json_array_unref);
  return rows;
}

/* Nieuw beschut employees still employed, their latest advice and latest wage value. ?1 today. */
#define SHELTERED_SQL \
  "SELECT e.id AS id, e.personnel_number AS personnel_number, " OVS_NAME_SQL \
  "  a.advice_date AS advice_date, a.valid_until AS advice_valid_until, " \
  "  (SELECT v.percentage FROM wage_value v WHERE v.employee_id = e.id " \
  "   ORDER BY v.measured_on DESC LIMIT 1) AS wage_value_percentage " \
  "FROM employee e LEFT JOIN sheltered_advice a ON a.id = (SELECT x.id FROM sheltered_advice x " \
  "  WHERE x.employee_id = e.id ORDER BY x.advice_date DESC LIMIT 1) " \
  "WHERE e.employment_type = ?2 AND e.status != ?3 AND (e.employment_end IS NULL OR e.employment_end >= ?1) " \
  "ORDER BY e.last_name, e.first_name"
#define OVS_NAME_SQL "e.last_name || ', ' || e.first_name || coalesce (' ' || e.name_prefix, '') AS name, "

static JsonArray *
missing_of (JsonObject *row, const char *today)
{
  JsonArray *missing = json_array_new ();
  const char *until = json_object_get_string_member_with_default (row, "advice_valid_until", NULL);

  if (json_object_get_null_member (row, "advice_date") || (until != NULL && strcmp (until, today) < 0))
    json_array_add_string_element (missing, "advice");
  if (json_object_get_null_member (row, "wage_value_percentage"))
    json_array_add_string_element (missing, "wage_value");
  return missing;
}

JsonArray *
ovs_wsw_sheltered_check (OvsStore *store, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  g_autoptr(JsonArray) all = NULL;
  JsonArray *rows;
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_HEALTH, error) ||
      (stmt = ovs_store_prepare (store, SHELTERED_SQL, error)) == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_text (stmt, 2, ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_NEW_SHELTERED));
  ovs_stmt_bind_text (stmt, 3, ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ENDED));
  if ((all = ovs_row_json_collect (stmt, error)) == NULL)
    return NULL;
  rows = json_array_new ();
  for (guint i = 0; i < json_array_get_length (all); i++)
    {
      JsonObject *row = json_array_get_object_element (all, i);
      JsonArray *missing = missing_of (row, today);

      if (json_array_get_length (missing) == 0)
        {
          json_array_unref (missing);
          continue;
        }
      json_object_set_array_member (row, "missing", missing);
      json_array_add_object_element (rows, json_object_ref (row));
    }
  return rows;
}

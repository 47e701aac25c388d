/* ovs-covenants-list.c — covenants, their agreements and covered employees as JSON rows and list models. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/covenants/ovs-agreement.h"
#include "overstap/covenants/ovs-covenant.h"
#include "overstap/covenants/ovs-covered-employee.h"
#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "covenants/ovs-covenants-private.h"

/* Lists take an optional covenant name; an unknown one is an error rather than an empty list. */
static gboolean
prepare_list (OvsStore *store, const char *covenant, GError **error)
{
  g_auto(OvsCovenantRow) row = { 0 };

  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error))
    return FALSE;
  return covenant == NULL || ovs_covenants_load (store, covenant, &row, error);
}

/* An agreement is open (still to do) until it is done or dropped: binds those two codes at @first and
 * the next parameter. */
static void
bind_done_and_dropped (OvsStmt *stmt, int first)
{
  ovs_stmt_bind_text (stmt, first, ovs_vocab_code (OVS_TYPE_AGREEMENT_STATUS, OVS_AGREEMENT_STATUS_DONE));
  ovs_stmt_bind_text (stmt, first + 1, ovs_vocab_code (OVS_TYPE_AGREEMENT_STATUS, OVS_AGREEMENT_STATUS_DROPPED));
}

static JsonArray *
covenant_rows (OvsStore *store, const char *name, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT c.id, c.name, c.party_id, o.name AS party, c.start_date, c.end_date, c.status, c.price_cents, "
    "  c.price_unit, c.indexation_pct, c.budget_cents, c.target_se, c.legal_basis, c.grant_kept_by, c.notes, "
    "  (SELECT count (*) FROM covenant_employee ce WHERE ce.covenant_id = c.id AND ce.start_date <= ?1 "
    "   AND coalesce (ce.end_date, c.end_date, '9999-12-31') >= ?1) AS covered_count, "
    "  (SELECT count (*) FROM covenant_employee ce WHERE ce.covenant_id = c.id) AS covered_total, "
    "  (SELECT count (*) FROM covenant_agreement a WHERE a.covenant_id = c.id "
    "   AND a.status NOT IN (?3, ?4)) AS agreements_open, "
    "  (SELECT count (*) FROM covenant_agreement a WHERE a.covenant_id = c.id AND a.status = ?3) "
    "   AS agreements_done, "
    "  c.kind, c.grant_holder, c.places_offered, c.people_placed, c.social_return_cents, "
    "  (SELECT count (*) FROM covenant_contact k WHERE k.covenant_id = c.id) AS contacts, "
    "  (SELECT count (DISTINCT p.employee_id) FROM placement p WHERE p.hirer_id = c.party_id "
    "   AND p.start_date <= coalesce (c.end_date, '9999-12-31') "
    "   AND coalesce (p.end_date, '9999-12-31') >= c.start_date) AS employees_placed "
    "FROM covenant c JOIN organisation o ON o.id = c.party_id "
    "WHERE ?2 IS NULL OR lower (c.name) = lower (?2) ORDER BY c.name", error);

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_text_or_null (stmt, 2, name);
  bind_done_and_dropped (stmt, 3);
  return ovs_row_json_collect (stmt, error);
}

JsonArray *
ovs_covenants_list_json (OvsStore *store, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  return prepare_list (store, NULL, error) ? covenant_rows (store, NULL, error) : NULL;
}

GListStore *
ovs_covenants_list (OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_covenants_list_json (store, error);

  return rows ? ovs_row_json_list_store (OVS_TYPE_COVENANT, rows) : NULL;
}

/* @covenant NULL: every covenant; @horizon not NULL: only open or in-progress ones due by then. */
static JsonArray *
agreement_rows (OvsStore *store, const char *covenant, const char *horizon, GError **error)
{
  static const char * const booleans[] = { "overdue", NULL };
  g_autofree char *today = ovs_date_today_iso ();
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT a.id, a.covenant_id, c.name AS covenant, a.title, a.owner, a.due_date, a.status, a.evidence, "
    "  a.done_on, CASE WHEN a.status NOT IN (?4, ?5) AND a.due_date < ?1 THEN 1 ELSE 0 END "
    "  AS overdue "
    "FROM covenant_agreement a JOIN covenant c ON c.id = a.covenant_id "
    "WHERE (?2 IS NULL OR lower (c.name) = lower (?2)) "
    "  AND (?3 IS NULL OR (a.status NOT IN (?4, ?5) AND a.due_date <= ?3)) "
    "ORDER BY a.due_date, a.id", error);
  JsonArray *rows;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_text_or_null (stmt, 2, covenant);
  ovs_stmt_bind_text_or_null (stmt, 3, horizon);
  bind_done_and_dropped (stmt, 4);
  if ((rows = ovs_row_json_collect (stmt, error)) == NULL)
    return NULL;
  ovs_row_json_booleans (rows, booleans);
  /* The last member, counted in C rather than with an engine's date functions. */
  ovs_row_json_days_until (rows, today, "due_date", "days_left");
  return rows;
}

JsonArray *
ovs_covenants_agreements_json (OvsStore *store, const char *covenant, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  return prepare_list (store, covenant, error) ? agreement_rows (store, covenant, NULL, error) : NULL;
}

GListStore *
ovs_covenants_agreements (OvsStore *store, const char *covenant, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_covenants_agreements_json (store, covenant, error);

  return rows ? ovs_row_json_list_store (OVS_TYPE_AGREEMENT, rows) : NULL;
}

JsonArray *
ovs_covenants_agreements_due_json (OvsStore *store, int within_days, GError **error)
{
  g_autofree char *horizon = NULL;
  GDate date;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (within_days < 0 || within_days > 3660)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("within_days: %d must lie between 0 and 3660"), within_days);
      return NULL;
    }
  if (!prepare_list (store, NULL, error))
    return NULL;
  ovs_date_today (&date);
  g_date_add_days (&date, (guint) within_days);
  horizon = ovs_date_to_iso (&date);
  return agreement_rows (store, NULL, horizon, error);
}

static JsonArray *
covered_rows (OvsStore *store, const char *covenant, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT ce.id, ce.covenant_id, c.name AS covenant, ce.employee_id, " OVS_EMPLOYEE_NAME_SQL ("e") " AS employee, "
    "  e.personnel_number, ce.minutes_per_week, e.contract_minutes, ce.se, ce.start_date, ce.end_date "
    "FROM covenant_employee ce JOIN covenant c ON c.id = ce.covenant_id JOIN employee e ON e.id = ce.employee_id "
    "WHERE ?1 IS NULL OR lower (c.name) = lower (?1) "
    "ORDER BY c.name, e.last_name, e.first_name, ce.start_date", error);

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text_or_null (stmt, 1, covenant);
  return ovs_row_json_collect (stmt, error);
}

JsonArray *
ovs_covenants_covered_json (OvsStore *store, const char *covenant, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  return prepare_list (store, covenant, error) ? covered_rows (store, covenant, error) : NULL;
}

GListStore *
ovs_covenants_covered (OvsStore *store, const char *covenant, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_covenants_covered_json (store, covenant, error);

  return rows ? ovs_row_json_list_store (OVS_TYPE_COVERED_EMPLOYEE, rows) : NULL;
}

JsonObject *
ovs_covenants_show_json (OvsStore *store, const char *name, GError **error)
{
  g_autoptr(JsonArray) rows = NULL;
  JsonArray *agreements, *covered;
  JsonObject *covenant;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  if (!prepare_list (store, name, error) || (rows = covenant_rows (store, name, error)) == NULL)
    return NULL;
  if ((agreements = agreement_rows (store, name, NULL, error)) == NULL)
    return NULL;
  if ((covered = covered_rows (store, name, error)) == NULL)
    {
      json_array_unref (agreements);
      return NULL;
    }
  covenant = json_object_ref (json_array_get_object_element (rows, 0));
  json_object_set_array_member (covenant, "agreements", agreements);
  json_object_set_array_member (covenant, "covered", covered);
  {
    JsonArray *contacts = ovs_covenants_list_contacts (store, name, NULL);

    json_object_set_array_member (covenant, "contact_moments", contacts ? contacts : json_array_new ());
  }
  return covenant;
}

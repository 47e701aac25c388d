/* ovs-transfers-checklist.c — ticking and adding checklist items, and the lists of cases. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/transfers/ovs-checklist-item.h"
#include "overstap/base/ovs-date.h"
#include "overstap/transfers/ovs-transfer-case.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-version-private.h"
#include "transfers/ovs-transfers-private.h"

static gint64
find_item (OvsStore *store, const OvsCaseRow *row, const char *code, gboolean *done, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, CASE WHEN done_on IS NULL THEN 0 ELSE 1 END "
                                                 "FROM checklist_item "
                                                 "WHERE case_id = ? AND code = ?", error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, row->id);
  ovs_stmt_bind_text (stmt, 2, code ? code : "");
  if (ovs_stmt_next (stmt, error))
    {
      id = ovs_stmt_get_int64 (stmt, 0);
      *done = ovs_stmt_get_int (stmt, 1) != 0;
    }
  ovs_stmt_reset (stmt);
  if (id == 0 && (error == NULL || *error == NULL))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                 _("The checklist of %s has no item “%s”; see “checklist show”"), row->employee, code ? code : "");
  return id;
}

static gboolean
write_tick (OvsStore *store, gint64 item_id, gboolean done, const char *date, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "UPDATE checklist_item SET done_on = ?, done_by = ? WHERE id = ?",
                                          error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text_or_null (stmt, 1, done ? date : NULL);
  ovs_stmt_bind_text_or_null (stmt, 2, done ? ovs_store_get_user (store) : NULL);
  ovs_stmt_bind_int64 (stmt, 3, item_id);
  json_object_set_string_member (changes, "done_on", done ? date : NULL);
  json_object_set_string_member (changes, "done_by", done ? ovs_store_get_user (store) : NULL);
  return ovs_step_and_audit (store, stmt, done ? "tick" : "untick", "checklist_item", item_id, changes, error);
}

/* The case must be open, the item still at the version the caller read (@version, 0: no check) and
 * not already so: all read in the transaction that ticks. */
static gboolean
tick_in_transaction (OvsStore *store, const char *personnel_number, const char *code, gboolean done,
                     const char *date, gint64 version, GError **error)
{
  g_auto(OvsCaseRow) row = { 0 };
  gboolean was_done = FALSE;
  gint64 item;

  if (!ovs_transfers_find_case (store, personnel_number, &row, error) ||
      !ovs_transfers_require_open (&row, error) ||
      (item = find_item (store, &row, code, &was_done, error)) == 0 ||
      !ovs_store_check_version (store, "checklist_item", item, version, error))
    return FALSE;
  if (was_done == done)
    return TRUE;
  if (!write_tick (store, item, done, date, error))
    return FALSE;
  ovs_store_emit_changed (store, "checklist_item");
  return TRUE;
}

gboolean
ovs_transfers_tick (OvsStore *store, const char *personnel_number, const char *code, gboolean done,
                    const char *date, gint64 version, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_TRANSFERS, error) ||
      !ovs_check_iso_date ("done_on", date, FALSE, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, tick_in_transaction (store, personnel_number, code, done, date ? date : today,
                                                       version, error), error);
}

/* A code from a title: lower-case ASCII letters and digits joined by '_', "custom" if nothing is left. */
static char *
code_from_title (const char *title)
{
  g_autofree char *ascii = g_str_to_ascii (title, "C");
  GString *code = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (code, g_ascii_tolower (*p));
    else if (code->len > 0 && code->str[code->len - 1] != '_')
      g_string_append_c (code, '_');
  while (code->len > 0 && code->str[code->len - 1] == '_')
    g_string_truncate (code, code->len - 1);
  if (code->len == 0)
    g_string_append (code, "custom");
  return g_string_free (code, FALSE);
}

/* The first of code, code_2, code_3, … that the case does not use yet. */
static char *
unique_code (OvsStore *store, gint64 case_id, const char *base, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT 1 FROM checklist_item WHERE case_id = ? AND code = ?",
                                          error);

  for (int n = 1; stmt != NULL; n++)
    {
      g_autofree char *code = n == 1 ? g_strdup (base) : g_strdup_printf ("%s_%d", base, n);
      gboolean taken;

      ovs_stmt_reset (stmt);
      ovs_stmt_bind_int64 (stmt, 1, case_id);
      ovs_stmt_bind_text (stmt, 2, code);
      taken = ovs_stmt_next (stmt, error);
      ovs_stmt_reset (stmt);
      if (error != NULL && *error != NULL)
        return NULL;
      if (!taken)
        return g_steal_pointer (&code);
    }
  return NULL;
}

static gint64
insert_item (OvsStore *store, const OvsCaseRow *row, const char *title, GError **error)
{
  g_autofree char *base = code_from_title (title);
  g_autofree char *code = unique_code (store, row->id, base, error);
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;

  if (code == NULL)
    return 0;
  stmt = ovs_store_prepare (store, "INSERT INTO checklist_item (case_id, code, title, position) "
                                   "SELECT ?1, ?2, ?3, coalesce (max (position), 0) + 1 "
                                   "FROM checklist_item WHERE case_id = ?1 RETURNING id", error);
  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, row->id);
  ovs_stmt_bind_text (stmt, 2, code);
  ovs_stmt_bind_text (stmt, 3, title);
  json_object_set_int_member (changes, "case_id", row->id);
  json_object_set_string_member (changes, "code", code);
  json_object_set_string_member (changes, "title", title);
  return ovs_insert_and_audit (store, stmt, "checklist_item", changes, error);
}

gint64
ovs_transfers_add_item (OvsStore *store, const char *personnel_number, const char *title, GError **error)
{
  g_auto(OvsCaseRow) row = { 0 };
  g_autofree char *clean = ovs_dup_optional_text (title);
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  if (!ovs_store_require (store, OVS_PERM_EDIT_TRANSFERS, error))
    return 0;
  if (clean == NULL)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("title: a checklist item needs a title"));
      return 0;
    }
  if (!ovs_store_begin (store, error))
    return 0;
  /* The case, its free codes and its last position are read in the transaction that inserts. */
  id = ovs_transfers_find_case (store, personnel_number, &row, error) && ovs_transfers_require_open (&row, error)
       ? insert_item (store, &row, clean, error) : 0;
  if (id != 0)
    ovs_store_emit_changed (store, "checklist_item");
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

/* --- lists --- */

#define CASE_SELECT \
  "SELECT t.id, t.employee_id, " OVS_EMPLOYEE_NAME_SQL ("e") " AS employee, e.personnel_number, " \
  "  t.from_org_id, o.name AS from_organisation, t.destination, t.status, t.planned_date, t.actual_date, " \
  "  t.closed_on, t.notes, " \
  "  (SELECT count (*) FROM checklist_item c WHERE c.case_id = t.id AND c.done_on IS NOT NULL) AS done, " \
  "  (SELECT count (*) FROM checklist_item c WHERE c.case_id = t.id) AS total, " \
  "  '' AS missing, " \
  "  (SELECT x.name FROM organisation x WHERE x.id = t.employer_to_id) AS employer_to, " \
  "  (SELECT x.name FROM organisation x WHERE x.id = t.work_to_id) AS work_organisation_to " \
  "FROM transfer_case t JOIN employee e ON e.id = t.employee_id JOIN organisation o ON o.id = t.from_org_id "

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

/* Collects the rows of a CASE_SELECT and fills each case's "missing": the titles of its open items in
 * checklist order, joined in C (one query for all cases, or for @only_case when not 0) because
 * group_concat() and string_agg() are each one engine's own; and "is_closed", which the vocabulary
 * answers (ovs_transfer_status_is_closed()). */
static JsonArray *
collect_cases (OvsStore *store, OvsStmt *stmt, gint64 only_case, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_row_json_collect (stmt, error);
  g_autoptr(GHashTable) missing = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, free_string);
  OvsStmt *items;
  GError *local = NULL;

  if (rows == NULL)
    return NULL;
  if ((items = ovs_store_prepare (store, "SELECT case_id, title FROM checklist_item "
                                         "WHERE done_on IS NULL AND (?1 = 0 OR case_id = ?1) "
                                         "ORDER BY case_id, position, id", error)) == NULL)
    return NULL;
  ovs_stmt_bind_int64 (items, 1, only_case);
  while (ovs_stmt_next (items, &local))
    {
      gint64 case_id = ovs_stmt_get_int64 (items, 0);
      GString *titles = g_hash_table_lookup (missing, &case_id);

      if (titles == NULL)
        g_hash_table_insert (missing, g_memdup2 (&case_id, sizeof case_id), (titles = g_string_new (NULL)));
      else
        g_string_append (titles, ", ");
      g_string_append (titles, ovs_stmt_get_text (items, 1));
    }
  ovs_stmt_reset (items);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      gint64 case_id = json_object_get_int_member (row, "id");
      GString *titles = g_hash_table_lookup (missing, &case_id);

      json_object_set_string_member (row, "missing", titles ? titles->str : "");
      json_object_set_boolean_member (row, "is_closed",
                                      ovs_transfer_status_is_closed (json_object_get_string_member (row, "status")));
    }
  return g_steal_pointer (&rows);
}

JsonArray *
ovs_transfers_list_json (OvsStore *store, GError **error)
{
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error) ||
      (stmt = ovs_store_prepare (store, CASE_SELECT "ORDER BY e.last_name, e.first_name, e.personnel_number",
                                 error)) == NULL)
    return NULL;
  return collect_cases (store, stmt, 0, error);
}

GListStore *
ovs_transfers_list (OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_transfers_list_json (store, error);

  return rows ? ovs_row_json_list_store (OVS_TYPE_TRANSFER_CASE, rows) : NULL;
}

JsonObject *
ovs_transfers_get_json (OvsStore *store, const char *personnel_number, GError **error)
{
  g_auto(OvsCaseRow) row = { 0 };
  g_autoptr(JsonArray) rows = NULL;
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error) ||
      !ovs_transfers_find_case (store, personnel_number, &row, error) ||
      (stmt = ovs_store_prepare (store, CASE_SELECT "WHERE t.id = ?", error)) == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, row.id);
  if ((rows = collect_cases (store, stmt, row.id, error)) == NULL)
    return NULL;
  return json_object_ref (json_array_get_object_element (rows, 0));
}

static JsonArray *
items_json (OvsStore *store, gint64 case_id, gboolean only_open, GError **error)
{
  static const char * const booleans[] = { "done", NULL };
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, case_id, code, title, position, done_on, done_by, "
                                                 "  CASE WHEN done_on IS NULL THEN 0 ELSE 1 END AS done "
                                                 "FROM checklist_item "
                                                 "WHERE case_id = ? AND (? = 0 OR done_on IS NULL) "
                                                 "ORDER BY position", error);
  JsonArray *rows;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, case_id);
  ovs_stmt_bind_int (stmt, 2, only_open);
  if ((rows = ovs_row_json_collect (stmt, error)) == NULL)
    return NULL;
  ovs_row_json_booleans (rows, booleans);
  return rows;
}

JsonArray *
ovs_transfers_checklist_json (OvsStore *store, const char *personnel_number, GError **error)
{
  g_auto(OvsCaseRow) row = { 0 };

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error) ||
      !ovs_transfers_find_case (store, personnel_number, &row, error))
    return NULL;
  return items_json (store, row.id, FALSE, error);
}

GListStore *
ovs_transfers_checklist (OvsStore *store, const char *personnel_number, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_transfers_checklist_json (store, personnel_number, error);

  return rows ? ovs_row_json_list_store (OVS_TYPE_CHECKLIST_ITEM, rows) : NULL;
}

/* The missing items as {code, title} pairs, for "what is still missing per person". */
static JsonArray *
missing_items (OvsStore *store, gint64 case_id, GError **error)
{
  g_autoptr(JsonArray) items = items_json (store, case_id, TRUE, error);
  JsonArray *pairs;

  if (items == NULL)
    return NULL;
  pairs = json_array_new ();
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonObject *pair = json_object_new ();

      json_object_set_string_member (pair, "code", json_object_get_string_member (item, "code"));
      json_object_set_string_member (pair, "title", json_object_get_string_member (item, "title"));
      json_array_add_object_element (pairs, pair);
    }
  return pairs;
}

JsonArray *
ovs_transfers_missing_json (OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(JsonArray) result = json_array_new ();
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error) ||
      (stmt = ovs_store_prepare (store, CASE_SELECT
                                 "ORDER BY t.planned_date IS NULL, t.planned_date, e.last_name, e.first_name",
                                 error)) == NULL ||
      (rows = collect_cases (store, stmt, 0, error)) == NULL)
    return NULL;
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      JsonArray *items;

      /* Only open cases: a closed one has nothing left to do. */
      if (json_object_get_boolean_member (row, "is_closed") ||
          json_object_get_int_member (row, "done") == json_object_get_int_member (row, "total"))
        continue;
      if ((items = missing_items (store, json_object_get_int_member (row, "id"), error)) == NULL)
        return NULL;
      json_object_set_array_member (row, "missing_items", items);
      json_array_add_object_element (result, json_object_ref (row));
    }
  return g_steal_pointer (&result);
}

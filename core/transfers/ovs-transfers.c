/* ovs-transfers.c — opening transfer cases and moving them along the status ladder. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-version-private.h"
#include "transfers/ovs-transfers-private.h"

G_DEFINE_QUARK (ovs-transfer-error-quark, ovs_transfer_error)

/* --- helpers shared with the checklist, covenant and milestone modules --- */

void
ovs_case_row_clear (OvsCaseRow *row)
{
  g_clear_pointer (&row->employee, g_free);
  g_clear_pointer (&row->status, g_free);
  g_clear_pointer (&row->destination, g_free);
  g_clear_pointer (&row->planned_date, g_free);
  g_clear_pointer (&row->actual_date, g_free);
  g_clear_pointer (&row->closed_on, g_free);
  g_clear_pointer (&row->notes, g_free);
}

gint64
ovs_transfers_find_employee (OvsStore *store, const char *personnel_number, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id FROM employee WHERE personnel_number = ?", error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, personnel_number ? personnel_number : "");
  if (ovs_stmt_next (stmt, error))
    id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (id == 0 && (error == NULL || *error == NULL))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                 _("There is no employee with personnel number “%s”"), personnel_number ? personnel_number : "");
  return id;
}

gboolean
ovs_transfers_find_case (OvsStore *store, const char *personnel_number, OvsCaseRow *out, GError **error)
{
  OvsStmt *stmt;
  gint64 employee_id = ovs_transfers_find_employee (store, personnel_number, error);

  if (employee_id == 0)
    return FALSE;
  stmt = ovs_store_prepare (store, "SELECT t.id, " OVS_EMPLOYEE_NAME_SQL ("e") ", t.status, t.destination, "
                                   "  t.planned_date, t.actual_date, t.closed_on, t.notes, t.employer_to_id, t.work_to_id "
                                   "FROM transfer_case t JOIN employee e ON e.id = t.employee_id "
                                   "WHERE t.employee_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  if (!ovs_stmt_next (stmt, error))
    {
      ovs_stmt_reset (stmt);
      if (error == NULL || *error == NULL)
        g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                     _("Employee %s has no transfer case; open one with “transfer open %s”"),
                     personnel_number, personnel_number);
      return FALSE;
    }
  out->id = ovs_stmt_get_int64 (stmt, 0);
  out->employee_id = employee_id;
  out->employee = ovs_stmt_dup_text (stmt, 1);
  out->status = ovs_stmt_dup_text (stmt, 2);
  out->destination = ovs_stmt_dup_text (stmt, 3);
  out->planned_date = ovs_stmt_dup_text (stmt, 4);
  out->actual_date = ovs_stmt_dup_text (stmt, 5);
  out->closed_on = ovs_stmt_dup_text (stmt, 6);
  out->notes = ovs_stmt_dup_text (stmt, 7);
  out->employer_to_id = ovs_stmt_get_int64 (stmt, 8);
  out->work_to_id = ovs_stmt_get_int64 (stmt, 9);
  ovs_stmt_reset (stmt);
  return TRUE;
}

gboolean
ovs_transfers_load_case (OvsStore *store, const char *personnel_number, gint64 version, OvsCaseRow *out,
                         GError **error)
{
  return ovs_transfers_find_case (store, personnel_number, out, error) &&
         ovs_store_check_version (store, "transfer_case", out->id, version, error);
}

gboolean
ovs_transfers_require_open (const OvsCaseRow *row, GError **error)
{
  g_autofree char *closed = ovs_date_iso_to_display (row->closed_on);

  if (!ovs_transfer_status_is_closed (row->status))
    return TRUE;
  g_set_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_CLOSED,
               _("The transfer case of %s is closed (%s since %s) and cannot change"),
               row->employee, ovs_vocab_label_for_code (OVS_TYPE_TRANSFER_STATUS, row->status), closed);
  return FALSE;
}

gboolean
ovs_check_iso_date (const char *field, const char *iso, gboolean required, GError **error)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    {
      if (!required)
        return TRUE;
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("%s: a date is required"), field);
      return FALSE;
    }
  if (ovs_date_from_iso (iso, &date))
    return TRUE;
  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
               _("%s: “%s” is not a date (YYYY-MM-DD)"), field, iso);
  return FALSE;
}

char *
ovs_dup_optional_text (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy != '\0')
    return copy;
  g_free (copy);
  return NULL;
}

gboolean
ovs_step_and_audit (OvsStore *store, OvsStmt *stmt, const char *action, const char *entity,
                    gint64 entity_id, JsonObject *changes, GError **error)
{
  g_assert (entity_id > 0);
  return ovs_stmt_run (stmt, error) &&
         ovs_store_audit (store, action, entity, entity_id, changes, error);
}

gint64
ovs_insert_and_audit (OvsStore *store, OvsStmt *stmt, const char *entity, JsonObject *changes, GError **error)
{
  gint64 id;

  if (!ovs_stmt_run_returning_id (stmt, &id, error))
    return 0;
  return ovs_store_audit (store, "insert", entity, id, changes, error) ? id : 0;
}

/* --- opening a case --- */

static const struct { const char *code; const char *title; } standard_items[] = {
  { "dossier_received", "Dossier ontvangen" },
  { "interview_held", "Gesprek gevoerd" },
  { "contract_signed", "Arbeidsovereenkomst getekend" },
  { "pension_arranged", "Pensioen (PWRI) geregeld" },
  { "payroll_registered", "Loonadministratie aangemeld" },
  { "workwear_issued", "Werkkleding/PBM uitgereikt" },
  { "licences_checked", "Rijbewijs en certificaten gecontroleerd" },
  { "crew_assigned", "Plaatsing/ploeg bepaald" },
};

const char * const *
ovs_transfers_standard_codes (void)
{
  static const char *codes[G_N_ELEMENTS (standard_items) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (standard_items); i++)
    codes[i] = standard_items[i].code;
  return codes;
}

const char *
ovs_transfers_standard_title (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (standard_items); i++)
    if (g_str_equal (code, standard_items[i].code))
      return standard_items[i].title;
  return NULL;
}

typedef struct { gint64 id; gint64 employer_id; char *employer; char *kind; char *status; } Employment;

static gboolean
load_employment (OvsStore *store, const char *personnel_number, Employment *out, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT e.id, e.employer_id, o.name, o.kind, e.status "
                                                 "FROM employee e JOIN organisation o ON o.id = e.employer_id "
                                                 "WHERE e.personnel_number = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, personnel_number);
  found = ovs_stmt_next (stmt, error);
  if (found)
    {
      out->id = ovs_stmt_get_int64 (stmt, 0);
      out->employer_id = ovs_stmt_get_int64 (stmt, 1);
      out->employer = ovs_stmt_dup_text (stmt, 2);
      out->kind = ovs_stmt_dup_text (stmt, 3);
      out->status = ovs_stmt_dup_text (stmt, 4);
    }
  ovs_stmt_reset (stmt);
  if (!found && (error == NULL || *error == NULL))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                 _("There is no employee with personnel number “%s”"), personnel_number);
  return found;
}

static void
employment_clear (Employment *e)
{
  g_free (e->employer);
  g_free (e->kind);
  g_free (e->status);
}

static gboolean
check_eligible (const char *personnel_number, const Employment *e, GError **error)
{
  if (ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, e->status, OVS_EMPLOYEE_STATUS_ENDED))
    {
      g_set_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_NOT_ELIGIBLE,
                   _("Employee %s is no longer employed (status ended); no transfer case can be opened"),
                   personnel_number);
      return FALSE;
    }
  if (!ovs_vocab_is (OVS_TYPE_ORGANISATION_KIND, e->kind, OVS_ORGANISATION_KIND_SHELTERED_COMPANY))
    {
      g_set_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_NOT_ELIGIBLE,
                   _("Employee %s is employed by %s, not by a sheltered-work company (Wezo, Larcom); "
                     "only their employees transfer"), personnel_number, e->employer);
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_checklist (OvsStore *store, gint64 case_id, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (standard_items); i++)
    {
      OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO checklist_item (case_id, code, title, position) "
                                                     "VALUES (?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      ovs_stmt_bind_int64 (stmt, 1, case_id);
      ovs_stmt_bind_text (stmt, 2, standard_items[i].code);
      ovs_stmt_bind_text (stmt, 3, standard_items[i].title);
      ovs_stmt_bind_int (stmt, 4, (int) i + 1);
      if (!ovs_stmt_run (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
insert_case (OvsStore *store, const char *personnel_number, const Employment *e, const char *destination,
             const char *planned_date, GError **error)
{
  /* work_from_id: where the person works when the case opens, which SE reports until the transfer. */
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO transfer_case (employee_id, from_org_id, destination, "
                                                 "planned_date, work_from_id) VALUES (?1, ?2, ?3, ?4, "
                                                 "(SELECT coalesce (w.work_organisation_id, w.employer_id) "
                                                 " FROM employee w WHERE w.id = ?1)) RETURNING id", error);
  g_autoptr(JsonObject) changes = json_object_new ();
  gint64 id;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, e->id);
  ovs_stmt_bind_int64 (stmt, 2, e->employer_id);
  ovs_stmt_bind_text (stmt, 3, destination);
  ovs_stmt_bind_text_or_null (stmt, 4, planned_date);
  if (!ovs_stmt_run_returning_id (stmt, &id, error))
    return 0;
  json_object_set_string_member (changes, "personnel_number", personnel_number);
  json_object_set_int_member (changes, "from_org_id", e->employer_id);
  json_object_set_string_member (changes, "destination", destination);
  json_object_set_string_member (changes, "planned_date", planned_date);
  json_object_set_int_member (changes, "checklist_items", G_N_ELEMENTS (standard_items));
  if (!insert_checklist (store, id, error) ||
      !ovs_store_audit (store, "insert", "transfer_case", id, changes, error))
    return 0;
  return id;
}

/* One case per employee: the employee and an existing case are read in the transaction that opens
 * the new one. */
static gint64
open_in_transaction (OvsStore *store, const char *personnel_number, const char *dest, const char *planned_date,
                     GError **error)
{
  Employment e = { 0 };
  g_auto(OvsCaseRow) existing = { 0 };
  gint64 id = 0;

  if (!load_employment (store, personnel_number, &e, error))
    return 0;
  if (ovs_transfers_find_case (store, personnel_number, &existing, NULL))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE,
                 _("Employee %s already has a transfer case (status %s)"), personnel_number,
                 ovs_vocab_label_for_code (OVS_TYPE_TRANSFER_STATUS, existing.status));
  else if (check_eligible (personnel_number, &e, error))
    id = insert_case (store, personnel_number, &e, dest, planned_date, error);
  employment_clear (&e);
  if (id != 0)
    ovs_store_emit_changed (store, "transfer_case");
  return id;
}

gint64
ovs_transfers_open (OvsStore *store, const char *personnel_number, const char *destination,
                    const char *planned_date, GError **error)
{
  const char *dest = NULL;
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  if (!ovs_store_require (store, OVS_PERM_EDIT_TRANSFERS, error) ||
      !ovs_vocab_check (OVS_TYPE_TRANSFER_DESTINATION, "destination", destination, &dest, error))
    return 0;
  if (!ovs_check_iso_date ("planned_date", planned_date, FALSE, error) || !ovs_store_begin (store, error))
    return 0;
  id = open_in_transaction (store, personnel_number, dest, planned_date, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

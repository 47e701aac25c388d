/* ovs-transfers-status.c — the status ladder of a transfer case, its planned date and its notes. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "transfers/ovs-transfers-private.h"

#define STATUS_LABEL(code) ovs_vocab_label_for_code (OVS_TYPE_TRANSFER_STATUS, (code))

/* The ladder's rule is the vocabulary's (ovs_transfer_status_allows()); this only says why a step is
 * refused. */
static gboolean
check_transition (const OvsCaseRow *row, const char *status, GError **error)
{
  int from = ovs_transfer_status_rank (row->status), to = ovs_transfer_status_rank (status);

  if (!ovs_transfers_require_open (row, error))
    return FALSE;
  if (ovs_transfer_status_allows (row->status, status))
    return TRUE;
  if (to == from)
    g_set_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_INVALID_TRANSITION,
                 _("The transfer case of %s already has status %s"), row->employee, STATUS_LABEL (status));
  else if (to < from)
    g_set_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_INVALID_TRANSITION,
                 _("The transfer case of %s cannot go back from %s to %s"), row->employee,
                 STATUS_LABEL (row->status), STATUS_LABEL (status));
  else
    g_set_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_INVALID_TRANSITION,
                 _("The transfer case of %s cannot jump from %s to %s; the next step is %s"), row->employee,
                 STATUS_LABEL (row->status), STATUS_LABEL (status),
                 STATUS_LABEL (ovs_transfer_status_next (row->status)));
  return FALSE;
}

static char *
missing_titles (OvsStore *store, gint64 case_id, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT title FROM checklist_item WHERE case_id = ? "
                                                 "AND done_on IS NULL ORDER BY position", error);
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, case_id);
  while (ovs_stmt_next (stmt, &local))
    g_string_append_printf (titles, "%s%s", titles->len ? ", " : "", ovs_stmt_get_text (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

/* Transferred is a fact: it needs its date (not a future one) and a complete checklist. */
static gboolean
check_transferred (OvsStore *store, const OvsCaseRow *row, const char *date, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  g_autofree char *missing = NULL;

  if (date == NULL)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                   _("actual_date: the transfer of %s needs the date it took effect"), row->employee);
      return FALSE;
    }
  if (strcmp (date, today) > 0)
    {
      g_autofree char *shown = ovs_date_iso_to_display (date);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("actual_date: %s is in the future; record the case as signed with a planned date "
                     "until the transfer has taken effect"), shown);
      return FALSE;
    }
  if ((missing = missing_titles (store, row->id, error)) == NULL)
    return FALSE;
  if (*missing == '\0')
    return TRUE;
  g_set_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_CHECKLIST_INCOMPLETE,
               _("The transfer of %s cannot be completed; still open on the checklist: %s"),
               row->employee, missing);
  return FALSE;
}

static gboolean
write_status (OvsStore *store, const OvsCaseRow *row, const char *status, const char *actual_date,
              const char *closed_on, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "UPDATE transfer_case SET status = ?, actual_date = ?, "
                                                 "closed_on = ? WHERE id = ?", error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, status);
  ovs_stmt_bind_text_or_null (stmt, 2, actual_date);
  ovs_stmt_bind_text_or_null (stmt, 3, closed_on);
  ovs_stmt_bind_int64 (stmt, 4, row->id);
  json_object_set_string_member (changes, "status", status);
  json_object_set_string_member (changes, "previous_status", row->status);
  if (g_strcmp0 (actual_date, row->actual_date) != 0)
    json_object_set_string_member (changes, "actual_date", actual_date);
  if (closed_on != NULL)
    json_object_set_string_member (changes, "closed_on", closed_on);
  return ovs_step_and_audit (store, stmt, "update", "transfer_case", row->id, changes, error);
}

static gboolean
apply_status (OvsStore *store, const OvsCaseRow *row, const char *status, const char *date, gboolean *moved,
              GError **error)
{
  gboolean transferred = ovs_vocab_is (OVS_TYPE_TRANSFER_STATUS, status, OVS_TRANSFER_STATUS_TRANSFERRED);
  const char *actual = transferred && date != NULL ? date : row->actual_date;
  g_autofree char *today = ovs_date_today_iso ();
  const char *closed = NULL;

  if (transferred)
    closed = actual;
  else if (ovs_transfer_status_is_closed (status))
    closed = date != NULL ? date : today;
  if (transferred && !check_transferred (store, row, actual, error))
    return FALSE;
  return write_status (store, row, status, actual, closed, error) &&
         (!transferred || ovs_transfers_apply_moves (store, row, actual, moved, error));
}

/* The case's status and its checklist are read inside the transaction that moves it on: two steps
 * taken at once cannot both start from the same status. */
static gboolean
set_status_in_transaction (OvsStore *store, const char *personnel_number, const char *code, const char *date,
                           gint64 version, GError **error)
{
  g_auto(OvsCaseRow) row = { 0 };
  gboolean moved = FALSE;

  if (!ovs_transfers_load_case (store, personnel_number, version, &row, error) ||
      !check_transition (&row, code, error) || !apply_status (store, &row, code, date, &moved, error))
    return FALSE;
  ovs_store_emit_changed (store, "transfer_case");
  if (moved)
    ovs_store_emit_changed (store, "employee");
  return TRUE;
}

gboolean
ovs_transfers_set_status (OvsStore *store, const char *personnel_number, const char *status, const char *date,
                          gint64 version, GError **error)
{
  const char *code = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_TRANSFERS, error) ||
      !ovs_vocab_check (OVS_TYPE_TRANSFER_STATUS, "status", status, &code, error))
    return FALSE;
  if (date != NULL && !ovs_transfer_status_is_closed (code))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("date: a date belongs only to transferred, stays or declined, not to %s"),
                   STATUS_LABEL (code));
      return FALSE;
    }
  if (!ovs_check_iso_date ("date", date, FALSE, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, set_status_in_transaction (store, personnel_number, code, date, version, error),
                           error);
}

/* Writes one column of an open case with its audit row, inside the caller's transaction; @column is
 * one of our literals, never input. */
static gboolean
update_case_text (OvsStore *store, const OvsCaseRow *row, const char *sql, const char *column,
                  const char *value, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;

  if (!ovs_transfers_require_open (row, error) || (stmt = ovs_store_prepare (store, sql, error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text_or_null (stmt, 1, value);
  ovs_stmt_bind_int64 (stmt, 2, row->id);
  json_object_set_string_member (changes, column, value);
  if (!ovs_step_and_audit (store, stmt, "update", "transfer_case", row->id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "transfer_case");
  return TRUE;
}

static gboolean
set_planned_date_in_transaction (OvsStore *store, const char *personnel_number, const char *planned_date,
                                 gint64 version, GError **error)
{
  g_auto(OvsCaseRow) row = { 0 };

  return ovs_transfers_load_case (store, personnel_number, version, &row, error) &&
         update_case_text (store, &row, "UPDATE transfer_case SET planned_date = ? WHERE id = ?",
                           "planned_date", planned_date, error);
}

gboolean
ovs_transfers_set_planned_date (OvsStore *store, const char *personnel_number, const char *planned_date,
                                gint64 version, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_TRANSFERS, error) ||
      !ovs_check_iso_date ("planned_date", planned_date, FALSE, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, set_planned_date_in_transaction (store, personnel_number, planned_date, version,
                                                                    error), error);
}

/* Notes are appended as dated lines, so earlier notes are never lost: the notes are read inside the
 * transaction that writes them, so two notes added at once both stay. */
static gboolean
add_note_in_transaction (OvsStore *store, const char *personnel_number, const char *note, gint64 version,
                         GError **error)
{
  g_auto(OvsCaseRow) row = { 0 };
  g_autofree char *today = ovs_date_today_iso ();
  g_autofree char *shown = ovs_date_iso_to_display (today);
  g_autofree char *notes = NULL;

  if (!ovs_transfers_load_case (store, personnel_number, version, &row, error))
    return FALSE;
  notes = g_strdup_printf ("%s%s%s %s: %s", row.notes ? row.notes : "", row.notes ? "\n" : "", shown,
                           ovs_store_get_user (store), note);
  return update_case_text (store, &row, "UPDATE transfer_case SET notes = ? WHERE id = ?", "notes", notes, error);
}

gboolean
ovs_transfers_add_note (OvsStore *store, const char *personnel_number, const char *text, gint64 version,
                        GError **error)
{
  g_autofree char *note = ovs_dup_optional_text (text);

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_TRANSFERS, error))
    return FALSE;
  if (note == NULL)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("notes: the note is empty"));
      return FALSE;
    }
  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, add_note_in_transaction (store, personnel_number, note, version, error), error);
}

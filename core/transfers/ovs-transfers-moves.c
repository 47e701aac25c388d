/* ovs-transfers-moves.c — what a transfer moves: the legal employer (who holds the Wsw employment: the
 * municipality or the GR), the work organisation (where the person works), or both.
 *
 * The GR's dissolution moves the Wsw employment to the municipality, and the person goes to work at
 * the municipal foundation through secondment, or stays at the SW company under a covenant. The
 * destination gives the default (foundation: the employment to the municipality and the work to the
 * foundation; covenant and other: nothing), and the municipality may choose otherwise per case. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-validate.h"
#include "overstap/vocab/ovs-vocab.h"
#include "transfers/ovs-transfers-private.h"

/* The first organisation of @kind still in existence, or 0. */
static gint64
first_of_kind (OvsStore *store, OvsOrganisationKind kind, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id FROM organisation WHERE kind = ? AND ended_on IS NULL "
                                            "ORDER BY id LIMIT 1", error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, ovs_vocab_code (OVS_TYPE_ORGANISATION_KIND, kind));
  if (ovs_stmt_next (stmt, error))
    id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return id;
}

/* The id of the organisation named @name that still exists, or 0 with an error naming it. */
static gint64
organisation_named (OvsStore *store, const char *option, const char *name, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, ended_on FROM organisation WHERE name = ?", error);
  gint64 id = 0;
  gboolean ended = FALSE;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, name);
  if (ovs_stmt_next (stmt, error))
    {
      id = ovs_stmt_get_int64 (stmt, 0);
      ended = !ovs_stmt_is_null (stmt, 1);
    }
  ovs_stmt_reset (stmt);
  if ((id == 0 || ended) && (error == NULL || *error == NULL))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION,
                 id == 0 ? _("%s: there is no organisation named “%s”") : _("%s: organisation “%s” has ended"),
                 option, name);
  return ended ? 0 : id;
}

static gboolean
write_moves (OvsStore *store, const OvsCaseRow *row, gint64 employer_to, gint64 work_to, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "UPDATE transfer_case SET employer_to_id = ?, work_to_id = ? "
                                            "WHERE id = ?", error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int_or_null (stmt, 1, employer_to != 0, employer_to);
  ovs_stmt_bind_int_or_null (stmt, 2, work_to != 0, work_to);
  ovs_stmt_bind_int64 (stmt, 3, row->id);
  json_object_set_int_member (changes, "employer_to_id", employer_to);
  json_object_set_int_member (changes, "work_to_id", work_to);
  return ovs_step_and_audit (store, stmt, "update", "transfer_case", row->id, changes, error);
}

/* NULL: unchanged; "": back to the destination's default; else the organisation's name. */
static gboolean
resolve (OvsStore *store, const char *option, const char *name, gint64 current, gint64 *out, GError **error)
{
  g_autofree char *trimmed = name ? g_strstrip (g_strdup (name)) : NULL;

  if (trimmed == NULL)
    *out = current;
  else if (*trimmed == '\0')
    *out = 0;
  else if ((*out = organisation_named (store, option, trimmed, error)) == 0)
    return FALSE;
  return TRUE;
}

static gboolean
set_moves_in_transaction (OvsStore *store, const char *personnel_number, const char *employer_to,
                          const char *work_to, gint64 version, GError **error)
{
  g_auto(OvsCaseRow) row = { 0 };
  gint64 employer = 0, work = 0;

  return ovs_transfers_load_case (store, personnel_number, version, &row, error) &&
         ovs_transfers_require_open (&row, error) &&
         resolve (store, "employer", employer_to, row.employer_to_id, &employer, error) &&
         resolve (store, "work_organisation", work_to, row.work_to_id, &work, error) &&
         write_moves (store, &row, employer, work, error);
}

gboolean
ovs_transfers_set_moves (OvsStore *store, const char *personnel_number, const char *employer_to,
                         const char *work_to, gint64 version, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_TRANSFERS, error) || !ovs_store_begin (store, error) ||
      !ovs_store_finish (store, set_moves_in_transaction (store, personnel_number, employer_to, work_to, version,
                                                          error), error))
    return FALSE;
  ovs_store_emit_changed (store, "transfer_case");
  return TRUE;
}

/* --- on the transfer --- */

static gboolean
record_moves (OvsStore *store, const OvsCaseRow *row, gint64 employer_to, gint64 work_to, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "UPDATE transfer_case SET employer_to_id = ?, work_to_id = ? "
                                            "WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int_or_null (stmt, 1, employer_to != 0, employer_to);
  ovs_stmt_bind_int_or_null (stmt, 2, work_to != 0, work_to);
  ovs_stmt_bind_int64 (stmt, 3, row->id);
  return ovs_stmt_run (stmt, error);
}

/* FALSE when the database failed; *@name is NULL when there is no such organisation. */
static gboolean
organisation_name (OvsStore *store, gint64 id, char **name, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT name FROM organisation WHERE id = ?", error);
  g_autoptr(GError) local = NULL;

  *name = NULL;
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (ovs_stmt_next (stmt, &local))
    *name = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

/* What the case moves: its own choice, else the destination's default. The foundation destination
 * needs a foundation; the municipality becomes the employer when there is one. */
static gboolean
moves_of (OvsStore *store, const OvsCaseRow *row, gint64 *employer_to, gint64 *work_to, GError **error)
{
  gboolean foundation = ovs_vocab_is (OVS_TYPE_TRANSFER_DESTINATION, row->destination,
                                      OVS_TRANSFER_DESTINATION_FOUNDATION);

  *employer_to = row->employer_to_id;
  *work_to = row->work_to_id;
  if (!foundation)
    return TRUE;
  if (*work_to == 0 && (*work_to = first_of_kind (store, OVS_ORGANISATION_KIND_FOUNDATION, error)) == 0)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, OVS_TRANSFER_ERROR, OVS_TRANSFER_ERROR_NO_FOUNDATION,
                     _("There is no municipal foundation (an organisation of kind foundation) to transfer to"));
      return FALSE;
    }
  if (*employer_to == 0)
    *employer_to = first_of_kind (store, OVS_ORGANISATION_KIND_MUNICIPALITY, NULL);
  return TRUE;
}

static gboolean
audit_org (OvsStore *store, JsonObject *changes, const char *key, gint64 id, gint64 previous, GError **error)
{
  g_autofree char *id_key = g_strconcat (key, "_id", NULL);
  g_autofree char *previous_key = g_strconcat ("previous_", key, "_id", NULL);
  g_autofree char *name = NULL;

  if (!organisation_name (store, id, &name, error))
    return FALSE;
  json_object_set_int_member (changes, id_key, id);
  json_object_set_string_member (changes, key, name);
  json_object_set_int_member (changes, previous_key, previous);
  return TRUE;
}

gboolean
ovs_transfers_apply_moves (OvsStore *store, const OvsCaseRow *row, const char *date, gboolean *moved,
                           GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  gint64 employer_to, work_to, employer = 0, work = 0;
  OvsStmt *stmt;

  *moved = FALSE;
  if (!moves_of (store, row, &employer_to, &work_to, error))
    return FALSE;
  if ((stmt = ovs_store_prepare (store, "SELECT employer_id, coalesce (work_organisation_id, employer_id) "
                                        "FROM employee WHERE id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, row->employee_id);
  if (ovs_stmt_next (stmt, error))
    {
      employer = ovs_stmt_get_int64 (stmt, 0);
      work = ovs_stmt_get_int64 (stmt, 1);
    }
  ovs_stmt_reset (stmt);
  if (error != NULL && *error != NULL)
    return FALSE;
  /* The case keeps what it moved, so that SE before and after the date can be told apart; the
   * employee's audit row below names the case. */
  if ((employer_to != row->employer_to_id || work_to != row->work_to_id) &&
      !record_moves (store, row, employer_to, work_to, error))
    return FALSE;
  if ((employer_to == 0 || employer_to == employer) && (work_to == 0 || work_to == work))
    return TRUE;
  if ((stmt = ovs_store_prepare (store, "UPDATE employee SET employer_id = ?, work_organisation_id = ? "
                                        "WHERE id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employer_to != 0 ? employer_to : employer);
  ovs_stmt_bind_int64 (stmt, 2, work_to != 0 ? work_to : work);
  ovs_stmt_bind_int64 (stmt, 3, row->employee_id);
  if (employer_to != 0 && employer_to != employer &&
      !audit_org (store, changes, "employer", employer_to, employer, error))
    return FALSE;
  if (work_to != 0 && work_to != work &&
      !audit_org (store, changes, "work_organisation", work_to, work, error))
    return FALSE;
  json_object_set_string_member (changes, "valid_from", date);
  json_object_set_int_member (changes, "transfer_case_id", row->id);
  *moved = TRUE;
  return ovs_step_and_audit (store, stmt, "update", "employee", row->employee_id, changes, error);
}

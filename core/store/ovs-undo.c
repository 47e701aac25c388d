/* ovs-undo.c — taking back a record just made (see ovs-undo.h).
 *
 * The row is deleted with its version checked and an audit row in one transaction. Rows that the
 * rule made together with it (a transfer case's checklist, a pattern's members) go with it, but only
 * while untouched. Whatever else refers to the row stops the delete at the database's foreign key,
 * which both engines enforce immediately: that is the one place that knows every reference. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/store/ovs-undo.h"
#include "store/ovs-version-private.h"

G_DEFINE_QUARK (ovs-undo-error-quark, ovs_undo_error)

/* How the right to take back a row is decided: by a permission, or by the crew the row belongs to
 * (a teamleider's own crews), as the rule that made it decides. */
typedef enum { BY_PERMISSION, BY_CREW_COLUMN, BY_ABSENCE } Rule;

/* The tables the window makes records in. @children names a table made together with the row and
 * its column pointing at it; @children_versioned says whether those rows have a version to check.
 * Table and column names come only from here, never from input. */
static const struct
{
  const char   *table;
  Rule          rule;
  OvsPermission perm;
  const char   *children;
  const char   *parent_column;
  gboolean      children_versioned;
} allowed[] = {
  { "organisation", BY_PERMISSION, OVS_PERM_EDIT_ORGANISATIONS, NULL, NULL, FALSE },
  { "crew", BY_PERMISSION, OVS_PERM_EDIT_CREWS, NULL, NULL, FALSE },
  { "crew_membership", BY_CREW_COLUMN, OVS_PERM_EDIT_CREWS, NULL, NULL, FALSE },
  { "shift_pattern", BY_CREW_COLUMN, OVS_PERM_EDIT_CREWS, "shift_pattern_member", "pattern_id", FALSE },
  { "absence", BY_ABSENCE, OVS_PERM_EDIT_EMPLOYEES, NULL, NULL, FALSE },
  { "transfer_case", BY_PERMISSION, OVS_PERM_EDIT_TRANSFERS, "checklist_item", "case_id", TRUE },
  { "covenant", BY_PERMISSION, OVS_PERM_EDIT_COVENANTS, NULL, NULL, FALSE },
  { "covenant_agreement", BY_PERMISSION, OVS_PERM_EDIT_COVENANTS, NULL, NULL, FALSE },
  { "covenant_employee", BY_PERMISSION, OVS_PERM_EDIT_COVENANTS, NULL, NULL, FALSE },
  { "milestone", BY_PERMISSION, OVS_PERM_EDIT_MILESTONES, NULL, NULL, FALSE },
  { "placement", BY_PERMISSION, OVS_PERM_EDIT_PLACEMENTS, NULL, NULL, FALSE },
  { "qualification", BY_PERMISSION, OVS_PERM_EDIT_EMPLOYEES, NULL, NULL, FALSE },
};

static int
find_table (const char *table)
{
  for (guint i = 0; table != NULL && i < G_N_ELEMENTS (allowed); i++)
    if (strcmp (allowed[i].table, table) == 0)
      return (int) i;
  return -1;
}

gboolean
ovs_store_undo_allowed (const char *table)
{
  return find_table (table) >= 0;
}

/* A number from the row (its crew, its employee) in *@value, 0 when NULL or missing; FALSE only when the
 * database failed. */
static gboolean
row_int (OvsStore *store, const char *table, const char *column, gint64 id, gint64 *value, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?", column, table);
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  *value = 0;
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (ovs_stmt_next (stmt, &local))
    *value = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

/* An absence is a teamleider's to take back when it is for their crew or for one of their members. */
static gboolean
may_undo_absence (OvsStore *store, gint64 id, GError **error)
{
  g_autoptr(GError) local = NULL;
  gint64 crew_id, employee_id;
  OvsStmt *stmt;
  gboolean own = FALSE;

  if (!row_int (store, "absence", "crew_id", id, &crew_id, error) ||
      !row_int (store, "absence", "employee_id", id, &employee_id, error))
    return FALSE;
  if (ovs_store_can (store, OVS_PERM_EDIT_EMPLOYEES))
    return TRUE;
  if (crew_id != 0 || employee_id == 0)
    return crew_id != 0 ? ovs_store_require_crew (store, crew_id, error)
                        : ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error);
  if ((stmt = ovs_store_prepare (store, "SELECT crew_id FROM crew_membership WHERE employee_id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  while (!own && ovs_stmt_next (stmt, &local))
    own = ovs_store_can_edit_crew (store, ovs_stmt_get_int64 (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return own || ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error);
}

static gboolean
may_undo (OvsStore *store, int i, gint64 id, GError **error)
{
  switch (allowed[i].rule)
    {
    case BY_CREW_COLUMN:
      {
        gint64 crew_id;

        return row_int (store, allowed[i].table, "crew_id", id, &crew_id, error) &&
               ovs_store_require_crew (store, crew_id, error);
      }
    case BY_ABSENCE:
      return may_undo_absence (store, id, error);
    case BY_PERMISSION:
    default:
      return ovs_store_require (store, allowed[i].perm, error);
    }
}

/* The conflict's own message ends with advice for a save (reload, or apply yours over it) that does
 * not fit an undo, so the message says only what stands in the way. */
static gboolean
fail_changed (GError **error)
{
  g_set_error_literal (error, OVS_UNDO_ERROR, OVS_UNDO_ERROR_CHANGED,
                       _("This cannot be undone: it was changed after it was made. Change or end it "
                         "instead."));
  return FALSE;
}

/* Inside the transaction: the row still at @version, its rows made with it untouched. */
static gboolean
check_unchanged (OvsStore *store, int i, gint64 id, gint64 version, GError **error)
{
  g_autoptr(GError) conflict = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt;
  gint64 changed = 0;

  if (ovs_store_row_version (store, allowed[i].table, id, error) == 0)
    return FALSE;
  if (!ovs_store_check_version (store, allowed[i].table, id, version, &conflict))
    {
      if (!g_error_matches (conflict, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT))
        return g_propagate_error (error, g_steal_pointer (&conflict)), FALSE;
      return fail_changed (error);
    }
  if (allowed[i].children == NULL || !allowed[i].children_versioned)
    return TRUE;
  sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s = ? AND version > 1", allowed[i].children,
                         allowed[i].parent_column);
  if ((stmt = ovs_store_prepare (store, sql, error)) == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (ovs_stmt_next (stmt, &local))
    changed = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return changed == 0 || fail_changed (error);
}

static gboolean
delete_where (OvsStore *store, const char *table, const char *column, gint64 id, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ?", table, column);
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (ovs_stmt_run (stmt, &local))
    return TRUE;
  /* Both engines report a reference to the row as a constraint error. */
  if (g_error_matches (local, OVS_STORE_ERROR, OVS_STORE_ERROR_CONSTRAINT))
    g_set_error_literal (error, OVS_UNDO_ERROR, OVS_UNDO_ERROR_IN_USE,
                         _("This cannot be undone: other records already refer to it. Change or end it "
                           "instead."));
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static gboolean
undo_in_transaction (OvsStore *store, int i, gint64 id, gint64 version, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();

  if (!may_undo (store, i, id, error) || !check_unchanged (store, i, id, version, error))
    return FALSE;
  if (allowed[i].children != NULL &&
      !delete_where (store, allowed[i].children, allowed[i].parent_column, id, error))
    return FALSE;
  json_object_set_boolean_member (changes, "undo", TRUE);
  json_object_set_int_member (changes, "version", version);
  return delete_where (store, allowed[i].table, "id", id, error) &&
         ovs_store_audit (store, "delete", allowed[i].table, id, changes, error);
}

gboolean
ovs_store_undo_insert (OvsStore *store, const char *table, gint64 id, gint64 version, GError **error)
{
  int i;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((i = find_table (table)) < 0)
    {
      g_set_error (error, OVS_UNDO_ERROR, OVS_UNDO_ERROR_NOT_UNDOABLE,
                   _("A new %s cannot be undone; remove or end it instead"), table);
      return FALSE;
    }
  if (!ovs_store_begin (store, error))
    return FALSE;
  if (!ovs_store_finish (store, undo_in_transaction (store, i, id, version, error), error))
    return FALSE;
  ovs_store_emit_changed (store, table);
  return TRUE;
}

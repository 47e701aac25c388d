/* ovs-stmt.c — the engine-neutral statement functions of ovs-sql-private.h: each asks the engine
 * that made the statement, and the conveniences (optional values, runs, dup) are written once here. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/ovs-engine-private.h"

void
ovs_stmt_bind_text (OvsStmt *stmt, int index, const char *text)
{
  if (text == NULL)
    stmt->klass->bind_null (stmt, index);
  else
    stmt->klass->bind_text (stmt, index, text, TRUE);
}

void
ovs_stmt_bind_text_static (OvsStmt *stmt, int index, const char *text)
{
  if (text == NULL)
    stmt->klass->bind_null (stmt, index);
  else
    stmt->klass->bind_text (stmt, index, text, FALSE);
}

void
ovs_stmt_bind_text_or_null (OvsStmt *stmt, int index, const char *text)
{
  ovs_stmt_bind_text (stmt, index, text != NULL && *text != '\0' ? text : NULL);
}

void
ovs_stmt_bind_int64 (OvsStmt *stmt, int index, gint64 value)
{
  stmt->klass->bind_int64 (stmt, index, value);
}

void
ovs_stmt_bind_int (OvsStmt *stmt, int index, int value)
{
  stmt->klass->bind_int64 (stmt, index, value);
}

void
ovs_stmt_bind_double (OvsStmt *stmt, int index, double value)
{
  stmt->klass->bind_double (stmt, index, value);
}

/* Booleans are stored as 0 and 1, which both engines compare and sum alike. */
void
ovs_stmt_bind_boolean (OvsStmt *stmt, int index, gboolean value)
{
  stmt->klass->bind_int64 (stmt, index, value ? 1 : 0);
}

void
ovs_stmt_bind_null (OvsStmt *stmt, int index)
{
  stmt->klass->bind_null (stmt, index);
}

void
ovs_stmt_bind_int_or_null (OvsStmt *stmt, int index, gboolean is_set, gint64 value)
{
  if (is_set)
    stmt->klass->bind_int64 (stmt, index, value);
  else
    stmt->klass->bind_null (stmt, index);
}

int
ovs_stmt_param_index (OvsStmt *stmt, const char *name)
{
  return stmt->klass->param_index (stmt, name);
}

gboolean
ovs_stmt_next (OvsStmt *stmt, GError **error)
{
  g_autoptr(GError) local = NULL;

  if (error != NULL)
    return stmt->klass->next (stmt, error);
  /* A caller with no way to report an error still must not hide one: a read that failed (a lost
   * server connection, a refused column) would otherwise look like "no rows" in every list. */
  if (stmt->klass->next (stmt, &local))
    return TRUE;
  if (local != NULL)
    g_warning ("Reading from the database failed: %s", local->message);
  return FALSE;
}

gboolean
ovs_stmt_run (OvsStmt *stmt, GError **error)
{
  GError *local = NULL;

  while (stmt->klass->next (stmt, &local))
    ;
  stmt->klass->reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/* Steps to the statement's first row, reads its id and runs it to the end: an INSERT's effects are
 * complete only when it is done. FALSE only on an error; *found tells whether a row came back. */
static gboolean
run_returning (OvsStmt *stmt, gint64 *id, gboolean *found, GError **error)
{
  GError *local = NULL;

  *found = stmt->klass->next (stmt, &local);
  *id = *found ? stmt->klass->get_int64 (stmt, 0) : 0;
  while (*found && stmt->klass->next (stmt, &local))
    ;
  stmt->klass->reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

gboolean
ovs_stmt_run_returning_id (OvsStmt *stmt, gint64 *id, GError **error)
{
  gboolean found;

  if (!run_returning (stmt, id, &found, error))
    return FALSE;
  if (!found)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                   _("Database error: the new row's id was not returned"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ovs_stmt_run_returning_id_or_none (OvsStmt *stmt, gint64 *id, GError **error)
{
  gboolean found;

  return run_returning (stmt, id, &found, error);
}

void
ovs_stmt_reset (OvsStmt *stmt)
{
  stmt->klass->reset (stmt);
}

gint64
ovs_stmt_changes (OvsStmt *stmt)
{
  return stmt->klass->changes (stmt);
}

int
ovs_stmt_column_count (OvsStmt *stmt)
{
  return stmt->klass->column_count (stmt);
}

const char *
ovs_stmt_column_name (OvsStmt *stmt, int column)
{
  return stmt->klass->column_name (stmt, column);
}

OvsValueKind
ovs_stmt_column_kind (OvsStmt *stmt, int column)
{
  return stmt->klass->column_kind (stmt, column);
}

gboolean
ovs_stmt_is_null (OvsStmt *stmt, int column)
{
  return stmt->klass->column_kind (stmt, column) == OVS_VALUE_NULL;
}

gint64
ovs_stmt_get_int64 (OvsStmt *stmt, int column)
{
  return stmt->klass->get_int64 (stmt, column);
}

int
ovs_stmt_get_int (OvsStmt *stmt, int column)
{
  return (int) stmt->klass->get_int64 (stmt, column);
}

double
ovs_stmt_get_double (OvsStmt *stmt, int column)
{
  return stmt->klass->get_double (stmt, column);
}

gboolean
ovs_stmt_get_boolean (OvsStmt *stmt, int column)
{
  return stmt->klass->get_int64 (stmt, column) != 0;
}

const char *
ovs_stmt_get_text (OvsStmt *stmt, int column)
{
  return stmt->klass->get_text (stmt, column);
}

char *
ovs_stmt_dup_text (OvsStmt *stmt, int column)
{
  return g_strdup (stmt->klass->get_text (stmt, column));
}

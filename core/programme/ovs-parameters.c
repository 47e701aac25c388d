/* ovs-parameters.c — dated parameters: a value holds from its date until the next row of its name. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "overstap/base/ovs-date.h"
#include "overstap/programme/ovs-parameters.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-store-private.h"
#include "store/ovs-version-private.h"

static gboolean
validate_value (const char *name, OvsParameterName which, double value, GError **error)
{
  gboolean ok;

  if (which == OVS_PARAMETER_FULLTIME_MINUTES)
    ok = value >= 60 && value <= 2400;
  else if (which == OVS_PARAMETER_CENTS_PER_SE)
    ok = value >= 0 && value < 1e12;
  else
    ok = value > 0 && value <= 10;
  if (!ok || !isfinite (value))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("Parameter %s: %g is out of range"), name, value);
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate (const char *name, const char *valid_from, double value, GError **error)
{
  GDate date;
  int which;

  if (!ovs_vocab_lookup (OVS_TYPE_PARAMETER_NAME, name, &which))
    {
      g_autofree char *names = ovs_vocab_codes_joined (OVS_TYPE_PARAMETER_NAME, NULL);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("“%s” is not a parameter (%s)"), name ? name : "", names);
      return FALSE;
    }
  if (!ovs_date_from_iso (valid_from, &date))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("Parameter %s: valid_from “%s” is not a date"), name, valid_from ? valid_from : "");
      return FALSE;
    }
  return validate_value (name, which, value, error);
}

static gboolean
write_row (OvsStore *store, const char *name, const char *valid_from, double value, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "INSERT INTO parameter (name, valid_from, value) VALUES (?, ?, ?) "
    "ON CONFLICT (name, valid_from) DO UPDATE SET value = excluded.value RETURNING id", error);
  g_autoptr(JsonObject) changes = json_object_new ();
  gint64 id;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, name);
  ovs_stmt_bind_text (stmt, 2, valid_from);
  ovs_stmt_bind_double (stmt, 3, value);
  if (!ovs_stmt_run_returning_id (stmt, &id, error))
    return FALSE;
  ovs_stmt_reset (stmt);
  json_object_set_string_member (changes, "name", name);
  json_object_set_string_member (changes, "valid_from", valid_from);
  /* A whole number as one ("2280", not "2280.0"), as a person reads it in a conflict's message. */
  if (value == floor (value) && fabs (value) < 1e15)
    json_object_set_int_member (changes, "value", (gint64) value);
  else
    json_object_set_double_member (changes, "value", value);
  return ovs_store_audit (store, "set", "parameter", id, changes, error);
}

/* The row of @name starting on @valid_from: *id 0 when there is none. */
static gboolean
row_on (OvsStore *store, const char *name, const char *valid_from, gint64 *id, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id FROM parameter WHERE name = ? AND valid_from = ?", error);

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, name);
  ovs_stmt_bind_text (stmt, 2, valid_from);
  if (ovs_stmt_next (stmt, &local))
    *id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
set_stale (GError **error)
{
  g_set_error_literal (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT,
                       _("Someone else saved this value in the meantime. Reload to see their change, or apply "
                         "yours again over it."));
  return FALSE;
}

/* Inside the write transaction: whether the row on that date is still as the editor read it. Every
 * audited change of a parameter names its value, so any change since @expected is one the editor has
 * not seen. A row the editor did not see at all was made at version 1 and audited at version 2. */
static gboolean
check_unchanged (OvsStore *store, const char *name, const char *valid_from, gint64 expected, GError **error)
{
  static const char *const keys[] = { "value", NULL };
  gint64 id;

  if (expected == 0)
    return TRUE;
  if (!row_on (store, name, valid_from, &id, error))
    return FALSE;
  if (id == 0)
    return expected == OVS_PARAMETERS_NO_ROW ? TRUE : set_stale (error);
  if (expected == OVS_PARAMETERS_NO_ROW)
    return ovs_store_check_fields (store, "parameter", id, 1, keys, NULL, error) ? set_stale (error) : FALSE;
  return ovs_store_check_fields (store, "parameter", id, expected, keys, NULL, error);
}

gboolean
ovs_parameters_set (OvsStore *store, const char *name, const char *valid_from, double value, GError **error)
{
  return ovs_parameters_set_checked (store, name, valid_from, value, 0, error);
}

gboolean
ovs_parameters_set_checked (OvsStore *store, const char *name, const char *valid_from, double value,
                            gint64 version, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_PARAMETERS, error) || !validate (name, valid_from, value, error))
    return FALSE;
  if (!ovs_store_begin (store, error))
    return FALSE;
  if (!check_unchanged (store, name, valid_from, version, error) || !write_row (store, name, valid_from, value, error))
    {
      ovs_store_rollback (store);
      return FALSE;
    }
  if (!ovs_store_commit (store, error))
    return FALSE;
  ovs_store_emit_changed (store, "parameter");
  return TRUE;
}

gboolean
ovs_parameters_check_value (const char *name, double value, GError **error)
{
  int which;

  if (!ovs_vocab_lookup (OVS_TYPE_PARAMETER_NAME, name, &which))
    return validate (name, "", value, error);
  return validate_value (ovs_vocab_label (OVS_TYPE_PARAMETER_NAME, which), which, value, error);
}

gboolean
ovs_parameters_value_at (OvsStore *store, const char *name, const char *date, double *value, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt;
  gboolean found;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL && date != NULL && value != NULL, FALSE);

  stmt = ovs_store_prepare (store, "SELECT value FROM parameter WHERE name = ? AND valid_from <= ? "
                                   "ORDER BY valid_from DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, name);
  ovs_stmt_bind_text (stmt, 2, date);
  found = ovs_stmt_next (stmt, &local);
  if (found)
    *value = ovs_stmt_get_double (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (!found)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                 _("Parameter %s has no value on %s"), name, date);
  return found;
}

JsonArray *
ovs_parameters_list (OvsStore *store, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(JsonArray) rows = json_array_new ();
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT id, name, valid_from, LEAD (valid_from) OVER (PARTITION BY name ORDER BY valid_from), value, version "
    "FROM parameter ORDER BY name, valid_from", error);

  if (stmt == NULL)
    return NULL;
  while (ovs_stmt_next (stmt, &local))
    {
      JsonObject *row = json_object_new ();
      /* A value holds until the day before the next one starts; that day is computed in C. */
      g_autofree char *valid_to = ovs_date_iso_add_days (ovs_stmt_get_text (stmt, 3), -1);

      json_object_set_int_member (row, "id", ovs_stmt_get_int64 (stmt, 0));
      json_object_set_string_member (row, "name", ovs_stmt_get_text (stmt, 1));
      json_object_set_string_member (row, "valid_from", ovs_stmt_get_text (stmt, 2));
      json_object_set_string_member (row, "valid_to", valid_to);
      json_object_set_double_member (row, "value", ovs_stmt_get_double (stmt, 4));
      json_object_set_int_member (row, "version", ovs_stmt_get_int64 (stmt, 5));
      json_array_add_object_element (rows, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&rows);
}

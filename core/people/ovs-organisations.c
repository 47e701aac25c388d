/* ovs-organisations.c — organisations: the sheltered-work companies, the municipality, the
 * foundation, employers and hirers. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-organisations.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-rows-private.h"
#include "store/ovs-store-private.h"
#include "store/ovs-version-private.h"

/* Looks up @name in any case; *ended_on (if not NULL) gets its end date. 0 when there is none, or
 * with @error set when the database failed. */
static gint64
lookup (OvsStore *store, const char *name, char **ended_on, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, ended_on FROM organisation WHERE name = ?", error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, name);
  if (ovs_stmt_next (stmt, error))
    {
      id = ovs_stmt_get_int64 (stmt, 0);
      if (ended_on != NULL)
        *ended_on = ovs_stmt_dup_text (stmt, 1);
    }
  ovs_stmt_reset (stmt);
  return id;
}

gint64
ovs_organisations_find (OvsStore *store, const char *name, GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);

  id = lookup (store, name ? name : "", NULL, error);
  if (id == 0 && (error == NULL || *error == NULL))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION,
                 _("Unknown organisation “%s”; see “overstap-cli list organisations”"), name ? name : "");
  return id;
}

static gboolean
validate_new (OvsStore *store, const char *name, const char *kind_text, const char **kind, GError **error)
{
  g_autoptr(GError) local = NULL;

  if (*name == '\0')
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("An organisation needs a name"));
      return FALSE;
    }
  if (!ovs_vocab_check (OVS_TYPE_ORGANISATION_KIND, "kind", kind_text, kind, error))
    return FALSE;
  if (lookup (store, name, NULL, &local) == 0)
    {
      if (local == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE,
               _("There is already an organisation named “%s”"), name);
  return FALSE;
}

static gint64
insert (OvsStore *store, const char *name, const char *kind, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO organisation (name, kind) VALUES (?, ?) RETURNING id",
                                          error);
  g_autoptr(JsonObject) changes = json_object_new ();
  gint64 id;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, name);
  ovs_stmt_bind_text (stmt, 2, kind);
  if (!ovs_stmt_run_returning_id (stmt, &id, error))
    return 0;
  json_object_set_string_member (changes, "name", name);
  json_object_set_string_member (changes, "kind", kind);
  return ovs_store_audit (store, "insert", "organisation", id, changes, error) ? id : 0;
}

/* The name is checked free in the transaction that inserts it. */
static gint64
add_in_transaction (OvsStore *store, const char *name, const char *kind_text, GError **error)
{
  const char *kind = NULL;
  gint64 id;

  if (!validate_new (store, name, kind_text, &kind, error) || (id = insert (store, name, kind, error)) == 0)
    return 0;
  ovs_store_emit_changed (store, "organisation");
  return id;
}

gint64
ovs_organisations_add (OvsStore *store, const char *name, const char *kind_text, GError **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name ? name : ""));
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);

  if (!ovs_store_require (store, OVS_PERM_EDIT_ORGANISATIONS, error) || !ovs_store_begin (store, error))
    return 0;
  id = add_in_transaction (store, clean, kind_text, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

static gboolean
update_ended_on (OvsStore *store, gint64 id, const char *ended_on, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "UPDATE organisation SET ended_on = ? WHERE id = ?", error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, ended_on);
  ovs_stmt_bind_int64 (stmt, 2, id);
  json_object_set_string_member (changes, "ended_on", ended_on);
  return ovs_stmt_run (stmt, error) &&
         ovs_store_audit (store, "end", "organisation", id, changes, error);
}

/* The organisation is read and compared with the version the caller read (0: no check) in the
 * transaction that ends it. */
static gboolean
end_in_transaction (OvsStore *store, const char *name, const char *date, gint64 version, GError **error)
{
  g_autofree char *already = NULL;
  gint64 id;

  if ((id = ovs_organisations_find (store, name, error)) == 0 ||
      lookup (store, name, &already, error) == 0 ||
      !ovs_store_check_version (store, "organisation", id, version, error))
    return FALSE;
  if (already != NULL)
    {
      g_autofree char *shown = ovs_date_iso_to_display (already);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("Organisation “%s” already ended on %s"), name, shown);
      return FALSE;
    }
  if (!update_ended_on (store, id, date, error))
    return FALSE;
  ovs_store_emit_changed (store, "organisation");
  return TRUE;
}

gboolean
ovs_organisations_end (OvsStore *store, const char *name, const char *ended_on, gint64 version, GError **error)
{
  g_autofree char *date = ended_on ? g_strdup (ended_on) : ovs_date_today_iso ();

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_ORGANISATIONS, error) ||
      !ovs_rows_check_date (date, _("end date"), TRUE, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_in_transaction (store, name, date, version, error), error);
}

JsonArray *
ovs_organisations_list_json (OvsStore *store, GError **error)
{
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error))
    return NULL;
  stmt = ovs_store_prepare (store, "SELECT id, name, kind, ended_on FROM organisation ORDER BY name", error);
  return stmt ? ovs_row_json_collect (stmt, error) : NULL;
}

GListStore *
ovs_organisations_list (OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_organisations_list_json (store, error);

  return rows ? ovs_rows_to_list_store (rows, OVS_TYPE_ORGANISATION, ovs_organisation_new_from_row) : NULL;
}

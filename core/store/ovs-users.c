/* ovs-users.c — users and their roles. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/store/ovs-users.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-store-private.h"
#include "store/ovs-access-private.h"

/* *@id is 0 when no row has the name; FALSE only when the database failed. */
static gboolean
lookup_id (OvsStore *store, const char *sql, const char *name, gint64 *id, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, name);
  if (ovs_stmt_next (stmt, &local))
    *id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gint64
crew_id (OvsStore *store, const char *crew, GError **error)
{
  gint64 id;

  if (!lookup_id (store, "SELECT id FROM crew WHERE name = ?", crew, &id, error))
    return 0;
  if (id == 0)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_CREW,
                 _("There is no crew named “%s”"), crew);
  return id;
}

static gint64
user_id (OvsStore *store, const char *name, GError **error)
{
  gint64 id;

  if (!lookup_id (store, "SELECT id FROM app_user WHERE name = ?", name, &id, error))
    return 0;
  if (id == 0)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_UNKNOWN_USER,
                 _("There is no user named “%s”"), name);
  return id;
}

static gboolean
insert_user_crew (OvsStore *store, gint64 uid, gint64 cid, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO user_crew (user_id, crew_id) VALUES (?, ?) "
                                          "ON CONFLICT DO NOTHING", error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, uid);
  ovs_stmt_bind_int64 (stmt, 2, cid);
  if (!ovs_stmt_run (stmt, error))
    return FALSE;
  json_object_set_int_member (changes, "crew_id", cid);
  return ovs_store_audit (store, "grant_crew", "app_user", uid, changes, error);
}

static gint64
insert_user (OvsStore *store, const char *name, OvsRole role, const char *crew, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO app_user (name, role) VALUES (?, ?) RETURNING id", error);
  g_autoptr(JsonObject) changes = json_object_new ();
  gint64 id, cid = 0;

  if (crew != NULL && (cid = crew_id (store, crew, error)) == 0)
    return 0;
  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, name);
  ovs_stmt_bind_text (stmt, 2, ovs_role_to_string (role));
  if (!ovs_stmt_run_returning_id (stmt, &id, error))
    return 0;
  json_object_set_string_member (changes, "name", name);
  json_object_set_string_member (changes, "role", ovs_role_to_string (role));
  if (!ovs_store_audit (store, "insert", "app_user", id, changes, error))
    return 0;
  if (cid != 0 && !insert_user_crew (store, id, cid, error))
    return 0;
  /* On a server the user gets a login role of the same name in the group of their role. */
  return ovs_store_add_login (store, name, role, error) ? id : 0;
}

gint64
ovs_users_add (OvsStore *store, const char *name, OvsRole role, const char *crew, GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  if (!ovs_store_require (store, OVS_PERM_EDIT_USERS, error))
    return 0;
  if (name == NULL || *name == '\0')
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("A user needs a name"));
      return 0;
    }
  if (role == OVS_ROLE_NONE)
    {
      g_autofree char *roles = ovs_vocab_codes_joined (OVS_TYPE_ROLE, NULL);

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE, _("The role must be one of %s"),
                   roles);
      return 0;
    }
  if (!ovs_store_begin (store, error))
    return 0;
  if ((id = insert_user (store, name, role, crew, error)) == 0)
    {
      ovs_store_rollback (store);
      return 0;
    }
  if (!ovs_store_commit (store, error))
    return 0;
  ovs_store_emit_changed (store, "app_user");
  return id;
}

static gboolean
grant_crew_in_transaction (OvsStore *store, const char *name, const char *crew, GError **error)
{
  gint64 uid, cid;

  return (uid = user_id (store, name, error)) != 0 && (cid = crew_id (store, crew, error)) != 0 &&
         insert_user_crew (store, uid, cid, error);
}

gboolean
ovs_users_grant_crew (OvsStore *store, const char *name, const char *crew, GError **error)
{
  if (!ovs_store_require (store, OVS_PERM_EDIT_USERS, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, grant_crew_in_transaction (store, name, crew, error), error);
}

static gboolean
end_in_transaction (OvsStore *store, const char *name, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;
  gint64 uid;

  if ((uid = user_id (store, name, error)) == 0 ||
      (stmt = ovs_store_prepare (store, "UPDATE app_user SET ended_on = ? WHERE id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_int64 (stmt, 2, uid);
  json_object_set_string_member (changes, "ended_on", today);
  return ovs_stmt_run (stmt, error) && ovs_store_audit (store, "end", "app_user", uid, changes, error) &&
         ovs_store_end_login (store, name, error);
}

gboolean
ovs_users_end (OvsStore *store, const char *name, GError **error)
{
  if (!ovs_store_require (store, OVS_PERM_EDIT_USERS, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_in_transaction (store, name, error), error);
}

static gboolean
password_in_transaction (OvsStore *store, const char *name, const char *password, GError **error)
{
  gint64 uid;

  /* The audit row says that it changed, never what to. */
  return (uid = user_id (store, name, error)) != 0 && ovs_store_set_login_password (store, name, password, error) &&
         ovs_store_audit (store, "password", "app_user", uid, NULL, error);
}

gboolean
ovs_users_set_password (OvsStore *store, const char *name, const char *password, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL && password != NULL, FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_USERS, error))
    return FALSE;
  if (*password == '\0')
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("The password is empty"));
      return FALSE;
    }
  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, password_in_transaction (store, name, password, error), error);
}

/* The names of the crews @user_id may plan, as a JSON array built in C (each engine has its own JSON
 * aggregate). Users are few, so a query each is cheap. */
static JsonArray *
user_crews (OvsStore *store, gint64 user_id, GError **error)
{
  g_autoptr(JsonArray) crews = json_array_new ();
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT c.name FROM user_crew uc JOIN crew c ON c.id = uc.crew_id "
                                            "WHERE uc.user_id = ? ORDER BY uc.crew_id", error);

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, user_id);
  while (ovs_stmt_next (stmt, &local))
    json_array_add_string_element (crews, ovs_stmt_get_text (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&crews);
}

JsonArray *
ovs_users_list (OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) rows = json_array_new ();
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, name, role, ended_on FROM app_user ORDER BY name", error);

  if (stmt == NULL)
    return NULL;
  while (local == NULL && ovs_stmt_next (stmt, &local))
    {
      JsonObject *row = json_object_new ();
      JsonArray *crews = user_crews (store, ovs_stmt_get_int64 (stmt, 0), &local);

      json_object_set_int_member (row, "id", ovs_stmt_get_int64 (stmt, 0));
      json_object_set_string_member (row, "name", ovs_stmt_get_text (stmt, 1));
      json_object_set_string_member (row, "role", ovs_stmt_get_text (stmt, 2));
      json_object_set_string_member (row, "ended_on", ovs_stmt_get_text (stmt, 3));
      json_object_set_array_member (row, "crews", crews != NULL ? crews : json_array_new ());
      json_array_add_object_element (rows, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&rows);
}

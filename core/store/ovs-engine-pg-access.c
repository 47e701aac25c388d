/* ovs-engine-pg-access.c — the roles in the database itself, on PostgreSQL: the access rules of
 * sql/pg-access.sql kept current, the login role of each Overstap user, and who the user is. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "store/ovs-access-private.h"
#include "store/ovs-engine-private.h"

#define ACCESS_RESOURCE "/org/overstap/core/access/pg-access.sql"

gboolean
ovs_store_is_server (OvsStore *self)
{
  return strcmp (self->engine->name, "sqlite") != 0;
}

static char *
query_text (OvsStore *self, const char *sql, const char *param, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (self, sql, error);
  char *text = NULL;

  if (stmt == NULL)
    return NULL;
  if (param != NULL)
    ovs_stmt_bind_text (stmt, 1, param);
  if (ovs_stmt_next (stmt, error))
    text = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  return text;
}

static gboolean
query_flag (OvsStore *self, const char *sql, const char *param)
{
  g_autofree char *text = query_text (self, sql, param, NULL);

  return g_strcmp0 (text, "1") == 0;
}

/* The owner of the tables (or a superuser) grants; the users' own roles cannot and need not. */
static gboolean
may_grant (OvsStore *self)
{
  return query_flag (self, "SELECT CASE WHEN pg_has_role (current_user, tableowner, 'USAGE') THEN '1' ELSE '0' END "
                           "FROM pg_tables WHERE schemaname = current_schema () AND tablename = 'employee'", NULL);
}

/* A user's own login: a member of one of the group roles, not the owner. */
static gboolean
is_member_login (OvsStore *self)
{
  return !may_grant (self) &&
         query_flag (self, "SELECT CASE WHEN count (*) > 0 THEN '1' ELSE '0' END FROM pg_roles r "
                           "WHERE r.rolname IN ('overstap_kwartiermaker', 'overstap_hr', 'overstap_teamleider') "
                           "AND pg_has_role (session_user, r.oid, 'MEMBER')", NULL);
}

static gboolean
apply_script (OvsStore *self, const char *sql, const char *checksum, GError **error)
{
  OvsStmt *stmt;

  if (!ovs_store_exec (self, "CREATE TABLE IF NOT EXISTS overstap_access (checksum TEXT NOT NULL)", error) ||
      !ovs_store_exec (self, sql, error) || !ovs_store_exec (self, "DELETE FROM overstap_access", error) ||
      (stmt = ovs_store_prepare (self, "INSERT INTO overstap_access (checksum) VALUES (?)", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, checksum);
  return ovs_stmt_run (stmt, error);
}

gboolean
ovs_store_apply_access (OvsStore *self, GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *applied = NULL;
  g_autofree char *keyed = NULL;

  if (!ovs_store_is_server (self) || !may_grant (self))
    return TRUE;
  if ((bytes = g_resources_lookup_data (ACCESS_RESOURCE, 0, error)) == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  /* Again whenever the rules or the schema change: a later migration's tables get their grants. */
  keyed = g_strdup_printf ("%d\n%s", ovs_store_get_schema_version (self), sql);
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, keyed, -1);
  if (query_flag (self, "SELECT CASE WHEN to_regclass ('overstap_access') IS NULL THEN '0' ELSE '1' END", NULL))
    applied = query_text (self, "SELECT max (checksum) FROM overstap_access", NULL, NULL);
  if (g_strcmp0 (applied, checksum) == 0)
    return TRUE;
  if (!ovs_store_begin (self, error))
    return FALSE;
  if (!ovs_store_finish (self, apply_script (self, sql, checksum, error), error))
    {
      g_prefix_error (error, _("The access rules could not be set on the server: "));
      return FALSE;
    }
  return TRUE;
}

char *
ovs_store_default_user (OvsStore *self)
{
  g_return_val_if_fail (OVS_IS_STORE (self), NULL);
  if (ovs_store_is_server (self))
    return query_text (self, "SELECT session_user", NULL, NULL);
  return g_strdup (g_get_user_name ());
}

gboolean
ovs_store_check_login (OvsStore *self, const char *name, GError **error)
{
  g_autofree char *login = NULL;

  if (!ovs_store_is_server (self) || !is_member_login (self))
    return TRUE;
  login = query_text (self, "SELECT session_user", NULL, error);
  if (g_strcmp0 (login, name) == 0)
    return TRUE;
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED,
               _("Connected to the server as %s: Overstap works as that user, not as %s"), login, name);
  return FALSE;
}

/* --- login roles --- */

static const char *
group_of (OvsRole role)
{
  switch (role)
    {
    case OVS_ROLE_KWARTIERMAKER: return "overstap_kwartiermaker";
    case OVS_ROLE_HR: return "overstap_hr";
    case OVS_ROLE_TEAMLEIDER: return "overstap_teamleider";
    case OVS_ROLE_NONE:
    default: return NULL;
    }
}

/* Runs the statement that format () makes of @format with the parameters quoted by the server (%I,
 * %L): a role name or password is never pasted into SQL by us. */
static gboolean
exec_formatted (OvsStore *self, const char *format, const char *a, const char *b, GError **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT format ('%s', ?::text, ?::text)", format);
  OvsStmt *stmt = ovs_store_prepare (self, select, error);
  g_autofree char *sql = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, a);
  ovs_stmt_bind_text (stmt, 2, b);
  if (ovs_stmt_next (stmt, error))
    sql = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  return sql != NULL && ovs_store_exec (self, sql, error);
}

gboolean
ovs_store_add_login (OvsStore *self, const char *name, OvsRole role, GError **error)
{
  const char *group = group_of (role);

  if (!ovs_store_is_server (self))
    return TRUE;
  g_return_val_if_fail (group != NULL, FALSE);
  if (query_flag (self, "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) THEN '1' ELSE '0' END",
                  name))
    return exec_formatted (self, "ALTER ROLE %I LOGIN", name, NULL, error) &&
           exec_formatted (self, "GRANT %I TO %I", group, name, error);
  return exec_formatted (self, "CREATE ROLE %I LOGIN IN ROLE %I", name, group, error);
}

gboolean
ovs_store_end_login (OvsStore *self, const char *name, GError **error)
{
  if (!ovs_store_is_server (self) ||
      !query_flag (self, "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) THEN '1' ELSE '0' END",
                   name))
    return TRUE;
  return exec_formatted (self, "ALTER ROLE %I NOLOGIN", name, NULL, error);
}

gboolean
ovs_store_set_login_password (OvsStore *self, const char *name, const char *password, GError **error)
{
  if (!ovs_store_is_server (self))
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                   _("Passwords belong to a server database; a SQLite file has none"));
      return FALSE;
    }
  return exec_formatted (self, "ALTER ROLE %I PASSWORD %L", name, password, error);
}

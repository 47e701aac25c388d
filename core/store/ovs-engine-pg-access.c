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

/* The first column of the first row of @sql, with @param and @param2 (either may be NULL) bound. */
static char *
query_text2 (OvsStore *self, const char *sql, const char *param, const char *param2, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (self, sql, error);
  char *text = NULL;

  if (stmt == NULL)
    return NULL;
  if (param != NULL)
    ovs_stmt_bind_text (stmt, 1, param);
  if (param2 != NULL)
    ovs_stmt_bind_text (stmt, 2, param2);
  if (ovs_stmt_next (stmt, error))
    text = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  return text;
}

static char *
query_text (OvsStore *self, const char *sql, const char *param, GError **error)
{
  return query_text2 (self, sql, param, NULL, error);
}

static gboolean
query_flag (OvsStore *self, const char *sql, const char *param)
{
  g_autofree char *text = query_text (self, sql, param, NULL);

  return g_strcmp0 (text, "1") == 0;
}

static gboolean
role_exists (OvsStore *self, const char *name)
{
  return query_flag (self, "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) THEN '1' ELSE '0' END",
                     name);
}

/* --- the connect role of this database --- */

#define PLACE_PREFIX "overstap_db_"
#define PLACE_PREFIX_LENGTH 12
/* PostgreSQL cuts longer names (NAMEDATALEN - 1 bytes) and two cut names could meet. */
#define ROLE_NAME_MAX 63

/* The role whose members may connect to this database and use its Overstap schema: "overstap_db_" and
 * the database's name, and ".schema" where the tables are not in schema public (one schema per
 * municipality). A name longer than a role name may be keeps its first bytes (whole characters) and
 * ends in part of a hash of the whole, so that two long names never share one role. */
static char *
place_role (OvsStore *self, GError **error)
{
  g_autofree char *database = query_text (self, "SELECT current_database ()", NULL, error);
  g_autofree char *schema = NULL;
  g_autofree char *where = NULL;
  g_autofree char *name = NULL;
  g_autofree char *hash = NULL;
  gsize keep = ROLE_NAME_MAX - 9;

  if (database == NULL || (schema = query_text (self, "SELECT current_schema ()", NULL, error)) == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                     _("The connection has no schema to work in (see search_path in the address)"));
      return NULL;
    }
  where = strcmp (schema, "public") == 0 ? g_strdup (database) : g_strconcat (database, ".", schema, NULL);
  name = g_strconcat (PLACE_PREFIX, where, NULL);
  if (strlen (name) <= ROLE_NAME_MAX)
    return g_steal_pointer (&name);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, where, -1);
  while (keep > 0 && (name[keep] & 0xC0) == 0x80)
    keep--;
  return g_strdup_printf ("%.*s_%.8s", (int) keep, name, hash);
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

/* This database's connect role, created when missing. A login role of that name is somebody's, not ours. */
static gboolean
ensure_place_role (OvsStore *self, const char *place, GError **error)
{
  if (!role_exists (self, place))
    return exec_formatted (self, "CREATE ROLE %I NOLOGIN", place, NULL, error);
  if (!query_flag (self, "SELECT CASE WHEN rolcanlogin THEN '1' ELSE '0' END FROM pg_roles WHERE rolname = ?", place))
    return TRUE;
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
               _("The server has a login role %s, the name Overstap gives the role that may connect to this "
                 "database"), place);
  return FALSE;
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

/* pg-access.sql with the connect role @place, the database and the schema in it, quoted by the server.
 * In one pass, so that a name that happens to hold a placeholder is never replaced again. */
static char *
script_for (OvsStore *self, const char *script, const char *place, GError **error)
{
  static const char *const tokens[] = { "@place@", "@database@", "@schema@" };
  g_auto(GStrv) values = g_new0 (char *, G_N_ELEMENTS (tokens) + 1);
  GString *sql;

  if ((values[0] = query_text (self, "SELECT quote_ident (?::text)", place, error)) == NULL ||
      (values[1] = query_text (self, "SELECT quote_ident (current_database ())", NULL, error)) == NULL ||
      (values[2] = query_text (self, "SELECT quote_ident (current_schema ())", NULL, error)) == NULL)
    return NULL;
  sql = g_string_sized_new (strlen (script) + 256);
  for (const char *p = script; *p != '\0';)
    {
      gsize i;

      for (i = 0; i < G_N_ELEMENTS (tokens) && !g_str_has_prefix (p, tokens[i]); i++)
        ;
      if (i < G_N_ELEMENTS (tokens))
        {
          g_string_append (sql, values[i]);
          p += strlen (tokens[i]);
        }
      else
        g_string_append_c (sql, *p++);
    }
  return g_string_free (sql, FALSE);
}

/* The users of this database who are not ended and whose login role is in the group of their role:
 * those who connected before there was a connect role keep connecting. */
static gboolean
grant_place_to_users (OvsStore *self, const char *place, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (self, "SELECT u.name FROM app_user u JOIN pg_roles r ON r.rolname = u.name "
                                           "JOIN pg_roles g ON g.rolname = 'overstap_' || u.role "
                                           "WHERE u.ended_on IS NULL AND r.rolcanlogin "
                                           "AND pg_has_role (r.oid, g.oid, 'MEMBER')", error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    g_ptr_array_add (names, ovs_stmt_dup_text (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  for (guint i = 0; i < names->len; i++)
    if (strcmp (names->pdata[i], place) != 0 && !exec_formatted (self, "GRANT %I TO %I", place, names->pdata[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
apply_script (OvsStore *self, const char *script, const char *place, const char *checksum, GError **error)
{
  g_autofree char *sql = NULL;
  OvsStmt *stmt;

  if (!ensure_place_role (self, place, error) || (sql = script_for (self, script, place, error)) == NULL ||
      !ovs_store_exec (self, "CREATE TABLE IF NOT EXISTS overstap_access (checksum TEXT NOT NULL)", error) ||
      !ovs_store_exec (self, sql, error) || !grant_place_to_users (self, place, error) ||
      !ovs_store_exec (self, "DELETE FROM overstap_access", error) ||
      (stmt = ovs_store_prepare (self, "INSERT INTO overstap_access (checksum) VALUES (?)", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, checksum);
  return ovs_stmt_run (stmt, error);
}

/* Whether any role may connect or use the schema. pg_dump keeps the schema's grants but not the
 * database's (only with --create): a restored database is open to every role on the server until the
 * rules are applied again, even though they have not changed. */
static gboolean
open_to_public (OvsStore *self)
{
  return query_flag (self, "SELECT CASE WHEN has_database_privilege ('public', current_database (), 'CONNECT') "
                           "OR has_schema_privilege ('public', current_schema (), 'USAGE') THEN '1' ELSE '0' END",
                     NULL);
}

gboolean
ovs_store_apply_access (OvsStore *self, GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *applied = NULL;
  g_autofree char *keyed = NULL;
  g_autofree char *place = NULL;

  if (!ovs_store_is_server (self) || !may_grant (self))
    return TRUE;
  if ((bytes = g_resources_lookup_data (ACCESS_RESOURCE, 0, error)) == NULL || (place = place_role (self, error)) == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  /* Again whenever the rules or the schema change (a later migration's tables get their grants), and
   * under another name (a renamed database gets a connect role of its new name). */
  keyed = g_strdup_printf ("%d\n%s\n%s", ovs_store_get_schema_version (self), place, sql);
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, keyed, -1);
  if (query_flag (self, "SELECT CASE WHEN to_regclass ('overstap_access') IS NULL THEN '0' ELSE '1' END", NULL))
    applied = query_text (self, "SELECT max (checksum) FROM overstap_access", NULL, NULL);
  if (g_strcmp0 (applied, checksum) == 0 && !open_to_public (self))
    return TRUE;
  if (!ovs_store_begin (self, error))
    return FALSE;
  if (!ovs_store_finish (self, apply_script (self, sql, place, checksum, error), error))
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



/* The group roles other than @group that the login role @name is itself a member of (not through
 * being a superuser), or NULL. */
static char *
other_groups (OvsStore *self, const char *name, const char *group)
{
  return query_text2 (self, "SELECT string_agg (g.rolname, ', ' ORDER BY g.rolname) FROM pg_auth_members m "
                            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                            "WHERE u.rolname = ? AND g.rolname <> ? "
                            "AND g.rolname IN ('overstap_kwartiermaker', 'overstap_hr', 'overstap_teamleider')",
                      name, group, NULL);
}

/* A login role of that name exists already: the same person, added in another municipality's database
 * on this server (or ended and added again). They get this database's connect role too. Their group
 * role holds in every database they connect to, so one person has one Overstap role on a server: a
 * team leader here who is hr elsewhere would read everything here. */
static gboolean
add_existing_login (OvsStore *self, const char *name, const char *group, const char *place, GError **error)
{
  g_autofree char *others = other_groups (self, name, group);

  if (others != NULL)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_DUPLICATE,
                   _("The server already has a login role %s in %s, and roles hold for every database on the "
                     "server: give this user the same role here, or another name"), name, others);
      return FALSE;
    }
  return exec_formatted (self, "ALTER ROLE %I LOGIN", name, NULL, error) &&
         exec_formatted (self, "GRANT %I TO %I", group, name, error) &&
         exec_formatted (self, "GRANT %I TO %I", place, name, error);
}

gboolean
ovs_store_add_login (OvsStore *self, const char *name, OvsRole role, GError **error)
{
  const char *group = group_of (role);
  g_autofree char *place = NULL;

  if (!ovs_store_is_server (self))
    return TRUE;
  g_return_val_if_fail (group != NULL, FALSE);
  if ((place = place_role (self, error)) == NULL)
    return FALSE;
  if (role_exists (self, name))
    return add_existing_login (self, name, group, place, error);
  return exec_formatted (self, "CREATE ROLE %I LOGIN IN ROLE %I", name, group, error) &&
         exec_formatted (self, "GRANT %I TO %I", place, name, error);
}

/* The user no longer connects to this database; the login itself ends when it connects to no other
 * Overstap database on the server (the same person in another municipality's database keeps working). */
gboolean
ovs_store_end_login (OvsStore *self, const char *name, GError **error)
{
  g_autofree char *place = NULL;

  if (!ovs_store_is_server (self) || !role_exists (self, name))
    return TRUE;
  if ((place = place_role (self, error)) == NULL ||
      (role_exists (self, place) && !exec_formatted (self, "REVOKE %I FROM %I", place, name, error)))
    return FALSE;
  if (query_flag (self, "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? "
                        "AND left (g.rolname, " G_STRINGIFY (PLACE_PREFIX_LENGTH) ") = '" PLACE_PREFIX "') "
                        "THEN '1' ELSE '0' END", name))
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

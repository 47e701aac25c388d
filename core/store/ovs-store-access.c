/* ovs-store-access.c — who is using the store, what their role may do, and the audit log. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "store/ovs-store-private.h"
#include "store/ovs-version-private.h"
#include "store/ovs-access-private.h"
#include "store/ovs-engine-private.h"

/* A typed wrapper over the vocabulary's OVS_TYPE_ROLE: no role is "" (never stored, and nothing to
 * show). */
const char *
ovs_role_to_string (OvsRole role)
{
  const char *code = role != OVS_ROLE_NONE ? ovs_vocab_code (OVS_TYPE_ROLE, role) : NULL;

  g_return_val_if_fail (role == OVS_ROLE_NONE || code != NULL, "");
  return code != NULL ? code : "";
}

static gboolean
load_own_crews (OvsStore *self, gint64 user_id, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (self, "SELECT crew_id FROM user_crew WHERE user_id = ?", error);
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return FALSE;
  g_hash_table_remove_all (self->own_crews);
  ovs_stmt_bind_int64 (stmt, 1, user_id);
  while (ovs_stmt_next (stmt, &local))
    {
      gint64 *id = g_new (gint64, 1);

      *id = ovs_stmt_get_int64 (stmt, 0);
      g_hash_table_add (self->own_crews, id);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      /* Half a list of crews would give too few rights, silently: have none. */
      g_hash_table_remove_all (self->own_crews);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

gboolean
ovs_store_set_user (OvsStore *self, const char *name, GError **error)
{
  g_autofree char *fallback = NULL;
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt;
  gint64 user_id;
  int role;

  g_return_val_if_fail (OVS_IS_STORE (self), FALSE);
  if (name == NULL)
    name = fallback = ovs_store_default_user (self);
  /* On a server a user's own login is who they are, whatever name they give. */
  if (!ovs_store_check_login (self, name, error))
    return FALSE;

  stmt = ovs_store_prepare (self, "SELECT id, role FROM app_user WHERE name = ? AND ended_on IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, name);
  if (!ovs_stmt_next (stmt, &local))
    {
      ovs_stmt_reset (stmt);
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_UNKNOWN_USER,
                   _("User “%s” is not known in this database; a kwartiermaker can add them "
                     "with “overstap-cli user add”"), name);
      return FALSE;
    }
  user_id = ovs_stmt_get_int64 (stmt, 0);
  /* A stored role the vocabulary does not know is no role at all. */
  if (!ovs_vocab_lookup (OVS_TYPE_ROLE, ovs_stmt_get_text (stmt, 1), &role))
    role = OVS_ROLE_NONE;
  ovs_stmt_reset (stmt);
  if (!load_own_crews (self, user_id, error))
    return FALSE;

  g_free (self->user);
  self->user = g_strdup (name);
  self->role = (OvsRole) role;
  return TRUE;
}

const char *
ovs_store_get_user (OvsStore *self)
{
  g_return_val_if_fail (OVS_IS_STORE (self), NULL);
  return self->user;
}

OvsRole
ovs_store_get_role (OvsStore *self)
{
  g_return_val_if_fail (OVS_IS_STORE (self), OVS_ROLE_NONE);
  return self->role;
}

gboolean
ovs_store_can (OvsStore *self, OvsPermission perm)
{
  g_return_val_if_fail (OVS_IS_STORE (self), FALSE);

  switch (self->role)
    {
    case OVS_ROLE_KWARTIERMAKER:
      return TRUE;
    case OVS_ROLE_HR:
      /* A backup, the access log and purging concern everybody's data at once: the kwartiermaker
       * answers for them (AVG art. 5(2), accountability). */
      return perm != OVS_PERM_EDIT_MILESTONES && perm != OVS_PERM_EDIT_PARAMETERS &&
             perm != OVS_PERM_EDIT_USERS && perm != OVS_PERM_EDIT_NOTES && perm != OVS_PERM_BACKUP &&
             perm != OVS_PERM_VIEW_ACCESS_LOG && perm != OVS_PERM_PURGE;
    case OVS_ROLE_TEAMLEIDER:
      /* Crew edits are checked per crew by ovs_store_can_edit_crew(). */
      return perm == OVS_PERM_VIEW_EMPLOYEES;
    case OVS_ROLE_NONE:
    default:
      return FALSE;
    }
}

static const char *
permission_description (OvsPermission perm)
{
  switch (perm)
    {
    case OVS_PERM_VIEW_BSN: return _("see citizen service numbers (BSN)");
    case OVS_PERM_VIEW_HEALTH: return _("see indications, wage value or sickness");
    case OVS_PERM_EDIT_EMPLOYEES: return _("change employees");
    case OVS_PERM_EDIT_PLACEMENTS: return _("change placements");
    case OVS_PERM_EDIT_TRANSFERS: return _("change transfer cases");
    case OVS_PERM_EDIT_COVENANTS: return _("change covenants");
    case OVS_PERM_EDIT_CREWS: return _("change crews");
    case OVS_PERM_EDIT_ORGANISATIONS: return _("change organisations");
    case OVS_PERM_EDIT_MILESTONES: return _("change milestones");
    case OVS_PERM_EDIT_PARAMETERS: return _("change parameters");
    case OVS_PERM_EDIT_USERS: return _("manage users");
    case OVS_PERM_EDIT_NOTES: return _("edit the monitor's notes");
    case OVS_PERM_VIEW_AUDIT: return _("read the audit log");
    case OVS_PERM_VIEW_HR_SECTIONS: return _("open HR sections");
    case OVS_PERM_VIEW_PERSONAL: return _("see birth dates, residences, salary scales or employment types");
    case OVS_PERM_BACKUP: return _("back up or copy the whole database");
    case OVS_PERM_VIEW_ACCESS_LOG: return _("read the access log of health data");
    case OVS_PERM_PURGE: return _("purge health data");
    case OVS_PERM_VIEW_EMPLOYEES:
    default: return _("see employees");
    }
}

gboolean
ovs_store_require (OvsStore *self, OvsPermission perm, GError **error)
{
  if (ovs_store_can (self, perm))
    return TRUE;
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED,
               _("%s (role %s) may not %s"), self->user ? self->user : "?",
               self->role != OVS_ROLE_NONE ? ovs_role_to_string (self->role)
                                           : ovs_vocab_label (OVS_TYPE_ROLE, OVS_ROLE_NONE),
               permission_description (perm));
  return FALSE;
}

gboolean
ovs_store_can_edit_crew (OvsStore *self, gint64 crew_id)
{
  g_return_val_if_fail (OVS_IS_STORE (self), FALSE);

  if (self->role == OVS_ROLE_KWARTIERMAKER || self->role == OVS_ROLE_HR)
    return TRUE;
  return self->role == OVS_ROLE_TEAMLEIDER && g_hash_table_contains (self->own_crews, &crew_id);
}

gboolean
ovs_store_require_crew (OvsStore *self, gint64 crew_id, GError **error)
{
  if (ovs_store_can_edit_crew (self, crew_id))
    return TRUE;
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED,
               _("%s (role %s) may not change this crew: it is not their own crew"),
               self->user ? self->user : "?", ovs_role_to_string (self->role));
  return FALSE;
}

const char *
ovs_store_crew_scope (OvsStore *self)
{
  g_return_val_if_fail (OVS_IS_STORE (self), NULL);

  /* A teamleider sees the people of their own crews only (AVG art. 5(1)(c), data minimisation). */
  return self->role == OVS_ROLE_TEAMLEIDER ? self->user : NULL;
}

/* On a server a role without personal data reads employees and absences only through the views that
 * pg-access.sql defines for it (the roster's columns; sickness shown as absent; only its own crews).
 * SQLite has no such rules, and core blanks the rest itself. */
static gboolean
reads_roster_views (OvsStore *self)
{
  return self->engine != &ovs_engine_sqlite && !ovs_store_can (self, OVS_PERM_VIEW_PERSONAL);
}

const char *
ovs_store_employee_source (OvsStore *self)
{
  g_return_val_if_fail (OVS_IS_STORE (self), "employee");
  return reads_roster_views (self) ? "employee_roster" : "employee";
}

const char *
ovs_store_absence_source (OvsStore *self)
{
  g_return_val_if_fail (OVS_IS_STORE (self), "absence");
  return reads_roster_views (self) ? "absence_roster" : "absence";
}

/* --- audit --- */

static char *
now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
ovs_store_audit (OvsStore *self, const char *action, const char *entity, gint64 entity_id,
                 JsonObject *changes, GError **error)
{
  g_autofree char *at = now_iso ();
  g_autofree char *json = NULL;
  gint64 version = ovs_store_entity_has_version (entity) && entity_id > 0 ? 1 : 0;
  OvsStmt *stmt;

  if (changes != NULL)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

      json_node_set_object (node, changes);
      json = json_to_string (node, FALSE);
    }
  /* A change of a versioned row raises its version here, next to its audit row, so that no audited
   * change can leave the version behind (ovs-version-private.h). */
  if (entity_id > 0 && ovs_store_entity_has_version (entity))
    {
      if (strcmp (action, "insert") != 0 && !ovs_store_bump_version (self, entity, entity_id, &version, error))
        return FALSE;
    }
  stmt = ovs_store_prepare (self, "INSERT INTO audit_log (at, user_name, action, entity, entity_id, changes, version) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, at);
  ovs_stmt_bind_text (stmt, 2, self->user ? self->user : g_get_user_name ());
  ovs_stmt_bind_text (stmt, 3, action);
  ovs_stmt_bind_text (stmt, 4, entity);
  ovs_stmt_bind_int_or_null (stmt, 5, entity_id > 0, entity_id);
  ovs_stmt_bind_text (stmt, 6, json ? json : "{}");
  ovs_stmt_bind_int_or_null (stmt, 7, version > 0, version);
  return ovs_stmt_run (stmt, error);
}

static JsonObject *
audit_row_to_json (OvsStmt *stmt)
{
  JsonObject *row = json_object_new ();
  g_autoptr(JsonNode) changes = json_from_string (ovs_stmt_get_text (stmt, 6), NULL);

  json_object_set_int_member (row, "id", ovs_stmt_get_int64 (stmt, 0));
  json_object_set_string_member (row, "at", ovs_stmt_get_text (stmt, 1));
  json_object_set_string_member (row, "user_name", ovs_stmt_get_text (stmt, 2));
  json_object_set_string_member (row, "action", ovs_stmt_get_text (stmt, 3));
  json_object_set_string_member (row, "entity", ovs_stmt_get_text (stmt, 4));
  if (ovs_stmt_is_null (stmt, 5))
    json_object_set_null_member (row, "entity_id");
  else
    json_object_set_int_member (row, "entity_id", ovs_stmt_get_int64 (stmt, 5));
  json_object_set_member (row, "changes", changes ? json_node_copy (changes) : json_node_new (JSON_NODE_NULL));
  return row;
}

JsonArray *
ovs_store_list_audit (OvsStore *self, int limit, GError **error)
{
  g_autoptr(JsonArray) rows = json_array_new ();
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt;

  if (!ovs_store_require (self, OVS_PERM_VIEW_AUDIT, error))
    return NULL;
  stmt = ovs_store_prepare (self, "SELECT id, at, user_name, action, entity, entity_id, changes "
                                  "FROM audit_log ORDER BY id DESC LIMIT ?", error);
  if (stmt == NULL)
    return NULL;
  /* No limit is the largest one: PostgreSQL refuses SQLite's LIMIT -1. */
  ovs_stmt_bind_int64 (stmt, 1, limit > 0 ? limit : G_MAXINT64);
  while (ovs_stmt_next (stmt, &local))
    json_array_add_object_element (rows, audit_row_to_json (stmt));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&rows);
}

/* --- first use --- */

static const struct { const char *name; OvsOrganisationKind kind; } default_organisations[] = {
  { "Wezo", OVS_ORGANISATION_KIND_SHELTERED_COMPANY },
  { "Larcom", OVS_ORGANISATION_KIND_SHELTERED_COMPANY },
  { "Gemeente", OVS_ORGANISATION_KIND_MUNICIPALITY },
  { "Stichting Werkbedrijf", OVS_ORGANISATION_KIND_FOUNDATION },
};

static gboolean
insert_default_organisations (OvsStore *self, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (self, "INSERT INTO organisation (name, kind) VALUES (?, ?) "
                                           "ON CONFLICT DO NOTHING RETURNING id", error);

  for (guint i = 0; stmt != NULL && i < G_N_ELEMENTS (default_organisations); i++)
    {
      gint64 id;

      ovs_stmt_bind_text (stmt, 1, default_organisations[i].name);
      ovs_stmt_bind_text (stmt, 2, ovs_vocab_code (OVS_TYPE_ORGANISATION_KIND, default_organisations[i].kind));
      if (!ovs_stmt_run_returning_id_or_none (stmt, &id, error))
        return FALSE;
      if (id != 0 && !ovs_store_audit (self, "insert", "organisation", id, NULL, error))
        return FALSE;
    }
  return stmt != NULL;
}

static gboolean
insert_first_user (OvsStore *self, const char *user, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (self, "INSERT INTO app_user (name, role) SELECT ?, ? "
                                                "WHERE NOT EXISTS (SELECT 1 FROM app_user) RETURNING id", error);
  g_autoptr(JsonObject) changes = json_object_new ();
  gint64 id;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, user);
  ovs_stmt_bind_text (stmt, 2, ovs_role_to_string (OVS_ROLE_KWARTIERMAKER));
  if (!ovs_stmt_run_returning_id_or_none (stmt, &id, error))
    return FALSE;
  if (id == 0)
    return TRUE;
  json_object_set_string_member (changes, "name", user);
  json_object_set_string_member (changes, "role", ovs_role_to_string (OVS_ROLE_KWARTIERMAKER));
  return ovs_store_audit (self, "insert", "app_user", id, changes, error);
}

gboolean
ovs_store_init_defaults (OvsStore *self, const char *user, GError **error)
{
  g_autofree char *previous = g_strdup (self->user);

  g_return_val_if_fail (OVS_IS_STORE (self), FALSE);
  g_return_val_if_fail (user != NULL, FALSE);

  /* The audit rows of the first start are written in the name of the user being created. */
  g_free (self->user);
  self->user = g_strdup (user);
  if (!ovs_store_begin (self, error))
    return FALSE;
  if (!insert_first_user (self, user, error) || !insert_default_organisations (self, error))
    {
      ovs_store_rollback (self);
      return FALSE;
    }
  if (!ovs_store_commit (self, error))
    return FALSE;
  ovs_store_emit_changed (self, "organisation");
  return ovs_store_set_user (self, previous ? previous : user, error);
}

/* ovs-pattern-members.c — the members a pattern is for. A crew whose people work different weeks
 * (a 36-hour and a 28-hour member) gets a pattern per week, each naming its people; a pattern that
 * names nobody plans every member, as patterns always did. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-validate.h"
#include "crews/ovs-pattern-private.h"

static gboolean
is_crew_member (OvsStore *store, gint64 crew_id, gint64 employee_id, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT 1 FROM crew_membership WHERE crew_id = ? AND employee_id = ?",
                                     error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, crew_id);
  ovs_stmt_bind_int64 (stmt, 2, employee_id);
  found = ovs_stmt_next (stmt, &local);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (!found)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                 _("for: employee %lld is not a member of the pattern's crew; add them to the crew first"),
                 (long long) employee_id);
  return found;
}

gboolean
ovs_pattern_write_members (OvsStore *store, gint64 pattern_id, gint64 crew_id, const gint64 *member_ids,
                           GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "DELETE FROM shift_pattern_member WHERE pattern_id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, pattern_id);
  if (!ovs_stmt_run (stmt, error))
    return FALSE;
  for (guint i = 0; member_ids != NULL && member_ids[i] != 0; i++)
    {
      if (!is_crew_member (store, crew_id, member_ids[i], error) ||
          (stmt = ovs_store_prepare (store, "INSERT INTO shift_pattern_member (pattern_id, employee_id) VALUES (?, ?) "
                                            "ON CONFLICT DO NOTHING", error)) == NULL)
        return FALSE;
      ovs_stmt_bind_int64 (stmt, 1, pattern_id);
      ovs_stmt_bind_int64 (stmt, 2, member_ids[i]);
      if (!ovs_stmt_run (stmt, error))
        return FALSE;
    }
  return TRUE;
}

GHashTable *
ovs_pattern_members_table (OvsStore *store, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) g_hash_table_unref);
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT pattern_id, employee_id FROM shift_pattern_member", error);

  if (stmt == NULL)
    return NULL;
  while (ovs_stmt_next (stmt, &local))
    {
      gint64 pattern = ovs_stmt_get_int64 (stmt, 0);
      GHashTable *members = g_hash_table_lookup (table, &pattern);

      if (members == NULL)
        {
          members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
          g_hash_table_insert (table, g_memdup2 (&pattern, sizeof pattern), members);
        }
      g_hash_table_add (members, g_memdup2 (&(gint64) { ovs_stmt_get_int64 (stmt, 1) }, sizeof (gint64)));
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&table);
}

gboolean
ovs_pattern_plans (GHashTable *table, gint64 pattern_id, gint64 employee_id)
{
  GHashTable *members = table ? g_hash_table_lookup (table, &pattern_id) : NULL;

  return members == NULL || g_hash_table_contains (members, &employee_id);
}

JsonArray *
ovs_pattern_members_json (OvsStore *store, gint64 pattern_id, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(JsonArray) rows = json_array_new ();
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT e.id, e.personnel_number, e.first_name, e.name_prefix, e.last_name FROM shift_pattern_member m "
    "JOIN employee e ON e.id = m.employee_id WHERE m.pattern_id = ? ORDER BY e.last_name, e.first_name, e.id", error);

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, pattern_id);
  while (ovs_stmt_next (stmt, &local))
    {
      JsonObject *o = json_object_new ();
      const char *prefix = ovs_stmt_get_text (stmt, 3);
      g_autofree char *name = g_strdup_printf ("%s %s%s%s", ovs_stmt_get_text (stmt, 2), prefix ? prefix : "",
                                               prefix ? " " : "", ovs_stmt_get_text (stmt, 4));

      json_object_set_int_member (o, "employee_id", ovs_stmt_get_int64 (stmt, 0));
      json_object_set_string_member (o, "personnel_number", ovs_stmt_get_text (stmt, 1));
      json_object_set_string_member (o, "name", name);
      json_array_add_object_element (rows, o);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&rows);
}

/* ovs-rows.c — rows as JSON objects and the helpers the organisation, placement and crew modules
 * share (see ovs-rows-private.h). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-rows-private.h"
#include "store/ovs-store-private.h"

const char *
ovs_row_get_string (JsonObject *row, const char *key)
{
  JsonNode *node = json_object_get_member (row, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

gint64
ovs_row_get_int (JsonObject *row, const char *key, gint64 fallback)
{
  JsonNode *node = json_object_get_member (row, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  return json_node_get_int (node);
}

GListStore *
ovs_rows_to_list_store (JsonArray *rows, GType type, OvsRowWrapFunc wrap)
{
  GListStore *list = g_list_store_new (type);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      g_autoptr(GObject) item = wrap (json_array_get_object_element (rows, i));

      g_list_store_append (list, item);
    }
  return list;
}

gboolean
ovs_rows_lookup_employee (OvsStore *store, gint64 id, OvsEmployeeRef *out, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT e.contract_minutes, e.personnel_number || ' (' || " OVS_SQL_EMPLOYEE_NAME " || ')' "
    "FROM employee e WHERE e.id = ?", error);
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (!ovs_stmt_next (stmt, &local))
    {
      ovs_stmt_reset (stmt);
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                   _("There is no employee with id %lld"), (long long) id);
      return FALSE;
    }
  out->id = id;
  out->contract_minutes = ovs_stmt_get_int (stmt, 0);
  out->label = ovs_stmt_dup_text (stmt, 1);
  ovs_stmt_reset (stmt);
  return TRUE;
}

gboolean
ovs_rows_check_date (const char *iso, const char *field, gboolean required, GError **error)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    {
      if (required)
        g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                     _("The %s is required"), field);
      return !required;
    }
  if (!ovs_date_from_iso (iso, &date))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("The %s “%s” is not a date (YYYY-MM-DD)"), field, iso);
      return FALSE;
    }
  return TRUE;
}

char *
ovs_rows_display_date (const char *iso)
{
  if (iso == NULL || *iso == '\0')
    return g_strdup (_("open-ended"));
  return ovs_date_iso_to_display (iso);
}

void
ovs_row_bind (OvsStmt *stmt, int index, JsonObject *row, const char *key)
{
  JsonNode *node = json_object_get_member (row, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    ovs_stmt_bind_null (stmt, index);
  else if (json_node_get_value_type (node) == G_TYPE_STRING)
    ovs_stmt_bind_text (stmt, index, json_node_get_string (node));
  else
    ovs_stmt_bind_int64 (stmt, index, json_node_get_int (node));
}

JsonObject *
ovs_row_diff (JsonObject *before, JsonObject *after)
{
  JsonObject *changes = json_object_new ();
  g_autoptr(GList) keys = json_object_get_members (after);

  for (GList *l = keys; l != NULL; l = l->next)
    {
      JsonNode *old = before ? json_object_get_member (before, l->data) : NULL;
      JsonNode *now = json_object_get_member (after, l->data);

      if (old == NULL || !json_node_equal (old, now))
        json_object_set_member (changes, l->data, json_node_copy (now));
    }
  return changes;
}

char *
ovs_rows_format_hours (gint64 minutes)
{
  char *text;
  gsize len;

  if (minutes % 60 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, minutes / 60);
  text = g_strdup_printf ("%.2f", minutes / 60.0);
  /* "32.50" reads better as "32.5". */
  len = strlen (text);
  if (len > 0 && text[len - 1] == '0')
    text[len - 1] = '\0';
  return text;
}

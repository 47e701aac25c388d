/* ovs-row-json.c — query rows as JSON objects, and the property getter of the row objects. */
#include "config.h"

#include "overstap/base/ovs-date.h"
#include "store/ovs-row-json-private.h"

JsonObject *
ovs_row_json_from_stmt (OvsStmt *stmt)
{
  JsonObject *row = json_object_new ();
  int n = ovs_stmt_column_count (stmt);

  for (int i = 0; i < n; i++)
    {
      const char *name = ovs_stmt_column_name (stmt, i);

      switch (ovs_stmt_column_kind (stmt, i))
        {
        case OVS_VALUE_INTEGER:
          json_object_set_int_member (row, name, ovs_stmt_get_int64 (stmt, i));
          break;
        case OVS_VALUE_FLOAT:
          json_object_set_double_member (row, name, ovs_stmt_get_double (stmt, i));
          break;
        case OVS_VALUE_NULL:
          json_object_set_null_member (row, name);
          break;
        default:
          json_object_set_string_member (row, name, ovs_stmt_get_text (stmt, i));
          break;
        }
    }
  return row;
}

JsonArray *
ovs_row_json_collect (OvsStmt *stmt, GError **error)
{
  g_autoptr(JsonArray) rows = json_array_new ();
  g_autoptr(GError) local = NULL;

  while (ovs_stmt_next (stmt, &local))
    json_array_add_object_element (rows, ovs_row_json_from_stmt (stmt));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&rows);
}

void
ovs_row_json_booleans (JsonArray *rows, const char * const *keys)
{
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      for (guint k = 0; keys[k] != NULL; k++)
        if (json_object_has_member (row, keys[k]) && !json_object_get_null_member (row, keys[k]))
          json_object_set_boolean_member (row, keys[k], json_object_get_int_member (row, keys[k]) != 0);
    }
}

void
ovs_row_json_days_until (JsonArray *rows, const char *from, const char *date_key, const char *key)
{
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *date = json_object_get_string_member_with_default (row, date_key, NULL);
      gint days;

      if (ovs_date_iso_days_between (from, date, &days))
        json_object_set_int_member (row, key, days);
      else
        json_object_set_null_member (row, key);
    }
}

void
ovs_row_json_add_days (JsonArray *rows, const char *date_key, int days, const char *key)
{
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *date = json_object_get_string_member_with_default (row, date_key, NULL);
      g_autofree char *shifted = ovs_date_iso_add_days (date, days);

      json_object_set_string_member (row, key, shifted);
    }
}

void
ovs_row_json_get_property (JsonObject *row, GParamSpec *pspec, GValue *value)
{
  g_autofree char *key = g_strdelimit (g_strdup (pspec->name), "-", '_');
  JsonNode *node = row != NULL ? json_object_get_member (row, key) : NULL;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  /* An absent or null member reads as the property's own default. */
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      g_param_value_set_default (pspec, value);
      return;
    }
  if (type == G_TYPE_STRING)
    g_value_set_string (value, json_node_get_string (node));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, json_node_get_int (node));
  else if (type == G_TYPE_INT)
    g_value_set_int (value, (int) json_node_get_int (node));
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, json_node_get_double (node));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, json_node_get_value_type (node) == G_TYPE_BOOLEAN
                                ? json_node_get_boolean (node) : json_node_get_int (node) != 0);
  else
    g_assert_not_reached ();
}

GParamSpec *
ovs_row_json_param_spec (void)
{
  return g_param_spec_boxed ("row", NULL, NULL, JSON_TYPE_OBJECT,
                             G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
}

GListStore *
ovs_row_json_list_store (GType type, JsonArray *rows)
{
  GListStore *store = g_list_store_new (type);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      g_autoptr(GObject) item = g_object_new (type, "row", json_array_get_object_element (rows, i), NULL);

      g_list_store_append (store, item);
    }
  return store;
}

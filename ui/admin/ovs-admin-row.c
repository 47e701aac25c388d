/* ovs-admin-row.c — a JSON object from the core as a list row. The lists of the Beheer section are
 * short (users, a few dated values, eleven holidays), so a row keeps the core's object as it is
 * rather than copying its members into properties; only the id is a property, for the selection. */
#include "config.h"

#include "admin/ovs-admin-row.h"

struct _OvsAdminRow
{
  GObject     parent_instance;

  JsonObject *object;
  gint64      id;
};

G_DEFINE_FINAL_TYPE (OvsAdminRow, ovs_admin_row, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, N_PROPS };

static GParamSpec *properties[N_PROPS];

OvsAdminRow *
ovs_admin_row_new (JsonObject *object, gint64 id)
{
  OvsAdminRow *self = g_object_new (OVS_TYPE_ADMIN_ROW, NULL);

  g_return_val_if_fail (object != NULL, NULL);
  self->object = json_object_ref (object);
  self->id = id;
  return self;
}

JsonObject *
ovs_admin_row_get_object (OvsAdminRow *self)
{
  g_return_val_if_fail (OVS_IS_ADMIN_ROW (self), NULL);
  return self->object;
}

const char *
ovs_admin_row_get_string (OvsAdminRow *self, const char *member)
{
  JsonNode *node;

  g_return_val_if_fail (OVS_IS_ADMIN_ROW (self), NULL);
  node = json_object_get_member (self->object, member);
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

GListStore *
ovs_admin_rows_from_json (JsonArray *rows)
{
  GListStore *store = g_list_store_new (OVS_TYPE_ADMIN_ROW);

  for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
    {
      JsonObject *object = json_array_get_object_element (rows, i);
      gint64 id = json_object_has_member (object, "id") ? json_object_get_int_member (object, "id") : i + 1;
      g_autoptr(OvsAdminRow) row = ovs_admin_row_new (object, id);

      g_list_store_append (store, row);
    }
  g_clear_pointer (&rows, json_array_unref);
  return store;
}

static void
ovs_admin_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsAdminRow *self = OVS_ADMIN_ROW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_admin_row_finalize (GObject *object)
{
  OvsAdminRow *self = OVS_ADMIN_ROW (object);

  g_clear_pointer (&self->object, json_object_unref);
  G_OBJECT_CLASS (ovs_admin_row_parent_class)->finalize (object);
}

static void
ovs_admin_row_class_init (OvsAdminRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ovs_admin_row_get_property;
  object_class->finalize = ovs_admin_row_finalize;
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_admin_row_init (OvsAdminRow *self)
{
}

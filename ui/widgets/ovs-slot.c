/* ovs-slot.c — see ovs-slot.h. */
#include "config.h"

#include "widgets/ovs-slot.h"

struct _OvsSlot
{
  GObject  parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (OvsSlot, ovs_slot, G_TYPE_OBJECT)

enum { PROP_0, PROP_ITEM, N_PROPS };
static GParamSpec *properties[N_PROPS];

OvsSlot *
ovs_slot_new (void)
{
  return g_object_new (OVS_TYPE_SLOT, NULL);
}

gpointer
ovs_slot_get_item (OvsSlot *self)
{
  g_return_val_if_fail (OVS_IS_SLOT (self), NULL);
  return self->item;
}

void
ovs_slot_set_item (OvsSlot *self, gpointer item)
{
  g_return_if_fail (OVS_IS_SLOT (self));
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));
  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

gpointer
ovs_slot_unwrap (gpointer row)
{
  return OVS_IS_SLOT (row) ? OVS_SLOT (row)->item : row;
}

static void
ovs_slot_finalize (GObject *object)
{
  g_clear_object (&OVS_SLOT (object)->item);
  G_OBJECT_CLASS (ovs_slot_parent_class)->finalize (object);
}

static void
ovs_slot_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ITEM: g_value_set_object (value, OVS_SLOT (object)->item); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_slot_class_init (OvsSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_slot_finalize;
  object_class->get_property = ovs_slot_get_property;
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_slot_init (OvsSlot *self)
{
}

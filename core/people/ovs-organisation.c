/* ovs-organisation.c — an organisation as a row object (see ovs-organisations.c for the rules). */
#include "config.h"

#include "store/ovs-rows-private.h"

struct _OvsOrganisation
{
  GObject     parent_instance;
  JsonObject *row;
};

G_DEFINE_FINAL_TYPE (OvsOrganisation, ovs_organisation, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_NAME, PROP_KIND, PROP_ENDED_ON, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
ovs_organisation_finalize (GObject *object)
{
  OvsOrganisation *self = OVS_ORGANISATION (object);

  g_clear_pointer (&self->row, json_object_unref);
  G_OBJECT_CLASS (ovs_organisation_parent_class)->finalize (object);
}

static void
ovs_organisation_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ovs_row_json_get_property (OVS_ORGANISATION (object)->row, pspec, value);
}

static void
ovs_organisation_class_init (OvsOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ovs_organisation_finalize;
  object_class->get_property = ovs_organisation_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_ENDED_ON] = g_param_spec_string ("ended-on", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_organisation_init (OvsOrganisation *self)
{
}

GObject *
ovs_organisation_new_from_row (JsonObject *row)
{
  OvsOrganisation *self = g_object_new (OVS_TYPE_ORGANISATION, NULL);

  self->row = json_object_ref (row);
  return G_OBJECT (self);
}

gint64
ovs_organisation_get_id (OvsOrganisation *self)
{
  g_return_val_if_fail (OVS_IS_ORGANISATION (self), 0);
  return ovs_row_get_int (self->row, "id", 0);
}

const char *
ovs_organisation_get_name (OvsOrganisation *self)
{
  g_return_val_if_fail (OVS_IS_ORGANISATION (self), NULL);
  return ovs_row_get_string (self->row, "name");
}

const char *
ovs_organisation_get_kind (OvsOrganisation *self)
{
  g_return_val_if_fail (OVS_IS_ORGANISATION (self), NULL);
  return ovs_row_get_string (self->row, "kind");
}

const char *
ovs_organisation_get_ended_on (OvsOrganisation *self)
{
  g_return_val_if_fail (OVS_IS_ORGANISATION (self), NULL);
  return ovs_row_get_string (self->row, "ended_on");
}

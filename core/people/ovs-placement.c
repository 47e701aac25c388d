/* ovs-placement.c — a placement as a row object (see ovs-placements.c for the rules). */
#include "config.h"

#include "store/ovs-rows-private.h"

struct _OvsPlacement
{
  GObject     parent_instance;
  JsonObject *row;
};

G_DEFINE_FINAL_TYPE (OvsPlacement, ovs_placement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_EMPLOYEE_ID,
  PROP_PERSONNEL_NUMBER,
  PROP_EMPLOYEE_NAME,
  PROP_KIND,
  PROP_HIRER_ID,
  PROP_HIRER,
  PROP_LOCATION,
  PROP_MINUTES_PER_WEEK,
  PROP_HOURLY_RATE_CENTS,
  PROP_START_DATE,
  PROP_END_DATE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
ovs_placement_finalize (GObject *object)
{
  OvsPlacement *self = OVS_PLACEMENT (object);

  g_clear_pointer (&self->row, json_object_unref);
  G_OBJECT_CLASS (ovs_placement_parent_class)->finalize (object);
}

static void
ovs_placement_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ovs_row_json_get_property (OVS_PLACEMENT (object)->row, pspec, value);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_property (const char *name, gint64 minimum, gint64 fallback)
{
  return g_param_spec_int64 (name, NULL, NULL, minimum, G_MAXINT64, fallback,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
ovs_placement_class_init (OvsPlacementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_placement_finalize;
  object_class->get_property = ovs_placement_get_property;

  properties[PROP_ID] = int64_property ("id", 0, 0);
  properties[PROP_EMPLOYEE_ID] = int64_property ("employee-id", 0, 0);
  properties[PROP_PERSONNEL_NUMBER] = string_property ("personnel-number");
  properties[PROP_EMPLOYEE_NAME] = string_property ("employee-name");
  properties[PROP_KIND] = string_property ("kind");
  properties[PROP_HIRER_ID] = int64_property ("hirer-id", 0, 0);
  properties[PROP_HIRER] = string_property ("hirer");
  properties[PROP_LOCATION] = string_property ("location");
  properties[PROP_MINUTES_PER_WEEK] = g_param_spec_int ("minutes-per-week", NULL, NULL, 0, G_MAXINT, 0,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* -1: no rate set, which differs from a rate of 0. */
  properties[PROP_HOURLY_RATE_CENTS] = int64_property ("hourly-rate-cents", -1, -1);
  properties[PROP_START_DATE] = string_property ("start-date");
  properties[PROP_END_DATE] = string_property ("end-date");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_placement_init (OvsPlacement *self)
{
}

GObject *
ovs_placement_new_from_row (JsonObject *row)
{
  OvsPlacement *self = g_object_new (OVS_TYPE_PLACEMENT, NULL);

  self->row = json_object_ref (row);
  return G_OBJECT (self);
}

#define STRING_GETTER(func, key) \
  const char * \
  func (OvsPlacement *self) \
  { \
    g_return_val_if_fail (OVS_IS_PLACEMENT (self), NULL); \
    return ovs_row_get_string (self->row, key); \
  }

STRING_GETTER (ovs_placement_get_personnel_number, "personnel_number")
STRING_GETTER (ovs_placement_get_employee_name, "employee_name")
STRING_GETTER (ovs_placement_get_kind, "kind")
STRING_GETTER (ovs_placement_get_hirer, "hirer")
STRING_GETTER (ovs_placement_get_location, "location")
STRING_GETTER (ovs_placement_get_start_date, "start_date")
STRING_GETTER (ovs_placement_get_end_date, "end_date")

gint64
ovs_placement_get_id (OvsPlacement *self)
{
  g_return_val_if_fail (OVS_IS_PLACEMENT (self), 0);
  return ovs_row_get_int (self->row, "id", 0);
}

gint64
ovs_placement_get_employee_id (OvsPlacement *self)
{
  g_return_val_if_fail (OVS_IS_PLACEMENT (self), 0);
  return ovs_row_get_int (self->row, "employee_id", 0);
}

int
ovs_placement_get_minutes_per_week (OvsPlacement *self)
{
  g_return_val_if_fail (OVS_IS_PLACEMENT (self), 0);
  return (int) ovs_row_get_int (self->row, "minutes_per_week", 0);
}

gint64
ovs_placement_get_hourly_rate_cents (OvsPlacement *self)
{
  g_return_val_if_fail (OVS_IS_PLACEMENT (self), -1);
  return ovs_row_get_int (self->row, "hourly_rate_cents", -1);
}

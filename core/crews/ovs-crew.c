/* ovs-crew.c — a crew as a row object (see ovs-crews.c for the rules). */
#include "config.h"

#include "store/ovs-rows-private.h"

struct _OvsCrew
{
  GObject     parent_instance;
  JsonObject *row;
};

G_DEFINE_FINAL_TYPE (OvsCrew, ovs_crew, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_TEAM_LEADER_ID,
  PROP_TEAM_LEADER,
  PROP_TEAM_LEADER_PERSONNEL_NUMBER,
  PROP_AREA,
  PROP_VEHICLE,
  PROP_MIN_SIZE,
  PROP_ENDED_ON,
  PROP_MEMBER_COUNT,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
ovs_crew_finalize (GObject *object)
{
  OvsCrew *self = OVS_CREW (object);

  g_clear_pointer (&self->row, json_object_unref);
  G_OBJECT_CLASS (ovs_crew_parent_class)->finalize (object);
}

static void
ovs_crew_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ovs_row_json_get_property (OVS_CREW (object)->row, pspec, value);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int_property (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
ovs_crew_class_init (OvsCrewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ovs_crew_finalize;
  object_class->get_property = ovs_crew_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = string_property ("name");
  properties[PROP_TEAM_LEADER_ID] = g_param_spec_int64 ("team-leader-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TEAM_LEADER] = string_property ("team-leader");
  properties[PROP_TEAM_LEADER_PERSONNEL_NUMBER] = string_property ("team-leader-personnel-number");
  properties[PROP_AREA] = string_property ("area");
  properties[PROP_VEHICLE] = string_property ("vehicle");
  properties[PROP_MIN_SIZE] = int_property ("min-size");
  properties[PROP_ENDED_ON] = string_property ("ended-on");
  properties[PROP_MEMBER_COUNT] = int_property ("member-count");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_crew_init (OvsCrew *self)
{
}

GObject *
ovs_crew_new_from_row (JsonObject *row)
{
  OvsCrew *self = g_object_new (OVS_TYPE_CREW, NULL);

  self->row = json_object_ref (row);
  return G_OBJECT (self);
}

#define STRING_GETTER(func, key) \
  const char * \
  func (OvsCrew *self) \
  { \
    g_return_val_if_fail (OVS_IS_CREW (self), NULL); \
    return ovs_row_get_string (self->row, key); \
  }

#define INT_GETTER(type, func, key) \
  type \
  func (OvsCrew *self) \
  { \
    g_return_val_if_fail (OVS_IS_CREW (self), 0); \
    return (type) ovs_row_get_int (self->row, key, 0); \
  }

STRING_GETTER (ovs_crew_get_name, "name")
STRING_GETTER (ovs_crew_get_team_leader, "team_leader")
STRING_GETTER (ovs_crew_get_team_leader_personnel_number, "team_leader_personnel_number")
STRING_GETTER (ovs_crew_get_area, "area")
STRING_GETTER (ovs_crew_get_vehicle, "vehicle")
STRING_GETTER (ovs_crew_get_ended_on, "ended_on")
INT_GETTER (gint64, ovs_crew_get_id, "id")
INT_GETTER (gint64, ovs_crew_get_team_leader_id, "team_leader_id")
INT_GETTER (int, ovs_crew_get_min_size, "min_size")
INT_GETTER (int, ovs_crew_get_member_count, "member_count")

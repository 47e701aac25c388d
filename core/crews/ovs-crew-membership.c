/* ovs-crew-membership.c — a crew membership as a row object (see ovs-crew-memberships.c). */
#include "config.h"

#include "store/ovs-rows-private.h"

struct _OvsCrewMembership
{
  GObject     parent_instance;
  JsonObject *row;
};

G_DEFINE_FINAL_TYPE (OvsCrewMembership, ovs_crew_membership, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREW_ID,
  PROP_CREW,
  PROP_EMPLOYEE_ID,
  PROP_PERSONNEL_NUMBER,
  PROP_EMPLOYEE_NAME,
  PROP_ROLE,
  PROP_START_DATE,
  PROP_END_DATE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
ovs_crew_membership_finalize (GObject *object)
{
  OvsCrewMembership *self = OVS_CREW_MEMBERSHIP (object);

  g_clear_pointer (&self->row, json_object_unref);
  G_OBJECT_CLASS (ovs_crew_membership_parent_class)->finalize (object);
}

static void
ovs_crew_membership_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ovs_row_json_get_property (OVS_CREW_MEMBERSHIP (object)->row, pspec, value);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
id_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
ovs_crew_membership_class_init (OvsCrewMembershipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_crew_membership_finalize;
  object_class->get_property = ovs_crew_membership_get_property;

  properties[PROP_ID] = id_property ("id");
  properties[PROP_CREW_ID] = id_property ("crew-id");
  properties[PROP_CREW] = string_property ("crew");
  properties[PROP_EMPLOYEE_ID] = id_property ("employee-id");
  properties[PROP_PERSONNEL_NUMBER] = string_property ("personnel-number");
  properties[PROP_EMPLOYEE_NAME] = string_property ("employee-name");
  properties[PROP_ROLE] = string_property ("role");
  properties[PROP_START_DATE] = string_property ("start-date");
  properties[PROP_END_DATE] = string_property ("end-date");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_crew_membership_init (OvsCrewMembership *self)
{
}

GObject *
ovs_crew_membership_new_from_row (JsonObject *row)
{
  OvsCrewMembership *self = g_object_new (OVS_TYPE_CREW_MEMBERSHIP, NULL);

  self->row = json_object_ref (row);
  return G_OBJECT (self);
}

#define STRING_GETTER(func, key) \
  const char * \
  func (OvsCrewMembership *self) \
  { \
    g_return_val_if_fail (OVS_IS_CREW_MEMBERSHIP (self), NULL); \
    return ovs_row_get_string (self->row, key); \
  }

#define ID_GETTER(func, key) \
  gint64 \
  func (OvsCrewMembership *self) \
  { \
    g_return_val_if_fail (OVS_IS_CREW_MEMBERSHIP (self), 0); \
    return ovs_row_get_int (self->row, key, 0); \
  }

STRING_GETTER (ovs_crew_membership_get_crew, "crew")
STRING_GETTER (ovs_crew_membership_get_personnel_number, "personnel_number")
STRING_GETTER (ovs_crew_membership_get_employee_name, "employee_name")
STRING_GETTER (ovs_crew_membership_get_role, "role")
STRING_GETTER (ovs_crew_membership_get_start_date, "start_date")
STRING_GETTER (ovs_crew_membership_get_end_date, "end_date")
ID_GETTER (ovs_crew_membership_get_id, "id")
ID_GETTER (ovs_crew_membership_get_crew_id, "crew_id")
ID_GETTER (ovs_crew_membership_get_employee_id, "employee_id")

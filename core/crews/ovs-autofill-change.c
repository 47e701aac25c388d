/* ovs-autofill-change.c — one change an auto-fill proposal makes: add or remove a shift, and why. */
#include "config.h"

#include "crews/ovs-roster-private.h"

struct _OvsRosterChange
{
  GObject           parent_instance;

  char             *action;
  char             *uid;
  gint64            crew_id;
  gint64            employee_id;
  char             *personnel_number;
  char             *employee_name;
  OvsRosterPattern *pattern;   /* a copy: times, break, task and location to write */
  char             *date;
  char             *reason;
};

G_DEFINE_FINAL_TYPE (OvsRosterChange, ovs_roster_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTION, PROP_UID, PROP_EMPLOYEE_ID, PROP_PERSONNEL_NUMBER, PROP_EMPLOYEE_NAME, PROP_DATE,
  PROP_START_TIME, PROP_END_TIME, PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ovs_roster_change_finalize (GObject *object)
{
  OvsRosterChange *self = OVS_ROSTER_CHANGE (object);

  g_free (self->action);
  g_free (self->uid);
  g_free (self->personnel_number);
  g_free (self->employee_name);
  ovs_roster_pattern_free (self->pattern);
  g_free (self->date);
  g_free (self->reason);
  G_OBJECT_CLASS (ovs_roster_change_parent_class)->finalize (object);
}

static void
ovs_roster_change_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsRosterChange *self = OVS_ROSTER_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ACTION: g_value_set_string (value, self->action); break;
    case PROP_UID: g_value_set_string (value, self->uid); break;
    case PROP_EMPLOYEE_ID: g_value_set_int64 (value, self->employee_id); break;
    case PROP_PERSONNEL_NUMBER: g_value_set_string (value, self->personnel_number); break;
    case PROP_EMPLOYEE_NAME: g_value_set_string (value, self->employee_name); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_START_TIME: g_value_set_string (value, self->pattern->start_time); break;
    case PROP_END_TIME: g_value_set_string (value, self->pattern->end_time); break;
    case PROP_REASON: g_value_set_string (value, self->reason); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_roster_change_class_init (OvsRosterChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ovs_roster_change_finalize;
  object_class->get_property = ovs_roster_change_get_property;
  properties[PROP_ACTION] = g_param_spec_string ("action", NULL, NULL, NULL, flags);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, flags);
  properties[PROP_EMPLOYEE_ID] = g_param_spec_int64 ("employee-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSONNEL_NUMBER] = g_param_spec_string ("personnel-number", NULL, NULL, NULL, flags);
  properties[PROP_EMPLOYEE_NAME] = g_param_spec_string ("employee-name", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_START_TIME] = g_param_spec_string ("start-time", NULL, NULL, NULL, flags);
  properties[PROP_END_TIME] = g_param_spec_string ("end-time", NULL, NULL, NULL, flags);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_roster_change_init (OvsRosterChange *self)
{
}

static OvsRosterPattern *
copy_pattern (OvsRosterPattern *p)
{
  OvsRosterPattern *copy = g_new0 (OvsRosterPattern, 1);

  copy->id = p->id;
  copy->crew_id = p->crew_id;
  copy->exdates = g_new0 (char *, 1);
  copy->start_time = g_strdup (p->start_time);
  copy->end_time = g_strdup (p->end_time);
  copy->start_min = p->start_min;
  copy->end_min = p->end_min;
  copy->break_minutes = p->break_minutes;
  copy->task = g_strdup (p->task);
  copy->location = g_strdup (p->location);
  return copy;
}

OvsRosterChange *
ovs_roster_change_new (const char *action, const char *uid, gint64 crew_id, OvsRosterEmployee *employee,
                       OvsRosterPattern *pattern, const char *date, char *reason)
{
  OvsRosterChange *self = g_object_new (OVS_TYPE_ROSTER_CHANGE, NULL);

  self->action = g_strdup (action);
  self->uid = g_strdup (uid);
  self->crew_id = crew_id;
  self->employee_id = employee->id;
  self->personnel_number = g_strdup (employee->number);
  self->employee_name = g_strdup (employee->name);
  self->pattern = copy_pattern (pattern);
  self->date = g_strdup (date);
  self->reason = reason;
  return self;
}

OvsRosterPattern *
ovs_roster_change_get_pattern (OvsRosterChange *self)
{
  return self->pattern;
}

#define GETTER(type, name, expr) \
  type ovs_roster_change_get_##name (OvsRosterChange *self) \
  { g_return_val_if_fail (OVS_IS_ROSTER_CHANGE (self), 0); return expr; }

GETTER (const char *, action, self->action)
GETTER (const char *, uid, self->uid)
GETTER (gint64, crew_id, self->crew_id)
GETTER (gint64, employee_id, self->employee_id)
GETTER (const char *, personnel_number, self->personnel_number)
GETTER (const char *, employee_name, self->employee_name)
GETTER (gint64, pattern_id, self->pattern->id)
GETTER (const char *, date, self->date)
GETTER (const char *, start_time, self->pattern->start_time)
GETTER (const char *, end_time, self->pattern->end_time)
GETTER (const char *, reason, self->reason)

JsonObject *
ovs_roster_change_to_json (OvsRosterChange *self)
{
  JsonObject *o = json_object_new ();

  g_return_val_if_fail (OVS_IS_ROSTER_CHANGE (self), o);
  json_object_set_string_member (o, "action", self->action);
  json_object_set_string_member (o, "uid", self->uid);
  json_object_set_string_member (o, "employee", self->personnel_number);
  json_object_set_string_member (o, "name", self->employee_name);
  json_object_set_string_member (o, "date", self->date);
  json_object_set_string_member (o, "start_time", self->pattern->start_time);
  json_object_set_string_member (o, "end_time", self->pattern->end_time);
  json_object_set_string_member (o, "reason", self->reason);
  return o;
}

JsonArray *
ovs_roster_changes_to_json (GListModel *changes)
{
  JsonArray *rows = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(OvsRosterChange) c = g_list_model_get_item (changes, i);

      json_array_add_object_element (rows, ovs_roster_change_to_json (c));
    }
  return rows;
}

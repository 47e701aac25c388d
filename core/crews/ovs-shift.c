/* ovs-shift.c — a shift as a read-only row object for lists, the week view and the CLI. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "crews/ovs-roster-private.h"

struct _OvsShift
{
  GObject   parent_instance;

  gint64    id;
  char     *uid;
  gint64    crew_id;
  char     *crew_name;
  gint64    employee_id;
  char     *personnel_number;
  char     *employee_name;
  gint64    pattern_id;
  char     *date;
  char     *start_time;
  char     *end_time;
  int       break_minutes;
  int       worked_minutes;
  char     *task;
  char     *location;
  gboolean  is_override;
  gboolean  cancelled;
  int       sequence;
  char     *origin;
  char     *updated_at;
  char     *conflicts;
  char     *conflict_text;
};

G_DEFINE_FINAL_TYPE (OvsShift, ovs_shift, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID, PROP_UID, PROP_CREW_ID, PROP_CREW_NAME, PROP_EMPLOYEE_ID, PROP_PERSONNEL_NUMBER,
  PROP_EMPLOYEE_NAME, PROP_PATTERN_ID, PROP_DATE, PROP_START_TIME, PROP_END_TIME, PROP_BREAK_MINUTES,
  PROP_WORKED_MINUTES, PROP_TASK, PROP_LOCATION, PROP_IS_OVERRIDE, PROP_CANCELLED, PROP_SEQUENCE,
  PROP_ORIGIN, PROP_UPDATED_AT, PROP_CONFLICTS, PROP_CONFLICT_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ovs_shift_finalize (GObject *object)
{
  OvsShift *self = OVS_SHIFT (object);

  g_free (self->uid);
  g_free (self->crew_name);
  g_free (self->personnel_number);
  g_free (self->employee_name);
  g_free (self->date);
  g_free (self->start_time);
  g_free (self->end_time);
  g_free (self->task);
  g_free (self->location);
  g_free (self->origin);
  g_free (self->updated_at);
  g_free (self->conflicts);
  g_free (self->conflict_text);
  G_OBJECT_CLASS (ovs_shift_parent_class)->finalize (object);
}

static void
ovs_shift_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsShift *self = OVS_SHIFT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_UID: g_value_set_string (value, self->uid); break;
    case PROP_CREW_ID: g_value_set_int64 (value, self->crew_id); break;
    case PROP_CREW_NAME: g_value_set_string (value, self->crew_name); break;
    case PROP_EMPLOYEE_ID: g_value_set_int64 (value, self->employee_id); break;
    case PROP_PERSONNEL_NUMBER: g_value_set_string (value, self->personnel_number); break;
    case PROP_EMPLOYEE_NAME: g_value_set_string (value, self->employee_name); break;
    case PROP_PATTERN_ID: g_value_set_int64 (value, self->pattern_id); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_START_TIME: g_value_set_string (value, self->start_time); break;
    case PROP_END_TIME: g_value_set_string (value, self->end_time); break;
    case PROP_BREAK_MINUTES: g_value_set_int (value, self->break_minutes); break;
    case PROP_WORKED_MINUTES: g_value_set_int (value, self->worked_minutes); break;
    case PROP_TASK: g_value_set_string (value, self->task); break;
    case PROP_LOCATION: g_value_set_string (value, self->location); break;
    case PROP_IS_OVERRIDE: g_value_set_boolean (value, self->is_override); break;
    case PROP_CANCELLED: g_value_set_boolean (value, self->cancelled); break;
    case PROP_SEQUENCE: g_value_set_int (value, self->sequence); break;
    case PROP_ORIGIN: g_value_set_string (value, self->origin); break;
    case PROP_UPDATED_AT: g_value_set_string (value, self->updated_at); break;
    case PROP_CONFLICTS: g_value_set_string (value, self->conflicts); break;
    case PROP_CONFLICT_TEXT: g_value_set_string (value, self->conflict_text); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int_property (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, G_MININT, G_MAXINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
bool_property (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
ovs_shift_class_init (OvsShiftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_shift_finalize;
  object_class->get_property = ovs_shift_get_property;

  properties[PROP_ID] = int64_property ("id");
  properties[PROP_UID] = string_property ("uid");
  properties[PROP_CREW_ID] = int64_property ("crew-id");
  properties[PROP_CREW_NAME] = string_property ("crew-name");
  properties[PROP_EMPLOYEE_ID] = int64_property ("employee-id");
  properties[PROP_PERSONNEL_NUMBER] = string_property ("personnel-number");
  properties[PROP_EMPLOYEE_NAME] = string_property ("employee-name");
  properties[PROP_PATTERN_ID] = int64_property ("pattern-id");
  properties[PROP_DATE] = string_property ("date");
  properties[PROP_START_TIME] = string_property ("start-time");
  properties[PROP_END_TIME] = string_property ("end-time");
  properties[PROP_BREAK_MINUTES] = int_property ("break-minutes");
  properties[PROP_WORKED_MINUTES] = int_property ("worked-minutes");
  properties[PROP_TASK] = string_property ("task");
  properties[PROP_LOCATION] = string_property ("location");
  properties[PROP_IS_OVERRIDE] = bool_property ("is-override");
  properties[PROP_CANCELLED] = bool_property ("cancelled");
  properties[PROP_SEQUENCE] = int_property ("sequence");
  properties[PROP_ORIGIN] = string_property ("origin");
  properties[PROP_UPDATED_AT] = string_property ("updated-at");
  properties[PROP_CONFLICTS] = string_property ("conflicts");
  properties[PROP_CONFLICT_TEXT] = string_property ("conflict-text");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_shift_init (OvsShift *self)
{
  self->conflicts = g_strdup ("");
  self->conflict_text = g_strdup ("");
}

OvsShift *
ovs_shift_new_from_row (OvsStmt *stmt)
{
  OvsShift *self = g_object_new (OVS_TYPE_SHIFT, NULL);
  int start = 0, end = 0;

  self->id = ovs_stmt_get_int64 (stmt, 0);
  self->uid = ovs_stmt_dup_text (stmt, 1);
  self->crew_id = ovs_stmt_get_int64 (stmt, 2);
  self->crew_name = ovs_stmt_dup_text (stmt, 3);
  self->employee_id = ovs_stmt_get_int64 (stmt, 4);
  self->personnel_number = ovs_stmt_dup_text (stmt, 5);
  self->employee_name = ovs_stmt_dup_text (stmt, 6);
  self->pattern_id = ovs_stmt_get_int64 (stmt, 7);
  self->date = ovs_stmt_dup_text (stmt, 8);
  self->start_time = ovs_stmt_dup_text (stmt, 9);
  self->end_time = ovs_stmt_dup_text (stmt, 10);
  self->break_minutes = ovs_stmt_get_int (stmt, 11);
  self->task = ovs_stmt_dup_text (stmt, 12);
  self->location = ovs_stmt_dup_text (stmt, 13);
  self->is_override = ovs_stmt_get_int (stmt, 14) != 0;
  self->cancelled = ovs_stmt_get_int (stmt, 15) != 0;
  self->sequence = ovs_stmt_get_int (stmt, 16);
  self->origin = ovs_stmt_dup_text (stmt, 17);
  self->updated_at = ovs_stmt_dup_text (stmt, 18);
  ovs_parse_time (self->start_time, NULL, &start, NULL);
  ovs_parse_time (self->end_time, NULL, &end, NULL);
  self->worked_minutes = ovs_roster_real_minutes (self->date, start, end) - self->break_minutes;
  return self;
}

static gboolean
replace_string (char **slot, const char *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

void
ovs_shift_set_conflicts (OvsShift *self, const char *codes, const char *text)
{
  g_return_if_fail (OVS_IS_SHIFT (self));

  if (replace_string (&self->conflicts, codes ? codes : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFLICTS]);
  if (replace_string (&self->conflict_text, text ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFLICT_TEXT]);
}

JsonObject *
ovs_shift_to_json (OvsShift *self)
{
  JsonObject *o = json_object_new ();

  g_return_val_if_fail (OVS_IS_SHIFT (self), o);
  json_object_set_string_member (o, "uid", self->uid);
  json_object_set_string_member (o, "crew", self->crew_name);
  json_object_set_string_member (o, "personnel_number", self->personnel_number);
  json_object_set_string_member (o, "name", self->employee_name);
  json_object_set_string_member (o, "date", self->date);
  json_object_set_string_member (o, "start_time", self->start_time);
  json_object_set_string_member (o, "end_time", self->end_time);
  json_object_set_int_member (o, "break_minutes", self->break_minutes);
  json_object_set_int_member (o, "worked_minutes", self->worked_minutes);
  json_object_set_string_member (o, "task", self->task);
  json_object_set_string_member (o, "location", self->location);
  json_object_set_boolean_member (o, "is_override", self->is_override);
  json_object_set_boolean_member (o, "cancelled", self->cancelled);
  json_object_set_int_member (o, "sequence", self->sequence);
  json_object_set_string_member (o, "origin", self->origin);
  json_object_set_string_member (o, "conflicts", self->conflicts);
  return o;
}

#define GETTER(type, name, field) \
  type ovs_shift_get_##name (OvsShift *self) { g_return_val_if_fail (OVS_IS_SHIFT (self), 0); return self->field; }

GETTER (gint64, id, id)
GETTER (const char *, uid, uid)
GETTER (gint64, crew_id, crew_id)
GETTER (const char *, crew_name, crew_name)
GETTER (gint64, employee_id, employee_id)
GETTER (const char *, personnel_number, personnel_number)
GETTER (const char *, employee_name, employee_name)
GETTER (gint64, pattern_id, pattern_id)
GETTER (const char *, date, date)
GETTER (const char *, start_time, start_time)
GETTER (const char *, end_time, end_time)
GETTER (int, break_minutes, break_minutes)
GETTER (int, worked_minutes, worked_minutes)
GETTER (const char *, task, task)
GETTER (const char *, location, location)
GETTER (gboolean, is_override, is_override)
GETTER (gboolean, cancelled, cancelled)
GETTER (int, sequence, sequence)
GETTER (const char *, origin, origin)
GETTER (const char *, updated_at, updated_at)
GETTER (const char *, conflicts, conflicts)
GETTER (const char *, conflict_text, conflict_text)

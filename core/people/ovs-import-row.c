/* ovs-import-row.c — one row of an import report, as a GObject with read-only properties so that the
 * GUI's preview can show and filter rows with GtkExpressions alone. */
#include "config.h"

#include "overstap/people/ovs-import-row.h"

struct _OvsImportRow
{
  GObject             parent_instance;

  guint               line;
  OvsImportRowAction  action;
  char               *personnel_number;
  char               *name;
  char               *column;
  char               *value;
  char               *reason;
  char               *message;
};

G_DEFINE_FINAL_TYPE (OvsImportRow, ovs_import_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LINE,
  PROP_ACTION,
  PROP_REJECTED,
  PROP_PERSONNEL_NUMBER,
  PROP_NAME,
  PROP_COLUMN,
  PROP_VALUE,
  PROP_REASON,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *action_names[] = { "insert", "update", "rejected" };

static void
ovs_import_row_finalize (GObject *object)
{
  OvsImportRow *self = OVS_IMPORT_ROW (object);

  g_clear_pointer (&self->personnel_number, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->column, g_free);
  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (ovs_import_row_parent_class)->finalize (object);
}

static void
ovs_import_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsImportRow *self = OVS_IMPORT_ROW (object);

  switch (prop_id)
    {
    case PROP_LINE: g_value_set_uint (value, self->line); break;
    case PROP_ACTION: g_value_set_string (value, action_names[self->action]); break;
    case PROP_REJECTED: g_value_set_boolean (value, self->action == OVS_IMPORT_ROW_REJECTED); break;
    case PROP_PERSONNEL_NUMBER: g_value_set_string (value, self->personnel_number); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_COLUMN: g_value_set_string (value, self->column); break;
    case PROP_VALUE: g_value_set_string (value, self->value); break;
    case PROP_REASON: g_value_set_string (value, self->reason); break;
    case PROP_MESSAGE: g_value_set_string (value, self->message); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
ovs_import_row_class_init (OvsImportRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_import_row_finalize;
  object_class->get_property = ovs_import_row_get_property;

  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION] = string_property ("action");
  properties[PROP_REJECTED] = g_param_spec_boolean ("rejected", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSONNEL_NUMBER] = string_property ("personnel-number");
  properties[PROP_NAME] = string_property ("name");
  properties[PROP_COLUMN] = string_property ("column");
  properties[PROP_VALUE] = string_property ("value");
  properties[PROP_REASON] = string_property ("reason");
  properties[PROP_MESSAGE] = string_property ("message");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_import_row_init (OvsImportRow *self)
{
}

OvsImportRow *
ovs_import_row_new (guint line, const char *personnel_number, const char *name)
{
  OvsImportRow *self = g_object_new (OVS_TYPE_IMPORT_ROW, NULL);

  self->line = line;
  self->personnel_number = g_strdup (personnel_number);
  self->name = g_strdup (name);
  return self;
}

void
ovs_import_row_reject (OvsImportRow *self, const char *column, const char *value, const char *reason,
                       const char *message)
{
  g_return_if_fail (OVS_IS_IMPORT_ROW (self));

  g_free (self->column);
  g_free (self->value);
  g_free (self->reason);
  g_free (self->message);
  self->column = g_strdup (column);
  self->value = g_strdup (value);
  self->reason = g_strdup (reason);
  self->message = g_strdup (message);
  ovs_import_row_set_action (self, OVS_IMPORT_ROW_REJECTED);
}

void
ovs_import_row_set_action (OvsImportRow *self, OvsImportRowAction action)
{
  g_return_if_fail (OVS_IS_IMPORT_ROW (self));

  if (self->action == action)
    return;
  self->action = action;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REJECTED]);
}

guint
ovs_import_row_get_line (OvsImportRow *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_ROW (self), 0);
  return self->line;
}

OvsImportRowAction
ovs_import_row_get_action (OvsImportRow *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_ROW (self), OVS_IMPORT_ROW_REJECTED);
  return self->action;
}

gboolean
ovs_import_row_get_rejected (OvsImportRow *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_ROW (self), TRUE);
  return self->action == OVS_IMPORT_ROW_REJECTED;
}

const char *
ovs_import_row_get_personnel_number (OvsImportRow *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_ROW (self), NULL);
  return self->personnel_number;
}

const char *
ovs_import_row_get_name (OvsImportRow *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_ROW (self), NULL);
  return self->name;
}

const char *
ovs_import_row_get_column (OvsImportRow *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_ROW (self), NULL);
  return self->column;
}

const char *
ovs_import_row_get_value (OvsImportRow *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_ROW (self), NULL);
  return self->value;
}

const char *
ovs_import_row_get_reason (OvsImportRow *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_ROW (self), NULL);
  return self->reason;
}

const char *
ovs_import_row_get_message (OvsImportRow *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_ROW (self), NULL);
  return self->message;
}

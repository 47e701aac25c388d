/* ovs-transfer-case.c — one employee's transfer case, as listed in the Overgang section. */
#include "config.h"

#include "overstap/transfers/ovs-transfer-case.h"
#include "store/ovs-row-json-private.h"

struct _OvsTransferCase
{
  GObject     parent_instance;

  JsonObject *row;
};

G_DEFINE_FINAL_TYPE (OvsTransferCase, ovs_transfer_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROW,
  PROP_ID,
  PROP_EMPLOYEE_ID,
  PROP_EMPLOYEE,
  PROP_PERSONNEL_NUMBER,
  PROP_FROM_ORG_ID,
  PROP_FROM_ORGANISATION,
  PROP_DESTINATION,
  PROP_STATUS,
  PROP_PLANNED_DATE,
  PROP_ACTUAL_DATE,
  PROP_CLOSED_ON,
  PROP_NOTES,
  PROP_DONE,
  PROP_TOTAL,
  PROP_MISSING,
  PROP_IS_CLOSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every property but "row" is read-only: a row object shows a row, it does not change it. */
#define READ_ONLY (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
ovs_transfer_case_finalize (GObject *object)
{
  OvsTransferCase *self = OVS_TRANSFER_CASE (object);

  g_clear_pointer (&self->row, json_object_unref);
  G_OBJECT_CLASS (ovs_transfer_case_parent_class)->finalize (object);
}

static void
ovs_transfer_case_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ovs_row_json_get_property (OVS_TRANSFER_CASE (object)->row, pspec, value);
}

static void
ovs_transfer_case_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsTransferCase *self = OVS_TRANSFER_CASE (object);

  /* "row" is the only writable property, and only at construction. */
  g_assert (prop_id == PROP_ROW);
  self->row = g_value_dup_boxed (value);
}

static void
ovs_transfer_case_class_init (OvsTransferCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_transfer_case_finalize;
  object_class->get_property = ovs_transfer_case_get_property;
  object_class->set_property = ovs_transfer_case_set_property;

  properties[PROP_ROW] = ovs_row_json_param_spec ();
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL,
                        "The case's id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_EMPLOYEE_ID] =
    g_param_spec_int64 ("employee-id", NULL,
                        "The employee's id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_EMPLOYEE] =
    g_param_spec_string ("employee", NULL,
                         "The employee's full name",
                         NULL, READ_ONLY);
  properties[PROP_PERSONNEL_NUMBER] =
    g_param_spec_string ("personnel-number", NULL,
                         "The personnel number",
                         NULL, READ_ONLY);
  properties[PROP_FROM_ORG_ID] =
    g_param_spec_int64 ("from-org-id", NULL,
                        "The id of the organisation the employee leaves",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_FROM_ORGANISATION] =
    g_param_spec_string ("from-organisation", NULL,
                         "The name of the organisation the employee leaves",
                         NULL, READ_ONLY);
  properties[PROP_DESTINATION] =
    g_param_spec_string ("destination", NULL,
                         "foundation, covenant or other",
                         NULL, READ_ONLY);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL,
                         "candidate, interviewed, offered, signed, transferred, stays or declined",
                         NULL, READ_ONLY);
  properties[PROP_PLANNED_DATE] =
    g_param_spec_string ("planned-date", NULL,
                         "The planned transfer date (ISO)",
                         NULL, READ_ONLY);
  properties[PROP_ACTUAL_DATE] =
    g_param_spec_string ("actual-date", NULL,
                         "The actual transfer date (ISO)",
                         NULL, READ_ONLY);
  properties[PROP_CLOSED_ON] =
    g_param_spec_string ("closed-on", NULL,
                         "When the case was closed (ISO)",
                         NULL, READ_ONLY);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL,
                         "Dated notes, one a line",
                         NULL, READ_ONLY);
  properties[PROP_DONE] =
    g_param_spec_int ("done", NULL,
                      "Checklist items ticked",
                      G_MININT, G_MAXINT, 0, READ_ONLY);
  properties[PROP_TOTAL] =
    g_param_spec_int ("total", NULL,
                      "Checklist items in all",
                      G_MININT, G_MAXINT, 0, READ_ONLY);
  properties[PROP_MISSING] =
    g_param_spec_string ("missing", NULL,
                         "The titles of the unticked items, comma-separated",
                         NULL, READ_ONLY);
  properties[PROP_IS_CLOSED] =
    g_param_spec_boolean ("is-closed", NULL,
                          "Whether the case is transferred, stays or declined",
                          FALSE, READ_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_transfer_case_init (OvsTransferCase *self)
{
}

gint64
ovs_transfer_case_get_id (OvsTransferCase *self)
{
  g_return_val_if_fail (OVS_IS_TRANSFER_CASE (self), 0);
  return json_object_get_int_member_with_default (self->row, "id", 0);
}

const char *
ovs_transfer_case_get_personnel_number (OvsTransferCase *self)
{
  g_return_val_if_fail (OVS_IS_TRANSFER_CASE (self), NULL);
  return json_object_get_string_member_with_default (self->row, "personnel_number", NULL);
}

const char *
ovs_transfer_case_get_employee (OvsTransferCase *self)
{
  g_return_val_if_fail (OVS_IS_TRANSFER_CASE (self), NULL);
  return json_object_get_string_member_with_default (self->row, "employee", NULL);
}

const char *
ovs_transfer_case_get_status (OvsTransferCase *self)
{
  g_return_val_if_fail (OVS_IS_TRANSFER_CASE (self), NULL);
  return json_object_get_string_member_with_default (self->row, "status", NULL);
}

int
ovs_transfer_case_get_done (OvsTransferCase *self)
{
  g_return_val_if_fail (OVS_IS_TRANSFER_CASE (self), 0);
  return (int) json_object_get_int_member_with_default (self->row, "done", 0);
}

int
ovs_transfer_case_get_total (OvsTransferCase *self)
{
  g_return_val_if_fail (OVS_IS_TRANSFER_CASE (self), 0);
  return (int) json_object_get_int_member_with_default (self->row, "total", 0);
}

const char *
ovs_transfer_case_get_missing (OvsTransferCase *self)
{
  g_return_val_if_fail (OVS_IS_TRANSFER_CASE (self), NULL);
  return json_object_get_string_member_with_default (self->row, "missing", NULL);
}

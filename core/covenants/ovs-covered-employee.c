/* ovs-covered-employee.c — an employee covered by a covenant over a period. */
#include "config.h"

#include "overstap/covenants/ovs-covered-employee.h"
#include "store/ovs-row-json-private.h"

struct _OvsCoveredEmployee
{
  GObject     parent_instance;

  JsonObject *row;
};

G_DEFINE_FINAL_TYPE (OvsCoveredEmployee, ovs_covered_employee, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROW,
  PROP_ID,
  PROP_COVENANT_ID,
  PROP_COVENANT,
  PROP_EMPLOYEE_ID,
  PROP_EMPLOYEE,
  PROP_PERSONNEL_NUMBER,
  PROP_MINUTES_PER_WEEK,
  PROP_CONTRACT_MINUTES,
  PROP_SE,
  PROP_START_DATE,
  PROP_END_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every property but "row" is read-only: a row object shows a row, it does not change it. */
#define READ_ONLY (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
ovs_covered_employee_finalize (GObject *object)
{
  OvsCoveredEmployee *self = OVS_COVERED_EMPLOYEE (object);

  g_clear_pointer (&self->row, json_object_unref);
  G_OBJECT_CLASS (ovs_covered_employee_parent_class)->finalize (object);
}

static void
ovs_covered_employee_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ovs_row_json_get_property (OVS_COVERED_EMPLOYEE (object)->row, pspec, value);
}

static void
ovs_covered_employee_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsCoveredEmployee *self = OVS_COVERED_EMPLOYEE (object);

  /* "row" is the only writable property, and only at construction. */
  g_assert (prop_id == PROP_ROW);
  self->row = g_value_dup_boxed (value);
}

static void
ovs_covered_employee_class_init (OvsCoveredEmployeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_covered_employee_finalize;
  object_class->get_property = ovs_covered_employee_get_property;
  object_class->set_property = ovs_covered_employee_set_property;

  properties[PROP_ROW] = ovs_row_json_param_spec ();
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL,
                        "The row's id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_COVENANT_ID] =
    g_param_spec_int64 ("covenant-id", NULL,
                        "The covenant's id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_COVENANT] =
    g_param_spec_string ("covenant", NULL,
                         "The covenant's name",
                         NULL, READ_ONLY);
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
  properties[PROP_MINUTES_PER_WEEK] =
    g_param_spec_int ("minutes-per-week", NULL,
                      "Covered minutes a week; 0: the contract hours",
                      G_MININT, G_MAXINT, 0, READ_ONLY);
  properties[PROP_CONTRACT_MINUTES] =
    g_param_spec_int ("contract-minutes", NULL,
                      "The employee's contract minutes a week",
                      G_MININT, G_MAXINT, 0, READ_ONLY);
  properties[PROP_SE] =
    g_param_spec_double ("se", NULL,
                         "Fixed standard units agreed in the covenant; 0: computed",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0, READ_ONLY);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL,
                         "Start of the cover (ISO)",
                         NULL, READ_ONLY);
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL,
                         "End of the cover (ISO), or NULL",
                         NULL, READ_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_covered_employee_init (OvsCoveredEmployee *self)
{
}

gint64
ovs_covered_employee_get_id (OvsCoveredEmployee *self)
{
  g_return_val_if_fail (OVS_IS_COVERED_EMPLOYEE (self), 0);
  return json_object_get_int_member_with_default (self->row, "id", 0);
}

const char *
ovs_covered_employee_get_personnel_number (OvsCoveredEmployee *self)
{
  g_return_val_if_fail (OVS_IS_COVERED_EMPLOYEE (self), NULL);
  return json_object_get_string_member_with_default (self->row, "personnel_number", NULL);
}

const char *
ovs_covered_employee_get_start_date (OvsCoveredEmployee *self)
{
  g_return_val_if_fail (OVS_IS_COVERED_EMPLOYEE (self), NULL);
  return json_object_get_string_member_with_default (self->row, "start_date", NULL);
}

const char *
ovs_covered_employee_get_end_date (OvsCoveredEmployee *self)
{
  g_return_val_if_fail (OVS_IS_COVERED_EMPLOYEE (self), NULL);
  return json_object_get_string_member_with_default (self->row, "end_date", NULL);
}

/* ovs-milestone.c — one of the programme's milestones. */
#include "config.h"

#include "overstap/programme/ovs-milestone.h"
#include "store/ovs-row-json-private.h"

struct _OvsMilestone
{
  GObject     parent_instance;

  JsonObject *row;
};

G_DEFINE_FINAL_TYPE (OvsMilestone, ovs_milestone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROW,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_OWNER,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_DONE_ON,
  PROP_LATE,
  PROP_TRACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every property but "row" is read-only: a row object shows a row, it does not change it. */
#define READ_ONLY (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
ovs_milestone_finalize (GObject *object)
{
  OvsMilestone *self = OVS_MILESTONE (object);

  g_clear_pointer (&self->row, json_object_unref);
  G_OBJECT_CLASS (ovs_milestone_parent_class)->finalize (object);
}

static void
ovs_milestone_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ovs_row_json_get_property (OVS_MILESTONE (object)->row, pspec, value);
}

static void
ovs_milestone_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsMilestone *self = OVS_MILESTONE (object);

  /* "row" is the only writable property, and only at construction. */
  g_assert (prop_id == PROP_ROW);
  self->row = g_value_dup_boxed (value);
}

static void
ovs_milestone_class_init (OvsMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_milestone_finalize;
  object_class->get_property = ovs_milestone_get_property;
  object_class->set_property = ovs_milestone_set_property;

  properties[PROP_ROW] = ovs_row_json_param_spec ();
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL,
                        "The milestone's id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, "The deliverable", NULL, READ_ONLY);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL,
                         "What it involves",
                         NULL, READ_ONLY);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, "Who is responsible", NULL, READ_ONLY);
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL,
                         "When it is due (ISO)",
                         NULL, READ_ONLY);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL,
                         "planned, in_progress, done or dropped",
                         NULL, READ_ONLY);
  properties[PROP_DONE_ON] =
    g_param_spec_string ("done-on", NULL,
                         "When it was done (ISO)",
                         NULL, READ_ONLY);
  properties[PROP_LATE] =
    g_param_spec_boolean ("late", NULL,
                          "Due before today and not done (nor dropped)",
                          FALSE, READ_ONLY);
  properties[PROP_TRACK] =
    g_param_spec_string ("track", NULL,
                         "The plan's track: wsw, sheltered_work, employer_services or policy_plan",
                         NULL, READ_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_milestone_init (OvsMilestone *self)
{
}

gint64
ovs_milestone_get_id (OvsMilestone *self)
{
  g_return_val_if_fail (OVS_IS_MILESTONE (self), 0);
  return json_object_get_int_member_with_default (self->row, "id", 0);
}

const char *
ovs_milestone_get_title (OvsMilestone *self)
{
  g_return_val_if_fail (OVS_IS_MILESTONE (self), NULL);
  return json_object_get_string_member_with_default (self->row, "title", NULL);
}

const char *
ovs_milestone_get_status (OvsMilestone *self)
{
  g_return_val_if_fail (OVS_IS_MILESTONE (self), NULL);
  return json_object_get_string_member_with_default (self->row, "status", NULL);
}

gboolean
ovs_milestone_get_late (OvsMilestone *self)
{
  g_return_val_if_fail (OVS_IS_MILESTONE (self), FALSE);
  return json_object_get_boolean_member_with_default (self->row, "late", FALSE);
}

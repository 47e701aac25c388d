/* ovs-agreement.c — an agreement (afspraak) of a covenant. */
#include "config.h"

#include "overstap/covenants/ovs-agreement.h"
#include "store/ovs-row-json-private.h"

struct _OvsAgreement
{
  GObject     parent_instance;

  JsonObject *row;
};

G_DEFINE_FINAL_TYPE (OvsAgreement, ovs_agreement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROW,
  PROP_ID,
  PROP_COVENANT_ID,
  PROP_COVENANT,
  PROP_TITLE,
  PROP_OWNER,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_EVIDENCE,
  PROP_DONE_ON,
  PROP_OVERDUE,
  PROP_DAYS_LEFT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every property but "row" is read-only: a row object shows a row, it does not change it. */
#define READ_ONLY (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
ovs_agreement_finalize (GObject *object)
{
  OvsAgreement *self = OVS_AGREEMENT (object);

  g_clear_pointer (&self->row, json_object_unref);
  G_OBJECT_CLASS (ovs_agreement_parent_class)->finalize (object);
}

static void
ovs_agreement_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ovs_row_json_get_property (OVS_AGREEMENT (object)->row, pspec, value);
}

static void
ovs_agreement_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsAgreement *self = OVS_AGREEMENT (object);

  /* "row" is the only writable property, and only at construction. */
  g_assert (prop_id == PROP_ROW);
  self->row = g_value_dup_boxed (value);
}

static void
ovs_agreement_class_init (OvsAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_agreement_finalize;
  object_class->get_property = ovs_agreement_get_property;
  object_class->set_property = ovs_agreement_set_property;

  properties[PROP_ROW] = ovs_row_json_param_spec ();
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL,
                        "The agreement's id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_COVENANT_ID] =
    g_param_spec_int64 ("covenant-id", NULL,
                        "The covenant's id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_COVENANT] =
    g_param_spec_string ("covenant", NULL,
                         "The covenant's name",
                         NULL, READ_ONLY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, "What was agreed", NULL, READ_ONLY);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, "Who sees to it", NULL, READ_ONLY);
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL,
                         "When it is due (ISO)",
                         NULL, READ_ONLY);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL,
                         "open, in_progress, done or dropped",
                         NULL, READ_ONLY);
  properties[PROP_EVIDENCE] =
    g_param_spec_string ("evidence", NULL,
                         "Evidence that it was done",
                         NULL, READ_ONLY);
  properties[PROP_DONE_ON] =
    g_param_spec_string ("done-on", NULL,
                         "When it was done (ISO)",
                         NULL, READ_ONLY);
  properties[PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL,
                          "Due before today and not done or dropped",
                          FALSE, READ_ONLY);
  properties[PROP_DAYS_LEFT] =
    g_param_spec_int ("days-left", NULL,
                      "Days from today to the due date (negative: overdue)",
                      G_MININT, G_MAXINT, 0, READ_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_agreement_init (OvsAgreement *self)
{
}

gint64
ovs_agreement_get_id (OvsAgreement *self)
{
  g_return_val_if_fail (OVS_IS_AGREEMENT (self), 0);
  return json_object_get_int_member_with_default (self->row, "id", 0);
}

const char *
ovs_agreement_get_title (OvsAgreement *self)
{
  g_return_val_if_fail (OVS_IS_AGREEMENT (self), NULL);
  return json_object_get_string_member_with_default (self->row, "title", NULL);
}

const char *
ovs_agreement_get_status (OvsAgreement *self)
{
  g_return_val_if_fail (OVS_IS_AGREEMENT (self), NULL);
  return json_object_get_string_member_with_default (self->row, "status", NULL);
}

gboolean
ovs_agreement_get_overdue (OvsAgreement *self)
{
  g_return_val_if_fail (OVS_IS_AGREEMENT (self), FALSE);
  return json_object_get_boolean_member_with_default (self->row, "overdue", FALSE);
}

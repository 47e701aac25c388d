/* ovs-checklist-item.c — one item of a transfer case's checklist. */
#include "config.h"

#include "overstap/transfers/ovs-checklist-item.h"
#include "store/ovs-row-json-private.h"

struct _OvsChecklistItem
{
  GObject     parent_instance;

  JsonObject *row;
};

G_DEFINE_FINAL_TYPE (OvsChecklistItem, ovs_checklist_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROW,
  PROP_ID,
  PROP_CASE_ID,
  PROP_CODE,
  PROP_TITLE,
  PROP_POSITION,
  PROP_DONE_ON,
  PROP_DONE_BY,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every property but "row" is read-only: a row object shows a row, it does not change it. */
#define READ_ONLY (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
ovs_checklist_item_finalize (GObject *object)
{
  OvsChecklistItem *self = OVS_CHECKLIST_ITEM (object);

  g_clear_pointer (&self->row, json_object_unref);
  G_OBJECT_CLASS (ovs_checklist_item_parent_class)->finalize (object);
}

static void
ovs_checklist_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ovs_row_json_get_property (OVS_CHECKLIST_ITEM (object)->row, pspec, value);
}

static void
ovs_checklist_item_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsChecklistItem *self = OVS_CHECKLIST_ITEM (object);

  /* "row" is the only writable property, and only at construction. */
  g_assert (prop_id == PROP_ROW);
  self->row = g_value_dup_boxed (value);
}

static void
ovs_checklist_item_class_init (OvsChecklistItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_checklist_item_finalize;
  object_class->get_property = ovs_checklist_item_get_property;
  object_class->set_property = ovs_checklist_item_set_property;

  properties[PROP_ROW] = ovs_row_json_param_spec ();
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL,
                        "The item's id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL,
                        "The transfer case's id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL,
                         "A stable code, such as dossier_received",
                         NULL, READ_ONLY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, "The title HR reads", NULL, READ_ONLY);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL,
                      "The item's place in the list",
                      G_MININT, G_MAXINT, 0, READ_ONLY);
  properties[PROP_DONE_ON] =
    g_param_spec_string ("done-on", NULL,
                         "When it was ticked (ISO), or NULL",
                         NULL, READ_ONLY);
  properties[PROP_DONE_BY] =
    g_param_spec_string ("done-by", NULL, "Who ticked it", NULL, READ_ONLY);
  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, "Whether it is ticked", FALSE, READ_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_checklist_item_init (OvsChecklistItem *self)
{
}

gint64
ovs_checklist_item_get_id (OvsChecklistItem *self)
{
  g_return_val_if_fail (OVS_IS_CHECKLIST_ITEM (self), 0);
  return json_object_get_int_member_with_default (self->row, "id", 0);
}

const char *
ovs_checklist_item_get_code (OvsChecklistItem *self)
{
  g_return_val_if_fail (OVS_IS_CHECKLIST_ITEM (self), NULL);
  return json_object_get_string_member_with_default (self->row, "code", NULL);
}

const char *
ovs_checklist_item_get_title (OvsChecklistItem *self)
{
  g_return_val_if_fail (OVS_IS_CHECKLIST_ITEM (self), NULL);
  return json_object_get_string_member_with_default (self->row, "title", NULL);
}

gboolean
ovs_checklist_item_get_done (OvsChecklistItem *self)
{
  g_return_val_if_fail (OVS_IS_CHECKLIST_ITEM (self), FALSE);
  return json_object_get_boolean_member_with_default (self->row, "done", FALSE);
}

/* ovs-covenant.c — a covenant (convenant) with Wezo or Larcom, with its counts. */
#include "config.h"

#include "overstap/covenants/ovs-covenant.h"
#include "store/ovs-row-json-private.h"

struct _OvsCovenant
{
  GObject     parent_instance;

  JsonObject *row;
};

G_DEFINE_FINAL_TYPE (OvsCovenant, ovs_covenant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROW,
  PROP_ID,
  PROP_NAME,
  PROP_PARTY_ID,
  PROP_PARTY,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_STATUS,
  PROP_PRICE_CENTS,
  PROP_PRICE_UNIT,
  PROP_INDEXATION_PCT,
  PROP_BUDGET_CENTS,
  PROP_TARGET_SE,
  PROP_LEGAL_BASIS,
  PROP_GRANT_KEPT_BY,
  PROP_NOTES,
  PROP_COVERED_COUNT,
  PROP_COVERED_TOTAL,
  PROP_AGREEMENTS_OPEN,
  PROP_AGREEMENTS_DONE,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every property but "row" is read-only: a row object shows a row, it does not change it. */
#define READ_ONLY (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
ovs_covenant_finalize (GObject *object)
{
  OvsCovenant *self = OVS_COVENANT (object);

  g_clear_pointer (&self->row, json_object_unref);
  G_OBJECT_CLASS (ovs_covenant_parent_class)->finalize (object);
}

static void
ovs_covenant_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ovs_row_json_get_property (OVS_COVENANT (object)->row, pspec, value);
}

static void
ovs_covenant_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsCovenant *self = OVS_COVENANT (object);

  /* "row" is the only writable property, and only at construction. */
  g_assert (prop_id == PROP_ROW);
  self->row = g_value_dup_boxed (value);
}

static void
ovs_covenant_class_init (OvsCovenantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_covenant_finalize;
  object_class->get_property = ovs_covenant_get_property;
  object_class->set_property = ovs_covenant_set_property;

  properties[PROP_ROW] = ovs_row_json_param_spec ();
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL,
                        "The covenant's id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, "The covenant's name", NULL, READ_ONLY);
  properties[PROP_PARTY_ID] =
    g_param_spec_int64 ("party-id", NULL,
                        "The party's organisation id",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_PARTY] =
    g_param_spec_string ("party", NULL,
                         "The party: Wezo or Larcom",
                         NULL, READ_ONLY);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL,
                         "Start of the period (ISO)",
                         NULL, READ_ONLY);
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL,
                         "End of the period (ISO), or NULL",
                         NULL, READ_ONLY);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL,
                         "draft, active or ended",
                         NULL, READ_ONLY);
  properties[PROP_PRICE_CENTS] =
    g_param_spec_int64 ("price-cents", NULL,
                        "The price in euro cents",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_PRICE_UNIT] =
    g_param_spec_string ("price-unit", NULL,
                         "se, hour or person",
                         NULL, READ_ONLY);
  properties[PROP_INDEXATION_PCT] =
    g_param_spec_double ("indexation-pct", NULL,
                         "Yearly indexation in percent",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0, READ_ONLY);
  properties[PROP_BUDGET_CENTS] =
    g_param_spec_int64 ("budget-cents", NULL,
                        "The budget in euro cents",
                        G_MININT64, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_TARGET_SE] =
    g_param_spec_double ("target-se", NULL,
                         "The target in standard units",
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0, READ_ONLY);
  properties[PROP_LEGAL_BASIS] =
    g_param_spec_string ("legal-basis", NULL,
                         "inkooprelatie, dienstverleningsovereenkomst, alleenrecht, …",
                         NULL, READ_ONLY);
  properties[PROP_GRANT_KEPT_BY] =
    g_param_spec_string ("grant-kept-by", NULL,
                         "Who keeps the state grant for these SE",
                         NULL, READ_ONLY);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, "Notes", NULL, READ_ONLY);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, "The OVS_TYPE_COVENANT_KIND code: a Wsw covenant or an employer agreement",
                         NULL, READ_ONLY);
  properties[PROP_COVERED_COUNT] =
    g_param_spec_int ("covered-count", NULL,
                      "Employees covered today",
                      G_MININT, G_MAXINT, 0, READ_ONLY);
  properties[PROP_COVERED_TOTAL] =
    g_param_spec_int ("covered-total", NULL,
                      "Covered-employee rows in all",
                      G_MININT, G_MAXINT, 0, READ_ONLY);
  properties[PROP_AGREEMENTS_OPEN] =
    g_param_spec_int ("agreements-open", NULL,
                      "Agreements open or in progress",
                      G_MININT, G_MAXINT, 0, READ_ONLY);
  properties[PROP_AGREEMENTS_DONE] =
    g_param_spec_int ("agreements-done", NULL,
                      "Agreements done",
                      G_MININT, G_MAXINT, 0, READ_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_covenant_init (OvsCovenant *self)
{
}

gint64
ovs_covenant_get_id (OvsCovenant *self)
{
  g_return_val_if_fail (OVS_IS_COVENANT (self), 0);
  return json_object_get_int_member_with_default (self->row, "id", 0);
}

const char *
ovs_covenant_get_name (OvsCovenant *self)
{
  g_return_val_if_fail (OVS_IS_COVENANT (self), NULL);
  return json_object_get_string_member_with_default (self->row, "name", NULL);
}

const char *
ovs_covenant_get_party (OvsCovenant *self)
{
  g_return_val_if_fail (OVS_IS_COVENANT (self), NULL);
  return json_object_get_string_member_with_default (self->row, "party", NULL);
}

const char *
ovs_covenant_get_status (OvsCovenant *self)
{
  g_return_val_if_fail (OVS_IS_COVENANT (self), NULL);
  return json_object_get_string_member_with_default (self->row, "status", NULL);
}

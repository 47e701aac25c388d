/* ovs-covenants-page.c — the Convenanten section: a column view over ovs_covenants_list(), with the
 * selected covenant in an OvsCovenantDetail beside it (an OvsListDetail), refreshed on the store's
 * ::changed. The year's SE and spend come from ovs_se_covenant_spend(), computed once per refresh. */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/ovs-columns.h"
#include "covenants/ovs-covenant-detail.h"
#include "covenants/ovs-covenants-page.h"
#include "widgets/ovs-format.h"
#include "widgets/ovs-list-detail.h"
#include "widgets/ovs-section-labels.h"
#include "widgets/ovs-section-util.h"

struct _OvsCovenantsPage
{
  GtkWidget           parent_instance;

  OvsStore           *store;
  guint               refresh_id;
  JsonArray          *spend;
  int                 year;
  GtkWidget          *detail;

  /* template */
  GListStore         *covenants;
  OvsListDetail      *list_detail;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (OvsCovenantsPage, ovs_covenants_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* The spend depends on parameters, employees and transfers too. */
static const char * const watched[] = {
  "covenant", "covenant_employee", "covenant_agreement", "employee", "parameter", "transfer_case", "placement", NULL
};

static void
selection_changed_cb (OvsCovenantsPage *self)
{
  if (self->detail != NULL)
    ovs_covenant_detail_set_covenant (OVS_COVENANT_DETAIL (self->detail),
                                      gtk_single_selection_get_selected_item (self->selection), self->spend,
                                      self->year);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new",
                                 self->store != NULL && ovs_store_can (self->store, OVS_PERM_EDIT_COVENANTS) &&
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
refresh (GtkWidget *widget)
{
  OvsCovenantsPage *self = OVS_COVENANTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ovs_date_today_iso ();
  gint64 selected = ovs_section_selected_id (self->selection);
  GListStore *fresh;

  if (self->store == NULL)
    return;
  g_clear_pointer (&self->spend, json_array_unref);
  self->year = (int) g_ascii_strtoll (today, NULL, 10);
  self->spend = ovs_se_covenant_spend (self->store, self->year, NULL);
  if ((fresh = ovs_covenants_list (self->store, &error)) == NULL)
    ovs_section_toast (widget, error->message);
  ovs_section_replace_items (self->covenants, fresh);
  ovs_section_select_id (self->selection, selected);
  /* Side by side, a covenant always shows: the first until the user picks another. */
  ovs_list_detail_pick_first (self->list_detail);
  selection_changed_cb (self);
}

static void
store_changed_cb (OvsCovenantsPage *self, const char *entity)
{
  if (ovs_section_entity_in (entity, watched))
    ovs_section_queue_refresh (GTK_WIDGET (self), &self->refresh_id, refresh);
}

static void
new_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsCovenantsPage *self = OVS_COVENANTS_PAGE (widget);

  if (self->detail != NULL)
    ovs_covenant_detail_add_agreement (OVS_COVENANT_DETAIL (self->detail));
}

static char *
format_price (gpointer row)
{
  gint64 cents = 0;
  g_autofree char *unit = NULL;
  g_autofree char *price = NULL;

  g_object_get (row, "price-cents", &cents, "price-unit", &unit, NULL);
  price = ovs_format_euro_cents (cents);
  /* Translators: a price and its unit, e.g. "€ 4.500,00 per SE". */
  return g_strdup_printf (_("%s %s"), price, ovs_price_unit_label (unit));
}

static char *
format_period (gpointer row)
{
  g_autofree char *start = NULL, *end = NULL, *start_text = NULL, *end_text = NULL;

  g_object_get (row, "start-date", &start, "end-date", &end, NULL);
  start_text = ovs_format_date (start);
  if (end == NULL)
    /* Translators: an open-ended period, e.g. "vanaf 01-01-2015". */
    return g_strdup_printf (_("from %s"), start_text);
  end_text = ovs_format_date (end);
  return g_strdup_printf ("%s – %s", start_text, end_text);
}

static void
fixed (GtkColumnViewColumn *column, int width)
{
  gtk_column_view_column_set_fixed_width (column, width);
}

static void
add_columns (OvsCovenantsPage *self)
{
  GType type = OVS_TYPE_COVENANT;
  GtkColumnView *view = self->column_view;
  GtkColumnViewColumn *name = ovs_column_add (view, _("Covenant"), type, "name", OVS_CELL_TEXT);
  GtkExpression *price = gtk_property_expression_new (type, NULL, "price-cents");

  gtk_column_view_column_set_expand (name, TRUE);
  fixed (ovs_column_add (view, _("Party"), type, "party", OVS_CELL_TEXT), 80);
  fixed (ovs_column_add_custom (view, _("Period"), format_period,
                                GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (type, NULL,
                                                                                                 "start-date")))), 170);
  fixed (ovs_column_add_custom (view, _("Price"), format_price, GTK_SORTER (gtk_numeric_sorter_new (price))), 150);
  fixed (ovs_column_add (view, _("Budget"), type, "budget-cents", OVS_CELL_CENTS), 110);
  fixed (ovs_column_add (view, _("Target (SE)"), type, "target-se", OVS_CELL_DECIMAL), 135);
  fixed (ovs_column_add (view, _("Open agreements"), type, "agreements-open", OVS_CELL_INT), 120);
  fixed (ovs_column_add_code (view, _("Status"), type, "status", ovs_covenant_status_label), 80);
  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
}

static void
set_store (OvsCovenantsPage *self, OvsStore *store)
{
  g_set_object (&self->store, store);
  if (store == NULL)
    return;
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  self->detail = ovs_covenant_detail_new (store);
  gtk_widget_set_size_request (self->detail, 300, -1);
  ovs_list_detail_set_detail (self->list_detail, self->detail);
  refresh (GTK_WIDGET (self));
}

static void
ovs_covenants_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      set_store (OVS_COVENANTS_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_covenants_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, OVS_COVENANTS_PAGE (object)->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_covenants_page_dispose (GObject *object)
{
  OvsCovenantsPage *self = OVS_COVENANTS_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->detail = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_COVENANTS_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->spend, json_array_unref);
  G_OBJECT_CLASS (ovs_covenants_page_parent_class)->dispose (object);
}

static void
ovs_covenants_page_class_init (OvsCovenantsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_covenants_page_dispose;
  object_class->set_property = ovs_covenants_page_set_property;
  object_class->get_property = ovs_covenants_page_get_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, OVS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-covenants-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, covenants);
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, list_detail);
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
}

static void
ovs_covenants_page_init (OvsCovenantsPage *self)
{
  g_type_ensure (OVS_TYPE_COVENANT);
  g_type_ensure (OVS_TYPE_LIST_DETAIL);
  gtk_widget_init_template (GTK_WIDGET (self));
  add_columns (self);
}

GtkWidget *
ovs_covenants_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_COVENANTS_PAGE, "store", store, NULL);
}

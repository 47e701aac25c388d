/* ovs-covenants-page.c — the Convenanten section: a column view over ovs_covenants_list(), with the
 * selected covenant in an OvsCovenantDetail beside it (an OvsListDetail), refreshed on the store's
 * ::changed. The year's SE and spend come from ovs_se_covenant_spend(), computed once per refresh. */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/ovs-columns.h"
#include "covenants/ovs-covenant-detail.h"
#include "covenants/ovs-covenant-form.h"
#include "covenants/ovs-covenants-page.h"
#include <overstap/overstap.h>
#include "widgets/ovs-list-detail.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-wrap-box.h"

struct _OvsCovenantsPage
{
  OvsSectionPage      parent_instance;

  JsonArray          *spend;
  int                 year;
  GtkWidget          *detail;

  /* template */
  GListStore         *covenants;
  OvsListDetail      *list_detail;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkWidget          *new_button;
  GtkWidget          *cover_button;
  GtkWidget          *employer_button;
};

G_DEFINE_FINAL_TYPE (OvsCovenantsPage, ovs_covenants_page, OVS_TYPE_SECTION_PAGE)

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
  gtk_widget_set_visible (self->new_button, ovs_section_page_get_can_add (OVS_SECTION_PAGE (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", ovs_section_page_get_can_add (OVS_SECTION_PAGE (self)));
  gtk_widget_set_visible (self->cover_button, ovs_section_page_get_can_add (OVS_SECTION_PAGE (self)));
  gtk_widget_set_visible (self->employer_button, ovs_section_page_get_can_add (OVS_SECTION_PAGE (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.cover",
                                 ovs_section_page_get_can_add (OVS_SECTION_PAGE (self)) &&
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-agreement",
                                 ovs_section_page_get_can_add (OVS_SECTION_PAGE (self)) &&
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
ovs_covenants_page_refresh (OvsSectionPage *page)
{
  OvsCovenantsPage *self = OVS_COVENANTS_PAGE (page);
  OvsStore *store = ovs_section_page_get_store (page);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ovs_date_today_iso ();
  gint64 selected = ovs_section_selected_id (self->selection);
  GListStore *fresh;

  g_clear_pointer (&self->spend, json_array_unref);
  self->year = (int) g_ascii_strtoll (today, NULL, 10);
  self->spend = ovs_se_covenant_spend (store, self->year, NULL);
  if ((fresh = ovs_covenants_list (store, &error)) == NULL)
    ovs_section_toast (GTK_WIDGET (self), error->message);
  ovs_section_replace_items (self->covenants, fresh);
  ovs_section_select_id (self->selection, selected);
  /* Side by side, a covenant always shows: the first until the user picks another. */
  ovs_list_detail_pick_first (self->list_detail);
  selection_changed_cb (self);
}

static void
new_action (GtkWidget *widget, const char *name, GVariant *param)
{
  ovs_covenant_form_new (widget, ovs_section_page_get_store (OVS_SECTION_PAGE (widget)));
}

static void
new_employer_agreement_action (GtkWidget *widget, const char *name, GVariant *param)
{
  ovs_covenant_form_new_employer_agreement (widget, ovs_section_page_get_store (OVS_SECTION_PAGE (widget)));
}

static void
cover_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsCovenantsPage *self = OVS_COVENANTS_PAGE (widget);
  OvsCovenant *covenant = gtk_single_selection_get_selected_item (self->selection);

  if (covenant != NULL)
    ovs_covenant_form_cover (widget, ovs_section_page_get_store (OVS_SECTION_PAGE (widget)),
                             ovs_covenant_get_name (covenant));
}

static void
add_agreement_action (GtkWidget *widget, const char *name, GVariant *param)
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
  g_autofree char *kind = NULL;

  g_object_get (row, "price-cents", &cents, "price-unit", &unit, "kind", &kind, NULL);
  /* An employer agreement buys nothing: it has places and people placed, no price. */
  if (ovs_vocab_is (OVS_TYPE_COVENANT_KIND, kind, OVS_COVENANT_KIND_EMPLOYER_AGREEMENT))
    return g_strdup ("");
  price = ovs_format_euro_cents (cents);
  /* Translators: a price and its unit, e.g. "€ 4.500,00 per SE". */
  return g_strdup_printf (_("%s %s"), price, ovs_vocab_label_for_code (OVS_TYPE_PRICE_UNIT, unit));
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

  /* Beside the detail pane the list is about 500 pixels wide: a long name ellipsizes (with a tooltip)
   * so that the party and the period stay readable; a wider window gives the name the room. */
  fixed (name, 220);
  gtk_column_view_column_set_expand (name, TRUE);
  fixed (ovs_column_add (view, _("Party"), type, "party", OVS_CELL_TEXT), 110);
  fixed (ovs_column_add_custom (view, _("Period"), format_period,
                                GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (type, NULL,
                                                                                                 "start-date")))), 170);
  fixed (ovs_column_add_custom (view, _("Price"), format_price, GTK_SORTER (gtk_numeric_sorter_new (price))), 150);
  fixed (ovs_column_add (view, _("Budget"), type, "budget-cents", OVS_CELL_CENTS), 110);
  fixed (ovs_column_add (view, _("Target (SE)"), type, "target-se", OVS_CELL_DECIMAL), 135);
  fixed (ovs_column_add (view, _("Open agreements"), type, "agreements-open", OVS_CELL_INT), 120);
  fixed (ovs_column_add_code (view, _("Status"), type, "status", OVS_TYPE_COVENANT_STATUS), 80);
  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
}

/* The detail reads and changes a covenant through the store. Covenants are made with ‘New
 * Covenant’ (Ctrl+N), from the empty state too, by who may. */
static void
ovs_covenants_page_setup (OvsSectionPage *page, OvsStore *store)
{
  OvsCovenantsPage *self = OVS_COVENANTS_PAGE (page);

  self->detail = ovs_covenant_detail_new (store);
  gtk_widget_set_size_request (self->detail, 300, -1);
  ovs_list_detail_set_detail (self->list_detail, self->detail);
  ovs_section_page_set_can_add (page, ovs_store_can (store, OVS_PERM_EDIT_COVENANTS));
}

static void
ovs_covenants_page_dispose (GObject *object)
{
  OvsCovenantsPage *self = OVS_COVENANTS_PAGE (object);

  self->detail = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_COVENANTS_PAGE);
  g_clear_pointer (&self->spend, json_array_unref);
  G_OBJECT_CLASS (ovs_covenants_page_parent_class)->dispose (object);
}

static void
ovs_covenants_page_class_init (OvsCovenantsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_covenants_page_dispose;
  page_class->entities = watched;
  page_class->setup = ovs_covenants_page_setup;
  page_class->refresh = ovs_covenants_page_refresh;

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.add-agreement", NULL, add_agreement_action);
  gtk_widget_class_install_action (widget_class, "page.cover", NULL, cover_action);
  gtk_widget_class_install_action (widget_class, "page.new-employer-agreement", NULL, new_employer_agreement_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-covenants-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, covenants);
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, list_detail);
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, cover_button);
  gtk_widget_class_bind_template_child (widget_class, OvsCovenantsPage, employer_button);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
}

static void
ovs_covenants_page_init (OvsCovenantsPage *self)
{
  g_type_ensure (OVS_TYPE_COVENANT);
  g_type_ensure (OVS_TYPE_LIST_DETAIL);
  g_type_ensure (OVS_TYPE_WRAP_BOX);
  gtk_widget_init_template (GTK_WIDGET (self));
  add_columns (self);
}

GtkWidget *
ovs_covenants_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_COVENANTS_PAGE, "store", store, NULL);
}

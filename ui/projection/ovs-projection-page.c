/* ovs-projection-page.c — the Prognose section.
 *
 * The projection (ovs-projection.h) runs in the window's thread: one query and arithmetic, well under
 * a second for the largest population we plan for (see the benchmark in the README). The scenarios
 * are shown side by side, at most four, in the order of their names: what each costs the
 * municipality in the first year, five years on, and in all up to 2040, and its risks. */
#include "config.h"

#include <glib/gi18n.h>

#include <overstap/overstap.h>
#include "overview/ovs-chart.h"
#include "projection/ovs-figure-table.h"
#include "projection/ovs-projection-page.h"
#include "projection/ovs-scenario-table.h"

#define MAX_SCENARIOS 4

enum { CHART_HEADCOUNT, CHART_SE, CHART_OUTFLOW, CHART_SCENARIOS, N_CHARTS };

struct _OvsProjectionPage
{
  OvsSectionPage parent_instance;

  GtkWidget  *charts[N_CHARTS];
  GtkWidget  *chart_cards[N_CHARTS];

  GtkWidget  *scroller;
  GtkLabel   *summary_label;
  GtkLabel   *error_label;
  GtkFlowBox *charts_box;
  GtkLabel   *scenarios_hint;
  OvsScenarioTable *scenario_table;
  OvsFigureTable *figures_table;

  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (OvsProjectionPage, ovs_projection_page, OVS_TYPE_SECTION_PAGE)

static void
show_error (OvsProjectionPage *self, const GError *error)
{
  g_autofree char *message = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  if (error == NULL)
    return;
  message = g_strdup_printf (_("The projection cannot be computed: %s"), error->message);
  gtk_label_set_text (self->error_label, message);
}

static void
fill_charts (OvsProjectionPage *self, const OvsProjection *proj)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *headcount = g_new (double, proj->n_years);
  g_autofree double *se = g_new (double, proj->n_years);
  g_autofree double *outflow = g_new0 (double, proj->n_years);

  for (guint k = 0; k < proj->n_years; k++)
    {
      const OvsProjectionYear *y = &proj->years[k];

      /* Two digits under the bars: '26, '27, … fit fifteen years in a card. */
      g_ptr_array_add (labels, g_strdup_printf ("’%02d", y->year % 100));
      headcount[k] = y->headcount_end;
      se[k] = y->se;
      for (guint c = 0; c < OVS_PROJECTION_N_CAUSES; c++)
        outflow[k] += y->outflow[c];
    }
  ovs_chart_set_data (OVS_CHART (self->charts[CHART_HEADCOUNT]), proj->n_years,
                      (const char * const *) labels->pdata, headcount, 0);
  ovs_chart_set_data (OVS_CHART (self->charts[CHART_SE]), proj->n_years,
                      (const char * const *) labels->pdata, se, 1);
  ovs_chart_set_data (OVS_CHART (self->charts[CHART_OUTFLOW]), proj->n_years,
                      (const char * const *) labels->pdata, outflow, 1);
}

static char *
money_of (JsonObject *object, const char *member)
{
  return ovs_format_money (json_object_get_int_member (object, member) * 100);
}

static JsonObject *
year_at (JsonObject *scenario, guint k)
{
  JsonArray *years = json_object_get_array_member (scenario, "years");

  return json_array_get_object_element (years, MIN (k, json_array_get_length (years) - 1));
}

static char *
sum_risk (JsonObject *scenario, const char *risk)
{
  JsonArray *years = json_object_get_array_member (scenario, "years");
  double sum = 0;

  for (guint k = 0; k < json_array_get_length (years); k++)
    sum += json_object_get_double_member (json_object_get_object_member (json_array_get_object_element (years, k),
                                                                        "risks"), risk);
  return ovs_format_decimal (sum, 1);
}

static char *
assigned_of (JsonObject *scenario)
{
  JsonObject *assigned = json_object_get_object_member (scenario, "assigned");
  g_autoptr(GList) members = json_object_get_members (assigned);
  gint64 n = 0;

  for (GList *l = members; l != NULL; l = l->next)
    n += json_object_get_int_member (assigned, l->data);
  return ovs_format_int (n);
}

enum { ASSIGNED, COST_FIRST, COST_FIFTH, COST_TOTAL, AOW, N_MEASURES };

static char *
measure_value (JsonObject *scenario, guint measure)
{
  switch (measure)
    {
    case ASSIGNED:
      return assigned_of (scenario);
    case COST_FIRST:
      return money_of (year_at (scenario, 0), "cost");
    case COST_FIFTH:
      return money_of (year_at (scenario, 4), "cost");
    case COST_TOTAL:
      return money_of (scenario, "total_cost");
    default:
      return sum_risk (scenario, "aow");
    }
}

/* The scenarios side by side, or a block per measure when narrow (ovs-scenario-table.h). */
static void
fill_scenarios (OvsProjectionPage *self, JsonArray *shown, int first_year)
{
  guint n = json_array_get_length (shown);
  g_autofree char *first = g_strdup_printf (_("Cost in %d"), first_year);
  g_autofree char *fifth = g_strdup_printf (_("Cost in %d"), first_year + 4);
  g_autofree double *totals = g_new (double, MAX (n, 1));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *measures[N_MEASURES] = { _("Employees assigned"), first, fifth, _("Cost up to 2040"),
                                       _("Reaching the AOW age up to 2040") };

  for (guint s = 0; s < n; s++)
    {
      JsonObject *scenario = json_array_get_object_element (shown, s);

      totals[s] = json_object_get_int_member (scenario, "total_cost") / 1000.0;
      g_ptr_array_add (names, (gpointer) json_object_get_string_member (scenario, "name"));
    }
  g_ptr_array_add (names, NULL);
  ovs_scenario_table_set_scenarios (self->scenario_table, (const char * const *) names->pdata);
  for (guint m = 0; m < N_MEASURES; m++)
    {
      g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

      for (guint s = 0; s < n; s++)
        g_ptr_array_add (values, measure_value (json_array_get_object_element (shown, s), m));
      ovs_scenario_table_add_measure (self->scenario_table, measures[m], (const char * const *) values->pdata);
    }
  ovs_chart_set_data (OVS_CHART (self->charts[CHART_SCENARIOS]), n, (const char * const *) names->pdata, totals, 0);
  gtk_widget_set_visible (gtk_widget_get_parent (self->chart_cards[CHART_SCENARIOS]), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->scenario_table), n > 0);
}

/* The monitor's key figures (ovs-dashboard.h): value, last year's value and the note naming the cause. */
static char *
figure_value (JsonObject *figure, const char *member)
{
  const char *unit = json_object_get_string_member (figure, "unit");
  double value;
  g_autofree char *number = NULL;

  if (json_object_get_null_member (figure, member))
    return g_strdup ("–");
  value = json_object_get_double_member (figure, member);
  if (g_str_equal (unit, "€"))
    return ovs_format_money ((gint64) (value >= 0 ? value + 0.5 : value - 0.5) * 100);
  number = ovs_format_decimal (value, value == (gint64) value ? 0 : 1);
  return g_strdup_printf ("%s %s", number, unit);
}

/* A table when the window is wide enough, a block per figure when narrow (ovs-figure-table.h). */
static void
fill_figures (OvsProjectionPage *self, JsonObject *dash)
{
  JsonArray *figures = json_object_get_array_member (dash, "figures");

  ovs_figure_table_clear (self->figures_table);
  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      JsonObject *f = json_array_get_object_element (figures, i);
      g_autofree char *value = figure_value (f, "value"), *last = figure_value (f, "last_year");

      ovs_figure_table_add (self->figures_table, json_object_get_string_member (f, "title"), value, last,
                            json_object_get_string_member (f, "note"));
    }
}

/* The first four scenarios by name, computed together (the people are read once). */
static JsonArray *
show_scenarios (OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) list = ovs_scenario_list (store, error);
  const char *names[MAX_SCENARIOS + 1] = { NULL };
  guint n;

  if (list == NULL)
    return NULL;
  n = MIN (json_array_get_length (list), MAX_SCENARIOS);
  for (guint i = 0; i < n; i++)
    names[i] = json_object_get_string_member (json_array_get_object_element (list, i), "name");
  if (n >= 2)
    return ovs_scenario_compare (store, names, 0, 0, error);
  if (n == 1)
    {
      JsonArray *one = json_array_new ();
      JsonObject *shown = ovs_scenario_show (store, names[0], 0, 0, error);

      if (shown == NULL)
        return (json_array_unref (one), NULL);
      json_array_add_object_element (one, shown);
      return one;
    }
  return json_array_new ();
}

static void
ovs_projection_page_refresh (OvsSectionPage *page)
{
  OvsProjectionPage *self = OVS_PROJECTION_PAGE (page);
  OvsStore *store = ovs_section_page_get_store (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsProjection) proj = ovs_projection_compute (store, 0, 0, OVS_PROJECTION_OUTFLOW_ALL, &error);
  g_autoptr(JsonArray) shown = NULL;
  g_autofree char *summary = NULL;

  show_error (self, error);
  if (proj == NULL)
    return;
  {
    g_autoptr(JsonObject) dash = ovs_dashboard_compute (store, 0, &error);

    show_error (self, error);
    g_clear_error (&error);
    if (dash != NULL)
      fill_figures (self, dash);
  }
  summary = ovs_projection_describe (proj);
  gtk_label_set_text (self->summary_label, summary);
  fill_charts (self, proj);
  shown = show_scenarios (store, &error);
  show_error (self, error);
  if (shown == NULL)
    return;
  gtk_label_set_text (self->scenarios_hint,
                      json_array_get_length (shown) < 2
                        ? _("Add scenarios with “overstap-cli scenario add” to compare two to four side by side.")
                        : _("What each scenario costs the municipality: the outlay less the state grant, in euros."));
  fill_scenarios (self, shown, proj->years[0].year);
}

static void
chooser_response_cb (OvsProjectionPage *self, int response, GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL &&
      !ovs_dashboard_write_pdf (ovs_section_page_get_store (OVS_SECTION_PAGE (self)), 0, path, &error))
    show_error (self, error);
  g_clear_object (&self->chooser);
}

/* The council report (Afdrukken): A4 PDF of this year's figures, notes and charts. */
static void
save_report_cb (GtkWidget *widget, const char *action, GVariant *parameter)
{
  OvsProjectionPage *self = OVS_PROJECTION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *today = ovs_date_today_iso ();
  g_autofree char *name = g_strdup_printf (_("raadsrapportage-wsw-%.4s.pdf"), today);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Council Report"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}


static void
add_chart (OvsProjectionPage *self, guint index, const char *title, const char *unit)
{
  self->charts[index] = ovs_chart_new (OVS_CHART_BARS, title, unit);
  self->chart_cards[index] = ovs_chart_card_new (self->charts[index], title);
  gtk_flow_box_append (self->charts_box, self->chart_cards[index]);
}

static void
ovs_projection_page_dispose (GObject *object)
{
  g_clear_object (&OVS_PROJECTION_PAGE (object)->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), OVS_TYPE_PROJECTION_PAGE);
  G_OBJECT_CLASS (ovs_projection_page_parent_class)->dispose (object);
}

static void
ovs_projection_page_class_init (OvsProjectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_projection_page_dispose;
  g_type_ensure (OVS_TYPE_FIGURE_TABLE);
  g_type_ensure (OVS_TYPE_SCENARIO_TABLE);
  /* Every change may move the projection (people, parameters, scenarios). */
  page_class->entities = NULL;
  page_class->refresh = ovs_projection_page_refresh;
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-projection-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsProjectionPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, OvsProjectionPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OvsProjectionPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvsProjectionPage, charts_box);
  gtk_widget_class_bind_template_child (widget_class, OvsProjectionPage, scenarios_hint);
  gtk_widget_class_bind_template_child (widget_class, OvsProjectionPage, scenario_table);
  gtk_widget_class_bind_template_child (widget_class, OvsProjectionPage, figures_table);
  gtk_widget_class_install_action (widget_class, "page.save-report", NULL, save_report_cb);
}

static void
ovs_projection_page_init (OvsProjectionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_chart (self, CHART_HEADCOUNT, _("Employees at the end of the year"), _("employees"));
  add_chart (self, CHART_SE, _("Standard units per year"), _("SE"));
  add_chart (self, CHART_OUTFLOW, _("Expected outflow per year"), _("employees"));
  add_chart (self, CHART_SCENARIOS, _("Scenario cost up to 2040"), _("× € 1,000"));
}

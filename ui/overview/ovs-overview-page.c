/* ovs-overview-page.c — the Overzicht: figure cards and charts, refreshed on the store's ::changed.
 *
 * The figures take a while on a large database (the SE of every employee per month), so they are
 * computed in a worker thread on a connection of its own to the same file (WAL lets it read while
 * the window's connection writes), as the same user so the same permissions apply. Until they arrive
 * the cards show a placeholder and a spinner turns; a ::changed during a computation cancels it and
 * starts another. */
#include "config.h"

#include <glib/gi18n.h>

#include <overstap/overstap.h>
#include "overview/ovs-overview-page.h"
#include "overview/ovs-overview-private.h"

static const struct { const char *figure; const char *title; } figure_cards[] = {
  { OVS_FIGURE_EMPLOYEES, N_("Wsw employees") },
  { OVS_FIGURE_SE, N_("Standard units") },
  { OVS_FIGURE_TRANSFERS, N_("Transfer") },
  { OVS_FIGURE_COVENANTS, N_("Covenant spend") },
  { OVS_FIGURE_REINDICATIONS, N_("Re-indications") },
  { OVS_FIGURE_MILESTONES, N_("Milestones") },
};

enum { CHART_SE, CHART_TRANSFERS, CHART_EMPLOYERS, N_CHARTS };

struct _OvsOverviewPage
{
  OvsSectionPage parent_instance;

  GCancellable *cancellable;        /* of the computation running, or NULL */
  OvsMonitorFigures *figures;       /* what the cards show, or NULL while they show placeholders */
  GtkWidget   *spinner;
  GtkWidget   *cards[G_N_ELEMENTS (figure_cards)];
  GtkWidget   *charts[N_CHARTS];
  GtkWidget   *chart_cards[N_CHARTS];

  GtkWidget   *scroller;
  GtkLabel    *as_of_label;
  GtkLabel    *error_label;
  GtkFlowBox  *cards_box;
  GtkFlowBox  *charts_box;
};

G_DEFINE_FINAL_TYPE (OvsOverviewPage, ovs_overview_page, OVS_TYPE_SECTION_PAGE)

static void
show_in_box (GtkWidget *widget, gboolean visible)
{
  /* The flow box wraps each child in a GtkFlowBoxChild; hiding that leaves no gap. */
  gtk_widget_set_visible (gtk_widget_get_parent (widget), visible);
}

static void
fill_note (OvsOverviewPage *self, OvsFigureCard *card, const OvsMonitorFigures *f)
{
  const char *figure = ovs_figure_card_get_figure (card);
  g_autofree char *by = NULL, *at = NULL, *date = NULL, *source = NULL;
  OvsStore *store = ovs_section_page_get_store (OVS_SECTION_PAGE (self));
  g_autofree char *note = ovs_monitor_get_note (store, figure, &by, &at, NULL);

  if (note != NULL)
    {
      date = ovs_format_date (at);
      /* Translators: who wrote a note and when, e.g. "Note by anna, 03-02-2025". */
      source = g_strdup_printf (_("Note by %s, %s"), by, date);
      ovs_figure_card_set_note (card, note, source, TRUE);
    }
  else
    {
      note = ovs_monitor_default_note (f, figure);
      ovs_figure_card_set_note (card, note, _("Computed from the figures"), FALSE);
    }
  ovs_figure_card_set_editable (card, ovs_store_can (store, OVS_PERM_EDIT_NOTES));
}

static void
fill (OvsOverviewPage *self, const OvsMonitorFigures *f)
{
  g_autofree char *today = ovs_format_date (f->today);
  g_autofree char *as_of = g_strdup_printf (_("Figures as of %s"), today);

  gtk_label_set_text (self->as_of_label, as_of);
  for (guint i = 0; i < G_N_ELEMENTS (figure_cards); i++)
    {
      OvsFigureCard *card = OVS_FIGURE_CARD (self->cards[i]);
      gboolean visible = _ovs_overview_figure_visible (f, figure_cards[i].figure);

      show_in_box (self->cards[i], visible);
      if (visible)
        {
          _ovs_overview_fill_card (card, f);
          fill_note (self, card, f);
        }
    }
  _ovs_overview_fill_se_chart (OVS_CHART (self->charts[CHART_SE]), f);
  _ovs_overview_fill_transfers_chart (OVS_CHART (self->charts[CHART_TRANSFERS]), f);
  _ovs_overview_fill_employers_chart (OVS_CHART (self->charts[CHART_EMPLOYERS]), f);
  show_in_box (self->chart_cards[CHART_SE], f->has_se);
  show_in_box (self->chart_cards[CHART_TRANSFERS], f->has_hr_figures);
}

static void
show_error (OvsOverviewPage *self, const GError *error)
{
  g_autofree char *message = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  if (error == NULL)
    return;
  message = g_strdup_printf (_("The figures cannot be computed: %s"), error->message);
  gtk_label_set_text (self->error_label, message);
}

static void
set_busy (OvsOverviewPage *self, gboolean busy)
{
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
}

/* Before the first figures: the cards the role will see, each saying it is being computed. */
static void
show_placeholders (OvsOverviewPage *self)
{
  OvsStore *store = ovs_section_page_get_store (OVS_SECTION_PAGE (self));
  OvsMonitorFigures flags = {
    .has_hr_figures = ovs_store_can (store, OVS_PERM_VIEW_HR_SECTIONS),
    .has_se = ovs_store_can (store, OVS_PERM_VIEW_HR_SECTIONS),
    .has_health_figures = ovs_store_can (store, OVS_PERM_VIEW_HEALTH),
  };
  const char *none[] = { NULL };

  gtk_label_set_text (self->as_of_label, _("Computing the figures…"));
  for (guint i = 0; i < G_N_ELEMENTS (figure_cards); i++)
    {
      OvsFigureCard *card = OVS_FIGURE_CARD (self->cards[i]);

      show_in_box (self->cards[i], _ovs_overview_figure_visible (&flags, figure_cards[i].figure));
      ovs_figure_card_set_value (card, "…", _("Computing…"));
      ovs_figure_card_set_details (card, none);
      ovs_figure_card_set_level (card, -1, FALSE);
    }
  show_in_box (self->chart_cards[CHART_SE], flags.has_se);
  show_in_box (self->chart_cards[CHART_TRANSFERS], flags.has_hr_figures);
}

typedef struct
{
  char *path;
  char *user;
} ComputeData;

static void
compute_data_free (gpointer data)
{
  ComputeData *d = data;

  g_free (d->path);
  g_free (d->user);
  g_free (d);
}

static void
compute_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  ComputeData *d = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) store = NULL;
  OvsMonitorFigures *figures;

  if (g_task_return_error_if_cancelled (task))
    return;
  store = ovs_store_open (d->path, &error);
  if (store == NULL || (d->user != NULL && !ovs_store_set_user (store, d->user, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  figures = ovs_monitor_compute (store, &error);
  if (figures == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, figures, (GDestroyNotify) ovs_monitor_figures_free);
}

static void
compute_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  OvsOverviewPage *self = OVS_OVERVIEW_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsMonitorFigures) figures = g_task_propagate_pointer (G_TASK (result), &error);

  /* A cancelled computation was replaced by a newer one, or the page is going away. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  show_error (self, error);
  if (figures == NULL)
    {
      if (self->figures == NULL)
        gtk_label_set_text (self->as_of_label, "");
      return;
    }
  g_clear_pointer (&self->figures, ovs_monitor_figures_free);
  self->figures = g_steal_pointer (&figures);
  fill (self, self->figures);
}

/* In memory there is no file for a second connection to open: compute right here. */
static void
refresh_now (OvsOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsMonitorFigures) figures = ovs_monitor_compute (ovs_section_page_get_store (OVS_SECTION_PAGE (self)),
                                                              &error);

  show_error (self, error);
  if (figures == NULL)
    return;
  g_clear_pointer (&self->figures, ovs_monitor_figures_free);
  self->figures = g_steal_pointer (&figures);
  fill (self, self->figures);
}

/* Every change may move a figure: the page refreshes on all of them (its class lists no entities). */
static void
ovs_overview_page_refresh (OvsSectionPage *page)
{
  OvsOverviewPage *self = OVS_OVERVIEW_PAGE (page);
  OvsStore *store = ovs_section_page_get_store (page);
  g_autoptr(GTask) task = NULL;
  const char *path;
  ComputeData *data;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  path = ovs_store_get_path (store);
  if (path == NULL || g_str_equal (path, ":memory:") || g_str_equal (path, ""))
    {
      refresh_now (self);
      return;
    }
  if (self->figures == NULL)
    show_placeholders (self);
  set_busy (self, TRUE);
  data = g_new0 (ComputeData, 1);
  data->path = g_strdup (path);
  data->user = g_strdup (ovs_store_get_user (store));
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, compute_done_cb, NULL);
  g_task_set_source_tag (task, ovs_overview_page_refresh);
  g_task_set_task_data (task, data, compute_data_free);
  /* Cancelling completes the task at once; the thread's late result is dropped. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, compute_thread);
}

static gboolean
save_note_cb (OvsOverviewPage *self, const char *text, OvsFigureCard *card)
{
  g_autoptr(GError) error = NULL;

  if (!ovs_monitor_set_note (ovs_section_page_get_store (OVS_SECTION_PAGE (self)), ovs_figure_card_get_figure (card),
                             text, &error))
    {
      ovs_figure_card_show_error (card, error->message);
      return FALSE;
    }
  /* Show the stored note at once; the figures follow on the refresh that ::changed starts. */
  if (self->figures != NULL)
    fill_note (self, card, self->figures);
  return TRUE;
}


static void
add_chart (OvsOverviewPage *self, guint index, OvsChartKind kind, const char *title, const char *unit)
{
  self->charts[index] = ovs_chart_new (kind, title, unit);
  self->chart_cards[index] = ovs_chart_card_new (self->charts[index], title);
  gtk_flow_box_append (self->charts_box, self->chart_cards[index]);
}

static void
build (OvsOverviewPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (figure_cards); i++)
    {
      self->cards[i] = ovs_figure_card_new (figure_cards[i].figure, _(figure_cards[i].title));
      g_signal_connect_object (self->cards[i], "save-note", G_CALLBACK (save_note_cb), self, G_CONNECT_SWAPPED);
      gtk_flow_box_append (self->cards_box, self->cards[i]);
    }
  add_chart (self, CHART_SE, OVS_CHART_BARS, _("Standard units per month"), _("SE"));
  add_chart (self, CHART_TRANSFERS, OVS_CHART_STACKED, _("Transfer cases by status"), _("cases"));
  add_chart (self, CHART_EMPLOYERS, OVS_CHART_BARS, _("Wsw employees by employer"), _("employees"));

  self->spinner = gtk_spinner_new ();
  gtk_widget_set_halign (self->spinner, GTK_ALIGN_START);
  gtk_widget_set_margin_start (self->spinner, 6);
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Computing the figures"), -1);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->as_of_label))), self->spinner,
                              GTK_WIDGET (self->as_of_label));
}

static void
ovs_overview_page_dispose (GObject *object)
{
  OvsOverviewPage *self = OVS_OVERVIEW_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->figures, ovs_monitor_figures_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_OVERVIEW_PAGE);
  G_OBJECT_CLASS (ovs_overview_page_parent_class)->dispose (object);
}

static void
ovs_overview_page_class_init (OvsOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_overview_page_dispose;
  page_class->refresh = ovs_overview_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsOverviewPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, OvsOverviewPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, OvsOverviewPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvsOverviewPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, OvsOverviewPage, charts_box);
}

static void
ovs_overview_page_init (OvsOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build (self);
}

GtkWidget *
ovs_overview_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_OVERVIEW_PAGE, "store", store, NULL);
}

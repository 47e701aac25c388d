/* ovs-roster-page.c — the Roosters section: which crew and week, loading the week from the core
 * and handing it to the grid; the grid is rebuilt only when crew, week or the roster's data change. */
#include "config.h"

#include <glib/gi18n.h>

#include "roster/ovs-roster-page-private.h"
#include "roster/ovs-shift-editor.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-undo-toast.h"

G_DEFINE_FINAL_TYPE (OvsRosterPage, ovs_roster_page, OVS_TYPE_SECTION_PAGE)

/* The entities a week view shows; other changes (covenants, notes, …) leave it alone. */
static const char * const watched[] = { "shift", "absence", "crew", "crew_membership", "employee", "shift_pattern",
                                        "qualification", NULL };

void
_ovs_roster_page_toast (OvsRosterPage *self, const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

gboolean
_ovs_roster_page_can_edit (OvsRosterPage *self)
{
  OvsStore *store = _ovs_roster_page_store (self);

  return store != NULL && self->crew_id != 0 && ovs_store_can_edit_crew (store, self->crew_id);
}

static void
show_error (OvsRosterPage *self, const char *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_readonly (OvsRosterPage *self)
{
  gboolean editable = _ovs_roster_page_can_edit (self);

  gtk_widget_set_visible (self->readonly_box, self->crew_id != 0 && !editable);
  if (!editable)
    gtk_label_set_text (self->readonly_label,
                        _("You can read this roster but not change it: a team leader changes only the rosters "
                          "of their own crews."));
}

/* The date picker opens on the week shown. */
static void
sync_calendar (OvsRosterPage *self)
{
  g_autoptr(GDateTime) monday = NULL;
  GDate day;

  if (!ovs_date_from_iso (self->monday, &day))
    return;
  monday = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 12, 0, 0);
  self->filling = TRUE;
  gtk_calendar_select_day (self->calendar, monday);
  self->filling = FALSE;
}

static void
load_week (OvsRosterPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsRosterWeek) week = NULL;
  g_autofree char *today = ovs_date_today_iso ();
  g_autofree char *title = NULL;

  if (self->crew_id == 0 || self->monday == NULL)
    return;
  week = ovs_roster_week_load (_ovs_roster_page_store (self), self->crew_id, self->monday, OVS_ROSTER_WEEK_SCREEN,
                               &error);
  show_error (self, error ? error->message : NULL);
  ovs_roster_grid_set_week (self->grid, week, today);
  if (week != NULL)
    {
      title = ovs_roster_week_title (week);
      gtk_label_set_text (self->week_label, title);
      sync_calendar (self);
    }
  update_readonly (self);
  _ovs_roster_page_update_actions (self);
}

static gboolean
set_week (OvsRosterPage *self, const char *date)
{
  GDate day;

  if (!ovs_date_from_iso (date, &day))
    return FALSE;
  g_date_subtract_days (&day, g_date_get_weekday (&day) - G_DATE_MONDAY);
  g_free (self->monday);
  self->monday = ovs_date_to_iso (&day);
  return TRUE;
}

void
_ovs_roster_page_go_to (OvsRosterPage *self, const char *date)
{
  if (set_week (self, date))
    load_week (self);
}

/* --- crews --- */

static void
crew_changed_cb (OvsRosterPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->crew_dropdown);

  if (self->filling || self->crew_ids == NULL)
    return;
  self->crew_id = selected < self->crew_ids->len ? g_array_index (self->crew_ids, gint64, selected) : 0;
  load_week (self);
}

static gboolean
same_crews (OvsRosterPage *self, GArray *ids, GPtrArray *names)
{
  if (ids->len != self->crew_ids->len)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) != g_array_index (self->crew_ids, gint64, i) ||
        g_strcmp0 (g_ptr_array_index (names, i), gtk_string_list_get_string (self->crew_names, i)) != 0)
      return FALSE;
  return TRUE;
}

/* The crews the user may plan, their own first; the core shows a teamleider only those. The
 * drop-down is left alone when they have not changed (a shift changed, say). */
static void
fill_crews (OvsRosterPage *self)
{
  OvsStore *store = _ovs_roster_page_store (self);
  g_autoptr(GListStore) crews = ovs_crews_list (store, NULL, NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint keep = 0;

  for (guint i = 0; crews != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (crews)); i++)
    {
      g_autoptr(OvsCrew) crew = g_list_model_get_item (G_LIST_MODEL (crews), i);
      gint64 id = ovs_crew_get_id (crew);

      if (ovs_crew_get_ended_on (crew) != NULL || !ovs_store_can_edit_crew (store, id))
        continue;
      if (id == self->crew_id)
        keep = ids->len;
      g_array_append_val (ids, id);
      g_ptr_array_add (names, (gpointer) ovs_crew_get_name (crew));
    }
  if (same_crews (self, ids, names))
    return;
  g_ptr_array_add (names, NULL);
  self->filling = TRUE;
  gtk_string_list_splice (self->crew_names, 0, self->crew_ids->len, (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->crew_dropdown, keep);
  self->filling = FALSE;
  g_array_unref (self->crew_ids);
  self->crew_ids = g_steal_pointer (&ids);
  self->crew_id = self->crew_ids->len > 0 ? g_array_index (self->crew_ids, gint64, keep) : 0;
}

/* --- OvsSectionPage --- */

static void
ovs_roster_page_setup (OvsSectionPage *page, OvsStore *store)
{
  g_autofree char *today = ovs_date_today_iso ();

  /* Who may plan crews; a teamleider without a crew of their own is told who can give them one. */
  ovs_section_page_set_can_add (page, ovs_store_can (store, OVS_PERM_EDIT_CREWS));
  set_week (OVS_ROSTER_PAGE (page), today);
}

/* One rebuild for a burst of changes (a generate touches shifts and absences alike). */
static void
ovs_roster_page_refresh (OvsSectionPage *page)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (page);

  fill_crews (self);
  load_week (self);
  /* Without a crew there is no week: nothing to generate, print or browse beside the empty state. */
  if (self->crew_id == 0)
    _ovs_roster_page_update_actions (self);
}

/* --- cells --- */

/* A new absence may be taken back from the toast, as after "Afwezigheid…" and the other editors'
 * new records: in the window's overlay, as theirs, so that it waits its turn behind their toasts. */
static void
editor_saved_cb (OvsRosterPage *self, const char *message, const char *table, gint64 id)
{
  if (table != NULL)
    ovs_undo_toast_show (GTK_WIDGET (self), _ovs_roster_page_store (self), table, id, message);
  else
    _ovs_roster_page_toast (self, message);
}

static void
cell_activated_cb (OvsRosterPage *self, guint row, guint day)
{
  OvsRosterWeek *week = ovs_roster_grid_get_week (self->grid);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *editor;

  if (week == NULL)
    return;
  if (!_ovs_roster_page_can_edit (self))
    {
      _ovs_roster_page_toast (self, _("This roster is read-only for you"));
      return;
    }
  editor = ovs_shift_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _ovs_roster_page_store (self), week,
                                 row, day);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  ovs_section_fit_dialog (GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
day_selected_cb (OvsRosterPage *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = g_date_time_format (picked, "%Y-%m-%d");

  if (self->filling)
    return;
  gtk_menu_button_popdown (self->calendar_button);
  _ovs_roster_page_go_to (self, iso);
}

static gboolean
focus_idle_cb (gpointer data)
{
  OvsRosterPage *self = data;

  if (self->grid != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    ovs_roster_grid_focus (self->grid);
  return G_SOURCE_REMOVE;
}

/* Opening the section puts the keyboard in the grid, so that Alt+Left/Right and the arrows work at once.
 * Only once the window has moved the focus into the page it shows (a folded sidebar does), or that move
 * would take it from today's cell to the next one. */
static void
map_cb (OvsRosterPage *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_idle_cb, g_object_ref (self), g_object_unref);
}

/* --- GObject --- */

GtkWidget *
ovs_roster_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_ROSTER_PAGE, "store", store, NULL);
}

static void
ovs_roster_page_dispose (GObject *object)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_ROSTER_PAGE);
  g_clear_pointer (&self->crew_ids, g_array_unref);
  g_clear_pointer (&self->monday, g_free);
  G_OBJECT_CLASS (ovs_roster_page_parent_class)->dispose (object);
}

static void
load_css (void)
{
  static gboolean loaded;
  GtkCssProvider *provider;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/nl/overstap/Overstap/ovs-roster.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_unref (provider);
}

static void
ovs_roster_page_class_init (OvsRosterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_roster_page_dispose;
  page_class->entities = watched;
  page_class->setup = ovs_roster_page_setup;
  page_class->refresh = ovs_roster_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-roster-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsRosterPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OvsRosterPage, crew_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OvsRosterPage, crew_names);
  gtk_widget_class_bind_template_child (widget_class, OvsRosterPage, week_label);
  gtk_widget_class_bind_template_child (widget_class, OvsRosterPage, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, OvsRosterPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, OvsRosterPage, readonly_box);
  gtk_widget_class_bind_template_child (widget_class, OvsRosterPage, readonly_label);
  gtk_widget_class_bind_template_child (widget_class, OvsRosterPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvsRosterPage, grid);
  gtk_widget_class_bind_template_callback (widget_class, crew_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, cell_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  _ovs_roster_page_class_actions_init (widget_class);
}

static void
ovs_roster_page_init (OvsRosterPage *self)
{
  g_type_ensure (OVS_TYPE_ROSTER_GRID);
  load_css ();
  self->crew_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}

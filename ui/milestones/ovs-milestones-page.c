/* ovs-milestones-page.c — the Mijlpalen section: ovs_milestones_list() drawn by an
 * OvsMilestoneTimeline (which scrolls sideways in a narrow window) and listed in a column view,
 * refreshed on the store's ::changed. */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/ovs-columns.h"
#include "widgets/ovs-form-dialog.h"
#include "milestones/ovs-milestone-timeline.h"
#include "milestones/ovs-milestones-page.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-wrap-box.h"
#include "widgets/ovs-undo-toast.h"

struct _OvsMilestonesPage
{
  OvsSectionPage        parent_instance;

  /* template */
  GListStore           *milestones;
  OvsMilestoneTimeline *timeline;
  GtkLabel             *summary_label;
  GtkWidget            *status_button;
  GtkWidget            *new_button;
  GtkWidget            *change_button;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
};

G_DEFINE_FINAL_TYPE (OvsMilestonesPage, ovs_milestones_page, OVS_TYPE_SECTION_PAGE)

static const char * const watched[] = { "milestone", NULL };

static void
update_summary (OvsMilestonesPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->milestones)), done = 0, late = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvsMilestone) milestone = g_list_model_get_item (G_LIST_MODEL (self->milestones), i);

      done += ovs_vocab_is (OVS_TYPE_MILESTONE_STATUS, ovs_milestone_get_status (milestone),
                            OVS_MILESTONE_STATUS_DONE);
      late += ovs_milestone_get_late (milestone);
    }
  /* Translators: e.g. "6 mijlpalen, 5 gereed, 1 te laat". */
  text = g_strdup_printf (ngettext ("%u milestone, %u done, %u late", "%u milestones, %u done, %u late", n),
                          n, done, late);
  gtk_label_set_text (self->summary_label, text);
}

static void
selection_changed_cb (OvsMilestonesPage *self)
{
  gboolean can_edit = ovs_section_page_get_can_add (OVS_SECTION_PAGE (self));
  gint64 id = ovs_section_selected_id (self->selection);

  ovs_milestone_timeline_set_selected (self->timeline, id);
  gtk_widget_set_visible (self->status_button, can_edit);
  gtk_widget_set_visible (self->new_button, can_edit);
  gtk_widget_set_visible (self->change_button, can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.set-status", can_edit && id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.change", can_edit && id != 0);
}

static void
ovs_milestones_page_refresh (OvsSectionPage *page)
{
  OvsMilestonesPage *self = OVS_MILESTONES_PAGE (page);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ovs_date_today_iso ();
  gint64 selected = ovs_section_selected_id (self->selection);
  GListStore *fresh;

  if ((fresh = ovs_milestones_list (ovs_section_page_get_store (page), &error)) == NULL)
    ovs_section_toast (GTK_WIDGET (self), error->message);
  ovs_milestone_timeline_set_today (self->timeline, today);
  ovs_section_replace_items (self->milestones, fresh);
  ovs_section_select_id (self->selection, selected);
  update_summary (self);
  selection_changed_cb (self);
}

static void
set_status_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsMilestonesPage *self = OVS_MILESTONES_PAGE (widget);
  OvsMilestone *milestone = gtk_single_selection_get_selected_item (self->selection);
  const char *status = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (milestone == NULL)
    return;
  if (!ovs_milestones_set_status (ovs_section_page_get_store (OVS_SECTION_PAGE (self)),
                                  ovs_milestone_get_id (milestone), status, NULL, &error))
    {
      ovs_section_toast (widget, error->message);
      return;
    }
  /* Translators: a toast, e.g. "Convenanten gesloten: gereed". */
  message = g_strdup_printf (_("%s: %s"), ovs_milestone_get_title (milestone),
                             ovs_vocab_label_for_code (OVS_TYPE_MILESTONE_STATUS, status));
  ovs_section_page_refresh (OVS_SECTION_PAGE (self));
  ovs_section_toast (widget, message);
}

/* --- the form for a new milestone or a change --- */

static gboolean
check_title (const char *text, GError **error)
{
  if (text != NULL)
    return TRUE;
  g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("Fill in the milestone."));
  return FALSE;
}

/* A change clears the description or owner the user emptied (""), as overstap-cli milestone change does. */
static gboolean
milestone_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsMilestonesPage *self = data;
  OvsStore *store = ovs_section_page_get_store (OVS_SECTION_PAGE (self));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "ovs-milestone-id"));
  g_autofree char *title = g_strdup (ovs_form_dialog_get_text (form, "title"));
  g_autofree char *description = g_strdup (ovs_form_dialog_get_text (form, "description"));
  g_autofree char *owner = g_strdup (ovs_form_dialog_get_text (form, "owner"));
  g_autofree char *due = ovs_form_dialog_get_date (form, "due");
  OvsMilestoneFields f = { title, description, owner, due };

  f.track = ovs_form_dialog_get_code (form, "track");

  if (id != 0)
    {
      f.description = description ? description : "";
      f.owner = owner ? owner : "";
      if (!ovs_milestones_change (store, id, &f, error))
        return FALSE;
    }
  else if ((id = ovs_milestones_add (store, &f, error)) == 0)
    return FALSE;
  ovs_section_page_refresh (OVS_SECTION_PAGE (self));
  ovs_section_select_id (self->selection, id);
  if (g_object_get_data (G_OBJECT (form), "ovs-milestone-id") == NULL)
    ovs_undo_toast_show (GTK_WIDGET (self), store, "milestone", id, _("Milestone saved"));
  else
    ovs_section_toast (GTK_WIDGET (self), _("Milestone saved"));
  return TRUE;
}

/* The milestone's text property @name (its getters are the row's properties), or NULL. */
static char *
text_of (OvsMilestone *milestone, const char *name)
{
  char *value = NULL;

  if (milestone != NULL)
    g_object_get (milestone, name, &value, NULL);
  return value;
}

static void
edit_milestone (OvsMilestonesPage *self, OvsMilestone *milestone)
{
  g_autofree char *due = text_of (milestone, "due-date");
  g_autofree char *owner = text_of (milestone, "owner");
  g_autofree char *description = text_of (milestone, "description");
  g_autofree char *track = text_of (milestone, "track");
  GtkWidget *track_row;
  int position;
  OvsFormDialog *form = ovs_form_dialog_new (GTK_WIDGET (self),
                                             milestone ? _("Change Milestone") : _("New Milestone"),
                                             _("A deliverable of the programme, with the day it is due and who "
                                               "delivers it."),
                                             milestone ? _("_Save") : _("_Add"));

  ovs_form_dialog_add_entry (form, "title", _("Milestone"), milestone ? ovs_milestone_get_title (milestone) : NULL);
  ovs_form_dialog_set_check (form, "title", check_title);
  ovs_form_dialog_add_date (form, "due", _("Due (dd-mm-jjjj)"), due, TRUE);
  ovs_form_dialog_add_entry (form, "owner", _("Owner (optional)"), owner);
  ovs_form_dialog_add_entry (form, "description", _("Description (optional)"), description);
  track_row = ovs_form_dialog_add_codes (form, "track", _("Track"), OVS_TYPE_PROGRAMME_TRACK);
  if (track != NULL && ovs_vocab_lookup (OVS_TYPE_PROGRAMME_TRACK, track, &position))
    adw_combo_row_set_selected (ADW_COMBO_ROW (track_row), (guint) position);
  if (milestone != NULL)
    g_object_set_data (G_OBJECT (form), "ovs-milestone-id", GSIZE_TO_POINTER (ovs_milestone_get_id (milestone)));
  ovs_form_dialog_set_submit (form, milestone_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static void
new_action (GtkWidget *widget, const char *name, GVariant *param)
{
  edit_milestone (OVS_MILESTONES_PAGE (widget), NULL);
}

static void
change_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsMilestonesPage *self = OVS_MILESTONES_PAGE (widget);
  OvsMilestone *milestone = gtk_single_selection_get_selected_item (self->selection);

  if (milestone != NULL)
    edit_milestone (self, milestone);
}

static void
add_columns (OvsMilestonesPage *self)
{
  GType type = OVS_TYPE_MILESTONE;
  GtkColumnView *view = self->column_view;
  GtkColumnViewColumn *title, *description, *due, *status;

  title = ovs_column_add (view, _("Milestone"), type, "title", OVS_CELL_TEXT);
  description = ovs_column_add (view, _("Description"), type, "description", OVS_CELL_TEXT);
  /* The long texts get a set width (and the room a wide window has left); the table keeps the
   * other columns' natural widths and scrolls sideways in a narrow window. */
  gtk_column_view_column_set_fixed_width (title, 260);
  gtk_column_view_column_set_fixed_width (description, 300);
  gtk_column_view_column_set_expand (title, TRUE);
  gtk_column_view_column_set_expand (description, TRUE);
  ovs_column_add (view, _("Owner"), type, "owner", OVS_CELL_TEXT);
  due = ovs_column_add (view, _("Due"), type, "due-date", OVS_CELL_DATE);
  status = ovs_column_add_code (view, _("Status"), type, "status", OVS_TYPE_MILESTONE_STATUS);
  ovs_column_add (view, _("Done on"), type, "done-on", OVS_CELL_DATE);
  /* The plan's track last: the dates and the status matter more in a narrow window. */
  ovs_column_add_code (view, _("Track"), type, "track", OVS_TYPE_PROGRAMME_TRACK);
  ovs_column_highlight (due, "late", "error");
  ovs_column_highlight (status, "late", "error");
  gtk_column_view_sort_by_column (view, due, GTK_SORT_ASCENDING);
}

/* "Change Status": one item per status of the vocabulary, its code the action's target. */
static void
set_status_menu (OvsMilestonesPage *self)
{
  const char * const *codes = ovs_vocab_codes (OVS_TYPE_MILESTONE_STATUS);
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (ovs_vocab_label_for_code (OVS_TYPE_MILESTONE_STATUS, codes[i]),
                                                   NULL);

      g_menu_item_set_action_and_target_value (item, "page.set-status", g_variant_new_string (codes[i]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->status_button), G_MENU_MODEL (menu));
}

/* Only the kwartiermaker adds and changes milestones; the empty state offers ‘New Milestone’, or
 * names who may. */
static void
ovs_milestones_page_setup (OvsSectionPage *page, OvsStore *store)
{
  ovs_section_page_set_can_add (page, ovs_store_can (store, OVS_PERM_EDIT_MILESTONES));
}

static void
ovs_milestones_page_dispose (GObject *object)
{
  OvsMilestonesPage *self = OVS_MILESTONES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_MILESTONES_PAGE);
  G_OBJECT_CLASS (ovs_milestones_page_parent_class)->dispose (object);
}

static void
ovs_milestones_page_class_init (OvsMilestonesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_milestones_page_dispose;
  page_class->entities = watched;
  page_class->setup = ovs_milestones_page_setup;
  page_class->refresh = ovs_milestones_page_refresh;

  gtk_widget_class_install_action (widget_class, "page.set-status", "s", set_status_action);
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.change", NULL, change_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-milestones-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsMilestonesPage, milestones);
  gtk_widget_class_bind_template_child (widget_class, OvsMilestonesPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, OvsMilestonesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OvsMilestonesPage, status_button);
  gtk_widget_class_bind_template_child (widget_class, OvsMilestonesPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, OvsMilestonesPage, change_button);
  gtk_widget_class_bind_template_child (widget_class, OvsMilestonesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvsMilestonesPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
}

static void
ovs_milestones_page_init (OvsMilestonesPage *self)
{
  g_type_ensure (OVS_TYPE_MILESTONE);
  g_type_ensure (OVS_TYPE_MILESTONE_TIMELINE);
  g_type_ensure (OVS_TYPE_WRAP_BOX);
  gtk_widget_init_template (GTK_WIDGET (self));
  ovs_milestone_timeline_set_model (self->timeline, G_LIST_MODEL (self->milestones));
  set_status_menu (self);
  add_columns (self);
}

GtkWidget *
ovs_milestones_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_MILESTONES_PAGE, "store", store, NULL);
}

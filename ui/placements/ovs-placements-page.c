/* ovs-placements-page.c — the Plaatsingen section: a column view over ovs_placements_list(),
 * refreshed on the store's ::changed, with a form to add a placement and one to end it. */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/ovs-columns.h"
#include "widgets/ovs-form-dialog.h"
#include "placements/ovs-placements-page.h"
#include "widgets/ovs-section-page.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-vocab-list.h"
#include "widgets/ovs-undo-toast.h"

enum { PERIOD_RUNNING, PERIOD_ENDED, PERIOD_ALL };

struct _OvsPlacementsPage
{
  OvsSectionPage      parent_instance;

  char               *today;
  OvsNameIndex       *names;

  /* template */
  GListStore         *placements;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *kind_dropdown;
  GtkDropDown        *period_dropdown;
  GtkLabel           *count_label;
  GtkWidget          *add_button;
  GtkWidget          *end_button;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (OvsPlacementsPage, ovs_placements_page, OVS_TYPE_SECTION_PAGE)

static const char * const watched[] = { "placement", "employee", "organisation", NULL };

/* --- filtering --- */

static gboolean
contains_folded (const char *haystack, const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack ? haystack : "", -1);

  return strstr (folded, needle) != NULL;
}

static gboolean
matches_search (OvsPlacement *placement, const char *needle)
{
  return contains_folded (ovs_placement_get_employee_name (placement), needle) ||
         contains_folded (ovs_placement_get_personnel_number (placement), needle) ||
         contains_folded (ovs_placement_get_hirer (placement), needle) ||
         contains_folded (ovs_placement_get_location (placement), needle);
}

static gboolean
matches_period (OvsPlacementsPage *self, OvsPlacement *placement)
{
  const char *end = ovs_placement_get_end_date (placement);
  gboolean ended = end != NULL && strcmp (end, self->today) < 0;

  switch (gtk_drop_down_get_selected (self->period_dropdown))
    {
    case PERIOD_RUNNING:
      return !ended;
    case PERIOD_ENDED:
      return ended;
    default:
      return TRUE;
    }
}

static gboolean
filter_func (gpointer item, gpointer data)
{
  OvsPlacementsPage *self = data;
  OvsPlacement *placement = item;
  const char *kind = ovs_vocab_string_list_get_code (gtk_drop_down_get_model (self->kind_dropdown),
                                                     gtk_drop_down_get_selected (self->kind_dropdown));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = g_utf8_casefold (text, -1);

  /* "Every kind" stands for no code. */
  if (kind != NULL && g_strcmp0 (ovs_placement_get_kind (placement), kind) != 0)
    return FALSE;
  if (!matches_period (self, placement))
    return FALSE;
  return *needle == '\0' || matches_search (placement, needle);
}

static void
update_count (OvsPlacementsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = g_strdup_printf (ngettext ("%u placement", "%u placements", n), n);

  gtk_label_set_text (self->count_label, text);
}

static void
filter_changed_cb (OvsPlacementsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* --- actions and refresh --- */

static OvsPlacement *
selected_placement (OvsPlacementsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (OvsPlacementsPage *self)
{
  gboolean can_edit = ovs_section_page_get_can_add (OVS_SECTION_PAGE (self));
  OvsPlacement *placement = selected_placement (self);
  const char *end = placement ? ovs_placement_get_end_date (placement) : NULL;

  gtk_widget_set_visible (self->add_button, can_edit);
  gtk_widget_set_visible (self->end_button, can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", can_edit);
  /* A placement that has already ended cannot be ended again; one ending later can end sooner. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.end",
                                 can_edit && placement != NULL && (end == NULL || strcmp (end, self->today) >= 0));
}

static void
selection_changed_cb (OvsPlacementsPage *self)
{
  update_actions (self);
}

static void
ovs_placements_page_refresh (OvsSectionPage *page)
{
  OvsPlacementsPage *self = OVS_PLACEMENTS_PAGE (page);
  OvsStore *store = ovs_section_page_get_store (page);
  g_autoptr(GError) error = NULL;
  gint64 selected = ovs_section_selected_id (self->selection);
  GListStore *fresh;

  g_free (self->today);
  self->today = ovs_date_today_iso ();
  ovs_name_index_update (self->names, store);
  if ((fresh = ovs_placements_list (store, 0, &error)) == NULL)
    ovs_section_toast (GTK_WIDGET (self), error->message);
  ovs_section_replace_items (self->placements, fresh);
  ovs_section_select_id (self->selection, selected);
  update_count (self);
  update_actions (self);
}

/* --- the forms --- */

static gboolean
read_numbers (OvsFormDialog *form, OvsPlacementFields *fields, GError **error)
{
  const char *rate;

  if (!ovs_placement_parse_hours (ovs_form_dialog_get_text (form, "hours") ?: "", &fields->minutes_per_week, error))
    {
      ovs_form_dialog_mark_field (form, "hours");
      return FALSE;
    }
  rate = ovs_form_dialog_get_text (form, "rate");
  fields->has_hourly_rate = rate != NULL;
  if (rate != NULL && !ovs_placement_parse_rate (rate, &fields->hourly_rate_cents, error))
    {
      ovs_form_dialog_mark_field (form, "rate");
      return FALSE;
    }
  return TRUE;
}

static const char *
field_of_error (const GError *error)
{
  if (error->domain != OVS_VALIDATION_ERROR)
    return NULL;
  switch (error->code)
    {
    case OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT:
      return "hours";
    case OVS_VALIDATION_ERROR_DATE_ORDER:
      return "end";
    case OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION:
    case OVS_VALIDATION_ERROR_REQUIRED:
      return "hirer";
    default:
      return NULL;
    }
}

static gboolean
add_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsPlacementsPage *self = data;
  OvsStore *store = ovs_section_page_get_store (OVS_SECTION_PAGE (self));
  OvsPlacementFields fields = { 0 };
  g_autofree char *start = NULL, *end = NULL, *hirer = NULL, *location = NULL;
  gint64 id;

  if ((fields.employee_id = ovs_section_find_employee (store, ovs_form_dialog_get_text (form, "employee"),
                                                      error)) == 0)
    return ovs_form_dialog_mark_field (form, "employee"), FALSE;
  fields.kind = ovs_form_dialog_get_code (form, "kind");
  hirer = g_strdup (ovs_form_dialog_get_text (form, "hirer"));
  location = g_strdup (ovs_form_dialog_get_text (form, "location"));
  fields.hirer = hirer;
  fields.location = location;
  if (!read_numbers (form, &fields, error))
    return FALSE;
  if (!ovs_section_parse_date (ovs_form_dialog_get_text (form, "start"), _("Start date"), &start, error))
    return ovs_form_dialog_mark_field (form, "start"), FALSE;
  if (!ovs_section_parse_date (ovs_form_dialog_get_text (form, "end"), _("End date"), &end, error))
    return ovs_form_dialog_mark_field (form, "end"), FALSE;
  fields.start_date = start;
  fields.end_date = end;
  if ((id = ovs_placements_add (store, &fields, error)) == 0)
    {
      if (field_of_error (*error) != NULL)
        ovs_form_dialog_mark_field (form, field_of_error (*error));
      return FALSE;
    }
  ovs_section_page_refresh (OVS_SECTION_PAGE (self));
  ovs_section_select_id (self->selection, id);
  ovs_undo_toast_show (GTK_WIDGET (self), store, "placement", id, _("Placement added"));
  return TRUE;
}

static void
new_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsPlacementsPage *self = OVS_PLACEMENTS_PAGE (widget);
  g_autofree char *today = ovs_date_iso_to_display (self->today);
  OvsFormDialog *form;

  form = ovs_form_dialog_new (widget, _("New Placement"),
                              _("Sheltered work needs no hirer; the hours may not exceed the contract."), _("_Add"));
  ovs_form_dialog_add_entry (form, "employee", _("Employee (personnel number or name)"), NULL);
  ovs_form_dialog_add_codes (form, "kind", _("Kind"), OVS_TYPE_PLACEMENT_KIND);
  ovs_form_dialog_add_entry (form, "hirer", _("Hirer"), NULL);
  ovs_form_dialog_add_entry (form, "location", _("Location"), NULL);
  ovs_form_dialog_add_entry (form, "hours", _("Hours per week"), NULL);
  ovs_form_dialog_add_entry (form, "rate", _("Hourly rate (€, optional)"), NULL);
  ovs_form_dialog_add_entry (form, "start", _("Start date (dd-mm-jjjj)"), today);
  ovs_form_dialog_add_entry (form, "end", _("End date (optional)"), NULL);
  ovs_form_dialog_set_submit (form, add_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static gboolean
end_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsPlacementsPage *self = data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "ovs-placement-id"));
  g_autofree char *end = NULL;

  if (!ovs_section_parse_date (ovs_form_dialog_get_text (form, "end"), _("End date"), &end, error) ||
      !ovs_placements_end (ovs_section_page_get_store (OVS_SECTION_PAGE (self)), id, end, error))
    return ovs_form_dialog_mark_field (form, "end"), FALSE;
  ovs_section_page_refresh (OVS_SECTION_PAGE (self));
  ovs_section_toast (GTK_WIDGET (self), _("Placement ended"));
  return TRUE;
}

static void
end_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsPlacementsPage *self = OVS_PLACEMENTS_PAGE (widget);
  OvsPlacement *placement = selected_placement (self);
  g_autofree char *today = ovs_date_iso_to_display (self->today);
  g_autofree char *description = NULL;
  OvsFormDialog *form;

  if (placement == NULL)
    return;
  /* Translators: the placement being ended: the employee, then the kind ("beschut werk"). */
  description = g_strdup_printf (_("%s, %s. The placement stays in the list with its end date."),
                                 ovs_placement_get_employee_name (placement),
                                 ovs_vocab_label_for_code (OVS_TYPE_PLACEMENT_KIND,
                                                           ovs_placement_get_kind (placement)));
  form = ovs_form_dialog_new (widget, _("End Placement"), description, _("_End"));
  ovs_form_dialog_add_entry (form, "end", _("End date (dd-mm-jjjj)"), today);
  g_object_set_data (G_OBJECT (form), "ovs-placement-id", GSIZE_TO_POINTER (ovs_placement_get_id (placement)));
  ovs_form_dialog_set_submit (form, end_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

/* --- construction --- */

static void
add_columns (OvsPlacementsPage *self)
{
  GType type = OVS_TYPE_PLACEMENT;
  GtkColumnView *view = self->column_view;
  GtkColumnViewColumn *name = ovs_column_add_employee (view, _("Employee"), type, self->names);
  GtkColumnViewColumn *hirer;

  gtk_column_view_column_set_fixed_width (ovs_column_add (view, _("Pers. no."), type, "personnel-number",
                                                          OVS_CELL_TEXT), 75);
  gtk_column_view_column_set_fixed_width (ovs_column_add_code (view, _("Kind"), type, "kind",
                                                               OVS_TYPE_PLACEMENT_KIND), 170);
  /* The hirer is what HR looks for ("Hoveniersbedrijf Ulenkamp"): it gets room first at 1280 pixels. */
  hirer = ovs_column_add (view, _("Hirer"), type, "hirer", OVS_CELL_TEXT);
  gtk_column_view_column_set_fixed_width (hirer, 185);
  gtk_column_view_column_set_expand (hirer, TRUE);
  gtk_column_view_column_set_expand (ovs_column_add (view, _("Location"), type, "location", OVS_CELL_TEXT), TRUE);
  gtk_column_view_column_set_fixed_width (ovs_column_add (view, _("Hours/week"), type, "minutes-per-week",
                                                          OVS_CELL_MINUTES), 80);
  gtk_column_view_column_set_fixed_width (ovs_column_add (view, _("Hourly rate"), type, "hourly-rate-cents",
                                                          OVS_CELL_CENTS), 85);
  gtk_column_view_column_set_fixed_width (ovs_column_add (view, _("Start"), type, "start-date", OVS_CELL_DATE), 90);
  gtk_column_view_column_set_fixed_width (ovs_column_add (view, _("End"), type, "end-date", OVS_CELL_DATE), 90);
  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
}

static void
fill_filters (OvsPlacementsPage *self)
{
  const char *every[] = { _("Every kind"), NULL };
  g_autoptr(GtkStringList) kinds = ovs_vocab_string_list (OVS_TYPE_PLACEMENT_KIND, OVS_VOCAB_LABEL, every);
  const char *periods[] = { _("Running"), _("Ended"), _("Running and ended"), NULL };
  g_autoptr(GtkStringList) period_list = gtk_string_list_new (periods);

  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (period_list));
}

static void
ovs_placements_page_setup (OvsSectionPage *page, OvsStore *store)
{
  ovs_section_page_set_can_add (page, ovs_store_can (store, OVS_PERM_EDIT_PLACEMENTS));
}

static void
ovs_placements_page_dispose (GObject *object)
{
  OvsPlacementsPage *self = OVS_PLACEMENTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_PLACEMENTS_PAGE);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->names, ovs_name_index_free);
  G_OBJECT_CLASS (ovs_placements_page_parent_class)->dispose (object);
}

static void
ovs_placements_page_class_init (OvsPlacementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_placements_page_dispose;
  page_class->entities = watched;
  page_class->setup = ovs_placements_page_setup;
  page_class->refresh = ovs_placements_page_refresh;

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.end", NULL, end_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-placements-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, placements);
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, filter);
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, end_button);
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvsPlacementsPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
}

static void
ovs_placements_page_init (OvsPlacementsPage *self)
{
  g_type_ensure (OVS_TYPE_PLACEMENT);
  self->today = ovs_date_today_iso ();
  self->names = ovs_name_index_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_filters (self);
  gtk_custom_filter_set_filter_func (self->filter, filter_func, self, NULL);
  add_columns (self);
}

GtkWidget *
ovs_placements_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_PLACEMENTS_PAGE, "store", store, NULL);
}

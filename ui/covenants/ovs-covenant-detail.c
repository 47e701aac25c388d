/* ovs-covenant-detail.c — the selected covenant: terms, this year's figures, agreements, cover. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "widgets/ovs-columns.h"
#include "covenants/ovs-covenant-detail.h"
#include "widgets/ovs-form-dialog.h"
#include <overstap/overstap.h>
#include "covenants/ovs-covenant-form.h"
#include "widgets/ovs-conflict-dialog.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-wrap-box.h"
#include "widgets/ovs-undo-toast.h"

/* An agreement marked done, with the version it started from: kept when someone else saved the
 * agreement first, to mark it done over their change if the person chooses so. */
typedef struct
{
  gint64  id;
  char   *evidence;
  char   *date;
  gint64  version;
} DoneChange;

static void
done_change_free (DoneChange *change)
{
  g_free (change->evidence);
  g_free (change->date);
  g_free (change);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DoneChange, done_change_free)

struct _OvsCovenantDetail
{
  GtkWidget           parent_instance;

  OvsStore           *store;
  OvsCovenant        *covenant;
  OvsNameIndex       *names;

  GtkWidget          *stack;
  GtkLabel           *title;
  GtkLabel           *terms;
  GtkLabel           *se_label;
  GtkLevelBar        *se_bar;
  GtkLabel           *spend_label;
  GtkLevelBar        *spend_bar;
  GtkWidget          *agreement_buttons;
  GtkWidget          *done_button;
  GListStore         *agreements;
  GtkSingleSelection *agreement_selection;
  GListStore         *covered;
  DoneChange         *pending;   /* refused because someone else saved the agreement first */
};

G_DEFINE_FINAL_TYPE (OvsCovenantDetail, ovs_covenant_detail, GTK_TYPE_WIDGET)

static char *
covenant_text (OvsCovenant *covenant, const char *property)
{
  char *text = NULL;

  g_object_get (covenant, property, &text, NULL);
  return text;
}

/* --- terms and this year's figures --- */

static void
fill_terms (OvsCovenantDetail *self)
{
  g_autofree char *start = covenant_text (self->covenant, "start-date");
  g_autofree char *end = covenant_text (self->covenant, "end-date");
  g_autofree char *unit = covenant_text (self->covenant, "price-unit");
  g_autofree char *basis = covenant_text (self->covenant, "legal-basis");
  g_autofree char *kind = covenant_text (self->covenant, "kind");
  g_autofree char *start_text = ovs_format_date (start), *end_text = ovs_format_date (end);
  g_autofree char *price = NULL, *indexation = NULL, *terms = NULL;
  gint64 price_cents = 0;
  double pct = 0;

  g_object_get (self->covenant, "price-cents", &price_cents, "indexation-pct", &pct, NULL);
  price = ovs_format_euro_cents (price_cents);
  indexation = ovs_format_decimal (pct, 1);
  /* Translators: a covenant's terms: party, period (start – end), price per unit, yearly
   * indexation in percent, legal basis. E.g. "Wezo · 01-01-2015 – heden · € 4.500,00 per SE ·
   * indexering 1,5% per jaar · dienstverleningsovereenkomst". */
  terms = g_strdup_printf (_("%s · %s – %s · %s %s · indexation %s%% a year · %s"),
                           ovs_covenant_get_party (self->covenant), start_text,
                           *end_text ? end_text : _("open-ended"), price,
                           ovs_vocab_label_for_code (OVS_TYPE_PRICE_UNIT, unit), indexation,
                           basis && *basis ? basis : _("no legal basis recorded"));
  /* An employer agreement has no price or indexation ("€ 0,00 per SE" said nothing true). */
  if (ovs_vocab_is (OVS_TYPE_COVENANT_KIND, kind, OVS_COVENANT_KIND_EMPLOYER_AGREEMENT))
    {
      g_free (terms);
      /* Translators: an employer agreement's terms: the employer, period (start – end), legal basis. */
      terms = g_strdup_printf (_("%s · %s – %s · %s"), ovs_covenant_get_party (self->covenant), start_text,
                               *end_text ? end_text : _("open-ended"),
                               basis && *basis ? basis : _("no legal basis recorded"));
    }
  gtk_label_set_text (self->title, ovs_covenant_get_name (self->covenant));
  gtk_label_set_text (self->terms, terms);
}

static JsonObject *
find_spend (JsonArray *spend, gint64 id)
{
  for (guint i = 0; spend != NULL && i < json_array_get_length (spend); i++)
    {
      JsonObject *row = json_array_get_object_element (spend, i);

      if (json_object_get_int_member_with_default (row, "id", 0) == id)
        return row;
    }
  return NULL;
}

static void
set_bar (GtkLevelBar *bar, double value, double max, gboolean over_is_bad)
{
  gtk_level_bar_set_max_value (bar, MAX (max, value) > 0 ? MAX (max, value) : 1);
  gtk_level_bar_set_value (bar, value);
  /* Spending past the budget turns the bar red (style.css: levelbar.over); realising more SE
   * than the target is no problem. */
  if (over_is_bad && max > 0 && value > max)
    gtk_widget_add_css_class (GTK_WIDGET (bar), "over");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (bar), "over");
}

static void
fill_figures (OvsCovenantDetail *self, JsonArray *spend, int year)
{
  JsonObject *row = find_spend (spend, ovs_covenant_get_id (self->covenant));
  double se = row ? json_object_get_double_member_with_default (row, "se", 0) : 0;
  double target = row ? json_object_get_double_member_with_default (row, "target_se", 0) : 0;
  gint64 cents = row ? json_object_get_int_member_with_default (row, "spend_cents", 0) : 0;
  gint64 budget = row ? json_object_get_int_member_with_default (row, "budget_cents", 0) : 0;
  g_autofree char *se_text = ovs_format_decimal (se, 1), *target_text = ovs_format_decimal (target, 1);
  g_autofree char *spend_text = ovs_format_euro_cents (cents), *budget_text = ovs_format_euro_cents (budget);
  g_autofree char *se_pct = ovs_format_percent (se, target), *spend_pct = ovs_format_percent (cents, budget);
  g_autofree char *se_line = NULL, *spend_line = NULL;

  /* The figures are for the whole calendar year, as the monitor computes them: an expectation. */
  if (row == NULL)
    se_line = g_strdup_printf (_("No figures for %d."), year);
  else if (target > 0)
    /* Translators: e.g. "SE in 2026: 7,7 van de taakstelling 7,2 (106%)". */
    se_line = g_strdup_printf (_("SE in %d: %s of the target %s (%s)"), year, se_text, target_text, se_pct);
  else
    se_line = g_strdup_printf (_("SE in %d: %s (no target set)"), year, se_text);
  if (row != NULL && budget > 0)
    /* Translators: e.g. "Verwachte besteding in 2026: € 33.218,17 van het budget € 28.000,00 (119%)". */
    spend_line = g_strdup_printf (_("Expected spend in %d: %s of the budget %s (%s)"), year, spend_text,
                                  budget_text, spend_pct);
  else if (row != NULL)
    spend_line = g_strdup_printf (_("Expected spend in %d: %s (no budget set)"), year, spend_text);
  gtk_label_set_text (self->se_label, se_line);
  gtk_label_set_text (self->spend_label, spend_line ? spend_line : "");
  set_bar (self->se_bar, se, target, FALSE);
  set_bar (self->spend_bar, (double) cents, (double) budget, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->se_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, se_line, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spend_bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  spend_line ? spend_line : "", -1);
}

/* --- agreements --- */

static void
update_agreement_actions (OvsCovenantDetail *self)
{
  OvsAgreement *agreement = gtk_single_selection_get_selected_item (self->agreement_selection);
  const char *status = agreement ? ovs_agreement_get_status (agreement) : NULL;

  gtk_widget_set_visible (self->agreement_buttons, ovs_store_can (self->store, OVS_PERM_EDIT_COVENANTS));
  gtk_widget_set_sensitive (self->done_button,
                            status != NULL &&
                            !ovs_vocab_is (OVS_TYPE_AGREEMENT_STATUS, status, OVS_AGREEMENT_STATUS_DONE) &&
                            !ovs_vocab_is (OVS_TYPE_AGREEMENT_STATUS, status, OVS_AGREEMENT_STATUS_DROPPED));
}

static void
fill_lists (OvsCovenantDetail *self)
{
  const char *name = ovs_covenant_get_name (self->covenant);
  gint64 selected = ovs_section_selected_id (self->agreement_selection);

  ovs_name_index_update (self->names, self->store);
  ovs_section_replace_items (self->agreements, ovs_covenants_agreements (self->store, name, NULL));
  ovs_section_select_id (self->agreement_selection, selected);
  ovs_section_replace_items (self->covered, ovs_covenants_covered (self->store, name, NULL));
  update_agreement_actions (self);
}

void
ovs_covenant_detail_set_covenant (OvsCovenantDetail *self, OvsCovenant *covenant, JsonArray *spend, int year)
{
  g_return_if_fail (OVS_IS_COVENANT_DETAIL (self));

  g_set_object (&self->covenant, covenant);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), covenant ? "covenant" : "empty");
  if (covenant == NULL)
    return;
  fill_terms (self);
  fill_figures (self, spend, year);
  fill_lists (self);
}

static gboolean
add_agreement_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  gint64 id = 0;
  OvsCovenantDetail *self = data;
  g_autofree char *title = g_strdup (ovs_form_dialog_get_text (form, "title"));
  g_autofree char *owner = g_strdup (ovs_form_dialog_get_text (form, "owner"));
  g_autofree char *due = NULL;

  if (self->covenant == NULL)
    return TRUE;
  if (!ovs_section_parse_date (ovs_form_dialog_get_text (form, "due"), _("Due date"), &due, error))
    return ovs_form_dialog_mark_field (form, "due"), FALSE;
  if ((id = ovs_covenants_add_agreement (self->store, ovs_covenant_get_name (self->covenant), title, due, owner,
                                         error)) == 0)
    return FALSE;
  ovs_undo_toast_show (GTK_WIDGET (self), self->store, "covenant_agreement", id, _("Agreement added"));
  return TRUE;
}

void
ovs_covenant_detail_add_agreement (OvsCovenantDetail *self)
{
  OvsFormDialog *form;

  g_return_if_fail (OVS_IS_COVENANT_DETAIL (self));
  if (self->covenant == NULL || !ovs_store_can (self->store, OVS_PERM_EDIT_COVENANTS))
    return;
  form = ovs_form_dialog_new (GTK_WIDGET (self), _("New Agreement"), ovs_covenant_get_name (self->covenant),
                              _("_Add"));
  ovs_form_dialog_add_entry (form, "title", _("What was agreed"), NULL);
  ovs_form_dialog_add_entry (form, "owner", _("Owner"), NULL);
  ovs_form_dialog_add_entry (form, "due", _("Due date (dd-mm-jjjj)"), NULL);
  ovs_form_dialog_set_submit (form, add_agreement_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static gboolean
mark_done (OvsCovenantDetail *self, const DoneChange *change, GError **error)
{
  return ovs_covenants_set_agreement_status (self->store, change->id,
                                             ovs_vocab_code (OVS_TYPE_AGREEMENT_STATUS, OVS_AGREEMENT_STATUS_DONE),
                                             change->evidence, change->date, change->version, error);
}

static void
conflict_choice_cb (GObject *owner, gboolean apply)
{
  OvsCovenantDetail *self = OVS_COVENANT_DETAIL (owner);
  g_autoptr(DoneChange) change = g_steal_pointer (&self->pending);
  g_autoptr(GError) error = NULL;

  if (change == NULL)
    return;
  if (!apply)
    {
      /* Every view of the agreements shows the other person's change, this one included. */
      ovs_store_emit_changed (self->store, "covenant_agreement");
      return;
    }
  /* Mark it done over the other change, on purpose: no version to compare with. */
  change->version = 0;
  if (mark_done (self, change, &error))
    ovs_section_toast (GTK_WIDGET (self), _("Agreement marked done"));
  else
    ovs_section_toast (GTK_WIDGET (self), error->message);
}

static gboolean
done_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsCovenantDetail *self = data;
  g_autoptr(DoneChange) change = g_new0 (DoneChange, 1);
  g_autoptr(GError) local = NULL;

  change->id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "ovs-agreement-id"));
  change->version = *(gint64 *) g_object_get_data (G_OBJECT (form), "ovs-version");
  change->evidence = g_strdup (ovs_form_dialog_get_text (form, "evidence"));
  if (!ovs_section_parse_date (ovs_form_dialog_get_text (form, "date"), _("Date"), &change->date, error))
    return ovs_form_dialog_mark_field (form, "date"), FALSE;
  if (mark_done (self, change, &local))
    {
      ovs_section_toast (GTK_WIDGET (self), _("Agreement marked done"));
      return TRUE;
    }
  if (!g_error_matches (local, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  /* The form closes; the conflict dialog asks whether to reload or to mark it done anyway. */
  g_clear_pointer (&self->pending, done_change_free);
  self->pending = g_steal_pointer (&change);
  ovs_conflict_dialog_present (GTK_WIDGET (self), local, conflict_choice_cb, G_OBJECT (self));
  return TRUE;
}

static void
mark_done_cb (OvsCovenantDetail *self)
{
  OvsAgreement *agreement = gtk_single_selection_get_selected_item (self->agreement_selection);
  g_autofree char *today_iso = ovs_date_today_iso ();
  g_autofree char *today = ovs_date_iso_to_display (today_iso);
  OvsFormDialog *form;
  gint64 version;

  if (agreement == NULL)
    return;
  form = ovs_form_dialog_new (GTK_WIDGET (self), _("Agreement Done"), ovs_agreement_get_title (agreement),
                              _("_Mark Done"));
  ovs_form_dialog_add_entry (form, "date", _("Done on (dd-mm-jjjj)"), today);
  ovs_form_dialog_add_entry (form, "evidence", _("Evidence (optional)"), NULL);
  g_object_set_data (G_OBJECT (form), "ovs-agreement-id", GSIZE_TO_POINTER (ovs_agreement_get_id (agreement)));
  /* The agreement as the person sees it now: marking it done after someone else saved it since is a
   * conflict. */
  version = ovs_store_row_version (self->store, "covenant_agreement", ovs_agreement_get_id (agreement), NULL);
  g_object_set_data_full (G_OBJECT (form), "ovs-version", g_memdup2 (&version, sizeof version), g_free);
  ovs_form_dialog_set_submit (form, done_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

/* --- construction --- */

static GtkColumnView *
column_view (GListStore *items, GtkSingleSelection **selection_out, const char *label)
{
  GtkWidget *view = gtk_column_view_new (NULL);
  GtkSortListModel *sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (items)), NULL);
  GtkSingleSelection *selection = gtk_single_selection_new (G_LIST_MODEL (sorted));

  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  g_object_bind_property (view, "sorter", sorted, "sorter", G_BINDING_SYNC_CREATE);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (view), GTK_SELECTION_MODEL (selection));
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  /* Columns keep their natural width; the table scrolls sideways when narrower. */
  gtk_scrollable_set_hscroll_policy (GTK_SCROLLABLE (view), GTK_SCROLL_NATURAL);
  gtk_widget_add_css_class (view, "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (selection_out != NULL)
    *selection_out = selection;
  g_object_unref (selection);
  return GTK_COLUMN_VIEW (view);
}

static GtkWidget *
scrolled (GtkColumnView *view)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (view));
  gtk_widget_set_vexpand (scroller, TRUE);
  return scroller;
}

static void
contact_clicked_cb (OvsCovenantDetail *self)
{
  if (self->covenant != NULL && ovs_store_can (self->store, OVS_PERM_EDIT_COVENANTS))
    ovs_covenant_form_contact (GTK_WIDGET (self), self->store, ovs_covenant_get_name (self->covenant));
}

static GtkWidget *
build_agreements (OvsCovenantDetail *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_New Agreement…"));
  GtkWidget *contact;
  GtkColumnView *view = column_view (self->agreements, &self->agreement_selection, _("Agreements"));
  GtkColumnViewColumn *title, *due, *status;

  self->agreement_buttons = ovs_wrap_box_new ();
  self->done_button = gtk_button_new_with_mnemonic (_("Mark _Done…"));
  gtk_widget_set_halign (self->agreement_buttons, GTK_ALIGN_END);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (ovs_covenant_detail_add_agreement), self);
  g_signal_connect_swapped (self->done_button, "clicked", G_CALLBACK (mark_done_cb), self);
  g_signal_connect_swapped (self->agreement_selection, "notify::selected-item",
                            G_CALLBACK (update_agreement_actions), self);
  gtk_widget_set_parent (self->done_button, self->agreement_buttons);
  gtk_widget_set_parent (add, self->agreement_buttons);
  contact = gtk_button_new_with_mnemonic (_("Contact _Moment…"));
  gtk_widget_set_tooltip_text (contact, _("Record a conversation or visit with the party"));
  g_signal_connect_swapped (contact, "clicked", G_CALLBACK (contact_clicked_cb), self);
  gtk_widget_set_parent (contact, self->agreement_buttons);

  title = ovs_column_add (view, _("Agreement"), OVS_TYPE_AGREEMENT, "title", OVS_CELL_TEXT);
  /* A set width (and the room left over) for the long titles, so that the short columns show too. */
  gtk_column_view_column_set_fixed_width (title, 140);
  gtk_column_view_column_set_expand (title, TRUE);
  ovs_column_add (view, _("Owner"), OVS_TYPE_AGREEMENT, "owner", OVS_CELL_TEXT);
  due = ovs_column_add (view, _("Due"), OVS_TYPE_AGREEMENT, "due-date", OVS_CELL_DATE);
  status = ovs_column_add_code (view, _("Status"), OVS_TYPE_AGREEMENT, "status", OVS_TYPE_AGREEMENT_STATUS);
  ovs_column_add (view, _("Done on"), OVS_TYPE_AGREEMENT, "done-on", OVS_CELL_DATE);
  ovs_column_highlight (due, "overdue", "error");
  ovs_column_highlight (status, "overdue", "error");
  gtk_column_view_sort_by_column (view, due, GTK_SORT_ASCENDING);

  gtk_box_append (GTK_BOX (box), self->agreement_buttons);
  gtk_box_append (GTK_BOX (box), scrolled (view));
  return box;
}

static char *
format_extent (gpointer row)
{
  int minutes = 0, contract = 0;
  double se = 0;

  g_object_get (row, "minutes-per-week", &minutes, "contract-minutes", &contract, "se", &se, NULL);
  if (se > 0)
    {
      g_autofree char *number = ovs_format_decimal (se, 2);

      /* Translators: a fixed number of standard units a covenant covers, e.g. "0,75 SE". */
      return g_strdup_printf (_("%s SE"), number);
    }
  {
    g_autofree char *hours = ovs_format_minutes_as_hours (minutes > 0 ? minutes : contract);

    /* Translators: hours per week a covenant covers, e.g. "24 uur". */
    return g_strdup_printf (_("%s hours"), hours);
  }
}

static GtkWidget *
build_covered (OvsCovenantDetail *self)
{
  GtkColumnView *view = column_view (self->covered, NULL, _("Covered employees"));
  GtkColumnViewColumn *name;

  name = ovs_column_add_employee (view, _("Name"), OVS_TYPE_COVERED_EMPLOYEE, self->names);
  ovs_column_add (view, _("Pers. no."), OVS_TYPE_COVERED_EMPLOYEE, "personnel-number", OVS_CELL_TEXT);
  ovs_column_add_custom (view, _("Hours/SE"), format_extent, NULL);
  ovs_column_add (view, _("Start"), OVS_TYPE_COVERED_EMPLOYEE, "start-date", OVS_CELL_DATE);
  ovs_column_add (view, _("End"), OVS_TYPE_COVERED_EMPLOYEE, "end-date", OVS_CELL_DATE);
  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
  return scrolled (view);
}

static GtkLabel *
add_label (GtkWidget *box, const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Wrapping, a label asks for no more width than its longest word: the detail fits a narrow window. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static GtkLevelBar *
add_bar (GtkWidget *box)
{
  GtkWidget *bar = gtk_level_bar_new ();

  /* The default offsets colour a low value as a warning; here low is simply not there yet. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_box_append (GTK_BOX (box), bar);
  return GTK_LEVEL_BAR (bar);
}

static void
tab_toggled_cb (GtkToggleButton *button, GtkStack *tabs)
{
  if (gtk_toggle_button_get_active (button))
    gtk_stack_set_visible_child_name (tabs, g_object_get_data (G_OBJECT (button), "ovs-tab"));
}

static void
add_tab (GtkWidget *switcher, GtkStack *tabs, GtkWidget *child, const char *name, const char *title)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *first = gtk_widget_get_first_child (switcher);

  gtk_stack_add_titled (tabs, child, name, title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "text-button");
  if (first != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (first));
  else
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_object_set_data_full (G_OBJECT (button), "ovs-tab", g_strdup (name), g_free);
  g_signal_connect (button, "toggled", G_CALLBACK (tab_toggled_cb), tabs);
  gtk_box_append (GTK_BOX (switcher), button);
}

/* The tabs, as linked toggle buttons rather than a GtkStackSwitcher: its buttons cannot get
 * narrower than their titles on one line, and "Covered employees" beside "Agreements" is wider
 * than a phone in Dutch. These titles wrap instead. */
static GtkWidget *
build_tabs (OvsCovenantDetail *self, GtkStack *tabs)
{
  GtkWidget *switcher = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (switcher, "linked");
  gtk_widget_set_halign (switcher, GTK_ALIGN_START);
  add_tab (switcher, tabs, build_agreements (self), "agreements", _("Agreements"));
  add_tab (switcher, tabs, build_covered (self), "covered", _("Covered employees"));
  return switcher;
}

static GtkWidget *
build_covenant (OvsCovenantDetail *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *figures = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *tabs = gtk_stack_new ();

  g_object_set (box, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);
  self->title = add_label (box, "title-3");
  self->terms = add_label (box, "dim-label");
  gtk_widget_add_css_class (figures, "card");
  /* The card's padding, without a style sheet of our own. */
  g_object_set (figures, "margin-top", 6, "margin-bottom", 6, NULL);
  self->se_label = add_label (figures, NULL);
  self->se_bar = add_bar (figures);
  self->spend_label = add_label (figures, NULL);
  self->spend_bar = add_bar (figures);
  for (GtkWidget *child = gtk_widget_get_first_child (figures); child; child = gtk_widget_get_next_sibling (child))
    g_object_set (child, "margin-start", 12, "margin-end", 12, NULL);
  gtk_widget_set_margin_top (GTK_WIDGET (self->se_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->spend_bar), 12);
  gtk_box_append (GTK_BOX (box), figures);

  gtk_widget_set_vexpand (tabs, TRUE);
  gtk_box_append (GTK_BOX (box), build_tabs (self, GTK_STACK (tabs)));
  gtk_box_append (GTK_BOX (box), tabs);
  return box;
}

static void
ovs_covenant_detail_dispose (GObject *object)
{
  OvsCovenantDetail *self = OVS_COVENANT_DETAIL (object);

  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_object (&self->covenant);
  g_clear_object (&self->agreements);
  g_clear_object (&self->covered);
  g_clear_pointer (&self->pending, done_change_free);
  g_clear_object (&self->store);
  g_clear_pointer (&self->names, ovs_name_index_free);
  G_OBJECT_CLASS (ovs_covenant_detail_parent_class)->dispose (object);
}

static void
ovs_covenant_detail_class_init (OvsCovenantDetailClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ovs_covenant_detail_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
ovs_covenant_detail_init (OvsCovenantDetail *self)
{
  GtkWidget *empty = adw_status_page_new ();

  self->names = ovs_name_index_new ();
  self->agreements = g_list_store_new (OVS_TYPE_AGREEMENT);
  self->covered = g_list_store_new (OVS_TYPE_COVERED_EMPLOYEE);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-document-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No covenant selected"));
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_stack_add_named (GTK_STACK (self->stack), build_covenant (self), "covenant");
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
}

GtkWidget *
ovs_covenant_detail_new (OvsStore *store)
{
  OvsCovenantDetail *self = g_object_new (OVS_TYPE_COVENANT_DETAIL, NULL);

  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}

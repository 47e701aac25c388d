/* ovs-transfers-page.c — the Overgang section: a column view over ovs_transfers_list() with a
 * progress column ("5 van 8" and a level bar) and what is still missing per person; the selected
 * case in an OvsTransferDetail. Refreshed on the store's ::changed, keeping the selection. */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/ovs-columns.h"
#include "widgets/ovs-list-detail.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-vocab-list.h"
#include "transfers/ovs-transfer-detail.h"
#include "transfers/ovs-transfer-open.h"
#include "transfers/ovs-transfers-page.h"

/* The status filter: every case, the open ones, then one status each (the vocabulary's list). */
enum { SHOW_ALL, SHOW_OPEN };

struct _OvsTransfersPage
{
  OvsSectionPage      parent_instance;

  OvsNameIndex       *names;
  GtkWidget          *detail;

  /* template */
  GListStore         *cases;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  OvsListDetail      *list_detail;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkLabel           *count_label;
  GtkWidget          *new_button;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (OvsTransfersPage, ovs_transfers_page, OVS_TYPE_SECTION_PAGE)

static const char * const watched[] = { "transfer_case", "checklist_item", "employee", NULL };

/* --- filtering --- */

static gboolean
contains_folded (const char *haystack, const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack ? haystack : "", -1);

  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item, gpointer data)
{
  OvsTransfersPage *self = data;
  OvsTransferCase *c = item;
  const char *status = ovs_transfer_case_get_status (c);
  guint shown = gtk_drop_down_get_selected (self->status_dropdown);
  const char *only = ovs_vocab_string_list_get_code (gtk_drop_down_get_model (self->status_dropdown), shown);
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);

  if (shown == SHOW_OPEN && ovs_transfer_status_is_closed (status))
    return FALSE;
  if (only != NULL && g_strcmp0 (status, only) != 0)
    return FALSE;
  return *needle == '\0' || contains_folded (ovs_transfer_case_get_employee (c), needle) ||
         contains_folded (ovs_transfer_case_get_personnel_number (c), needle);
}

static void
update_count (OvsTransfersPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = g_strdup_printf (ngettext ("%u case", "%u cases", n), n);

  gtk_label_set_text (self->count_label, text);
}

static void
filter_changed_cb (OvsTransfersPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* --- selection and refresh --- */

static void
selection_changed_cb (OvsTransfersPage *self)
{
  if (self->detail != NULL)
    ovs_transfer_detail_set_case (OVS_TRANSFER_DETAIL (self->detail),
                                  gtk_single_selection_get_selected_item (self->selection));
}

static void
ovs_transfers_page_refresh (OvsSectionPage *page)
{
  OvsTransfersPage *self = OVS_TRANSFERS_PAGE (page);
  OvsStore *store = ovs_section_page_get_store (page);
  g_autoptr(GError) error = NULL;
  gint64 selected = ovs_section_selected_id (self->selection);
  GListStore *fresh;

  ovs_name_index_update (self->names, store);
  if ((fresh = ovs_transfers_list (store, &error)) == NULL)
    ovs_section_toast (GTK_WIDGET (self), error->message);
  ovs_section_replace_items (self->cases, fresh);
  ovs_section_select_id (self->selection, selected);
  /* The same case selected again does not notify: show its new state all the same. */
  selection_changed_cb (self);
  update_count (self);
}

/* --- the progress column: a level bar and "5 van 8" --- */

static void
progress_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *bar = gtk_level_bar_new ();
  GtkWidget *label = gtk_label_new (NULL);

  /* Without offsets the bar has one colour: a case just begun is not a warning. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 48, -1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
progress_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  OvsTransferCase *c = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *bar = gtk_widget_get_first_child (box);
  int done = ovs_transfer_case_get_done (c), total = ovs_transfer_case_get_total (c);
  /* Translators: checklist progress, e.g. "5 van 8". */
  g_autofree char *text = g_strdup_printf (_("%d of %d"), done, total);

  gtk_level_bar_set_max_value (GTK_LEVEL_BAR (bar), MAX (total, 1));
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), done);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
add_progress_column (OvsTransfersPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *done = gtk_property_expression_new (OVS_TYPE_TRANSFER_CASE, NULL, "done");
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_numeric_sorter_new (done));
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (progress_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (progress_bind_cb), NULL);
  column = gtk_column_view_column_new (_("Progress"), factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_fixed_width (column, 120);
  gtk_column_view_append_column (self->column_view, column);
}

/* "Nog open" lists every unticked item, far more than a cell's width: two lines of it, with the
 * whole list as the tooltip when it does not fit (the detail shows it too). */
static gboolean
missing_tooltip_cb (GtkLabel *label, int x, int y, gboolean keyboard, GtkTooltip *tooltip)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
}

static void
missing_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Enough for a few words a line, but no more than its share: the column expands into what the
   * other columns leave, and never takes the room of the names. */
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (missing_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
}

static void
missing_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  const char *missing = ovs_transfer_case_get_missing (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), missing ? missing : "");
}

static void
add_missing_column (OvsTransfersPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *missing = gtk_property_expression_new (OVS_TYPE_TRANSFER_CASE, NULL, "missing");
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_string_sorter_new (missing));
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (missing_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (missing_bind_cb), NULL);
  column = gtk_column_view_column_new (_("Still missing"), factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
}

static int
compare_status_cb (gconstpointer a, gconstpointer b, gpointer data)
{
  int ra = ovs_transfer_status_rank (ovs_transfer_case_get_status ((OvsTransferCase *) a));
  int rb = ovs_transfer_status_rank (ovs_transfer_case_get_status ((OvsTransferCase *) b));

  return ra < rb ? GTK_ORDERING_SMALLER : ra > rb ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
add_columns (OvsTransfersPage *self)
{
  GType type = OVS_TYPE_TRANSFER_CASE;
  GtkColumnView *view = self->column_view;
  GtkColumnViewColumn *name = ovs_column_add_employee (view, _("Employee"), type, self->names);
  GtkColumnViewColumn *status;
  g_autoptr(GtkSorter) ladder = GTK_SORTER (gtk_custom_sorter_new (compare_status_cb, NULL, NULL));

  ovs_column_add (view, _("From"), type, "from-organisation", OVS_CELL_TEXT);
  status = ovs_column_add_code (view, _("Status"), type, "status", OVS_TYPE_TRANSFER_STATUS);
  /* Statuses sort along the ladder, not alphabetically. */
  gtk_column_view_column_set_sorter (status, ladder);
  gtk_column_view_column_set_fixed_width (status, 135);
  ovs_column_add (view, _("Planned"), type, "planned-date", OVS_CELL_DATE);
  add_progress_column (self);
  add_missing_column (self);
  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
}

static void
fill_status_filter (OvsTransfersPage *self)
{
  const char *leading[] = { [SHOW_ALL] = _("Every status"), [SHOW_OPEN] = _("Open cases"), NULL };
  g_autoptr(GtkStringList) list = ovs_vocab_string_list (OVS_TYPE_TRANSFER_STATUS, OVS_VOCAB_LABEL, leading);

  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->status_dropdown, SHOW_OPEN);
}

static void
new_action (GtkWidget *widget, const char *name, GVariant *param)
{
  ovs_transfer_open_form (widget, ovs_section_page_get_store (OVS_SECTION_PAGE (widget)), NULL);
}

/* The detail reads and changes a case through the store. Cases are opened with ‘Open Cases’
 * (Ctrl+N), from the empty state too, by who may. */
static void
ovs_transfers_page_setup (OvsSectionPage *page, OvsStore *store)
{
  OvsTransfersPage *self = OVS_TRANSFERS_PAGE (page);

  self->detail = ovs_transfer_detail_new (store);
  gtk_widget_set_size_request (self->detail, 300, -1);
  ovs_list_detail_set_detail (self->list_detail, self->detail);
  ovs_section_page_set_can_add (page, ovs_store_can (store, OVS_PERM_EDIT_TRANSFERS));
  gtk_widget_set_visible (self->new_button, ovs_section_page_get_can_add (page));
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "page.new", ovs_section_page_get_can_add (page));
}

static void
ovs_transfers_page_dispose (GObject *object)
{
  OvsTransfersPage *self = OVS_TRANSFERS_PAGE (object);

  self->detail = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_TRANSFERS_PAGE);
  g_clear_pointer (&self->names, ovs_name_index_free);
  G_OBJECT_CLASS (ovs_transfers_page_parent_class)->dispose (object);
}

static void
ovs_transfers_page_class_init (OvsTransfersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_transfers_page_dispose;
  page_class->entities = watched;
  page_class->setup = ovs_transfers_page_setup;
  page_class->refresh = ovs_transfers_page_refresh;

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-transfers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsTransfersPage, cases);
  gtk_widget_class_bind_template_child (widget_class, OvsTransfersPage, filter);
  gtk_widget_class_bind_template_child (widget_class, OvsTransfersPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, OvsTransfersPage, list_detail);
  gtk_widget_class_bind_template_child (widget_class, OvsTransfersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvsTransfersPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OvsTransfersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OvsTransfersPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, OvsTransfersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvsTransfersPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
}

static void
ovs_transfers_page_init (OvsTransfersPage *self)
{
  g_type_ensure (OVS_TYPE_TRANSFER_CASE);
  self->names = ovs_name_index_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_custom_filter_set_filter_func (self->filter, filter_func, self, NULL);
  fill_status_filter (self);
  add_columns (self);
}

GtkWidget *
ovs_transfers_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_TRANSFERS_PAGE, "store", store, NULL);
}

/* ovs-employees-page.c — the Medewerkers section: the rows (read and sorted by a worker,
 * ovs-employees-page-load.c), search, the filter drop-downs, the count, and keeping the selection
 * across refreshes. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "widgets/ovs-columns.h"
#include "employees/ovs-employees-page-private.h"
#include <overstap/overstap.h>
#include "widgets/ovs-slot.h"
#include "widgets/ovs-vocab-list.h"

G_DEFINE_FINAL_TYPE (OvsEmployeesPage, ovs_employees_page, OVS_TYPE_SECTION_PAGE)

enum { SEARCH_STARTED, SEARCH_FILTERED, LOADED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* What the list shows; an import changes many rows one after another, and the page reads them
 * once, when things have settled (OvsSectionPage's coalesced refresh). */
static const char * const watched[] = { "employee", "organisation", "crew", "crew_membership", "transfer_case",
                                        "placement", "qualification", NULL };

/* The row text each drop-down compares with. */
static const OvsEmployeeText choice_text[N_CHOICES] = {
  OVS_EMPLOYEE_EMPLOYER_NAME, OVS_EMPLOYEE_STATUS, OVS_EMPLOYEE_CATEGORY, OVS_EMPLOYEE_CREW_NAME,
  OVS_EMPLOYEE_TRANSFER_STATUS,
};

/* --- cells --- */

static char *
format_hours (gpointer row)
{
  return ovs_format_hours (ovs_employee_get_contract_hours (row));
}

/* The columns are declared in the .ui (title, width, sorter); their cells are made here, by
 * factories that set a cell's text when a row is bound (see ovs_cell_factory_new()); the cells are
 * GtkInscriptions (ovs_column_use_inscriptions()). */
/* codes: the vocabulary list of a code column (its cells read "Actief", "Gesprek gevoerd"), from
 * codes_type(); has_field: bound to a field of OvsEmployeesPage already; sort: what a click on the
 * header sorts by (the code, for code columns, as the database holds it). */
static const struct {
  const char *column, *property;
  GType (*codes_type) (void);
  gboolean has_field;
  int sort;
} cells[] = {
  { "number_column", "personnel-number", NULL, FALSE, OVS_EMPLOYEE_PERSONNEL_NUMBER },
  { "hours_column", NULL, NULL, FALSE, OVS_EMPLOYEE_SORT_HOURS },  /* format_hours() */
  { "name_column", "display-name", NULL, TRUE, OVS_EMPLOYEE_DISPLAY_NAME },
  { "employer_column", "employer-name", NULL, FALSE, OVS_EMPLOYEE_EMPLOYER_NAME },
  { "work_column", "work-organisation-name", NULL, FALSE, OVS_EMPLOYEE_WORK_ORGANISATION_NAME },
  { "municipality_column", "home-municipality", NULL, FALSE, OVS_EMPLOYEE_HOME_MUNICIPALITY },
  { "category_column", "category", ovs_indication_category_get_type, TRUE, OVS_EMPLOYEE_CATEGORY },
  { "bsn_column", "bsn-masked", NULL, TRUE, OVS_EMPLOYEE_BSN_MASKED },
  { "crew_column", "crew-name", NULL, FALSE, OVS_EMPLOYEE_CREW_NAME },
  { "status_column", "status", ovs_employee_status_get_type, FALSE, OVS_EMPLOYEE_STATUS },
  { "transfer_column", "transfer-status", ovs_transfer_status_get_type, FALSE, OVS_EMPLOYEE_TRANSFER_STATUS },
};

G_STATIC_ASSERT (G_N_ELEMENTS (cells) <= OVS_EMPLOYEES_PAGE_N_SORT);

static int sort_columns[G_N_ELEMENTS (cells)];

static void
set_cell_factories (OvsEmployeesPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
    {
      GObject *column = gtk_widget_get_template_child (widget, OVS_TYPE_EMPLOYEES_PAGE, cells[c].column);
      g_autoptr(GtkListItemFactory) factory = NULL;
      g_autoptr(GtkSorter) sorter = _ovs_employees_page_column_sorter (c);

      sort_columns[c] = cells[c].sort;
      if (cells[c].property == NULL)
        factory = ovs_cell_factory_new_custom (format_hours);
      else if (cells[c].codes_type != NULL)
        factory = ovs_cell_factory_new (cells[c].property, OVS_CELL_CODE_TITLE, cells[c].codes_type ());
      else
        factory = ovs_cell_factory_new (cells[c].property, OVS_CELL_TEXT, G_TYPE_INVALID);
      gtk_column_view_column_set_factory (GTK_COLUMN_VIEW_COLUMN (column), factory);
      gtk_column_view_column_set_sorter (GTK_COLUMN_VIEW_COLUMN (column), sorter);
      /* The demo's crews are "Groenploeg Berkelwolde" and "Groenploeg Berkelwolde 2". */
      if (g_strcmp0 (cells[c].column, "crew_column") == 0)
        ovs_column_ellipsize_middle (GTK_COLUMN_VIEW_COLUMN (column));
      /* Every column has a fixed width (the .ui). */
      ovs_column_use_inscriptions (GTK_COLUMN_VIEW_COLUMN (column));
    }
}

/* --- filtering --- */

static gboolean
choice_match (OvsEmployeesPage *self, OvsEmployee *row)
{
  for (guint i = 0; i < N_CHOICES; i++)
    if (self->choice[i] != NULL && !g_str_equal (ovs_employee_get_text (row, choice_text[i]), self->choice[i]))
      return FALSE;
  return TRUE;
}

static void
update_count (OvsEmployeesPage *self)
{
  guint total = self->rows != NULL ? self->rows->len : 0;
  guint shown = self->shown != NULL ? self->shown->len : 0;
  g_autofree char *all = ovs_format_int (total);
  g_autofree char *some = ovs_format_int (shown);
  g_autofree char *text = NULL;

  if (self->rows == NULL)
    text = g_strdup ("");
  else if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s employee", "%s employees", total), all);
  else
    /* Translators: "12 of 120 employees", when a search or filter hides some. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s employee", "%s of %s employees", total),
                            some, all);
  gtk_label_set_text (self->count_label, text);
}

/* The rows stay in their slots while a search changes what they hold (OvsSlotModel): move the
 * selection to where the selected employee is now, or off the list while the search hides them. */
static void
follow_selection (OvsEmployeesPage *self, gint64 id)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (id == 0)
    return;
  for (guint i = 0; i < self->shown->len && position == GTK_INVALID_LIST_POSITION; i++)
    if (ovs_employee_get_id (self->shown->pdata[i]) == id)
      position = i;
  self->following = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->following = FALSE;
}

/* The slots out of view that take their new rows per frame (see ovs_slot_model_set_in_view()):
 * 32 rows of cells are measured and laid out in about 3 ms here. */
#define CATCH_UP_STEP 32
/* Rows above and below the view that take their new rows with it, in case the estimate is off. */
#define VIEW_MARGIN 4

static gboolean
reveal_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  OvsEmployeesPage *self = data;
  gboolean more = ovs_slot_model_reveal (self->slot_model);

  /* The frame that shows a search's result lays out the rows in view; the others from the next. */
  if (ovs_slot_model_catch_up (self->slot_model, self->searched ? 0 : CATCH_UP_STEP))
    more = TRUE;
  self->searched = FALSE;
  if (more)
    return G_SOURCE_CONTINUE;
  self->reveal_tick_id = 0;
  /* The selected employee may be further down than the first steps. */
  follow_selection (self, self->selected_id);
  return G_SOURCE_REMOVE;
}

/* A step of the rows per frame until all are there (see ovs_slot_model_set_stepwise()), and of the
 * slots out of view until they hold their new rows. */
static void
reveal_rows (OvsEmployeesPage *self)
{
  self->searched = TRUE;
  if (self->reveal_tick_id == 0)
    self->reveal_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view), reveal_tick_cb, self, NULL);
}

/* Tells the slots which of @n rows the view shows: the rows are one line each, so the scroll
 * position over the height of the list says where. Until the list is laid out, all of them. */
static void
track_view (OvsEmployeesPage *self, guint n)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  guint laid_out = g_list_model_get_n_items (G_LIST_MODEL (self->slot_model));
  double upper = adjustment != NULL ? gtk_adjustment_get_upper (adjustment) : 0;
  double row, page, value;
  guint first;

  if (laid_out == 0 || upper <= 0)
    {
      ovs_slot_model_set_in_view (self->slot_model, 0, G_MAXUINT);
      return;
    }
  row = upper / laid_out;
  page = gtk_adjustment_get_page_size (adjustment);
  /* A list that gets shorter than where it is scrolled to shows its end. */
  value = CLAMP (gtk_adjustment_get_value (adjustment), 0, MAX (0, n * row - page));
  first = value / row;
  ovs_slot_model_set_in_view (self->slot_model, first > VIEW_MARGIN ? first - VIEW_MARGIN : 0,
                              page / row + 1 + 2 * VIEW_MARGIN);
}

/* Scrolled, or the list's height changed (also while it is laid out): the slots now in view that are
 * behind catch up in the next frame's tick, before it is laid out. */
static void
view_moved_cb (OvsEmployeesPage *self)
{
  track_view (self, g_list_model_get_n_items (G_LIST_MODEL (self->slot_model)));
  if (self->reveal_tick_id == 0)
    self->reveal_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view), reveal_tick_cb, self, NULL);
}

static void
clear_trail (OvsEmployeesPage *self)
{
  g_ptr_array_set_size (self->trail_queries, 0);
  g_ptr_array_set_size (self->trail_shown, 0);
}

/* Takes the last search off the trail: its query (owned by the trail) and its rows (a reference). */
static GPtrArray *
trail_pop (OvsEmployeesPage *self, char **query)
{
  GPtrArray *shown = g_ptr_array_steal_index (self->trail_shown, self->trail_shown->len - 1);

  *query = g_ptr_array_steal_index (self->trail_queries, self->trail_queries->len - 1);
  return shown;
}

/* The rows that pass the drop-downs and contain @query. Every row that contains @query contains each
 * part of it, so the rows of an earlier search that @query contains are all there is to look at; the
 * trail keeps the searches the current one grew from, so that erasing a letter costs nothing and a
 * changed last letter looks only at the rows of the letters before it. A substring test on keys
 * folded when the rows were read costs about a millisecond for 20,000 rows. */
static GPtrArray *
rows_for (OvsEmployeesPage *self, const char *query)
{
  GPtrArray *from = self->rows;
  GPtrArray *shown;

  if (self->choices_changed || self->shown == NULL || self->query == NULL)
    clear_trail (self);
  else
    {
      g_ptr_array_add (self->trail_queries, g_strdup (self->query));
      g_ptr_array_add (self->trail_shown, g_ptr_array_ref (self->shown));
    }
  /* Back to the longest earlier search that @query contains ("" is in every one). */
  while (self->trail_queries->len > 0 &&
         strstr (query, g_ptr_array_index (self->trail_queries, self->trail_queries->len - 1)) == NULL)
    {
      g_autofree char *dropped = NULL;

      g_ptr_array_unref (trail_pop (self, &dropped));
    }
  if (self->trail_queries->len > 0)
    {
      if (g_str_equal (query, g_ptr_array_index (self->trail_queries, self->trail_queries->len - 1)))
        {
          g_autofree char *same = NULL;

          return trail_pop (self, &same);
        }
      from = g_ptr_array_index (self->trail_shown, self->trail_shown->len - 1);
    }
  shown = g_ptr_array_new_full (from->len, g_object_unref);
  for (guint i = 0; i < from->len; i++)
    {
      OvsEmployee *row = from->pdata[i];

      if ((from != self->rows || choice_match (self, row)) && ovs_employee_search_matches (row, query))
        g_ptr_array_add (shown, g_object_ref (row));
    }
  return shown;
}

/* Shows the rows that pass the drop-downs and contain @query (folded; taken); only the slots in view
 * take their new rows at once (see track_view()). */
static void
filter (OvsEmployeesPage *self, char *query)
{
  GPtrArray *shown = rows_for (self, query);

  g_free (self->query);
  self->query = query;
  self->choices_changed = FALSE;
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  self->shown = shown;
  track_view (self, self->shown->len);
  ovs_slot_model_set_rows (self->slot_model, self->shown);
  reveal_rows (self);
  update_count (self);
  follow_selection (self, self->selected_id);
}

static void
emit_filtered (OvsEmployeesPage *self)
{
  g_signal_emit (self, signals[SEARCH_FILTERED], 0, self->shown ? self->shown->len : 0,
                 self->rows ? self->rows->len : 0);
}

static void
refilter (OvsEmployeesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->rows != NULL)
    filter (self, ovs_employee_search_fold (text));
}

static void
choice_changed_cb (OvsEmployeesPage *self)
{
  if (self->filling_choices)
    return;
  for (guint i = 0; i < N_CHOICES; i++)
    {
      guint selected = gtk_drop_down_get_selected (self->dropdowns[i]);

      self->choice[i] = selected < self->choice_values[i]->len ? g_ptr_array_index (self->choice_values[i], selected)
                                                               : NULL;
    }
  self->choices_changed = TRUE;
  refilter (self);
}

static void
search_changed_cb (OvsEmployeesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_signal_emit (self, signals[SEARCH_STARTED], 0, text);
  refilter (self);
  emit_filtered (self);
}

static void
stop_search_cb (OvsEmployeesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Fills drop-down @which with "all" first, then @labels with @values behind them, keeping the
 * value chosen before if it is still there. */
static void
set_choices (OvsEmployeesPage *self, guint which, const char *all, GPtrArray *labels, GPtrArray *values)
{
  /* A copy: the values behind the old items are freed below. */
  g_autofree char *before = g_strdup (self->choice[which]);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint keep = 0;

  gtk_string_list_append (model, all);
  g_ptr_array_set_size (self->choice_values[which], 0);
  g_ptr_array_add (self->choice_values[which], NULL);
  for (guint i = 0; i < labels->len; i++)
    {
      gtk_string_list_append (model, g_ptr_array_index (labels, i));
      g_ptr_array_add (self->choice_values[which], g_strdup (g_ptr_array_index (values, i)));
      if (before != NULL && g_str_equal (before, g_ptr_array_index (values, i)))
        keep = i + 1;
    }
  self->filling_choices = TRUE;
  gtk_drop_down_set_model (self->dropdowns[which], G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->dropdowns[which], keep);
  self->filling_choices = FALSE;
}

/* Fills drop-down @which with "all", then @none (when given) for an empty value, then the codes of
 * list @type as this role sees them, each once: without health data sick and on leave are both
 * "absent" (ovs_employee_status_shown()). */
static void
set_code_choices (OvsEmployeesPage *self, guint which, const char *all, GType type, const char *none)
{
  const char * const *codes = ovs_vocab_codes (type);
  gboolean health = ovs_store_can (ovs_section_page_get_store (OVS_SECTION_PAGE (self)), OVS_PERM_VIEW_HEALTH);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();

  if (none != NULL)
    {
      g_ptr_array_add (labels, g_strdup (none));
      g_ptr_array_add (values, (gpointer) "");
    }
  for (guint i = 0; codes[i] != NULL; i++)
    {
      const char *code = type == OVS_TYPE_EMPLOYEE_STATUS ? ovs_employee_status_shown (codes[i], health) : codes[i];

      if (g_ptr_array_find_with_equal_func (values, code, g_str_equal, NULL))
        continue;
      g_ptr_array_add (labels, ovs_vocab_title_for_code (type, code));
      g_ptr_array_add (values, (gpointer) code);
    }
  set_choices (self, which, all, labels, values);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The employers and crews that occur in the list, sorted, plus "none" for crews. */
static void
set_data_choices (OvsEmployeesPage *self, guint which, const char *all, const char *none)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean has_empty = FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      const char *text = ovs_employee_get_text (self->rows->pdata[i], choice_text[which]);

      if (*text == '\0')
        has_empty = TRUE;
      else if (g_hash_table_add (seen, (gpointer) text))
        g_ptr_array_add (names, (gpointer) text);
    }
  g_ptr_array_sort (names, compare_names);
  if (none != NULL && has_empty)
    g_ptr_array_add (names, (gpointer) "");
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (labels, *(char *) names->pdata[i] ? names->pdata[i] : (gpointer) none);
  set_choices (self, which, all, labels, names);
}

void
_ovs_employees_page_fill_choices (OvsEmployeesPage *self)
{
  set_data_choices (self, CHOICE_EMPLOYER, _("All employers"), NULL);
  set_code_choices (self, CHOICE_STATUS, _("Every status"), OVS_TYPE_EMPLOYEE_STATUS, NULL);
  set_code_choices (self, CHOICE_CATEGORY, _("Every category"), OVS_TYPE_INDICATION_CATEGORY, NULL);
  set_data_choices (self, CHOICE_CREW, _("All crews"), _("No crew"));
  set_code_choices (self, CHOICE_TRANSFER, _("Every transfer status"), OVS_TYPE_TRANSFER_STATUS,
                    _("No transfer case"));
  choice_changed_cb (self);
}

/* --- selection --- */

void
_ovs_employees_page_select_id (OvsEmployeesPage *self, gint64 id)
{
  for (guint i = 0; id != 0 && self->shown != NULL && i < self->shown->len; i++)
    if (ovs_employee_get_id (self->shown->pdata[i]) == id)
      {
        gtk_single_selection_set_selected (self->selection, i);
        return;
      }
}

static void
selection_changed_cb (OvsEmployeesPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  /* Not the slot's row: out of view a slot may still hold an older one (ovs_slot_model_set_in_view()). */
  OvsEmployee *employee = self->shown != NULL && position < self->shown->len ? self->shown->pdata[position] : NULL;

  /* While new rows come in the selection is briefly elsewhere; the editor keeps its employee.
   * So it does while the selection follows its employee through a search. */
  if (self->restoring || self->following)
    return;
  self->selected_id = employee != NULL ? ovs_employee_get_id (employee) : 0;
  if (employee == NULL)
    return;
  ovs_employee_editor_load (self->editor, employee);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

/* --- rows --- */

static gboolean
fill_choices_idle_cb (gpointer data)
{
  OvsEmployeesPage *self = data;

  self->choices_idle_id = 0;
  self->restoring = TRUE;
  _ovs_employees_page_fill_choices (self);
  self->restoring = FALSE;
  return G_SOURCE_REMOVE;
}

void
_ovs_employees_page_set_rows (OvsEmployeesPage *self, GPtrArray *rows)
{
  gboolean first = self->rows == NULL;
  gint64 id = self->restore_id != 0 ? self->restore_id : ovs_employee_editor_get_employee_id (self->editor);

  g_ptr_array_ref (rows);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = rows;
  /* Select the same person again once the new rows are filtered. */
  self->restoring = TRUE;
  ovs_slot_model_set_rows (self->all_model, rows);
  self->choices_changed = TRUE;
  refilter (self);
  self->restoring = FALSE;
  self->restore_id = 0;
  if (id != 0)
    {
      self->restoring = TRUE;
      _ovs_employees_page_select_id (self, id);
      self->restoring = FALSE;
    }
  if (first)
    {
      g_object_set (self, "model", self->all_model, NULL);
      /* Needed once: later loads keep the rows on the screen until the new ones are in. */
      gtk_stack_set_visible_child_name (self->content_stack, "list");
      gtk_stack_remove (self->content_stack, self->loading_page);
    }
  /* The drop-downs list the employers and crews in the rows: in a frame of their own. */
  if (self->choices_idle_id == 0)
    self->choices_idle_id = g_idle_add_full (G_PRIORITY_LOW, fill_choices_idle_cb, self, NULL);
  g_signal_emit (self, signals[LOADED], 0, rows->len, g_get_monotonic_time () - self->load_started);
  emit_filtered (self);
}

static void
ovs_employees_page_refresh (OvsSectionPage *page)
{
  _ovs_employees_page_load (OVS_EMPLOYEES_PAGE (page));
}

static void
sort_changed_cb (OvsEmployeesPage *self)
{
  _ovs_employees_page_read_sort_keys (self, sort_columns);
  _ovs_employees_page_sort (self);
}

/* The columns that show what a roster does not need: not for a role without VIEW_PERSONAL (a
 * teamleider), whose rows core leaves empty there anyway. The home municipality and the (masked) BSN
 * are not columns at all (hidden in the .ui): with them the list does not fit beside the sidebar at
 * 1280 pixels, and the editor shows both. */
static void
show_personal_columns (OvsEmployeesPage *self, gboolean personal)
{
  static const char * const columns[] = { "employer_column", "work_column", "transfer_column" };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    gtk_column_view_column_set_visible (GTK_COLUMN_VIEW_COLUMN (gtk_widget_get_template_child (
                                          GTK_WIDGET (self), OVS_TYPE_EMPLOYEES_PAGE, columns[i])), personal);
  gtk_widget_set_visible (GTK_WIDGET (self->dropdowns[CHOICE_EMPLOYER]), personal);
  gtk_widget_set_visible (GTK_WIDGET (self->dropdowns[CHOICE_TRANSFER]), personal);
}

/* What each role sees: categories only with VIEW_HEALTH, employer, work organisation and transfer only
 * with VIEW_PERSONAL (the BSN, VIEW_BSN, only in the editor). */
static void
ovs_employees_page_setup (OvsSectionPage *page, OvsStore *store)
{
  OvsEmployeesPage *self = OVS_EMPLOYEES_PAGE (page);
  gboolean health = ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
  gboolean edit = ovs_store_can (store, OVS_PERM_EDIT_EMPLOYEES);

  ovs_employee_editor_set_store (self->editor, store);
  ovs_section_page_set_can_add (page, edit);
  gtk_column_view_column_set_visible (self->category_column, health);
  gtk_widget_set_visible (GTK_WIDGET (self->dropdowns[CHOICE_CATEGORY]), health);
  show_personal_columns (self, ovs_store_can (store, OVS_PERM_VIEW_PERSONAL));
  gtk_widget_set_visible (self->new_button, edit);
  gtk_widget_set_visible (self->import_button, edit);
  _ovs_employees_page_update_actions (self);
}

static void
ovs_employees_page_dispose (GObject *object)
{
  OvsEmployeesPage *self = OVS_EMPLOYEES_PAGE (object);

  _ovs_employees_page_cancel_load (self);
  g_clear_handle_id (&self->choices_idle_id, g_source_remove);
  if (self->reveal_tick_id != 0 && self->column_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->reveal_tick_id);
  self->reveal_tick_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_EMPLOYEES_PAGE);
  for (guint i = 0; i < N_CHOICES; i++)
    g_clear_pointer (&self->choice_values[i], g_ptr_array_unref);
  g_clear_pointer (&self->trail_queries, g_ptr_array_unref);
  g_clear_pointer (&self->trail_shown, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->query, g_free);
  g_clear_object (&self->all_model);
  G_OBJECT_CLASS (ovs_employees_page_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-employees-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, flap);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, import_button);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, category_column);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, bsn_column);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, loading_page);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, slot_model);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeesPage, editor);
  gtk_widget_class_bind_template_child_full (widget_class, "employer_dropdown", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeesPage, dropdowns[CHOICE_EMPLOYER]));
  gtk_widget_class_bind_template_child_full (widget_class, "status_dropdown", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeesPage, dropdowns[CHOICE_STATUS]));
  gtk_widget_class_bind_template_child_full (widget_class, "category_dropdown", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeesPage, dropdowns[CHOICE_CATEGORY]));
  gtk_widget_class_bind_template_child_full (widget_class, "crew_dropdown", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeesPage, dropdowns[CHOICE_CREW]));
  gtk_widget_class_bind_template_child_full (widget_class, "transfer_dropdown", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeesPage, dropdowns[CHOICE_TRANSFER]));
  /* For gtk_widget_get_template_child() in set_cell_factories(). */
  for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
    if (!cells[c].has_field)
      gtk_widget_class_bind_template_child_full (widget_class, cells[c].column, FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
}

static void
ovs_employees_page_class_init (OvsEmployeesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_employees_page_dispose;
  page_class->entities = watched;
  page_class->setup = ovs_employees_page_setup;
  page_class->refresh = ovs_employees_page_refresh;

  signals[SEARCH_STARTED] = g_signal_new ("search-started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SEARCH_FILTERED] = g_signal_new ("search-filtered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                           NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  /* ::loaded (n_rows, microseconds): new rows are in the list, that long after they were asked for
   * (what ui/bench/ times of the first opening). */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT64);

  bind_template (widget_class);
  _ovs_employees_page_class_actions_init (widget_class);

  g_type_ensure (OVS_TYPE_EMPLOYEE);
  g_type_ensure (OVS_TYPE_EMPLOYEE_EDITOR);
  g_type_ensure (OVS_TYPE_SLOT_MODEL);
}

static void
ovs_employees_page_init (OvsEmployeesPage *self)
{
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  set_cell_factories (self);

  for (guint i = 0; i < N_CHOICES; i++)
    self->choice_values[i] = g_ptr_array_new_with_free_func (g_free);
  self->trail_queries = g_ptr_array_new_with_free_func (g_free);
  self->trail_shown = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->all_model = ovs_slot_model_new (NULL);
  ovs_slot_model_set_stepwise (self->slot_model, TRUE);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (view_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (view_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed", G_CALLBACK (sort_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  update_count (self);
}

GtkWidget *
ovs_employees_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_EMPLOYEES_PAGE, "store", store, NULL);
}

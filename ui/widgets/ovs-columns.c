/* ovs-columns.c — one-line columns for the section pages' column views. */
#include "config.h"

#include <overstap/overstap.h>

#include "widgets/ovs-columns.h"
#include "widgets/ovs-slot.h"
#include "widgets/ovs-vocab-list.h"

/* What a column's factory needs to fill a cell; owned by the factory. */
#define CELL_SPEC_KEY "ovs-cell-spec"

typedef struct
{
  char             *property;
  OvsCellKind       kind;
  GType             codes;
  OvsCellFormatFunc format;   /* a custom column's; then property is NULL */
  char             *highlight_property;
  char             *highlight_class;
  gboolean          ellipsize_middle;
  gboolean          inscription;
} CellSpec;

static void
cell_spec_free (gpointer data)
{
  CellSpec *spec = data;

  g_free (spec->property);
  g_free (spec->highlight_property);
  g_free (spec->highlight_class);
  g_free (spec);
}

char *
ovs_column_format_value (const GValue *value, OvsCellKind kind)
{
  switch (kind)
    {
    case OVS_CELL_DATE:
      return ovs_format_date (g_value_get_string (value));
    case OVS_CELL_MINUTES:
      return ovs_format_minutes_as_hours (g_value_get_int (value));
    case OVS_CELL_CENTS:
      return ovs_format_euro_cents (g_value_get_int64 (value));
    case OVS_CELL_INT:
      return ovs_format_int (G_VALUE_HOLDS_INT (value) ? g_value_get_int (value) : g_value_get_int64 (value));
    case OVS_CELL_DECIMAL:
      return ovs_format_decimal (g_value_get_double (value), 1);
    case OVS_CELL_TEXT:
    case OVS_CELL_CODE:
    case OVS_CELL_CODE_TITLE:
    default:
      return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
    }
}

static gboolean
is_code (OvsCellKind kind)
{
  return kind == OVS_CELL_CODE || kind == OVS_CELL_CODE_TITLE;
}

static OvsVocabStyle
style_of (OvsCellKind kind)
{
  return kind == OVS_CELL_CODE_TITLE ? OVS_VOCAB_TITLE : OVS_VOCAB_LABEL;
}

static gboolean
is_numeric (OvsCellKind kind)
{
  return kind == OVS_CELL_MINUTES || kind == OVS_CELL_CENTS || kind == OVS_CELL_INT || kind == OVS_CELL_DECIMAL;
}

/* A cell that is cut off shows its whole text on hover: asked only when the pointer rests on it, so
 * binding rows stays cheap, and only cells that are really ellipsized answer. */
static gboolean
query_cell_tooltip_cb (GtkLabel *label, int x, int y, gboolean keyboard, GtkTooltip *tooltip)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
}

/* The same for an inscription, which in GTK 4.8 does not show its layout: the text is cut off when
 * it is wider than the cell. Measured here, on hover, instead of for every row that is bound. */
static gboolean
query_inscription_tooltip_cb (GtkInscription *inscription, int x, int y, gboolean keyboard, GtkTooltip *tooltip)
{
  const char *text = gtk_inscription_get_text (inscription);
  g_autoptr(PangoLayout) layout = NULL;
  int width = 0;

  if (text == NULL || *text == '\0')
    return FALSE;
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (inscription), text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  if (width <= gtk_widget_get_width (GTK_WIDGET (inscription)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static GtkWidget *
cell_label_new (double xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (query_cell_tooltip_cb), NULL);
  return label;
}

/* A GtkInscription does not measure its text: its size is the column's, so a row that is bound,
 * or torn down, costs no text shaping until it is drawn. GTK 4.8 gives it the role "label" and its
 * text as its accessible name by itself, as a GtkLabel's (the GUI tests find cells by it). */
static GtkWidget *
cell_inscription_new (double xalign, gboolean ellipsize_middle)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), xalign);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     ellipsize_middle ? GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_MIDDLE
                                                      : GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (inscription, TRUE);
  g_signal_connect (inscription, "query-tooltip", G_CALLBACK (query_inscription_tooltip_cb), NULL);
  return inscription;
}

static void
cell_set_text (GtkWidget *cell, const char *text)
{
  if (GTK_IS_LABEL (cell))
    {
      gtk_label_set_text (GTK_LABEL (cell), text);
      return;
    }
  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
}

static void
setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, CellSpec *spec)
{
  double xalign = is_numeric (spec->kind) ? 1.0 : 0.0;
  GtkWidget *cell;

  if (spec->inscription)
    cell = cell_inscription_new (xalign, spec->ellipsize_middle);
  else
    {
      cell = cell_label_new (xalign);
      if (spec->ellipsize_middle)
        gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_MIDDLE);
    }
  if (is_numeric (spec->kind))
    gtk_widget_add_css_class (cell, "numeric");
  gtk_list_item_set_child (item, cell);
}

static void
highlight_cell (GtkWidget *cell, GObject *row, CellSpec *spec)
{
  gboolean on = FALSE;

  if (spec->highlight_property == NULL)
    return;
  g_object_get (row, spec->highlight_property, &on, NULL);
  if (on)
    gtk_widget_add_css_class (cell, spec->highlight_class);
  else
    gtk_widget_remove_css_class (cell, spec->highlight_class);
}

static void
fill_cell (GtkListItem *item, gpointer data)
{
  CellSpec *spec = data;
  GObject *row = ovs_slot_unwrap (gtk_list_item_get_item (item));
  GtkWidget *cell = gtk_list_item_get_child (item);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  if (row == NULL)
    return;
  g_object_get_property (row, spec->property, &value);
  if (is_code (spec->kind))
    text = ovs_vocab_text (spec->codes, g_value_get_string (&value), style_of (spec->kind));
  else
    text = ovs_column_format_value (&value, spec->kind);
  cell_set_text (cell, text);
  highlight_cell (cell, row, spec);
}

/* --- rows in OvsSlots: a cell fills itself again when its slot gets another row --- */

typedef void (*FillFunc) (GtkListItem *item, gpointer data);

static void
slot_item_changed_cb (OvsSlot *slot, GParamSpec *pspec, GtkListItem *item)
{
  FillFunc fill = g_object_get_data (G_OBJECT (item), "ovs-fill");

  fill (item, g_object_get_data (G_OBJECT (item), "ovs-fill-data"));
}

static void
bind_cell (GtkListItem *item, FillFunc fill, gpointer data)
{
  gpointer row = gtk_list_item_get_item (item);

  fill (item, data);
  if (!OVS_IS_SLOT (row))
    return;
  g_object_set_data (G_OBJECT (item), "ovs-fill", fill);
  g_object_set_data (G_OBJECT (item), "ovs-fill-data", data);
  g_object_set_data (G_OBJECT (item), "ovs-slot", row);
  g_signal_connect_object (row, "notify::item", G_CALLBACK (slot_item_changed_cb), item, 0);
}

static void
unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  OvsSlot *slot = g_object_get_data (G_OBJECT (item), "ovs-slot");

  if (slot != NULL)
    g_signal_handlers_disconnect_by_func (slot, slot_item_changed_cb, item);
  g_object_set_data (G_OBJECT (item), "ovs-slot", NULL);
}

static void
bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, CellSpec *spec)
{
  bind_cell (item, fill_cell, spec);
}

/* Code columns sort by what they show; the case makes no difference to the order. */
static char *
code_label_cb (GObject *row, const char *code, gpointer codes)
{
  return g_strdup (ovs_vocab_label_for_code ((GType) GPOINTER_TO_SIZE (codes), code));
}

static GtkSorter *
make_sorter (GType item_type, const char *property, OvsCellKind kind, GType codes)
{
  GtkExpression *expression = gtk_property_expression_new (item_type, NULL, property);

  if (is_code (kind))
    expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 1, &expression,
                                              G_CALLBACK (code_label_cb), GSIZE_TO_POINTER (codes), NULL);
  if (is_numeric (kind))
    return GTK_SORTER (gtk_numeric_sorter_new (expression));
  return GTK_SORTER (gtk_string_sorter_new (expression));
}

GtkListItemFactory *
ovs_cell_factory_new (const char *property, OvsCellKind kind, GType codes)
{
  CellSpec *spec;
  GtkListItemFactory *factory;

  g_return_val_if_fail (property != NULL, NULL);
  g_return_val_if_fail (!is_code (kind) || G_TYPE_IS_ENUM (codes), NULL);
  spec = g_new0 (CellSpec, 1);
  factory = gtk_signal_list_item_factory_new ();
  spec->property = g_strdup (property);
  spec->kind = kind;
  spec->codes = codes;
  g_object_set_data_full (G_OBJECT (factory), CELL_SPEC_KEY, spec, cell_spec_free);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), spec);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), spec);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
  return factory;
}

static GtkColumnViewColumn *
add_column (GtkColumnView *view, const char *title, GType item_type, const char *property,
            OvsCellKind kind, GType codes)
{
  GtkListItemFactory *factory = ovs_cell_factory_new (property, kind, codes);
  GtkColumnViewColumn *column;
  g_autoptr(GtkSorter) sorter = make_sorter (item_type, property, kind, codes);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  return column;
}

GtkColumnViewColumn *
ovs_column_add (GtkColumnView *view, const char *title, GType item_type, const char *property, OvsCellKind kind)
{
  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (!is_code (kind), NULL);
  return add_column (view, title, item_type, property, kind, G_TYPE_INVALID);
}

GtkColumnViewColumn *
ovs_column_add_code (GtkColumnView *view, const char *title, GType item_type, const char *property,
                     GType codes)
{
  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (G_TYPE_IS_ENUM (codes), NULL);
  return add_column (view, title, item_type, property, OVS_CELL_CODE, codes);
}

/* The cell spec a column made by this file carries on its factory, or NULL for another column. */
static CellSpec *
column_spec (GtkColumnViewColumn *column)
{
  GtkListItemFactory *factory = gtk_column_view_column_get_factory (column);

  return factory != NULL ? g_object_get_data (G_OBJECT (factory), CELL_SPEC_KEY) : NULL;
}

void
ovs_column_highlight (GtkColumnViewColumn *column, const char *property, const char *css_class)
{
  CellSpec *spec = column_spec (column);

  g_return_if_fail (spec != NULL);
  g_free (spec->highlight_property);
  g_free (spec->highlight_class);
  spec->highlight_property = g_strdup (property);
  spec->highlight_class = g_strdup (css_class);
}

void
ovs_column_ellipsize_middle (GtkColumnViewColumn *column)
{
  CellSpec *spec = column_spec (column);

  g_return_if_fail (spec != NULL);
  spec->ellipsize_middle = TRUE;
}

void
ovs_column_use_inscriptions (GtkColumnViewColumn *column)
{
  CellSpec *spec = column_spec (column);

  g_return_if_fail (spec != NULL);
  spec->inscription = TRUE;
}

/* --- employees' names --- */

struct _OvsNameIndex
{
  GHashTable *names;    /* gint64 id → "Bakker, Anna van der" */
  GPtrArray  *sorters;  /* the sorters to tell when the names change (weak) */
};

OvsNameIndex *
ovs_name_index_new (void)
{
  OvsNameIndex *index = g_new0 (OvsNameIndex, 1);

  index->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  index->sorters = g_ptr_array_new_with_free_func (g_object_unref);
  return index;
}

void
ovs_name_index_free (OvsNameIndex *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->names);
  g_ptr_array_unref (index->sorters);
  g_free (index);
}

void
ovs_name_index_update (OvsNameIndex *index, OvsStore *store)
{
  g_autoptr(GListStore) employees = ovs_employees_list (store, NULL);
  guint n = employees ? g_list_model_get_n_items (G_LIST_MODEL (employees)) : 0;

  g_hash_table_remove_all (index->names);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvsEmployee) employee = g_list_model_get_item (G_LIST_MODEL (employees), i);

      g_hash_table_insert (index->names, g_memdup2 (&(gint64) { ovs_employee_get_id (employee) }, sizeof (gint64)),
                           g_strdup (ovs_employee_get_display_name (employee)));
    }
  for (guint i = 0; i < index->sorters->len; i++)
    gtk_sorter_changed (index->sorters->pdata[i], GTK_SORTER_CHANGE_DIFFERENT);
}

const char *
ovs_name_index_lookup (OvsNameIndex *index, gint64 employee_id)
{
  const char *name = g_hash_table_lookup (index->names, &employee_id);

  return name != NULL ? name : "";
}

static gint64
employee_id_of (gpointer row)
{
  gint64 id = 0;

  g_object_get (row, "employee-id", &id, NULL);
  return id;
}

static int
compare_names_cb (gconstpointer a, gconstpointer b, gpointer data)
{
  OvsNameIndex *index = data;
  int order = g_utf8_collate (ovs_name_index_lookup (index, employee_id_of ((gpointer) a)),
                              ovs_name_index_lookup (index, employee_id_of ((gpointer) b)));

  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
bind_name_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OvsNameIndex *index)
{
  const char *name = ovs_name_index_lookup (index, employee_id_of (gtk_list_item_get_item (item)));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), name);
}

static void
setup_name_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  gtk_list_item_set_child (item, cell_label_new (0));
}

GtkColumnViewColumn *
ovs_column_add_employee (GtkColumnView *view, const char *title, GType item_type, OvsNameIndex *names)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkCustomSorter *sorter = gtk_custom_sorter_new (compare_names_cb, names, NULL);
  GtkColumnViewColumn *column;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_name_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_name_cb), names);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, TRUE);
  g_ptr_array_add (names->sorters, sorter);
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  return column;
}

/* --- columns formatted from the whole row --- */

static void
fill_custom (GtkListItem *item, gpointer data)
{
  CellSpec *spec = data;
  gpointer row = ovs_slot_unwrap (gtk_list_item_get_item (item));
  g_autofree char *text = row != NULL ? spec->format (row) : NULL;

  cell_set_text (gtk_list_item_get_child (item), text ? text : "");
  if (row != NULL)
    highlight_cell (gtk_list_item_get_child (item), row, spec);
}

static void
bind_custom_cb (GtkSignalListItemFactory *factory, GtkListItem *item, CellSpec *spec)
{
  bind_cell (item, fill_custom, spec);
}

GtkListItemFactory *
ovs_cell_factory_new_custom (OvsCellFormatFunc format)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  CellSpec *spec = g_new0 (CellSpec, 1);

  spec->kind = OVS_CELL_TEXT;
  spec->format = format;
  g_object_set_data_full (G_OBJECT (factory), CELL_SPEC_KEY, spec, cell_spec_free);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), spec);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_custom_cb), spec);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
  return factory;
}

GtkColumnViewColumn *
ovs_column_add_custom (GtkColumnView *view, const char *title, OvsCellFormatFunc format, GtkSorter *sorter)
{
  GtkListItemFactory *factory = ovs_cell_factory_new_custom (format);
  GtkColumnViewColumn *column;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  g_clear_object (&sorter);
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  return column;
}

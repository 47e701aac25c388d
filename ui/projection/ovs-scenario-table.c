/* ovs-scenario-table.c — the scenarios as a table, or as a block per measure when narrow (see the
 * header).
 *
 * The children are labels in the order they are read: the heading row ("Scenario" and the
 * scenarios' names), then per measure its name and, per scenario, that scenario's name and value.
 * The table shows the heading row and leaves out the names before the values; the blocks show those
 * names and leave out the heading row. Both sets stay in the accessibility tree, as text for screen
 * readers only does on the web: read in order, every value follows the name of its scenario, and
 * the table reads the same whatever the width. One function lays the cells out for a width, both to
 * measure the height (height-for-width) and to allocate, so the two cannot disagree. */
#include "config.h"

#include <glib/gi18n.h>

#include "projection/ovs-scenario-table.h"

#define CELL_MARGIN    12  /* left and right of every cell, as the table has always had */
#define COLUMN_SPACING 24  /* table: between the columns */
#define ROW_SPACING    6   /* table: between the rows */
#define PAD_Y          6   /* blocks: inside the card, above and below */
#define INDENT         12  /* blocks: a scenario's line under its measure's name */
#define LINE_SPACING   2   /* blocks: between a measure's lines */
#define BLOCK_SPACING  12  /* blocks: between the measures */

struct _OvsScenarioTable
{
  GtkWidget parent_instance;

  guint n_scenarios;
};

G_DEFINE_FINAL_TYPE (OvsScenarioTable, ovs_scenario_table, GTK_TYPE_WIDGET)

/* The cells in reading order; the table's column widths (natural); the blocks' widest value. */
typedef struct
{
  GPtrArray *cells;
  guint      n;
  guint      n_rows;
  int       *columns;
  int        names_min;
  int        names_nat;
  int        values_nat;
  int        measures_min;
  int        measures_nat;
} Layout;

/* The heading row has n + 1 cells; a measure's row 1 + 2 n: its name, then a name and a value each. */
static GtkWidget *
heading (const Layout *layout, guint column)
{
  return layout->cells->pdata[column];
}

static GtkWidget *
cell (const Layout *layout, guint row, guint k)
{
  return layout->cells->pdata[layout->n + 1 + (row - 1) * (1 + 2 * layout->n) + k];
}

static GtkWidget *
measure_of (const Layout *layout, guint row)
{
  return cell (layout, row, 0);
}

static GtkWidget *
name_of (const Layout *layout, guint row, guint s)
{
  return cell (layout, row, 1 + 2 * s);
}

static GtkWidget *
value_of (const Layout *layout, guint row, guint s)
{
  return cell (layout, row, 2 + 2 * s);
}

static void
measure_width (GtkWidget *widget, int *min, int *nat)
{
  int m, n;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &m, &n, NULL, NULL);
  if (min != NULL)
    *min = MAX (*min, m);
  if (nat != NULL)
    *nat = MAX (*nat, n);
}

static void
layout_init (Layout *layout, OvsScenarioTable *self)
{
  layout->cells = g_ptr_array_new ();
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (layout->cells, child);
  layout->n = self->n_scenarios;
  layout->columns = g_new0 (int, layout->n + 1);
  /* Before the scenarios are set there is not even a heading row. */
  if (layout->cells->len < layout->n + 1)
    return;
  layout->n_rows = 1 + (layout->cells->len - (layout->n + 1)) / (1 + 2 * layout->n);
  for (guint c = 0; c <= layout->n; c++)
    measure_width (heading (layout, c), NULL, &layout->columns[c]);
  for (guint r = 1; r < layout->n_rows; r++)
    {
      measure_width (measure_of (layout, r), &layout->measures_min, &layout->columns[0]);
      measure_width (measure_of (layout, r), NULL, &layout->measures_nat);
      for (guint s = 0; s < layout->n; s++)
        {
          measure_width (name_of (layout, r, s), &layout->names_min, &layout->names_nat);
          measure_width (value_of (layout, r, s), NULL, &layout->columns[s + 1]);
          measure_width (value_of (layout, r, s), NULL, &layout->values_nat);
        }
    }
}

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->cells, g_ptr_array_unref);
  g_clear_pointer (&layout->columns, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Layout, layout_clear)

static int
table_width (const Layout *layout)
{
  int width = (int) layout->n * COLUMN_SPACING;

  for (guint c = 0; c <= layout->n; c++)
    width += layout->columns[c];
  return width;
}

/* The narrowest the blocks can be: a measure's longest word, or a scenario's beside the values. */
static int
block_min_width (const Layout *layout)
{
  return MAX (layout->measures_min, INDENT + layout->names_min + layout->values_nat);
}

static int
height_at (GtkWidget *widget, int width)
{
  int min, nat;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  return nat;
}

/* Shows @widget at the given place, when allocating; a cell this layout leaves out is not mapped. */
static void
place (GtkWidget *widget, int x, int y, int width, int height, gboolean allocate)
{
  if (!allocate)
    return;
  gtk_widget_set_child_visible (widget, TRUE);
  gtk_widget_size_allocate (widget, &(GtkAllocation) { x, y, width, height }, -1);
}

static void
leave_out (GtkWidget *widget, gboolean allocate)
{
  if (allocate)
    gtk_widget_set_child_visible (widget, FALSE);
}

/* A row of the table: @cells has n + 1 cells, one per column. Returns the row's height. */
static int
lay_out_row (const Layout *layout, GtkWidget **cells, int y, gboolean allocate)
{
  int height = 0, x = 0;

  for (guint c = 0; c <= layout->n; c++)
    height = MAX (height, height_at (cells[c], layout->columns[c]));
  for (guint c = 0; c <= layout->n; c++)
    {
      place (cells[c], x, y, layout->columns[c], height, allocate);
      x += layout->columns[c] + COLUMN_SPACING;
    }
  return height;
}

/* The table: the measures in rows under the scenarios' names, each column as wide as its widest
 * cell, the space left over on the right. Returns the height. */
static int
lay_out_table (const Layout *layout, gboolean allocate)
{
  g_autofree GtkWidget **row = g_new (GtkWidget *, layout->n + 1);
  int y = 0;

  if (layout->n_rows == 0)
    return 0;
  for (guint c = 0; c <= layout->n; c++)
    row[c] = heading (layout, c);
  y += lay_out_row (layout, row, y, allocate);
  for (guint r = 1; r < layout->n_rows; r++)
    {
      row[0] = measure_of (layout, r);
      for (guint s = 0; s < layout->n; s++)
        {
          leave_out (name_of (layout, r, s), allocate);
          row[s + 1] = value_of (layout, r, s);
        }
      y += ROW_SPACING + lay_out_row (layout, row, y + ROW_SPACING, allocate);
    }
  return y;
}

/* The widest the blocks need be: a name and its value with a column's spacing between them. Wider,
 * a value would stand far from its name (a window of 800 pixels with the sidebar beside the page). */
static int
block_max_width (const Layout *layout)
{
  return MAX (layout->measures_nat, INDENT + layout->names_nat + COLUMN_SPACING + layout->values_nat);
}

/* A block per measure: its name, then a line per scenario, the name indented, the value on the
 * right. Returns the height. */
static int
lay_out_blocks (const Layout *layout, int width, gboolean allocate)
{
  int inner = MAX (MIN (width, block_max_width (layout)), block_min_width (layout));
  int value_x = inner - layout->values_nat;
  int name_width = value_x - INDENT;
  int y = PAD_Y;

  for (guint c = 0; c <= layout->n && layout->n_rows > 0; c++)
    leave_out (heading (layout, c), allocate);
  for (guint r = 1; r < layout->n_rows; r++)
    {
      int height = height_at (measure_of (layout, r), inner);

      place (measure_of (layout, r), 0, y, inner, height, allocate);
      y += height + LINE_SPACING;
      for (guint s = 0; s < layout->n; s++)
        {
          height = MAX (height_at (name_of (layout, r, s), name_width),
                        height_at (value_of (layout, r, s), layout->values_nat));
          place (name_of (layout, r, s), INDENT, y, name_width, height, allocate);
          place (value_of (layout, r, s), value_x, y, layout->values_nat, height, allocate);
          y += height + LINE_SPACING;
        }
      y += BLOCK_SPACING - LINE_SPACING;
    }
  return y - (layout->n_rows > 1 ? BLOCK_SPACING : 0) + PAD_Y;
}

static int
lay_out (const Layout *layout, int width, gboolean allocate)
{
  if (width >= table_width (layout))
    return lay_out_table (layout, allocate);
  return lay_out_blocks (layout, width, allocate);
}

static void
ovs_scenario_table_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                            int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  g_auto(Layout) layout = { 0 };

  layout_init (&layout, OVS_SCENARIO_TABLE (widget));
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN (block_min_width (&layout), table_width (&layout));
      *natural = table_width (&layout);
      return;
    }
  /* Without a width: as tall as the table. */
  *minimum = *natural = lay_out (&layout, for_size >= 0 ? for_size : table_width (&layout), FALSE);
}

static void
ovs_scenario_table_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  g_auto(Layout) layout = { 0 };

  layout_init (&layout, OVS_SCENARIO_TABLE (widget));
  lay_out (&layout, width, TRUE);
}

static GtkSizeRequestMode
ovs_scenario_table_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Names left, and they wrap when narrow; numbers right, on one line. The scenarios' names head
 * the columns of numbers, so they stand right as well. */
static void
add_cell (OvsScenarioTable *self, const char *text, float xalign, gboolean wrap, const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  gtk_widget_set_margin_start (label, CELL_MARGIN);
  gtk_widget_set_margin_end (label, CELL_MARGIN);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_widget_set_parent (label, GTK_WIDGET (self));
}

static void
remove_all (OvsScenarioTable *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

void
ovs_scenario_table_set_scenarios (OvsScenarioTable *self, const char * const *names)
{
  g_return_if_fail (OVS_IS_SCENARIO_TABLE (self));
  g_return_if_fail (names != NULL);

  remove_all (self);
  self->n_scenarios = g_strv_length ((char **) names);
  add_cell (self, _("Scenario"), 0, FALSE, "heading");
  for (guint s = 0; s < self->n_scenarios; s++)
    add_cell (self, names[s], 1, FALSE, "heading");
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
ovs_scenario_table_add_measure (OvsScenarioTable *self, const char *measure, const char * const *values)
{
  GtkWidget *name;

  g_return_if_fail (OVS_IS_SCENARIO_TABLE (self));
  g_return_if_fail (values != NULL || self->n_scenarios == 0);

  add_cell (self, measure, 0, TRUE, NULL);
  /* The scenarios' names are the heading row's, after "Scenario". */
  name = gtk_widget_get_next_sibling (gtk_widget_get_first_child (GTK_WIDGET (self)));
  for (guint s = 0; s < self->n_scenarios; s++, name = gtk_widget_get_next_sibling (name))
    {
      add_cell (self, gtk_label_get_text (GTK_LABEL (name)), 0, TRUE, "dim-label");
      add_cell (self, values[s], 1, FALSE, NULL);
    }
}

GtkWidget *
ovs_scenario_table_new (void)
{
  return g_object_new (OVS_TYPE_SCENARIO_TABLE, NULL);
}

static void
ovs_scenario_table_dispose (GObject *object)
{
  remove_all (OVS_SCENARIO_TABLE (object));
  G_OBJECT_CLASS (ovs_scenario_table_parent_class)->dispose (object);
}

static void
ovs_scenario_table_class_init (OvsScenarioTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_scenario_table_dispose;
  widget_class->measure = ovs_scenario_table_measure;
  widget_class->size_allocate = ovs_scenario_table_size_allocate;
  widget_class->get_request_mode = ovs_scenario_table_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "scenariotable");
}

static void
ovs_scenario_table_init (OvsScenarioTable *self)
{
}

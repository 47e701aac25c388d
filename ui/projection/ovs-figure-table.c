/* ovs-figure-table.c — the key figures as a table, or as blocks when narrow (see the header).
 *
 * The children are labels, four to a row in the order they are read (name, value, last year's,
 * note), the headings first. One function lays them out for a width, both to measure the height
 * (height-for-width) and to allocate, so the two cannot disagree. Three layouts, the first that fits:
 * - the table, when the first three columns have their natural width and the note column still has
 *   room for a few words a line (not a word a line in very tall rows);
 * - blocks with the name beside the two values and the note under them, when the name keeps room
 *   for a few words a line;
 * - blocks of three lines: the name, the two values, the note (a window 360 pixels wide). */
#include "config.h"

#include <glib/gi18n.h>

#include "projection/ovs-figure-table.h"

enum { TITLE, VALUE, LAST_YEAR, NOTE, N_COLUMNS };

#define PAD_X          12  /* inside the card, left and right */
#define PAD_Y          6   /* inside the card, above and below */
#define COLUMN_SPACING 48  /* table: between the columns */
#define ROW_SPACING    6   /* table: between the rows */
#define NUMBER_SPACING 24  /* blocks: between the value and last year's */
#define LINE_SPACING   2   /* blocks: between a figure's lines */
#define BLOCK_SPACING  12  /* blocks: between the figures */
#define NOTE_CHARS     32  /* table: the room the note column keeps, in characters */
#define TITLE_CHARS    20  /* blocks: the room a name beside the values keeps, in characters */
#define NOTE_MAX_CHARS 60  /* a note's natural width, in characters */

struct _OvsFigureTable
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (OvsFigureTable, ovs_figure_table, GTK_TYPE_WIDGET)

/* The cells in reading order, and each column's widest minimum and natural width. */
typedef struct
{
  GPtrArray *cells;
  int        min[N_COLUMNS];
  int        nat[N_COLUMNS];
  int        note_room;
  int        title_room;
} Layout;

/* The width of @chars average characters in the widget's font, as GtkLabel's width-chars counts. */
static int
chars_width (GtkWidget *widget, int chars)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (widget), NULL, NULL);
  int width = pango_font_metrics_get_approximate_char_width (metrics) * chars;

  pango_font_metrics_unref (metrics);
  return PANGO_PIXELS_CEIL (width);
}

static void
layout_init (Layout *layout, OvsFigureTable *self)
{
  guint i = 0;

  layout->cells = g_ptr_array_new ();
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      int min, nat;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      layout->min[i % N_COLUMNS] = MAX (layout->min[i % N_COLUMNS], min);
      layout->nat[i % N_COLUMNS] = MAX (layout->nat[i % N_COLUMNS], nat);
      g_ptr_array_add (layout->cells, child);
    }
  layout->note_room = MAX (chars_width (GTK_WIDGET (self), NOTE_CHARS), layout->min[NOTE]);
  layout->title_room = MAX (chars_width (GTK_WIDGET (self), TITLE_CHARS), layout->min[TITLE]);
}

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->cells, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Layout, layout_clear)

/* The first three columns at their natural width, the spacing and the padding. */
static int
fixed_width (const Layout *layout)
{
  return 2 * PAD_X + layout->nat[TITLE] + layout->nat[VALUE] + layout->nat[LAST_YEAR] + 3 * COLUMN_SPACING;
}

static gboolean
fits_table (const Layout *layout, int width)
{
  return width >= fixed_width (layout) + layout->note_room;
}

static int
numbers_width (const Layout *layout)
{
  return layout->nat[VALUE] + NUMBER_SPACING + layout->nat[LAST_YEAR];
}

/* The narrowest the blocks can be: a name's or a note's longest word, or the two values. */
static int
block_min_width (const Layout *layout)
{
  return 2 * PAD_X + MAX (MAX (layout->min[TITLE], layout->min[NOTE]), numbers_width (layout));
}

/* The room for a name beside the two values in a block of @inner pixels. */
static int
title_beside_width (const Layout *layout, int inner)
{
  return inner - numbers_width (layout) - COLUMN_SPACING;
}

static int
height_at (GtkWidget *cell, int width)
{
  int min, nat;

  gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  return nat;
}

static void
place (GtkWidget *cell, int x, int y, int width, int height, gboolean allocate)
{
  if (allocate)
    gtk_widget_size_allocate (cell, &(GtkAllocation) { x, y, width, height }, -1);
}

/* Four columns; the note's takes what the others leave. Returns the height. */
static int
lay_out_table (const Layout *layout, int width, gboolean allocate)
{
  int widths[N_COLUMNS] = { layout->nat[TITLE], layout->nat[VALUE], layout->nat[LAST_YEAR],
                            MAX (width - fixed_width (layout), layout->min[NOTE]) };
  int y = PAD_Y;

  for (guint i = 0; i < layout->cells->len; i += N_COLUMNS)
    {
      GtkWidget **row = (GtkWidget **) layout->cells->pdata + i;
      int height = 0, x = PAD_X;

      for (guint k = 0; k < N_COLUMNS; k++)
        height = MAX (height, height_at (row[k], widths[k]));
      for (guint k = 0; k < N_COLUMNS; k++)
        {
          place (row[k], x, y, widths[k], height, allocate);
          x += widths[k] + COLUMN_SPACING;
        }
      y += height + ROW_SPACING;
    }
  return y - (layout->cells->len > 0 ? ROW_SPACING : 0) + PAD_Y;
}

/* A block per row: the name (beside the values when @beside, else above them), the two values
 * right-aligned under theirs, the note. Returns the height. */
static int
lay_out_blocks (const Layout *layout, int width, gboolean beside, gboolean allocate)
{
  int inner = MAX (width - 2 * PAD_X, MAX (layout->min[TITLE], layout->min[NOTE]));
  int title_width = beside ? title_beside_width (layout, inner) : inner;
  int last_x = PAD_X + inner - layout->nat[LAST_YEAR];
  int value_x = last_x - NUMBER_SPACING - layout->nat[VALUE];
  int y = PAD_Y;

  for (guint i = 0; i < layout->cells->len; i += N_COLUMNS)
    {
      GtkWidget **row = (GtkWidget **) layout->cells->pdata + i;
      int title = height_at (row[TITLE], title_width);
      int numbers = MAX (height_at (row[VALUE], layout->nat[VALUE]),
                         height_at (row[LAST_YEAR], layout->nat[LAST_YEAR]));
      int note = height_at (row[NOTE], inner);

      if (beside)
        numbers = title = MAX (title, numbers);
      place (row[TITLE], PAD_X, y, title_width, title, allocate);
      if (!beside)
        y += title + LINE_SPACING;
      place (row[VALUE], value_x, y, layout->nat[VALUE], numbers, allocate);
      place (row[LAST_YEAR], last_x, y, layout->nat[LAST_YEAR], numbers, allocate);
      y += numbers + LINE_SPACING;
      place (row[NOTE], PAD_X, y, inner, note, allocate);
      y += note + BLOCK_SPACING;
    }
  return y - (layout->cells->len > 0 ? BLOCK_SPACING : 0) + PAD_Y;
}

static int
lay_out (const Layout *layout, int width, gboolean allocate)
{
  if (fits_table (layout, width))
    return lay_out_table (layout, width, allocate);
  return lay_out_blocks (layout, width, title_beside_width (layout, width - 2 * PAD_X) >= layout->title_room,
                         allocate);
}

static void
ovs_figure_table_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                          int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  g_auto(Layout) layout = { 0 };
  int table_width;

  layout_init (&layout, OVS_FIGURE_TABLE (widget));
  table_width = MAX (fixed_width (&layout) + MAX (layout.nat[NOTE], layout.note_room), block_min_width (&layout));
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = block_min_width (&layout);
      *natural = table_width;
      return;
    }
  /* Without a width: as tall as the table at its natural width. */
  *minimum = *natural = lay_out (&layout, for_size >= 0 ? for_size : table_width, FALSE);
}

static void
ovs_figure_table_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  g_auto(Layout) layout = { 0 };

  layout_init (&layout, OVS_FIGURE_TABLE (widget));
  lay_out (&layout, width, TRUE);
}

static GtkSizeRequestMode
ovs_figure_table_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Names and notes read as text, left, and wrap; numbers right, on one line. */
static void
add_cell (OvsFigureTable *self, guint column, const char *text, gboolean heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == VALUE || column == LAST_YEAR ? 1 : 0);
  gtk_label_set_wrap (GTK_LABEL (label), column == TITLE || column == NOTE);
  if (column == NOTE)
    gtk_label_set_max_width_chars (GTK_LABEL (label), NOTE_MAX_CHARS);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_parent (label, GTK_WIDGET (self));
}

void
ovs_figure_table_add (OvsFigureTable *self, const char *title, const char *value, const char *last_year,
                      const char *note)
{
  g_return_if_fail (OVS_IS_FIGURE_TABLE (self));

  add_cell (self, TITLE, title, FALSE);
  add_cell (self, VALUE, value, FALSE);
  add_cell (self, LAST_YEAR, last_year, FALSE);
  add_cell (self, NOTE, note ? note : "", FALSE);
}

void
ovs_figure_table_clear (OvsFigureTable *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));

  g_return_if_fail (OVS_IS_FIGURE_TABLE (self));

  /* The headings are the first row. */
  for (guint i = 0; i < N_COLUMNS && child != NULL; i++)
    child = gtk_widget_get_next_sibling (child);
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_widget_unparent (child);
      child = next;
    }
}

GtkWidget *
ovs_figure_table_new (void)
{
  return g_object_new (OVS_TYPE_FIGURE_TABLE, NULL);
}

static void
ovs_figure_table_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ovs_figure_table_parent_class)->dispose (object);
}

static void
ovs_figure_table_class_init (OvsFigureTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_figure_table_dispose;
  widget_class->measure = ovs_figure_table_measure;
  widget_class->size_allocate = ovs_figure_table_size_allocate;
  widget_class->get_request_mode = ovs_figure_table_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "figuretable");
}

static void
ovs_figure_table_init (OvsFigureTable *self)
{
  add_cell (self, TITLE, _("Figure"), TRUE);
  add_cell (self, VALUE, _("Value"), TRUE);
  add_cell (self, LAST_YEAR, _("Last year"), TRUE);
  add_cell (self, NOTE, _("Note"), TRUE);
}

/* ovs-chart.c — bars and stacked bars in cairo, with Pango for the text. */
#include "config.h"

#include <glib/gi18n.h>

#include "overview/ovs-chart.h"
#include <overstap/overstap.h>

struct _OvsChart
{
  GtkDrawingArea  parent_instance;

  OvsChartKind    kind;
  char           *title;
  GStrv           labels;
  GArray         *values;      /* double */
  int             digits;
  double          target;      /* < 0: none */
  char           *target_label;
  char           *description;
};

G_DEFINE_FINAL_TYPE (OvsChart, ovs_chart, GTK_TYPE_DRAWING_AREA)

/* The GNOME palette: blue, green, yellow, orange, red, purple, brown. */
static const GdkRGBA palette[] = {
  { 0.208, 0.518, 0.894, 1 }, { 0.200, 0.820, 0.478, 1 }, { 0.965, 0.827, 0.176, 1 },
  { 1.000, 0.471, 0.000, 1 }, { 0.878, 0.106, 0.141, 1 }, { 0.569, 0.255, 0.675, 1 },
  { 0.596, 0.416, 0.267, 1 },
};

static double
value_at (OvsChart *self, guint i)
{
  return g_array_index (self->values, double, i);
}

static char *
format_value (OvsChart *self, double value)
{
  return ovs_format_decimal (value, self->digits);
}

/* Draws @text with its top-left (or, with @center, its top centre) at x, y; returns its height. */
static int
draw_text (OvsChart *self, cairo_t *cr, const char *text, double x, double y, gboolean center, gboolean small)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width, height;

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, center ? x - width / 2.0 : x, y);
  pango_cairo_show_layout (cr, layout);
  return height;
}

static void
foreground (OvsChart *self, GdkRGBA *color, double alpha)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), color);
  color->alpha *= alpha;
}

static void
draw_target (OvsChart *self, cairo_t *cr, double left, double right, double y)
{
  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, &palette[4]);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
  cairo_move_to (cr, left, y);
  cairo_line_to (cr, right, y);
  cairo_stroke (cr);
  cairo_restore (cr);
  if (self->target_label != NULL)
    {
      gdk_cairo_set_source_rgba (cr, &palette[4]);
      draw_text (self, cr, self->target_label, left + 4, y - 18, FALSE, TRUE);
    }
}

static void
draw_bars (OvsChart *self, cairo_t *cr, int width, int height)
{
  const double left = 8, bottom = 22, top = 20;
  double max = MAX (self->target, 0);
  double slot, plot_height = height - bottom - top;
  GdkRGBA fg, grid;

  foreground (self, &fg, 1);
  foreground (self, &grid, 0.15);
  for (guint i = 0; i < self->values->len; i++)
    max = MAX (max, value_at (self, i));
  max = max > 0 ? max * 1.1 : 1;
  slot = (width - left) / MAX (self->values->len, 1);

  gdk_cairo_set_source_rgba (cr, &grid);
  cairo_rectangle (cr, left, height - bottom, width - left, 1);
  cairo_fill (cr);
  for (guint i = 0; i < self->values->len; i++)
    {
      double h = plot_height * value_at (self, i) / max;
      double x = left + i * slot + slot * 0.15;
      g_autofree char *text = format_value (self, value_at (self, i));

      gdk_cairo_set_source_rgba (cr, &palette[0]);
      cairo_rectangle (cr, x, height - bottom - h, slot * 0.7, h);
      cairo_fill (cr);
      gdk_cairo_set_source_rgba (cr, &fg);
      draw_text (self, cr, self->labels[i], x + slot * 0.35, height - bottom + 4, TRUE, TRUE);
      if (value_at (self, i) > 0 && slot >= 36)
        draw_text (self, cr, text, x + slot * 0.35, height - bottom - h - 16, TRUE, TRUE);
    }
  if (self->target >= 0)
    draw_target (self, cr, left, width, height - bottom - plot_height * self->target / max);
}

static void
draw_legend_item (OvsChart *self, cairo_t *cr, guint i, double x, double y)
{
  g_autofree char *value = format_value (self, value_at (self, i));
  g_autofree char *text = g_strdup_printf ("%s: %s", self->labels[i], value);
  GdkRGBA fg;

  gdk_cairo_set_source_rgba (cr, &palette[i % G_N_ELEMENTS (palette)]);
  cairo_rectangle (cr, x, y + 3, 12, 12);
  cairo_fill (cr);
  foreground (self, &fg, 1);
  gdk_cairo_set_source_rgba (cr, &fg);
  draw_text (self, cr, text, x + 18, y, FALSE, TRUE);
}

static void
draw_stacked (OvsChart *self, cairo_t *cr, int width, int height)
{
  const double bar_height = 28, column = 190;
  double total = 0, x = 0;
  int columns = MAX (1, (int) (width / column));

  for (guint i = 0; i < self->values->len; i++)
    total += value_at (self, i);
  for (guint i = 0; i < self->values->len && total > 0; i++)
    {
      double w = width * value_at (self, i) / total;

      gdk_cairo_set_source_rgba (cr, &palette[i % G_N_ELEMENTS (palette)]);
      cairo_rectangle (cr, x, 0, w, bar_height);
      cairo_fill (cr);
      x += w;
    }
  for (guint i = 0; i < self->values->len; i++)
    draw_legend_item (self, cr, i, (i % columns) * column, bar_height + 10 + (i / columns) * 22);
}

static void
draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  OvsChart *self = OVS_CHART (area);

  if (self->values->len == 0)
    return;
  if (self->kind == OVS_CHART_BARS)
    draw_bars (self, cr, width, height);
  else
    draw_stacked (self, cr, width, height);
}

/* "Title: label value; label value; …", and the target, for screen readers. */
static void
update_description (OvsChart *self)
{
  GString *text = g_string_new (self->title);

  g_string_append (text, ": ");
  for (guint i = 0; i < self->values->len; i++)
    {
      g_autofree char *value = format_value (self, value_at (self, i));

      g_string_append_printf (text, "%s%s %s", i > 0 ? "; " : "", self->labels[i], value);
    }
  if (self->target >= 0 && self->target_label != NULL)
    g_string_append_printf (text, "; %s", self->target_label);
  g_free (self->description);
  self->description = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description, -1);
}

void
ovs_chart_set_data (OvsChart *self, guint n, const char * const *labels, const double *values, int digits)
{
  g_return_if_fail (OVS_IS_CHART (self));

  g_strfreev (self->labels);
  self->labels = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    self->labels[i] = g_strdup (labels[i]);
  g_array_set_size (self->values, 0);
  g_array_append_vals (self->values, values, n);
  self->digits = digits;
  if (self->kind == OVS_CHART_STACKED)
    gtk_widget_set_size_request (GTK_WIDGET (self), -1, 28 + 10 + 22 * ((n + 2) / 3) + 4);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ovs_chart_set_target (OvsChart *self, double value, const char *label)
{
  g_return_if_fail (OVS_IS_CHART (self));

  self->target = value;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
ovs_chart_get_description (OvsChart *self)
{
  g_return_val_if_fail (OVS_IS_CHART (self), NULL);
  return self->description;
}

static void
ovs_chart_finalize (GObject *object)
{
  OvsChart *self = OVS_CHART (object);

  g_free (self->title);
  g_strfreev (self->labels);
  g_array_unref (self->values);
  g_free (self->target_label);
  g_free (self->description);
  G_OBJECT_CLASS (ovs_chart_parent_class)->finalize (object);
}

static void
ovs_chart_class_init (OvsChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ovs_chart_finalize;
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "chart");
}

static void
ovs_chart_init (OvsChart *self)
{
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
  self->target = -1;
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_cb, NULL, NULL);
}

GtkWidget *
ovs_chart_new (OvsChartKind kind, const char *title)
{
  OvsChart *self = g_object_new (OVS_TYPE_CHART, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  gtk_widget_set_size_request (GTK_WIDGET (self), 240, kind == OVS_CHART_BARS ? 200 : 60);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  update_description (self);
  return GTK_WIDGET (self);
}

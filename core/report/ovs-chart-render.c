/* ovs-chart-render.c — bars with a value axis, and a stacked bar with a legend, in cairo and Pango,
 * called through the bridge module libovs-cairo.so (core/modules/ovs-cairo-private.h). */
#include "config.h"

#include <math.h>

#include "overstap/base/ovs-format.h"
#include "overstap/report/ovs-chart-render.h"
#include "modules/ovs-cairo-private.h"

/* The GNOME palette: blue, green, yellow, orange, red, purple, brown. */
static const OvsChartColor palette[] = {
  { 0.208, 0.518, 0.894, 1 }, { 0.200, 0.820, 0.478, 1 }, { 0.965, 0.827, 0.176, 1 },
  { 1.000, 0.471, 0.000, 1 }, { 0.878, 0.106, 0.141, 1 }, { 0.569, 0.255, 0.675, 1 },
  { 0.596, 0.416, 0.267, 1 },
};
static const OvsChartColor near_black = { 0.1, 0.1, 0.1, 1 };

#define LEGEND_SWATCH 12
#define LEGEND_ROW    22
#define STACK_BAR     28
#define FEW_CATEGORIES 6   /* up to this many bars, every label is shown, shortened if need be */

typedef struct {
  cairo_t                    *cr;
  const OvsChartSpec         *spec;
  OvsChartColor               fg;
  const PangoFontDescription *font;
} Painter;

/* The drawing functions return nothing to report a failure with; a module that cannot be loaded is a
 * broken installation, which the warning names. */
static gboolean
cairo_ready (void)
{
  g_autoptr(GError) error = NULL;

  if (ovs_cairo_load (&error))
    return TRUE;
  g_critical ("%s", error->message);
  return FALSE;
}

static void
set_color (cairo_t *cr, const OvsChartColor *color, double alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* A layout of @text in the chart's font, a size smaller: the charts sit in cards beside body text. */
static PangoLayout *
layout_new (cairo_t *cr, const PangoFontDescription *font, const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (font != NULL)
    pango_layout_set_font_description (layout, font);
  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
text_size (Painter *p, const char *text, int *width, int *height)
{
  g_autoptr(PangoLayout) layout = layout_new (p->cr, p->font, text);

  pango_layout_get_pixel_size (layout, width, height);
}

typedef enum { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT } Align;

/* Draws @text with its top at @y, and its left edge, centre or right edge at @x. */
static void
draw_text (Painter *p, const char *text, double x, double y, Align align, const OvsChartColor *color, double alpha)
{
  g_autoptr(PangoLayout) layout = layout_new (p->cr, p->font, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  set_color (p->cr, color, alpha);
  cairo_move_to (p->cr, align == ALIGN_LEFT ? x : align == ALIGN_CENTER ? x - width / 2.0 : x - width, y);
  pango_cairo_show_layout (p->cr, layout);
}

/* Draws @text centred on @x within @width, cut short with "…" when longer. */
static void
draw_text_within (Painter *p, const char *text, double x, double y, double width)
{
  g_autoptr(PangoLayout) layout = layout_new (p->cr, p->font, text);
  int w, h;

  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &w, &h);
  set_color (p->cr, &p->fg, 1);
  cairo_move_to (p->cr, x - w / 2.0, y);
  pango_cairo_show_layout (p->cr, layout);
}

static char *
format_value (const OvsChartSpec *spec, double value)
{
  return ovs_format_decimal (value, spec->digits);
}

double
ovs_chart_nice_step (double max, guint n_ticks)
{
  double raw, magnitude, fraction;

  if (!(max > 0) || n_ticks == 0)
    return 1;
  raw = max / n_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction <= 1)
    return magnitude;
  if (fraction <= 2)
    return 2 * magnitude;
  if (fraction <= 2.5)
    return 2.5 * magnitude;
  if (fraction <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

/* Tick labels need decimals only where the step has them (2,5 but not 10). */
static int
step_digits (double step)
{
  for (int digits = 0; digits < 4; digits++)
    if (fabs (step * pow (10, digits) - round (step * pow (10, digits))) < 1e-9)
      return digits;
  return 4;
}

typedef struct {
  double left, top, right, bottom;   /* the plot area */
  double axis_max, step;
  int    tick_digits;
} Plot;

static double
plot_y (const Plot *plot, double value)
{
  return plot->bottom - (plot->bottom - plot->top) * value / plot->axis_max;
}

static void
layout_plot (Painter *p, int width, int height, Plot *plot)
{
  const OvsChartSpec *spec = p->spec;
  double max = MAX (spec->target, 0);
  int label_w = 0, label_h = 0, unit_h = 0, w, h;

  for (guint i = 0; i < spec->n; i++)
    max = MAX (max, spec->values[i]);
  plot->step = ovs_chart_nice_step (max > 0 ? max : 1, 4);
  plot->axis_max = MAX (ceil ((max > 0 ? max : 1) / plot->step - 1e-9) * plot->step, plot->step);
  plot->tick_digits = step_digits (plot->step);
  for (double tick = 0; tick <= plot->axis_max + plot->step / 2; tick += plot->step)
    {
      g_autofree char *text = ovs_format_decimal (tick, plot->tick_digits);

      text_size (p, text, &w, &h);
      label_w = MAX (label_w, w);
    }
  text_size (p, "Mg", &w, &label_h);
  if (spec->unit != NULL)
    text_size (p, spec->unit, &w, &unit_h);
  plot->left = label_w + 8;
  plot->top = MAX (unit_h + 6, label_h / 2.0 + 2);
  plot->right = width - 2;
  plot->bottom = height - label_h - 6;
}

static void
draw_axis (Painter *p, const Plot *plot)
{
  int w, h;

  text_size (p, "0", &w, &h);
  for (double tick = 0; tick <= plot->axis_max + plot->step / 2; tick += plot->step)
    {
      g_autofree char *text = ovs_format_decimal (tick, plot->tick_digits);
      double y = round (plot_y (plot, tick)) + 0.5;

      set_color (p->cr, &p->fg, tick == 0 ? 0.5 : 0.12);
      cairo_set_line_width (p->cr, 1);
      cairo_move_to (p->cr, plot->left, y);
      cairo_line_to (p->cr, plot->right, y);
      cairo_stroke (p->cr);
      draw_text (p, text, plot->left - 6, y - h / 2.0, ALIGN_RIGHT, &p->fg, 0.7);
    }
  if (p->spec->unit != NULL)
    draw_text (p, p->spec->unit, plot->left - 6, 0, ALIGN_LEFT, &p->fg, 0.7);
}

/* Labels that do not fit under their bar are thinned out: every k-th one is shown. That suits a
 * series (months, years), whose missing labels the reader fills in; a few categories (scenarios)
 * are each shortened to their bar's width instead (see draw_bars). */
static guint
label_stride (Painter *p, double slot)
{
  int widest = 0, w, h;

  for (guint i = 0; i < p->spec->n; i++)
    {
      text_size (p, p->spec->labels[i], &w, &h);
      widest = MAX (widest, w);
    }
  return MAX (1, (guint) ceil ((widest + 6) / MAX (slot, 1)));
}

static void
draw_target (Painter *p, const Plot *plot)
{
  double y = plot_y (plot, p->spec->target);
  int w, h;

  cairo_save (p->cr);
  set_color (p->cr, &palette[4], 1);
  cairo_set_line_width (p->cr, 1.5);
  cairo_set_dash (p->cr, (double[]) { 6, 4 }, 2, 0);
  cairo_move_to (p->cr, plot->left, y);
  cairo_line_to (p->cr, plot->right, y);
  cairo_stroke (p->cr);
  cairo_restore (p->cr);
  if (p->spec->target_label != NULL)
    {
      text_size (p, p->spec->target_label, &w, &h);
      draw_text (p, p->spec->target_label, plot->right, MAX (y - h - 2, 0), ALIGN_RIGHT, &palette[4], 1);
    }
}

static void
draw_bars (Painter *p, int width, int height)
{
  const OvsChartSpec *spec = p->spec;
  Plot plot;
  double slot;
  guint stride;
  int w, h;

  layout_plot (p, width, height, &plot);
  draw_axis (p, &plot);
  slot = (plot.right - plot.left) / MAX (spec->n, 1);
  stride = label_stride (p, slot);
  for (guint i = 0; i < spec->n; i++)
    {
      double value = MAX (spec->values[i], 0);
      double x = plot.left + i * slot + slot * 0.15;
      double top = plot_y (&plot, value);
      g_autofree char *text = format_value (spec, spec->values[i]);

      set_color (p->cr, &palette[0], 1);
      cairo_rectangle (p->cr, x, top, slot * 0.7, plot.bottom - top);
      cairo_fill (p->cr);
      if (stride > 1 && spec->n <= FEW_CATEGORIES)
        draw_text_within (p, spec->labels[i], x + slot * 0.35, plot.bottom + 4, slot - 4);
      else if (i % stride == 0)
        draw_text (p, spec->labels[i], x + slot * 0.35, plot.bottom + 4, ALIGN_CENTER, &p->fg, 1);
      text_size (p, text, &w, &h);
      if (value > 0 && w + 4 <= slot && top - h - 2 >= plot.top - h / 2.0)
        draw_text (p, text, x + slot * 0.35, top - h - 1, ALIGN_CENTER, &p->fg, 0.85);
    }
  if (spec->target >= 0)
    draw_target (p, &plot);
}

/* The legend's column width: its widest "label: value" with the swatch and a gap. */
static int
legend_column (Painter *p)
{
  int widest = 0, w, h;

  for (guint i = 0; i < p->spec->n; i++)
    {
      g_autofree char *value = format_value (p->spec, p->spec->values[i]);
      g_autofree char *text = g_strdup_printf ("%s: %s", p->spec->labels[i], value);

      text_size (p, text, &w, &h);
      widest = MAX (widest, w);
    }
  return widest + LEGEND_SWATCH + 6 + 16;
}

static guint
legend_columns (Painter *p, int width)
{
  int columns = width / MAX (legend_column (p), 1);

  return (guint) CLAMP (columns, 1, (int) MAX (p->spec->n, 1));
}

static void
draw_stacked (Painter *p, int width)
{
  const OvsChartSpec *spec = p->spec;
  double total = 0, x = 0;
  guint columns = legend_columns (p, width);
  int column = width / columns;

  for (guint i = 0; i < spec->n; i++)
    total += MAX (spec->values[i], 0);
  for (guint i = 0; i < spec->n && total > 0; i++)
    {
      double w = width * MAX (spec->values[i], 0) / total;

      set_color (p->cr, &palette[i % G_N_ELEMENTS (palette)], 1);
      cairo_rectangle (p->cr, x, 0, w, STACK_BAR);
      cairo_fill (p->cr);
      x += w;
    }
  for (guint i = 0; i < spec->n; i++)
    {
      g_autofree char *value = format_value (spec, spec->values[i]);
      g_autofree char *text = g_strdup_printf ("%s: %s", spec->labels[i], value);
      double lx = (i % columns) * column, ly = STACK_BAR + 10 + (i / columns) * LEGEND_ROW;

      set_color (p->cr, &palette[i % G_N_ELEMENTS (palette)], 1);
      cairo_rectangle (p->cr, lx, ly + 3, LEGEND_SWATCH, LEGEND_SWATCH);
      cairo_fill (p->cr);
      draw_text (p, text, lx + LEGEND_SWATCH + 6, ly, ALIGN_LEFT, &p->fg, 1);
    }
}

void
ovs_chart_render (cairo_t *cr, const OvsChartSpec *spec, int width, int height, const OvsChartColor *foreground,
                  const PangoFontDescription *font)
{
  Painter p = { cr, spec, foreground ? *foreground : near_black, font };

  g_return_if_fail (cr != NULL && spec != NULL);
  if (spec->n == 0 || width <= 0 || height <= 0 || !cairo_ready ())
    return;
  cairo_save (cr);
  if (spec->kind == OVS_CHART_BARS)
    draw_bars (&p, width, height);
  else
    draw_stacked (&p, width);
  cairo_restore (cr);
}

int
ovs_chart_stacked_height (const OvsChartSpec *spec, int width, const PangoFontDescription *font)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  Painter p;
  guint columns;
  int height;

  if (!cairo_ready ())
    return STACK_BAR;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  p = (Painter) { cr, spec, near_black, font };
  columns = legend_columns (&p, MAX (width, 1));
  height = STACK_BAR + 10 + LEGEND_ROW * (int) ((spec->n + columns - 1) / columns) + 4;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return height;
}

char *
ovs_chart_describe (const OvsChartSpec *spec)
{
  GString *text = g_string_new (spec->title);

  if (spec->unit != NULL)
    g_string_append_printf (text, " (%s)", spec->unit);
  g_string_append (text, ": ");
  for (guint i = 0; i < spec->n; i++)
    {
      g_autofree char *value = format_value (spec, spec->values[i]);

      g_string_append_printf (text, "%s%s %s", i > 0 ? "; " : "", spec->labels[i], value);
    }
  if (spec->target >= 0 && spec->target_label != NULL)
    g_string_append_printf (text, "; %s", spec->target_label);
  return g_string_free (text, FALSE);
}

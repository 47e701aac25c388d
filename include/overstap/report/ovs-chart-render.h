/* ovs-chart-render.h — the monitor's charts drawn with cairo and Pango onto any surface: the window's
 * widget (ui/overview/ovs-chart.c) and the printed council report use the same drawing. Bars have a
 * value axis with rounded ticks and its unit, the category labels below, and the values on the bars
 * where they fit; a stacked bar has a legend. ovs_chart_describe() is the text alternative. */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef enum {
  OVS_CHART_BARS,
  OVS_CHART_STACKED,
} OvsChartKind;

typedef struct {
  double red, green, blue, alpha;
} OvsChartColor;

typedef struct {
  OvsChartKind        kind;
  const char         *title;
  const char         *unit;          /* of the values, on the axis: "SE", "€", "medewerkers"; or NULL */
  guint               n;
  const char * const *labels;        /* n category labels */
  const double       *values;        /* n values */
  int                 digits;        /* decimals of the values */
  double              target;        /* a dashed line at this value (bars); < 0 for none */
  const char         *target_label;
} OvsChartSpec;

/* Draws @spec into the rectangle 0, 0, @width, @height of @cr, text in @font (NULL: the default sans)
 * and @foreground (axes and labels; NULL: near-black). */
void   ovs_chart_render          (cairo_t                    *cr,
                                  const OvsChartSpec         *spec,
                                  int                         width,
                                  int                         height,
                                  const OvsChartColor        *foreground,
                                  const PangoFontDescription *font);
/* The height a stacked chart's bar and legend need at @width, its text in @font (NULL: the default). */
int    ovs_chart_stacked_height  (const OvsChartSpec         *spec,
                                  int                         width,
                                  const PangoFontDescription *font);
/* "Title (unit): label value; label value; …; target", for screen readers and the report's text. */
char  *ovs_chart_describe        (const OvsChartSpec         *spec);
/* A step between axis ticks that reads well (1, 2, 2.5 or 5 × 10ⁿ) for about @n_ticks ticks up to @max. */
double ovs_chart_nice_step       (double                      max,
                                  guint                       n_ticks);

G_END_DECLS

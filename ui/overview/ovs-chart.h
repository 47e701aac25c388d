/* ovs-chart.h — small charts for the monitor, drawn with cairo: vertical bars (with an optional
 * target line) or one horizontal stacked bar with a legend. The chart describes its numbers to
 * assistive technology as its accessible description. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  OVS_CHART_BARS,
  OVS_CHART_STACKED,
} OvsChartKind;

#define OVS_TYPE_CHART (ovs_chart_get_type ())
G_DECLARE_FINAL_TYPE (OvsChart, ovs_chart, OVS, CHART, GtkDrawingArea)

GtkWidget *ovs_chart_new        (OvsChartKind        kind,
                                 const char         *title);
/* @labels and @values have @n items; values are shown with @digits decimals. */
void       ovs_chart_set_data   (OvsChart           *self,
                                 guint               n,
                                 const char * const *labels,
                                 const double       *values,
                                 int                 digits);
/* A dashed line across the bars at @value (bars only); a negative value removes it. */
void       ovs_chart_set_target (OvsChart           *self,
                                 double              value,
                                 const char         *label);
/* The text given to assistive technology (also used by tests). */
const char *ovs_chart_get_description (OvsChart     *self);

G_END_DECLS

/* ovs-chart.h — the monitor's charts as a widget: vertical bars with a value axis (and an optional
 * target line) or one horizontal stacked bar with a legend, drawn by core's ovs_chart_render() in the
 * widget's font and colour. The chart describes its numbers to assistive technology as its accessible
 * description. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_CHART (ovs_chart_get_type ())
G_DECLARE_FINAL_TYPE (OvsChart, ovs_chart, OVS, CHART, GtkWidget)

/* @unit names what the values count ("SE", "dossiers"), on the value axis; NULL for none. */
GtkWidget *ovs_chart_new        (OvsChartKind        kind,
                                 const char         *title,
                                 const char         *unit);
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
/* A card (the "card" style) with @title as its heading above @chart, as the Overzicht and Prognose
 * show their charts. */
GtkWidget *ovs_chart_card_new   (GtkWidget          *chart,
                                 const char         *title);
/* The text given to assistive technology (also used by tests). */
const char *ovs_chart_get_description (OvsChart     *self);

G_END_DECLS

/* ovs-chart.c — a widget around core's chart drawing: it keeps the data, asks for the height its legend
 * needs at the width it gets, and draws in the widget's own font and colour. */
#include "config.h"

#include <glib/gi18n.h>

#include "overview/ovs-chart.h"

struct _OvsChart
{
  GtkWidget     parent_instance;

  OvsChartKind  kind;
  char         *title;
  char         *unit;
  GStrv         labels;
  GArray       *values;      /* double */
  int           digits;
  double        target;      /* < 0: none */
  char         *target_label;
  char         *description;
};

G_DEFINE_FINAL_TYPE (OvsChart, ovs_chart, GTK_TYPE_WIDGET)

#define BARS_HEIGHT 200
#define MIN_WIDTH   240

static OvsChartSpec
spec_of (OvsChart *self)
{
  return (OvsChartSpec) {
    .kind = self->kind, .title = self->title, .unit = self->unit, .n = self->values->len,
    .labels = (const char * const *) self->labels, .values = (const double *) self->values->data,
    .digits = self->digits, .target = self->target, .target_label = self->target_label,
  };
}

static const PangoFontDescription *
widget_font (OvsChart *self)
{
  return pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
}

static void
ovs_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  OvsChart *self = OVS_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  OvsChartSpec spec = spec_of (self);
  GdkRGBA fg;
  OvsChartColor color;
  cairo_t *cr;

  if (self->values->len == 0 || width <= 0 || height <= 0)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  color = (OvsChartColor) { fg.red, fg.green, fg.blue, fg.alpha };
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ovs_chart_render (cr, &spec, width, height, &color, widget_font (self));
  cairo_destroy (cr);
}

/* Bars have a fixed height; a stacked bar's legend wraps into as many rows as its width leaves. */
static GtkSizeRequestMode
ovs_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ovs_chart_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum, int *natural,
                   int *minimum_baseline, int *natural_baseline)
{
  OvsChart *self = OVS_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = MIN_WIDTH;
    }
  else if (self->kind == OVS_CHART_BARS)
    *minimum = *natural = BARS_HEIGHT;
  else
    {
      OvsChartSpec spec = spec_of (self);

      *minimum = *natural = ovs_chart_stacked_height (&spec, for_size > 0 ? for_size : MIN_WIDTH,
                                                       widget_font (self));
    }
}

static void
update_description (OvsChart *self)
{
  OvsChartSpec spec = spec_of (self);

  g_free (self->description);
  self->description = ovs_chart_describe (&spec);
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
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
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
  g_free (self->unit);
  g_strfreev (self->labels);
  g_array_unref (self->values);
  g_free (self->target_label);
  g_free (self->description);
  G_OBJECT_CLASS (ovs_chart_parent_class)->finalize (object);
}

static void
ovs_chart_class_init (OvsChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ovs_chart_finalize;
  widget_class->snapshot = ovs_chart_snapshot;
  widget_class->measure = ovs_chart_measure;
  widget_class->get_request_mode = ovs_chart_get_request_mode;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "chart");
}

static void
ovs_chart_init (OvsChart *self)
{
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
  self->labels = g_new0 (char *, 1);
  self->target = -1;
}

GtkWidget *
ovs_chart_new (OvsChartKind kind, const char *title, const char *unit)
{
  OvsChart *self = g_object_new (OVS_TYPE_CHART, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  self->unit = g_strdup (unit);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  update_description (self);
  return GTK_WIDGET (self);
}

GtkWidget *
ovs_chart_card_new (GtkWidget *chart, const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label = gtk_label_new (title);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "chart-card");
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Long titles ("… tot 2040") wrap, so that a card fits a narrow window. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), chart);
  return box;
}

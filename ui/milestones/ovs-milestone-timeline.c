/* ovs-milestone-timeline.c — milestones on a horizontal time axis, drawn with cairo.
 *
 * Layout, from the bottom: the axis with year ticks (and labels) and quarter ticks; each milestone
 * a round marker on the axis, with a stem up to its label (due date and title). Labels go on the
 * lowest row where they do not run into the previous one, so that nearby milestones stay legible.
 * At the top the legend, on more lines when narrow, and today's date.
 *
 * It draws at any width from MIN_WIDTH up: narrower, the labels get narrower (and ellipsize). Its
 * natural width keeps the labels readable; the Mijlpalen page scrolls it sideways below that. */
#include "config.h"

#include <glib/gi18n.h>
#include <overstap/overstap.h>

#include "milestones/ovs-milestone-timeline.h"

#define MARGIN      24.0
#define AXIS_BELOW  34.0   /* room under the axis for the year labels */
#define ROW_HEIGHT  36.0
#define LABEL_WIDTH 170.0  /* a milestone's label when there is room … */
#define MIN_LABEL   80.0   /* … and at the narrowest */
#define LEGEND_LINE 18.0
#define MAX_ROWS    12
#define MIN_WIDTH   240
#define NAT_WIDTH   720

struct _OvsMilestoneTimeline
{
  GtkWidget   parent_instance;

  GListModel *milestones;
  char       *today;
  gint64      selected;
  int         first_year;  /* the axis runs from 1 January of first_year … */
  int         last_year;   /* … to 31 December of last_year */
};

G_DEFINE_FINAL_TYPE (OvsMilestoneTimeline, ovs_milestone_timeline, GTK_TYPE_WIDGET)

typedef struct { double r, g, b; } Colour;

static Colour
status_colour (const char *status, gboolean late)
{
  int value = OVS_MILESTONE_STATUS_PLANNED;

  if (late)
    return (Colour) { 0.88, 0.11, 0.14 };   /* red: due and not done */
  ovs_vocab_lookup (OVS_TYPE_MILESTONE_STATUS, status, &value);
  switch (value)
    {
    case OVS_MILESTONE_STATUS_DONE:
      return (Colour) { 0.15, 0.64, 0.41 };   /* green */
    case OVS_MILESTONE_STATUS_IN_PROGRESS:
      return (Colour) { 0.21, 0.52, 0.89 };   /* blue */
    case OVS_MILESTONE_STATUS_DROPPED:
      return (Colour) { 0.75, 0.75, 0.74 };   /* light grey */
    default:
      return (Colour) { 0.47, 0.46, 0.48 };   /* planned (and any status to come): grey */
    }
}

/* --- the time scale --- */

static guint32
julian_of (const char *iso)
{
  GDate date;

  return iso != NULL && ovs_date_from_iso (iso, &date) ? g_date_get_julian (&date) : 0;
}

static guint32
year_start (int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, year);
  return g_date_get_julian (&date);
}

static double
x_of (OvsMilestoneTimeline *self, guint32 julian, double width)
{
  double first = year_start (self->first_year), last = year_start (self->last_year + 1);

  return MARGIN + (julian - first) / (last - first) * (width - 2 * MARGIN);
}

/* The axis spans the years of the milestones and today, so that today is always on it. */
static void
update_range (OvsMilestoneTimeline *self)
{
  guint n = self->milestones ? g_list_model_get_n_items (self->milestones) : 0;
  int today_year = self->today ? (int) g_ascii_strtoll (self->today, NULL, 10) : 0;

  if (today_year <= 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today_year = g_date_time_get_year (now);
    }
  self->first_year = today_year;
  self->last_year = today_year;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) milestone = g_list_model_get_item (self->milestones, i);
      g_autofree char *due = NULL;

      g_object_get (milestone, "due-date", &due, NULL);
      if (due == NULL)
        continue;
      self->first_year = MIN (self->first_year, (int) g_ascii_strtoll (due, NULL, 10));
      self->last_year = MAX (self->last_year, (int) g_ascii_strtoll (due, NULL, 10));
    }
}

/* --- drawing --- */

static void
set_colour (cairo_t *cr, Colour c, double alpha)
{
  cairo_set_source_rgba (cr, c.r, c.g, c.b, alpha);
}

static void
show_text (OvsMilestoneTimeline *self, cairo_t *cr, const char *text, double x, double y, double max_width,
           gboolean bold, double xalign)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  g_autofree char *markup = bold ? g_markup_printf_escaped ("<b>%s</b>", text) : NULL;
  int w, h;

  if (bold)
    pango_layout_set_markup (layout, markup, -1);
  else
    pango_layout_set_text (layout, text, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - xalign * w, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static int
text_width (OvsMilestoneTimeline *self, const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  g_object_unref (layout);
  return w;
}

/* A quarter of the axis, within LABEL_WIDTH and MIN_LABEL. */
static double
label_width (double width)
{
  return CLAMP ((width - 2 * MARGIN) / 4, MIN_LABEL, LABEL_WIDTH);
}

static void
draw_axis (OvsMilestoneTimeline *self, cairo_t *cr, double width, double axis_y, Colour fg)
{
  set_colour (cr, fg, 0.8);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, MARGIN, axis_y);
  cairo_line_to (cr, width - MARGIN, axis_y);
  cairo_stroke (cr);
  for (int year = self->first_year; year <= self->last_year + 1; year++)
    for (int quarter = 0; quarter < 4 && (year <= self->last_year || quarter == 0); quarter++)
      {
        GDate date;
        double x;

        g_date_clear (&date, 1);
        g_date_set_dmy (&date, 1, 1 + 3 * quarter, year);
        x = x_of (self, g_date_get_julian (&date), width);
        set_colour (cr, fg, quarter == 0 ? 0.8 : 0.4);
        cairo_move_to (cr, x, axis_y - (quarter == 0 ? 8 : 4));
        cairo_line_to (cr, x, axis_y + (quarter == 0 ? 8 : 4));
        cairo_stroke (cr);
        if (quarter == 0 && year <= self->last_year)
          {
            g_autofree char *label = g_strdup_printf ("%d", year);
            double mid = x_of (self, year_start (year) + 182, width);

            set_colour (cr, fg, 0.9);
            show_text (self, cr, label, mid, axis_y + 10, -1, TRUE, 0.5);
          }
      }
}

/* Today's date at the top, beside the legend's first line (@legend_end) if there is room, else
 * under the legend (@legend_bottom); and a dashed line down to the axis when today is on it.
 * Returns the y below what it drew at the top. */
static double
draw_today (OvsMilestoneTimeline *self, cairo_t *cr, double width, double axis_y, double legend_end,
            double legend_bottom)
{
  guint32 today = julian_of (self->today);
  g_autofree char *shown = ovs_format_date (self->today);
  g_autofree char *label = NULL;
  Colour orange = { 0.90, 0.38, 0.0 };
  double x = x_of (self, today, width), anchor, xalign, y = 4;
  int w;

  if (today == 0)
    return legend_bottom;
  if (x > width - MARGIN || x < MARGIN)
    /* Translators: today lies beyond the drawn axis, e.g. "vandaag: 22-11-2026 →". */
    label = g_strdup_printf (x > width - MARGIN ? _("today: %s →") : _("← today: %s"), shown);
  else
    label = g_strdup_printf (_("today %s"), shown);
  w = text_width (self, label);
  if (x > width - MARGIN)
    anchor = width - MARGIN, xalign = 1.0;
  else if (x < MARGIN)
    anchor = MARGIN, xalign = 0.0;
  else
    anchor = CLAMP (x, MARGIN + w / 2.0, width - MARGIN - w / 2.0), xalign = 0.5;
  if (anchor - xalign * w < legend_end + 12)
    y = legend_bottom + 2;
  set_colour (cr, orange, 1.0);
  show_text (self, cr, label, anchor, y, -1, FALSE, xalign);
  if (x >= MARGIN && x <= width - MARGIN)
    {
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      cairo_move_to (cr, x, y + 18);
      cairo_line_to (cr, x, axis_y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  return MAX (legend_bottom, y + 16);
}

/* What the colours mean, at the top left: the statuses, then "late", on as many lines as @width
 * needs. Stores the right end of the first line in @first_end; returns the y below the legend. */
static double
draw_legend (OvsMilestoneTimeline *self, cairo_t *cr, double width, Colour fg, double *first_end)
{
  const char * const *codes = ovs_vocab_codes (OVS_TYPE_MILESTONE_STATUS);
  guint n = g_strv_length ((char **) codes);
  double x = MARGIN, y = 12;
  gboolean first_line = TRUE;

  for (guint i = 0; i <= n; i++)
    {
      gboolean late = i == n;
      const char *label = late ? _("late") : ovs_vocab_label_for_code (OVS_TYPE_MILESTONE_STATUS, codes[i]);
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), label);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      if (x > MARGIN && x + 14 + w > width - MARGIN)
        x = MARGIN, y += LEGEND_LINE, first_line = FALSE;
      set_colour (cr, status_colour (late ? NULL : codes[i], late), 1.0);
      cairo_arc (cr, x + 5, y, 5, 0, 2 * G_PI);
      cairo_fill (cr);
      set_colour (cr, fg, 0.8);
      cairo_move_to (cr, x + 14, y - h / 2.0);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
      if (first_line)
        *first_end = x + 14 + w;
      x += 14 + w + 16;
    }
  return y + 8;
}

/* The lowest row whose last label ends before @x, or -1 when every row is taken there: that
 * milestone then gets its dot only (the list below and the description name it), never a label over
 * another one. */
static int
choose_row (double *row_end, int rows, double x)
{
  for (int row = 0; row < rows; row++)
    if (row_end[row] < x - 6)
      return row;
  return -1;
}

static void
draw_milestone (OvsMilestoneTimeline *self, cairo_t *cr, GObject *milestone, double x, double axis_y,
                int row, double label, Colour fg)
{
  g_autofree char *title = NULL, *status = NULL, *due = NULL, *shown = NULL;
  gboolean late = FALSE;
  gint64 id = 0;
  double label_y = axis_y - 30 - (row + 1) * ROW_HEIGHT + 8;
  Colour c;

  g_object_get (milestone, "id", &id, "title", &title, "status", &status, "due-date", &due, "late", &late, NULL);
  c = status_colour (status, late);
  shown = ovs_format_date (due);

  if (row >= 0)
    {
      set_colour (cr, fg, 0.35);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, x, axis_y - 7);
      cairo_line_to (cr, x, label_y + 2);
      cairo_stroke (cr);
    }

  set_colour (cr, c, 1.0);
  cairo_arc (cr, x, axis_y, id == self->selected ? 9 : 7, 0, 2 * G_PI);
  cairo_fill (cr);
  if (id == self->selected)
    {
      set_colour (cr, fg, 1.0);
      cairo_set_line_width (cr, 2);
      cairo_arc (cr, x, axis_y, 12, 0, 2 * G_PI);
      cairo_stroke (cr);
    }

  if (row < 0)
    return;   /* no free row: the dot alone */
  set_colour (cr, c, 1.0);
  show_text (self, cr, shown, x + 4, label_y, label, TRUE, 0);
  set_colour (cr, fg, ovs_vocab_is (OVS_TYPE_MILESTONE_STATUS, status, OVS_MILESTONE_STATUS_DROPPED) ? 0.5 : 0.9);
  show_text (self, cr, title, x + 4, label_y + 15, label, FALSE, 0);
}

/* How many label rows the milestones need at @width so that no label overlaps another (at most
 * MAX_ROWS): the widget asks for the height of that many. */
static int
rows_needed (OvsMilestoneTimeline *self, double width)
{
  guint n = self->milestones ? g_list_model_get_n_items (self->milestones) : 0;
  double label = label_width (width), row_end[MAX_ROWS];
  int used = 1;

  for (int i = 0; i < MAX_ROWS; i++)
    row_end[i] = -G_MAXDOUBLE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) milestone = g_list_model_get_item (self->milestones, i);
      g_autofree char *due = NULL;
      double x;
      int row;

      g_object_get (milestone, "due-date", &due, NULL);
      x = x_of (self, julian_of (due), width);
      row = choose_row (row_end, MAX_ROWS, x);
      if (row < 0)
        {
          used = MAX_ROWS;
          continue;
        }
      row_end[row] = x + label + 4;
      used = MAX (used, row + 1);
    }
  return used;
}

/* The labels' rows fill the room between @top (under the legend) and the axis. */
static void
draw_milestones (OvsMilestoneTimeline *self, cairo_t *cr, double width, double axis_y, double top, Colour fg)
{
  guint n = self->milestones ? g_list_model_get_n_items (self->milestones) : 0;
  int rows = CLAMP ((int) ((axis_y - top - 20) / ROW_HEIGHT), 1, MAX_ROWS);
  double label = label_width (width);
  double row_end[MAX_ROWS];

  for (int i = 0; i < MAX_ROWS; i++)
    row_end[i] = -G_MAXDOUBLE;
  /* The list is by due date (ovs_milestones_list()), which the row choice relies on. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) milestone = g_list_model_get_item (self->milestones, i);
      g_autofree char *due = NULL;
      double x;
      int row;

      g_object_get (milestone, "due-date", &due, NULL);
      x = x_of (self, julian_of (due), width);
      row = choose_row (row_end, rows, x);
      if (row >= 0)
        row_end[row] = x + label + 4;
      draw_milestone (self, cr, milestone, x, axis_y, row, label, fg);
    }
}

static void
ovs_milestone_timeline_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  OvsMilestoneTimeline *self = OVS_MILESTONE_TIMELINE (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double axis_y = height - AXIS_BELOW, legend_end = MARGIN, top;
  GdkRGBA rgba;
  Colour fg;
  cairo_t *cr;

  if (width <= 2 * MARGIN || height <= AXIS_BELOW + 20)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
  fg = (Colour) { rgba.red, rgba.green, rgba.blue };
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  top = draw_legend (self, cr, width, fg, &legend_end);
  draw_axis (self, cr, width, axis_y, fg);
  top = draw_today (self, cr, width, axis_y, legend_end, top);
  draw_milestones (self, cr, width, axis_y, top, fg);
  cairo_destroy (cr);
}

/* --- the words for screen readers --- */

static void
update_description (OvsMilestoneTimeline *self)
{
  guint n = self->milestones ? g_list_model_get_n_items (self->milestones) : 0;
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: the timeline's description for screen readers; the list of milestones follows. */
  g_string_printf (text, ngettext ("Timeline from %d to %d with %u milestone.",
                                   "Timeline from %d to %d with %u milestones.", n),
                   self->first_year, self->last_year, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) milestone = g_list_model_get_item (self->milestones, i);
      g_autofree char *title = NULL, *status = NULL, *due = NULL, *shown = NULL;
      gboolean late = FALSE;

      g_object_get (milestone, "title", &title, "status", &status, "due-date", &due, "late", &late, NULL);
      shown = ovs_format_date (due);
      g_string_append_c (text, ' ');
      /* Translators: one milestone in the timeline's description: due date, title, status. */
      g_string_append_printf (text, late ? _("%s %s: %s, late.") : _("%s %s: %s."), shown, title,
                              ovs_vocab_label_for_code (OVS_TYPE_MILESTONE_STATUS, status));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
}

static void
items_changed_cb (OvsMilestoneTimeline *self)
{
  update_range (self);
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
ovs_milestone_timeline_set_model (OvsMilestoneTimeline *self, GListModel *milestones)
{
  g_return_if_fail (OVS_IS_MILESTONE_TIMELINE (self));

  if (self->milestones != NULL)
    g_signal_handlers_disconnect_by_func (self->milestones, items_changed_cb, self);
  g_set_object (&self->milestones, milestones);
  if (milestones != NULL)
    g_signal_connect_object (milestones, "items-changed", G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  items_changed_cb (self);
}

void
ovs_milestone_timeline_set_today (OvsMilestoneTimeline *self, const char *today)
{
  g_return_if_fail (OVS_IS_MILESTONE_TIMELINE (self));

  g_free (self->today);
  self->today = g_strdup (today);
  update_range (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ovs_milestone_timeline_set_selected (OvsMilestoneTimeline *self, gint64 id)
{
  g_return_if_fail (OVS_IS_MILESTONE_TIMELINE (self));

  self->selected = id;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ovs_milestone_timeline_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                                int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  OvsMilestoneTimeline *self = OVS_MILESTONE_TIMELINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NAT_WIDTH;
      return;
    }
  /* The legend (two lines when narrow), today's label, the label rows, and the axis with its years. */
  *minimum = *natural = (int) (2 * LEGEND_LINE + 12 + 16 + 20 +
                               rows_needed (self, for_size > 0 ? for_size : NAT_WIDTH) * ROW_HEIGHT + AXIS_BELOW);
  *minimum = MAX (*minimum, 220);
  *natural = MAX (*natural, 240);
}

static GtkSizeRequestMode
ovs_milestone_timeline_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ovs_milestone_timeline_dispose (GObject *object)
{
  OvsMilestoneTimeline *self = OVS_MILESTONE_TIMELINE (object);

  if (self->milestones != NULL)
    g_signal_handlers_disconnect_by_func (self->milestones, items_changed_cb, self);
  g_clear_object (&self->milestones);
  g_clear_pointer (&self->today, g_free);
  G_OBJECT_CLASS (ovs_milestone_timeline_parent_class)->dispose (object);
}

static void
ovs_milestone_timeline_class_init (OvsMilestoneTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_milestone_timeline_dispose;
  widget_class->snapshot = ovs_milestone_timeline_snapshot;
  widget_class->measure = ovs_milestone_timeline_measure;
  widget_class->get_request_mode = ovs_milestone_timeline_get_request_mode;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "milestone-timeline");
}

static void
ovs_milestone_timeline_init (OvsMilestoneTimeline *self)
{
  update_range (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline of the milestones"), -1);
  update_description (self);
}

GtkWidget *
ovs_milestone_timeline_new (void)
{
  return g_object_new (OVS_TYPE_MILESTONE_TIMELINE, NULL);
}

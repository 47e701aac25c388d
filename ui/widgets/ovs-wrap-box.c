/* ovs-wrap-box.c — lays its children out left to right at their natural width and starts a new
 * line when the next one does not fit. Children that ask for horizontal expansion (a search entry)
 * share the room left on their line. Height-for-width, so the lines are known before the height. */
#include "config.h"

#include "widgets/ovs-wrap-box.h"

struct _OvsWrapBox
{
  GtkWidget parent_instance;

  int       spacing;
  int       line_spacing;
};

G_DEFINE_FINAL_TYPE (OvsWrapBox, ovs_wrap_box, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_SPACING, PROP_LINE_SPACING, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* One child's share of a line. */
typedef struct
{
  GtkWidget *child;
  int        width;
  int        height;
} Item;

static int
child_width (GtkWidget *child, int available)
{
  int min, nat;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  return MAX (min, MIN (nat, available));
}

/* Fills @items with the visible children and their widths at @width; returns the number of lines
 * and stores each item's line number in @lines. */
static guint
break_lines (OvsWrapBox *self, int width, GArray *items, GArray *lines)
{
  int used = 0;
  guint line = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      Item item = { child, 0, 0 };

      if (!gtk_widget_should_layout (child))
        continue;
      item.width = child_width (child, width);
      if (items->len > 0 && used + self->spacing + item.width > width)
        line++, used = 0;
      else if (items->len > 0)
        used += self->spacing;
      used += item.width;
      g_array_append_val (items, item);
      g_array_append_val (lines, line);
    }
  return items->len > 0 ? line + 1 : 0;
}

/* The height of each line (children measured at their widths); returns the total. */
static int
line_heights (OvsWrapBox *self, GArray *items, GArray *lines, int *heights)
{
  int total = 0;
  guint last = G_MAXUINT;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      guint line = g_array_index (lines, guint, i);
      int min, nat;

      gtk_widget_measure (item->child, GTK_ORIENTATION_VERTICAL, item->width, &min, &nat, NULL, NULL);
      item->height = nat;
      heights[line] = MAX (heights[line], nat);
      if (line != last && last != G_MAXUINT)
        total += heights[last] + self->line_spacing;
      last = line;
    }
  return last == G_MAXUINT ? 0 : total + heights[last];
}

static int
height_for_width (OvsWrapBox *self, int width)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_lines = break_lines (self, width, items, lines);
  g_autofree int *heights = g_new0 (int, MAX (n_lines, 1));

  return line_heights (self, items, lines, heights);
}

static void
measure_width (OvsWrapBox *self, int *minimum, int *natural)
{
  int n = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural += nat + (n++ > 0 ? self->spacing : 0);
    }
}

static void
ovs_wrap_box_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                      int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  OvsWrapBox *self = OVS_WRAP_BOX (widget);
  int min_width, nat_width;

  measure_width (self, &min_width, &nat_width);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width;
      *natural = nat_width;
      return;
    }
  /* Without a width: as tall as at the narrowest, and as short as on one line. */
  *minimum = height_for_width (self, for_size >= 0 ? for_size : min_width);
  *natural = for_size >= 0 ? *minimum : height_for_width (self, nat_width);
  *natural = MAX (*natural, *minimum);
}

static GtkSizeRequestMode
ovs_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Hands the room left on line @line (from @first to @end) to its expanding children. */
static void
share_room (GArray *items, guint first, guint end, int room)
{
  guint n_expand = 0;

  for (guint i = first; i < end; i++)
    n_expand += gtk_widget_compute_expand (g_array_index (items, Item, i).child, GTK_ORIENTATION_HORIZONTAL);
  for (guint i = first; i < end && n_expand > 0 && room > 0; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      if (gtk_widget_compute_expand (item->child, GTK_ORIENTATION_HORIZONTAL))
        {
          int share = room / n_expand--;

          item->width += share;
          room -= share;
        }
    }
}

static void
ovs_wrap_box_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  OvsWrapBox *self = OVS_WRAP_BOX (widget);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_lines = break_lines (self, width, items, lines);
  g_autofree int *heights = g_new0 (int, MAX (n_lines, 1));
  guint first = 0;
  int y = 0;

  line_heights (self, items, lines, heights);
  for (guint line = 0; line < n_lines; line++)
    {
      guint end = first;
      int used = 0, x = 0;

      for (; end < items->len && g_array_index (lines, guint, end) == line; end++)
        used += g_array_index (items, Item, end).width + (end > first ? self->spacing : 0);
      share_room (items, first, end, width - used);
      for (guint i = first; i < end; i++)
        {
          Item *item = &g_array_index (items, Item, i);

          gtk_widget_size_allocate (item->child, &(GtkAllocation) { x, y, item->width, heights[line] }, -1);
          x += item->width + self->spacing;
        }
      y += heights[line] + self->line_spacing;
      first = end;
    }
}

static void
ovs_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ovs_wrap_box_parent_class)->dispose (object);
}

static void
ovs_wrap_box_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsWrapBox *self = OVS_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING: g_value_set_int (value, self->spacing); break;
    case PROP_LINE_SPACING: g_value_set_int (value, self->line_spacing); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_int (OvsWrapBox *self, int *field, int value, guint prop)
{
  if (*field == value)
    return;
  *field = value;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
ovs_wrap_box_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsWrapBox *self = OVS_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING: set_int (self, &self->spacing, g_value_get_int (value), PROP_SPACING); break;
    case PROP_LINE_SPACING: set_int (self, &self->line_spacing, g_value_get_int (value), PROP_LINE_SPACING); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_wrap_box_class_init (OvsWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_wrap_box_dispose;
  object_class->get_property = ovs_wrap_box_get_property;
  object_class->set_property = ovs_wrap_box_set_property;
  widget_class->measure = ovs_wrap_box_measure;
  widget_class->size_allocate = ovs_wrap_box_size_allocate;
  widget_class->get_request_mode = ovs_wrap_box_get_request_mode;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 6,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LINE_SPACING] =
    g_param_spec_int ("line-spacing", NULL, NULL, 0, G_MAXINT, 6,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "wrapbox");
}

static void
ovs_wrap_box_init (OvsWrapBox *self)
{
  self->spacing = 6;
  self->line_spacing = 6;
}

GtkWidget *
ovs_wrap_box_new (void)
{
  return g_object_new (OVS_TYPE_WRAP_BOX, NULL);
}

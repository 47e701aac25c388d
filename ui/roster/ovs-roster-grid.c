/* ovs-roster-grid.c — the week as a table of OvsRosterCell buttons that scrolls by itself (a
 * GtkScrollable), so that the names column and the day headers stay in place while the days scroll
 * under them: on a phone a team leader swipes sideways through the week and still sees whose row it
 * is. The table is split into panes that clip what scrolls out of them; this file measures the
 * columns and rows once for all panes, so that a row stays one height across the names and the days.
 * A crew has a handful of members, so rebuilding the few dozen widgets when the week changes is
 * cheaper and simpler than recycling them; it happens only on a new week, crew or change in the store. */
#include "config.h"

#include <glib/gi18n.h>

#include "roster/ovs-roster-cell.h"
#include "roster/ovs-roster-grid.h"

#define N_COLUMNS 8   /* the members, then maandag … zondag */
#define PADDING   12
#define SPACING   4

/* The header row scrolls sideways only, the names column up and down only, the body both ways. */
typedef enum { PANE_HEADER, PANE_NAMES, PANE_BODY, N_PANES } PaneKind;

/* Where the columns and rows lie: x from the first day, y from the first member; column 0 is the
 * names and row 0 the header. */
typedef struct
{
  int    x[N_COLUMNS];
  int    width[N_COLUMNS];
  int   *y;
  int   *height;
  guint  n_rows;
  int    total_width;
  int    total_height;
} Layout;

struct _OvsRosterGrid
{
  GtkWidget      parent_instance;

  GtkWidget     *corner;
  GtkWidget     *panes[N_PANES];
  GPtrArray     *table;          /* n_rows × N_COLUMNS widgets, row by row; the corner first */
  guint          n_rows;         /* the header, the members and the footer */
  Layout         layout;         /* of the last allocation */
  GtkAdjustment *adjustments[2]; /* by GtkOrientation */
  GtkScrollablePolicy policies[2];
  gboolean       reveal_focus;
  gboolean       reveal_at_start; /* the focused cell's day first, not just in view */

  OvsRosterWeek *week;
  char          *today;
};

static void place_children (OvsRosterGrid *self, PaneKind kind);

/* --- panes --- */

#define OVS_TYPE_ROSTER_PANE (ovs_roster_pane_get_type ())
G_DECLARE_FINAL_TYPE (OvsRosterPane, ovs_roster_pane, OVS, ROSTER_PANE, GtkWidget)

/* A part of the table that clips what scrolls out of it; the grid places its children. */
struct _OvsRosterPane
{
  GtkWidget      parent_instance;

  OvsRosterGrid *grid;
  PaneKind       kind;
};

G_DEFINE_FINAL_TYPE (OvsRosterPane, ovs_roster_pane, GTK_TYPE_WIDGET)

static void
ovs_roster_pane_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  OvsRosterPane *self = OVS_ROSTER_PANE (widget);

  place_children (self->grid, self->kind);
}

static void
ovs_roster_pane_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ovs_roster_pane_parent_class)->dispose (object);
}

static void
ovs_roster_pane_class_init (OvsRosterPaneClass *klass)
{
  GTK_WIDGET_CLASS (klass)->size_allocate = ovs_roster_pane_size_allocate;
  G_OBJECT_CLASS (klass)->dispose = ovs_roster_pane_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "rosterpane");
}

static void
ovs_roster_pane_init (OvsRosterPane *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

static GtkWidget *
pane_new (OvsRosterGrid *grid, PaneKind kind)
{
  OvsRosterPane *pane = g_object_new (OVS_TYPE_ROSTER_PANE, NULL);

  pane->grid = grid;
  pane->kind = kind;
  return GTK_WIDGET (pane);
}

/* --- the grid --- */

G_DEFINE_FINAL_TYPE_WITH_CODE (OvsRosterGrid, ovs_roster_grid, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum { PROP_0, PROP_HADJUSTMENT, PROP_VADJUSTMENT, PROP_HSCROLL_POLICY, PROP_VSCROLL_POLICY };

enum { CELL_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static GtkWidget *
at (OvsRosterGrid *self, guint row, guint column)
{
  return g_ptr_array_index (self->table, row * N_COLUMNS + column);
}

static GtkWidget *
plain_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
day_header (OvsRosterGrid *self, guint day)
{
  const char *iso = ovs_roster_week_get_date (self->week, day);
  const char *name = ovs_roster_day_name (day);
  g_autofree char *first = g_utf8_strup (name, g_utf8_next_char (name) - name);
  g_autofree char *text = NULL;
  GtkWidget *label;
  GDate date;

  ovs_date_from_iso (iso, &date);
  /* A heading starts with a capital ("Maandag"); the date below it as dd-mm. */
  text = g_strdup_printf ("%s%s\n%02d-%02d", first, g_utf8_next_char (name), g_date_get_day (&date),
                          g_date_get_month (&date));
  label = plain_label (text, "roster-day");
  if (g_strcmp0 (iso, self->today) == 0)
    {
      gtk_widget_add_css_class (label, "roster-today");
      gtk_widget_set_tooltip_text (label, _("Today"));
    }
  if (day >= 5)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
name_cell (OvsRosterGrid *self, guint index)
{
  const OvsRosterWeekRow *row = ovs_roster_week_get_row (self->week, index);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *planned = ovs_roster_format_minutes (row->planned_minutes);
  g_autofree char *contract = row->contract_minutes > 0 ? ovs_roster_format_minutes (row->contract_minutes)
                                                        : g_strdup ("—");
  g_autofree char *hours = NULL, *role = ovs_roster_week_row_role (row);
  GtkWidget *name = plain_label (row->name, "roster-name");

  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 18);
  gtk_box_append (GTK_BOX (line), name);
  if (row->week_conflicts->len > 0)
    {
      g_autofree char *text = ovs_roster_conflicts_text (row->week_conflicts);

      gtk_box_append (GTK_BOX (line), ovs_roster_badge_new (ovs_roster_highest_severity (row->week_conflicts), text));
    }
  gtk_box_append (GTK_BOX (box), line);
  /* Translators: under a member's name in the week grid: hours planned this week, e.g. "gepland 38:30 uur". */
  hours = g_strdup_printf (_("planned %s"), planned);
  gtk_box_append (GTK_BOX (box), plain_label (hours, row->week_conflicts->len > 0 ? "warning" : "dim-label"));
  g_free (hours);
  /* Translators: under a member's name in the week grid: contract hours per week, e.g. "contract 36 uur". */
  hours = g_strdup_printf (_("contract %s"), contract);
  gtk_box_append (GTK_BOX (box), plain_label (hours, "dim-label"));
  if (role != NULL)
    gtk_box_append (GTK_BOX (box), plain_label (role, "caption"));
  gtk_widget_add_css_class (box, "roster-member");
  return box;
}

static GtkWidget *
day_footer (OvsRosterGrid *self, guint day)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  guint count = ovs_roster_week_get_day_count (self->week, day);
  int min = ovs_roster_week_get_min_size (self->week);
  GPtrArray *conflicts = ovs_roster_week_get_day_conflicts (self->week, day);
  g_autofree char *text = NULL;
  GtkWidget *label;

  /* A day the crew does not work (nobody rostered, nothing the check reports) has no count: no
   * "0 / min. 3" under every weekend. */
  if (!ovs_roster_week_day_has_shifts (self->week, day) && conflicts->len == 0)
    {
      gtk_widget_add_css_class (box, "roster-footer");
      return box;
    }
  /* Translators: a day's head count in the grid's footer against the crew's minimum: "4 / min. 3". */
  text = g_strdup_printf (_("%u / min. %d"), count, min);
  label = plain_label (text, "numeric");
  gtk_widget_set_hexpand (label, TRUE);
  /* Red only where the core finds the day short, not on a Saturday a single person works. */
  for (guint i = 0; i < conflicts->len; i++)
    if (ovs_vocab_is (OVS_TYPE_CONFLICT_CODE, ovs_conflict_get_code (g_ptr_array_index (conflicts, i)),
                      OVS_CONFLICT_CODE_BELOW_MINIMUM_SIZE))
      gtk_widget_add_css_class (label, "error");
  gtk_box_append (GTK_BOX (box), label);
  if (conflicts->len > 0)
    {
      g_autofree char *why = ovs_roster_conflicts_text (conflicts);

      gtk_box_append (GTK_BOX (box), ovs_roster_badge_new (ovs_roster_highest_severity (conflicts), why));
    }
  gtk_widget_add_css_class (box, "roster-footer");
  return box;
}

static void
cell_clicked_cb (OvsRosterCell *cell, OvsRosterGrid *self)
{
  g_signal_emit (self, signals[CELL_ACTIVATED], 0, ovs_roster_cell_get_row (cell), ovs_roster_cell_get_day (cell));
}

/* --- building --- */

static void
clear (OvsRosterGrid *self)
{
  for (guint p = 0; p < N_PANES; p++)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (self->panes[p])) != NULL)
        gtk_widget_unparent (child);
    }
  g_ptr_array_set_size (self->table, 0);
  self->n_rows = 0;
  gtk_widget_set_visible (self->corner, FALSE);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
attach (OvsRosterGrid *self, PaneKind kind, guint row, guint column, GtkWidget *child)
{
  g_ptr_array_index (self->table, row * N_COLUMNS + column) = child;
  gtk_widget_set_parent (child, self->panes[kind]);
}

/* Each pane holds its children row by row, so that a screen reader reads the headers, the names and
 * then the week member by member. */
static void
build (OvsRosterGrid *self)
{
  guint n = ovs_roster_week_get_n_rows (self->week);

  self->n_rows = n + 2;
  g_ptr_array_set_size (self->table, self->n_rows * N_COLUMNS);
  g_ptr_array_index (self->table, 0) = self->corner;
  gtk_widget_set_visible (self->corner, TRUE);
  for (guint d = 0; d < 7; d++)
    attach (self, PANE_HEADER, 0, d + 1, day_header (self, d));
  for (guint r = 0; r < n; r++)
    {
      attach (self, PANE_NAMES, r + 1, 0, name_cell (self, r));
      for (guint d = 0; d < 7; d++)
        {
          GtkWidget *cell = ovs_roster_cell_new (self->week, r, d);

          g_signal_connect_object (cell, "clicked", G_CALLBACK (cell_clicked_cb), self, 0);
          attach (self, PANE_BODY, r + 1, d + 1, cell);
        }
    }
  attach (self, PANE_NAMES, n + 1, 0, plain_label (_("On duty"), "roster-day"));
  for (guint d = 0; d < 7; d++)
    attach (self, PANE_BODY, n + 1, d + 1, day_footer (self, d));
}

/* --- layout --- */

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->y, g_free);
  g_clear_pointer (&layout->height, g_free);
  layout->n_rows = 0;
}

static void
measure_columns (OvsRosterGrid *self, int *minimum, int *natural)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    minimum[c] = natural[c] = 0;
  for (guint r = 0; r < self->n_rows; r++)
    for (guint c = 0; c < N_COLUMNS; c++)
      {
        int min, nat;

        gtk_widget_measure (at (self, r, c), GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
        minimum[c] = MAX (minimum[c], min);
        natural[c] = MAX (natural[c], nat);
      }
}

/* The columns at @width. The names first get their natural width, as long as every day keeps its
 * minimum; the days share the rest as a GtkBox does: natural when the week fits, shrunk towards
 * their minimum when it does not (then they scroll), and room to spare alike. */
static void
layout_columns (OvsRosterGrid *self, int width, Layout *layout)
{
  GtkRequestedSize days[N_COLUMNS - 1];
  int minimum[N_COLUMNS], natural[N_COLUMNS];
  int room = width - 2 * PADDING - (N_COLUMNS - 1) * SPACING;
  int extra;

  measure_columns (self, minimum, natural);
  for (guint c = 1; c < N_COLUMNS; c++)
    {
      days[c - 1] = (GtkRequestedSize) { NULL, minimum[c], natural[c] };
      room -= minimum[c];
    }
  layout->width[0] = CLAMP (room, minimum[0], natural[0]);
  room -= layout->width[0];
  extra = gtk_distribute_natural_allocation (MAX (0, room), N_COLUMNS - 1, days);
  for (guint c = 1; c < N_COLUMNS; c++)
    layout->width[c] = days[c - 1].minimum_size + extra / 7 + ((int) c <= extra % 7);
  layout->total_width = 2 * PADDING + (N_COLUMNS - 1) * SPACING;
  for (guint c = 0; c < N_COLUMNS; c++)
    layout->total_width += layout->width[c];
  layout->x[0] = 0;
  layout->x[1] = 0;
  for (guint c = 2; c < N_COLUMNS; c++)
    layout->x[c] = layout->x[c - 1] + layout->width[c - 1] + SPACING;
}

/* Each row as high as its highest widget at its column's width. */
static void
layout_rows (OvsRosterGrid *self, Layout *layout)
{
  layout_clear (layout);
  layout->n_rows = self->n_rows;
  layout->y = g_new0 (int, self->n_rows);
  layout->height = g_new0 (int, self->n_rows);
  layout->total_height = 2 * PADDING;
  for (guint r = 0; r < self->n_rows; r++)
    {
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          int min, nat;

          gtk_widget_measure (at (self, r, c), GTK_ORIENTATION_VERTICAL, layout->width[c], &min, &nat, NULL, NULL);
          layout->height[r] = MAX (layout->height[r], nat);
        }
      if (r >= 2)
        layout->y[r] = layout->y[r - 1] + layout->height[r - 1] + SPACING;
      layout->total_height += layout->height[r] + (r > 0 ? SPACING : 0);
    }
}

static void
ovs_roster_grid_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                         int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  OvsRosterGrid *self = OVS_ROSTER_GRID (widget);
  Layout layout = { 0 };

  *minimum = *natural = 0;
  if (self->n_rows == 0)
    return;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min[N_COLUMNS], nat[N_COLUMNS];

      measure_columns (self, min, nat);
      *minimum = *natural = 2 * PADDING + (N_COLUMNS - 1) * SPACING;
      for (guint c = 0; c < N_COLUMNS; c++)
        *minimum += min[c], *natural += nat[c];
      return;
    }
  if (for_size < 0)
    {
      int min;

      ovs_roster_grid_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, &for_size, NULL, NULL);
    }
  layout_columns (self, for_size, &layout);
  layout_rows (self, &layout);
  *minimum = *natural = layout.total_height;
  layout_clear (&layout);
}

static GtkSizeRequestMode
ovs_roster_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The panes' corner: the days start right of the names and below the header. */
static int
days_x (OvsRosterGrid *self)
{
  return PADDING + self->layout.width[0] + SPACING;
}

static int
members_y (OvsRosterGrid *self)
{
  return PADDING + (self->n_rows > 0 ? self->layout.height[0] : 0) + SPACING;
}

static void
allocate_child (GtkWidget *child, int x, int y, int width, int height)
{
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, MAX (width, 0), MAX (height, 0) }, -1);
}

/* A pane's children at their rows and columns: the header row moves sideways with the days, the names
 * up and down with the members, the cells and the day totals both ways. */
static void
place_children (OvsRosterGrid *self, PaneKind kind)
{
  const Layout *layout = &self->layout;
  int dx = kind == PANE_NAMES ? 0 : (int) gtk_adjustment_get_value (self->adjustments[GTK_ORIENTATION_HORIZONTAL]);
  int dy = kind == PANE_HEADER ? 0 : (int) gtk_adjustment_get_value (self->adjustments[GTK_ORIENTATION_VERTICAL]);
  guint first_row = kind == PANE_HEADER ? 0 : 1;
  guint last_row = kind == PANE_HEADER ? 1 : layout->n_rows;
  guint first_column = kind == PANE_NAMES ? 0 : 1;
  guint last_column = kind == PANE_NAMES ? 1 : N_COLUMNS;

  /* Until the grid has laid out a new week, its rows are not known. */
  if (self->n_rows == 0 || layout->n_rows != self->n_rows)
    return;
  for (guint r = first_row; r < last_row; r++)
    for (guint c = first_column; c < last_column; c++)
      allocate_child (at (self, r, c), layout->x[c] - dx, layout->y[r] - dy, layout->width[c], layout->height[r]);
}

/* The scroll @value that shows [@start, @start + @size) within @page, moving as little as needed. */
static double
reveal (double value, int start, int size, int page)
{
  if (start + size - value > page)
    value = start + size - page;
  return MIN (value, start);
}

static void
reveal_focus (OvsRosterGrid *self, int width, int height, double *dx, double *dy)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (guint r = 1; focus != NULL && r < self->n_rows; r++)
    for (guint c = 1; c < N_COLUMNS; c++)
      if (focus == at (self, r, c) || gtk_widget_is_ancestor (focus, at (self, r, c)))
        {
          *dx = reveal (self->reveal_at_start ? self->layout.x[c] : *dx, self->layout.x[c], self->layout.width[c],
                        width - days_x (self) - PADDING);
          *dy = reveal (*dy, self->layout.y[r], self->layout.height[r], height - members_y (self) - PADDING);
        }
}

/* A cell that gets the focus (arrow keys, Tab, a new week) scrolls into view, as GtkViewport does it. */
static void
focus_changed_cb (OvsRosterGrid *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  if (focus != NULL && gtk_widget_is_ancestor (focus, self->panes[PANE_BODY]))
    {
      self->reveal_focus = TRUE;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }
}

static void
ovs_roster_grid_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ovs_roster_grid_parent_class)->root (widget);
  g_signal_connect_object (gtk_widget_get_root (widget), "notify::focus-widget", G_CALLBACK (focus_changed_cb),
                           widget, G_CONNECT_SWAPPED);
}

static void
ovs_roster_grid_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_root (widget), focus_changed_cb, widget);
  GTK_WIDGET_CLASS (ovs_roster_grid_parent_class)->unroot (widget);
}

static void
configure (GtkAdjustment *adjustment, double value, int total, int page)
{
  int upper = MAX (total, page);

  gtk_adjustment_configure (adjustment, CLAMP (value, 0, upper - page), 0, upper, page * 0.1, page * 0.9, page);
}

static void
ovs_roster_grid_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  OvsRosterGrid *self = OVS_ROSTER_GRID (widget);
  double dx = gtk_adjustment_get_value (self->adjustments[GTK_ORIENTATION_HORIZONTAL]);
  double dy = gtk_adjustment_get_value (self->adjustments[GTK_ORIENTATION_VERTICAL]);

  layout_columns (self, width, &self->layout);
  layout_rows (self, &self->layout);
  if (self->reveal_focus)
    reveal_focus (self, width, height, &dx, &dy);
  self->reveal_focus = self->reveal_at_start = FALSE;
  configure (self->adjustments[GTK_ORIENTATION_HORIZONTAL], dx, self->layout.total_width, width);
  configure (self->adjustments[GTK_ORIENTATION_VERTICAL], dy, self->n_rows > 0 ? self->layout.total_height : 0, height);
  if (self->n_rows > 0)
    allocate_child (self->corner, PADDING, PADDING, self->layout.width[0], self->layout.height[0]);
  allocate_child (self->panes[PANE_HEADER], days_x (self), PADDING, width - days_x (self),
                  self->n_rows > 0 ? self->layout.height[0] : 0);
  allocate_child (self->panes[PANE_NAMES], PADDING, members_y (self), self->layout.width[0], height - members_y (self));
  allocate_child (self->panes[PANE_BODY], days_x (self), members_y (self), width - days_x (self),
                  height - members_y (self));
  /* A pane whose size stays the same is not allocated again, but its children move when scrolled. */
  for (guint p = 0; p < N_PANES; p++)
    place_children (self, p);
}

/* --- GtkScrollable --- */

static void
adjustment_value_changed_cb (GtkAdjustment *adjustment, OvsRosterGrid *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
set_adjustment (OvsRosterGrid *self, GtkOrientation orientation, GtkAdjustment *adjustment)
{
  GtkAdjustment **slot = &self->adjustments[orientation];

  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
  g_set_object (slot, g_object_ref_sink (adjustment));
  g_object_unref (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (adjustment_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify (G_OBJECT (self), orientation == GTK_ORIENTATION_HORIZONTAL ? "hadjustment" : "vadjustment");
}

static void
ovs_roster_grid_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsRosterGrid *self = OVS_ROSTER_GRID (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
    case PROP_VADJUSTMENT:
      set_adjustment (self, prop_id == PROP_HADJUSTMENT ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL,
                      g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
    case PROP_VSCROLL_POLICY:
      self->policies[prop_id == PROP_HSCROLL_POLICY ? 0 : 1] = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_roster_grid_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsRosterGrid *self = OVS_ROSTER_GRID (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->adjustments[prop_id == PROP_HADJUSTMENT ? 0 : 1]);
      break;
    case PROP_HSCROLL_POLICY:
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->policies[prop_id == PROP_HSCROLL_POLICY ? 0 : 1]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* --- public --- */

void
ovs_roster_grid_set_week (OvsRosterGrid *self, OvsRosterWeek *week, const char *today)
{
  guint row = 0, day = 0;
  gboolean had_focus;

  g_return_if_fail (OVS_IS_ROSTER_GRID (self));
  had_focus = ovs_roster_grid_get_focus_cell (self, &row, &day);
  g_set_object (&self->week, week);
  g_free (self->today);
  self->today = g_strdup (today);
  clear (self);
  if (week == NULL)
    return;
  build (self);
  if (had_focus && row < ovs_roster_week_get_n_rows (week))
    gtk_widget_grab_focus (at (self, row + 1, day + 1));
}

OvsRosterWeek *
ovs_roster_grid_get_week (OvsRosterGrid *self)
{
  g_return_val_if_fail (OVS_IS_ROSTER_GRID (self), NULL);
  return self->week;
}

gboolean
ovs_roster_grid_get_focus_cell (OvsRosterGrid *self, guint *row, guint *day)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *cell = focus ? gtk_widget_get_ancestor (focus, OVS_TYPE_ROSTER_CELL) : NULL;

  g_return_val_if_fail (OVS_IS_ROSTER_GRID (self), FALSE);
  if (cell == NULL || !gtk_widget_is_ancestor (cell, GTK_WIDGET (self)))
    return FALSE;
  *row = ovs_roster_cell_get_row (OVS_ROSTER_CELL (cell));
  *day = ovs_roster_cell_get_day (OVS_ROSTER_CELL (cell));
  return TRUE;
}

void
ovs_roster_grid_focus (OvsRosterGrid *self)
{
  guint day = 0;

  g_return_if_fail (OVS_IS_ROSTER_GRID (self));
  if (self->week == NULL || ovs_roster_week_get_n_rows (self->week) == 0)
    return;
  for (guint d = 0; d < 7; d++)
    if (g_strcmp0 (ovs_roster_week_get_date (self->week, d), self->today) == 0)
      day = d;
  /* On a phone the week opens on today, with the days after it beside it. */
  self->reveal_focus = self->reveal_at_start = TRUE;
  gtk_widget_grab_focus (at (self, 1, day + 1));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* --- GObject --- */

static void
ovs_roster_grid_dispose (GObject *object)
{
  OvsRosterGrid *self = OVS_ROSTER_GRID (object);

  g_clear_pointer (&self->corner, gtk_widget_unparent);
  for (guint p = 0; p < N_PANES; p++)
    g_clear_pointer (&self->panes[p], gtk_widget_unparent);
  for (guint o = 0; o < 2; o++)
    if (self->adjustments[o] != NULL)
      {
        g_signal_handlers_disconnect_by_func (self->adjustments[o], adjustment_value_changed_cb, self);
        g_clear_object (&self->adjustments[o]);
      }
  g_clear_pointer (&self->table, g_ptr_array_unref);
  layout_clear (&self->layout);
  g_clear_object (&self->week);
  g_clear_pointer (&self->today, g_free);
  G_OBJECT_CLASS (ovs_roster_grid_parent_class)->dispose (object);
}

static void
ovs_roster_grid_class_init (OvsRosterGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_roster_grid_dispose;
  object_class->set_property = ovs_roster_grid_set_property;
  object_class->get_property = ovs_roster_grid_get_property;
  widget_class->measure = ovs_roster_grid_measure;
  widget_class->size_allocate = ovs_roster_grid_size_allocate;
  widget_class->get_request_mode = ovs_roster_grid_get_request_mode;
  widget_class->root = ovs_roster_grid_root;
  widget_class->unroot = ovs_roster_grid_unroot;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /* ::cell-activated (row, day): a cell was clicked or activated with the keyboard. */
  signals[CELL_ACTIVATED] = g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  gtk_widget_class_set_css_name (widget_class, "rostergrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ovs_roster_grid_init (OvsRosterGrid *self)
{
  self->table = g_ptr_array_new ();
  self->corner = plain_label (_("Member"), "roster-day");
  gtk_widget_set_visible (self->corner, FALSE);
  gtk_widget_set_parent (self->corner, GTK_WIDGET (self));
  for (guint p = 0; p < N_PANES; p++)
    gtk_widget_set_parent ((self->panes[p] = pane_new (self, p)), GTK_WIDGET (self));
  set_adjustment (self, GTK_ORIENTATION_HORIZONTAL, NULL);
  set_adjustment (self, GTK_ORIENTATION_VERTICAL, NULL);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Week roster"), -1);
}

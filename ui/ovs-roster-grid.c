/* ovs-roster-grid.c — the week as a GtkGrid of OvsRosterCell buttons. A crew has a handful of
 * members, so rebuilding the grid's few dozen widgets when the week changes is cheaper and simpler
 * than recycling them; it happens only on a new week, crew or change in the store. */
#include "config.h"

#include <glib/gi18n.h>

#include "ovs-roster-cell.h"
#include "ovs-roster-grid.h"

struct _OvsRosterGrid
{
  GtkWidget      parent_instance;

  GtkWidget     *grid;
  OvsRosterWeek *week;
  char          *today;
};

G_DEFINE_FINAL_TYPE (OvsRosterGrid, ovs_roster_grid, GTK_TYPE_WIDGET)

enum { CELL_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

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
  g_autofree char *hours = NULL;
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
  if (g_strcmp0 (row->role, "team_leader") == 0 || g_strcmp0 (row->role, "stand_in") == 0)
    gtk_box_append (GTK_BOX (box), plain_label (g_str_equal (row->role, "team_leader") ? _("Team leader")
                                                                                      : _("Stand-in"), "caption"));
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

  /* Translators: a day's head count in the grid's footer against the crew's minimum: "4 / min. 3". */
  text = g_strdup_printf (_("%u / min. %d"), count, min);
  label = plain_label (text, "numeric");
  gtk_widget_set_hexpand (label, TRUE);
  /* Red only where the core finds the day short, not on a Saturday a single person works. */
  for (guint i = 0; i < conflicts->len; i++)
    if (g_str_equal (ovs_conflict_get_code (g_ptr_array_index (conflicts, i)), "below_minimum_size"))
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

static void
clear (OvsRosterGrid *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
}

static void
build (OvsRosterGrid *self)
{
  GtkGrid *grid = GTK_GRID (self->grid);
  guint n = ovs_roster_week_get_n_rows (self->week);

  gtk_grid_attach (grid, plain_label (_("Member"), "roster-day"), 0, 0, 1, 1);
  for (guint d = 0; d < 7; d++)
    gtk_grid_attach (grid, day_header (self, d), (int) d + 1, 0, 1, 1);
  for (guint r = 0; r < n; r++)
    {
      gtk_grid_attach (grid, name_cell (self, r), 0, (int) r + 1, 1, 1);
      for (guint d = 0; d < 7; d++)
        {
          GtkWidget *cell = ovs_roster_cell_new (self->week, r, d);

          g_signal_connect_object (cell, "clicked", G_CALLBACK (cell_clicked_cb), self, 0);
          gtk_grid_attach (grid, cell, (int) d + 1, (int) r + 1, 1, 1);
        }
    }
  gtk_grid_attach (grid, plain_label (_("On duty"), "roster-day"), 0, (int) n + 1, 1, 1);
  for (guint d = 0; d < 7; d++)
    gtk_grid_attach (grid, day_footer (self, d), (int) d + 1, (int) n + 1, 1, 1);
}

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
    gtk_widget_grab_focus (gtk_grid_get_child_at (GTK_GRID (self->grid), (int) day + 1, (int) row + 1));
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
  GtkWidget *cell;

  g_return_if_fail (OVS_IS_ROSTER_GRID (self));
  if (self->week == NULL || ovs_roster_week_get_n_rows (self->week) == 0)
    return;
  for (guint d = 0; d < 7; d++)
    if (g_strcmp0 (ovs_roster_week_get_date (self->week, d), self->today) == 0)
      day = d;
  cell = gtk_grid_get_child_at (GTK_GRID (self->grid), (int) day + 1, 1);
  if (cell != NULL)
    gtk_widget_grab_focus (cell);
}

static void
ovs_roster_grid_dispose (GObject *object)
{
  OvsRosterGrid *self = OVS_ROSTER_GRID (object);

  g_clear_pointer (&self->grid, gtk_widget_unparent);
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

  /* ::cell-activated (row, day): a cell was clicked or activated with the keyboard. */
  signals[CELL_ACTIVATED] = g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rostergrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ovs_roster_grid_init (OvsRosterGrid *self)
{
  self->grid = gtk_grid_new ();
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), FALSE);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 4);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Week roster"), -1);
}

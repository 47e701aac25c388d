/* ovs-roster-cell.c — a day of one member in the week grid. A button, so that it takes the focus,
 * answers Enter and Space, and reads as one thing to a screen reader. */
#include "config.h"

#include <glib/gi18n.h>

#include "roster/ovs-roster-cell.h"

struct _OvsRosterCell
{
  GtkButton  parent_instance;

  guint      row;
  guint      day;
};

G_DEFINE_FINAL_TYPE (OvsRosterCell, ovs_roster_cell, GTK_TYPE_BUTTON)

OvsConflictSeverity
ovs_roster_highest_severity (GPtrArray *conflicts)
{
  OvsConflictSeverity highest = OVS_CONFLICT_INFO;

  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    highest = MAX (highest, ovs_conflict_get_severity (g_ptr_array_index (conflicts, i)));
  return highest;
}

GtkWidget *
ovs_roster_badge_new (OvsConflictSeverity severity, const char *text)
{
  static const char *classes[] = { "roster-badge-info", "roster-badge-warning", "roster-badge-error" };
  static const char *icons[] = { "dialog-information-symbolic", "dialog-warning-symbolic", "dialog-error-symbolic" };
  GtkWidget *badge = gtk_image_new_from_icon_name (icons[MIN (severity, OVS_CONFLICT_ERROR)]);

  gtk_widget_add_css_class (badge, classes[MIN (severity, OVS_CONFLICT_ERROR)]);
  gtk_widget_set_tooltip_text (badge, text);
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Roster conflict"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  return badge;
}

static GtkWidget *
cell_label (const char *text, const char *css_class, int lines)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), lines > 1);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_lines (GTK_LABEL (label), lines);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
add_shift (GtkBox *box, OvsShift *shift, GtkWidget *badge)
{
  g_autofree char *times = ovs_roster_shift_times (shift);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *time = cell_label (times, "roster-time", 1);
  const char *task = ovs_shift_get_task (shift);

  gtk_widget_set_hexpand (time, TRUE);
  gtk_box_append (GTK_BOX (line), time);
  if (ovs_shift_get_is_override (shift))
    {
      GtkWidget *mark = gtk_image_new_from_icon_name ("document-edit-symbolic");

      gtk_widget_set_tooltip_text (mark, _("Changed by hand: regenerating keeps it"));
      gtk_widget_add_css_class (mark, "dim-label");
      gtk_box_append (GTK_BOX (line), mark);
    }
  if (badge != NULL)
    gtk_box_append (GTK_BOX (line), badge);
  gtk_box_append (box, line);
  if (task != NULL && *task)
    gtk_box_append (box, cell_label (task, "roster-task", 2));
}

static void
fill (OvsRosterCell *self, const OvsRosterWeekCell *cell)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *badge = NULL;
  g_autofree char *conflicts = ovs_roster_conflicts_text (cell->conflicts);

  if (cell->conflicts->len > 0)
    badge = ovs_roster_badge_new (ovs_roster_highest_severity (cell->conflicts), conflicts);
  for (guint i = 0; i < cell->shifts->len; i++)
    add_shift (GTK_BOX (box), g_ptr_array_index (cell->shifts, i), i == 0 ? g_steal_pointer (&badge) : NULL);
  if (cell->absence != NULL)
    gtk_box_append (GTK_BOX (box), cell_label (cell->absence, cell->holiday ? "roster-holiday" : "roster-absence", 2));
  if (badge != NULL)
    gtk_box_append (GTK_BOX (box), badge);
  if (!cell->member && cell->shifts->len == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "roster-outside");
  if (cell->absent_all_day)
    gtk_widget_add_css_class (GTK_WIDGET (self), "roster-absent");
  gtk_button_set_child (GTK_BUTTON (self), box);
  if (*conflicts)
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), conflicts);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, conflicts, -1);
    }
}

GtkWidget *
ovs_roster_cell_new (OvsRosterWeek *week, guint row, guint day)
{
  OvsRosterCell *self = g_object_new (OVS_TYPE_ROSTER_CELL, NULL);
  g_autofree char *label = ovs_roster_week_cell_label (week, row, day);

  self->row = row;
  self->day = day;
  fill (self, &ovs_roster_week_get_row (week, row)->days[day]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return GTK_WIDGET (self);
}

guint
ovs_roster_cell_get_row (OvsRosterCell *self)
{
  g_return_val_if_fail (OVS_IS_ROSTER_CELL (self), 0);
  return self->row;
}

guint
ovs_roster_cell_get_day (OvsRosterCell *self)
{
  g_return_val_if_fail (OVS_IS_ROSTER_CELL (self), 0);
  return self->day;
}

static void
ovs_roster_cell_class_init (OvsRosterCellClass *klass)
{
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "button");
}

static void
ovs_roster_cell_init (OvsRosterCell *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "roster-cell");
  gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), FALSE);
}

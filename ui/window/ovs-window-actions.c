/* ovs-window-actions.c — the window's actions. Search, new and undo belong to the section shown:
 * the window forwards them to that page's "page.search", "page.new" and "page.undo" actions, which a
 * page installs with gtk_widget_class_install_action() when it has something to search, make or undo. */
#include "config.h"

#include "window/ovs-window-private.h"

static void
forward_to_page (OvsWindow *self, const char *action)
{
  GtkWidget *page = ovs_window_get_visible_page (self);

  if (page != NULL)
    gtk_widget_activate_action (page, action, NULL);
}

static void
search_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  forward_to_page (OVS_WINDOW (widget), "page.search");
}

static void
new_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  forward_to_page (OVS_WINDOW (widget), "page.new");
}

static void
undo_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  forward_to_page (OVS_WINDOW (widget), "page.undo");
}

/* Import belongs to the Medewerkers section wherever it is asked for (the first-start page too):
 * show that section, then forward to its "page.import". */
static void
import_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsWindow *self = OVS_WINDOW (widget);

  ovs_window_show_sections (self);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_str_equal (gtk_widget_get_name (row), "medewerkers"))
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
  gtk_stack_set_visible_child_name (self->content_stack, "medewerkers");
  forward_to_page (self, "page.import");
}

static void
back_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsWindow *self = OVS_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
_ovs_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_cb);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_cb);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_cb);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_cb);

  /* Undo as a binding on the window (bubble phase), so that a focused text field undoes its own
   * typing first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
}

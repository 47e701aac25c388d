/* ovs-window.c — the main window: sections in a sidebar, their pages in a stack, folding to one
 * column on a narrow screen. */
#include "config.h"

#include <glib/gi18n.h>

#include "admin/ovs-admin-page.h"
#include "employees/ovs-employees-page.h"
#include "window/ovs-first-start-page.h"
#include "overview/ovs-overview-page.h"
#include "roster/ovs-roster-page.h"
#include "covenants/ovs-covenants-page.h"
#include "crews/ovs-crews-page.h"
#include "milestones/ovs-milestones-page.h"
#include "organisations/ovs-organisations-page.h"
#include "placements/ovs-placements-page.h"
#include "projection/ovs-projection-page.h"
#include "widgets/ovs-list-detail.h"
#include "transfers/ovs-transfers-page.h"
#include "widgets/ovs-wrap-box.h"
#include "window/ovs-window-private.h"

/* The sections, in sidebar order. A page is an OvsSectionPage (construct property "store"); it is
 * shown only to roles with @permission. Add a section with one line here. */
typedef struct
{
  const char    *name;
  const char    *title;
  const char    *icon_name;
  GType        (*get_type) (void);
  OvsPermission  permission;
} OvsSection;

static const OvsSection sections[] = {
  { "overzicht", N_("Overview"), "view-grid-symbolic", ovs_overview_page_get_type, OVS_PERM_VIEW_EMPLOYEES },
  /* [pages] e.g. { "medewerkers", N_("Employees"), "system-users-symbolic", ovs_employees_page_get_type,
   *                OVS_PERM_VIEW_EMPLOYEES }; Placements, Transfer and Covenants need OVS_PERM_VIEW_HR_SECTIONS */
  { "medewerkers", N_("Employees"), "system-users-symbolic", ovs_employees_page_get_type, OVS_PERM_VIEW_EMPLOYEES },
  { "organisaties", N_("Organisations"), "system-users-symbolic", ovs_organisations_page_get_type,
    OVS_PERM_VIEW_HR_SECTIONS },
  { "plaatsingen", N_("Placements"), "find-location-symbolic", ovs_placements_page_get_type, OVS_PERM_VIEW_HR_SECTIONS },
  { "ploegen", N_("Crews"), "applications-engineering-symbolic", ovs_crews_page_get_type, OVS_PERM_VIEW_EMPLOYEES },
  { "roosters", N_("Rosters"), "x-office-calendar-symbolic", ovs_roster_page_get_type, OVS_PERM_VIEW_EMPLOYEES },
  { "overgang", N_("Transfer"), "emblem-documents-symbolic", ovs_transfers_page_get_type, OVS_PERM_VIEW_HR_SECTIONS },
  { "convenanten", N_("Covenants"), "x-office-document-symbolic", ovs_covenants_page_get_type, OVS_PERM_VIEW_HR_SECTIONS },
  { "mijlpalen", N_("Milestones"), "emblem-default-symbolic", ovs_milestones_page_get_type, OVS_PERM_VIEW_EMPLOYEES },
  { "prognose", N_("Projection"), "x-office-spreadsheet-symbolic", ovs_projection_page_get_type, OVS_PERM_VIEW_HR_SECTIONS },
  { "beheer", N_("Administration"), "preferences-system-symbolic", ovs_admin_page_get_type, OVS_PERM_VIEW_HR_SECTIONS },
};

G_DEFINE_FINAL_TYPE (OvsWindow, ovs_window, ADW_TYPE_APPLICATION_WINDOW)

static GtkWidget *
section_header (OvsWindow *self, const OvsSection *section)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_(section->title), NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "win.back");
  gtk_widget_set_tooltip_text (back, _("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"), -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), back);
  /* The back button and the window buttons on the left only make sense when the sidebar is folded away. */
  g_object_bind_property (self->leaflet, "folded", back, "visible", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->leaflet, "folded", header, "show-start-title-buttons", G_BINDING_SYNC_CREATE);
  return header;
}

static GtkWidget *
sidebar_row (const OvsSection *section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(section->title));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (section->icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, section->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, _(section->title), -1);
  return row;
}

/* A section's page is made the first time it is shown: with 20,000 employees, building every list
 * up front would keep the window from appearing for many seconds. */
static GtkWidget *
ensure_page (OvsWindow *self, GtkWidget *box)
{
  const OvsSection *section = g_object_get_data (G_OBJECT (box), "ovs-section");
  GtkWidget *page = g_object_get_data (G_OBJECT (box), "ovs-page");

  if (page == NULL && section != NULL && self->store != NULL)
    {
      page = g_object_new (section->get_type (), "store", self->store, "vexpand", TRUE, NULL);
      gtk_box_append (GTK_BOX (box), page);
      g_object_set_data (G_OBJECT (box), "ovs-page", page);
    }
  return page;
}

static void
add_section (OvsWindow *self, const OvsSection *section)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), section_header (self, section));
  g_object_set_data (G_OBJECT (box), "ovs-section", (gpointer) section);
  gtk_stack_add_titled (self->content_stack, box, section->name, _(section->title));
  gtk_list_box_append (self->sidebar, sidebar_row (section));
}

static void
remove_sections (OvsWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content_stack))) != NULL)
    gtk_stack_remove (self->content_stack, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar))) != NULL)
    gtk_list_box_remove (self->sidebar, child);
}

static void
build_sections (OvsWindow *self)
{
  g_autofree char *subtitle = NULL;

  remove_sections (self);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (ovs_store_can (self->store, sections[i].permission))
      add_section (self, &sections[i]);
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, 0));

  /* Translators: the sidebar's subtitle: the user's name and role, e.g. "anna · kwartiermaker". */
  subtitle = g_strdup_printf (_("%s · %s"), ovs_store_get_user (self->store),
                              ovs_vocab_label (OVS_TYPE_ROLE, ovs_store_get_role (self->store)));
  adw_window_title_set_subtitle (self->sidebar_title, subtitle);
}

/* Selecting a row (mouse, keyboard or assistive technology) shows its section; activating it also
 * goes to the content when the sidebar is folded. */
static void
sidebar_row_selected_cb (OvsWindow *self, GtkListBoxRow *row)
{
  GtkWidget *box;

  if (row == NULL)
    return;
  box = gtk_stack_get_child_by_name (self->content_stack, gtk_widget_get_name (GTK_WIDGET (row)));
  ensure_page (self, box);
  gtk_stack_set_visible_child (self->content_stack, box);
}

static void
sidebar_row_activated_cb (OvsWindow *self, GtkListBoxRow *row)
{
  sidebar_row_selected_cb (self, row);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Another user saved a change (PostgreSQL's NOTIFY): the lists refresh on ::changed; the toast says
 * who, one at a time, so that a burst of changes does not stack a column of toasts. */
static void
changed_elsewhere_cb (OvsStore *store, const char *entity, const char *user, const char *role, OvsWindow *self)
{
  g_autofree char *title = NULL;

  if (user == NULL || *user == '\0')
    return;
  title = *role != '\0' ? g_strdup_printf (_("Updated by %s (%s)"), user, role)
                         : g_strdup_printf (_("Updated by %s"), user);
  if (self->elsewhere_toast != NULL)
    {
      adw_toast_set_title (self->elsewhere_toast, title);
      return;
    }
  self->elsewhere_toast = adw_toast_new (title);
  g_object_add_weak_pointer (G_OBJECT (self->elsewhere_toast), (gpointer *) &self->elsewhere_toast);
  adw_toast_overlay_add_toast (self->toast_overlay, self->elsewhere_toast);
}

void
ovs_window_set_store (OvsWindow *self, OvsStore *store, gboolean first_start)
{
  g_return_if_fail (OVS_IS_WINDOW (self));
  g_return_if_fail (OVS_IS_STORE (store));

  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed-elsewhere", G_CALLBACK (changed_elsewhere_cb), self, 0);
  build_sections (self);
  if (first_start)
    {
      ovs_first_start_page_set_store (OVS_FIRST_START_PAGE (self->first_start_page), store);
      gtk_stack_set_visible_child_name (self->main_stack, "first-start");
    }
  else
    ovs_window_show_sections (self);
}

void
ovs_window_show_sections (OvsWindow *self)
{
  g_return_if_fail (OVS_IS_WINDOW (self));
  gtk_stack_set_visible_child_name (self->main_stack, "sections");
}

void
ovs_window_show_error (OvsWindow *self, const char *title, const char *message)
{
  g_return_if_fail (OVS_IS_WINDOW (self));

  g_clear_object (&self->store);
  remove_sections (self);
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

OvsStore *
ovs_window_get_store (OvsWindow *self)
{
  g_return_val_if_fail (OVS_IS_WINDOW (self), NULL);
  return self->store;
}

GtkWidget *
ovs_window_get_visible_page (OvsWindow *self)
{
  GtkWidget *box;

  g_return_val_if_fail (OVS_IS_WINDOW (self), NULL);
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "sections"))
    return NULL;
  box = gtk_stack_get_visible_child (self->content_stack);
  return box ? ensure_page (self, box) : NULL;
}

void
ovs_window_add_toast (OvsWindow *self, const char *message)
{
  g_return_if_fail (OVS_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* --- size kept in the settings --- */

static GSettings *
window_settings (OvsWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return OVS_IS_APPLICATION (app) ? ovs_application_get_settings (OVS_APPLICATION (app)) : NULL;
}

static gboolean
ovs_window_close_request (GtkWindow *window)
{
  OvsWindow *self = OVS_WINDOW (window);
  GSettings *settings = window_settings (self);
  int width, height;

  if (settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (ovs_window_parent_class)->close_request (window);
}

static void
restore_size (OvsWindow *self)
{
  GSettings *settings = window_settings (self);

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
ovs_window_dispose (GObject *object)
{
  OvsWindow *self = OVS_WINDOW (object);

  if (self->elsewhere_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->elsewhere_toast), (gpointer *) &self->elsewhere_toast);
  self->elsewhere_toast = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_WINDOW);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ovs_window_parent_class)->dispose (object);
}

static void
ovs_window_class_init (OvsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ovs_window_dispose;
  window_class->close_request = ovs_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OvsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OvsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OvsWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, OvsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OvsWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OvsWindow, first_start_page);
  gtk_widget_class_bind_template_child (widget_class, OvsWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  _ovs_window_class_actions_init (widget_class);
}

static void
ovs_window_init (OvsWindow *self)
{
  g_type_ensure (OVS_TYPE_FIRST_START_PAGE);
  /* The layout widgets the section pages' templates use. */
  g_type_ensure (OVS_TYPE_WRAP_BOX);
  g_type_ensure (OVS_TYPE_LIST_DETAIL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

OvsWindow *
ovs_window_new (OvsApplication *application)
{
  OvsWindow *self = g_object_new (OVS_TYPE_WINDOW, "application", application, NULL);

  restore_size (self);
  return self;
}

/* ovs-admin-page.c — the Beheer section: three lists in a view stack (users, parameters, public
 * holidays), each read from the core as overstap-cli lists them and refreshed on the store's
 * ::changed. What the user may change is the core's to say; the buttons of what they may not are
 * hidden. The forms are in ovs-admin-forms.c. */
#include "config.h"

#include <glib/gi18n.h>

#include "admin/ovs-admin-page-private.h"
#include "widgets/ovs-columns.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-vocab-list.h"
#include "widgets/ovs-wrap-box.h"

G_DEFINE_FINAL_TYPE (OvsAdminPage, ovs_admin_page, OVS_TYPE_SECTION_PAGE)

/* Holidays are stored as parameters (ovs_holidays_set_free() announces "parameter"); a user's crews
 * are named, so a renamed crew shows in the list. */
static const char * const watched[] = { "app_user", "parameter", "crew", NULL };

OvsAdminRow *
ovs_admin_page_selected (GtkSingleSelection *selection)
{
  return gtk_single_selection_get_selected_item (selection);
}

int
ovs_admin_page_year (OvsAdminPage *self)
{
  return gtk_spin_button_get_value_as_int (self->year_spin);
}

static OvsStore *
store_of (OvsAdminPage *self)
{
  return ovs_section_page_get_store (OVS_SECTION_PAGE (self));
}

static gboolean
is_server (OvsAdminPage *self)
{
  return ovs_store_is_server_address (ovs_store_get_path (store_of (self)));
}

/* Which actions apply to the list in view and its selection, for a user who may change them. */
static void
update_actions (OvsAdminPage *self)
{
  OvsStore *store = store_of (self);
  gboolean users = store != NULL && ovs_store_can (store, OVS_PERM_EDIT_USERS);
  gboolean params = store != NULL && ovs_store_can (store, OVS_PERM_EDIT_PARAMETERS);
  OvsAdminRow *user = ovs_admin_page_selected (self->users_selection);
  gboolean active = user != NULL && ovs_admin_row_get_string (user, "ended_on") == NULL;
  gboolean leader = active && g_strcmp0 (ovs_admin_row_get_string (user, "role"),
                                         ovs_vocab_code (OVS_TYPE_ROLE, OVS_ROLE_TEAMLEIDER)) == 0;

  gtk_widget_set_visible (self->new_user_button, users);
  gtk_widget_set_visible (self->grant_button, users);
  gtk_widget_set_visible (self->end_user_button, users);
  /* Passwords are the database server's; a SQLite file knows its users by their computer login. */
  gtk_widget_set_visible (self->password_button, users && store != NULL && is_server (self));
  gtk_widget_set_visible (self->set_parameter_button, params);
  gtk_widget_set_visible (self->set_holiday_button, params);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new-user", users);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.grant-crew", users && leader);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.end-user", users && active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.password", users && active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.set-parameter", params);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.set-holiday", params);
}

static void
refresh_holidays (OvsAdminPage *self)
{
  g_autoptr(GError) error = NULL;
  JsonArray *rows = ovs_holidays_list (store_of (self), ovs_admin_page_year (self), &error);
  guint selected = gtk_single_selection_get_selected (self->holidays_selection);

  if (rows == NULL)
    ovs_section_toast (GTK_WIDGET (self), error->message);
  ovs_section_replace_items (self->holidays, ovs_admin_rows_from_json (rows));
  gtk_single_selection_set_selected (self->holidays_selection, selected);
}

static void
year_changed_cb (OvsAdminPage *self)
{
  if (store_of (self) != NULL)
    refresh_holidays (self);
}

static void
refresh_list (OvsAdminPage *self, GListStore *target, GtkSingleSelection *selection, JsonArray *rows,
              const GError *error)
{
  gint64 id = ovs_section_selected_id (selection);

  if (rows == NULL && error != NULL)
    ovs_section_toast (GTK_WIDGET (self), error->message);
  ovs_section_replace_items (target, ovs_admin_rows_from_json (rows));
  ovs_section_select_id (selection, id);
}

static void
ovs_admin_page_refresh (OvsSectionPage *page)
{
  OvsAdminPage *self = OVS_ADMIN_PAGE (page);
  g_autoptr(GError) user_error = NULL;
  g_autoptr(GError) parameter_error = NULL;
  JsonArray *users = ovs_users_list (store_of (self), &user_error);
  JsonArray *parameters = ovs_parameters_list (store_of (self), &parameter_error);
  gboolean no_parameters;

  refresh_list (self, self->users, self->users_selection, users, user_error);
  refresh_list (self, self->parameters, self->parameters_selection, parameters, parameter_error);
  no_parameters = g_list_model_get_n_items (G_LIST_MODEL (self->parameters)) == 0;
  gtk_widget_set_visible (self->parameters_empty, no_parameters);
  gtk_widget_set_visible (self->parameters_scroller, !no_parameters);
  refresh_holidays (self);
  update_actions (self);
}

/* --- columns --- */

static const char *
text (gpointer row, const char *member)
{
  const char *value = ovs_admin_row_get_string (row, member);

  return value != NULL ? value : "";
}

static char *
user_name (gpointer row)
{
  return g_strdup (text (row, "name"));
}

static char *
user_role (gpointer row)
{
  return ovs_vocab_text (OVS_TYPE_ROLE, text (row, "role"), OVS_VOCAB_TITLE);
}

static char *
user_crews (gpointer row)
{
  JsonArray *crews = json_object_get_array_member (ovs_admin_row_get_object (row), "crews");
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; crews != NULL && i < json_array_get_length (crews); i++)
    g_strv_builder_add (names, json_array_get_string_element (crews, i));
  joined = g_strv_builder_end (names);
  return g_strjoinv (", ", joined);
}

static char *
user_ended (gpointer row)
{
  return ovs_admin_row_get_string (row, "ended_on") != NULL
         ? ovs_date_iso_to_display (ovs_admin_row_get_string (row, "ended_on")) : g_strdup ("");
}

static char *
parameter_name (gpointer row)
{
  return ovs_vocab_text (OVS_TYPE_PARAMETER_NAME, text (row, "name"), OVS_VOCAB_TITLE);
}

static char *
date_member (gpointer row, const char *member)
{
  const char *iso = ovs_admin_row_get_string (row, member);

  return iso != NULL ? ovs_date_iso_to_display (iso) : g_strdup ("");
}

static char *
parameter_from (gpointer row)
{
  return date_member (row, "valid_from");
}

static char *
parameter_to (gpointer row)
{
  return date_member (row, "valid_to");
}

static char *
parameter_value (gpointer row)
{
  return ovs_format_decimal_trimmed (json_object_get_double_member (ovs_admin_row_get_object (row), "value"), 4);
}

static char *
holiday_date (gpointer row)
{
  return date_member (row, "date");
}

static char *
holiday_name (gpointer row)
{
  return g_strdup (text (row, "name"));
}

static char *
holiday_free (gpointer row)
{
  return g_strdup (json_object_get_boolean_member (ovs_admin_row_get_object (row), "free") ? _("Day off")
                                                                                           : _("Working day"));
}

static int
compare_names (gconstpointer a, gconstpointer b, gpointer data)
{
  return g_utf8_collate (text ((gpointer) a, "name"), text ((gpointer) b, "name"));
}

static void
add_columns (OvsAdminPage *self)
{
  GtkColumnViewColumn *name = ovs_column_add_custom (self->users_view, _("User"), user_name,
                                                     GTK_SORTER (gtk_custom_sorter_new (compare_names, NULL, NULL)));

  ovs_column_add_custom (self->users_view, _("Role"), user_role, NULL);
  gtk_column_view_column_set_expand (ovs_column_add_custom (self->users_view, _("Crews"), user_crews, NULL), TRUE);
  ovs_column_add_custom (self->users_view, _("Access ended"), user_ended, NULL);
  gtk_column_view_sort_by_column (self->users_view, name, GTK_SORT_ASCENDING);

  gtk_column_view_column_set_expand (ovs_column_add_custom (self->parameters_view, _("Parameter"), parameter_name,
                                                            NULL), TRUE);
  /* The value before the end date: on a narrow screen it is what still shows. */
  ovs_column_add_custom (self->parameters_view, _("From"), parameter_from, NULL);
  ovs_column_add_custom (self->parameters_view, _("Value"), parameter_value, NULL);
  ovs_column_add_custom (self->parameters_view, _("Until"), parameter_to, NULL);

  ovs_column_add_custom (self->holidays_view, _("Date"), holiday_date, NULL);
  gtk_column_view_column_set_expand (ovs_column_add_custom (self->holidays_view, _("Public holiday"), holiday_name,
                                                            NULL), TRUE);
  ovs_column_add_custom (self->holidays_view, _("Under the CAO"), holiday_free, NULL);
}

/* --- actions --- */

static void
new_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsAdminPage *self = OVS_ADMIN_PAGE (widget);
  const char *shown = adw_view_stack_get_visible_child_name (self->stack);

  /* Ctrl+N adds to the list in view. */
  if (g_strcmp0 (shown, "parameters") == 0)
    gtk_widget_activate_action (widget, "page.set-parameter", NULL);
  else if (g_strcmp0 (shown, "holidays") == 0)
    gtk_widget_activate_action (widget, "page.set-holiday", NULL);
  else
    gtk_widget_activate_action (widget, "page.new-user", NULL);
}

#define FORM_ACTION(action, form) \
  static void action (GtkWidget *widget, const char *name, GVariant *param) { form (OVS_ADMIN_PAGE (widget)); }

FORM_ACTION (new_user_action, ovs_admin_new_user_form)
FORM_ACTION (grant_crew_action, ovs_admin_grant_crew_form)
FORM_ACTION (end_user_action, ovs_admin_end_user_form)
FORM_ACTION (password_action, ovs_admin_password_form)
FORM_ACTION (set_parameter_action, ovs_admin_parameter_form)
FORM_ACTION (set_holiday_action, ovs_admin_holiday_form)

static void
ovs_admin_page_setup (OvsSectionPage *page, OvsStore *store)
{
  ovs_section_page_set_can_add (page, ovs_store_can (store, OVS_PERM_EDIT_USERS));
}

static void
ovs_admin_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OVS_TYPE_ADMIN_PAGE);
  G_OBJECT_CLASS (ovs_admin_page_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, OvsAdminPage, name)

static void
ovs_admin_page_class_init (OvsAdminPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_admin_page_dispose;
  page_class->entities = watched;
  page_class->setup = ovs_admin_page_setup;
  page_class->refresh = ovs_admin_page_refresh;

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.new-user", NULL, new_user_action);
  gtk_widget_class_install_action (widget_class, "page.grant-crew", NULL, grant_crew_action);
  gtk_widget_class_install_action (widget_class, "page.end-user", NULL, end_user_action);
  gtk_widget_class_install_action (widget_class, "page.password", NULL, password_action);
  gtk_widget_class_install_action (widget_class, "page.set-parameter", NULL, set_parameter_action);
  gtk_widget_class_install_action (widget_class, "page.set-holiday", NULL, set_holiday_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-admin-page.ui");
  BIND (users);
  BIND (parameters);
  BIND (holidays);
  BIND (stack);
  BIND (new_user_button);
  BIND (grant_button);
  BIND (password_button);
  BIND (end_user_button);
  BIND (set_parameter_button);
  BIND (set_holiday_button);
  BIND (parameters_empty);
  BIND (parameters_scroller);
  BIND (users_view);
  BIND (parameters_view);
  BIND (holidays_view);
  BIND (users_selection);
  BIND (parameters_selection);
  BIND (holidays_selection);
  BIND (year_spin);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, year_changed_cb);
}

static void
ovs_admin_page_init (OvsAdminPage *self)
{
  g_autofree char *today = ovs_date_today_iso ();

  g_type_ensure (OVS_TYPE_ADMIN_ROW);
  g_type_ensure (OVS_TYPE_WRAP_BOX);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Before the store arrives: year_changed_cb() waits for it. */
  gtk_spin_button_set_value (self->year_spin, g_ascii_strtoll (today, NULL, 10));
  add_columns (self);
}

GtkWidget *
ovs_admin_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_ADMIN_PAGE, "store", store, NULL);
}

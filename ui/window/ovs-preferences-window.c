/* ovs-preferences-window.c — choosing the database and the user. Applying a row writes the setting;
 * the application listens to the settings and opens the store again. */
#include "config.h"

#include <glib/gi18n.h>

#include "window/ovs-access-log-page.h"
#include "window/ovs-preferences-window.h"

struct _OvsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GtkFileChooserNative *chooser;

  AdwEntryRow          *database_row;
  AdwActionRow         *current_row;
  AdwEntryRow          *user_row;
  AdwActionRow         *role_row;
};

G_DEFINE_FINAL_TYPE (OvsPreferencesWindow, ovs_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
apply_setting (OvsPreferencesWindow *self, const char *key, AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (self->settings == NULL)
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("Settings cannot be kept: the settings schema is not installed")));
      return;
    }
  g_settings_set_string (self->settings, key, text);
}

static void
database_apply_cb (OvsPreferencesWindow *self)
{
  apply_setting (self, "database-path", self->database_row);
}

static void
user_apply_cb (OvsPreferencesWindow *self)
{
  apply_setting (self, "user-name", self->user_row);
}

static void
chooser_response_cb (OvsPreferencesWindow *self, int response, GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      path = g_file_get_path (file);
      gtk_editable_set_text (GTK_EDITABLE (self->database_row), path ? path : "");
      database_apply_cb (self);
    }
  g_clear_object (&self->chooser);
}

static void
choose_clicked_cb (OvsPreferencesWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  /* Save mode, so that a new file name can be typed too: Overstap makes the database then. */
  self->chooser = gtk_file_chooser_native_new (_("Choose a Database File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Choose"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), "overstap.db");
  gtk_file_filter_set_name (filter, _("Overstap databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* libadwaita 1.2 has no selectable subtitles, so the path in use is copied with a button. */
static void
copy_clicked_cb (OvsPreferencesWindow *self)
{
  const char *path = adw_action_row_get_subtitle (self->current_row);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), path ? path : "");
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (_("Path copied")));
}

static void
show_current (OvsPreferencesWindow *self, OvsStore *store)
{
  if (self->settings != NULL)
    {
      g_autofree char *path = g_settings_get_string (self->settings, "database-path");
      g_autofree char *user = g_settings_get_string (self->settings, "user-name");

      gtk_editable_set_text (GTK_EDITABLE (self->database_row), path);
      gtk_editable_set_text (GTK_EDITABLE (self->user_row), user);
    }
  adw_action_row_set_subtitle (self->current_row, store ? ovs_store_get_path (store) : _("No database open"));
  adw_action_row_set_subtitle (self->role_row,
                               store ? ovs_vocab_label (OVS_TYPE_ROLE, ovs_store_get_role (store)) : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->role_row),
                                 store ? ovs_store_get_user (store) : _("Role"));
}

static void
ovs_preferences_window_dispose (GObject *object)
{
  OvsPreferencesWindow *self = OVS_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (ovs_preferences_window_parent_class)->dispose (object);
}

static void
ovs_preferences_window_class_init (OvsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_preferences_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, OvsPreferencesWindow, current_row);
  gtk_widget_class_bind_template_child (widget_class, OvsPreferencesWindow, user_row);
  gtk_widget_class_bind_template_child (widget_class, OvsPreferencesWindow, role_row);
  gtk_widget_class_bind_template_callback (widget_class, database_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, user_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);
}

static void
ovs_preferences_window_init (OvsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OvsPreferencesWindow *
ovs_preferences_window_new (GtkWindow *parent, GSettings *settings, OvsStore *store)
{
  OvsPreferencesWindow *self = g_object_new (OVS_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);

  AdwPreferencesPage *access_log = store ? ovs_access_log_page_new (store) : NULL;

  self->settings = settings ? g_object_ref (settings) : NULL;
  show_current (self, store);
  /* The kwartiermaker also reads who saw whose health data here. */
  if (access_log != NULL)
    adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), access_log);
  return self;
}

/* ovs-application.c — the desktop app: which database and user, settings, app actions.
 *
 * The database is --db, else OVERSTAP_DB, else the database-path setting, else the default path; the
 * user is --user, else the user-name setting, else the operating-system user. Choosing another
 * database or user in the preferences wins over the command line from then on. */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "bench/ovs-bench-frame.h"
#include "bench/ovs-bench-search.h"
#include "window/ovs-application.h"
#include "window/ovs-preferences-window.h"
#include "widgets/ovs-section-util.h"
#include "window/ovs-window.h"

struct _OvsApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  OvsStore       *store;
  char           *opt_db;
  char           *opt_user;
  gboolean        ignore_env;
  OvsBenchSearch *bench_search;
};

G_DEFINE_FINAL_TYPE (OvsApplication, ovs_application, ADW_TYPE_APPLICATION)

/* From ovs-ui-resources.c (compiled with --manual-register). */
void ovs_ui_register_resource (void);

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the database PATH"), N_("PATH") },
  { "user", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Work as user NAME (default: you)"), N_("NAME") },
  { NULL }
};

static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed; settings will not be kept "
                 "(set GSETTINGS_SCHEMA_DIR to the build's data folder)", APPLICATION_ID);
      return NULL;
    }
  return g_settings_new (APPLICATION_ID);
}

static char *
setting_or_null (OvsApplication *self, const char *key)
{
  g_autofree char *value = self->settings ? g_settings_get_string (self->settings, key) : NULL;

  return value != NULL && *value != '\0' ? g_steal_pointer (&value) : NULL;
}

static char *
choose_db_path (OvsApplication *self)
{
  const char *env = self->ignore_env ? NULL : g_getenv ("OVERSTAP_DB");
  char *setting;

  if (self->opt_db != NULL)
    return g_strdup (self->opt_db);
  if (env != NULL && *env != '\0')
    return g_strdup (env);
  if ((setting = setting_or_null (self, "database-path")) != NULL)
    return setting;
  return ovs_store_default_path ();
}

/* Nobody named: the store's own default, which on a server is the login role connected (a team
 * leader's own account) and otherwise the operating-system user. */
static char *
choose_user (OvsApplication *self, OvsStore *store)
{
  char *setting;

  if (self->opt_user != NULL)
    return g_strdup (self->opt_user);
  if ((setting = setting_or_null (self, "user-name")) != NULL)
    return setting;
  return ovs_store_default_user (store);
}

/* The benchmarks (tests/bench/bench-gui*.sh) observe the widgets from outside them. */
static OvsWindow *
new_window (OvsApplication *self)
{
  OvsWindow *window = ovs_window_new (self);

  if (g_strcmp0 (g_getenv ("OVERSTAP_BENCH"), "1") == 0)
    ovs_bench_frame_attach (GTK_WIDGET (window));
  return window;
}

static OvsWindow *
main_window (OvsApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return window != NULL ? OVS_WINDOW (window) : new_window (self);
}

/* Passwords of server databases in the Secret Service (the login keyring), one per database address. */
static const SecretSchema *
password_schema (void)
{
  static const SecretSchema schema = {
    "nl.overstap.Overstap.Database", SECRET_SCHEMA_NONE,
    { { "address", SECRET_SCHEMA_ATTRIBUTE_STRING }, { NULL, 0 } },
  };

  return &schema;
}

static void open_with (OvsApplication *self, OvsWindow *window, const char *path, const char *password,
                       gboolean from_dialog);

static void
password_response_cb (AdwMessageDialog *dialog, const char *response, OvsApplication *self)
{
  OvsWindow *window = OVS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "connect"))
    open_with (self, window, path, gtk_editable_get_text (entry), TRUE);
  else
    ovs_window_show_error (window, _("The Database Cannot Be Opened"),
                           _("The database server needs a password."));
}

/* The server asks for a password that neither ~/.pgpass nor the keyring had (or refused it). */
static void
ask_password (OvsApplication *self, OvsWindow *window, const char *path, const char *problem)
{
  g_autofree char *body = g_strdup_printf (_("The database server of %s asks for your password."), path);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                                         _("Password Needed"), body));
  GtkWidget *entry = gtk_password_entry_new ();

  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  g_object_set (entry, "activates-default", TRUE, NULL);
  if (problem != NULL)
    adw_message_dialog_format_body (dialog, "%s\n\n%s", body, problem);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "connect", _("C_onnect"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "connect", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "connect");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (password_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* A database that does not exist yet is made, with the standard organisations and the user as its
 * first kwartiermaker; the window then offers demo data or an import. A server that asks for a
 * password gets the keyring's, else the person's from a dialog, which the keyring then keeps. */
static void
open_with (OvsApplication *self, OvsWindow *window, const char *path, const char *password, gboolean from_dialog)
{
  g_autofree char *user = NULL;
  gboolean is_new = !ovs_store_is_server_address (path) && !g_file_test (path, G_FILE_TEST_EXISTS);
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) store = ovs_store_open_with_password (path, password, &error);

  g_clear_object (&self->store);
  if (store == NULL && g_error_matches (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NEEDS_PASSWORD))
    {
      char *saved = password == NULL ? secret_password_lookup_sync (password_schema (), NULL, NULL,
                                                                    "address", path, NULL) : NULL;

      if (saved != NULL)
        open_with (self, window, path, saved, FALSE);
      else
        ask_password (self, window, path, password != NULL ? error->message : NULL);
      secret_password_free (saved);
      return;
    }
  if (store == NULL)
    {
      ovs_window_show_error (window, _("The Database Cannot Be Opened"), error->message);
      return;
    }
  if (from_dialog)
    secret_password_store_sync (password_schema (), SECRET_COLLECTION_DEFAULT, path, password, NULL, NULL,
                                "address", path, NULL);
  /* A server database always exists (IT makes it): it is new while nobody has filled it. */
  if (ovs_store_is_server_address (path) && !ovs_store_is_empty (store, &is_new, &error))
    {
      ovs_window_show_error (window, _("The Database Cannot Be Opened"), error->message);
      return;
    }
  user = choose_user (self, store);
  if ((is_new && !ovs_store_init_defaults (store, user, &error)) || !ovs_store_set_user (store, user, &error))
    {
      gboolean unknown = g_error_matches (error, OVS_STORE_ERROR, OVS_STORE_ERROR_UNKNOWN_USER);

      ovs_window_show_error (window, unknown ? _("Unknown User") : _("The Database Cannot Be Opened"),
                             error->message);
      return;
    }
  self->store = g_steal_pointer (&store);
  ovs_window_set_store (window, self->store, is_new);
}

static void
open_store (OvsApplication *self, OvsWindow *window)
{
  g_autofree char *path = choose_db_path (self);

  open_with (self, window, path, NULL, FALSE);
}

void
ovs_application_reopen (OvsApplication *self)
{
  g_return_if_fail (OVS_IS_APPLICATION (self));
  open_store (self, main_window (self));
}

static void
settings_changed_cb (OvsApplication *self, const char *key, GSettings *settings)
{
  /* A choice made in the preferences replaces the one from the command line. */
  if (g_str_equal (key, "database-path"))
    {
      g_clear_pointer (&self->opt_db, g_free);
      self->ignore_env = TRUE;
    }
  else if (g_str_equal (key, "user-name"))
    g_clear_pointer (&self->opt_user, g_free);
  else
    return;
  if (gtk_application_get_active_window (GTK_APPLICATION (self)) != NULL)
    ovs_application_reopen (self);
}

static void
preferences_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  OvsApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  GtkWindow *preferences = GTK_WINDOW (ovs_preferences_window_new (parent, self->settings, self->store));

  ovs_section_fit_dialog (preferences);
  gtk_window_present (preferences);
}

static void
about_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  OvsApplication *self = user_data;
  /* The libraries Overstap is built on, each under its own licence; the figures' sources are named in
   * the README's rule list. */
  const char *built_with[] = {
    "GTK https://gtk.org", "libadwaita https://gnome.pages.gitlab.gnome.org/libadwaita/",
    "GLib https://docs.gtk.org/glib/", "SQLite https://sqlite.org", "PostgreSQL (libpq) https://www.postgresql.org",
    "libical https://github.com/libical/libical", "JSON-GLib https://gnome.pages.gitlab.gnome.org/json-glib/",
    "libxlsxwriter https://libxlsxwriter.github.io", "libcsv https://github.com/rgamble/libcsv",
    "cairo https://www.cairographics.org", NULL
  };
  const char *sources[] = {
    "wetten.overheid.nl https://wetten.overheid.nl", "UWV https://www.uwv.nl", "SVB https://www.svb.nl",
    "Rijksoverheid https://www.rijksoverheid.nl", NULL
  };
  const char *developers[] = { "Overstap-projectteam https://overstap.example/", NULL };
  GtkWidget *about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                                   "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                                   "application-name", "Overstap",
                                   "application-icon", APPLICATION_ID,
                                   "version", PACKAGE_VERSION,
                                   "developer-name", "Overstap-projectteam",
                                   "website", "https://overstap.example/",
                                   "issue-url", "https://overstap.example/meldingen",
                                   "comments", _("The transfer of Wsw employees from the sheltered-work "
                                                 "companies to the municipal foundation, and their work afterwards."),
                                   "copyright", "© 2026 Overstap-projectteam",
                                   "license-type", GTK_LICENSE_GPL_3_0,
                                   "developers", developers,
                                   "translator-credits", _("translator-credits"),
                                   NULL);

  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Built with"), built_with);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), _("Rules and figures from"), sources);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Closing the windows lets them keep their size in the settings. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (windows->data);
      windows = next;
    }
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_cb },
  { "about", about_cb },
  { "quit", quit_cb },
};

static void
ovs_application_startup (GApplication *app)
{
  OvsApplication *self = OVS_APPLICATION (app);
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  ovs_ui_register_resource ();
  G_APPLICATION_CLASS (ovs_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  if (g_getenv ("OVERSTAP_BENCH_SEARCH") != NULL)
    self->bench_search = ovs_bench_search_new (g_getenv ("OVERSTAP_BENCH_SEARCH"));
  self->settings = settings_new_if_installed ();
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
ovs_application_activate (GApplication *app)
{
  OvsApplication *self = OVS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (new_window (self));
      open_store (self, OVS_WINDOW (window));
    }
  gtk_window_present (window);
}

static int
ovs_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  OvsApplication *self = OVS_APPLICATION (app);

  g_variant_dict_lookup (options, "db", "^ay", &self->opt_db);
  g_variant_dict_lookup (options, "user", "s", &self->opt_user);
  return -1;
}

static void
ovs_application_dispose (GObject *object)
{
  OvsApplication *self = OVS_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->bench_search, ovs_bench_search_free);
  G_OBJECT_CLASS (ovs_application_parent_class)->dispose (object);
}

static void
ovs_application_finalize (GObject *object)
{
  OvsApplication *self = OVS_APPLICATION (object);

  g_free (self->opt_db);
  g_free (self->opt_user);
  G_OBJECT_CLASS (ovs_application_parent_class)->finalize (object);
}

static void
ovs_application_class_init (OvsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ovs_application_dispose;
  object_class->finalize = ovs_application_finalize;
  app_class->startup = ovs_application_startup;
  app_class->activate = ovs_application_activate;
  app_class->handle_local_options = ovs_application_handle_local_options;
}

static void
ovs_application_init (OvsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Overstap: the transfer of Wsw employees and their work afterwards."));
}

OvsApplication *
ovs_application_new (void)
{
  /* Not unique: every start may open another database (--db), and tests start several at once. */
  return g_object_new (OVS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/nl/overstap/Overstap",
                       NULL);
}

GSettings *
ovs_application_get_settings (OvsApplication *self)
{
  g_return_val_if_fail (OVS_IS_APPLICATION (self), NULL);
  return self->settings;
}

OvsStore *
ovs_application_get_store (OvsApplication *self)
{
  g_return_val_if_fail (OVS_IS_APPLICATION (self), NULL);
  return self->store;
}

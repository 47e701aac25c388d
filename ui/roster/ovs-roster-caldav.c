/* ovs-roster-caldav.c — publishing every feed to a CalDAV server from the window.
 *
 * The password lives in the Secret Service (GNOME Keyring, KWallet), keyed by the server's address
 * and the user: asked for once, stored only after the server accepted it, and never written anywhere
 * else. The publish runs in a GTask thread with a store of its own (a second SQLite connection, as the
 * overview's figures do), so that a slow server never blocks a frame. */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "overstap/ical/ovs-caldav.h"
#include "roster/ovs-roster-caldav.h"
#include "roster/ovs-roster-page-private.h"
#include "widgets/ovs-form-dialog.h"

static const SecretSchema *
caldav_schema (void)
{
  static const SecretSchema schema = {
    "nl.overstap.CalDAV", SECRET_SCHEMA_NONE,
    { { "url", SECRET_SCHEMA_ATTRIBUTE_STRING }, { "user", SECRET_SCHEMA_ATTRIBUTE_STRING }, { NULL, 0 } },
  };

  return &schema;
}

typedef struct
{
  char    *path;
  char    *app_user;
  char    *url;
  char    *user;
  char    *password;       /* typed in the form; NULL: from the keyring */
  OvsCaldavPublishStats stats;
} PublishJob;

static void
publish_job_free (PublishJob *job)
{
  g_free (job->path);
  g_free (job->app_user);
  g_free (job->url);
  g_free (job->user);
  if (job->password != NULL)
    memset (job->password, 0, strlen (job->password));
  g_free (job->password);
  g_free (job);
}

static gboolean
run_publish (PublishJob *job, GError **error)
{
  g_autoptr(OvsStore) store = ovs_store_open (job->path, error);
  g_autofree char *kept = NULL;
  OvsCaldavTarget target = { job->url, job->user, job->password };

  if (store == NULL || (job->app_user != NULL && !ovs_store_set_user (store, job->app_user, error)))
    return FALSE;
  if (job->password == NULL)
    {
      /* No keyring (a bare session) is no error: the server will say it wants a password. */
      kept = secret_password_lookup_sync (caldav_schema (), NULL, NULL, "url", job->url, "user", job->user, NULL);
      target.password = kept;
    }
  if (!ovs_caldav_publish_period (store, &target, NULL, NULL, &job->stats, error))
    {
      if (kept != NULL)
        secret_password_wipe (kept);
      return FALSE;
    }
  if (job->password != NULL)
    secret_password_store_sync (caldav_schema (), SECRET_COLLECTION_DEFAULT,
                                /* Translators: the keyring item of the CalDAV password. */
                                _("Overstap calendar server"), job->password, NULL, NULL,
                                "url", job->url, "user", job->user, NULL);
  if (kept != NULL)
    secret_password_wipe (kept);
  return TRUE;
}

static void
publish_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  if (run_publish (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
publish_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (source);
  PublishJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    /* Translators: after publishing to a CalDAV server: calendars, events, and what was sent. */
    message = g_strdup_printf (_("Published %u calendars with %u events: %u new, %u changed, %u removed"),
                               job->stats.calendars, job->stats.events, job->stats.created, job->stats.updated,
                               job->stats.deleted);
  _ovs_roster_page_toast (self, message ? message : error->message);
}

static gboolean
submit_cb (OvsFormDialog *form, gpointer user_data, GError **error)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (user_data);
  OvsStore *store = _ovs_roster_page_store (self);
  /* Each text is copied at once: the form keeps only the last one it was asked for. */
  g_autofree char *url = g_strdup (ovs_form_dialog_get_text (form, "url"));
  g_autofree char *user = g_strdup (ovs_form_dialog_get_text (form, "user"));
  char *password = g_strdup (ovs_form_dialog_get_text (form, "password"));
  g_autoptr(GTask) task = NULL;
  PublishJob *job;

  if (url == NULL)
    {
      g_free (password);
      ovs_form_dialog_mark_field (form, "url");
      g_set_error (error, OVS_CALDAV_ERROR, OVS_CALDAV_ERROR_URL, _("Give the address of the calendar server"));
      return FALSE;
    }
  job = g_new0 (PublishJob, 1);
  job->path = g_strdup (ovs_store_get_path (store));
  job->app_user = g_strdup (ovs_store_get_user (store));
  job->url = g_steal_pointer (&url);
  job->user = g_steal_pointer (&user);
  job->password = password;
  task = g_task_new (self, NULL, publish_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) publish_job_free);
  g_task_run_in_thread (task, publish_thread);
  /* Translators: while publishing to a CalDAV server in the background. */
  _ovs_roster_page_toast (self, _("Publishing to the calendar server…"));
  return TRUE;
}

/* The password row shows dots, not the password. */
static void
hide_text (GtkWidget *row)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (GTK_IS_TEXT (delegate))
    gtk_text_set_visibility (GTK_TEXT (delegate), FALSE);
}

void
_ovs_roster_caldav_publish (OvsRosterPage *self)
{
  OvsFormDialog *form = ovs_form_dialog_new (GTK_WIDGET (self), _("Publish to a calendar server"),
                                             _("Every crew's and employee's roster and the deadlines become a "
                                               "calendar on the CalDAV server (Nextcloud, SOGo, Radicale), for "
                                               "phones to subscribe to. Only what changed since the last "
                                               "publish is sent."),
                                             _("_Publish"));

  ovs_form_dialog_add_entry (form, "url", _("Address (https://…/calendars/user/)"), NULL);
  ovs_form_dialog_add_entry (form, "user", _("User"), NULL);
  hide_text (ovs_form_dialog_add_entry (form, "password", _("Password (empty: the one in the keyring)"), NULL));
  ovs_form_dialog_set_submit (form, submit_cb, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

/* ovs-conflict-dialog.c — the dialog of a save refused because someone else saved first. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "widgets/ovs-conflict-dialog.h"

static void
response_cb (AdwMessageDialog *dialog, const char *response, GObject *owner)
{
  OvsConflictChoice choice = g_object_get_data (G_OBJECT (dialog), "ovs-conflict-choice");

  if (g_strcmp0 (response, "reload") == 0)
    choice (owner, FALSE);
  else if (g_strcmp0 (response, "apply") == 0)
    choice (owner, TRUE);
}

void
ovs_conflict_dialog_present (GtkWidget *parent, const GError *error, OvsConflictChoice choice, GObject *owner)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  AdwMessageDialog *dialog;

  g_return_if_fail (error != NULL && choice != NULL && G_IS_OBJECT (owner));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Changed by someone else"), error->message));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reload", _("_Reload"),
                                    "apply", _("_Save Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "reload");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "ovs-conflict-choice", choice);
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_cb), owner, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

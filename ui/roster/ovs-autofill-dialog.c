/* ovs-autofill-dialog.c — the proposal as a list a team leader can read: day, + or −, times, who, and
 * why. Nothing is written until "Toepassen"; the core refuses if a shift became an override since. */
#include "config.h"

#include <glib/gi18n.h>

#include "roster/ovs-autofill-dialog.h"
#include "roster/ovs-roster-week.h"

struct _OvsAutofillDialog
{
  AdwMessageDialog  parent_instance;

  OvsStore         *store;
  gint64            crew_id;
  GListModel       *proposal;

  GtkListBox       *list;
};

G_DEFINE_FINAL_TYPE (OvsAutofillDialog, ovs_autofill_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum { DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

static char *
change_day (OvsRosterChange *change)
{
  g_autofree char *date = ovs_date_iso_to_display (ovs_roster_change_get_date (change));
  GDate day;

  if (!ovs_date_from_iso (ovs_roster_change_get_date (change), &day))
    return g_strdup (date);
  return g_strdup_printf ("%s %s", ovs_roster_day_name (g_date_get_weekday (&day) - 1), date);
}

static GtkWidget *
change_row (OvsRosterChange *change)
{
  gboolean add = g_strcmp0 (ovs_roster_change_get_action (change), "add") == 0;
  g_autofree char *day = change_day (change);
  g_autofree char *title = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (add ? "list-add-symbolic" : "list-remove-symbolic");

  /* Translators: one proposed change: day, times and name, e.g. "maandag 23-11-2026, 07:00–16:00: Jan de Vries". */
  title = g_strdup_printf (_("%s, %s–%s: %s"), day, ovs_roster_change_get_start_time (change),
                           ovs_roster_change_get_end_time (change), ovs_roster_change_get_employee_name (change));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ovs_roster_change_get_reason (change));
  gtk_widget_add_css_class (icon, add ? "success" : "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  add ? _("Add") : _("Remove"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
response_cb (AdwMessageDialog *dialog, const char *response, gpointer data)
{
  OvsAutofillDialog *self = OVS_AUTOFILL_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = g_list_model_get_n_items (self->proposal);

  if (g_strcmp0 (response, "apply") != 0)
    return;
  if (ovs_autofill_apply (self->store, self->crew_id, self->proposal, &error))
    /* Translators: after auto-fill was applied. */
    message = g_strdup_printf (ngettext ("Auto-fill applied: %u change", "Auto-fill applied: %u changes", n), n);
  else
    message = g_strdup (error->message);
  g_signal_emit (self, signals[DONE], 0, message);
}

GtkWidget *
ovs_autofill_dialog_new (GtkWindow *parent, OvsStore *store, gint64 crew_id, GListModel *proposal)
{
  OvsAutofillDialog *self = g_object_new (OVS_TYPE_AUTOFILL_DIALOG, "transient-for", parent, NULL);
  guint n = g_list_model_get_n_items (proposal);
  g_autofree char *body = NULL;

  self->store = g_object_ref (store);
  self->crew_id = crew_id;
  self->proposal = g_object_ref (proposal);
  /* Translators: the auto-fill dialog's text above the list of changes. */
  body = g_strdup_printf (ngettext ("%u change to fill the week fairly with as few conflicts as possible. "
                                    "Shifts changed by hand stay as they are.",
                                    "%u changes to fill the week fairly with as few conflicts as possible. "
                                    "Shifts changed by hand stay as they are.", n), n);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvsRosterChange) change = g_list_model_get_item (proposal, i);

      gtk_list_box_append (self->list, change_row (change));
    }
  return GTK_WIDGET (self);
}

static void
ovs_autofill_dialog_dispose (GObject *object)
{
  OvsAutofillDialog *self = OVS_AUTOFILL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_AUTOFILL_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (ovs_autofill_dialog_parent_class)->dispose (object);
}

static void
ovs_autofill_dialog_class_init (OvsAutofillDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_autofill_dialog_dispose;

  /* ::done (message): the proposal was applied, or the core refused it (its message). */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-autofill-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsAutofillDialog, list);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
ovs_autofill_dialog_init (OvsAutofillDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

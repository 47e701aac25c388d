/* ovs-roster-page-actions.c — the Roosters page's actions: week navigation (Ctrl+Page Up, Ctrl+Page Down),
 * generate, auto-fill, copy the week to the next weeks, export, publish and print (Ctrl+P);
 * "page.new" (Ctrl+N) opens the editor on the focused cell; "page.search" (Ctrl+F, OvsSectionPage's)
 * focuses the crew drop-down. */
#include "config.h"

#include <glib/gi18n.h>

#include "roster/ovs-absence-form.h"
#include "roster/ovs-autofill-dialog.h"
#include "roster/ovs-roster-caldav.h"
#include "roster/ovs-roster-page-private.h"
#include "roster/ovs-roster-print.h"
#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-section-util.h"

static const char *edit_actions[] = { "page.generate", "page.autofill", "page.new", "page.copy-week",
                                      "page.absence" };

void
_ovs_roster_page_update_actions (OvsRosterPage *self)
{
  gboolean editable = _ovs_roster_page_can_edit (self);
  gboolean any = self->crew_id != 0;
  GtkWidget *widget = GTK_WIDGET (self);

  for (guint i = 0; i < G_N_ELEMENTS (edit_actions); i++)
    gtk_widget_action_set_enabled (widget, edit_actions[i], editable);
  gtk_widget_action_set_enabled (widget, "page.export", editable);
  gtk_widget_action_set_enabled (widget, "page.print", any);
  /* Publishing writes every crew's feed, so only those who may plan every crew may. */
  gtk_widget_action_set_enabled (widget, "page.publish",
                                 ovs_store_can (_ovs_roster_page_store (self), OVS_PERM_EDIT_CREWS));
  gtk_widget_action_set_enabled (widget, "page.publish-caldav",
                                 ovs_store_can (_ovs_roster_page_store (self), OVS_PERM_EDIT_CREWS));
  gtk_widget_action_set_enabled (widget, "page.previous-week", any);
  gtk_widget_action_set_enabled (widget, "page.next-week", any);
  gtk_widget_action_set_enabled (widget, "page.today", any);
}

static GtkWindow *
parent_window (OvsRosterPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
add_days (const char *iso, int days)
{
  GDate date;

  if (!ovs_date_from_iso (iso, &date))
    return NULL;
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return ovs_date_to_iso (&date);
}

static void
move_weeks (OvsRosterPage *self, int weeks)
{
  g_autofree char *date = add_days (self->monday, 7 * weeks);

  if (date != NULL)
    _ovs_roster_page_go_to (self, date);
}

static void
previous_week_action (GtkWidget *widget, const char *name, GVariant *param)
{
  move_weeks (OVS_ROSTER_PAGE (widget), -1);
}

static void
next_week_action (GtkWidget *widget, const char *name, GVariant *param)
{
  move_weeks (OVS_ROSTER_PAGE (widget), 1);
}

static void
today_action (GtkWidget *widget, const char *name, GVariant *param)
{
  g_autofree char *today = ovs_date_today_iso ();

  _ovs_roster_page_go_to (OVS_ROSTER_PAGE (widget), today);
}

static void
generate_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *sunday = add_days (self->monday, 6);
  g_autofree char *message = NULL;
  OvsRosterStats stats;

  if (!ovs_roster_generate (_ovs_roster_page_store (self), self->crew_id, self->monday, sunday, &stats, &error))
    {
      _ovs_roster_page_toast (self, error->message);
      return;
    }
  /* Translators: after generating a week: shifts added, changed and cancelled, and hand-made ones kept. */
  message = g_strdup_printf (_("Week generated: %u added, %u changed, %u cancelled, %u kept"),
                             stats.added + stats.restored, stats.updated, stats.cancelled, stats.kept);
  _ovs_roster_page_toast (self, message);
}

static gboolean
parse_weeks (const char *text, guint *weeks, GError **error)
{
  char *end = NULL;
  gint64 n = text ? g_ascii_strtoll (text, &end, 10) : 0;

  if (text == NULL || *end != '\0' || n < 1 || n > 52)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("Give a number of weeks from 1 to 52."));
      return FALSE;
    }
  *weeks = (guint) n;
  return TRUE;
}

static gboolean
check_weeks (const char *text, GError **error)
{
  guint weeks;

  return parse_weeks (text, &weeks, error);
}

static gboolean
copy_week_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsRosterPage *self = data;
  g_autofree char *message = NULL;
  OvsRosterStats stats;
  guint weeks;

  if (!parse_weeks (ovs_form_dialog_get_text (form, "weeks"), &weeks, error))
    return ovs_form_dialog_mark_field (form, "weeks"), FALSE;
  if (!ovs_roster_copy_week (_ovs_roster_page_store (self), self->crew_id, self->monday, weeks, &stats, error))
    return FALSE;
  /* Translators: after copying a week: shifts added, replaced (cancelled) and already equal. */
  message = g_strdup_printf (_("Week copied: %u added, %u cancelled, %u unchanged"), stats.added, stats.cancelled,
                             stats.kept);
  _ovs_roster_page_toast (self, message);
  return TRUE;
}

/* The week shown, as it is now (hand-made changes too), repeated in the weeks after it. */
static void
copy_week_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (widget);
  OvsFormDialog *form = ovs_form_dialog_new (widget, _("Copy Week"),
                                             _("The weeks after this one get this week's shifts, per person and "
                                               "day; shifts that differ there are replaced."),
                                             _("_Copy"));

  ovs_form_dialog_add_entry (form, "weeks", _("Number of weeks after this one"), "1");
  ovs_form_dialog_set_check (form, "weeks", check_weeks);
  ovs_form_dialog_set_submit (form, copy_week_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static void
absence_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (widget);

  ovs_absence_form_open (widget, _ovs_roster_page_store (self), self->crew_id, self->monday);
}

static void
autofill_done_cb (OvsRosterPage *self, const char *message)
{
  _ovs_roster_page_toast (self, message);
}

static void
autofill_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *sunday = add_days (self->monday, 6);
  g_autoptr(GListModel) proposal = ovs_autofill_propose (_ovs_roster_page_store (self), self->crew_id, self->monday,
                                                         sunday, &error);
  GtkWidget *dialog;

  if (proposal == NULL)
    {
      _ovs_roster_page_toast (self, error->message);
      return;
    }
  if (g_list_model_get_n_items (proposal) == 0)
    {
      _ovs_roster_page_toast (self, _("Auto-fill has nothing to change in this week"));
      return;
    }
  dialog = ovs_autofill_dialog_new (parent_window (self), _ovs_roster_page_store (self), self->crew_id, proposal);
  g_signal_connect_object (dialog, "done", G_CALLBACK (autofill_done_cb), self, G_CONNECT_SWAPPED);
  ovs_section_fit_dialog (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- export and publish --- */

static const char *period_ids[] = { "1", "4", "13", NULL };
static const char *period_labels[] = { N_("This week"), N_("Four weeks from this week"),
                                       N_("Thirteen weeks from this week"), NULL };

static void
export_response_cb (GtkNativeDialog *chooser, int response, OvsRosterPage *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autoptr(GError) error = NULL;
  const char *period = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "period");
  int weeks = period ? atoi (period) : 1;
  g_autofree char *sunday = add_days (self->monday, 7 * MAX (weeks, 1) - 1);
  g_autofree char *ics = NULL, *path = NULL, *message = NULL;
  OvsRosterWeek *week = ovs_roster_grid_get_week (self->grid);

  if (response == GTK_RESPONSE_ACCEPT && file != NULL && week != NULL)
    {
      path = g_file_get_path (file);
      ics = ovs_ical_export_crew (_ovs_roster_page_store (self), ovs_roster_week_get_crew_name (week), self->monday,
                                  sunday, &error);
      if (ics != NULL && ovs_file_set_private_contents (path, ics, -1, &error))
        /* Translators: after exporting, the file's path. */
        message = g_strdup_printf (_("Roster saved as %s"), path);
      _ovs_roster_page_toast (self, message ? message : error->message);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (widget);
  OvsRosterWeek *week = ovs_roster_grid_get_week (self->grid);
  GtkFileChooserNative *chooser;
  g_autofree char *slug = NULL, *suggested = NULL;
  const char *labels[G_N_ELEMENTS (period_labels)];

  if (week == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export roster"), parent_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  slug = ovs_ical_slug (ovs_roster_week_get_crew_name (week));
  /* Translators: the suggested file name of an exported roster: crew and week number. */
  suggested = g_strdup_printf (_("%s-week-%u.ics"), slug, ovs_roster_week_get_number (week));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  for (guint i = 0; i < G_N_ELEMENTS (period_labels); i++)
    labels[i] = period_labels[i] ? _(period_labels[i]) : NULL;
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "period", _("Period"), period_ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "period", "1");
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
publish_response_cb (GtkNativeDialog *chooser, int response, OvsRosterPage *self)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *message = NULL;
  OvsIcalPublishStats stats = { 0 };

  if (response == GTK_RESPONSE_ACCEPT && folder != NULL)
    {
      path = g_file_get_path (folder);
      if (ovs_ical_publish_period (_ovs_roster_page_store (self), path, NULL, NULL, &stats, &error))
        /* Translators: after publishing the calendar feeds: files and events written. */
        message = g_strdup_printf (_("Published %u calendars with %u events in %s"), stats.files, stats.events, path);
      _ovs_roster_page_toast (self, message ? message : error->message);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
publish_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Publish calendars to a folder"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Publish"), _("_Cancel"));
  g_signal_connect (chooser, "response", G_CALLBACK (publish_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
publish_caldav_action (GtkWidget *widget, const char *name, GVariant *param)
{
  _ovs_roster_caldav_publish (OVS_ROSTER_PAGE (widget));
}

/* --- print --- */

static void
print_done_cb (GtkPrintOperation *operation, GtkPrintOperationResult result, OvsRosterPage *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      _ovs_roster_page_toast (self, error->message);
    }
}

static void
print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsRosterWeek) week = ovs_roster_week_load (_ovs_roster_page_store (self), self->crew_id,
                                                        self->monday, OVS_ROSTER_WEEK_PRINT, &error);
  g_autoptr(GtkPrintOperation) operation = NULL;

  if (week == NULL)
    {
      _ovs_roster_page_toast (self, error->message);
      return;
    }
  operation = ovs_roster_print_operation_new (week);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent_window (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    _ovs_roster_page_toast (self, error->message);
}

/* --- forwarded by the window --- */

static void
new_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsRosterPage *self = OVS_ROSTER_PAGE (widget);
  guint row = 0, day = 0;

  if (!ovs_roster_grid_get_focus_cell (self->grid, &row, &day))
    {
      _ovs_roster_page_toast (self, _("Choose a cell first: a member and a day"));
      return;
    }
  g_signal_emit_by_name (self->grid, "cell-activated", row, day);
}

void
_ovs_roster_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.previous-week", NULL, previous_week_action);
  gtk_widget_class_install_action (widget_class, "page.next-week", NULL, next_week_action);
  gtk_widget_class_install_action (widget_class, "page.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "page.generate", NULL, generate_action);
  gtk_widget_class_install_action (widget_class, "page.autofill", NULL, autofill_action);
  gtk_widget_class_install_action (widget_class, "page.copy-week", NULL, copy_week_action);
  gtk_widget_class_install_action (widget_class, "page.absence", NULL, absence_action);
  gtk_widget_class_install_action (widget_class, "page.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "page.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "page.publish-caldav", NULL, publish_caldav_action);
  gtk_widget_class_install_action (widget_class, "page.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);

  /* Ctrl+Page Up/Down, as for the previous and next page elsewhere in GNOME: Alt+Left stays "back" everywhere. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "page.previous-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "page.next-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "page.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "page.print", NULL);
}

/* ovs-employees-page-actions.c — the page's actions: new (Ctrl+N), undo (Ctrl+Z), import and export,
 * the editor's "saved", and toasts. The window forwards its shortcuts here as "page.new", "page.undo"
 * and "page.import"; "page.search" (Ctrl+F) is OvsSectionPage's. */
#include "config.h"

#include <glib/gi18n.h>

#include "employees/ovs-employees-page-private.h"
#include <overstap/overstap.h>
#include "employees/ovs-import-dialog.h"
#include "widgets/ovs-section-util.h"

void
_ovs_employees_page_toast (OvsEmployeesPage *self, const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
_ovs_employees_page_update_actions (OvsEmployeesPage *self)
{
  gboolean edit = ovs_section_page_get_can_add (OVS_SECTION_PAGE (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.import", edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.undo", ovs_employee_editor_can_undo (self->editor));
}

static GtkWindow *
parent_window (OvsEmployeesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
new_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsEmployeesPage *self = OVS_EMPLOYEES_PAGE (widget);

  /* A selection still to be restored after a refresh must not replace the empty form. */
  self->restore_id = 0;
  self->restoring = FALSE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  ovs_employee_editor_new_employee (self->editor);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  ovs_employee_editor_focus_first (self->editor);
}

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsEmployeesPage *self = OVS_EMPLOYEES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!ovs_employee_editor_can_undo (self->editor))
    return;
  self->restore_id = ovs_employee_editor_get_employee_id (self->editor);
  if (ovs_employee_editor_undo (self->editor, &error))
    {
      _ovs_employees_page_patch_row (self, self->restore_id);
      _ovs_employees_page_toast (self, _("Change undone"));
    }
  else
    _ovs_employees_page_toast (self, error->message);
  _ovs_employees_page_update_actions (self);
}

static void
editor_saved_cb (OvsEmployeesPage *self, gint64 id, gboolean added)
{
  AdwToast *toast;

  /* Show the saved row in the list and select it. */
  self->restore_id = id;
  _ovs_employees_page_patch_row (self, id);
  if (added)
    toast = adw_toast_new (_("Employee added"));
  else
    {
      toast = adw_toast_new (_("Changes saved"));
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "page.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  _ovs_employees_page_update_actions (self);
}

static void
editor_closed_cb (OvsEmployeesPage *self)
{
  adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* In a narrow window the editor lies over the list, and a click beside it hides it without the
 * editor's "closed": unselect then too, so that picking the same row opens it again. */
static void
flap_revealed_cb (OvsEmployeesPage *self)
{
  if (!adw_flap_get_reveal_flap (self->flap))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* --- import --- */

static void
imported_cb (OvsEmployeesPage *self, OvsImportReport *report)
{
  guint imported = ovs_import_report_get_n_imported (report);
  guint updated = ovs_import_report_get_n_updated (report);
  guint rejected = ovs_import_report_get_n_rejected (report);
  g_autofree char *message = NULL;

  if (!ovs_import_report_get_written (report))
    message = g_strdup (_("Nothing imported: rows were rejected and “All or nothing” was on"));
  else
    /* Translators: after an import, e.g. "Imported: 118 new, 2 updated, 3 rejected". */
    message = g_strdup_printf (_("Imported: %u new, %u updated, %u rejected"), imported, updated, rejected);
  _ovs_employees_page_toast (self, message);
}

static void
file_loaded_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(OvsEmployeesPage) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *basename = g_file_get_basename (G_FILE (source));
  gsize length;
  GtkWidget *dialog;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      _ovs_employees_page_toast (self, error->message);
      return;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  dialog = ovs_import_dialog_new (parent_window (self), ovs_section_page_get_store (OVS_SECTION_PAGE (self)), bytes,
                                  basename);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
  ovs_section_fit_dialog (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_response_cb (GtkNativeDialog *chooser, int response, OvsEmployeesPage *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    g_file_load_contents_async (file, NULL, file_loaded_cb, g_object_ref (self));
  g_object_unref (chooser);
}

static void
import_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsEmployeesPage *self = OVS_EMPLOYEES_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Employees"), parent_window (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- export --- */

static void
export_response_cb (GtkNativeDialog *chooser, int response, OvsEmployeesPage *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  OvsExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "ovs-format"));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  gint64 n;

  g_object_unref (chooser);
  if (response != GTK_RESPONSE_ACCEPT || path == NULL)
    return;
  n = ovs_export_employees (ovs_section_page_get_store (OVS_SECTION_PAGE (self)), format, path, &error);
  if (n < 0)
    _ovs_employees_page_toast (self, error->message);
  else
    {
      g_autofree char *count = ovs_format_int (n);
      g_autofree char *basename = g_file_get_basename (file);
      /* Translators: e.g. "120 employees exported to medewerkers.csv". */
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s employee exported to %s",
                                                               "%s employees exported to %s", n),
                                                  count, basename);

      _ovs_employees_page_toast (self, message);
    }
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsEmployeesPage *self = OVS_EMPLOYEES_PAGE (widget);
  OvsExportFormat format = OVS_EXPORT_FORMAT_CSV;
  g_autofree char *today = ovs_date_today_iso ();
  g_autofree char *suggested = NULL;
  GtkFileChooserNative *chooser;

  ovs_export_format_from_string (g_variant_get_string (param, NULL), &format);
  /* Translators: the suggested file name of an export; %s is today's date (yyyy-mm-dd). */
  suggested = g_strdup_printf (_("employees-%s.%s"), today, format == OVS_EXPORT_FORMAT_XLSX ? "xlsx" : "csv");
  chooser = gtk_file_chooser_native_new (_("Export Employees"), parent_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "ovs-format", GINT_TO_POINTER (format));
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_ovs_employees_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "page.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "page.export", "s", export_action);
  gtk_widget_class_bind_template_callback (widget_class, editor_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, flap_revealed_cb);
}

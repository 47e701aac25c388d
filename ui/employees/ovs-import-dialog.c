/* ovs-import-dialog.c — dry run first, then the real import, through the same core call. */
#include "config.h"

#include <glib/gi18n.h>

#include "employees/ovs-import-dialog.h"

struct _OvsImportDialog
{
  AdwWindow        parent_instance;

  OvsStore        *store;
  GBytes          *bytes;
  char            *file_name;
  OvsImportReport *preview;

  /* template */
  GtkWidget       *import_button;
  GtkLabel        *summary_label;
  GtkLabel        *detail_label;
  GtkCheckButton  *update_check;
  GtkCheckButton  *strict_check;
  GtkStack        *stack;
  GtkStackPage    *accepted_page;
  GtkStackPage    *rejected_page;
  GtkColumnView   *accepted_view;
  GtkColumnView   *rejected_view;
};

G_DEFINE_FINAL_TYPE (OvsImportDialog, ovs_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static char *
format_action (gpointer unused, const char *action)
{
  if (g_strcmp0 (action, "update") == 0)
    return g_strdup (_("Update"));
  if (g_strcmp0 (action, "insert") == 0)
    return g_strdup (_("New"));
  return g_strdup ("");
}

static OvsImportFlags
flags (OvsImportDialog *self)
{
  OvsImportFlags result = OVS_IMPORT_FLAGS_NONE;

  if (gtk_check_button_get_active (self->update_check))
    result |= OVS_IMPORT_UPDATE;
  if (gtk_check_button_get_active (self->strict_check))
    result |= OVS_IMPORT_STRICT;
  return result;
}

static void
set_model (GtkColumnView *view, GListModel *model)
{
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (model ? g_object_ref (model) : NULL);

  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
}

static void
show_whole_file_error (OvsImportDialog *self, const GError *error)
{
  gtk_label_set_text (self->summary_label, _("This file cannot be imported"));
  gtk_label_set_text (self->detail_label, error->message);
  set_model (self->accepted_view, NULL);
  set_model (self->rejected_view, NULL);
  gtk_widget_set_sensitive (self->import_button, FALSE);
}

static void
show_counts (OvsImportDialog *self, OvsImportReport *report)
{
  guint imported = ovs_import_report_get_n_imported (report);
  guint updated = ovs_import_report_get_n_updated (report);
  guint rejected = ovs_import_report_get_n_rejected (report);
  const char * const *ignored = ovs_import_report_get_ignored_columns (report);
  g_autofree char *summary = NULL, *accepted_title = NULL, *rejected_title = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);
  gboolean strict_blocks = rejected > 0 && gtk_check_button_get_active (self->strict_check);

  /* Translators: the preview's summary, e.g. "leden.csv: 118 new, 2 updates, 3 rejected". */
  summary = g_strdup_printf (_("%s: %u new, %u updates, %u rejected"), self->file_name, imported, updated, rejected);
  gtk_label_set_text (self->summary_label, summary);
  if (ignored != NULL && ignored[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) ignored);

      g_string_append_printf (detail, _("Ignored columns: %s."), list);
    }
  if (strict_blocks)
    g_string_append_printf (detail, "%s%s", detail->len ? " " : "",
                            _("With “All or nothing” on, nothing will be imported while rows are rejected."));
  gtk_label_set_text (self->detail_label, detail->str);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail->len > 0);

  /* Translators: the preview's tabs, with the number of rows in each. */
  accepted_title = g_strdup_printf (_("Accepted (%u)"), imported + updated);
  rejected_title = g_strdup_printf (_("Rejected (%u)"), rejected);
  gtk_stack_page_set_title (self->accepted_page, accepted_title);
  gtk_stack_page_set_title (self->rejected_page, rejected_title);
  gtk_widget_set_sensitive (self->import_button, imported + updated > 0 && !strict_blocks);
}

/* Checks every row as the real import will, writing nothing. */
static void
run_preview (OvsImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  OvsImportReport *report;

  report = ovs_import_employees_bytes (self->store, self->bytes, self->file_name, flags (self) | OVS_IMPORT_DRY_RUN,
                                       &error);
  g_clear_object (&self->preview);
  if (report == NULL)
    {
      show_whole_file_error (self, error);
      return;
    }
  self->preview = report;
  set_model (self->accepted_view, ovs_import_report_get_accepted (report));
  set_model (self->rejected_view, ovs_import_report_get_rejected (report));
  show_counts (self, report);
  if (ovs_import_report_get_n_rejected (report) > 0 &&
      ovs_import_report_get_n_imported (report) + ovs_import_report_get_n_updated (report) == 0)
    gtk_stack_set_visible_child_name (self->stack, "rejected");
}

static void
options_changed_cb (OvsImportDialog *self)
{
  if (self->bytes != NULL)
    run_preview (self);
}

static void
import_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsImportDialog *self = OVS_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = NULL;

  report = ovs_import_employees_bytes (self->store, self->bytes, self->file_name, flags (self), &error);
  if (report == NULL)
    {
      show_whole_file_error (self, error);
      return;
    }
  g_signal_emit (self, signals[IMPORTED], 0, report);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ovs_import_dialog_dispose (GObject *object)
{
  OvsImportDialog *self = OVS_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->preview);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->file_name, g_free);
  G_OBJECT_CLASS (ovs_import_dialog_parent_class)->dispose (object);
}

static void
ovs_import_dialog_class_init (OvsImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_import_dialog_dispose;

  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, OVS_TYPE_IMPORT_REPORT);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, OvsImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OvsImportDialog, detail_label);
  gtk_widget_class_bind_template_child (widget_class, OvsImportDialog, update_check);
  gtk_widget_class_bind_template_child (widget_class, OvsImportDialog, strict_check);
  gtk_widget_class_bind_template_child (widget_class, OvsImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, OvsImportDialog, accepted_page);
  gtk_widget_class_bind_template_child (widget_class, OvsImportDialog, rejected_page);
  gtk_widget_class_bind_template_child (widget_class, OvsImportDialog, accepted_view);
  gtk_widget_class_bind_template_child (widget_class, OvsImportDialog, rejected_view);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_action);
  gtk_widget_class_install_action (widget_class, "import.run", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (OVS_TYPE_IMPORT_ROW);
}

static void
ovs_import_dialog_init (OvsImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ovs_import_dialog_new (GtkWindow *parent, OvsStore *store, GBytes *bytes, const char *file_name)
{
  OvsImportDialog *self;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_object_new (OVS_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->bytes = g_bytes_ref (bytes);
  self->file_name = g_strdup (file_name);
  run_preview (self);
  return GTK_WIDGET (self);
}

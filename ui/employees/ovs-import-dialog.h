/* ovs-import-dialog.h — the preview of an employee import: a dry run's accepted and rejected rows
 * (line, column, value, reason), counts and ignored columns, the options "update existing" and
 * "all or nothing" (each change runs the dry run again), and "Import" for the real thing. */
#pragma once

#include <adwaita.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_IMPORT_DIALOG (ovs_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OvsImportDialog, ovs_import_dialog, OVS, IMPORT_DIALOG, AdwWindow)

/* Signal "imported" (OvsImportReport *report) after the real import, then the dialog closes. */
GtkWidget *ovs_import_dialog_new (GtkWindow  *parent,
                                  OvsStore   *store,
                                  GBytes     *bytes,
                                  const char *file_name);

G_END_DECLS

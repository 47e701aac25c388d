/* ovs-import-report.h — what an import did (or, in a dry run, would do): counts, the rows accepted
 * and rejected (as GListModels of OvsImportRow for the preview), the ignored columns, and a JSON form. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/people/ovs-import-row.h"

G_BEGIN_DECLS

#define OVS_TYPE_IMPORT_REPORT (ovs_import_report_get_type ())
G_DECLARE_FINAL_TYPE (OvsImportReport, ovs_import_report, OVS, IMPORT_REPORT, GObject)

/* Properties (read-only): file-name, n-imported, n-updated, n-rejected, dry-run, written. */
OvsImportReport    *ovs_import_report_new               (const char      *file_name,
                                                         gboolean         dry_run);

/* Building the report (the importer does this). */
void                ovs_import_report_add_row           (OvsImportReport *self,
                                                         OvsImportRow    *row);
/* An accepted row without a row object of its own: one is made only if a list model is asked for it,
 * which keeps a large import's report small. @action is insert or update. */
void                ovs_import_report_add_accepted      (OvsImportReport *self,
                                                         guint            line,
                                                         const char      *personnel_number,
                                                         const char      *name,
                                                         OvsImportRowAction action);
void                ovs_import_report_add_ignored_column (OvsImportReport *self,
                                                         const char      *column);
void                ovs_import_report_set_written       (OvsImportReport *self,
                                                         gboolean         written);
void                ovs_import_report_set_source        (OvsImportReport *self,
                                                         const char      *encoding,
                                                         char             delimiter);

const char         *ovs_import_report_get_file_name     (OvsImportReport *self);
gboolean            ovs_import_report_get_dry_run       (OvsImportReport *self);
/* TRUE when the accepted rows were committed to the database. */
gboolean            ovs_import_report_get_written       (OvsImportReport *self);
/* Rows accepted as new / as updates: what was written, or in a dry run what would be. */
guint               ovs_import_report_get_n_imported    (OvsImportReport *self);
guint               ovs_import_report_get_n_updated     (OvsImportReport *self);
guint               ovs_import_report_get_n_rejected    (OvsImportReport *self);
guint               ovs_import_report_get_n_rows        (OvsImportReport *self);
const char         *ovs_import_report_get_encoding      (OvsImportReport *self);
char                ovs_import_report_get_delimiter     (OvsImportReport *self);

/* GListModels of OvsImportRow in file order: every row, the accepted ones, the rejected ones. */
GListModel         *ovs_import_report_get_rows          (OvsImportReport *self);
GListModel         *ovs_import_report_get_accepted      (OvsImportReport *self);
GListModel         *ovs_import_report_get_rejected      (OvsImportReport *self);
/* Header names that are not employee columns, as written in the file. */
const char * const *ovs_import_report_get_ignored_columns (OvsImportReport *self);

/* {"file", "dry_run", "written", "imported", "updated",
 *  "rejected": [{"line", "column", "value", "reason", "message"}], "ignored_columns": [..],
 *  "accepted": [{"line", "personnel_number", "name", "action"}]} */
JsonObject         *ovs_import_report_to_json           (OvsImportReport *self);

G_END_DECLS

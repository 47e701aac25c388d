/* ovs-import.h — importing the personnel list (CSV from the sheltered-work company's HR system).
 *
 * Columns are found by header name (case-insensitive, any order, spaces around them ignored; a space
 * or dash inside counts as '_'); unknown columns are ignored and named in the report. A required
 * column missing from the header is an error for the whole file. The optional column dienstverband
 * holds "wsw" (also when empty or absent) or "nieuw beschut"; a nieuw beschut employee needs no value in
 * arbeidshandicap (the column itself must still be there). An --update from a file without
 * dienstverband keeps each employee's stored type. Each data row is checked on its own:
 * a row that breaks a rule is rejected (line, column, value, reason) and the others go on. All
 * accepted rows are written in one transaction, together with one audit row for the import.
 *
 * The same call serves the GUI's preview: with OVS_IMPORT_DRY_RUN every row is checked exactly as in
 * a real import (including the database's own rules) and then everything is rolled back.
 */
#pragma once

#include <gio/gio.h>

#include "overstap/people/ovs-import-report.h"
#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

#define OVS_IMPORT_ERROR (ovs_import_error_quark ())

typedef enum {
  OVS_IMPORT_ERROR_READ,             /* the file could not be read */
  OVS_IMPORT_ERROR_MISSING_COLUMNS,  /* required columns are absent from the header */
  OVS_IMPORT_ERROR_DUPLICATE_COLUMN, /* a column appears twice in the header */
} OvsImportError;

typedef enum {
  OVS_IMPORT_FLAGS_NONE = 0,
  OVS_IMPORT_DRY_RUN    = 1 << 0,  /* check and report only; write nothing */
  OVS_IMPORT_STRICT     = 1 << 1,  /* write nothing if any row is rejected */
  OVS_IMPORT_UPDATE     = 1 << 2,  /* a personnel number already present updates that employee */
} OvsImportFlags;

GQuark              ovs_import_error_quark      (void);

/* The employee columns in their export order, NULL-terminated; ovs_import_column_is_required() says
 * which must be in the header (arbeidshandicap is, though nieuw beschut rows may leave it empty). The
 * export writes them up to dienstverband; wsw_sinds and werkorganisatie follow, read by the import
 * only (optional). */
const char * const *ovs_import_employee_columns (void);
gboolean            ovs_import_column_is_required (const char      *column);

/* Imports the file at @path. Returns the report, or NULL with @error for a problem with the whole file
 * (unreadable, not CSV, missing columns, no permission, a database failure); then nothing is written.
 * Needs OVS_PERM_EDIT_EMPLOYEES. With OVS_IMPORT_STRICT and rejected rows the report comes back with
 * ovs_import_report_get_written() FALSE. */
OvsImportReport    *ovs_import_employees        (OvsStore        *store,
                                                 const char      *path,
                                                 OvsImportFlags   flags,
                                                 GError         **error);
/* The same for bytes already loaded (the GUI reads the chosen file asynchronously); @file_name is
 * what the report and the audit row call the file. */
OvsImportReport    *ovs_import_employees_bytes  (OvsStore        *store,
                                                 GBytes          *bytes,
                                                 const char      *file_name,
                                                 OvsImportFlags   flags,
                                                 GError         **error);

G_END_DECLS

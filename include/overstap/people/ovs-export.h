/* ovs-export.h — the personnel list out of Overstap, for HR: CSV that Excel on a Dutch Windows opens
 * as it is (UTF-8 with a byte order mark, ';', CRLF, dd-mm-jjjj, decimal comma) and XLSX with real
 * date and number cells. The columns are those of the import (ovs_import_employee_columns()), so an
 * exported CSV file imports again unchanged; the last, dienstverband, says "wsw" or "nieuw beschut".
 * Employees who left (status ended) are not exported.
 *
 * What the current role may not see stays empty: the BSN without OVS_PERM_VIEW_BSN, the indication
 * (arbeidshandicap, indicatie_geldig_tot) without OVS_PERM_VIEW_HEALTH. Every export writes an audit
 * row (action "export"), since the file carries personal data out of the application. */
#pragma once

#include <glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

#define OVS_EXPORT_ERROR (ovs_export_error_quark ())

typedef enum {
  OVS_EXPORT_ERROR_FAILED,   /* the file could not be written */
} OvsExportError;

typedef enum {
  OVS_EXPORT_FORMAT_CSV,
  OVS_EXPORT_FORMAT_XLSX,
} OvsExportFormat;

GQuark    ovs_export_error_quark         (void);

/* "csv" or "xlsx" (case-insensitive). */
gboolean  ovs_export_format_from_string  (const char       *text,
                                          OvsExportFormat  *format);

/* Writes the employees to @path. Needs OVS_PERM_VIEW_EMPLOYEES. Returns the number of employees
 * written, or -1 with @error set. */
gint64    ovs_export_employees           (OvsStore         *store,
                                          OvsExportFormat   format,
                                          const char       *path,
                                          GError          **error);
/* The same file as bytes (for standard output or a save dialog); @destination is what the audit row
 * records as the file. */
GBytes   *ovs_export_employees_bytes     (OvsStore         *store,
                                          OvsExportFormat   format,
                                          const char       *destination,
                                          GError          **error);

G_END_DECLS

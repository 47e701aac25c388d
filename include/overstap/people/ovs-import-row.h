/* ovs-import-row.h — one data row of an import file as the report (and the GUI's preview) sees it:
 * accepted as new, accepted as an update, or rejected with the column, value and reason. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  OVS_IMPORT_ROW_INSERT,    /* a new employee */
  OVS_IMPORT_ROW_UPDATE,    /* an existing employee changed (with --update) */
  OVS_IMPORT_ROW_REJECTED,  /* broke a rule; see column, value, reason and message */
} OvsImportRowAction;

#define OVS_TYPE_IMPORT_ROW (ovs_import_row_get_type ())
G_DECLARE_FINAL_TYPE (OvsImportRow, ovs_import_row, OVS, IMPORT_ROW, GObject)

/* Properties (all read-only): line (guint), action (string "insert", "update" or "rejected"),
 * rejected (gboolean), personnel-number, name ("Jan de Vries"), column, value, reason (the stable
 * code of ovs_validation_reason()), message (translated, without line and column). */
OvsImportRow       *ovs_import_row_new              (guint               line,
                                                     const char         *personnel_number,
                                                     const char         *name);
/* Marks the row rejected; @reason is the stable code. Used by the importer. */
void                ovs_import_row_reject           (OvsImportRow       *self,
                                                     const char         *column,
                                                     const char         *value,
                                                     const char         *reason,
                                                     const char         *message);
void                ovs_import_row_set_action       (OvsImportRow       *self,
                                                     OvsImportRowAction  action);

guint               ovs_import_row_get_line         (OvsImportRow       *self);
OvsImportRowAction  ovs_import_row_get_action       (OvsImportRow       *self);
gboolean            ovs_import_row_get_rejected     (OvsImportRow       *self);
const char         *ovs_import_row_get_personnel_number (OvsImportRow   *self);
const char         *ovs_import_row_get_name         (OvsImportRow       *self);
const char         *ovs_import_row_get_column       (OvsImportRow       *self);
const char         *ovs_import_row_get_value        (OvsImportRow       *self);
const char         *ovs_import_row_get_reason       (OvsImportRow       *self);
const char         *ovs_import_row_get_message      (OvsImportRow       *self);

G_END_DECLS

/* ovs-import-private.h — how an import report keeps its rows: compactly, with the OvsImportRow
 * objects the GUI's preview binds to made only when a list model is asked for them. An import of
 * 100,000 rows then builds 100,000 small records instead of 100,000 GObjects in two GListStores.
 * Not installed. */
#pragma once

#include <gio/gio.h>

#include "overstap/people/ovs-import-row.h"
#include "people/ovs-employee-private.h"

G_BEGIN_DECLS

/* One row of the file as the report keeps it. */
typedef struct
{
  guint               line;
  OvsImportRowAction  action;
  const char         *personnel_number;  /* in the table's string chunk */
  const char         *name;
  OvsImportRow       *object;            /* NULL until a list model hands the row out */
} OvsImportEntry;

/* The rows of one report, shared (reference counted) by the report and its list models, so that a
 * model outlives the report it came from. */
typedef struct _OvsImportTable OvsImportTable;

OvsImportTable *ovs_import_table_new         (void);
OvsImportTable *ovs_import_table_ref         (OvsImportTable  *table);
void            ovs_import_table_unref       (OvsImportTable  *table);
/* Appends a row (copying the strings) and returns its index. @object, if not NULL, is the row's
 * object (a reference is taken); otherwise one is made when first asked for. */
guint           ovs_import_table_append      (OvsImportTable  *table,
                                              guint            line,
                                              OvsImportRowAction action,
                                              const char      *personnel_number,
                                              const char      *name,
                                              OvsImportRow    *object);
guint           ovs_import_table_get_n_rows  (OvsImportTable  *table);
const OvsImportEntry *ovs_import_table_get   (OvsImportTable  *table,
                                              guint            index);
/* The row's object (new reference), made from the entry if there is none yet. */
OvsImportRow   *ovs_import_table_get_object  (OvsImportTable  *table,
                                              guint            index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsImportTable, ovs_import_table_unref)

/* A GListModel of OvsImportRow: every row of @table, or those whose indices are added with
 * ovs_import_row_list_append(). */
#define OVS_TYPE_IMPORT_ROW_LIST (ovs_import_row_list_get_type ())
G_DECLARE_FINAL_TYPE (OvsImportRowList, ovs_import_row_list, OVS, IMPORT_ROW_LIST, GObject)

OvsImportRowList *ovs_import_row_list_new    (OvsImportTable   *table,
                                              gboolean          all_rows);
/* Adds the row at @index of the table (a list of all rows takes the table's newest row and
 * ignores @index) and emits ::items-changed. */
void              ovs_import_row_list_append (OvsImportRowList *self,
                                              guint             index);

/* The importer's new employees, written many rows to a statement (ovs-import-write.c). Rows wait
 * until the writer is full or the importer flushes it; the importer keeps its report in file order
 * by filing each waiting row after the flush. */
typedef struct _OvsImportWriter OvsImportWriter;

/* Told of the waiting row at @index (in the order added since the last flush) that the database
 * refused (OVS_STORE_ERROR_DUPLICATE): nothing of it was written. */
typedef void (*OvsImportRefused) (gpointer user_data, guint index, const GError *error);

OvsImportWriter  *ovs_import_writer_new         (OvsStore          *store,
                                                 OvsEmployeeBatch  *batch);
void              ovs_import_writer_free        (OvsImportWriter   *self);
/* Checks @fields by the employee rules (as ovs_employee_batch_add() does) and keeps the row to be
 * written; FALSE with @error and *@field (the column, or NULL) when a rule refuses it. */
gboolean          ovs_import_writer_add         (OvsImportWriter   *self,
                                                 const OvsEmployeeFields *fields,
                                                 const char       **field,
                                                 GError           **error);
gboolean          ovs_import_writer_is_full     (OvsImportWriter   *self);
/* Writes the waiting rows with their history and audit rows. FALSE with @error when the database
 * failed otherwise: then the caller must roll back its whole transaction. */
gboolean          ovs_import_writer_flush       (OvsImportWriter   *self,
                                                 OvsImportRefused   refused,
                                                 gpointer           user_data,
                                                 GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsImportWriter, ovs_import_writer_free)

G_END_DECLS

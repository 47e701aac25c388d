/* ovs-import-private.h — how an import report keeps its rows: compactly, with the OvsImportRow
 * objects the GUI's preview binds to made only when a list model is asked for them. An import of
 * 100,000 rows then builds 100,000 small records instead of 100,000 GObjects in two GListStores.
 * Not installed. */
#pragma once

#include <gio/gio.h>

#include "overstap/people/ovs-import-row.h"

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

G_END_DECLS

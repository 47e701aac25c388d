/* ovs-import-row-list.c — the rows of an import report in compact form, and list models over them
 * that make OvsImportRow objects on demand (see ovs-import-private.h). */
#include "config.h"

#include "people/ovs-import-private.h"

struct _OvsImportTable
{
  GArray       *entries;   /* OvsImportEntry */
  GStringChunk *strings;
};

static void
clear_entry (gpointer data)
{
  OvsImportEntry *entry = data;

  g_clear_object (&entry->object);
}

OvsImportTable *
ovs_import_table_new (void)
{
  OvsImportTable *table = g_rc_box_new0 (OvsImportTable);

  table->entries = g_array_new (FALSE, FALSE, sizeof (OvsImportEntry));
  g_array_set_clear_func (table->entries, clear_entry);
  table->strings = g_string_chunk_new (64 * 1024);
  return table;
}

OvsImportTable *
ovs_import_table_ref (OvsImportTable *table)
{
  return g_rc_box_acquire (table);
}

static void
free_table (gpointer data)
{
  OvsImportTable *table = data;

  g_array_unref (table->entries);
  g_string_chunk_free (table->strings);
}

void
ovs_import_table_unref (OvsImportTable *table)
{
  g_rc_box_release_full (table, free_table);
}

guint
ovs_import_table_append (OvsImportTable *table, guint line, OvsImportRowAction action,
                         const char *personnel_number, const char *name, OvsImportRow *object)
{
  OvsImportEntry entry = {
    .line = line,
    .action = action,
    .personnel_number = g_string_chunk_insert (table->strings, personnel_number ? personnel_number : ""),
    .name = g_string_chunk_insert (table->strings, name ? name : ""),
    .object = object ? g_object_ref (object) : NULL,
  };

  g_array_append_val (table->entries, entry);
  return table->entries->len - 1;
}

guint
ovs_import_table_get_n_rows (OvsImportTable *table)
{
  return table->entries->len;
}

const OvsImportEntry *
ovs_import_table_get (OvsImportTable *table, guint index)
{
  g_return_val_if_fail (index < table->entries->len, NULL);
  return &g_array_index (table->entries, OvsImportEntry, index);
}

OvsImportRow *
ovs_import_table_get_object (OvsImportTable *table, guint index)
{
  OvsImportEntry *entry;

  g_return_val_if_fail (index < table->entries->len, NULL);
  entry = &g_array_index (table->entries, OvsImportEntry, index);
  if (entry->object == NULL)
    {
      entry->object = ovs_import_row_new (entry->line, entry->personnel_number, entry->name);
      ovs_import_row_set_action (entry->object, entry->action);
    }
  return g_object_ref (entry->object);
}

/* --- the list model --- */

struct _OvsImportRowList
{
  GObject         parent_instance;

  OvsImportTable *table;
  GArray         *indices;   /* guint; NULL: every row of the table */
  guint           n_items;
};

static void list_model_iface_init (GListModelInterface *iface);

static guint items_changed_signal;

G_DEFINE_FINAL_TYPE_WITH_CODE (OvsImportRowList, ovs_import_row_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return OVS_TYPE_IMPORT_ROW;
}

static guint
get_n_items (GListModel *model)
{
  return OVS_IMPORT_ROW_LIST (model)->n_items;
}

static gpointer
get_item (GListModel *model, guint position)
{
  OvsImportRowList *self = OVS_IMPORT_ROW_LIST (model);

  if (position >= self->n_items)
    return NULL;
  return ovs_import_table_get_object (self->table, self->indices != NULL
                                                   ? g_array_index (self->indices, guint, position)
                                                   : position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
ovs_import_row_list_finalize (GObject *object)
{
  OvsImportRowList *self = OVS_IMPORT_ROW_LIST (object);

  g_clear_pointer (&self->table, ovs_import_table_unref);
  g_clear_pointer (&self->indices, g_array_unref);

  G_OBJECT_CLASS (ovs_import_row_list_parent_class)->finalize (object);
}

static void
ovs_import_row_list_class_init (OvsImportRowListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ovs_import_row_list_finalize;
  items_changed_signal = g_signal_lookup ("items-changed", G_TYPE_LIST_MODEL);
}

static void
ovs_import_row_list_init (OvsImportRowList *self)
{
}

OvsImportRowList *
ovs_import_row_list_new (OvsImportTable *table, gboolean all_rows)
{
  OvsImportRowList *self = g_object_new (OVS_TYPE_IMPORT_ROW_LIST, NULL);

  self->table = ovs_import_table_ref (table);
  if (!all_rows)
    self->indices = g_array_new (FALSE, FALSE, sizeof (guint));
  self->n_items = all_rows ? ovs_import_table_get_n_rows (table) : 0;
  return self;
}

void
ovs_import_row_list_append (OvsImportRowList *self, guint index)
{
  g_return_if_fail (OVS_IS_IMPORT_ROW_LIST (self));

  if (self->indices != NULL)
    g_array_append_val (self->indices, index);
  self->n_items = self->indices != NULL ? self->indices->len : ovs_import_table_get_n_rows (self->table);
  /* The importer appends before anyone watches; an emission nobody hears still costs. */
  if (g_signal_has_handler_pending (self, items_changed_signal, 0, TRUE))
    g_list_model_items_changed (G_LIST_MODEL (self), self->n_items - 1, 0, 1);
}

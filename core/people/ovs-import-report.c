/* ovs-import-report.c — the outcome of an import, for the CLI's summary and JSON and the GUI's preview. */
#include "config.h"

#include "overstap/people/ovs-import-report.h"
#include "people/ovs-import-private.h"

struct _OvsImportReport
{
  GObject     parent_instance;

  char       *file_name;
  char       *encoding;
  char        delimiter;
  gboolean    dry_run;
  gboolean    written;
  guint       n_inserts;
  guint       n_updates;
  guint       n_rejected;
  OvsImportTable   *table;       /* every row, compactly; objects made on demand */
  OvsImportRowList *rows;
  OvsImportRowList *accepted;
  OvsImportRowList *rejected;
  GPtrArray  *ignored_columns;   /* NULL-terminated */
};

G_DEFINE_FINAL_TYPE (OvsImportReport, ovs_import_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE_NAME,
  PROP_N_IMPORTED,
  PROP_N_UPDATED,
  PROP_N_REJECTED,
  PROP_DRY_RUN,
  PROP_WRITTEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ovs_import_report_finalize (GObject *object)
{
  OvsImportReport *self = OVS_IMPORT_REPORT (object);

  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_object (&self->rows);
  g_clear_object (&self->accepted);
  g_clear_object (&self->rejected);
  g_clear_pointer (&self->table, ovs_import_table_unref);
  g_clear_pointer (&self->ignored_columns, g_ptr_array_unref);

  G_OBJECT_CLASS (ovs_import_report_parent_class)->finalize (object);
}

static void
ovs_import_report_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsImportReport *self = OVS_IMPORT_REPORT (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME: g_value_set_string (value, self->file_name); break;
    case PROP_N_IMPORTED: g_value_set_uint (value, ovs_import_report_get_n_imported (self)); break;
    case PROP_N_UPDATED: g_value_set_uint (value, ovs_import_report_get_n_updated (self)); break;
    case PROP_N_REJECTED: g_value_set_uint (value, ovs_import_report_get_n_rejected (self)); break;
    case PROP_DRY_RUN: g_value_set_boolean (value, self->dry_run); break;
    case PROP_WRITTEN: g_value_set_boolean (value, self->written); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
count_property (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0,
                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
ovs_import_report_class_init (OvsImportReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ovs_import_report_finalize;
  object_class->get_property = ovs_import_report_get_property;

  properties[PROP_FILE_NAME] = g_param_spec_string ("file-name", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_IMPORTED] = count_property ("n-imported");
  properties[PROP_N_UPDATED] = count_property ("n-updated");
  properties[PROP_N_REJECTED] = count_property ("n-rejected");
  properties[PROP_DRY_RUN] = g_param_spec_boolean ("dry-run", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WRITTEN] = g_param_spec_boolean ("written", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                                                   G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_import_report_init (OvsImportReport *self)
{
  self->table = ovs_import_table_new ();
  self->rows = ovs_import_row_list_new (self->table, TRUE);
  self->accepted = ovs_import_row_list_new (self->table, FALSE);
  self->rejected = ovs_import_row_list_new (self->table, FALSE);
  self->ignored_columns = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->encoding = g_strdup ("UTF-8");
  self->delimiter = ';';
}

OvsImportReport *
ovs_import_report_new (const char *file_name, gboolean dry_run)
{
  OvsImportReport *self = g_object_new (OVS_TYPE_IMPORT_REPORT, NULL);

  self->file_name = g_strdup (file_name);
  self->dry_run = dry_run;
  return self;
}

static void
notify_counts (OvsImportReport *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_IMPORTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_UPDATED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_REJECTED]);
}

static void
file_row (OvsImportReport *self, guint line, OvsImportRowAction action, const char *personnel_number,
          const char *name, OvsImportRow *row)
{
  guint index = ovs_import_table_append (self->table, line, action, personnel_number, name, row);

  ovs_import_row_list_append (self->rows, index);
  switch (action)
    {
    case OVS_IMPORT_ROW_INSERT: self->n_inserts++; ovs_import_row_list_append (self->accepted, index); break;
    case OVS_IMPORT_ROW_UPDATE: self->n_updates++; ovs_import_row_list_append (self->accepted, index); break;
    case OVS_IMPORT_ROW_REJECTED:
    default: self->n_rejected++; ovs_import_row_list_append (self->rejected, index); break;
    }
  notify_counts (self);
}

/* A row is filed once, after its action is final. */
void
ovs_import_report_add_row (OvsImportReport *self, OvsImportRow *row)
{
  g_return_if_fail (OVS_IS_IMPORT_REPORT (self));
  g_return_if_fail (OVS_IS_IMPORT_ROW (row));

  file_row (self, ovs_import_row_get_line (row), ovs_import_row_get_action (row),
            ovs_import_row_get_personnel_number (row), ovs_import_row_get_name (row), row);
}

void
ovs_import_report_add_accepted (OvsImportReport *self, guint line, const char *personnel_number,
                                const char *name, OvsImportRowAction action)
{
  g_return_if_fail (OVS_IS_IMPORT_REPORT (self));
  g_return_if_fail (action == OVS_IMPORT_ROW_INSERT || action == OVS_IMPORT_ROW_UPDATE);

  file_row (self, line, action, personnel_number, name, NULL);
}

void
ovs_import_report_add_ignored_column (OvsImportReport *self, const char *column)
{
  g_return_if_fail (OVS_IS_IMPORT_REPORT (self));
  g_ptr_array_add (self->ignored_columns, g_strdup (column));
}

void
ovs_import_report_set_written (OvsImportReport *self, gboolean written)
{
  g_return_if_fail (OVS_IS_IMPORT_REPORT (self));

  if (self->written == written)
    return;
  self->written = written;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRITTEN]);
  notify_counts (self);
}

void
ovs_import_report_set_source (OvsImportReport *self, const char *encoding, char delimiter)
{
  g_return_if_fail (OVS_IS_IMPORT_REPORT (self));

  g_free (self->encoding);
  self->encoding = g_strdup (encoding);
  self->delimiter = delimiter;
}

const char *
ovs_import_report_get_file_name (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), NULL);
  return self->file_name;
}

gboolean
ovs_import_report_get_dry_run (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), FALSE);
  return self->dry_run;
}

gboolean
ovs_import_report_get_written (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), FALSE);
  return self->written;
}

/* Accepted rows count as imported when they were written, or would have been in a dry run; a strict
 * import that refused the file imported nothing. */
guint
ovs_import_report_get_n_imported (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), 0);
  return self->written || self->dry_run ? self->n_inserts : 0;
}

guint
ovs_import_report_get_n_updated (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), 0);
  return self->written || self->dry_run ? self->n_updates : 0;
}

guint
ovs_import_report_get_n_rejected (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), 0);
  return self->n_rejected;
}

guint
ovs_import_report_get_n_rows (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), 0);
  return ovs_import_table_get_n_rows (self->table);
}

const char *
ovs_import_report_get_encoding (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), NULL);
  return self->encoding;
}

char
ovs_import_report_get_delimiter (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), ';');
  return self->delimiter;
}

GListModel *
ovs_import_report_get_rows (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), NULL);
  return G_LIST_MODEL (self->rows);
}

GListModel *
ovs_import_report_get_accepted (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), NULL);
  return G_LIST_MODEL (self->accepted);
}

GListModel *
ovs_import_report_get_rejected (OvsImportReport *self)
{
  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), NULL);
  return G_LIST_MODEL (self->rejected);
}

const char * const *
ovs_import_report_get_ignored_columns (OvsImportReport *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), NULL);
  /* An empty GPtrArray may have no storage yet, even when NULL-terminated. */
  return self->ignored_columns->pdata != NULL ? (const char * const *) self->ignored_columns->pdata : none;
}

/* --- JSON --- */

static JsonArray *
rejected_to_json (OvsImportReport *self)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rejected)); i++)
    {
      g_autoptr(OvsImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rejected), i);
      JsonObject *o = json_object_new ();

      json_object_set_int_member (o, "line", ovs_import_row_get_line (row));
      json_object_set_string_member (o, "column", ovs_import_row_get_column (row));
      json_object_set_string_member (o, "value", ovs_import_row_get_value (row));
      json_object_set_string_member (o, "reason", ovs_import_row_get_reason (row));
      json_object_set_string_member (o, "message", ovs_import_row_get_message (row));
      json_object_set_string_member (o, "personnel_number", ovs_import_row_get_personnel_number (row));
      json_array_add_object_element (array, o);
    }
  return array;
}

/* From the compact rows, so that the JSON of a large import makes no row objects. */
static JsonArray *
accepted_to_json (OvsImportReport *self)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < ovs_import_table_get_n_rows (self->table); i++)
    {
      const OvsImportEntry *entry = ovs_import_table_get (self->table, i);
      JsonObject *o;

      if (entry->action == OVS_IMPORT_ROW_REJECTED)
        continue;
      o = json_object_new ();
      json_object_set_int_member (o, "line", entry->line);
      json_object_set_string_member (o, "personnel_number", entry->personnel_number);
      json_object_set_string_member (o, "name", entry->name);
      json_object_set_string_member (o, "action", entry->action == OVS_IMPORT_ROW_UPDATE ? "update" : "insert");
      json_array_add_object_element (array, o);
    }
  return array;
}

JsonObject *
ovs_import_report_to_json (OvsImportReport *self)
{
  JsonObject *o = json_object_new ();
  JsonArray *ignored = json_array_new ();

  g_return_val_if_fail (OVS_IS_IMPORT_REPORT (self), NULL);

  for (guint i = 0; i < self->ignored_columns->len; i++)
    json_array_add_string_element (ignored, g_ptr_array_index (self->ignored_columns, i));
  json_object_set_string_member (o, "file", self->file_name);
  json_object_set_boolean_member (o, "dry_run", self->dry_run);
  json_object_set_boolean_member (o, "written", self->written);
  json_object_set_int_member (o, "imported", ovs_import_report_get_n_imported (self));
  json_object_set_int_member (o, "updated", ovs_import_report_get_n_updated (self));
  json_object_set_array_member (o, "rejected", rejected_to_json (self));
  json_object_set_array_member (o, "ignored_columns", ignored);
  json_object_set_array_member (o, "accepted", accepted_to_json (self));
  return o;
}

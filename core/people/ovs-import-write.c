/* ovs-import-write.c — the importer's new employees, written many rows to a statement.
 *
 * One INSERT per row of each of the four tables an employee takes (employee, home_municipality,
 * indication, audit_log) cost the import more than its checks: SQLite runs the whole statement
 * program every time, and for the schema's `status IN ('active', 'sick', 'on_leave', 'ended')` CHECK
 * it builds a small temporary table on every run. Here the rows that passed every rule wait until
 * OVS_IMPORT_WRITE_ROWS of them are there, and then go in as one multi-row INSERT per table: the
 * same rows, the same constraints checked by the database, a fraction of the statement runs.
 *
 * A chunk that the database refuses (a personnel number taken after all) is written again row by
 * row, so that only the refused row is rejected, as the one-row path did: a refused statement
 * leaves the transaction as it was on both engines. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "people/ovs-employee-row-private.h"
#include "people/ovs-import-private.h"

/* Statement sizes: a chunk of n rows is written as the powers of two that sum to n, so that only
 * a handful of SQL texts (64, 32, …, 1 rows) are ever prepared. */
#define MAX_SHIFT 6
#define OVS_IMPORT_WRITE_ROWS (1u << MAX_SHIFT)

typedef enum
{
  TABLE_EMPLOYEE,
  TABLE_HOME_MUNICIPALITY,
  TABLE_INDICATION,
  TABLE_AUDIT,
  N_TABLES
} Table;

/* Per table: the start of the INSERT, one row's placeholders, and what follows the rows. */
static const struct
{
  const char *head, *row, *tail;
} table_sql[N_TABLES] = {
  /* The optional columns are bound as '' or -1 for "not set" (scale and step are 0 to 99) and made
   * NULL by the statement: PostgreSQL prepares a statement once per pattern of NULL parameters, and
   * 64 rows of six optional columns would make nearly every chunk a statement of its own. */
  [TABLE_EMPLOYEE] = { "INSERT INTO employee (" OVS_EMPLOYEE_INSERT_COLUMNS ") VALUES ",
                       "(?, ?, NULLIF (?, ''), ?, ?, NULLIF (?, ''), NULLIF (?, ''), ?, NULLIF (?, -1), "
                       "NULLIF (?, -1), ?, ?, ?, ?, NULLIF (?, ''))", " RETURNING id, personnel_number" },
  /* The conflict clauses are those of ovs_employee_upsert_*(); for a new employee they never fire. */
  [TABLE_HOME_MUNICIPALITY] = { "INSERT INTO home_municipality (employee_id, municipality, valid_from) VALUES ",
                                "(?, ?, ?)",
                                " ON CONFLICT (employee_id, valid_from) DO UPDATE SET "
                                "municipality = excluded.municipality" },
  [TABLE_INDICATION] = { "INSERT INTO indication (employee_id, category, indication_date, valid_until) VALUES ",
                         "(?, ?, ?, ?)",
                         " ON CONFLICT (employee_id, indication_date) DO UPDATE SET category = excluded.category, "
                         "valid_until = excluded.valid_until" },
  [TABLE_AUDIT] = { "INSERT INTO audit_log (at, user_name, action, entity, entity_id, changes) VALUES ",
                    "(?, ?, 'insert', 'employee', ?, ?)", "" },
};

typedef struct
{
  OvsEmployeeRow row;
  gint64         id;       /* 0 until written, and for a refused row */
  gsize          json;     /* the audit JSON's offset in the writer's arena */
} Pending;

struct _OvsImportWriter
{
  OvsStore         *store;
  OvsEmployeeBatch *batch;
  GArray           *pending;   /* of Pending */
  GPtrArray        *chunk;     /* the Pending rows of the table being written */
  OvsEmployeeAudit  audit;
  GString          *arena;     /* the audit JSON of every pending row, each NUL-terminated */
  OvsStmt          *stmts[N_TABLES][MAX_SHIFT + 1];
};

static void
pending_clear (gpointer data)
{
  ovs_employee_row_clear (&((Pending *) data)->row);
}

OvsImportWriter *
ovs_import_writer_new (OvsStore *store, OvsEmployeeBatch *batch)
{
  OvsImportWriter *self = g_new0 (OvsImportWriter, 1);

  self->store = g_object_ref (store);
  self->batch = batch;
  self->pending = g_array_sized_new (FALSE, TRUE, sizeof (Pending), OVS_IMPORT_WRITE_ROWS);
  g_array_set_clear_func (self->pending, pending_clear);
  self->chunk = g_ptr_array_sized_new (OVS_IMPORT_WRITE_ROWS);
  ovs_employee_audit_init (&self->audit);
  self->arena = g_string_sized_new (OVS_IMPORT_WRITE_ROWS * 512);
  return self;
}

void
ovs_import_writer_free (OvsImportWriter *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->pending);
  g_ptr_array_unref (self->chunk);
  ovs_employee_audit_clear (&self->audit);
  g_string_free (self->arena, TRUE);
  g_object_unref (self->store);
  g_free (self);
}

gboolean
ovs_import_writer_add (OvsImportWriter *self, const OvsEmployeeFields *fields, const char **field,
                       GError **error)
{
  Pending pending = { { 0 } };

  if (field != NULL)
    *field = NULL;
  if (!ovs_employee_validate_row (self->store, self->batch, fields, &pending.row, 0, field, error))
    {
      ovs_employee_row_clear (&pending.row);
      return FALSE;
    }
  g_array_append_val (self->pending, pending);
  return TRUE;
}

gboolean
ovs_import_writer_is_full (OvsImportWriter *self)
{
  return self->pending->len >= OVS_IMPORT_WRITE_ROWS;
}

/* The statement for 2^@shift rows of @table, prepared once. */
static OvsStmt *
chunk_stmt (OvsImportWriter *self, Table table, guint shift, GError **error)
{
  g_autoptr(GString) sql = NULL;
  OvsStmt *stmt = self->stmts[table][shift];

  if (stmt != NULL)
    {
      /* Every parameter is bound again below. */
      ovs_stmt_reset (stmt);
      return stmt;
    }
  sql = g_string_new (table_sql[table].head);
  for (guint i = 0; i < 1u << shift; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      g_string_append (sql, table_sql[table].row);
    }
  g_string_append (sql, table_sql[table].tail);
  return self->stmts[table][shift] = ovs_store_prepare (self->store, sql->str, error);
}

/* NULL and "" bind NULL, as the one-row insert binds them. The strings are the pending rows' own and
 * live until the statement has run. */
static void
bind_text_static (OvsStmt *stmt, int index, const char *text)
{
  ovs_stmt_bind_text_static (stmt, index, text != NULL && *text != '\0' ? text : NULL);
}

/* An optional text: '' for NULL (see table_sql). */
static void
bind_optional_text (OvsStmt *stmt, int index, const char *text)
{
  ovs_stmt_bind_text_static (stmt, index, text != NULL ? text : "");
}

/* The employee columns in the order of OVS_EMPLOYEE_INSERT_COLUMNS. */
static void
bind_employee (OvsStmt *stmt, int first, const OvsEmployeeRow *row)
{
  int i = first - 1;

  bind_text_static (stmt, i + 1, row->personnel_number);
  bind_text_static (stmt, i + 2, row->first_name);
  bind_optional_text (stmt, i + 3, row->name_prefix);
  bind_text_static (stmt, i + 4, row->last_name);
  bind_text_static (stmt, i + 5, row->birth_date);
  bind_optional_text (stmt, i + 6, row->bsn);
  bind_optional_text (stmt, i + 7, row->residence);
  ovs_stmt_bind_int (stmt, i + 8, row->contract_minutes);
  ovs_stmt_bind_int64 (stmt, i + 9, row->has_scale ? row->scale : -1);
  ovs_stmt_bind_int64 (stmt, i + 10, row->has_step ? row->step : -1);
  ovs_stmt_bind_int64 (stmt, i + 11, row->employer_id);
  bind_text_static (stmt, i + 12, row->employment_start);
  bind_text_static (stmt, i + 13, row->employment_type);
  ovs_stmt_bind_int64 (stmt, i + 14, row->work_organisation_id);
  bind_optional_text (stmt, i + 15, row->wsw_since);
}

/* Binds @p's values for @table from parameter @first on; returns the parameter after them. */
static int
bind_row (OvsImportWriter *self, OvsStmt *stmt, Table table, const Pending *p, int first)
{
  const OvsEmployeeRow *row = &p->row;
  const char *user;

  switch (table)
    {
    case TABLE_EMPLOYEE:
      bind_employee (stmt, first, row);
      return first + OVS_EMPLOYEE_INSERT_N_COLUMNS;
    case TABLE_HOME_MUNICIPALITY:
      ovs_stmt_bind_int64 (stmt, first, p->id);
      ovs_stmt_bind_text_static (stmt, first + 1, row->home_municipality);
      ovs_stmt_bind_text_static (stmt, first + 2, row->employment_start);
      return first + 3;
    case TABLE_INDICATION:
      ovs_stmt_bind_int64 (stmt, first, p->id);
      ovs_stmt_bind_text_static (stmt, first + 1, row->category);
      ovs_stmt_bind_text_static (stmt, first + 2, row->indication_date ? row->indication_date
                                                                       : row->employment_start);
      bind_text_static (stmt, first + 3, row->valid_until);
      return first + 4;
    case TABLE_AUDIT:
      user = ovs_store_get_user (self->store);
      ovs_stmt_bind_text_static (stmt, first, ovs_employee_audit_now (&self->audit));
      ovs_stmt_bind_text_static (stmt, first + 1, user != NULL ? user : g_get_user_name ());
      ovs_stmt_bind_int_or_null (stmt, first + 2, p->id > 0, p->id);
      ovs_stmt_bind_text_static (stmt, first + 3, self->arena->str + p->json);
      return first + 4;
    case N_TABLES:
    default:
      g_assert_not_reached ();
    }
}

/* Binds rows [@start, @start + 2^@shift) of self->chunk into the statement for that many. */
static OvsStmt *
bind_chunk (OvsImportWriter *self, Table table, guint start, guint shift, GError **error)
{
  OvsStmt *stmt = chunk_stmt (self, table, shift, error);
  int param = 1;

  if (stmt == NULL)
    return NULL;
  for (guint i = start; i < start + (1u << shift); i++)
    param = bind_row (self, stmt, table, g_ptr_array_index (self->chunk, i), param);
  return stmt;
}

/* The largest power of two (as its exponent, at most MAX_SHIFT) not above @n > 0. */
static guint
shift_for (guint n)
{
  guint shift = 0;

  while (shift < MAX_SHIFT && (2u << shift) <= n)
    shift++;
  return shift;
}

/* The pending row that a returned (id, personnel number) belongs to: the @i-th of the chunk as
 * both engines return them in the order of VALUES, else the one with that number. */
static Pending *
returned_row (OvsImportWriter *self, guint start, guint n, guint i, const char *number)
{
  Pending *p = i < n ? g_ptr_array_index (self->chunk, start + i) : NULL;

  if (p != NULL && g_strcmp0 (p->row.personnel_number, number) == 0)
    return p;
  for (guint k = start; k < start + n; k++)
    if (g_strcmp0 (((Pending *) g_ptr_array_index (self->chunk, k))->row.personnel_number, number) == 0)
      return g_ptr_array_index (self->chunk, k);
  return NULL;
}

/* Inserts 2^@shift employee rows from @start of the chunk and keeps their ids. */
static gboolean
insert_employees (OvsImportWriter *self, guint start, guint shift, GError **error)
{
  OvsStmt *stmt = bind_chunk (self, TABLE_EMPLOYEE, start, shift, error);
  guint n = 1u << shift, returned = 0;
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    {
      Pending *p = returned_row (self, start, n, returned++, ovs_stmt_get_text (stmt, 1));

      if (p != NULL)
        p->id = ovs_stmt_get_int64 (stmt, 0);
    }
  ovs_stmt_reset (stmt);
  if (local == NULL && returned != n)
    local = g_error_new (OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                         _("Database error: the new row's id was not returned"));
  if (local == NULL)
    return TRUE;
  /* Nothing of a refused statement was written. */
  for (guint i = start; i < start + n; i++)
    ((Pending *) g_ptr_array_index (self->chunk, i))->id = 0;
  g_propagate_error (error, local);
  return FALSE;
}

/* Writes the employee rows; a chunk refused for a taken personnel number goes again row by row,
 * and the row refused then is handed to @refused and left out. Any other error is the caller's. */
static gboolean
write_employees (OvsImportWriter *self, OvsImportRefused refused, gpointer user_data, GError **error)
{
  g_ptr_array_set_size (self->chunk, 0);
  for (guint i = 0; i < self->pending->len; i++)
    g_ptr_array_add (self->chunk, &g_array_index (self->pending, Pending, i));
  for (guint start = 0; start < self->chunk->len;)
    {
      guint shift = shift_for (self->chunk->len - start);
      g_autoptr(GError) local = NULL;

      if (!insert_employees (self, start, shift, &local))
        {
          if (!g_error_matches (local, OVS_STORE_ERROR, OVS_STORE_ERROR_DUPLICATE))
            return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
          if (shift > 0)
            {
              /* Again one row at a time, to find the refused one. */
              for (guint i = start; i < start + (1u << shift); i++)
                {
                  g_autoptr(GError) one = NULL;

                  if (!insert_employees (self, i, 0, &one) &&
                      !g_error_matches (one, OVS_STORE_ERROR, OVS_STORE_ERROR_DUPLICATE))
                    return (g_propagate_error (error, g_steal_pointer (&one)), FALSE);
                  if (one != NULL)
                    refused (user_data, i, one);
                }
            }
          else
            refused (user_data, start, local);
        }
      start += 1u << shift;
    }
  return TRUE;
}

static gboolean
write_chunk (OvsImportWriter *self, Table table, guint start, guint shift, GError **error)
{
  OvsStmt *stmt = bind_chunk (self, table, start, shift, error);

  return stmt != NULL && ovs_stmt_run (stmt, error);
}

/* Writes @table for the rows in self->chunk. On failure *@failed is the row the database refused:
 * a refused chunk is tried again row by row to find it (the whole import is undone anyway). */
static gboolean
write_table (OvsImportWriter *self, Table table, const Pending **failed, GError **error)
{
  for (guint start = 0; start < self->chunk->len;)
    {
      guint shift = shift_for (self->chunk->len - start);
      g_autoptr(GError) local = NULL;

      *failed = g_ptr_array_index (self->chunk, start);
      if (!write_chunk (self, table, start, shift, &local))
        {
          for (guint i = start; shift > 0 && i < start + (1u << shift); i++)
            if (!write_chunk (self, table, i, 0, NULL))
              {
                *failed = g_ptr_array_index (self->chunk, i);
                break;
              }
          return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
        }
      start += 1u << shift;
    }
  return TRUE;
}

/* self->chunk: the written rows, those without an indication left out for that table. Their audit
 * JSON goes into the arena first (binding needs it to stay where it is). */
static void
collect_written (OvsImportWriter *self, Table table)
{
  g_ptr_array_set_size (self->chunk, 0);
  for (guint i = 0; i < self->pending->len; i++)
    {
      Pending *p = &g_array_index (self->pending, Pending, i);

      if (p->id == 0 || (table == TABLE_INDICATION && p->row.category == NULL))
        continue;
      if (table == TABLE_AUDIT)
        {
          ovs_employee_audit_inserted (&self->audit, &p->row);
          g_string_append_c (self->audit.json, '}');
          p->json = self->arena->len;
          g_string_append_len (self->arena, self->audit.json->str, (gssize) self->audit.json->len + 1);
        }
      g_ptr_array_add (self->chunk, p);
    }
}

/* What follows the employee rows: nothing here can break a rule the validation has not checked,
 * so a failure is the database's, and only undoing the whole import repairs it. */
static gboolean
write_history_and_audit (OvsImportWriter *self, GError **error)
{
  static const Table tables[] = { TABLE_HOME_MUNICIPALITY, TABLE_INDICATION, TABLE_AUDIT };
  g_autoptr(GError) local = NULL;

  g_string_truncate (self->arena, 0);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      const Pending *failed = NULL;

      collect_written (self, tables[t]);
      if (!write_table (self, tables[t], &failed, &local))
        {
          g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                       _("Employee %s was only partly written (%s); the whole import is undone"),
                       failed->row.personnel_number, local->message);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
ovs_import_writer_flush (OvsImportWriter *self, OvsImportRefused refused, gpointer user_data, GError **error)
{
  gboolean ok;

  if (self->pending->len == 0)
    return TRUE;
  ok = write_employees (self, refused, user_data, error) && write_history_and_audit (self, error);
  g_ptr_array_set_size (self->chunk, 0);
  g_array_set_size (self->pending, 0);
  return ok;
}

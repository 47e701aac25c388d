/* ovs-export.c — the personnel list as CSV (for Excel on a Dutch Windows) and as XLSX. */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "overstap/base/ovs-files.h"
#include "overstap/people/ovs-csv.h"
#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-export.h"
#include "overstap/people/ovs-import.h"
#include "store/ovs-store-private.h"
#include "modules/ovs-xlsx-private.h"

G_DEFINE_QUARK (ovs-export-error-quark, ovs_export_error)

/* How each column (in the order of ovs_import_employee_columns()) is written. */
typedef enum { KIND_TEXT, KIND_DATE, KIND_HOURS, KIND_INT, KIND_EMPLOYMENT_TYPE } Kind;

enum { COL_BSN = 5, COL_CATEGORY = 8, COL_VALID_UNTIL = 9, COL_HOURS = 10, N_COLUMNS = 16 };

/* The columns a role without OVS_PERM_VIEW_PERSONAL (a teamleider) gets: what a roster needs, and
 * nothing else (AVG art. 5(1)(c)). The others are left out of the file, not written empty. */
static const guint roster_columns[] = { 0, 1, 2, 3, COL_HOURS };

/* Which columns of a row are written, in order. */
typedef struct
{
  guint index[N_COLUMNS];
  guint n;
} Columns;

static const Kind column_kinds[N_COLUMNS] = {
  KIND_TEXT, KIND_TEXT, KIND_TEXT, KIND_TEXT, KIND_DATE, KIND_TEXT, KIND_TEXT, KIND_TEXT,
  KIND_TEXT, KIND_DATE, KIND_HOURS, KIND_INT, KIND_INT, KIND_TEXT, KIND_DATE, KIND_EMPLOYMENT_TYPE,
};

static const double column_widths[N_COLUMNS] = { 16, 14, 13, 18, 13, 11, 16, 16, 15, 18, 12, 7, 7, 22, 15, 15 };

/* The current home municipality and indication are the latest rows of their histories. */
static const char employees_columns[] =
  "SELECT e.personnel_number, e.first_name, e.name_prefix, e.last_name, e.birth_date, e.bsn, e.residence, "
  "  (SELECT h.municipality FROM home_municipality h WHERE h.employee_id = e.id "
  "   ORDER BY h.valid_from DESC, h.id DESC LIMIT 1), "
  "  i.category, i.valid_until, e.contract_minutes, e.salary_scale, e.salary_step, o.name, e.employment_start, "
  "  e.employment_type "
  "FROM employee e JOIN organisation o ON o.id = e.employer_id "
  "LEFT JOIN indication i ON i.id = (SELECT i2.id FROM indication i2 WHERE i2.employee_id = e.id "
  "                                  ORDER BY i2.indication_date DESC, i2.id DESC LIMIT 1) ";

/* A role without OVS_PERM_VIEW_PERSONAL reads only the roster columns (NULL for the others), from
 * ovs_store_employee_source(): on a server the database refuses it the rest. */
#define ROSTER_COLUMNS_FORMAT \
  "SELECT e.personnel_number, e.first_name, e.name_prefix, e.last_name, NULL, NULL, NULL, NULL, NULL, NULL, " \
  "  e.contract_minutes, NULL, NULL, NULL, NULL, NULL FROM %s e "

static const char employees_where[] =
  "WHERE e.status != ?1 "
  /* A teamleider exports the members of their own crews only (see ovs-employee-list.c). */
  "  AND (?2 IS NULL OR EXISTS (SELECT 1 FROM crew_membership sm "
  "    JOIN user_crew su ON su.crew_id = sm.crew_id JOIN app_user sa ON sa.id = su.user_id "
  "    WHERE sm.employee_id = e.id AND sa.name = ?2 AND (sm.end_date IS NULL OR sm.end_date >= ?3))) "
  "ORDER BY e.personnel_number";

static char *
employees_sql (OvsStore *store)
{
  g_autofree char *roster = NULL;

  if (ovs_store_can (store, OVS_PERM_VIEW_PERSONAL))
    return g_strconcat (employees_columns, employees_where, NULL);
  roster = g_strdup_printf (ROSTER_COLUMNS_FORMAT, ovs_store_employee_source (store));
  return g_strconcat (roster, employees_where, NULL);
}

gboolean
ovs_export_format_from_string (const char *text, OvsExportFormat *format)
{
  if (g_ascii_strcasecmp (text ? text : "", "csv") == 0)
    *format = OVS_EXPORT_FORMAT_CSV;
  else if (g_ascii_strcasecmp (text ? text : "", "xlsx") == 0)
    *format = OVS_EXPORT_FORMAT_XLSX;
  else
    return FALSE;
  return TRUE;
}

/* --- reading --- */

static gboolean
column_hidden (OvsStore *store, guint column)
{
  if (column == COL_BSN)
    return !ovs_store_can (store, OVS_PERM_VIEW_BSN);
  if (column == COL_CATEGORY || column == COL_VALID_UNTIL)
    return !ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
  return FALSE;
}

static void
get_columns (OvsStore *store, Columns *columns)
{
  columns->n = 0;
  if (!ovs_store_can (store, OVS_PERM_VIEW_PERSONAL))
    {
      for (guint i = 0; i < G_N_ELEMENTS (roster_columns); i++)
        columns->index[columns->n++] = roster_columns[i];
      return;
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    columns->index[columns->n++] = c;
}

/* A row has NULLs in the middle, so g_strfreev() would stop at the first of them. */
static void
free_row (gpointer data)
{
  char **row = data;

  for (guint c = 0; c < N_COLUMNS; c++)
    g_free (row[c]);
  g_free (row);
}

/* Rows of N_COLUMNS strings (NULL for empty) as stored: ISO dates, minutes, whole numbers. */
static GPtrArray *
read_employees (OvsStore *store, GError **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_row);
  g_autofree char *today = ovs_date_today_iso ();
  g_autofree char *sql = employees_sql (store);
  OvsStmt *stmt;
  GError *local = NULL;

  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error) ||
      (stmt = ovs_store_prepare (store, sql, error)) == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ENDED));
  ovs_stmt_bind_text_or_null (stmt, 2, ovs_store_crew_scope (store));
  ovs_stmt_bind_text (stmt, 3, today);
  while (ovs_stmt_next (stmt, &local))
    {
      char **row = g_new0 (char *, N_COLUMNS + 1);

      for (guint c = 0; c < N_COLUMNS; c++)
        row[c] = column_hidden (store, c) ? NULL : ovs_stmt_dup_text (stmt, (int) c);
      g_ptr_array_add (rows, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, local), NULL);
  return g_steal_pointer (&rows);
}

static gboolean
audit_export (OvsStore *store, OvsExportFormat format, const char *destination, guint n_rows, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();

  json_object_set_string_member (changes, "file", destination);
  json_object_set_string_member (changes, "format", format == OVS_EXPORT_FORMAT_XLSX ? "xlsx" : "csv");
  json_object_set_int_member (changes, "employees", n_rows);
  json_object_set_boolean_member (changes, "bsn", ovs_store_can (store, OVS_PERM_VIEW_BSN));
  if (!ovs_store_begin (store, error))
    return FALSE;
  if (!ovs_store_audit (store, "export", "employee", 0, changes, error))
    {
      ovs_store_rollback (store);
      return FALSE;
    }
  /* The indication columns are health data: the export is one read of all its rows. */
  if (!ovs_store_log_access (store, 0, ovs_store_can (store, OVS_PERM_VIEW_HEALTH) ? OVS_HEALTH_INDICATION : 0,
                             "export", n_rows, error))
    {
      ovs_store_rollback (store);
      return FALSE;
    }
  return ovs_store_commit (store, error);
}

/* --- CSV --- */

/* 2190 minutes -> "36,5"; whole hours without decimals. */
static char *
format_hours (const char *minutes_text)
{
  gint64 minutes = g_ascii_strtoll (minutes_text, NULL, 10);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;

  if (minutes % 60 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, minutes / 60);
  text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", minutes / 60.0));
  while (g_str_has_suffix (text, "0"))
    text[strlen (text) - 1] = '\0';
  return g_strdelimit (text, ".", ',');
}

/* The CSV word of each employment type in dienstverband: the words HR writes, which the import reads
 * back (ovs_vocab_parse()). Not the translated label, so that a file says the same in every locale;
 * test-export round-trips every type. */
static const char * const employment_type_words[] = {
  [OVS_EMPLOYMENT_TYPE_WSW] = "wsw",
  [OVS_EMPLOYMENT_TYPE_NEW_SHELTERED] = "nieuw beschut",
};
G_STATIC_ASSERT (G_N_ELEMENTS (employment_type_words) == OVS_EMPLOYMENT_TYPE_NEW_SHELTERED + 1);

static const char *
employment_type_label (const char *code)
{
  int value = OVS_EMPLOYMENT_TYPE_WSW;

  ovs_vocab_lookup (OVS_TYPE_EMPLOYMENT_TYPE, code, &value);
  return employment_type_words[value];
}

static char *
format_csv_value (Kind kind, const char *value)
{
  if (value == NULL)
    return g_strdup ("");
  if (kind == KIND_EMPLOYMENT_TYPE)
    return g_strdup (employment_type_label (value));
  if (kind == KIND_DATE)
    return ovs_date_iso_to_display (value);
  if (kind == KIND_HOURS)
    return format_hours (value);
  return g_strdup (value);
}

static GBytes *
to_csv (GPtrArray *rows, const Columns *columns)
{
  const char * const *names = ovs_import_employee_columns ();
  GString *out = g_string_new ("\xef\xbb\xbf");

  for (guint i = 0; i < columns->n; i++)
    g_string_append_printf (out, "%s%s", names[columns->index[i]], i + 1 < columns->n ? ";" : "\r\n");
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint i = 0; i < columns->n; i++)
        {
          guint c = columns->index[i];
          g_autofree char *value = format_csv_value (column_kinds[c], row[c]);

          ovs_csv_append_cell (out, value, ';');
          g_string_append (out, i + 1 < columns->n ? ";" : "\r\n");
        }
    }
  return g_string_free_to_bytes (out);
}

/* --- XLSX --- */

typedef struct
{
  lxw_format *bold;
  lxw_format *date;
} Formats;

static void
write_cell (lxw_worksheet *sheet, guint r, guint c, Kind kind, const char *value, Formats *formats)
{
  GDate date;

  if (value == NULL)
    return;
  if (kind == KIND_DATE && ovs_date_from_iso (value, &date))
    {
      lxw_datetime dt = { g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 0, 0, 0 };

      worksheet_write_datetime (sheet, r, (lxw_col_t) c, &dt, formats->date);
    }
  else if (kind == KIND_HOURS)
    worksheet_write_number (sheet, r, (lxw_col_t) c, g_ascii_strtoll (value, NULL, 10) / 60.0, NULL);
  else if (kind == KIND_INT)
    worksheet_write_number (sheet, r, (lxw_col_t) c, (double) g_ascii_strtoll (value, NULL, 10), NULL);
  else if (kind == KIND_EMPLOYMENT_TYPE)
    worksheet_write_string (sheet, r, (lxw_col_t) c, employment_type_label (value), NULL);
  else
    worksheet_write_string (sheet, r, (lxw_col_t) c, value, NULL);
}

static void
write_sheet (lxw_workbook *book, GPtrArray *rows, const Columns *columns)
{
  lxw_worksheet *sheet = workbook_add_worksheet (book, "Medewerkers");
  const char * const *names = ovs_import_employee_columns ();
  Formats formats = { workbook_add_format (book), workbook_add_format (book) };

  format_set_bold (formats.bold);
  format_set_num_format (formats.date, "dd-mm-yyyy");
  for (guint i = 0; i < columns->n; i++)
    {
      guint c = columns->index[i];

      worksheet_set_column (sheet, (lxw_col_t) i, (lxw_col_t) i, column_widths[c], NULL);
      worksheet_write_string (sheet, 0, (lxw_col_t) i, names[c], formats.bold);
    }
  for (guint r = 0; r < rows->len; r++)
    for (guint i = 0; i < columns->n; i++)
      write_cell (sheet, r + 1, i, column_kinds[columns->index[i]],
                  ((char **) g_ptr_array_index (rows, r))[columns->index[i]], &formats);
  worksheet_freeze_panes (sheet, 1, 0);
  worksheet_autofilter (sheet, 0, 0, rows->len, (lxw_col_t) (columns->n - 1));
}

static gboolean
to_xlsx (GPtrArray *rows, const Columns *columns, const char *path, GError **error)
{
  lxw_workbook *book;
  lxw_error status;

  /* libxlsxwriter comes with the bridge module libovs-xlsx.so, loaded by the first XLSX export. */
  if (!ovs_xlsx_load (error))
    return FALSE;
  /* libxlsxwriter opens the file with fopen("wb"), which keeps the mode of a file that exists. */
  if (!ovs_file_ensure_private (path, NULL))
    {
      g_set_error (error, OVS_EXPORT_ERROR, OVS_EXPORT_ERROR_FAILED, _("Cannot create %s"), path);
      return FALSE;
    }
  book = workbook_new (path);
  if (book == NULL)
    {
      g_set_error (error, OVS_EXPORT_ERROR, OVS_EXPORT_ERROR_FAILED, _("Cannot create %s"), path);
      return FALSE;
    }
  write_sheet (book, rows, columns);
  if ((status = workbook_close (book)) != LXW_NO_ERROR)
    {
      g_set_error (error, OVS_EXPORT_ERROR, OVS_EXPORT_ERROR_FAILED, _("Cannot write %s: %s"), path,
                   lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}

/* --- entry points --- */

static gboolean
write_file (GPtrArray *rows, const Columns *columns, OvsExportFormat format, const char *path, GError **error)
{
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) local = NULL;

  if (format == OVS_EXPORT_FORMAT_XLSX)
    return to_xlsx (rows, columns, path, error);
  csv = to_csv (rows, columns);
  if (!ovs_file_set_private_contents (path, g_bytes_get_data (csv, NULL), (gssize) g_bytes_get_size (csv),
                                      &local))
    {
      g_set_error (error, OVS_EXPORT_ERROR, OVS_EXPORT_ERROR_FAILED, _("Cannot write %s: %s"), path,
                   local->message);
      return FALSE;
    }
  return TRUE;
}

gint64
ovs_export_employees (OvsStore *store, OvsExportFormat format, const char *path, GError **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  Columns columns;

  g_return_val_if_fail (OVS_IS_STORE (store), -1);
  g_return_val_if_fail (path != NULL, -1);

  get_columns (store, &columns);
  if ((rows = read_employees (store, error)) == NULL || !write_file (rows, &columns, format, path, error) ||
      !audit_export (store, format, path, rows->len, error))
    return -1;
  return rows->len;
}

/* libxlsxwriter writes only to files, so XLSX bytes go through a temporary one. */
static GBytes *
xlsx_bytes (GPtrArray *rows, const Columns *columns, GError **error)
{
  g_autofree char *dir = g_dir_make_tmp ("overstap-export-XXXXXX", error);
  g_autofree char *path = NULL;
  char *contents = NULL;
  gsize length = 0;
  gboolean ok;

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "medewerkers.xlsx", NULL);
  ok = to_xlsx (rows, columns, path, error) && g_file_get_contents (path, &contents, &length, error);
  g_unlink (path);
  g_rmdir (dir);
  return ok ? g_bytes_new_take (contents, length) : NULL;
}

GBytes *
ovs_export_employees_bytes (OvsStore *store, OvsExportFormat format, const char *destination, GError **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GBytes) bytes = NULL;
  Columns columns;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  get_columns (store, &columns);
  if ((rows = read_employees (store, error)) == NULL)
    return NULL;
  bytes = format == OVS_EXPORT_FORMAT_XLSX ? xlsx_bytes (rows, &columns, error) : to_csv (rows, &columns);
  if (bytes == NULL || !audit_export (store, format, destination ? destination : "-", rows->len, error))
    return NULL;
  return g_steal_pointer (&bytes);
}

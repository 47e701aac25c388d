/* ovs-import.c — importing the personnel list: header mapping, per-row checks, one transaction. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/people/ovs-csv.h"
#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-employees.h"
#include "overstap/people/ovs-import.h"
#include "overstap/base/ovs-validate.h"
#include "people/ovs-employee-private.h"
#include "people/ovs-import-private.h"

G_DEFINE_QUARK (ovs-import-error-quark, ovs_import_error)

typedef enum {
  COL_PERSONNEL_NUMBER,
  COL_FIRST_NAME,
  COL_NAME_PREFIX,
  COL_LAST_NAME,
  COL_BIRTH_DATE,
  COL_BSN,
  COL_RESIDENCE,
  COL_HOME_MUNICIPALITY,
  COL_CATEGORY,
  COL_VALID_UNTIL,
  COL_CONTRACT_HOURS,
  COL_SCALE,
  COL_STEP,
  COL_EMPLOYER,
  COL_START,
  COL_EMPLOYMENT_TYPE,
  /* Read only, never exported (the export writes the columns up to dienstverband): the start of the
   * unbroken Wsw employment, which lets a re-placement after 2014 in, and the work organisation. */
  COL_WSW_SINCE,
  COL_WORK_ORGANISATION,
  N_COLUMNS
} Column;

static const char *column_names[N_COLUMNS + 1] = {
  "personeelsnummer", "voornaam", "tussenvoegsel", "achternaam", "geboortedatum", "bsn", "woonplaats",
  "woongemeente", "arbeidshandicap", "indicatie_geldig_tot", "contracturen", "schaal", "trede",
  "werkgever", "in_dienst_sinds", "dienstverband", "wsw_sinds", "werkorganisatie", NULL
};

/* arbeidshandicap must be in the header, but its value may stay empty for nieuw beschut. */

static const gboolean column_required[N_COLUMNS] = {
  [COL_PERSONNEL_NUMBER] = TRUE, [COL_FIRST_NAME] = TRUE, [COL_LAST_NAME] = TRUE,
  [COL_BIRTH_DATE] = TRUE, [COL_HOME_MUNICIPALITY] = TRUE, [COL_CATEGORY] = TRUE,
  [COL_CONTRACT_HOURS] = TRUE, [COL_EMPLOYER] = TRUE, [COL_START] = TRUE,
};

const char * const *
ovs_import_employee_columns (void)
{
  return column_names;
}

gboolean
ovs_import_column_is_required (const char *column)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    if (g_strcmp0 (column, column_names[i]) == 0)
      return column_required[i];
  return FALSE;
}

typedef struct
{
  OvsStore        *store;
  OvsImportFlags   flags;
  OvsCsvTable     *table;
  int              index[N_COLUMNS];  /* the column's field in the file, or -1 */
  GHashTable      *seen;              /* personnel number -> first line */
  GHashTable      *existing;          /* personnel number -> id of every employee, or NULL: ask per row */
  OvsImportReport *report;
  OvsEmployeeBatch *batch;            /* employers looked up once; inserts without a savepoint each */
  OvsImportWriter *writer;            /* new employees, written many to a statement */
  GArray          *queue;             /* of Waiting: the rows since the writer's last flush, in file order */
  GArray          *waiting;           /* the writer's rows by index -> their index in queue */
} Import;

/* One row's values: the trimmed text per column (all in one allocation), and what the checks made
 * of it. */
typedef struct
{
  char       *texts;
  char       *text[N_COLUMNS];
  char       *birth_date;
  char       *valid_until;
  char       *start;
  char       *wsw_since;
  char       *bsn;
  const char *category;
  int         minutes;
  gboolean    has_scale, has_step;
  gint64      scale, step;
  gint64      existing;   /* the id of the employee with this personnel number, or 0 */
  const char *employment_type;   /* an OVS_TYPE_EMPLOYMENT_TYPE code */
} Values;

static void
values_clear (Values *v)
{
  g_free (v->texts);
  g_free (v->birth_date);
  g_free (v->valid_until);
  g_free (v->start);
  g_free (v->wsw_since);
  g_free (v->bsn);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Values, values_clear)

/* A row filed in the report only once the rows the writer holds before it are written, so that the
 * report keeps the file's order: one waiting to be written, or one already rejected. */
typedef struct
{
  guint         line;
  Values        v;         /* of a row waiting in the writer */
  OvsImportRow *rejected;  /* a row already rejected */
  GError       *refused;   /* set when the database refused the waiting row */
} Waiting;

static void
waiting_clear (gpointer data)
{
  Waiting *w = data;

  values_clear (&w->v);
  g_clear_object (&w->rejected);
  g_clear_error (&w->refused);
}

/* --- the header --- */

/* "In dienst sinds " and "IN-DIENST-SINDS" both name in_dienst_sinds. */
static char *
normalize_header (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  char *down = g_utf8_strdown (trimmed, -1);

  g_strdelimit (down, " -", '_');
  return down;
}

static int
column_by_name (const char *normalized)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    if (g_str_equal (normalized, column_names[i]))
      return (int) i;
  return -1;
}

static gboolean
missing_columns (Import *imp, GError **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  g_autofree char *list = NULL;

  for (guint i = 0; i < N_COLUMNS; i++)
    if (column_required[i] && imp->index[i] < 0)
      g_ptr_array_add (missing, (gpointer) column_names[i]);
  if (missing->len == 0)
    return FALSE;
  list = g_strjoinv (", ", (char **) missing->pdata);
  g_set_error (error, OVS_IMPORT_ERROR, OVS_IMPORT_ERROR_MISSING_COLUMNS,
               g_dngettext (GETTEXT_PACKAGE, "The required column %s is missing from the header",
                            "The required columns %s are missing from the header", missing->len), list);
  return TRUE;
}

/* Finds each employee column in the header; other names go to the report as ignored. */
static gboolean
map_header (Import *imp, GError **error)
{
  const char * const *header = ovs_csv_table_get_header (imp->table);

  for (guint i = 0; i < N_COLUMNS; i++)
    imp->index[i] = -1;
  for (int f = 0; header[f] != NULL; f++)
    {
      g_autofree char *name = normalize_header (header[f]);
      int c = column_by_name (name);

      if (c < 0 && *name != '\0')
        {
          g_autofree char *shown = g_strstrip (g_strdup (header[f]));

          ovs_import_report_add_ignored_column (imp->report, shown);
        }
      else if (c >= 0 && imp->index[c] >= 0)
        {
          g_set_error (error, OVS_IMPORT_ERROR, OVS_IMPORT_ERROR_DUPLICATE_COLUMN,
                       _("The column “%s” appears twice in the header"), column_names[c]);
          return FALSE;
        }
      else if (c >= 0)
        imp->index[c] = f;
    }
  return !missing_columns (imp, error);
}

/* --- checking a row --- */

/* The id of the employee with personnel number @number when the import started, or 0 (with @error
 * set when the database failed). (An employee this import adds is found by imp->seen first.) */
static gint64
find_existing (Import *imp, const char *number, GError **error)
{
  gint64 *id;

  if (imp->existing == NULL)
    return ovs_employee_batch_find (imp->batch, number, error);
  id = g_hash_table_lookup (imp->existing, number);
  return id != NULL ? *id : 0;
}

/* Reads every personnel number at once when the file has about as many rows as the database has
 * employees or more (the first import into a new database: none): a look-up per row costs more. */
static gboolean
load_existing (Import *imp, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (imp->store, "SELECT count(*) FROM employee", error);
  gint64 n = 0;
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  if (ovs_stmt_next (stmt, &local))
    n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, local), FALSE);
  if (n > 2 * (gint64) ovs_csv_table_get_n_rows (imp->table))
    return TRUE;
  if ((stmt = ovs_store_prepare (imp->store, "SELECT personnel_number, id FROM employee", error)) == NULL)
    return FALSE;
  imp->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while (ovs_stmt_next (stmt, &local))
    {
      gint64 id = ovs_stmt_get_int64 (stmt, 1);

      g_hash_table_insert (imp->existing, ovs_stmt_dup_text (stmt, 0), g_memdup2 (&id, sizeof id));
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, local), FALSE);
  return TRUE;
}

static void
read_values (Import *imp, guint row, Values *v)
{
  const char * const *fields = ovs_csv_table_get_row (imp->table, row);
  guint n = ovs_csv_table_get_row_length (imp->table, row);
  const char *start[N_COLUMNS];
  gsize length[N_COLUMNS], total = 0;
  char *out;

  /* Trimmed as g_strstrip() does, into one block rather than fifteen. */
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      int f = imp->index[c];
      const char *p = f >= 0 && (guint) f < n ? fields[f] : "";
      gsize len;

      while (g_ascii_isspace (*p))
        p++;
      len = strlen (p);
      while (len > 0 && g_ascii_isspace (p[len - 1]))
        len--;
      /* Our own export writes "'=…" for a text that a spreadsheet would run: read it back as written. */
      if (len >= 2 && p[0] == '\'' && ovs_csv_is_formula_like (p + 1))
        p++, len--;
      start[c] = p;
      length[c] = len;
      total += len + 1;
    }
  out = v->texts = g_malloc (total);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      v->text[c] = memcpy (out, start[c], length[c]);
      out[length[c]] = '\0';
      out += length[c] + 1;
    }
}

static gboolean
check_personnel_number (Import *imp, Values *v, const char *number, guint line, GError **error)
{
  gpointer first = g_hash_table_lookup (imp->seen, number);
  g_autoptr(GError) local = NULL;

  if (first != NULL)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE,
                   _("personnel number %s is already on line %u of this file"), number,
                   GPOINTER_TO_UINT (first));
      return FALSE;
    }
  g_hash_table_insert
 (imp->seen, g_strdup (number), GUINT_TO_POINTER (line));
  v->existing = find_existing (imp, number, &local);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (!(imp->flags & OVS_IMPORT_UPDATE) && v->existing != 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE,
                   _("personnel number %s already exists; import with update to change that employee"),
                   number);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_employer (Import *imp, const char *name, GError **error)
{
  g_autoptr(GError) local = NULL;

  if (ovs_employee_batch_employer (imp->batch, name, &local) != 0)
    return TRUE;
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION,
               _("there is no organisation named “%s”"), name);
  return FALSE;
}

/* "dd-mm-jjjj" exactly, as the export writes it, to ISO without the general parser's allocations;
 * anything else (d-m-jjjj, other separators, ISO, mistakes) goes to ovs_date_normalize(), which
 * gives the same result for these and the error message for the rest. */
static char *
display_date_to_iso (const char *text)
{
  guint day, month, year;

  for (guint i = 0; i < 10; i++)
    if (i == 2 || i == 5 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return NULL;
  if (text[10] != '\0')
    return NULL;
  day = (guint) (text[0] - '0') * 10 + (guint) (text[1] - '0');
  month = (guint) (text[3] - '0') * 10 + (guint) (text[4] - '0');
  year = (guint) g_ascii_strtoull (text + 6, NULL, 10);
  if (year < 1900 || year > 2200 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_strndup ((const char[10]) { text[6], text[7], text[8], text[9], '-', text[3], text[4], '-',
                                       text[0], text[1] }, 10);
}

static gboolean
normalize_date (const char *text, char **out, GError **error)
{
  if ((*out = display_date_to_iso (text)) == NULL)
    *out = ovs_date_normalize (text, error);
  return *out != NULL;
}

/* dienstverband: wsw (also when empty) or nieuw beschut, as the vocabulary reads it: in any case, with a
 * space, '_' or '-'. */
static gboolean
parse_employment_type (const char *text, const char **type, GError **error)
{
  int value = OVS_EMPLOYMENT_TYPE_WSW;

  if (*text != '\0' && !ovs_vocab_lookup (OVS_TYPE_EMPLOYMENT_TYPE, text, &value) &&
      !ovs_vocab_parse (OVS_TYPE_EMPLOYMENT_TYPE, text, &value))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("“%s” is not an employment type (wsw or nieuw beschut)"), text);
      return FALSE;
    }
  *type = ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, value);
  return TRUE;
}

/* The type of the employee with personnel number @number, or wsw when there is none. */
/* NULL when the database failed: guessing wsw could turn a nieuw beschut employee into a Wsw one. */
static const char *
stored_employment_type (Import *imp, const char *number, GError **error)
{
  g_autoptr(GError) local = NULL;
  gint64 id = find_existing (imp, number, &local);
  OvsStmt *stmt;
  int value = OVS_EMPLOYMENT_TYPE_WSW;

  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  if (id != 0)

    {
      stmt = ovs_store_prepare (imp->store, "SELECT employment_type FROM employee WHERE id = ?", error);
      if (stmt == NULL)
        return NULL;
      ovs_stmt_bind_int64 (stmt, 1, id);
      /* An unknown code leaves it wsw. */
      if (ovs_stmt_next (stmt, &local))
        ovs_vocab_lookup (OVS_TYPE_EMPLOYMENT_TYPE, ovs_stmt_get_text (stmt, 0), &value);
      ovs_stmt_reset (stmt);
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
    }
  return ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, value);
}

/* An empty value, and a new employee in a file without the column, are wsw; an update from a file
 * without the column keeps the employee's type (a file from before the column existed must not turn
 * nieuw beschut employees into Wsw employees). */
static gboolean
read_employment_type (Import *imp, Values *v, GError **error)
{
  if (imp->index[COL_EMPLOYMENT_TYPE] >= 0)
    return parse_employment_type (v->text[COL_EMPLOYMENT_TYPE], &v->employment_type, error);
  v->employment_type = (imp->flags & OVS_IMPORT_UPDATE)
                       ? stored_employment_type (imp, v->text[COL_PERSONNEL_NUMBER], error)
                       : ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_WSW);
  return v->employment_type != NULL;
}

/* Checks one non-empty value; empty required values are caught before. */
static gboolean
check_column (Import *imp, Values *v, Column c, guint line, GError **error)
{
  const char *text = v->text[c];

  switch (c)
    {
    case COL_PERSONNEL_NUMBER: return check_personnel_number (imp, v, text, line, error);
    case COL_BIRTH_DATE: return normalize_date (text, &v->birth_date, error);
    case COL_VALID_UNTIL: return normalize_date (text, &v->valid_until, error);
    case COL_START: return normalize_date (text, &v->start, error);
    case COL_BSN: return ovs_bsn_validate (text, &v->bsn, error);
    case COL_CATEGORY: return ovs_parse_category (text, &v->category, error);
    case COL_CONTRACT_HOURS: return ovs_parse_contract_hours (text, &v->minutes, error);
    case COL_SCALE: return (v->has_scale = ovs_parse_int (text, &v->scale, error));
    case COL_STEP: return (v->has_step = ovs_parse_int (text, &v->step, error));
    case COL_EMPLOYER: return check_employer (imp, text, error);
    case COL_WORK_ORGANISATION: return check_employer (imp, text, error);
    case COL_WSW_SINCE: return normalize_date (text, &v->wsw_since, error);
    case COL_EMPLOYMENT_TYPE: return TRUE;   /* read before the other columns */
    case COL_FIRST_NAME: case COL_NAME_PREFIX: case COL_LAST_NAME: case COL_RESIDENCE:
    case COL_HOME_MUNICIPALITY: case N_COLUMNS: default:
      return TRUE;
    }
}

static gboolean
value_required (Values *v, Column c)
{
  /* Nieuw beschut (Participatiewet) needs no Wsw indication. */
  if (c == COL_CATEGORY &&
      ovs_vocab_is (OVS_TYPE_EMPLOYMENT_TYPE, v->employment_type, OVS_EMPLOYMENT_TYPE_NEW_SHELTERED))
    return FALSE;
  return column_required[c];
}

/* Returns FALSE with @error and *@bad set to the first column that breaks a rule: dienstverband
 * first (what is required depends on it), then the others in column order. */
static gboolean
check_values (Import *imp, Values *v, guint line, Column *bad, GError **error)
{
  if (!read_employment_type (imp, v, error))
    {
      *bad = COL_EMPLOYMENT_TYPE;
      return FALSE;
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    if (value_required (v, c) && *v->text[c] == '\0')
      {
        *bad = c;
        g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("a value is required"));
        return FALSE;
      }
  for (guint c = 0; c < N_COLUMNS; c++)
    if (*v->text[c] != '\0' && !check_column (imp, v, c, line, error))
      {
        *bad = c;
        return FALSE;
      }
  return TRUE;
}

/* --- writing a row --- */

static void
fill_fields (Values *v, OvsEmployeeFields *f)
{
  *f = (OvsEmployeeFields) {
    .personnel_number = v->text[COL_PERSONNEL_NUMBER],
    .first_name = v->text[COL_FIRST_NAME],
    .name_prefix = *v->text[COL_NAME_PREFIX] ? v->text[COL_NAME_PREFIX] : NULL,
    .last_name = v->text[COL_LAST_NAME],
    .birth_date = v->birth_date,
    .bsn = v->bsn,
    .residence = *v->text[COL_RESIDENCE] ? v->text[COL_RESIDENCE] : NULL,
    .home_municipality = v->text[COL_HOME_MUNICIPALITY],
    .category = v->category,
    .indication_valid_until = v->valid_until,
    .contract_minutes = v->minutes,
    .has_salary_scale = v->has_scale, .salary_scale = v->scale,
    .has_salary_step = v->has_step, .salary_step = v->step,
    .employer = v->text[COL_EMPLOYER],
    .employment_start = v->start,
    .employment_type = v->employment_type,
    .wsw_since = v->wsw_since,
    .work_organisation = *v->text[COL_WORK_ORGANISATION] ? v->text[COL_WORK_ORGANISATION] : NULL,
  };
}

static char *
display_name (Values *v)
{
  const char *parts[] = { v->text[COL_FIRST_NAME], v->text[COL_NAME_PREFIX], v->text[COL_LAST_NAME] };
  GString *name = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (*parts[i] != '\0')
      {
        if (name->len > 0)
          g_string_append_c (name, ' ');
        g_string_append (name, parts[i]);
      }
  return g_string_free (name, FALSE);
}

/* The row rejected for @error, in @column (an employee column, or -1 when the rule named none).
 * Rejected rows are few, so each gets its row object at once. */
static OvsImportRow *
rejected_row (guint line, Values *v, int column, const char *field, const GError *error)
{
  const char *reason = error->domain == OVS_VALIDATION_ERROR ? ovs_validation_reason (error->code) : "duplicate";
  g_autofree char *name = display_name (v);
  OvsImportRow *row = ovs_import_row_new (line, v->text[COL_PERSONNEL_NUMBER], name);

  if (column >= 0)
    ovs_import_row_reject (row, column_names[column], v->text[column], reason, error->message);
  else
    ovs_import_row_reject (row, field ? field : "", "", reason, error->message);
  return row;
}

/* Files the row as rejected: in the report, or after the rows waiting in the writer. */
static void
reject (Import *imp, guint line, Values *v, int column, const char *field, const GError *error)
{
  g_autoptr(OvsImportRow) row = rejected_row (line, v, column, field, error);

  if (imp->queue->len > 0)
    g_array_append_val (imp->queue, ((Waiting) { line, { NULL }, g_steal_pointer (&row) }));
  else
    ovs_import_report_add_row (imp->report, row);
}

static void
accept (Import *imp, guint line, Values *v, OvsImportRowAction action)
{
  g_autofree char *name = display_name (v);

  ovs_import_report_add_accepted (imp->report, line, v->text[COL_PERSONNEL_NUMBER], name, action);
}

/* Files a row refused by the employee rules or the database (a taken personnel number) as
 * rejected; anything else (the database failing) stops the whole import. */
static gboolean
refuse (Import *imp, guint line, Values *v, const char *field, GError *local, GError **error)
{
  if (local->domain == OVS_VALIDATION_ERROR)
    reject (imp, line, v, field != NULL ? column_by_name (field) : -1, field, local);
  else if (g_error_matches (local, OVS_STORE_ERROR, OVS_STORE_ERROR_DUPLICATE))
    reject (imp, line, v, COL_PERSONNEL_NUMBER, NULL, local);
  else
    return (g_propagate_error (error, g_error_copy (local)), FALSE);
  return TRUE;
}

static void
refused (gpointer user_data, guint index, const GError *error)
{
  Import *imp = user_data;
  Waiting *w = &g_array_index (imp->queue, Waiting, g_array_index (imp->waiting, guint, index));

  g_clear_error (&w->refused);
  w->refused = g_error_copy (error);
}

/* Writes the rows waiting in the writer, then files every queued row in the report in file order. */
static gboolean
flush (Import *imp, GError **error)
{
  gboolean ok = ovs_import_writer_flush (imp->writer, refused, imp, error);

  for (guint i = 0; ok && i < imp->queue->len; i++)
    {
      Waiting *w = &g_array_index (imp->queue, Waiting, i);

      if (w->rejected != NULL)
        ovs_import_report_add_row (imp->report, w->rejected);
      else if (w->refused != NULL)
        {
          g_autoptr(OvsImportRow) row = rejected_row (w->line, &w->v, COL_PERSONNEL_NUMBER, NULL, w->refused);

          ovs_import_report_add_row (imp->report, row);
        }
      else
        accept (imp, w->line, &w->v, OVS_IMPORT_ROW_INSERT);
    }
  g_array_set_size (imp->queue, 0);
  g_array_set_size (imp->waiting, 0);
  return ok;
}

/* A new employee waits in the writer (written when it is full); a change to an existing one is
 * written at once, after the rows waiting before it. */
static gboolean
write_row (Import *imp, Values *v, guint line, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsEmployeeFields fields;
  const char *field = NULL;
  gint64 id = v->existing;

  fill_fields (v, &fields);
  if (id == 0)
    {
      if (!ovs_import_writer_add (imp->writer, &fields, &field, &local))
        return refuse (imp, line, v, field, local, error);
      /* The writer's rows are numbered in the order added; the queue owns the values now. */
      g_array_append_val (imp->waiting, imp->queue->len);
      g_array_append_val (imp->queue, ((Waiting) { line, *v }));
      *v = (Values) { NULL };
      return !ovs_import_writer_is_full (imp->writer) || flush (imp, error);
    }
  if (!flush (imp, error))
    return FALSE;
  if (ovs_employees_update (imp->store, id, &fields, &field, &local))
    accept (imp, line, v, OVS_IMPORT_ROW_UPDATE);
  else
    return refuse (imp, line, v, field, local, error);
  return TRUE;
}

static gboolean
import_row (Import *imp, guint index, GError **error)
{
  guint line = ovs_csv_table_get_row_line (imp->table, index);
  g_auto(Values) v = { NULL };
  g_autoptr(GError) invalid = NULL;
  Column bad = COL_PERSONNEL_NUMBER;

  read_values (imp, index, &v);
  if (check_values (imp, &v, line, &bad, &invalid))
    return write_row (imp, &v, line, error);
  if (invalid->domain != OVS_VALIDATION_ERROR)
    return (g_propagate_error (error, g_steal_pointer (&invalid)), FALSE);
  reject (imp, line, &v, bad, NULL, invalid);
  return TRUE;
}

/* --- the whole file --- */

static gboolean
write_audit (Import *imp, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();

  json_object_set_string_member (changes, "file", ovs_import_report_get_file_name (imp->report));
  json_object_set_int_member (changes, "imported", ovs_import_report_get_n_imported (imp->report));
  json_object_set_int_member (changes, "updated", ovs_import_report_get_n_updated (imp->report));
  json_object_set_int_member (changes, "rejected", ovs_import_report_get_n_rejected (imp->report));
  return ovs_store_audit (imp->store, "import", "employee", 0, changes, error);
}

/* Commits when there is something to write and nothing forbids it; otherwise undoes every row. */
static gboolean
finish (Import *imp, GError **error)
{
  OvsImportReport *report = imp->report;
  guint accepted = g_list_model_get_n_items (ovs_import_report_get_accepted (report));
  gboolean keep = accepted > 0 && !(imp->flags & OVS_IMPORT_DRY_RUN) &&
                  !((imp->flags & OVS_IMPORT_STRICT) && ovs_import_report_get_n_rejected (report) > 0);

  if (keep)
    {
      /* The audit row counts what is written, so mark the report first. */
      ovs_import_report_set_written (report, TRUE);
      if (!write_audit (imp, error) || !ovs_store_commit (imp->store, error))
        {
          ovs_import_report_set_written (report, FALSE);
          ovs_store_rollback (imp->store);
          return FALSE;
        }
    }
  else
    ovs_store_rollback (imp->store);
  /* Listeners saw the rows of each nested add; tell them the final state either way. */
  if (accepted > 0)
    ovs_store_emit_changed (imp->store, "employee");
  return TRUE;
}

static gboolean
import_rows (Import *imp, GError **error)
{
  for (guint i = 0; i < ovs_csv_table_get_n_rows (imp->table); i++)
    if (!import_row (imp, i, error))
      return FALSE;
  return flush (imp, error);
}

static gboolean
run (Import *imp, GError **error)
{
  gboolean ok;

  if (!map_header (imp, error) || !ovs_store_begin (imp->store, error))
    return FALSE;
  if (!load_existing (imp, error))
    {
      ovs_store_rollback (imp->store);
      return FALSE;
    }
  /* The counts change with every row; whoever watches the report hears of them once, at the end. */
  g_object_freeze_notify (G_OBJECT (imp->report));
  ok = import_rows (imp, error);
  g_object_thaw_notify (G_OBJECT (imp->report));
  if (!ok)
    {
      ovs_store_rollback (imp->store);
      return FALSE;
    }
  return finish (imp, error);
}

OvsImportReport *
ovs_import_employees_bytes (OvsStore *store, GBytes *bytes, const char *file_name, OvsImportFlags flags,
                            GError **error)
{
  g_autoptr(OvsCsvTable) table = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) existing = NULL;
  g_autoptr(OvsImportReport) report = NULL;
  g_autoptr(OvsEmployeeBatch) batch = NULL;
  g_autoptr(OvsImportWriter) writer = NULL;
  g_autoptr(GArray) queue = NULL;
  g_autoptr(GArray) waiting = NULL;
  g_autoptr(GError) local = NULL;
  Import imp = { store, flags };
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error))
    return NULL;
  if ((table = ovs_csv_table_parse (bytes, &local)) == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local), "%s: ", file_name ? file_name : "");
      return NULL;
    }
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  report = ovs_import_report_new (file_name, (flags & OVS_IMPORT_DRY_RUN) != 0);
  ovs_import_report_set_source (report, ovs_csv_table_get_encoding (table), ovs_csv_table_get_delimiter (table));
  imp.table = table;
  imp.seen = seen;
  imp.report = report;
  imp.batch = batch = ovs_employee_batch_new (store);
  imp.writer = writer = ovs_import_writer_new (store, batch);
  imp.queue = queue = g_array_new (FALSE, TRUE, sizeof (Waiting));
  g_array_set_clear_func (queue, waiting_clear);
  imp.waiting = waiting = g_array_new (FALSE, FALSE, sizeof (guint));
  ok = run (&imp, &local);
  existing = imp.existing;
  if (!ok)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local), "%s: ", file_name ? file_name : "");
      return NULL;
    }
  return g_steal_pointer (&report);
}

OvsImportReport *
ovs_import_employees (OvsStore *store, const char *path, OvsImportFlags flags, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &local))
    {
      g_set_error (error, OVS_IMPORT_ERROR, OVS_IMPORT_ERROR_READ, _("Cannot read %s: %s"), path, local->message);
      return NULL;
    }
  bytes = g_bytes_new_take (contents, length);
  return ovs_import_employees_bytes (store, bytes, path, flags, error);
}

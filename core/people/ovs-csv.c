/* ovs-csv.c — reading CSV files into rows: encoding, delimiter, quoting (libcsv) and line numbers. */
#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-files.h"
#include "overstap/people/ovs-csv.h"

G_DEFINE_QUARK (ovs-csv-error-quark, ovs_csv_error)

/* One allocation per record: this header, then the NULL-terminated field pointers, then the
 * fields' text; a file of 100,000 rows would otherwise make 1.6 million small allocations. */
typedef struct
{
  guint  line;
  guint  n_fields;
  char **fields;   /* NULL-terminated, pointing into the same block */
} Record;

struct _OvsCsvTable
{
  const char *encoding;
  gboolean    had_bom;
  char        delimiter;
  GPtrArray  *records;   /* Record*, the header first */
};

static void
record_free (gpointer data)
{
  g_free (data);
}

void
ovs_csv_table_free (OvsCsvTable *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_free (self);
}

/* --- encoding --- */

static gboolean
has_prefix (const char *data, gsize size, const char *prefix, gsize prefix_len)
{
  return size >= prefix_len && memcmp (data, prefix, prefix_len) == 0;
}

static char *
convert (const char *data, gsize size, const char *from, GError **error)
{
  g_autoptr(GError) local = NULL;
  char *text = g_convert (data, (gssize) size, "UTF-8", from, NULL, NULL, &local);

  if (text == NULL)
    g_set_error (error, OVS_CSV_ERROR, OVS_CSV_ERROR_ENCODING,
                 _("The file is neither UTF-8 nor Windows-1252 text (%s); save it again as “CSV UTF-8”"),
                 local->message);
  return text;
}

/* Returns the file as UTF-8 text. Invalid UTF-8 is taken to be Windows-1252, which is what Excel
 * writes for "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows. */
static char *
decode (OvsCsvTable *self, GBytes *bytes, GError **error)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *guess;

  if (has_prefix (data, size, "PK\003\004", 4))
    {
      g_set_error (error, OVS_CSV_ERROR, OVS_CSV_ERROR_ENCODING,
                   _("This is a spreadsheet workbook (xlsx), not a CSV file; save it as CSV first"));
      return NULL;
    }
  guess = ovs_text_encoding_guess (data, size);
  /* UTF-32 starts with what looks like a UTF-16 byte-order mark; Shift-JIS and its relatives would
   * become mojibake as Windows-1252. Refused by name: Excel never writes these for a CSV. */
  if (guess != NULL && (g_str_has_prefix (guess, "UTF-32") || g_str_equal (guess, "Shift-JIS") ||
                        (g_str_has_prefix (guess, "UTF-16") && !has_prefix (data, size, "\xff\xfe", 2) &&
                         !has_prefix (data, size, "\xfe\xff", 2))))
    {
      g_set_error (error, OVS_CSV_ERROR, OVS_CSV_ERROR_ENCODING,
                   _("The file is in %s, which Overstap does not read; save it again as “CSV UTF-8”"), guess);
      return NULL;
    }
  if (has_prefix (data, size, "\xef\xbb\xbf", 3))
    self->had_bom = TRUE, data += 3, size -= 3;
  else if (has_prefix (data, size, "\xff\xfe", 2) || has_prefix (data, size, "\xfe\xff", 2))
    {
      self->had_bom = TRUE;
      self->encoding = "UTF-16";
      return convert (data + 2, size - 2, data[0] == '\xff' ? "UTF-16LE" : "UTF-16BE", error);
    }
  if (memchr (data, '\0', size) != NULL)
    {
      g_set_error (error, OVS_CSV_ERROR, OVS_CSV_ERROR_ENCODING,
                   _("The file contains NUL bytes: it is not a CSV text file"));
      return NULL;
    }
  if (g_utf8_validate (data, (gssize) size, NULL))
    {
      self->encoding = "UTF-8";
      return size > 0 ? g_strndup (data, size) : g_strdup ("");
    }
  self->encoding = "WINDOWS-1252";
  return convert (data, size, "WINDOWS-1252", error);
}

/* --- delimiter --- */

static gboolean
is_blank_line (const char *line, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r' && line[i] != '\n')
      return FALSE;
  return TRUE;
}

/* Counts the candidates in the first non-blank line, outside quotes; the most frequent wins, and
 * ';' wins a tie because a Dutch Excel writes it (the comma is the decimal separator there). */
static char
detect_delimiter (const char *text)
{
  const char candidates[] = { ';', ',', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE, seen_text = FALSE;
  char best = ';';
  guint best_count = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r') && seen_text)
        break;
      for (guint i = 0; !quoted && i < G_N_ELEMENTS (candidates); i++)
        counts[i] += *p == candidates[i];
      seen_text |= !is_blank_line (p, 1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > best_count)
      best = candidates[i], best_count = counts[i];
  return best;
}

/* --- parsing --- */

typedef struct
{
  GString   *text;        /* the fields of the record being read, each followed by a NUL */
  GArray    *starts;      /* gsize: where each field begins in text */
  GPtrArray *records;
  guint      start_line;  /* where the record being read began */
  gboolean   ended;       /* a record ended in the current chunk */
} ParseState;

static void
field_cb (void *text, size_t len, void *data)
{
  ParseState *state = data;
  gsize start = state->text->len;

  g_array_append_val (state->starts, start);
  if (text != NULL)
    g_string_append_len (state->text, text, (gssize) len);
  g_string_append_c (state->text, '\0');
}

/* TRUE when every field of the record is blank (the NULs between them count as blank too). */
static gboolean
fields_blank (ParseState *state)
{
  for (gsize i = 0; i < state->text->len; i++)
    if (state->text->str[i] != '\0' && !is_blank_line (state->text->str + i, 1))
      return FALSE;
  return TRUE;
}

static Record *
record_new (ParseState *state)
{
  guint n = state->starts->len;
  gsize header = sizeof (Record) + (n + 1) * sizeof (char *);
  Record *record = g_malloc (header + state->text->len);
  char *text = (char *) record + header;

  record->line = state->start_line;
  record->n_fields = n;
  record->fields = (char **) (record + 1);
  memcpy (text, state->text->str, state->text->len);
  for (guint i = 0; i < n; i++)
    record->fields[i] = text + g_array_index (state->starts, gsize, i);
  record->fields[n] = NULL;
  return record;
}

static void
record_cb (int terminator, void *data)
{
  ParseState *state = data;

  state->ended = TRUE;
  if (!fields_blank (state))
    g_ptr_array_add (state->records, record_new (state));
  g_string_truncate (state->text, 0);
  g_array_set_size (state->starts, 0);
}

/* The length of the physical line at @p including its line end (LF, CRLF or a lone CR). */
static gsize
line_length (const char *p)
{
  gsize n = strcspn (p, "\r\n");

  if (p[n] == '\r' && p[n + 1] == '\n')
    return n + 2;
  return p[n] != '\0' ? n + 1 : n;
}

static gboolean
parse_error (struct csv_parser *parser, guint line, GError **error)
{
  if (csv_error (parser) == CSV_EPARSE)
    g_set_error (error, OVS_CSV_ERROR, OVS_CSV_ERROR_MALFORMED,
                 _("Line %u: a quote in the wrong place; a field with quotes must be quoted as a whole, "
                   "with each quote inside it doubled"), line);
  else
    g_set_error (error, OVS_CSV_ERROR, OVS_CSV_ERROR_MALFORMED, _("Line %u: %s"), line,
                 csv_strerror (csv_error (parser)));
  return FALSE;
}

/* Feeds libcsv one physical line at a time, so that when a record starts we know its line. */
static gboolean
parse_lines (struct csv_parser *parser, const char *text, ParseState *state, GError **error)
{
  gboolean at_boundary = TRUE;
  guint line = 0;

  for (const char *p = text; *p != '\0';)
    {
      gsize len = line_length (p);

      line++;
      if (at_boundary)
        state->start_line = line;
      state->ended = FALSE;
      if (csv_parse (parser, p, len, field_cb, record_cb, state) != len)
        return parse_error (parser, line, error);
      at_boundary = state->ended || (at_boundary && is_blank_line (p, len));
      p += len;
    }
  if (csv_fini (parser, field_cb, record_cb, state) != 0)
    {
      g_set_error (error, OVS_CSV_ERROR, OVS_CSV_ERROR_MALFORMED,
                   _("Line %u: a quoted field is not closed before the end of the file"), state->start_line);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_text (OvsCsvTable *self, const char *text, GError **error)
{
  ParseState state = { g_string_sized_new (256), g_array_new (FALSE, FALSE, sizeof (gsize)), self->records, 1,
                       FALSE };
  struct csv_parser parser;
  gboolean ok;

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    g_error ("libcsv could not be initialised");
  csv_set_delim (&parser, (unsigned char) self->delimiter);
  ok = parse_lines (&parser, text, &state, error);
  csv_free (&parser);
  g_string_free (state.text, TRUE);
  g_array_unref (state.starts);
  return ok;
}

OvsCsvTable *
ovs_csv_table_parse (GBytes *bytes, GError **error)
{
  g_autoptr(OvsCsvTable) self = g_new0 (OvsCsvTable, 1);
  g_autofree char *text = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  self->records = g_ptr_array_new_with_free_func (record_free);
  if ((text = decode (self, bytes, error)) == NULL)
    return NULL;
  self->delimiter = detect_delimiter (text);
  if (!parse_text (self, text, error))
    return NULL;
  if (self->records->len == 0)
    {
      g_set_error (error, OVS_CSV_ERROR, OVS_CSV_ERROR_EMPTY, _("The file is empty: it has no header line"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* --- accessors --- */

const char *
ovs_csv_table_get_encoding (OvsCsvTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->encoding;
}

gboolean
ovs_csv_table_get_had_bom (OvsCsvTable *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->had_bom;
}

char
ovs_csv_table_get_delimiter (OvsCsvTable *self)
{
  g_return_val_if_fail (self != NULL, ';');
  return self->delimiter;
}

static Record *
record_at (OvsCsvTable *self, guint index)
{
  return g_ptr_array_index (self->records, index);
}

const char * const *
ovs_csv_table_get_header (OvsCsvTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) record_at (self, 0)->fields;
}

guint
ovs_csv_table_get_header_line (OvsCsvTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return record_at (self, 0)->line;
}

guint
ovs_csv_table_get_n_rows (OvsCsvTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->records->len - 1;
}

const char * const *
ovs_csv_table_get_row (OvsCsvTable *self, guint row)
{
  g_return_val_if_fail (self != NULL && row + 1 < self->records->len, NULL);
  return (const char * const *) record_at (self, row + 1)->fields;
}

guint
ovs_csv_table_get_row_length (OvsCsvTable *self, guint row)
{
  g_return_val_if_fail (self != NULL && row + 1 < self->records->len, 0);
  return record_at (self, row + 1)->n_fields;
}

guint
ovs_csv_table_get_row_line (OvsCsvTable *self, guint row)
{
  g_return_val_if_fail (self != NULL && row + 1 < self->records->len, 0);
  return record_at (self, row + 1)->line;
}

/* --- writing --- */

void
ovs_csv_append_field (GString *out, const char *field, char delimiter)
{
  gsize len = field ? strlen (field) : 0;
  gboolean quote = len > 0 && (strchr (field, delimiter) != NULL || strpbrk (field, "\"\r\n") != NULL ||
                               field[0] == ' ' || field[len - 1] == ' ');

  if (!quote)
    {
      g_string_append_len (out, field ? field : "", (gssize) len);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* "-3", "+32,5", "-0.5": a number, which no spreadsheet runs. */
static gboolean
is_plain_number (const char *text)
{
  const char *p = text + 1;
  gboolean digits = FALSE, separator = FALSE;

  if (*text != '-' && *text != '+')
    return FALSE;
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if ((*p == ',' || *p == '.') && digits && !separator)
        separator = TRUE;
      else
        return FALSE;
    }
  return digits && p[-1] != ',' && p[-1] != '.';
}

gboolean
ovs_csv_is_formula_like (const char *text)
{
  if (text == NULL || strchr ("=+-@\t\r", text[0]) == NULL || text[0] == '\0')
    return FALSE;
  return !is_plain_number (text);
}

void
ovs_csv_append_cell (GString *out, const char *field, char delimiter)
{
  g_autofree char *neutral = NULL;

  g_return_if_fail (out != NULL);

  if (ovs_csv_is_formula_like (field))
    field = neutral = g_strconcat ("'", field, NULL);
  ovs_csv_append_field (out, field, delimiter);
}

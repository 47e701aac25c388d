/* ovs-csv.h — CSV text as HR systems and spreadsheets write it, read into rows of UTF-8 fields.
 *
 * The reader takes the raw bytes of a file and decides everything a person would otherwise have to
 * tell it: the encoding (UTF-8 with or without a byte order mark, UTF-16 with a mark, or else
 * Windows-1252, the default of Excel on a Dutch Windows), the delimiter (';', ',' or a tab, whichever
 * occurs most in the header line outside quotes) and the line ends (CRLF, LF or CR). Quoting follows
 * RFC 4180 (libcsv in strict mode): quoted fields may hold delimiters, doubled quotes and newlines.
 *
 * Each record remembers the physical line on which it starts, so that a report can say "regel 14"
 * and mean the line a person sees in their editor. Records whose fields are all blank (empty lines,
 * or a row of only delimiters as spreadsheets leave them) are skipped.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OVS_CSV_ERROR (ovs_csv_error_quark ())

typedef enum {
  OVS_CSV_ERROR_EMPTY,      /* no header line at all */
  OVS_CSV_ERROR_ENCODING,   /* neither UTF-8 nor Windows-1252 */
  OVS_CSV_ERROR_MALFORMED,  /* a quote in the wrong place, or a quoted field never closed */
} OvsCsvError;

typedef struct _OvsCsvTable OvsCsvTable;

GQuark              ovs_csv_error_quark          (void);

/* Reads @bytes (the whole file). The first non-blank record is the header. */
OvsCsvTable        *ovs_csv_table_parse          (GBytes       *bytes,
                                                  GError      **error);
void                ovs_csv_table_free           (OvsCsvTable  *self);

/* "UTF-8", "UTF-16" or "WINDOWS-1252": what the bytes were read as. */
const char         *ovs_csv_table_get_encoding   (OvsCsvTable  *self);
gboolean            ovs_csv_table_get_had_bom    (OvsCsvTable  *self);
char                ovs_csv_table_get_delimiter  (OvsCsvTable  *self);

/* The header's fields, NULL-terminated, as written (not trimmed). */
const char * const *ovs_csv_table_get_header     (OvsCsvTable  *self);
guint               ovs_csv_table_get_header_line (OvsCsvTable *self);

/* Data records after the header; a record may have fewer or more fields than the header. */
guint               ovs_csv_table_get_n_rows     (OvsCsvTable  *self);
const char * const *ovs_csv_table_get_row        (OvsCsvTable  *self,
                                                  guint         row);
guint               ovs_csv_table_get_row_length (OvsCsvTable  *self,
                                                  guint         row);
/* The physical line (1-based) on which the record starts. */
guint               ovs_csv_table_get_row_line   (OvsCsvTable  *self,
                                                  guint         row);

/* Whether @text would be read as a formula by a spreadsheet: it starts with =, +, -, @, a tab or a
 * carriage return, and is not simply a number such as "-3,5". */
gboolean            ovs_csv_is_formula_like      (const char   *text);
/* As ovs_csv_append_field(), for a file that a spreadsheet will open: a formula-like field gets a
 * leading apostrophe (OWASP's advice on CSV injection), which Excel and LibreOffice show as text. */
void                ovs_csv_append_cell          (GString      *out,
                                                  const char   *field,
                                                  char          delimiter);

/* Quotes @field for writing with @delimiter when it holds the delimiter, a quote, a line end or
 * leading/trailing spaces; appends the result to @out. */
void                ovs_csv_append_field         (GString      *out,
                                                  const char   *field,
                                                  char          delimiter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsCsvTable, ovs_csv_table_free)

G_END_DECLS

/* test-csv.c — the CSV reader: delimiters, BOM, Windows-1252, line ends, quoting and line numbers. */
#include <overstap/overstap.h>
#include <string.h>

static OvsCsvTable *
parse (const char *text, gsize len)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len ? len : strlen (text));
  g_autoptr(GError) error = NULL;
  OvsCsvTable *table = ovs_csv_table_parse (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static void
assert_row (OvsCsvTable *table, guint row, guint line, const char * const *want)
{
  const char * const *got = ovs_csv_table_get_row (table, row);

  g_assert_cmpuint (ovs_csv_table_get_row_line (table, row), ==, line);
  g_assert_cmpuint (ovs_csv_table_get_row_length (table, row), ==, g_strv_length ((char **) want));
  g_assert_cmpstrv (got, want);
}

static void
test_semicolon_lf (void)
{
  g_autoptr(OvsCsvTable) t = parse ("personeelsnummer;voornaam;achternaam\n1001;Jan;Jansen\n1002;Piet;de Vries\n", 0);
  const char *header[] = { "personeelsnummer", "voornaam", "achternaam", NULL };

  g_assert_cmpint (ovs_csv_table_get_delimiter (t), ==, ';');
  g_assert_cmpstr (ovs_csv_table_get_encoding (t), ==, "UTF-8");
  g_assert_false (ovs_csv_table_get_had_bom (t));
  g_assert_cmpstrv (ovs_csv_table_get_header (t), header);
  g_assert_cmpuint (ovs_csv_table_get_header_line (t), ==, 1);
  g_assert_cmpuint (ovs_csv_table_get_n_rows (t), ==, 2);
  assert_row (t, 0, 2, (const char *[]) { "1001", "Jan", "Jansen", NULL });
  assert_row (t, 1, 3, (const char *[]) { "1002", "Piet", "de Vries", NULL });
}

static void
test_comma_crlf_bom (void)
{
  g_autoptr(OvsCsvTable) t = parse ("\xef\xbb\xbfnr,naam,uren\r\n1,Zoë,\"32,5\"\r\n2,Anaïs,24\r\n", 0);

  g_assert_cmpint (ovs_csv_table_get_delimiter (t), ==, ',');
  g_assert_true (ovs_csv_table_get_had_bom (t));
  g_assert_cmpstr (ovs_csv_table_get_header (t)[0], ==, "nr");
  assert_row (t, 0, 2, (const char *[]) { "1", "Zoë", "32,5", NULL });
  assert_row (t, 1, 3, (const char *[]) { "2", "Anaïs", "24", NULL });
}

/* The header decides: a comma inside quotes in the header does not count, and a comma in the data
 * rows (decimal comma) does not sway the choice for ';'. */
static void
test_delimiter_from_header_only (void)
{
  g_autoptr(OvsCsvTable) t = parse ("\"a,b\";c\n1,5;2,3,4\n", 0);

  g_assert_cmpint (ovs_csv_table_get_delimiter (t), ==, ';');
  assert_row (t, 0, 2, (const char *[]) { "1,5", "2,3,4", NULL });
}

static void
test_windows_1252 (void)
{
  /* "Hélène;Müller;Françoise;Anaïs;Chloë" in Windows-1252: é=E9 ü=FC ç=E7 ï=EF ë=EB; € = 80. */
  const char bytes[] = "naam;achternaam\nH\xe9l\xe8ne;M\xfcller\nFran\xe7oise;Ana\xefs Chlo\xeb \x80\n";
  g_autoptr(OvsCsvTable) t = parse (bytes, sizeof bytes - 1);

  g_assert_cmpstr (ovs_csv_table_get_encoding (t), ==, "WINDOWS-1252");
  assert_row (t, 0, 2, (const char *[]) { "Hélène", "Müller", NULL });
  assert_row (t, 1, 3, (const char *[]) { "Françoise", "Anaïs Chloë €", NULL });
}

static void
test_utf16 (void)
{
  /* "a;b\n1;é\n" as UTF-16LE with its byte order mark. */
  const char bytes[] = "\xff\xfe" "a\0;\0b\0\n\0" "1\0;\0\xe9\0\n\0";
  g_autoptr(OvsCsvTable) t = parse (bytes, sizeof bytes - 1);

  g_assert_cmpstr (ovs_csv_table_get_encoding (t), ==, "UTF-16");
  assert_row (t, 0, 2, (const char *[]) { "1", "é", NULL });
}

static void
test_quotes_and_line_numbers (void)
{
  const char *text =
    "nr;opmerking;naam\r\n"                          /* 1 */
    "1;\"eerste;regel\";Jan\r\n"                     /* 2 */
    "2;\"zegt \"\"hallo\"\"\";Kees\r\n"              /* 3 */
    "3;\"over\r\ntwee regels\";Els\r\n"              /* 4-5 */
    "\r\n"                                           /* 6: empty */
    "4;\"drie\nregels\nlang\";Bram\n"                /* 7-9 */
    "5;gewoon;Fatima\n";                             /* 10 */
  g_autoptr(OvsCsvTable) t = parse (text, 0);

  g_assert_cmpuint (ovs_csv_table_get_n_rows (t), ==, 5);
  assert_row (t, 0, 2, (const char *[]) { "1", "eerste;regel", "Jan", NULL });
  assert_row (t, 1, 3, (const char *[]) { "2", "zegt \"hallo\"", "Kees", NULL });
  assert_row (t, 2, 4, (const char *[]) { "3", "over\r\ntwee regels", "Els", NULL });
  assert_row (t, 3, 7, (const char *[]) { "4", "drie\nregels\nlang", "Bram", NULL });
  assert_row (t, 4, 10, (const char *[]) { "5", "gewoon", "Fatima", NULL });
}

/* A quoted field that spans lines at the very start of a record still counts from its first line. */
static void
test_multiline_first_field (void)
{
  g_autoptr(OvsCsvTable) t = parse ("a;b\n\"x\ny\";z\n\"p\nq\nr\"\nlast;1", 0);

  assert_row (t, 0, 2, (const char *[]) { "x\ny", "z", NULL });
  assert_row (t, 1, 4, (const char *[]) { "p\nq\nr", NULL });
  assert_row (t, 2, 7, (const char *[]) { "last", "1", NULL });
}

static void
test_empty_lines_and_blank_rows (void)
{
  g_autoptr(OvsCsvTable) t = parse ("\n\na;b;c\n\n1;2;3\n;;\n  \n4;5;6\n;;\n", 0);

  g_assert_cmpuint (ovs_csv_table_get_header_line (t), ==, 3);
  g_assert_cmpuint (ovs_csv_table_get_n_rows (t), ==, 2);
  assert_row (t, 0, 5, (const char *[]) { "1", "2", "3", NULL });
  assert_row (t, 1, 8, (const char *[]) { "4", "5", "6", NULL });
}

static void
test_trailing_delimiter (void)
{
  g_autoptr(OvsCsvTable) t = parse ("a;b;\n1;2;\n3;4\n", 0);
  const char *header[] = { "a", "b", "", NULL };

  g_assert_cmpstrv (ovs_csv_table_get_header (t), header);
  assert_row (t, 0, 2, (const char *[]) { "1", "2", "", NULL });
  assert_row (t, 1, 3, (const char *[]) { "3", "4", NULL });
}

static void
test_cr_only_and_no_final_newline (void)
{
  g_autoptr(OvsCsvTable) t = parse ("a;b\r1;2\r3;4", 0);

  assert_row (t, 0, 2, (const char *[]) { "1", "2", NULL });
  assert_row (t, 1, 3, (const char *[]) { "3", "4", NULL });
}

static void
assert_parse_error (const char *text, gsize len, int code, const char *in_message)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len ? len : strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsCsvTable) t = ovs_csv_table_parse (bytes, &error);

  g_assert_null (t);
  g_assert_error (error, OVS_CSV_ERROR, code);
  if (in_message != NULL)
    g_assert_nonnull (strstr (error->message, in_message));
}

static void
test_errors (void)
{
  assert_parse_error ("", 0, OVS_CSV_ERROR_EMPTY, NULL);
  assert_parse_error ("\n\r\n;;\n", 0, OVS_CSV_ERROR_EMPTY, NULL);
  assert_parse_error ("a;b\n1;2\n3;\"open\n4;5\n", 0, OVS_CSV_ERROR_MALFORMED, "Line 3");
  assert_parse_error ("a;b\n1;2\n3;4\"x\"y\n", 0, OVS_CSV_ERROR_MALFORMED, "Line 3");
  assert_parse_error ("a;b\n1;\"2\"x\n", 0, OVS_CSV_ERROR_MALFORMED, "Line 2");
  assert_parse_error ("PK\003\004rest", 0, OVS_CSV_ERROR_ENCODING, "xlsx");
  assert_parse_error ("a;b\n1;\0\n", 8, OVS_CSV_ERROR_ENCODING, NULL);
  /* 0x81 is not a character in Windows-1252 either. */
  assert_parse_error ("a;b\n1;\x81\n", 0, OVS_CSV_ERROR_ENCODING, NULL);
}

static void
test_append_field (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  ovs_csv_append_field (out, "plain", ';');
  g_string_append_c (out, ';');
  ovs_csv_append_field (out, "a;b", ';');
  g_string_append_c (out, ';');
  ovs_csv_append_field (out, "zegt \"hoi\"", ';');
  g_string_append_c (out, ';');
  ovs_csv_append_field (out, "twee\nregels", ';');
  g_string_append_c (out, ';');
  ovs_csv_append_field (out, "32,5", ';');
  g_string_append_c (out, ';');
  ovs_csv_append_field (out, NULL, ';');
  g_assert_cmpstr (out->str, ==, "plain;\"a;b\";\"zegt \"\"hoi\"\"\";\"twee\nregels\";32,5;");
}

/* What append_field writes, the reader reads back unchanged. */
static void
test_round_trip (void)
{
  const char *values[] = { "gewoon", "met;punt", "met \"quotes\"", "over\r\nregels", " spatie ", "Zoë", "" };
  g_autoptr(GString) out = g_string_new ("h1;h2;h3;h4;h5;h6;h7\r\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OvsCsvTable) t = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      ovs_csv_append_field (out, values[i], ';');
      g_string_append (out, i + 1 < G_N_ELEMENTS (values) ? ";" : "\r\n");
    }
  bytes = g_bytes_new (out->str, out->len);
  t = ovs_csv_table_parse (bytes, NULL);
  g_assert_nonnull (t);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_assert_cmpstr (ovs_csv_table_get_row (t, 0)[i], ==, values[i]);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();

  g_test_add_func ("/csv/semicolon-lf", test_semicolon_lf);
  g_test_add_func ("/csv/comma-crlf-bom", test_comma_crlf_bom);
  g_test_add_func ("/csv/delimiter-from-header", test_delimiter_from_header_only);
  g_test_add_func ("/csv/windows-1252", test_windows_1252);
  g_test_add_func ("/csv/utf-16", test_utf16);
  g_test_add_func ("/csv/quotes-and-line-numbers", test_quotes_and_line_numbers);
  g_test_add_func ("/csv/multiline-first-field", test_multiline_first_field);
  g_test_add_func ("/csv/empty-lines", test_empty_lines_and_blank_rows);
  g_test_add_func ("/csv/trailing-delimiter", test_trailing_delimiter);
  g_test_add_func ("/csv/cr-only", test_cr_only_and_no_final_newline);
  g_test_add_func ("/csv/errors", test_errors);
  g_test_add_func ("/csv/append-field", test_append_field);
  g_test_add_func ("/csv/round-trip", test_round_trip);
  return g_test_run ();
}

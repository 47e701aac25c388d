/* fuzz-csv-import.c — any bytes as an employee CSV file, checked by every rule without writing
 * (dry run), and as a bare CSV table. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data, size_t size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(OvsCsvTable) table = NULL;
  g_autoptr(OvsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_set_logging ();
  table = ovs_csv_table_parse (bytes, NULL);
  if (table != NULL)
    for (guint r = 0; r < ovs_csv_table_get_n_rows (table); r++)
      g_assert (ovs_csv_table_get_row (table, r) != NULL);
  report = ovs_import_employees_bytes (fuzz_store (), bytes, "fuzz.csv", OVS_IMPORT_DRY_RUN, &error);
  g_assert ((report != NULL) != (error != NULL));
  return 0;
}

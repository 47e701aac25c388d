/* fuzz-ical-import.c — any bytes as an .ics file of absences for one employee: imported or refused,
 * never a crash, a hang or unbounded memory. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data, size_t size)
{
  OvsStore *store;
  OvsIcalImportOptions options = { "1001", "leave", "2026-01-01", "2026-12-31" };
  OvsIcalImportStats stats = { 0 };
  g_autoptr(GError) error = NULL;

  fuzz_set_logging ();
  store = fuzz_store ();
  if (ovs_ical_import_data (store, (const char *) data, size, "fuzz.ics", &options, &stats, &error))
    ovs_ical_import_stats_clear (&stats);
  else
    g_assert (error != NULL && error->message != NULL);
  /* Each input starts from the same table. */
  g_assert (ovs_store_exec (store, "DELETE FROM absence", NULL));
  return 0;
}

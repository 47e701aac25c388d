/* fuzz-fields.c — the field parsers every entry point shares: dates, times, hours, decimals and
 * BSNs. Each either accepts with a value in range or refuses with an error. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data, size_t size)
{
  g_autofree char *text = fuzz_text (data, size);
  g_autofree char *bsn = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;
  double value;
  int minutes;

  fuzz_set_logging ();
  if (ovs_date_parse (text, &date, &error))
    g_assert (g_date_valid (&date));
  g_clear_error (&error);
  if (ovs_date_from_iso (text, &date))
    g_assert (g_date_valid (&date));
  if (ovs_parse_time (text, "tijd", &minutes, &error))
    g_assert (minutes >= 0 && minutes < 24 * 60);
  g_clear_error (&error);
  if (ovs_parse_contract_hours (text, &minutes, &error))
    g_assert (minutes > 0 && minutes <= 40 * 60);
  g_clear_error (&error);
  if (ovs_parse_decimal (text, &value, &error))
    g_assert (value == value);
  g_clear_error (&error);
  if (ovs_bsn_validate (text, &bsn, &error))
    g_assert (strlen (bsn) == 9);
  return 0;
}

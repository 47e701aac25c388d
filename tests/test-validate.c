/* test-validate.c — BSN elfproef, dates, numbers, hours, categories. */
#include <overstap/overstap.h>

static void
test_bsn_valid (void)
{
  g_autofree char *nine = NULL;
  g_autofree char *padded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_bsn_validate ("111222333", &nine, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (nine, ==, "111222333");
  g_assert_true (ovs_bsn_validate ("1112.22.333", NULL, NULL));
  /* 8 digits get an implied leading zero: 012345672 passes the elfproef. */
  g_assert_true (ovs_bsn_validate ("12345672", &padded, &error));
  g_assert_cmpstr (padded, ==, "012345672");
}

static void
test_bsn_invalid (void)
{
  const char *bad[] = { "123456789", "11122233", "1234567890", "abcdefghi", "000000000", "", "12 34x 5678" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ovs_bsn_validate (bad[i], NULL, &error));
      g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_BSN);
    }
}

static void
test_bsn_mask (void)
{
  g_autofree char *masked = ovs_bsn_mask ("111222333");
  g_autofree char *empty = ovs_bsn_mask (NULL);

  g_assert_cmpstr (masked, ==, "*****2333");
  g_assert_cmpstr (empty, ==, "");
}

static void
assert_date (const char *text, const char *iso)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *got = ovs_date_normalize (text, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (got, ==, iso);
}

static void
test_dates (void)
{
  const char *bad[] = { "31-02-2024", "2023-02-29", "1-13-2020", "15/15/15", "morgen", "", "01-01-99",
                        "2020-1-1-1", "12-2020" };

  assert_date ("05-03-2014", "2014-03-05");
  assert_date ("5-3-2014", "2014-03-05");
  assert_date ("2014-03-05", "2014-03-05");
  assert_date (" 29-02-2024 ", "2024-02-29");
  assert_date ("05/03/2014", "2014-03-05");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *got = ovs_date_normalize (bad[i], &error);

      g_assert_null (got);
      g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE);
    }
}

static void
test_date_display (void)
{
  g_autofree char *shown = ovs_date_iso_to_display ("2015-01-01");
  g_autofree char *today = NULL;

  g_assert_cmpstr (shown, ==, "01-01-2015");
  g_setenv ("OVERSTAP_TODAY", "2014-06-30", TRUE);
  today = ovs_date_today_iso ();
  g_assert_cmpstr (today, ==, "2014-06-30");
  g_unsetenv ("OVERSTAP_TODAY");
}

static void
test_numbers (void)
{
  double value;
  gint64 whole;
  int minutes;
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_parse_decimal ("32,5", &value, NULL));
  g_assert_cmpfloat (value, ==, 32.5);
  g_assert_true (ovs_parse_decimal ("32.5", &value, NULL));
  g_assert_false (ovs_parse_decimal ("1.234,5", &value, NULL));
  g_assert_false (ovs_parse_decimal ("abc", &value, NULL));
  /* Only the decimal forms a Dutch HR export uses: no hexadecimal, exponents or words. */
  g_assert_true (ovs_parse_decimal ("32", &value, NULL));
  g_assert_cmpfloat (value, ==, 32.0);
  g_assert_true (ovs_parse_decimal (" -1,5 ", &value, NULL));
  g_assert_cmpfloat (value, ==, -1.5);
  g_assert_false (ovs_parse_decimal ("0x20", &value, NULL));
  g_assert_false (ovs_parse_decimal ("3e1", &value, NULL));
  g_assert_false (ovs_parse_decimal ("inf", &value, NULL));
  g_assert_false (ovs_parse_decimal ("nan", &value, NULL));
  g_assert_false (ovs_parse_decimal ("+32", &value, NULL));
  g_assert_false (ovs_parse_decimal ("32,", &value, NULL));
  g_assert_false (ovs_parse_decimal (",5", &value, NULL));
  g_assert_true (ovs_parse_int (" 7 ", &whole, NULL));
  g_assert_cmpint (whole, ==, 7);
  g_assert_false (ovs_parse_int ("7,5", &whole, NULL));

  g_assert_true (ovs_parse_contract_hours ("36", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 2160);
  g_assert_true (ovs_parse_contract_hours ("40", &minutes, NULL));
  g_assert_false (ovs_parse_contract_hours ("40,5", &minutes, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (ovs_parse_contract_hours ("0,008", &minutes, NULL));   /* rounds to 0 minutes */
  g_assert_false (ovs_parse_contract_hours ("0", &minutes, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
}

static void
test_category (void)
{
  const char *category = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_parse_category ("Matig", &category, NULL));
  g_assert_cmpstr (category, ==, "matig");
  g_assert_true (ovs_parse_category ("ernstig", &category, NULL));
  g_assert_cmpstr (category, ==, "ernstig");
  g_assert_false (ovs_parse_category ("licht", &category, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_NOT_ELIGIBLE);
  g_clear_error (&error);
  g_assert_false (ovs_parse_category ("zwaar", &category, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_CATEGORY);
  g_assert_cmpstr (ovs_validation_reason (OVS_VALIDATION_ERROR_INVALID_BSN), ==, "invalid_bsn");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  g_test_add_func ("/validate/bsn/valid", test_bsn_valid);
  g_test_add_func ("/validate/bsn/invalid", test_bsn_invalid);
  g_test_add_func ("/validate/bsn/mask", test_bsn_mask);
  g_test_add_func ("/validate/dates", test_dates);
  g_test_add_func ("/validate/date-display", test_date_display);
  g_test_add_func ("/validate/numbers", test_numbers);
  g_test_add_func ("/validate/category", test_category);
  return g_test_run ();
}

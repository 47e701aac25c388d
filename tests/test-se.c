/* test-se.c — standard units worked out by hand: the formula, splits at changes, breakdowns, covenants. */
#include "config.h"

#include <math.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#define EPS 1e-12

static void
sql (OvsTestDb *db, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
sql (OvsTestDb *db, const char *format, ...)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  if (!ovs_store_exec (db->store, text, &error))
    g_error ("%s: %s", text, error->message);
}

/* Runs an INSERT … RETURNING id and gives the new id. */
static gint64
insert (OvsTestDb *db, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gint64
insert (OvsTestDb *db, const char *format, ...)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  OvsStmt *stmt;
  gint64 id = 0;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  stmt = ovs_store_prepare (db->store, text, &error);
  if (stmt == NULL || !ovs_stmt_run_returning_id (stmt, &id, &error))
    g_error ("%s: %s", text, error->message);
  return id;
}

static gint64
org (OvsTestDb *db, const char *name)
{
  OvsStmt *stmt = ovs_store_prepare (db->store, "SELECT id FROM organisation WHERE name = ?", NULL);
  gint64 id;

  ovs_stmt_bind_text (stmt, 1, name);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return id;
}

/* An employee of @employer with @minutes a week from @start to @end (NULL: open), category
 * @category from @start on (NULL: none), living in Berkelwolde. */
static gint64
employee (OvsTestDb *db, const char *employer, int minutes, const char *start, const char *end,
          const char *type, const char *category)
{
  static int number = 0;
  gint64 id;

  id = insert (db, "INSERT INTO employee (personnel_number, first_name, last_name, birth_date, contract_minutes, "
                  "employer_id, employment_start, employment_end, employment_type) "
                  "VALUES ('P%d', 'Jan', 'Test', '1970-01-01', %d, %" G_GINT64_FORMAT ", '%s', %s%s%s, '%s') "
                  "RETURNING id", ++number, minutes, org (db, employer), start, end ? "'" : "", end ? end : "NULL",
              end ? "'" : "", type);
  if (category != NULL)
    sql (db, "INSERT INTO indication (employee_id, category, indication_date) VALUES (%" G_GINT64_FORMAT
             ", '%s', '%s')", id, category, start);
  sql (db, "INSERT INTO home_municipality (employee_id, municipality, valid_from) VALUES (%" G_GINT64_FORMAT
           ", 'Berkelwolde', '%s')", id, start);
  return id;
}

static gint64
wsw (OvsTestDb *db, int hours, const char *start, const char *end)
{
  return employee (db, "Wezo", hours * 60, start, end, "wsw", "matig");
}

static OvsSeReport *
year_report (OvsTestDb *db, int year)
{
  g_autoptr(GError) error = NULL;
  OvsSeReport *report = ovs_se_report_new_year (db->store, year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static double
year_total (OvsTestDb *db, int year)
{
  g_autoptr(OvsSeReport) report = year_report (db, year);

  return ovs_se_report_get_total (report);
}

static void
set_param (OvsTestDb *db, const char *name, const char *from, double value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_parameters_set (db->store, name, from, value, &error));
  g_assert_no_error (error);
}

static void
test_fulltime_year (OvsTestDb *db, gconstpointer data)
{
  wsw (db, 36, "2010-01-01", NULL);
  g_assert_cmpfloat_with_epsilon (year_total (db, 2023), 1.0, EPS);
  g_assert_cmpfloat_with_epsilon (year_total (db, 2024), 1.0, EPS);    /* a leap year as well */
  g_assert_cmpfloat_with_epsilon (year_total (db, 2009), 0.0, EPS);
}

static void
test_half_time_half_year (OvsTestDb *db, gconstpointer data)
{
  /* 18 h of 36 from 1 July 2023: 184 of 365 days. */
  wsw (db, 18, "2023-07-01", NULL);
  g_assert_cmpfloat_with_epsilon (year_total (db, 2023), 0.5 * 184 / 365, EPS);
  g_assert_cmpfloat_with_epsilon (year_total (db, 2023), 0.25, 0.003);
}

static void
test_weight_change (OvsTestDb *db, gconstpointer data)
{
  employee (db, "Wezo", 36 * 60, "2010-01-01", NULL, "wsw", "ernstig");
  set_param (db, "se_weight_ernstig", "2023-07-01", 1.2);
  /* 181 days (Jan–Jun) at 1.0, 184 days at 1.2. */
  g_assert_cmpfloat_with_epsilon (year_total (db, 2023), (181 * 1.0 + 184 * 1.2) / 365, EPS);
  g_assert_cmpfloat_with_epsilon (year_total (db, 2022), 1.0, EPS);
  g_assert_cmpfloat_with_epsilon (year_total (db, 2024), 1.2, EPS);
}

static void
test_fulltime_change (OvsTestDb *db, gconstpointer data)
{
  wsw (db, 36, "2010-01-01", NULL);
  set_param (db, "fulltime_minutes", "2023-07-01", 38 * 60);
  g_assert_cmpfloat_with_epsilon (year_total (db, 2023), (181 + 184 * 36.0 / 38.0) / 365, EPS);
}

static void
test_indication_change (OvsTestDb *db, gconstpointer data)
{
  gint64 id = wsw (db, 36, "2010-01-01", NULL);

  set_param (db, "se_weight_matig", "2000-01-01", 0.8);
  set_param (db, "se_weight_ernstig", "2000-01-01", 1.3);
  sql (db, "INSERT INTO indication (employee_id, category, indication_date) VALUES (%" G_GINT64_FORMAT
           ", 'ernstig', '2023-10-01')", id);
  /* 273 days matig, 92 days ernstig. */
  g_assert_cmpfloat_with_epsilon (year_total (db, 2023), (273 * 0.8 + 92 * 1.3) / 365, EPS);
}

static void
test_month_mid_start_end (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsSeReport) march = NULL;
  g_autoptr(OvsSeReport) feb = NULL;
  double se;
  gint64 a = wsw (db, 36, "2023-03-10", NULL);
  gint64 b = wsw (db, 36, "2000-01-01", "2023-03-20");

  march = ovs_se_report_new_month (db->store, 2023, 3, &error);
  g_assert_no_error (error);
  /* 22 and 20 days of 31. */
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get_total (march), (22 + 20) / 31.0, EPS);
  g_assert_cmpstr (ovs_se_report_get_start (march), ==, "2023-03-01");
  g_assert_cmpstr (ovs_se_report_get_end (march), ==, "2023-03-31");
  g_assert_true (ovs_se_employee (db->store, a, "2023-03-01", "2023-03-31", &se, &error));
  g_assert_cmpfloat_with_epsilon (se, 22 / 31.0, EPS);
  g_assert_true (ovs_se_employee (db->store, b, "2023-03-01", "2023-03-31", &se, &error));
  g_assert_cmpfloat_with_epsilon (se, 20 / 31.0, EPS);
  feb = ovs_se_report_new_month (db->store, 2023, 2, &error);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get_total (feb), 1.0, EPS);
}

static void
test_leap_day (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsSeReport) feb = NULL;

  wsw (db, 36, "2024-02-29", "2024-02-29");
  g_assert_cmpfloat_with_epsilon (year_total (db, 2024), 1 / 366.0, EPS);
  feb = ovs_se_report_new_month (db->store, 2024, 2, &error);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get_total (feb), 1 / 29.0, EPS);
}

static void
test_new_sheltered_excluded (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = employee (db, "Stichting Werkbedrijf", 36 * 60, "2016-01-01", NULL, "new_sheltered", NULL);
  double se = -1;

  wsw (db, 36, "2010-01-01", NULL);
  g_assert_cmpfloat_with_epsilon (year_total (db, 2023), 1.0, EPS);
  g_assert_true (ovs_se_employee (db->store, id, "2023-01-01", "2023-12-31", &se, &error));
  g_assert_cmpfloat (se, ==, 0);
}

static double
sum_of (OvsSeReport *report, OvsSeBreakdown breakdown)
{
  g_auto(GStrv) keys = ovs_se_report_get_keys (report, breakdown);
  double sum = 0;

  for (guint i = 0; keys[i] != NULL; i++)
    sum += ovs_se_report_get (report, breakdown, keys[i]);
  return sum;
}

static void
test_breakdowns (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsSeReport) report = NULL;
  gint64 moved = wsw (db, 36, "2010-01-01", NULL);
  gint64 placed = employee (db, "Larcom", 24 * 60, "2010-01-01", NULL, "wsw", "ernstig");
  gint64 transferred = wsw (db, 18, "2010-01-01", NULL);

  /* Moved to Hengelveen on 1 October 2023: 273 days here, 92 there. */
  sql (db, "INSERT INTO home_municipality (employee_id, municipality, valid_from) VALUES (%" G_GINT64_FORMAT
           ", 'Hengelveen', '2023-10-01')", moved);
  /* Two placements from 1 July: 16 h in the green crew and 8 h sheltered; before that none. */
  sql (db, "INSERT INTO placement (employee_id, kind, minutes_per_week, start_date) VALUES "
           "(%" G_GINT64_FORMAT ", 'group_secondment', 960, '2023-07-01'), "
           "(%" G_GINT64_FORMAT ", 'sheltered_work', 480, '2023-07-01')", placed, placed);
  /* Transferred from Wezo to the foundation on 1 April 2023 (employer not updated: the foundation). */
  sql (db, "INSERT INTO transfer_case (employee_id, from_org_id, destination, status, actual_date) VALUES "
           "(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'foundation', 'transferred', '2023-04-01')",
       transferred, org (db, "Wezo"));
  report = year_report (db, 2023);

  g_assert_cmpfloat_with_epsilon (ovs_se_report_get_total (report), 1.0 + 2.0 / 3 + 0.5, EPS);
  g_assert_cmpfloat_with_epsilon (sum_of (report, OVS_SE_BY_EMPLOYER), ovs_se_report_get_total (report), EPS);
  g_assert_cmpfloat_with_epsilon (sum_of (report, OVS_SE_BY_HOME_MUNICIPALITY), ovs_se_report_get_total (report),
                                  EPS);
  g_assert_cmpfloat_with_epsilon (sum_of (report, OVS_SE_BY_PLACEMENT_TYPE), ovs_se_report_get_total (report), EPS);

  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_HOME_MUNICIPALITY, "Hengelveen"),
                                  92 / 365.0, EPS);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_PLACEMENT_TYPE, "group_secondment"),
                                  2.0 / 3 * 184 / 365 * 2 / 3, EPS);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_PLACEMENT_TYPE, "sheltered_work"),
                                  2.0 / 3 * 184 / 365 / 3, EPS);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_PLACEMENT_TYPE, "none"),
                                  1.0 + 0.5 + 2.0 / 3 * 181 / 365, EPS);
  /* Wezo: the first employee all year and the transferred one for January–March (90 days). */
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_EMPLOYER, "Wezo"), 1.0 + 0.5 * 90 / 365, EPS);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_EMPLOYER, "Stichting Werkbedrijf"),
                                  0.5 * 275 / 365, EPS);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_EMPLOYER, "Larcom"), 2.0 / 3, EPS);
}

static gint64
covenant (OvsTestDb *db, const char *name, const char *party, const char *unit, int price, const char *end)
{
  return insert (db, "INSERT INTO covenant (party_id, name, start_date, end_date, price_cents, price_unit, "
                    "budget_cents, target_se, indexation_pct) VALUES (%" G_GINT64_FORMAT ", '%s', '2015-01-01', "
                    "%s%s%s, %d, '%s', 1000000, 2.0, 2.0) RETURNING id", org (db, party), name, end ? "'" : "",
                 end ? end : "NULL", end ? "'" : "", price, unit);
}

static void
test_covenants (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsSeReport) report = NULL;
  g_autoptr(JsonArray) spend = NULL;
  gint64 own = wsw (db, 36, "2010-01-01", NULL);
  gint64 fixed = wsw (db, 32, "2010-01-01", NULL);
  gint64 plain = wsw (db, 27, "2010-01-01", "2023-06-30");
  gint64 wezo = covenant (db, "Convenant Wezo", "Wezo", "se", 400000, NULL);
  gint64 larcom = covenant (db, "Convenant Larcom", "Larcom", "hour", 2500, "2023-09-30");
  JsonObject *row;

  /* Own hours (18) all year; a fixed 0.8 SE from 1 July; contract hours until the employment ends. */
  sql (db, "INSERT INTO covenant_employee (covenant_id, employee_id, minutes_per_week, se, start_date) VALUES "
           "(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 1080, NULL, '2015-01-01'), "
           "(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", NULL, 0.8, '2023-07-01'), "
           "(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", NULL, NULL, '2015-01-01')",
       wezo, own, wezo, fixed, larcom, plain);
  report = year_report (db, 2023);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_COVENANT, "Convenant Wezo"),
                                  0.5 + 0.8 * 184 / 365, EPS);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get (report, OVS_SE_BY_COVENANT, "Convenant Larcom"),
                                  0.75 * 181 / 365, EPS);
  g_assert_cmpuint (ovs_se_report_get_covenant_persons (report, "Convenant Wezo"), ==, 2);
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get_covenant_hours (report, "Convenant Larcom"),
                                  27.0 * 181 / 7, EPS);

  spend = ovs_se_covenant_spend (db->store, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (spend), ==, 2);
  row = json_array_get_object_element (spend, 0);     /* sorted by name: Larcom first */
  g_assert_cmpstr (json_object_get_string_member (row, "name"), ==, "Convenant Larcom");
  /* Price indexed by 2 % a year for 2016..2023: eight years. */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (row, "indexed_price_cents"),
                                  2500 * pow (1.02, 8), 1e-6);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (row, "spend_cents"),
                                  27.0 * 181 / 7 * 2500 * pow (1.02, 8), 1e-6);
  row = json_array_get_object_element (spend, 1);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (row, "spend_cents"),
                                  (0.5 + 0.8 * 184 / 365) * 400000 * pow (1.02, 8), 1e-6);
  g_assert_cmpfloat (json_object_get_double_member (row, "target_se"), ==, 2.0);
  g_assert_cmpint (json_object_get_int_member (row, "persons"), ==, 2);
}

static void
test_history_kept (OvsTestDb *db, gconstpointer data)
{
  double before;

  wsw (db, 36, "2010-01-01", NULL);
  before = year_total (db, 2022);
  set_param (db, "fulltime_minutes", "2023-01-01", 38 * 60);
  g_assert_cmpfloat (year_total (db, 2022), ==, before);
  g_assert_cmpfloat_with_epsilon (year_total (db, 2023), 36.0 / 38, EPS);
}

static void
test_permission (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsSeReport) report = NULL;

  sql (db, "INSERT INTO app_user (name, role) VALUES ('tl', 'teamleider')");
  g_assert_true (ovs_store_set_user (db->store, "tl", &error));
  report = ovs_se_report_new_year (db->store, 2023, &error);
  g_assert_null (report);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (ovs_store_set_user (db->store, "tester", &error));
  g_assert_null (ovs_se_report_new_month (db->store, 2023, 13, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
}

static void
test_json (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsSeReport) report = NULL;
  g_autoptr(JsonObject) json = NULL;

  wsw (db, 36, "2010-01-01", NULL);
  report = year_report (db, 2023);
  json = ovs_se_report_to_json (report);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json, "total"), 1.0, EPS);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_object_get_object_member (json, "by_employer"),
                                                                 "Wezo"), 1.0, EPS);
  g_assert_true (json_object_has_member (json, "by_home_municipality"));
  g_assert_true (json_object_has_member (json, "by_placement_type"));
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (json, "by_covenant")), ==, 0);
}

/* Every figure of two reports, compared bit for bit: the one-pass series must not drift from the
 * reports computed one by one. */
static void
assert_reports_equal (OvsSeReport *a, OvsSeReport *b)
{
  g_assert_cmpstr (ovs_se_report_get_start (a), ==, ovs_se_report_get_start (b));
  g_assert_cmpstr (ovs_se_report_get_end (a), ==, ovs_se_report_get_end (b));
  g_assert_cmpfloat (ovs_se_report_get_total (a), ==, ovs_se_report_get_total (b));
  for (guint i = 0; i < OVS_SE_N_BREAKDOWNS; i++)
    {
      g_auto(GStrv) keys_a = ovs_se_report_get_keys (a, i);
      g_auto(GStrv) keys_b = ovs_se_report_get_keys (b, i);

      g_assert_true (g_strv_equal ((const char * const *) keys_a, (const char * const *) keys_b));
      for (guint k = 0; keys_a[k] != NULL; k++)
        {
          g_assert_cmpfloat (ovs_se_report_get (a, i, keys_a[k]), ==, ovs_se_report_get (b, i, keys_a[k]));
          if (i == OVS_SE_BY_COVENANT)
            {
              g_assert_cmpfloat (ovs_se_report_get_covenant_hours (a, keys_a[k]), ==,
                                 ovs_se_report_get_covenant_hours (b, keys_a[k]));
              g_assert_cmpuint (ovs_se_report_get_covenant_persons (a, keys_a[k]), ==,
                                ovs_se_report_get_covenant_persons (b, keys_a[k]));
            }
        }
    }
}

static void
demo (OvsTestDb *db, const char *today)
{
  g_autoptr(GError) error = NULL;

  g_setenv ("OVERSTAP_TODAY", today, TRUE);
  g_assert_true (ovs_demo_generate (db->store, 600, 7, &error));
  g_assert_no_error (error);
}

static void
test_months_equal_separate (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsSeReport) so_far = NULL;
  g_autoptr(OvsSeReport) separate_so_far = NULL;
  OvsSeReport *months[12];

  demo (db, "2015-08-17");
  g_assert_true (ovs_se_report_months (db->store, 2015, 8, "2015-08-17", months, &so_far, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (ovs_se_report_get_total (so_far), >, 100);
  for (int m = 0; m < 12; m++)
    {
      g_autoptr(OvsSeReport) separate = NULL;

      if (m >= 8)
        {
          g_assert_null (months[m]);
          continue;
        }
      separate = ovs_se_report_new_month (db->store, 2015, m + 1, &error);
      g_assert_no_error (error);
      assert_reports_equal (months[m], separate);
      g_assert_cmpfloat_with_epsilon (ovs_se_report_get_total (months[m]), ovs_se_report_get_total (separate), 1e-9);
      g_object_unref (months[m]);
    }
  separate_so_far = ovs_se_report_new_period (db->store, "2015-01-01", "2015-08-17", &error);
  g_assert_no_error (error);
  assert_reports_equal (so_far, separate_so_far);
}

/* The SE of a period is an average over its days, so the year is the months weighted by their days. */
static void
test_months_add_up_to_year (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsSeReport) year = NULL;
  g_autoptr(OvsSeReport) separate_year = NULL;
  OvsSeReport *months[12];
  double sum = 0, by_employer = 0;

  demo (db, "2016-03-02");
  g_assert_true (ovs_se_report_months (db->store, 2016, 12, NULL, months, &year, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ovs_se_report_get_end (year), ==, "2016-12-31");
  for (int m = 0; m < 12; m++)
    {
      sum += ovs_se_report_get_total (months[m]) * g_date_get_days_in_month ((GDateMonth) (m + 1), 2016) / 366;
      g_object_unref (months[m]);
    }
  g_assert_cmpfloat_with_epsilon (ovs_se_report_get_total (year), sum, 1e-9);
  separate_year = ovs_se_report_new_year (db->store, 2016, &error);
  assert_reports_equal (year, separate_year);
  g_assert_cmpfloat_with_epsilon (sum_of (year, OVS_SE_BY_EMPLOYER), ovs_se_report_get_total (year), 1e-9);
  by_employer = sum_of (year, OVS_SE_BY_PLACEMENT_TYPE);
  g_assert_cmpfloat_with_epsilon (by_employer, ovs_se_report_get_total (year), 1e-9);
}

static void
test_months_invalid (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsSeReport *months[12];
  OvsSeReport *so_far = NULL;

  wsw (db, 36, "2010-01-01", NULL);
  g_assert_false (ovs_se_report_months (db->store, 2023, 0, NULL, months, NULL, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (ovs_se_report_months (db->store, 2023, 3, "2024-01-01", months, &so_far, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_null (so_far);
  g_clear_error (&error);
  g_assert_false (ovs_se_report_months (db->store, 2023, 3, "2022-12-31", months, &so_far, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  sql (db, "INSERT INTO app_user (name, role) VALUES ('tl', 'teamleider')");
  g_assert_true (ovs_store_set_user (db->store, "tl", &error));
  g_assert_false (ovs_se_report_months (db->store, 2023, 3, NULL, months, NULL, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  for (int m = 0; m < 12; m++)
    g_assert_null (months[m]);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  OVS_TEST_DB ("/se/fulltime-year", test_fulltime_year);
  OVS_TEST_DB ("/se/half-time-half-year", test_half_time_half_year);
  OVS_TEST_DB ("/se/weight-change", test_weight_change);
  OVS_TEST_DB ("/se/fulltime-change", test_fulltime_change);
  OVS_TEST_DB ("/se/indication-change", test_indication_change);
  OVS_TEST_DB ("/se/month-mid-start-end", test_month_mid_start_end);
  OVS_TEST_DB ("/se/leap-day", test_leap_day);
  OVS_TEST_DB ("/se/new-sheltered-excluded", test_new_sheltered_excluded);
  OVS_TEST_DB ("/se/breakdowns", test_breakdowns);
  OVS_TEST_DB ("/se/covenants", test_covenants);
  OVS_TEST_DB ("/se/history-kept", test_history_kept);
  OVS_TEST_DB ("/se/permission", test_permission);
  OVS_TEST_DB ("/se/json", test_json);
  OVS_TEST_DB ("/se/months-equal-separate", test_months_equal_separate);
  OVS_TEST_DB ("/se/months-add-up-to-year", test_months_add_up_to_year);
  OVS_TEST_DB ("/se/months-invalid", test_months_invalid);
  return g_test_run ();
}

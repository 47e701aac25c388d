/* test-projection.c — the projection to 2040 on real SQLite files: the AOW outflow exactly in the
 * year of each AOW date, the sums that must add up, the bands, the money, and who may see it. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#define EPS 1e-9
#define TODAY "2026-06-15"

typedef struct { const char *nr, *birth; int aow_year; } Person;

/* AOW dates (SVB): born 1959-08-10 → 67 → 2026-08-10; born 1960-01-01 → 2027-01-01 (the last working
 * day 2026-12-31, so out in 2027); 1961-03-03 → 67 + 3 months → 2028-06-03; 1962-10-01 → 2030-01-01
 * (out in 2030, not 2029); 1970-05-05 and later: the last fixed age (provisional); 1990 → after 2040. */
static const Person people[] = {
  { "P1", "1959-08-10", 2026 },
  { "P2", "1960-01-01", 2027 },
  { "P3", "1961-03-03", 2028 },
  { "P4", "1962-10-01", 2030 },
  { "P5", "1970-05-05", 0 },
  { "P6", "1990-01-01", 0 },
  { "P7", "1960-01-02", 2027 },
};

static void
add (OvsStore *store, const char *nr, const char *birth, const char *type, int scale)
{
  g_autoptr(GError) error = NULL;
  OvsEmployeeFields f = {
    .personnel_number = nr, .first_name = "Anna", .last_name = nr, .birth_date = birth,
    /* A municipality of one's own: the breakdown then follows each person. */
    .home_municipality = nr, .category = "matig", .contract_minutes = 36 * 60, .employer = "Wezo",
    .employment_start = "2010-01-01", .employment_type = type,
    .has_salary_scale = TRUE, .salary_scale = scale, .has_salary_step = TRUE, .salary_step = 0,
  };

  g_assert_cmpint (ovs_employees_add (store, &f, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
fill (OvsStore *store)
{
  g_autofree char *p5 = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    add (store, people[i].nr, people[i].birth, NULL, 3);
  /* Not in the projection: nieuw beschut (no Wsw), and someone whose AOW date passed unrecorded. */
  add (store, "B1", "1980-01-01", "new_sheltered", 3);
  add (store, "X1", "1955-01-01", NULL, 3);
}

static int
aow_year_of (const Person *p)
{
  g_autofree char *aow = ovs_aow_date_iso (p->birth);

  return (int) g_ascii_strtoll (aow, NULL, 10);
}

static OvsProjection *
compute_ok (OvsStore *store, int from, int to, OvsProjectionOutflow outflow)
{
  g_autoptr(GError) error = NULL;
  OvsProjection *proj = ovs_projection_compute (store, from, to, outflow, &error);

  g_assert_no_error (error);
  g_assert_nonnull (proj);
  return proj;
}

static const OvsProjectionCell *
cell (const OvsProjectionYear *y, const char *key)
{
  return g_hash_table_lookup (y->by[OVS_PROJECTION_BY_HOME_MUNICIPALITY], key);
}

/* Each person leaves in the year of their AOW date and in no other year. */
static void
test_aow_exact (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsProjection) proj = NULL;

  fill (db->store);
  proj = compute_ok (db->store, 0, 0, OVS_PROJECTION_OUTFLOW_AOW);
  g_assert_cmpuint (proj->people, ==, G_N_ELEMENTS (people));
  g_assert_cmpint (proj->years[0].year, ==, 2026);
  g_assert_cmpint (proj->years[proj->n_years - 1].year, ==, 2040);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    if (people[i].aow_year != 0)
      g_assert_cmpint (aow_year_of (&people[i]), ==, people[i].aow_year);

  for (guint k = 0; k < proj->n_years; k++)
    {
      const OvsProjectionYear *y = &proj->years[k];
      int leaving = 0;

      for (guint i = 0; i < G_N_ELEMENTS (people); i++)
        {
          const OvsProjectionCell *c = cell (y, people[i].nr);
          int aow = aow_year_of (&people[i]);
          double before = aow > y->year - 1 ? 1 : 0, after = aow > y->year ? 1 : 0;

          /* Out before this year: no cell at all or zeros. */
          g_assert_cmpfloat_with_epsilon (c ? c->headcount_start : 0, before, EPS);
          g_assert_cmpfloat_with_epsilon (c ? c->headcount_end : 0, after, EPS);
          leaving += aow == y->year;
        }
      g_assert_cmpfloat_with_epsilon (y->outflow[OVS_PROJECTION_CAUSE_AOW], leaving, EPS);
      g_assert_cmpfloat_with_epsilon (y->headcount_end, y->headcount_start - leaving, EPS);
      for (guint c = OVS_PROJECTION_CAUSE_MORTALITY; c < OVS_PROJECTION_N_CAUSES; c++)
        g_assert_cmpfloat (y->outflow[c], ==, 0);
      if (k > 0)
        g_assert_cmpfloat_with_epsilon (y->headcount_start, proj->years[k - 1].headcount_end, EPS);
    }
  g_assert_cmpfloat_with_epsilon (proj->years[0].headcount_start, 7, EPS);
  g_assert_cmpfloat_with_epsilon (proj->years[0].outflow[OVS_PROJECTION_CAUSE_AOW], 1, EPS);   /* P1 */
  g_assert_cmpfloat_with_epsilon (proj->years[1].outflow[OVS_PROJECTION_CAUSE_AOW], 2, EPS);   /* P2, P7 */
}

/* --from starts from who is left by then; the JSON carries the fields the issue names. */
static void
test_from_and_json (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsProjection) all = NULL, later = NULL;
  g_autoptr(JsonArray) json = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *first;

  fill (db->store);
  all = compute_ok (db->store, 0, 0, OVS_PROJECTION_OUTFLOW_ALL);
  later = compute_ok (db->store, 2030, 2032, OVS_PROJECTION_OUTFLOW_ALL);
  g_assert_cmpuint (later->n_years, ==, 3);
  g_assert_cmpfloat_with_epsilon (later->years[0].headcount_start, all->years[4].headcount_start, EPS);
  g_assert_cmpfloat_with_epsilon (later->years[2].balance, all->years[6].balance, EPS);

  json = ovs_projection_to_json (later);
  g_assert_cmpuint (json_array_get_length (json), ==, 3);
  first = json_array_get_object_element (json, 0);
  g_assert_cmpint (json_object_get_int_member (first, "year"), ==, 2030);
  for (guint i = 0; i < 4; i++)
    g_assert_true (json_object_has_member (json_object_get_object_member (first, "outflow"),
                                           (const char *[]) { "aow", "mortality", "sickness", "voluntary" }[i]));
  g_assert_true (json_object_has_member (first, "wage_cost"));
  g_assert_true (json_object_has_member (first, "grant"));
  g_assert_true (json_object_has_member (first, "balance"));
  g_assert_true (json_object_has_member (first, "se"));

  g_assert_null (ovs_projection_compute (db->store, 2025, 2030, OVS_PROJECTION_OUTFLOW_ALL, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER);
}

/* All causes: the sums add up, the bands lie around the expected values, the money follows the SE. */
static void
test_all_causes (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsProjection) proj = NULL;

  fill (db->store);
  proj = compute_ok (db->store, 0, 0, OVS_PROJECTION_OUTFLOW_ALL);
  for (guint k = 0; k < proj->n_years; k++)
    {
      const OvsProjectionYear *y = &proj->years[k];
      double out = 0;

      for (guint c = 0; c < OVS_PROJECTION_N_CAUSES; c++)
        {
          g_assert_cmpfloat (y->outflow[c], >=, 0);
          out += y->outflow[c];
        }
      g_assert_cmpfloat_with_epsilon (y->headcount_start - y->headcount_end, out, 1e-9);
      g_assert_cmpfloat (y->headcount_end_band[0], <=, y->headcount_end + EPS);
      g_assert_cmpfloat (y->headcount_end_band[1], >=, y->headcount_end - EPS);
      g_assert_cmpfloat_with_epsilon (y->grant, y->se * y->grant_per_se, 1e-6);
      g_assert_cmpfloat_with_epsilon (y->balance, y->grant - y->wage_cost, 1e-6);
      if (y->se > 0)
        g_assert_cmpfloat (y->wage_cost, >, 0);
    }
  /* Only P6 (born 1990) can be left in 2040: likely, not surely. */
  g_assert_cmpfloat (proj->years[0].outflow[OVS_PROJECTION_CAUSE_MORTALITY], >, 0);
  g_assert_cmpfloat (proj->years[proj->n_years - 1].headcount_end, >, 0.5);
  g_assert_cmpfloat (proj->years[proj->n_years - 1].headcount_end, <, 1.0);
  /* The grant per SE declines. */
  g_assert_cmpfloat (proj->years[proj->n_years - 1].grant_per_se, <, proj->years[0].grant_per_se);
}

/* A teamleider sees no HR figures. */
static void
test_permission (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fill (db->store);
  g_assert_cmpint (ovs_users_add (db->store, "piet", OVS_ROLE_TEAMLEIDER, NULL, &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "piet", &error));
  g_assert_null (ovs_projection_compute (db->store, 0, 0, OVS_PROJECTION_OUTFLOW_ALL, &error));
  g_assert_nonnull (error);
}


/* --- scenarios --- */

static gint64
count_rows (OvsStore *store, const char *sql)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

static void
fill_scenarios (OvsStore *store)
{
  g_autoptr(GError) error = NULL;
  OvsScenarioFilter all = OVS_SCENARIO_FILTER_INIT, young = OVS_SCENARIO_FILTER_INIT;

  fill (store);
  g_assert_true (ovs_store_exec (store,
    "INSERT INTO covenant (party_id, name, start_date, price_cents, price_unit, budget_cents, grant_holder) "
    "SELECT id, 'Convenant Wezo', '2025-01-01', 500000, 'se', 1000000, 'municipality' FROM organisation "
    "WHERE name = 'Wezo'", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ovs_scenario_add (store, "Stichting", "everybody to the foundation", &error), >, 0);
  g_assert_cmpint (ovs_scenario_add (store, "Convenant", NULL, &error), >, 0);
  all.employer = "wezo";
  g_assert_cmpint (ovs_scenario_assign (store, "Stichting", &all, "foundation", NULL, &error), ==, 7);
  g_assert_no_error (error);
  g_assert_cmpint (ovs_scenario_assign (store, "Convenant", &all, "convenant", "Convenant Wezo", &error), ==, 7);
  g_assert_no_error (error);
  /* The under-40s (P6, born 1990) are seconded instead. */
  young.age_to = 40;
  g_assert_cmpint (ovs_scenario_assign (store, "Convenant", &young, "individual_secondment", NULL, &error), ==, 1);
  g_assert_no_error (error);
}

static JsonObject *
year_of (JsonObject *scenario, guint k)
{
  return json_array_get_object_element (json_object_get_array_member (scenario, "years"), k);
}

static void
test_scenario_assign (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsScenarioFilter one = OVS_SCENARIO_FILTER_INIT, none = OVS_SCENARIO_FILTER_INIT;
  g_autoptr(JsonArray) list = NULL;

  fill_scenarios (db->store);
  g_assert_cmpint (ovs_scenario_add (db->store, "stichting", NULL, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  one.personnel_number = "P1";
  g_assert_cmpint (ovs_scenario_assign (db->store, "Stichting", &one, "covenant", NULL, &error), ==, -1);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_cmpint (ovs_scenario_assign (db->store, "Stichting", &one, "elsewhere", NULL, &error), ==, -1);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_scenario_assign (db->store, "Nergens", &one, "foundation", NULL, &error), ==, -1);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* "stay" removes the one assignment; nieuw beschut and X1 (AOW passed) are never taken. */
  g_assert_cmpint (ovs_scenario_assign (db->store, "Stichting", &one, "stay", NULL, &error), ==, 1);
  none.placement_kind = "begeleid_werken";
  g_assert_cmpint (ovs_scenario_assign (db->store, "Stichting", &none, "foundation", NULL, &error), ==, 0);
  none.placement_kind = "nonsense";
  g_assert_cmpint (ovs_scenario_assign (db->store, "Stichting", &none, "foundation", NULL, &error), ==, -1);
  g_clear_error (&error);
  list = ovs_scenario_list (db->store, &error);
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (list, 0), "assigned"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (list, 1), "assigned"), ==, 6);
}

/* Two scenarios side by side differ in cost; neither touches the real data. */
static void
test_scenario_compare (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) list = NULL;
  const char *names[] = { "Stichting", "Convenant", NULL }, *one[] = { "Stichting", NULL };
  JsonObject *a, *b, *risks;
  gint64 audit_before;

  fill_scenarios (db->store);
  audit_before = count_rows (db->store, "SELECT count(*) FROM audit_log");
  list = ovs_scenario_compare (db->store, names, 2026, 2030, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  a = json_array_get_object_element (list, 0);
  b = json_array_get_object_element (list, 1);
  g_assert_cmpstr (json_object_get_string_member (a, "name"), ==, "Stichting");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (a, "years")), ==, 5);
  g_assert_cmpint (json_object_get_int_member (a, "total_cost"), !=, json_object_get_int_member (b, "total_cost"));
  /* The same people: the same SE and grant, only the outlay differs. */
  g_assert_cmpint (json_object_get_int_member (year_of (a, 1), "grant"), ==,
                   json_object_get_int_member (year_of (b, 1), "grant"));
  g_assert_cmpint (json_object_get_int_member (year_of (a, 1), "cost"), ==,
                   json_object_get_int_member (year_of (a, 1), "outlay") -
                   json_object_get_int_member (year_of (a, 1), "grant"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (b, "assigned"), "covenant"), ==, 6);
  /* Risks: P1 reaches the AOW age in 2026 unless they leave before August (expected just under 1);
   * 6 covered SE at € 5.000 exceed the € 10.000 budget. */
  risks = json_object_get_object_member (year_of (a, 0), "risks");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (risks, "aow"), 1, 0.02);
  risks = json_object_get_object_member (year_of (b, 1), "risks");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (risks, "covenants_over_budget")), ==, 1);
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM transfer_case"), ==, 0);
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM audit_log"), ==, audit_before);

  g_assert_null (ovs_scenario_compare (db->store, one, 0, 0, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
}

/* Adopting opens every case in one transaction, or none. */
static void
test_scenario_adopt (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsScenarioFilter one = OVS_SCENARIO_FILTER_INIT;

  fill_scenarios (db->store);
  /* P3 already has a case: "Convenant" cannot open one for P3, so it opens none. */
  g_assert_cmpint (ovs_transfers_open (db->store, "P3", "foundation", NULL, &error), >, 0);
  g_assert_cmpint (ovs_scenario_adopt (db->store, "Convenant", NULL, &error), ==, -1);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "P3"));
  g_clear_error (&error);
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM transfer_case"), ==, 1);
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM scenario WHERE adopted_at IS NOT NULL"), ==, 0);

  one.personnel_number = "P3";
  g_assert_cmpint (ovs_scenario_assign (db->store, "Convenant", &one, "stay", NULL, &error), ==, 1);
  g_assert_cmpint (ovs_scenario_adopt (db->store, "Convenant", "2027-01-01", &error), ==, 6);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM transfer_case WHERE destination = 'covenant'"), ==, 5);
  g_assert_cmpint (count_rows (db->store, "SELECT count(*) FROM transfer_case WHERE destination = 'other'"), ==, 1);
  g_assert_cmpint (ovs_scenario_adopt (db->store, "Convenant", NULL, &error), ==, -1);
  g_clear_error (&error);
  g_assert_cmpint (ovs_scenario_assign (db->store, "Convenant", &one, "foundation", NULL, &error), ==, -1);
  g_clear_error (&error);
}

/* HR reads scenarios (without changing them); a teamleider does not see them. */
static void
test_scenario_roles (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) shown = NULL;

  fill_scenarios (db->store);
  g_assert_cmpint (ovs_users_add (db->store, "hanna", OVS_ROLE_HR, NULL, &error), >, 0);
  g_assert_cmpint (ovs_users_add (db->store, "piet", OVS_ROLE_TEAMLEIDER, NULL, &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "hanna", &error));
  shown = ovs_scenario_show (db->store, "Stichting", 0, 2027, &error);
  g_assert_no_error (error);
  g_assert_nonnull (shown);
  g_assert_cmpint (ovs_scenario_add (db->store, "Mijn plan", NULL, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (ovs_store_set_user (db->store, "piet", &error));
  g_assert_null (ovs_scenario_show (db->store, "Stichting", 0, 0, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
}


/* --- the dashboard --- */

static JsonObject *
figure_of (JsonObject *dash, const char *key)
{
  JsonArray *figures = json_object_get_array_member (dash, "figures");

  for (guint i = 0; i < json_array_get_length (figures); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (figures, i), "key"), key))
      return json_array_get_object_element (figures, i);
  return NULL;
}

/* Sick counts under 5 are not shown; from 5 on they are. */
static void
test_dashboard_sickness (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) few = NULL, five = NULL;
  JsonObject *figure;

  fill (db->store);
  g_assert_true (ovs_store_exec (db->store, "UPDATE employee SET status = 'sick' WHERE personnel_number IN ('P2', 'P3')",
                                 &error));
  few = ovs_dashboard_compute (db->store, 0, &error);
  g_assert_no_error (error);
  figure = figure_of (few, "sickness_rate");
  g_assert_nonnull (figure);
  g_assert_true (json_object_get_null_member (figure, "value"));
  g_assert_nonnull (strstr (json_object_get_string_member (figure, "note"), "5"));
  g_assert_true (ovs_store_exec (db->store, "UPDATE employee SET status = 'sick' WHERE personnel_number IN "
                                            "('P4', 'P5', 'P6')", &error));
  five = ovs_dashboard_compute (db->store, 0, &error);
  figure = figure_of (five, "sickness_rate");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (figure, "value"), 100.0 * 5 / 7, 0.01);
  /* The change in employees names its cause: P1 reached the AOW age on 2026-08-10, after today; X1's
   * AOW date (2022) lies before the past year, so nobody left in it. */
  figure = figure_of (five, "employees");
  g_assert_cmpfloat (json_object_get_double_member (figure, "value"), ==, 7);
  g_assert_nonnull (strstr (json_object_get_string_member (figure, "note"), "0 reached the AOW age"));
}

int
main (int argc, char **argv)
{
  g_setenv ("OVERSTAP_TODAY", TODAY, TRUE);
  g_test_init (&argc, &argv, NULL);
  OVS_TEST_DB ("/projection/aow-exact", test_aow_exact);
  OVS_TEST_DB ("/projection/from-and-json", test_from_and_json);
  OVS_TEST_DB ("/projection/all-causes", test_all_causes);
  OVS_TEST_DB ("/projection/permission", test_permission);
  OVS_TEST_DB ("/scenario/assign", test_scenario_assign);
  OVS_TEST_DB ("/scenario/compare", test_scenario_compare);
  OVS_TEST_DB ("/scenario/adopt", test_scenario_adopt);
  OVS_TEST_DB ("/scenario/roles", test_scenario_roles);
  OVS_TEST_DB ("/dashboard/sickness", test_dashboard_sickness);
  return g_test_run ();
}

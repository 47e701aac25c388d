/* test-demo.c — the demo data: deterministic per seed, complete, valid, and scaled. */
#include "config.h"


#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

static gint64
count (OvsTestDb *db, const char *sql)
{
  OvsStmt *stmt = ovs_store_prepare (db->store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

/* Every row of the query joined into one string, to compare two databases. */
static char *
dump (OvsTestDb *db, const char *sql)
{
  GString *out = g_string_new (NULL);
  OvsStmt *stmt = ovs_store_prepare (db->store, sql, NULL);

  g_assert_nonnull (stmt);
  while (ovs_stmt_next (stmt, NULL))
    for (int i = 0; i < ovs_stmt_column_count (stmt); i++)
      g_string_append_printf (out, "%s|", ovs_stmt_get_text (stmt, i) ? ovs_stmt_get_text (stmt, i)
                                                                         : "∅");
  ovs_stmt_reset (stmt);
  return g_string_free (out, FALSE);
}

static const char *tables[] = {
  "SELECT * FROM employee ORDER BY id", "SELECT * FROM indication ORDER BY id",
  "SELECT * FROM home_municipality ORDER BY id", "SELECT * FROM placement ORDER BY id",
  "SELECT * FROM crew ORDER BY id", "SELECT * FROM crew_membership ORDER BY id",
  "SELECT * FROM qualification ORDER BY id", "SELECT * FROM transfer_case ORDER BY id",
  "SELECT * FROM checklist_item ORDER BY id", "SELECT * FROM covenant ORDER BY id",
  "SELECT * FROM covenant_employee ORDER BY id", "SELECT * FROM covenant_agreement ORDER BY id",
  "SELECT * FROM milestone ORDER BY id", "SELECT * FROM shift_pattern ORDER BY id",
  "SELECT name, role FROM app_user ORDER BY id",
};

static char *
dump_all (OvsTestDb *db)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *part = dump (db, tables[i]);

      g_string_append_printf (out, "%s\n", part);
    }
  return g_string_free (out, FALSE);
}

static void
generate (OvsTestDb *db, guint n, guint32 seed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_demo_generate (db->store, n, seed, &error));
  g_assert_no_error (error);
}

static void
test_deterministic (void)
{
  OvsTestDb a, b, c;
  g_autofree char *dump_a = NULL, *dump_b = NULL, *dump_c = NULL;

  ovs_test_db_setup (&a, NULL);
  ovs_test_db_setup (&b, NULL);
  ovs_test_db_setup (&c, NULL);
  generate (&a, 80, 7);
  generate (&b, 80, 7);
  generate (&c, 80, 8);
  dump_a = dump_all (&a);
  dump_b = dump_all (&b);
  dump_c = dump_all (&c);
  g_assert_cmpstr (dump_a, ==, dump_b);
  g_assert_cmpstr (dump_a, !=, dump_c);
  ovs_test_db_teardown (&a, NULL);
  ovs_test_db_teardown (&b, NULL);
  ovs_test_db_teardown (&c, NULL);
}

static void
test_complete (OvsTestDb *db, gconstpointer data)
{
  guint n = GPOINTER_TO_UINT (data);
  static const char *kinds[] = { "sheltered_work", "group_secondment", "individual_secondment", "supported_employment" };
  static const char *statuses[] = { "candidate", "interviewed", "offered", "signed", "transferred", "stays", "declined" };

  generate (db, n, 2014);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee"), ==, n);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM placement WHERE kind = '%s' AND end_date IS NULL",
                                              kinds[i]);

      g_test_message ("placement kind %s", kinds[i]);
      g_assert_cmpint (count (db, sql), >, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM transfer_case WHERE status = '%s'", statuses[i]);

      g_test_message ("transfer status %s", statuses[i]);
      g_assert_cmpint (count (db, sql), >, 0);
    }
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE employment_type = 'new_sheltered'"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE employment_end IS NOT NULL"), >, 0);
  /* The two Wsw covenants, and (issue 10) two employer agreements of the employer services. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM covenant WHERE kind = 'wsw_covenant'"), ==, 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM covenant WHERE kind = 'employer_agreement' "
                              "AND places_offered > 0 AND people_placed > 0"), ==, 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM covenant_contact"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT covenant_id) FROM covenant_employee"), ==, 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM covenant_agreement"), >=, 10);
  /* The six milestones of running the Wsw, and (issue 10) those of the plan's three other tracks. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM milestone WHERE track = 'wsw'"), ==, 6);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT track) FROM milestone"), ==, 4);
  g_assert_cmpint (count (db, "SELECT min (n) FROM (SELECT count(*) AS n FROM milestone GROUP BY track) t"), >=, 3);
  /* The Wsw's rules: nobody new after 2014, nobody employed past the AOW date, nieuw beschut with
   * UWV's advice and a wage value; transferred people work at the foundation, employed by the
   * municipality. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE employment_type = 'wsw' "
                              "AND (wsw_since IS NULL OR wsw_since > '2014-12-31')"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee e WHERE e.employment_type = 'new_sheltered' AND "
                              "(NOT EXISTS (SELECT 1 FROM sheltered_advice a WHERE a.employee_id = e.id) OR "
                              " NOT EXISTS (SELECT 1 FROM wage_value v WHERE v.employee_id = e.id))"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee e JOIN transfer_case t ON t.employee_id = e.id "
                              "JOIN organisation w ON w.id = e.work_organisation_id "
                              "JOIN organisation o ON o.id = e.employer_id WHERE t.status = 'transferred' "
                              "AND t.destination = 'foundation' AND (w.kind != 'foundation' OR o.kind != 'municipality')"),
                   ==, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonArray) ending = ovs_wsw_ending (db->store, 0, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < json_array_get_length (ending); i++)
      g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (ending, i), "days_left"), >=, 0);
  }
  /* Every case has the eight standard items; the open ones are only partly ticked. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM checklist_item"), ==, 8 * count (db, "SELECT count(*) FROM transfer_case"));
  g_assert_cmpint (count (db, "SELECT count(*) FROM checklist_item i JOIN transfer_case t ON t.id = i.case_id "
                              "WHERE t.status = 'signed' AND i.done_on IS NULL"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM app_user WHERE role = 'hr'"), ==, 1);
}

static void
test_crews (OvsTestDb *db, gconstpointer data)
{
  generate (db, 120, 3);
  g_assert_cmpint (count (db, "SELECT count(*) FROM crew"), ==, 5);
  g_assert_cmpint (count (db, "SELECT count(*) FROM crew c WHERE (SELECT count(*) FROM crew_membership m "
                              "WHERE m.crew_id = c.id) NOT BETWEEN 4 AND 6"), ==, 0);
  /* Every crew: a team leader who is a member, a driver besides, a vehicle, a teamleider user, a pattern
   * that needs a driver. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM crew c WHERE NOT EXISTS (SELECT 1 FROM crew_membership m "
                              "WHERE m.crew_id = c.id AND m.employee_id = c.team_leader_id AND m.role = 'team_leader')"),
                   ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM crew c WHERE (SELECT count(DISTINCT m.employee_id) "
                              "FROM crew_membership m JOIN qualification q ON q.employee_id = m.employee_id "
                              "WHERE m.crew_id = c.id AND q.kind = 'licence_b') < 2"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM crew WHERE vehicle IS NULL OR area IS NULL"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM crew c WHERE NOT EXISTS (SELECT 1 FROM user_crew uc "
                              "JOIN app_user u ON u.id = uc.user_id WHERE uc.crew_id = c.id AND u.role = 'teamleider')"),
                   ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM crew c WHERE NOT EXISTS (SELECT 1 FROM shift_pattern p "
                              "WHERE p.crew_id = c.id AND p.requires = 'licence_b')"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM crew_membership m JOIN placement p ON p.employee_id = m.employee_id "
                              "WHERE p.kind = 'group_secondment'"), ==, count (db, "SELECT count(*) FROM crew_membership"));
  g_assert_cmpint (count (db, "SELECT count(*) FROM qualification WHERE detail = 'bosmaaier'"), >, 0);
}

static void
test_people (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GPtrArray) bsns = g_ptr_array_new_with_free_func (g_free);
  OvsStmt *stmt = NULL;
  double matig;

  generate (db, 400, 11);
  stmt = ovs_store_prepare (db->store, "SELECT bsn FROM employee", NULL);
  g_assert_nonnull (stmt);
  while (ovs_stmt_next (stmt, NULL))
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (ovs_bsn_validate (ovs_stmt_get_text (stmt, 0), NULL, &error));
      g_assert_no_error (error);
    }
  ovs_stmt_reset (stmt);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT bsn) FROM employee"), ==, 400);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE birth_date NOT BETWEEN '1955-01-01' AND '1995-12-31'"),
                   ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE employment_type = 'wsw' "
                              "AND employment_start >= '2015-01-01'"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE name_prefix IS NOT NULL"), >, 0);
  g_assert_cmpint (count (db, ovs_test_sql ("SELECT count(*) FROM employee WHERE first_name || last_name GLOB '*[^ -~]*'",
                                        "SELECT count(*) FROM employee WHERE first_name || last_name ~ '[^ -~]'")), >, 0);
  /* About three quarters matig, by the current indication. */
  matig = count (db, "SELECT count(*) FROM indication i WHERE category = 'matig' AND indication_date = "
                     "(SELECT max (indication_date) FROM indication j WHERE j.employee_id = i.employee_id)") /
          (double) count (db, "SELECT count(DISTINCT employee_id) FROM indication");
  g_assert_cmpfloat (matig, >, 0.65);
  g_assert_cmpfloat (matig, <, 0.85);
  /* Relative to today (2025-06-15): overdue, due within 16 weeks, open-ended. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM indication WHERE valid_until < '2025-06-15' "
                              "AND indication_date > '2021-01-01'"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM indication WHERE valid_until BETWEEN '2025-06-15' AND '2025-10-05'"),
                   >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM indication WHERE valid_until IS NULL"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM home_municipality WHERE municipality = 'Berkelwolde'"), >, 300);
  g_assert_cmpint (count (db, "SELECT count(*) FROM (SELECT employee_id FROM home_municipality GROUP BY employee_id "
                              "HAVING count(*) > 1) AS moved"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE contract_minutes = 1080"), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE contract_minutes = 2400"), >, 0);
}

static void
test_one_transaction (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 before = count (db, "SELECT count(*) FROM audit_log");

  generate (db, 50, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM audit_log"), ==, before + 1);
  g_assert_cmpint (count (db, ovs_test_sql ("SELECT count(*) FROM audit_log WHERE action = 'demo' "
                              "AND json_extract (changes, '$.employees') = 50 AND json_extract (changes, '$.seed') = 1",
                              "SELECT count(*) FROM audit_log WHERE action = 'demo' "
                              "AND (changes::json ->> 'employees')::int = 50 AND (changes::json ->> 'seed')::int = 1")),
                   ==, 1);
  /* A second run is refused and writes nothing. */
  g_assert_false (ovs_demo_generate (db->store, 50, 2, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee"), ==, 50);
}

static void
test_refused (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ovs_demo_generate (db->store, 5, 1, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_cmpint (ovs_users_add (db->store, "hanna", OVS_ROLE_HR, NULL, &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "hanna", &error));
  g_assert_false (ovs_demo_generate (db->store, 50, 1, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee"), ==, 0);
}

static void
test_scale_and_se (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsSeReport) report = NULL;
  g_autoptr(JsonArray) spend = NULL;
  gint64 start = g_get_monotonic_time ();

  generate (db, 10000, 5);
  g_test_message ("10,000 employees in %.2f s", (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee"), ==, 10000);
  g_assert_cmpint (count (db, "SELECT count(*) FROM crew"), ==, 400);
  g_assert_cmpint (count (db, "SELECT count(*) FROM covenant WHERE kind = 'wsw_covenant'"), ==, 2);

  start = g_get_monotonic_time ();
  report = ovs_se_report_new_year (db->store, 2024, &error);
  g_assert_no_error (error);
  g_test_message ("SE 2024 over 10,000 employees in %.3f s", (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpfloat (ovs_se_report_get_total (report), >, 5000);
  g_assert_cmpfloat (ovs_se_report_get (report, OVS_SE_BY_HOME_MUNICIPALITY, "Berkelwolde"), >,
                     ovs_se_report_get_total (report) / 2);
  /* Issue 10: the transferred work at the foundation; their Wsw employment is the municipality's. */
  g_assert_cmpfloat (ovs_se_report_get (report, OVS_SE_BY_WORK_ORGANISATION, "Stichting Werkbedrijf"), >, 0);
  g_assert_cmpfloat (ovs_se_report_get (report, OVS_SE_BY_EMPLOYER, "Gemeente"), >, 0);
  g_assert_cmpfloat (ovs_se_report_get (report, OVS_SE_BY_PLACEMENT_TYPE, "group_secondment"), >, 0);
  spend = ovs_se_covenant_spend (db->store, 2024, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < json_array_get_length (spend); i++)
    {
      JsonObject *row = json_array_get_object_element (spend, i);

      /* The targets were set at 95 % of the staying group's SE: realisation lies near it. */
      g_assert_cmpfloat (json_object_get_double_member (row, "se"), >, 0.5 * json_object_get_double_member (row, "target_se"));
      g_assert_cmpfloat (json_object_get_double_member (row, "spend_cents"), >, 0);
    }
}

/* A year with movement (today is 2025-06-15): besides the AOW, people leave through the year, their
 * placements ending with them, so the Overzicht's SE per month goes down from January to June. */
static void
test_year_with_movement (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsMonitorFigures *f;
  gint64 left;

  generate (db, 120, 2014);
  left = count (db, "SELECT count(*) FROM employee WHERE employment_end BETWEEN '2025-01-01' AND '2025-06-15'");
  /* One in twenty leaves this year (six of 120), besides the AOW and the endings the seed drew. */
  g_assert_cmpint (left, >=, 6);
  g_assert_cmpint (count (db, "SELECT count(DISTINCT employment_end) FROM employee "
                              "WHERE employment_end BETWEEN '2025-01-01' AND '2025-06-15'"), >=, 6);
  g_assert_cmpint (count (db, "SELECT count(*) FROM employee WHERE employment_end BETWEEN '2025-01-01' AND "
                              "'2025-06-15' AND status <> 'ended'"), ==, 0);
  /* Nobody works on after leaving: no placement, crew membership or covenant runs past the end. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM placement p JOIN employee e ON e.id = p.employee_id "
                              "WHERE e.employment_end IS NOT NULL AND (p.end_date IS NULL OR p.end_date > e.employment_end)"),
                   ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM crew_membership m JOIN employee e ON e.id = m.employee_id "
                              "WHERE e.employment_end IS NOT NULL AND (m.end_date IS NULL OR m.end_date > e.employment_end)"),
                   ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM covenant_employee c JOIN employee e ON e.id = c.employee_id "
                              "WHERE e.employment_end IS NOT NULL AND (c.end_date IS NULL OR c.end_date > e.employment_end)"),
                   ==, 0);
  f = ovs_monitor_compute (db->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->year, ==, 2025);
  for (int month = 1; month < 6; month++)
    g_assert_cmpfloat (f->se_month[month], <=, f->se_month[month - 1]);
  g_assert_cmpfloat (f->se_month[5], <, f->se_month[0] - 1.0);
  ovs_monitor_figures_free (f);
}

/* The demo's patterns follow the contracts: every crew's freshly generated month plans nobody above
 * their contract hours, and each pattern that names members names members of its own crew. */
static void
test_rosters_match_contracts (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) crews = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  guint n_hours = 0;

  generate (db, 120, 2014);
  g_assert_cmpint (count (db, "SELECT count(*) FROM shift_pattern_member m JOIN shift_pattern p ON p.id = m.pattern_id "
                              "WHERE NOT EXISTS (SELECT 1 FROM crew_membership c WHERE c.crew_id = p.crew_id "
                              "AND c.employee_id = m.employee_id)"), ==, 0);
  crews = ovs_crews_list (db->store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (crews)); i++)
    {
      g_autoptr(OvsCrew) crew = g_list_model_get_item (G_LIST_MODEL (crews), i);

      g_assert_true (ovs_roster_generate (db->store, ovs_crew_get_id (crew), "2025-06-02", "2025-06-29", NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (count (db, "SELECT count(*) FROM shift WHERE cancelled = 0"), >, 0);
  conflicts = ovs_roster_check (db->store, 0, "2025-06-02", "2025-06-29", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (conflicts, i);

      if (g_str_equal (ovs_conflict_get_code (c), "hours_above_contract"))
        {
          g_test_message ("%s", ovs_conflict_get_message (c));
          n_hours++;
        }
    }
  g_assert_cmpuint (n_hours, ==, 0);
}

int
main (int argc, char **argv)
{
  g_setenv ("OVERSTAP_TODAY", "2025-06-15", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add ("/demo/complete-minimum", OvsTestDb, GUINT_TO_POINTER (OVS_DEMO_MIN_EMPLOYEES), ovs_test_db_setup,
              test_complete, ovs_test_db_teardown);
  g_test_add ("/demo/complete-default", OvsTestDb, GUINT_TO_POINTER (120), ovs_test_db_setup, test_complete,
              ovs_test_db_teardown);
  OVS_TEST_DB ("/demo/crews", test_crews);
  OVS_TEST_DB ("/demo/people", test_people);
  OVS_TEST_DB ("/demo/one-transaction", test_one_transaction);
  OVS_TEST_DB ("/demo/refused", test_refused);
  OVS_TEST_DB ("/demo/scale-and-se", test_scale_and_se);
  OVS_TEST_DB ("/demo/rosters-match-contracts", test_rosters_match_contracts);
  OVS_TEST_DB ("/demo/year-with-movement", test_year_with_movement);
  return g_test_run ();
}

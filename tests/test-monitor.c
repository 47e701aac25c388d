/* test-monitor.c — the monitor's key figures and their notes, on real databases. */
#include "config.h"

#include <string.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

/* Rows are written with plain SQL here: the monitor only reads them, and the modules that write
 * them have their own tests. */
static void
exec (OvsTestDb *db, const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_store_exec (db->store, sql, &error));
  g_assert_no_error (error);
}

static void
add_employee (OvsTestDb *db, int id, const char *employer, const char *status, const char *type)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, "
    "employer_id, employment_start, employment_type, status) "
    "VALUES (%d, 'P%d', 'Jan', 'Jansen', '1970-01-01', 2160, "
    "(SELECT id FROM organisation WHERE name = '%s'), '2010-01-01', '%s', '%s')",
    id, id, employer, type, status);

  exec (db, sql);
}

static OvsMonitorFigures *
compute (OvsTestDb *db)
{
  g_autoptr(GError) error = NULL;
  OvsMonitorFigures *f = ovs_monitor_compute (db->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (f);
  return f;
}

static void
test_empty (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsMonitorFigures) f = compute (db);
  g_autofree char *note = ovs_monitor_default_note (f, OVS_FIGURE_EMPLOYEES);

  g_assert_cmpint (f->year, ==, 2025);
  g_assert_cmpint (f->employees_total, ==, 0);
  g_assert_cmpint (f->transfers_total, ==, 0);
  g_assert_true (f->has_hr_figures);
  g_assert_true (f->has_health_figures);
  g_assert_cmpstr (note, ==, "There are no Wsw employees in service yet. Import them or add them under Employees.");
}

static void
test_employees (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsMonitorFigures) f = NULL;
  const OvsMonitorEmployerRow *row;

  add_employee (db, 1, "Wezo", "active", "wsw");
  add_employee (db, 2, "Wezo", "sick", "wsw");
  add_employee (db, 3, "Larcom", "on_leave", "wsw");
  add_employee (db, 4, "Larcom", "ended", "wsw");
  add_employee (db, 5, "Larcom", "active", "new_sheltered");
  f = compute (db);

  g_assert_cmpint (f->employees_total, ==, 3);
  g_assert_cmpint (f->employees_sick, ==, 1);
  g_assert_cmpuint (f->employers->len, ==, 2);
  row = g_ptr_array_index (f->employers, 0);
  g_assert_cmpstr (row->employer, ==, "Larcom");
  g_assert_cmpint (row->on_leave, ==, 1);
  g_assert_cmpint (row->active, ==, 0);
  row = g_ptr_array_index (f->employers, 1);
  g_assert_cmpstr (row->employer, ==, "Wezo");
  g_assert_cmpint (row->active, ==, 1);
  g_assert_cmpint (row->sick, ==, 1);
}

static void
test_transfers (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsMonitorFigures) f = NULL;
  g_autofree char *note = NULL;

  for (int i = 1; i <= 5; i++)
    add_employee (db, i, "Wezo", "active", "wsw");
  exec (db, "INSERT INTO transfer_case (employee_id, from_org_id, destination, status) VALUES "
            "(1, 1, 'foundation', 'candidate'), (2, 1, 'foundation', 'signed'), "
            "(3, 1, 'foundation', 'transferred'), (4, 1, 'covenant', 'stays'), (5, 1, 'other', 'signed')");
  f = compute (db);
  note = ovs_monitor_default_note (f, OVS_FIGURE_TRANSFERS);

  g_assert_cmpint (f->transfers_total, ==, 5);
  g_assert_cmpint (f->transfers[OVS_TRANSFER_STATUS_CANDIDATE], ==, 1);
  g_assert_cmpint (f->transfers[OVS_TRANSFER_STATUS_SIGNED], ==, 2);
  g_assert_cmpint (f->transfers[OVS_TRANSFER_STATUS_TRANSFERRED], ==, 1);
  g_assert_cmpint (f->transfers[OVS_TRANSFER_STATUS_STAYS], ==, 1);
  g_assert_cmpstr (note, ==, "2 of 5 transfer cases are settled (transferred, staying or declined); "
                             "3 are still open, of which 2 signed.");
}

/* Today is 2025-12-31 in this test, so a whole year has gone by. */
static void
test_covenants (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsMonitorFigures) f = NULL;
  const OvsMonitorCovenantRow *row;

  g_setenv ("OVERSTAP_TODAY", "2025-12-31", TRUE);
  add_employee (db, 1, "Wezo", "active", "wsw");
  add_employee (db, 2, "Larcom", "active", "wsw");
  exec (db, "INSERT INTO covenant (id, party_id, name, start_date, price_cents, price_unit, budget_cents, target_se) "
            "VALUES (1, 1, 'Convenant Wezo', '2024-01-01', 10000, 'se', 50000, 2.5), "
            "       (2, 2, 'Convenant Larcom', '2025-01-01', 1000, 'hour', 100000, 1), "
            "       (3, 2, 'Oud convenant', '2020-01-01', 1000, 'se', 999, 9)");
  exec (db, "UPDATE covenant SET end_date = '2023-12-31' WHERE id = 3");
  exec (db, "INSERT INTO covenant_employee (covenant_id, employee_id, se, start_date) "
            "VALUES (1, 1, 2.0, '2020-01-01')");
  /* 36 hours a week for two weeks. */
  exec (db, "INSERT INTO covenant_employee (covenant_id, employee_id, start_date, end_date) "
            "VALUES (2, 2, '2025-01-01', '2025-01-14')");
  f = compute (db);
  g_setenv ("OVERSTAP_TODAY", "2025-06-01", TRUE);

  g_assert_cmpuint (f->covenants->len, ==, 2);
  row = g_ptr_array_index (f->covenants, 0);
  g_assert_cmpstr (row->name, ==, "Convenant Larcom");
  g_assert_cmpint (row->spend_cents, ==, 72000);
  row = g_ptr_array_index (f->covenants, 1);
  g_assert_cmpstr (row->name, ==, "Convenant Wezo");
  g_assert_cmpint (row->spend_cents, ==, 20000);
  g_assert_cmpint (f->covenant_budget_cents, ==, 150000);
  g_assert_cmpint (f->covenant_spend_cents, ==, 92000);
  g_assert_cmpfloat_with_epsilon (f->se_target, 3.5, 1e-9);

  /* Both work full time all year: one SE each, every month. */
  g_assert_true (f->has_se);
  g_assert_cmpfloat_with_epsilon (f->se_year, 2.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (f->se_month[0], 2.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (f->se_month[11], 2.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (row->se, 2.0, 1e-6);
}

static void
test_reindications (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsMonitorFigures) f = NULL;

  for (int i = 1; i <= 4; i++)
    add_employee (db, i, "Wezo", "active", "wsw");
  /* Today is 2025-06-01: the request deadline is 112 days before the end. */
  exec (db, "INSERT INTO indication (employee_id, category, indication_date, valid_until) VALUES "
            "(1, 'matig', '2022-09-01', '2025-09-01'), "   /* deadline 2025-05-12: overdue */
            "(2, 'matig', '2022-12-01', '2025-12-01'), "   /* deadline 2025-08-11: due */
            "(3, 'matig', '2023-06-01', '2026-06-01'), "   /* deadline 2026-02-09: later */
            "(4, 'matig', '2019-01-01', '2022-01-01'), "   /* superseded by the next */
            "(4, 'ernstig', '2022-01-01', NULL)");
  f = compute (db);

  g_assert_cmpint (f->reindication_overdue, ==, 1);
  g_assert_cmpint (f->reindication_due, ==, 1);
}

static void
test_milestones (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsMonitorFigures) f = NULL;
  g_autofree char *note = NULL;

  exec (db, "INSERT INTO milestone (title, due_date, status) VALUES "
            "('Liquidatieplan', '2025-01-01', 'done'), ('Stichting opgericht', '2025-05-01', 'planned'), "
            "('Ondernemingsplan', '2025-06-20', 'in_progress'), ('Convenant Wezo', '2025-12-01', 'planned'), "
            "('Vervallen', '2025-02-01', 'dropped')");
  f = compute (db);
  note = ovs_monitor_default_note (f, OVS_FIGURE_MILESTONES);

  g_assert_cmpint (f->milestones_total, ==, 4);
  g_assert_cmpint (f->milestones_done, ==, 1);
  g_assert_cmpint (f->milestones_overdue, ==, 1);
  g_assert_cmpint (f->milestones_due, ==, 1);
  g_assert_cmpstr (note, ==, "1 of 4 milestones done; 1 overdue and 1 due within 30 days.");
}

static void
become (OvsTestDb *db, const char *name, OvsRole role)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ovs_users_add (db->store, name, role, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (ovs_store_set_user (db->store, name, &error));
  g_assert_no_error (error);
}

static void
test_teamleider_sees_less (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsMonitorFigures) f = NULL;

  add_employee (db, 1, "Wezo", "active", "wsw");
  add_employee (db, 2, "Wezo", "sick", "wsw");
  /* Privacy per role: piet's figures count the members of his own crew only, not P3 of another. */
  add_employee (db, 3, "Larcom", "active", "wsw");
  exec (db, "INSERT INTO crew (id, name) VALUES (1, 'Noord'), (2, 'Zuid');"
            "INSERT INTO crew_membership (crew_id, employee_id, start_date) VALUES (1, 1, '2020-01-01'), "
            "(1, 2, '2020-01-01'), (2, 3, '2020-01-01')");
  exec (db, "INSERT INTO transfer_case (employee_id, from_org_id, destination) VALUES (1, 1, 'foundation')");
  become (db, "piet", OVS_ROLE_TEAMLEIDER);
  g_assert_true (ovs_store_set_user (db->store, "tester", NULL));
  g_assert_true (ovs_users_grant_crew (db->store, "piet", "Noord", NULL));
  g_assert_true (ovs_store_set_user (db->store, "piet", NULL));
  f = compute (db);

  g_assert_false (f->has_hr_figures);
  g_assert_false (f->has_health_figures);
  g_assert_false (f->has_se);
  g_assert_cmpint (f->transfers_total, ==, 0);
  g_assert_cmpint (f->employees_total, ==, 2);
  /* Sickness is health data: counted, but not told apart. */
  g_assert_cmpint (f->employees_sick, ==, 0);
  g_assert_cmpint (((OvsMonitorEmployerRow *) g_ptr_array_index (f->employers, 0))->active, ==, 2);
  g_assert_cmpuint (f->employers->len, ==, 1);
  g_assert_true (f->crew_scoped);
}

/* Small cells (privacy per role): no health count tells about fewer than five people. */
static void
test_small_cells (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsMonitorFigures) f = NULL;
  g_autoptr(JsonObject) json = NULL;
  g_autofree char *note = NULL;
  g_autofree char *text = ovs_monitor_format_health_count (3, 50);
  JsonObject *row;
  int id = 1;

  g_assert_false (ovs_monitor_health_count_hidden (0, 5));
  g_assert_true (ovs_monitor_health_count_hidden (0, 4));     /* none of four: a fact about each of them */
  g_assert_true (ovs_monitor_health_count_hidden (1, 100));
  g_assert_true (ovs_monitor_health_count_hidden (4, 100));
  g_assert_false (ovs_monitor_health_count_hidden (5, 5));
  g_assert_cmpstr (text, ==, "< 5");

  /* Wezo: 10 at work, 6 sick; Larcom: 8 at work, 2 sick. */
  for (int i = 0; i < 10; i++) add_employee (db, id++, "Wezo", "active", "wsw");
  for (int i = 0; i < 6; i++) add_employee (db, id++, "Wezo", "sick", "wsw");
  for (int i = 0; i < 8; i++) add_employee (db, id++, "Larcom", "active", "wsw");
  for (int i = 0; i < 2; i++) add_employee (db, id++, "Larcom", "sick", "wsw");
  f = compute (db);
  g_assert_cmpint (f->employees_sick, ==, 8);
  g_assert_false (f->sick_hidden);
  /* Larcom's 2 is a small cell; with Wezo's 6 and the total 8 it could be worked out, so no row tells. */
  g_assert_true (f->sick_by_employer_hidden);
  json = ovs_monitor_figures_to_json (f);
  g_assert_cmpint (json_object_get_int_member (json, "employees_sick"), ==, 8);
  row = json_array_get_object_element (json_object_get_array_member (json, "employers"), 0);
  g_assert_cmpstr (json_object_get_string_member (row, "employer"), ==, "Larcom");
  g_assert_cmpstr (json_object_get_string_member (row, "sick"), ==, "< 5");
  g_assert_cmpint (json_object_get_int_member (row, "active"), ==, 10);
  row = json_array_get_object_element (json_object_get_array_member (json, "employers"), 1);
  g_assert_cmpstr (json_object_get_string_member (row, "sick"), ==, "< 5");
  g_assert_cmpint (json_object_get_int_member (row, "active"), ==, 16);
  g_clear_pointer (&json, json_object_unref);
  g_clear_pointer (&f, ovs_monitor_figures_free);

  /* Fewer than five sick in all: the total is hidden too, and the note does not tell. */
  exec (db, "UPDATE employee SET status = 'active' WHERE status = 'sick' AND id < 20");
  f = compute (db);
  g_assert_cmpint (f->employees_sick, ==, 2);
  g_assert_true (f->sick_hidden);
  json = ovs_monitor_figures_to_json (f);
  g_assert_cmpstr (json_object_get_string_member (json, "employees_sick"), ==, "< 5");
  note = ovs_monitor_default_note (f, OVS_FIGURE_EMPLOYEES);
  g_assert_null (strstr (note, " 2 "));
  g_assert_nonnull (strstr (note, "fewer than 5"));
}

static int
count_audit (OvsTestDb *db, const char *action)
{
  OvsStmt *stmt = ovs_store_prepare (db->store,
    ovs_test_sql ("SELECT count (*) FROM audit_log WHERE entity = 'figure_note' AND action = ? "
                  "AND json_extract (changes, '$.figure') = 'se'",
                  "SELECT count (*) FROM audit_log WHERE entity = 'figure_note' AND action = ? "
                  "AND changes::json ->> 'figure' = 'se'"), NULL);
  int n;

  ovs_stmt_bind_text (stmt, 1, action);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  n = ovs_stmt_get_int (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

static void
on_changed (OvsStore *store, const char *entity, int *count)
{
  if (g_str_equal (entity, "figure_note"))
    (*count)++;
}

static void
test_notes (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL, *by = NULL, *at = NULL;
  int changed = 0;

  g_signal_connect (db->store, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_null (ovs_monitor_get_note (db->store, OVS_FIGURE_SE, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (ovs_monitor_set_note (db->store, OVS_FIGURE_SE, "  Achter op schema door ziekte.  ", &error));
  g_assert_no_error (error);
  g_assert_true (ovs_monitor_set_note (db->store, OVS_FIGURE_SE, "Bijna op schema.", &error));
  g_assert_no_error (error);
  note = ovs_monitor_get_note (db->store, OVS_FIGURE_SE, &by, &at, &error);
  g_assert_cmpstr (note, ==, "Bijna op schema.");
  g_assert_cmpstr (by, ==, "tester");
  g_assert_true (g_str_has_suffix (at, "Z"));
  g_assert_cmpint (count_audit (db, "insert"), ==, 1);
  g_assert_cmpint (count_audit (db, "update"), ==, 1);

  /* A blank note removes the stored one, so the default shows again. */
  g_assert_true (ovs_monitor_set_note (db->store, OVS_FIGURE_SE, "   ", &error));
  g_assert_no_error (error);
  g_assert_null (ovs_monitor_get_note (db->store, OVS_FIGURE_SE, NULL, NULL, NULL));
  g_assert_cmpint (count_audit (db, "delete"), ==, 1);
  g_assert_cmpint (changed, ==, 3);
}

static void
test_notes_invalid (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_note = g_strnfill (2001, 'x');

  g_assert_false (ovs_monitor_set_note (db->store, "weather", "Zonnig", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "weather"));
  g_clear_error (&error);
  g_assert_false (ovs_monitor_set_note (db->store, OVS_FIGURE_SE, long_note, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
}

static void
test_notes_need_permission (OvsTestDb *db, gconstpointer data)
{
  const OvsRole roles[] = { OVS_ROLE_HR, OVS_ROLE_TEAMLEIDER };
  const char *names[] = { "hanna", "piet" };

  g_assert_true (ovs_monitor_set_note (db->store, OVS_FIGURE_SE, "Van de kwartiermaker", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *note = NULL;

      g_assert_true (ovs_store_set_user (db->store, "tester", NULL));
      become (db, names[i], roles[i]);
      g_assert_false (ovs_monitor_set_note (db->store, OVS_FIGURE_SE, "Mag niet", &error));
      g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
      note = ovs_monitor_get_note (db->store, OVS_FIGURE_SE, NULL, NULL, NULL);
      g_assert_cmpstr (note, ==, "Van de kwartiermaker");
    }
  g_assert_cmpint (count_audit (db, "insert"), ==, 1);
}

static void
test_json (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsMonitorFigures) f = NULL;
  g_autoptr(JsonObject) json = NULL;

  add_employee (db, 1, "Wezo", "active", "wsw");
  f = compute (db);
  json = ovs_monitor_figures_to_json (f);

  g_assert_cmpint (json_object_get_int_member (json, "employees_total"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json, "se_month")), ==, 12);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json, "transfers"), "signed"), ==, 0);
}

/* The monitor's SE figures come from one pass over the tables; they must equal the reports
 * computed one by one, bit for bit. */
static void
test_se_equals_reports (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsMonitorFigures) f = NULL;
  g_autoptr(OvsSeReport) so_far = NULL;

  g_assert_true (ovs_demo_generate (db->store, 300, 3, &error));
  g_assert_no_error (error);
  f = ovs_monitor_compute (db->store, &error);
  g_assert_no_error (error);
  g_assert_true (f->has_se);
  so_far = ovs_se_report_new_period (db->store, "2025-01-01", "2025-06-01", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (f->se_year, ==, ovs_se_report_get_total (so_far));
  g_assert_cmpfloat (f->se_year, >, 0);
  for (int m = 1; m <= 12; m++)
    {
      g_autoptr(OvsSeReport) month = m <= 6 ? ovs_se_report_new_month (db->store, 2025, m, &error) : NULL;

      g_assert_no_error (error);
      g_assert_cmpfloat (f->se_month[m - 1], ==, month ? ovs_se_report_get_total (month) : 0);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("OVERSTAP_TODAY", "2025-06-01", TRUE);

  OVS_TEST_DB ("/monitor/empty", test_empty);
  OVS_TEST_DB ("/monitor/employees", test_employees);
  OVS_TEST_DB ("/monitor/transfers", test_transfers);
  OVS_TEST_DB ("/monitor/covenants", test_covenants);
  OVS_TEST_DB ("/monitor/reindications", test_reindications);
  OVS_TEST_DB ("/monitor/milestones", test_milestones);
  OVS_TEST_DB ("/monitor/se-equals-reports", test_se_equals_reports);
  OVS_TEST_DB ("/monitor/small-cells", test_small_cells);
  OVS_TEST_DB ("/monitor/teamleider-sees-less", test_teamleider_sees_less);
  OVS_TEST_DB ("/monitor/notes", test_notes);
  OVS_TEST_DB ("/monitor/notes-invalid", test_notes_invalid);
  OVS_TEST_DB ("/monitor/notes-need-permission", test_notes_need_permission);
  OVS_TEST_DB ("/monitor/json", test_json);

  return g_test_run ();
}

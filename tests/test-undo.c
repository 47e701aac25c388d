/* test-undo.c — taking back a record just made (ovs_store_undo_insert()): a fresh row goes with an
 * audit row; a changed row, a row another refers to, a table outside the allow-list and a role that
 * may not make such a row are refused with their own errors. Runs on both engines. */
#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

static gint64
count (OvsStore *store, const char *sql, gint64 id)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  ovs_stmt_bind_int64 (stmt, 1, id);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

static gint64
add_organisation (OvsStore *store, const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_organisations_add (store, name, "hirer", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_fresh (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_organisation (db->store, "Kwekerij De Linde");

  g_assert_cmpint (ovs_store_row_version (db->store, "organisation", id, NULL), ==, 1);
  g_assert_true (ovs_store_undo_insert (db->store, "organisation", id, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM organisation WHERE id = ?", id), ==, 0);
  /* The audit log keeps both the insert and its undo. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'organisation' "
                                     "AND action = 'delete' AND entity_id = ?", id), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'organisation' "
                                     "AND action = 'insert' AND entity_id = ?", id), ==, 1);
  /* Gone is gone: a second undo finds nothing. */
  g_assert_false (ovs_store_undo_insert (db->store, "organisation", id, 1, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND);
}

/* A crew someone changed after it was made stays. */
static void
test_changed (OvsTestDb *db, gconstpointer data)
{
  OvsCrewFields f = { .name = "Groenploeg Noord", .area = "Noord", .min_size = 3 };
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_crews_add (db->store, &f, &error);

  g_assert_no_error (error);
  f.area = "Noord en Oost";
  g_assert_true (ovs_crews_update (db->store, id, &f, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ovs_store_row_version (db->store, "crew", id, NULL), ==, 2);
  g_assert_false (ovs_store_undo_insert (db->store, "crew", id, 1, &error));
  g_assert_error (error, OVS_UNDO_ERROR, OVS_UNDO_ERROR_CHANGED);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM crew WHERE id = ?", id), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity_id = ?",
                          id), ==, 0);
  g_clear_error (&error);
  /* The check is against the version the caller holds: one that read the row after the change may
   * still take it back (the window only ever offers it at version 1). */
  g_assert_true (ovs_store_undo_insert (db->store, "crew", id, 2, &error));
  g_assert_no_error (error);
}

static void
test_in_use (OvsTestDb *db, gconstpointer data)
{
  OvsCovenantFields f = { .name = "Linde 2015", .party = "Kwekerij De Linde", .start_date = "2015-01-01",
                          .kind = "employer_agreement" };
  g_autoptr(GError) error = NULL;
  gint64 org = add_organisation (db->store, "Kwekerij De Linde");
  gint64 covenant = ovs_covenants_add (db->store, &f, &error);

  g_assert_no_error (error);
  g_assert_cmpint (covenant, >, 0);
  g_assert_false (ovs_store_undo_insert (db->store, "organisation", org, 1, &error));
  g_assert_error (error, OVS_UNDO_ERROR, OVS_UNDO_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM organisation WHERE id = ?", org), ==, 1);
  /* Once what refers to it is undone too, it goes. */
  g_assert_true (ovs_store_undo_insert (db->store, "covenant", covenant, 1, &error));
  g_assert_no_error (error);
  g_assert_true (ovs_store_undo_insert (db->store, "organisation", org, 1, &error));
  g_assert_no_error (error);
}

static void
add_employee (OvsStore *store, const char *nr)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "INSERT INTO employee (personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id, "
    "  employment_start) SELECT ?, 'Anna', 'Bakker', '1970-01-01', 1920, id, '2000-01-01' FROM organisation "
    "WHERE name = 'Wezo'", NULL);

  g_assert_nonnull (stmt);
  ovs_stmt_bind_text (stmt, 1, nr);
  g_assert_true (ovs_stmt_run (stmt, NULL));
}

static void
tick_first (OvsStore *store, gint64 case_id)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "UPDATE checklist_item SET done_on = '2014-06-02', version = version + 1 WHERE id = "
    "(SELECT min (id) FROM checklist_item WHERE case_id = ?)", NULL);

  g_assert_nonnull (stmt);
  ovs_stmt_bind_int64 (stmt, 1, case_id);
  g_assert_true (ovs_stmt_run (stmt, NULL));
}

/* A transfer case goes with the checklist it was opened with, but not once an item is ticked. */
static void
test_transfer_case (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  add_employee (db->store, "W1");
  id = ovs_transfers_open (db->store, "W1", "foundation", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM checklist_item WHERE case_id = ?", id), >, 0);
  g_assert_true (ovs_store_undo_insert (db->store, "transfer_case", id, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM checklist_item WHERE case_id = ?", id), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM transfer_case WHERE id = ?", id), ==, 0);

  id = ovs_transfers_open (db->store, "W1", "foundation", NULL, &error);
  g_assert_no_error (error);
  /* One item ticked, as ovs_transfers_tick() records it: the item's version goes up. */
  tick_first (db->store, id);
  g_assert_false (ovs_store_undo_insert (db->store, "transfer_case", id, 1, &error));
  g_assert_error (error, OVS_UNDO_ERROR, OVS_UNDO_ERROR_CHANGED);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM transfer_case WHERE id = ?", id), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM checklist_item WHERE case_id = ?", id), >, 0);
}

static gint64
employee_id (OvsStore *store, const char *nr)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id FROM employee WHERE personnel_number = ?", NULL);
  gint64 id;

  g_assert_nonnull (stmt);
  ovs_stmt_bind_text (stmt, 1, nr);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return id;
}

/* An absence as the roster's shift editor records it: one person, one day, maybe part of it. */
static gint64
add_absence (OvsStore *store, gint64 employee, const char *kind, const char *from, const char *to,
             const char *start_time, const char *end_time)
{
  OvsAbsenceFields f = { .employee_id = employee, .kind = kind, .start_date = from, .end_date = to,
                         .start_time = start_time, .end_time = end_time };
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_absence_add (store, &f, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Every undone absence's audit row (all ids above the one bound, 0). */
#define ABSENCE_UNDOS "SELECT count(*) FROM audit_log WHERE entity = 'absence' AND action = 'delete' AND id > ?"

/* An absence goes with an audit row beside its insert's; once someone ended it early it stays. */
static void
test_absence (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 anna, id, deletes;

  add_employee (db->store, "W1");
  anna = employee_id (db->store, "W1");
  id = add_absence (db->store, anna, "leave", "2014-06-03", "2014-06-03", "10:00", "12:00");
  g_assert_true (ovs_store_undo_insert (db->store, "absence", id, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM absence WHERE id = ?", id), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'absence' "
                                     "AND action = 'insert' AND entity_id = ?", id), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'absence' "
                                     "AND action = 'delete' AND entity_id = ?", id), ==, 1);

  /* Someone ends the next one early before the undo: it was changed, so it stays as they left it.
   * (SQLite may give it the id just freed, so the delete rows are counted before and after.) */
  deletes = count (db->store, ABSENCE_UNDOS, 0);
  id = add_absence (db->store, anna, "leave", "2014-06-03", "2014-06-06", NULL, NULL);
  g_assert_true (ovs_absence_end (db->store, id, "2014-06-04", 0, &error));
  g_assert_no_error (error);
  g_assert_false (ovs_store_undo_insert (db->store, "absence", id, 1, &error));
  g_assert_error (error, OVS_UNDO_ERROR, OVS_UNDO_ERROR_CHANGED);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM absence WHERE id = ? AND end_date = '2014-06-04'", id),
                   ==, 1);
  g_assert_cmpint (count (db->store, ABSENCE_UNDOS, 0), ==, deletes);
}

/* A teamleider takes back what they recorded for a member of their own crew, not another crew's. */
static void
test_absence_teamleider (OvsTestDb *db, gconstpointer data)
{
  OvsCrewFields noord = { .name = "Noord", .min_size = 3 }, zuid = { .name = "Zuid", .min_size = 3 };
  g_autoptr(GError) error = NULL;
  gint64 own, other;

  add_employee (db->store, "W1");
  add_employee (db->store, "W2");
  g_assert_cmpint (ovs_crew_memberships_add (db->store, ovs_crews_add (db->store, &noord, NULL),
                                             employee_id (db->store, "W1"), NULL, "2014-01-01", NULL, &error), >, 0);
  g_assert_cmpint (ovs_crew_memberships_add (db->store, ovs_crews_add (db->store, &zuid, NULL),
                                             employee_id (db->store, "W2"), NULL, "2014-01-01", NULL, &error), >, 0);
  g_assert_no_error (error);
  other = add_absence (db->store, employee_id (db->store, "W2"), "leave", "2014-06-03", "2014-06-03", NULL, NULL);
  g_assert_cmpint (ovs_users_add (db->store, "jan", OVS_ROLE_TEAMLEIDER, "Noord", &error), >, 0);
  g_assert_true (ovs_store_set_user (db->store, "jan", &error));
  g_assert_no_error (error);

  own = add_absence (db->store, employee_id (db->store, "W1"), "absent", "2014-06-03", "2014-06-03",
                     "13:00", "16:00");
  g_assert_true (ovs_store_undo_insert (db->store, "absence", own, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM absence WHERE id = ?", own), ==, 0);
  g_assert_false (ovs_store_undo_insert (db->store, "absence", other, 1, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_true (ovs_store_set_user (db->store, "tester", NULL));
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM absence WHERE id = ?", other), ==, 1);
}

static void
test_refused (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_organisation (db->store, "Kwekerij De Linde");

  g_assert_false (ovs_store_undo_allowed ("employee"));
  g_assert_false (ovs_store_undo_insert (db->store, "employee", 1, 1, &error));
  g_assert_error (error, OVS_UNDO_ERROR, OVS_UNDO_ERROR_NOT_UNDOABLE);
  g_clear_error (&error);
  /* A teamleider may not make organisations, so may not take one back either. */
  g_assert_cmpint (ovs_users_add (db->store, "piet", OVS_ROLE_TEAMLEIDER, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (ovs_store_set_user (db->store, "piet", &error));
  g_assert_false (ovs_store_undo_insert (db->store, "organisation", id, 1, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM organisation WHERE id = ?", id), ==, 1);
}

int
main (int argc, char **argv)
{
  g_setenv ("OVERSTAP_TODAY", "2014-06-02", TRUE);
  g_test_init (&argc, &argv, NULL);
  OVS_TEST_DB ("/undo/fresh", test_fresh);
  OVS_TEST_DB ("/undo/changed", test_changed);
  OVS_TEST_DB ("/undo/in-use", test_in_use);
  OVS_TEST_DB ("/undo/transfer-case", test_transfer_case);
  OVS_TEST_DB ("/undo/absence", test_absence);
  OVS_TEST_DB ("/undo/absence-teamleider", test_absence_teamleider);
  OVS_TEST_DB ("/undo/refused", test_refused);
  return g_test_run ();
}

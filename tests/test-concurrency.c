/* test-concurrency.c — rules that read and then write, run by several connections at once.
 *
 * Each writer is a thread with its own OvsStore on the same file, as several `overstap-cli`
 * processes or a window and a CLI would be. A rule reads inside its transaction, which holds the
 * write lock, so no writer bases a change on a row another writer has changed meanwhile. */
#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

#include <string.h>

#define N_WRITERS 4
#define N_CHANGES 100

typedef enum { WRITE_HOURS, WRITE_RESIDENCE, WRITE_SCALE, WRITE_LAST_NAME } Field;

typedef struct
{
  const char *path;
  gint64      id;
  Field       field;
  GError     *error;
} Writer;

static const char *audit_keys[N_WRITERS] = { "contract_minutes", "residence", "salary_scale", "last_name" };

/* The value writer @field writes the @i-th time (1 … N_CHANGES), each different from the last. */
static void
set_value (OvsEmployeeFields *f, Field field, int i, char buffer[32])
{
  switch (field)
    {
    case WRITE_HOURS:
      f->contract_minutes = 20 * 60 + i;
      break;
    case WRITE_RESIDENCE:
      g_snprintf (buffer, 32, "Plaats %d", i);
      f->residence = buffer;
      break;
    case WRITE_SCALE:
      f->has_salary_scale = TRUE;
      f->salary_scale = i % 2 == 0 ? 5 + i / 2 % 40 : 60 + i / 2 % 30;
      break;
    case WRITE_LAST_NAME:
    default:
      g_snprintf (buffer, 32, "Bakker-%d", i);
      f->last_name = buffer;
      break;
    }
}

static gboolean
change_once (OvsStore *store, Writer *w, int i)
{
  g_autoptr(OvsEmployeeFields) before = ovs_employees_load_fields (store, w->id, &w->error);
  OvsEmployeeFields after;
  char buffer[32];

  if (before == NULL)
    return FALSE;
  after = *before;
  set_value (&after, w->field, i, buffer);
  /* (Passing only @after to ovs_employees_update() here, the old way, loses most changes.) */
  return ovs_employees_change (store, w->id, before, &after, NULL, &w->error);
}

static gpointer
writer_thread (gpointer data)
{
  Writer *w = data;
  g_autoptr(OvsStore) store = ovs_store_open (w->path, &w->error);

  if (store == NULL || !ovs_store_set_user (store, "tester", &w->error))
    return NULL;
  for (int i = 1; i <= N_CHANGES; i++)
    if (!change_once (store, w, i))
      return NULL;
  return NULL;
}

static gint64
add_employee (OvsStore *store)
{
  OvsEmployeeFields f = {
    .personnel_number = "C1", .first_name = "Anna", .last_name = "Bakker", .birth_date = "1970-05-17",
    .residence = "Wijhe", .home_municipality = "Olst-Wijhe", .category = "matig", .contract_minutes = 32 * 60,
    .has_salary_scale = TRUE, .salary_scale = 4, .employer = "Wezo", .employment_start = "1995-03-01",
  };
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_employees_add (store, &f, NULL, &error);

  g_assert_no_error (error);
  return id;
}

/* How many update audit rows of employee @id name @key among their changes, and how many rows
 * there are in all. */
static guint
count_audit (OvsStore *store, gint64 id, const char *key, guint *rows)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT changes FROM audit_log "
                                            "WHERE entity = 'employee' AND action = 'update' AND entity_id = ?", NULL);
  guint n = 0;

  *rows = 0;
  ovs_stmt_bind_int64 (stmt, 1, id);
  while (ovs_stmt_next (stmt, NULL))
    {
      g_autoptr(JsonNode) changes = json_from_string (ovs_stmt_get_text (stmt, 0), NULL);

      g_assert_nonnull (changes);
      n += json_object_has_member (json_node_get_object (changes), key);
      (*rows)++;
    }
  ovs_stmt_reset (stmt);
  return n;
}

static void
run_writers (OvsTestDb *db, gint64 id, Writer writers[N_WRITERS])
{
  GThread *threads[N_WRITERS];

  for (guint k = 0; k < N_WRITERS; k++)
    {
      writers[k] = (Writer) { .path = db->path, .id = id, .field = (Field) k };
      threads[k] = g_thread_new ("writer", writer_thread, &writers[k]);
    }
  for (guint k = 0; k < N_WRITERS; k++)
    g_thread_join (threads[k]);
}

/* Four writers change four different fields of one employee a hundred times each, at once: every
 * field ends with its writer's last value and every change has its own audit row. */
static void
test_four_writers (OvsTestDb *db, gconstpointer data)
{
  gint64 id = add_employee (db->store);
  Writer writers[N_WRITERS];
  g_autoptr(OvsEmployeeFields) final = NULL;
  OvsEmployeeFields expected = { 0 };
  char residence[32], last_name[32], unused[32];
  guint rows;

  run_writers (db, id, writers);
  for (guint k = 0; k < N_WRITERS; k++)
    g_assert_no_error (writers[k].error);

  final = ovs_employees_load_fields (db->store, id, NULL);
  set_value (&expected, WRITE_HOURS, N_CHANGES, unused);
  set_value (&expected, WRITE_RESIDENCE, N_CHANGES, residence);
  set_value (&expected, WRITE_SCALE, N_CHANGES, unused);
  set_value (&expected, WRITE_LAST_NAME, N_CHANGES, last_name);
  g_assert_cmpint (final->contract_minutes, ==, expected.contract_minutes);
  g_assert_cmpstr (final->residence, ==, expected.residence);
  g_assert_cmpint (final->salary_scale, ==, expected.salary_scale);
  g_assert_cmpstr (final->last_name, ==, expected.last_name);
  /* The fields nobody touched are as they were. */
  g_assert_cmpstr (final->first_name, ==, "Anna");
  g_assert_cmpstr (final->home_municipality, ==, "Olst-Wijhe");

  for (guint k = 0; k < N_WRITERS; k++)
    g_assert_cmpuint (count_audit (db->store, id, audit_keys[k], &rows), ==, N_CHANGES);
  g_assert_cmpuint (rows, ==, N_WRITERS * N_CHANGES);
}

/* A change based on fields read before someone else's change keeps that change. */
static void
test_change_keeps_others (OvsTestDb *db, gconstpointer data)
{
  gint64 id = add_employee (db->store);
  g_autoptr(OvsStore) other = ovs_store_open (db->path, NULL);
  g_autoptr(OvsEmployeeFields) before = NULL;
  g_autoptr(OvsEmployeeFields) theirs = NULL;
  g_autoptr(OvsEmployeeFields) final = NULL;
  g_autoptr(GError) error = NULL;
  OvsEmployeeFields after, their_after;
  guint rows;

  g_assert_true (ovs_store_set_user (other, "tester", NULL));
  before = ovs_employees_load_fields (db->store, id, NULL);
  theirs = ovs_employees_load_fields (other, id, NULL);
  after = *before;
  their_after = *theirs;
  their_after.residence = "Deventer";
  their_after.category = "ernstig";
  g_assert_true (ovs_employees_change (other, id, theirs, &their_after, NULL, &error));
  g_assert_no_error (error);

  after.contract_minutes = 36 * 60;
  g_assert_true (ovs_employees_change (db->store, id, before, &after, NULL, &error));
  g_assert_no_error (error);
  final = ovs_employees_load_fields (db->store, id, NULL);
  g_assert_cmpint (final->contract_minutes, ==, 36 * 60);
  g_assert_cmpstr (final->residence, ==, "Deventer");
  g_assert_cmpstr (final->category, ==, "ernstig");
  g_assert_cmpuint (count_audit (db->store, id, "contract_minutes", &rows), ==, 1);
  g_assert_cmpuint (count_audit (db->store, id, "category", &rows), ==, 1);
  g_assert_cmpuint (rows, ==, 2);

  /* The merged row is validated as a whole: their change and ours must fit together. */
  g_clear_pointer (&theirs, ovs_employee_fields_free);
  g_clear_pointer (&before, ovs_employee_fields_free);
  theirs = ovs_employees_load_fields (other, id, NULL);
  before = ovs_employees_load_fields (db->store, id, NULL);
  their_after = *theirs;
  their_after.employment_start = "1990-01-01";
  g_assert_true (ovs_employees_change (other, id, theirs, &their_after, NULL, &error));
  after = *before;
  after.birth_date = "1992-01-01";   /* before the start as we read it, after the start as it is */
  g_assert_false (ovs_employees_change (db->store, id, before, &after, NULL, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER);
  g_assert_finalize_object (g_steal_pointer (&other));
}

/* --- row versions: a save based on an old read --- */

static gint64
row_version (OvsStore *store, gint64 id)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT version FROM employee WHERE id = ?", NULL);
  gint64 version;

  ovs_stmt_bind_int64 (stmt, 1, id);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  version = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return version;
}

/* Anna (hr) changes the contract hours 32 → 28 while we have the employee open: our change of the same
 * field is refused, naming her change; our change of another field is merged; applying ours again on
 * purpose (version 0) wins. */
static void
test_same_field_conflict (OvsTestDb *db, gconstpointer data)
{
  gint64 id = add_employee (db->store);
  g_autoptr(OvsStore) anna = ovs_store_open (db->path, NULL);
  g_autoptr(OvsEmployeeFields) ours = NULL;
  g_autoptr(OvsEmployeeFields) theirs = NULL;
  g_autoptr(OvsEmployeeFields) final = NULL;
  g_autoptr(GError) error = NULL;
  OvsEmployeeFields after, their_after;

  g_assert_true (ovs_users_add (db->store, "anna", OVS_ROLE_HR, NULL, &error) > 0);
  g_assert_true (ovs_store_set_user (anna, "anna", &error));
  ours = ovs_employees_load_fields (db->store, id, &error);
  g_assert_cmpint (ours->version, ==, 1);
  theirs = ovs_employees_load_fields (anna, id, &error);
  their_after = *theirs;
  their_after.contract_minutes = 28 * 60;
  g_assert_true (ovs_employees_change (anna, id, theirs, &their_after, NULL, &error));
  g_assert_cmpint (row_version (db->store, id), ==, 2);

  after = *ours;
  after.contract_minutes = 36 * 60;
  g_assert_false (ovs_employees_change (db->store, id, ours, &after, NULL, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "anna (hr) changed the contract hours at "));
  g_assert_nonnull (strstr (error->message, ": 32 → 28"));
  g_clear_error (&error);
  final = ovs_employees_load_fields (db->store, id, NULL);
  g_assert_cmpint (final->contract_minutes, ==, 28 * 60);
  g_assert_cmpint (final->version, ==, 2);
  g_clear_pointer (&final, ovs_employee_fields_free);

  /* Another field of the same old read: no conflict, her hours stay. */
  after = *ours;
  after.residence = "Deventer";
  g_assert_true (ovs_employees_change (db->store, id, ours, &after, NULL, &error));
  g_assert_no_error (error);
  final = ovs_employees_load_fields (db->store, id, NULL);
  g_assert_cmpint (final->contract_minutes, ==, 28 * 60);
  g_assert_cmpstr (final->residence, ==, "Deventer");
  g_assert_cmpint (final->version, ==, 3);
  g_clear_pointer (&final, ovs_employee_fields_free);

  /* "Toch opslaan": the same change without the old version is applied over hers. */
  after = *ours;
  after.contract_minutes = 36 * 60;
  ours->version = 0;
  g_assert_true (ovs_employees_change (db->store, id, ours, &after, NULL, &error));
  g_assert_no_error (error);
  final = ovs_employees_load_fields (db->store, id, NULL);
  g_assert_cmpint (final->contract_minutes, ==, 36 * 60);
  g_assert_cmpstr (final->residence, ==, "Deventer");
  g_assert_finalize_object (g_steal_pointer (&anna));
}

/* A whole-row update from an old version is refused whatever field changed since. */
static void
test_update_stale_version (OvsTestDb *db, gconstpointer data)
{
  gint64 id = add_employee (db->store);
  g_autoptr(OvsStore) other = ovs_store_open (db->path, NULL);
  g_autoptr(OvsEmployeeFields) ours = NULL;
  g_autoptr(OvsEmployeeFields) theirs = NULL;
  g_autoptr(GError) error = NULL;
  OvsEmployeeFields after, their_after;

  g_assert_true (ovs_store_set_user (other, "tester", NULL));
  ours = ovs_employees_load_fields (db->store, id, NULL);
  theirs = ovs_employees_load_fields (other, id, NULL);
  their_after = *theirs;
  their_after.last_name = "Visser";
  g_assert_true (ovs_employees_update (other, id, &their_after, NULL, &error));
  g_assert_no_error (error);

  after = *ours;
  after.residence = "Olst";
  g_assert_false (ovs_employees_update (db->store, id, &after, NULL, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "tester (kwartiermaker) changed the last name at "));
  g_assert_nonnull (strstr (error->message, ": Bakker → Visser"));
  g_assert_finalize_object (g_steal_pointer (&other));
}

/* --- a rule that reads other rows: placements within the contract hours --- */

typedef struct
{
  const char *path;
  gint64      employee_id;
  guint       added;
  guint       refused;
  GError     *error;     /* any other failure */
} Placer;

static gpointer
placer_thread (gpointer data)
{
  Placer *p = data;
  g_autoptr(OvsStore) store = ovs_store_open (p->path, &p->error);
  OvsPlacementFields f = {
    .employee_id = p->employee_id, .kind = "sheltered_work", .minutes_per_week = 12 * 60,
    .start_date = "2020-01-01",
  };

  if (store == NULL || !ovs_store_set_user (store, "tester", &p->error))
    return NULL;
  for (int i = 0; i < 10 && p->error == NULL; i++)
    {
      g_autoptr(GError) local = NULL;

      if (ovs_placements_add (store, &f, &local) != 0)
        p->added++;
      else if (g_error_matches (local, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT))
        p->refused++;
      else
        p->error = g_steal_pointer (&local);
    }
  return NULL;
}

/* Four connections add 12-hour placements for a 32-hour employee at once: the rule reads the other
 * placements in the transaction that inserts, so exactly two fit and every other attempt is refused. */
static void
test_placements_within_contract (OvsTestDb *db, gconstpointer data)
{
  gint64 id = add_employee (db->store);
  Placer placers[N_WRITERS];
  GThread *threads[N_WRITERS];
  guint added = 0, refused = 0;

  for (guint k = 0; k < N_WRITERS; k++)
    {
      placers[k] = (Placer) { .path = db->path, .employee_id = id };
      threads[k] = g_thread_new ("placer", placer_thread, &placers[k]);
    }
  for (guint k = 0; k < N_WRITERS; k++)
    {
      g_thread_join (threads[k]);
      g_assert_no_error (placers[k].error);
      added += placers[k].added;
      refused += placers[k].refused;
    }
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (refused, ==, N_WRITERS * 10 - 2);
}

/* --- a rule that reads other rows: nobody covered by two covenants at once --- */

typedef struct
{
  const char *path;
  const char *covenant;
  guint       added;
  guint       refused;
  GError     *error;
} Coverer;

static gpointer
coverer_thread (gpointer data)
{
  Coverer *c = data;
  g_autoptr(OvsStore) store = ovs_store_open (c->path, &c->error);

  if (store == NULL || !ovs_store_set_user (store, "tester", &c->error))
    return NULL;
  for (int i = 0; i < 10 && c->error == NULL; i++)
    {
      g_autoptr(GError) local = NULL;

      if (ovs_covenants_cover (store, c->covenant, "C1", "2015-01-01", NULL, FALSE, 0, FALSE, 0, &local) != 0)
        c->added++;
      else if (g_error_matches (local, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE))
        c->refused++;
      else
        c->error = g_steal_pointer (&local);
    }
  return NULL;
}

/* Four connections cover one employee under two covenants at once: exactly one cover is made. */
static void
test_cover_once (OvsTestDb *db, gconstpointer data)
{
  const char *names[] = { "Beschut Wezo", "Wezo groen" };
  Coverer coverers[N_WRITERS];
  GThread *threads[N_WRITERS];
  guint added = 0, refused = 0;

  add_employee (db->store);
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      OvsCovenantFields f = { .name = names[k], .party = "Wezo", .start_date = "2015-01-01" };
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (ovs_covenants_add (db->store, &f, &error), >, 0);
      g_assert_no_error (error);
    }
  for (guint k = 0; k < N_WRITERS; k++)
    {
      coverers[k] = (Coverer) { .path = db->path, .covenant = names[k % 2] };
      threads[k] = g_thread_new ("coverer", coverer_thread, &coverers[k]);
    }
  for (guint k = 0; k < N_WRITERS; k++)
    {
      g_thread_join (threads[k]);
      g_assert_no_error (coverers[k].error);
      added += coverers[k].added;
      refused += coverers[k].refused;
    }
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (refused, ==, N_WRITERS * 10 - 1);
}

/* A placement saved from an old version is refused; the version of a fresh read saves. */
static void
test_placement_version (OvsTestDb *db, gconstpointer data)
{
  gint64 employee = add_employee (db->store);
  OvsPlacementFields f = { .employee_id = employee, .kind = "sheltered_work", .minutes_per_week = 12 * 60,
                           .start_date = "2020-01-01" };
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_placements_add (db->store, &f, &error);
  gint64 read;

  g_assert_no_error (error);
  read = ovs_store_row_version (db->store, "placement", id, &error);
  g_assert_cmpint (read, ==, 1);
  f.version = read;
  f.location = "Wijhe";
  g_assert_true (ovs_placements_update (db->store, id, &f, &error));
  g_assert_cmpint (ovs_store_row_version (db->store, "placement", id, NULL), ==, 2);

  f.location = "Olst";          /* still from version 1 */
  g_assert_false (ovs_placements_update (db->store, id, &f, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "tester (kwartiermaker) changed the location at "));
  g_clear_error (&error);
  f.version = 2;
  g_assert_true (ovs_placements_update (db->store, id, &f, &error));
  g_assert_no_error (error);
}

/* A pattern changed from an old version is refused: a crew's roster is not overwritten unseen either. */
static void
test_pattern_version (OvsTestDb *db, gconstpointer data)
{
  OvsCrewFields crew = { .name = "Groen Noord", .min_size = 3 };
  OvsPatternFields f = { .days = "MO,TU,WE,TH", .start_time = "07:30", .end_time = "16:00", .break_minutes = 30,
                         .valid_from = "2026-01-05" };
  g_autoptr(GError) error = NULL;
  gint64 crew_id = ovs_crews_add (db->store, &crew, &error);
  gint64 id;

  g_assert_no_error (error);
  id = ovs_pattern_add (db->store, crew_id, &f, &error);
  g_assert_no_error (error);
  f.version = ovs_store_row_version (db->store, "shift_pattern", id, NULL);
  f.task = "maaien";
  g_assert_true (ovs_pattern_change (db->store, id, &f, &error));
  f.task = "snoeien";   /* still from the first version */
  g_assert_false (ovs_pattern_change (db->store, id, &f, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "tester (kwartiermaker) changed the task at "));
}

/* A shift changed on another connection meanwhile: a change from the version read before is refused
 * and names who changed it; a change from the fresh version saves. */
static void
test_shift_version (OvsTestDb *db, gconstpointer data)
{
  OvsCrewFields crew = { .name = "Groen Zuid", .min_size = 1 };
  g_autoptr(OvsStore) other = ovs_store_open (db->path, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = NULL;
  OvsShiftChange ours = { .break_minutes = -1, .task = "maaien" };
  OvsShiftChange theirs = { .break_minutes = -1, .start_time = "08:00" };
  gint64 employee = add_employee (db->store), crew_id, id;
  OvsStmt *stmt;

  crew_id = ovs_crews_add (db->store, &crew, &error);
  g_assert_no_error (error);
  uid = ovs_roster_shift_add (db->store, crew_id, employee, "2026-03-02", "07:30", "16:00", 30, NULL, NULL, &error);
  g_assert_no_error (error);
  stmt = ovs_store_prepare (db->store, "SELECT id FROM shift WHERE uid = ?", &error);
  g_assert_no_error (error);
  ovs_stmt_bind_text (stmt, 1, uid);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);

  g_assert_true (ovs_store_set_user (other, "tester", NULL));
  ours.version = theirs.version = ovs_store_row_version (db->store, "shift", id, NULL);
  g_assert_cmpint (ours.version, ==, 1);
  g_assert_true (ovs_roster_shift_change (other, uid, &theirs, &error));
  g_assert_no_error (error);

  g_assert_false (ovs_roster_shift_change (db->store, uid, &ours, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "tester (kwartiermaker) changed "));
  g_clear_error (&error);
  ours.version = ovs_store_row_version (db->store, "shift", id, NULL);
  g_assert_cmpint (ours.version, ==, 2);
  g_assert_true (ovs_roster_shift_change (db->store, uid, &ours, &error));
  g_assert_no_error (error);
  /* Version 0: no check, as the CLI saves in one step. */
  theirs.version = 0;
  g_assert_true (ovs_roster_shift_change (other, uid, &theirs, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&other));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  OVS_TEST_DB ("/concurrency/employee-four-writers", test_four_writers);
  OVS_TEST_DB ("/concurrency/employee-change-keeps-others", test_change_keeps_others);
  OVS_TEST_DB ("/concurrency/placements-within-contract", test_placements_within_contract);
  OVS_TEST_DB ("/concurrency/employee-same-field-conflict", test_same_field_conflict);
  OVS_TEST_DB ("/concurrency/employee-update-stale-version", test_update_stale_version);
  OVS_TEST_DB ("/concurrency/cover-once", test_cover_once);
  OVS_TEST_DB ("/concurrency/placement-version", test_placement_version);
  OVS_TEST_DB ("/concurrency/pattern-version", test_pattern_version);
  OVS_TEST_DB ("/concurrency/shift-version", test_shift_version);
  return g_test_run ();
}

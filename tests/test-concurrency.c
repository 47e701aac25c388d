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

/* --- row versions of absences, transfer cases, checklist items, agreements, covers, organisations --- */

/* A second connection as anna (hr), who saves in between. */
static OvsStore *
open_anna (OvsTestDb *db)
{
  g_autoptr(GError) error = NULL;
  OvsStore *anna;

  g_assert_cmpint (ovs_users_add (db->store, "anna", OVS_ROLE_HR, NULL, &error), >, 0);
  anna = ovs_store_open (db->path, &error);
  g_assert_no_error (error);
  g_assert_true (ovs_store_set_user (anna, "anna", &error));
  return anna;
}

/* The audited changes of a row after its insert: every save writes exactly one. */
static gint64
count_changes (OvsStore *store, const char *entity, gint64 id)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT count (*) FROM audit_log WHERE entity = ? AND entity_id = ? "
                                            "AND action <> 'insert'", NULL);
  gint64 n;

  ovs_stmt_bind_text (stmt, 1, entity);
  ovs_stmt_bind_int64 (stmt, 2, id);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

/* One text column of one row, for checking that a refused save wrote nothing. */
static char *
column_text (OvsStore *store, const char *sql, gint64 id)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  char *text;

  ovs_stmt_bind_int64 (stmt, 1, id);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  text = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  return text;
}

static void
assert_conflict (GError **error, const char *change, const char *values)
{
  g_assert_error (*error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT);
  g_test_message ("%s", (*error)->message);
  g_assert_nonnull (strstr ((*error)->message, change));
  g_assert_nonnull (strstr ((*error)->message, values));
  g_clear_error (error);
}

static gint64
add_absence (OvsStore *store, gint64 employee)
{
  OvsAbsenceFields f = { .employee_id = employee, .kind = "leave", .start_date = "2026-03-02",
                         .end_date = "2026-03-13" };
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_absence_add (store, &f, &error);

  g_assert_no_error (error);
  return id;
}

/* Anna ends an absence early while we have it open: our end from the old version is refused, names
 * her change and writes nothing; from the fresh version it saves. */
static void
test_absence_version (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsStore) anna = open_anna (db);
  gint64 id = add_absence (db->store, add_employee (db->store));
  gint64 read = ovs_store_row_version (db->store, "absence", id, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *end = NULL;

  g_assert_true (ovs_absence_end (anna, id, "2026-03-06", 0, &error));
  g_assert_no_error (error);
  g_assert_false (ovs_absence_end (db->store, id, "2026-03-09", read, &error));
  assert_conflict (&error, "anna (hr) changed the end date at ", ": 13-03-2026 → 06-03-2026");
  end = column_text (db->store, "SELECT end_date FROM absence WHERE id = ?", id);
  g_assert_cmpstr (end, ==, "2026-03-06");
  g_assert_cmpint (ovs_store_row_version (db->store, "absence", id, NULL), ==, read + 1);
  g_assert_cmpint (count_changes (db->store, "absence", id), ==, 1);
  g_assert_true (ovs_absence_end (db->store, id, "2026-03-09", read + 1, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&anna));
}

static gint64
open_case (OvsStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_transfers_open (store, "C1", "foundation", NULL, &error);

  g_assert_no_error (error);
  return id;
}

/* Every change of a transfer case from an old version is refused and writes nothing: a step, the
 * planned date, what it moves and a note. */
static void
test_transfer_case_version (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsStore) anna = open_anna (db);
  gint64 id, read;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL, *planned = NULL, *notes = NULL;

  add_employee (db->store);
  id = open_case (db->store);
  read = ovs_store_row_version (db->store, "transfer_case", id, NULL);
  g_assert_true (ovs_transfers_set_planned_date (anna, "C1", "2027-01-01", read, &error));
  g_assert_no_error (error);

  g_assert_false (ovs_transfers_set_status (db->store, "C1", "interviewed", NULL, read, &error));
  assert_conflict (&error, "anna (hr) changed the planned date at ", ": (empty) → 01-01-2027");
  g_assert_false (ovs_transfers_set_planned_date (db->store, "C1", "2027-03-01", read, &error));
  assert_conflict (&error, "anna (hr) changed the planned date at ", "");
  g_assert_false (ovs_transfers_set_moves (db->store, "C1", "Larcom", NULL, read, &error));
  assert_conflict (&error, "anna (hr) changed the planned date at ", "");
  g_assert_false (ovs_transfers_add_note (db->store, "C1", "gesprek gepland", read, &error));
  assert_conflict (&error, "anna (hr) changed the planned date at ", "");

  status = column_text (db->store, "SELECT status FROM transfer_case WHERE id = ?", id);
  planned = column_text (db->store, "SELECT planned_date FROM transfer_case WHERE id = ?", id);
  notes = column_text (db->store, "SELECT notes FROM transfer_case WHERE id = ?", id);
  g_assert_cmpstr (status, ==, "candidate");
  g_assert_cmpstr (planned, ==, "2027-01-01");
  g_assert_null (notes);
  g_assert_cmpint (count_changes (db->store, "transfer_case", id), ==, 1);
  g_assert_cmpint (ovs_store_row_version (db->store, "transfer_case", id, NULL), ==, read + 1);

  /* From the version anna left, and with version 0 (the CLI), the step is taken. */
  g_assert_true (ovs_transfers_set_status (db->store, "C1", "interviewed", NULL, read + 1, &error));
  g_assert_no_error (error);
  g_assert_true (ovs_transfers_add_note (anna, "C1", "gesprek gevoerd", 0, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&anna));
}

static gint64
item_id (OvsStore *store, gint64 case_id, const char *code)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id FROM checklist_item WHERE case_id = ? AND code = ?", NULL);
  gint64 id;

  ovs_stmt_bind_int64 (stmt, 1, case_id);
  ovs_stmt_bind_text (stmt, 2, code);
  g_assert_true (ovs_stmt_next (stmt, NULL));
  id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return id;
}

/* A checklist item ticked by anna, then unticked by us from the version before her tick: refused,
 * her tick stays. Ticking another item is no conflict: each item has its own version. */
static void
test_checklist_version (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsStore) anna = open_anna (db);
  const char *code = ovs_transfers_standard_codes ()[0];
  const char *other = ovs_transfers_standard_codes ()[1];
  gint64 case_id, item, read, other_read;
  g_autoptr(GError) error = NULL;
  g_autofree char *done_by = NULL;

  add_employee (db->store);
  case_id = open_case (db->store);
  item = item_id (db->store, case_id, code);
  read = ovs_store_row_version (db->store, "checklist_item", item, NULL);
  other_read = ovs_store_row_version (db->store, "checklist_item", item_id (db->store, case_id, other), NULL);
  g_assert_true (ovs_transfers_tick (anna, "C1", code, TRUE, "2026-03-02", read, &error));
  g_assert_true (ovs_transfers_tick (anna, "C1", code, FALSE, NULL, read + 1, &error));
  g_assert_true (ovs_transfers_tick (anna, "C1", code, TRUE, "2026-03-03", read + 2, &error));
  g_assert_no_error (error);

  g_assert_false (ovs_transfers_tick (db->store, "C1", code, FALSE, NULL, read, &error));
  assert_conflict (&error, "anna (hr) changed the completion date at ", "to 03-03-2026");
  done_by = column_text (db->store, "SELECT done_by FROM checklist_item WHERE id = ?", item);
  g_assert_cmpstr (done_by, ==, "anna");
  g_assert_cmpint (count_changes (db->store, "checklist_item", item), ==, 3);

  g_assert_true (ovs_transfers_tick (db->store, "C1", other, TRUE, NULL, other_read, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&anna));
}

static void
add_covenant (OvsStore *store)
{
  OvsCovenantFields f = { .name = "Beschut Wezo", .party = "Wezo", .start_date = "2015-01-01" };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ovs_covenants_add (store, &f, &error), >, 0);
  g_assert_no_error (error);
}

static gint64
add_agreement (OvsStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  add_covenant (store);
  id = ovs_covenants_add_agreement (store, "Beschut Wezo", "Jaarverslag", "2026-06-30", "hr", &error);
  g_assert_no_error (error);
  return id;
}

/* An agreement marked done by anna: our status from the version before is refused and names her
 * change; nothing is written. */
static void
test_agreement_version (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsStore) anna = open_anna (db);
  gint64 id = add_agreement (db->store);
  gint64 read = ovs_store_row_version (db->store, "covenant_agreement", id, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;

  g_assert_true (ovs_covenants_set_agreement_status (anna, id, "done", "verslag ontvangen", "2026-03-02", read,
                                                     &error));
  g_assert_no_error (error);
  g_assert_false (ovs_covenants_set_agreement_status (db->store, id, "in_progress", NULL, NULL, read, &error));
  assert_conflict (&error, "anna (hr) changed the status at ", "done");
  status = column_text (db->store, "SELECT status FROM covenant_agreement WHERE id = ?", id);
  g_assert_cmpstr (status, ==, "done");
  g_assert_cmpint (count_changes (db->store, "covenant_agreement", id), ==, 1);
  g_assert_finalize_object (g_steal_pointer (&anna));
}

static gint64
add_cover (OvsStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  add_employee (store);
  add_covenant (store);
  id = ovs_covenants_cover (store, "Beschut Wezo", "C1", "2015-01-01", NULL, FALSE, 0, FALSE, 0, &error);
  g_assert_no_error (error);
  return id;
}

/* A cover ended by anna: our end from the version before is refused, hers stays. */
static void
test_cover_version (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsStore) anna = open_anna (db);
  gint64 id = add_cover (db->store);
  gint64 read = ovs_store_row_version (db->store, "covenant_employee", id, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *end = NULL;

  g_assert_true (ovs_covenants_end_cover (anna, id, "2026-06-30", read, &error));
  g_assert_no_error (error);
  g_assert_false (ovs_covenants_end_cover (db->store, id, "2026-03-31", read, &error));
  assert_conflict (&error, "anna (hr) changed the end date at ", "30-06-2026");
  /* A later end than hers no longer fits, but the conflict says why first. */
  g_assert_false (ovs_covenants_end_cover (db->store, id, "2026-12-31", read, &error));
  assert_conflict (&error, "anna (hr) changed the end date at ", "30-06-2026");
  end = column_text (db->store, "SELECT end_date FROM covenant_employee WHERE id = ?", id);
  g_assert_cmpstr (end, ==, "2026-06-30");
  g_assert_cmpint (count_changes (db->store, "covenant_employee", id), ==, 1);
  g_assert_finalize_object (g_steal_pointer (&anna));
}

/* An organisation ended by anna: our end from the version before is refused and names her end. */
static void
test_organisation_version (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(OvsStore) anna = open_anna (db);
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_organisations_add (db->store, "Hovenier Jansen", "hirer", &error);
  gint64 read = ovs_store_row_version (db->store, "organisation", id, NULL);
  g_autofree char *ended = NULL;

  g_assert_no_error (error);
  g_assert_true (ovs_organisations_end (anna, "Hovenier Jansen", "2026-03-31", read, &error));
  g_assert_no_error (error);
  g_assert_false (ovs_organisations_end (db->store, "Hovenier Jansen", "2026-01-31", read, &error));
  assert_conflict (&error, "anna (hr) changed the end date at ", "31-03-2026");
  ended = column_text (db->store, "SELECT ended_on FROM organisation WHERE id = ?", id);
  g_assert_cmpstr (ended, ==, "2026-03-31");
  g_assert_cmpint (count_changes (db->store, "organisation", id), ==, 1);
  g_assert_finalize_object (g_steal_pointer (&anna));
}

/* --- several writers of one row at once, each from the version it read --- */

#define N_SAVES 20

/* Saves the @i-th change of writer @writer, from @version. */
typedef gboolean (*VersionedSave) (OvsStore *store, gint64 id, guint writer, guint i, gint64 version,
                                   GError **error);

typedef struct
{
  const char    *path;
  const char    *entity;
  gint64         id;
  VersionedSave  save;
  guint          writer;
  GArray        *from;        /* the version each of its saves started from */
  guint          conflicts;
  GError        *error;       /* any other failure */
} Racer;

/* Reads the version, saves from it, and on a conflict reads again and retries, as a person would
 * after "Opnieuw laden": every change lands, none over a change it has not seen. */
static gpointer
racer_thread (gpointer data)
{
  Racer *r = data;
  g_autoptr(OvsStore) store = ovs_store_open (r->path, &r->error);

  if (store == NULL || !ovs_store_set_user (store, "tester", &r->error))
    return NULL;
  for (guint i = 0; i < N_SAVES && r->error == NULL && r->conflicts < 100 * N_SAVES;)
    {
      g_autoptr(GError) local = NULL;
      gint64 version = ovs_store_row_version (store, r->entity, r->id, &r->error);

      if (version == 0)
        break;
      if (r->save (store, r->id, r->writer, i, version, &local))
        {
          g_array_append_val (r->from, version);
          i++;
        }
      else if (g_error_matches (local, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT))
        r->conflicts++;
      else
        r->error = g_steal_pointer (&local);
    }
  return NULL;
}

static int
compare_versions (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

typedef struct
{
  Racer    *racer;
  gint64    version;
  gboolean  saved;
} OneSave;

static gpointer
one_save_thread (gpointer data)
{
  OneSave *o = data;
  Racer *r = o->racer;
  g_autoptr(OvsStore) store = ovs_store_open (r->path, &r->error);

  if (store != NULL && ovs_store_set_user (store, "tester", &r->error))
    o->saved = r->save (store, r->id, r->writer, 0, o->version, &r->error);
  return NULL;
}

/* N_WRITERS writers read the row at the same version and then save at once: exactly one save is
 * made, the others are refused with a conflict naming the tester's change, and nothing else is
 * written. */
static void
race_from_one_read (OvsTestDb *db, const char *entity, gint64 id, VersionedSave save)
{
  gint64 read = ovs_store_row_version (db->store, entity, id, NULL);
  gint64 changes = count_changes (db->store, entity, id);
  Racer racers[N_WRITERS];
  OneSave saves[N_WRITERS];
  GThread *threads[N_WRITERS];
  guint saved = 0;

  for (guint k = 0; k < N_WRITERS; k++)
    {
      racers[k] = (Racer) { .path = db->path, .entity = entity, .id = id, .save = save, .writer = k };
      saves[k] = (OneSave) { .racer = &racers[k], .version = read };
      threads[k] = g_thread_new ("saver", one_save_thread, &saves[k]);
    }
  for (guint k = 0; k < N_WRITERS; k++)
    {
      g_thread_join (threads[k]);
      if (saves[k].saved)
        saved++;
      else
        assert_conflict (&racers[k].error, "tester (kwartiermaker) changed the ", " at ");
    }
  g_assert_cmpuint (saved, ==, 1);
  g_assert_cmpint (count_changes (db->store, entity, id), ==, changes + 1);
  g_assert_cmpint (ovs_store_row_version (db->store, entity, id, NULL), ==, read + 1);
}

/* N_WRITERS writers save N_SAVES changes each to one row at once. No two saves started from the same
 * version (none overwrote a change it had not seen), every save has its audit row and raised the
 * version by one. */
static void
race (OvsTestDb *db, const char *entity, gint64 id, VersionedSave save)
{
  Racer racers[N_WRITERS];
  GThread *threads[N_WRITERS];
  g_autoptr(GArray) from = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 first = ovs_store_row_version (db->store, entity, id, NULL);
  gint64 changes = count_changes (db->store, entity, id);
  guint conflicts = 0;

  for (guint k = 0; k < N_WRITERS; k++)
    {
      racers[k] = (Racer) { .path = db->path, .entity = entity, .id = id, .save = save, .writer = k,
                            .from = g_array_new (FALSE, FALSE, sizeof (gint64)) };
      threads[k] = g_thread_new ("racer", racer_thread, &racers[k]);
    }
  for (guint k = 0; k < N_WRITERS; k++)
    {
      g_thread_join (threads[k]);
      g_assert_no_error (racers[k].error);
      g_assert_cmpuint (racers[k].from->len, ==, N_SAVES);
      g_array_append_vals (from, racers[k].from->data, racers[k].from->len);
      conflicts += racers[k].conflicts;
      g_array_unref (racers[k].from);
    }
  g_test_message ("%u saves of %s, %u conflicts retried", from->len, entity, conflicts);
  g_array_sort (from, compare_versions);
  for (guint i = 0; i < from->len; i++)
    g_assert_cmpint (g_array_index (from, gint64, i), ==, first + i);
  g_assert_cmpint (ovs_store_row_version (db->store, entity, id, NULL), ==, first + N_WRITERS * N_SAVES);
  g_assert_cmpint (count_changes (db->store, entity, id), ==, changes + N_WRITERS * N_SAVES);
}

static gboolean
end_absence (OvsStore *store, gint64 id, guint writer, guint i, gint64 version, GError **error)
{
  g_autofree char *end = g_strdup_printf ("2026-03-%02u", 2 + (writer * N_SAVES + i) % 20);

  return ovs_absence_end (store, id, end, version, error);
}

static void
test_absence_writers (OvsTestDb *db, gconstpointer data)
{
  gint64 id = add_absence (db->store, add_employee (db->store));

  race_from_one_read (db, "absence", id, end_absence);
  race (db, "absence", id, end_absence);
}

static gboolean
add_note (OvsStore *store, gint64 id, guint writer, guint i, gint64 version, GError **error)
{
  g_autofree char *note = g_strdup_printf ("schrijver %u notitie %u.", writer, i);

  return ovs_transfers_add_note (store, "C1", note, version, error);
}

/* Notes from four writers at once: every note is there. */
static void
test_transfer_case_writers (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *notes = NULL;
  gint64 id;

  add_employee (db->store);
  id = open_case (db->store);
  race (db, "transfer_case", id, add_note);
  race_from_one_read (db, "transfer_case", id, add_note);
  notes = column_text (db->store, "SELECT notes FROM transfer_case WHERE id = ?", id);
  for (guint k = 0; k < N_WRITERS; k++)
    for (guint i = 0; i < N_SAVES; i++)
      {
        g_autofree char *note = g_strdup_printf ("schrijver %u notitie %u.", k, i);

        g_assert_nonnull (strstr (notes, note));
      }
}

/* Ticks what it read unticked and unticks what it read ticked. */
static gboolean
toggle_item (OvsStore *store, gint64 id, guint writer, guint i, gint64 version, GError **error)
{
  g_autofree char *code = column_text (store, "SELECT code FROM checklist_item WHERE id = ?", id);
  g_autofree char *done_on = column_text (store, "SELECT done_on FROM checklist_item WHERE id = ?", id);

  return ovs_transfers_tick (store, "C1", code, done_on == NULL, NULL, version, error);
}

/* Four writers toggle one item at once: an even number of toggles leaves it unticked. */
static void
test_checklist_writers (OvsTestDb *db, gconstpointer data)
{
  g_autofree char *done_on = NULL;
  gint64 item;

  add_employee (db->store);
  item = item_id (db->store, open_case (db->store), ovs_transfers_standard_codes ()[0]);
  race (db, "checklist_item", item, toggle_item);
  race_from_one_read (db, "checklist_item", item, toggle_item);
  race_from_one_read (db, "checklist_item", item, toggle_item);
  done_on = column_text (db->store, "SELECT done_on FROM checklist_item WHERE id = ?", item);
  g_assert_null (done_on);
}

static gboolean
set_agreement (OvsStore *store, gint64 id, guint writer, guint i, gint64 version, GError **error)
{
  g_autofree char *evidence = g_strdup_printf ("schrijver %u stap %u", writer, i);

  return ovs_covenants_set_agreement_status (store, id, i % 2 ? "open" : "in_progress", evidence, NULL, version,
                                             error);
}

static void
test_agreement_writers (OvsTestDb *db, gconstpointer data)
{
  gint64 id = add_agreement (db->store);

  race_from_one_read (db, "covenant_agreement", id, set_agreement);
  race (db, "covenant_agreement", id, set_agreement);
}

static gboolean
end_cover (OvsStore *store, gint64 id, guint writer, guint i, gint64 version, GError **error)
{
  return ovs_covenants_end_cover (store, id, "2026-12-31", version, error);
}

static void
test_cover_writers (OvsTestDb *db, gconstpointer data)
{
  gint64 id = add_cover (db->store);

  race_from_one_read (db, "covenant_employee", id, end_cover);
  race (db, "covenant_employee", id, end_cover);
}

static gboolean
end_organisation (OvsStore *store, gint64 id, guint writer, guint i, gint64 version, GError **error)
{
  return ovs_organisations_end (store, "Hovenier Jansen", writer % 2 ? "2026-03-31" : "2026-04-30", version, error);
}

/* An organisation can be ended once: four writers that read it open end it at once, one of them
 * ends it and the others are told who did. */
static void
test_organisation_writers (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_organisations_add (db->store, "Hovenier Jansen", "hirer", &error);

  g_assert_no_error (error);
  race_from_one_read (db, "organisation", id, end_organisation);
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
  OVS_TEST_DB ("/concurrency/absence-version", test_absence_version);
  OVS_TEST_DB ("/concurrency/absence-writers", test_absence_writers);
  OVS_TEST_DB ("/concurrency/transfer-case-version", test_transfer_case_version);
  OVS_TEST_DB ("/concurrency/transfer-case-writers", test_transfer_case_writers);
  OVS_TEST_DB ("/concurrency/checklist-version", test_checklist_version);
  OVS_TEST_DB ("/concurrency/checklist-writers", test_checklist_writers);
  OVS_TEST_DB ("/concurrency/agreement-version", test_agreement_version);
  OVS_TEST_DB ("/concurrency/agreement-writers", test_agreement_writers);
  OVS_TEST_DB ("/concurrency/cover-version", test_cover_version);
  OVS_TEST_DB ("/concurrency/cover-writers", test_cover_writers);
  OVS_TEST_DB ("/concurrency/organisation-version", test_organisation_version);
  OVS_TEST_DB ("/concurrency/organisation-writers", test_organisation_writers);
  return g_test_run ();
}

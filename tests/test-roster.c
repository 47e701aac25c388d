/* test-roster.c — shift patterns (libical), generation with overrides, absences, every conflict code,
 * auto-fill determinism and fairness, and permissions; on real SQLite files. */
#include <string.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

/* Crew 1 "Noord" (min 2): P1 team leader 36 h, P2 32 h, P3 24 h; crew 2 "Zuid" (min 1): P4 40 h.
 * Everybody employed since 2000; memberships from 2025-01-01. */
static void
fixtures (OvsStore *store)
{
  g_assert_true (ovs_store_exec (store,
    "INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id, "
    "  employment_start) VALUES "
    "  (1, 'P1', 'Anna', 'Bakker', '1970-01-01', 2160, 1, '2000-01-01'),"
    "  (2, 'P2', 'Bram', 'Vries', '1971-01-01', 1920, 1, '2000-01-01'),"
    "  (3, 'P3', 'Cor', 'Jansen', '1972-01-01', 1440, 1, '2000-01-01'),"
    "  (4, 'P4', 'Dirk', 'Smit', '1973-01-01', 2400, 1, '2000-01-01');"
    "INSERT INTO crew (id, name, min_size) VALUES (1, 'Noord', 2), (2, 'Zuid', 1);"
    "INSERT INTO crew_membership (crew_id, employee_id, role, start_date) VALUES "
    "  (1, 1, 'team_leader', '2025-01-01'), (1, 2, 'member', '2025-01-01'), (1, 3, 'member', '2025-01-01'),"
    "  (2, 4, 'team_leader', '2025-01-01');", NULL));
}

static gint64
add_pattern (OvsStore *store, gint64 crew, const char *days, const char *start, const char *end, int brk,
             const char *requires, const char *detail, const char *from, const char *exdates)
{
  g_autoptr(GError) error = NULL;
  OvsPatternFields f = { days, NULL, start, end, brk, "maaien", "Park", requires, detail, from, NULL, exdates };
  gint64 id = ovs_pattern_add (store, crew, &f, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
count (OvsStore *store, const char *sql)
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
generate (OvsStore *store, gint64 crew, const char *from, const char *to, OvsRosterStats *stats)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_roster_generate (store, crew, from, to, stats, &error));
  g_assert_no_error (error);
}

static void
append_piece (const char *text, gsize length, gpointer user_data)
{
  g_string_append_len (user_data, text, (gssize) length);
}

/* How many conflicts with @code (about @number when not NULL) the check of [@from, @to] finds. */
static guint
conflicts (OvsStore *store, gint64 crew, const char *from, const char *to, const char *code, const char *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = ovs_roster_check (store, crew, from, to, &error);
  guint n = 0;

  g_assert_no_error (error);
  /* The CLI's JSON, written without a tree, is the tree's text byte for byte. */
  {
    g_autoptr(JsonNode) tree = json_node_new (JSON_NODE_ARRAY);
    g_autofree char *expected = NULL;
    g_autoptr(GString) written = g_string_new (NULL);

    json_node_take_array (tree, ovs_conflicts_to_json (found));
    expected = json_to_string (tree, TRUE);

    ovs_conflicts_write_json (found, written);
    g_assert_cmpstr (written->str, ==, expected);
    /* And handed out in pieces, as the CLI prints it. */
    g_string_truncate (written, 0);
    ovs_conflicts_write_json_to (found, append_piece, written);
    g_assert_cmpstr (written->str, ==, expected);
  }
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (found, i);

      if (g_str_equal (ovs_conflict_get_code (c), code) &&
          (number == NULL || g_strv_contains (ovs_conflict_get_employees (c), number)))
        n++;
    }
  return n;
}

static char *
extra (OvsStore *store, gint64 crew, gint64 employee, const char *date, const char *start, const char *end, int brk)
{
  g_autoptr(GError) error = NULL;
  char *uid = ovs_roster_shift_add (store, crew, employee, date, start, end, brk, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (uid);
  return uid;
}

/* --- patterns --- */

static void
test_pattern_validation (OvsTestDb *db, gconstpointer data)
{
  struct { const char *days, *rrule, *start, *end; int brk; const char *field; } bad[] = {
    { "MO,XX", NULL, "07:30", "16:00", 0, "days" },
    { NULL, "FREQ=WEEKLY;BYDAY=XX", "07:30", "16:00", 0, "FREQ=WEEKLY;BYDAY=XX" },
    { NULL, "FREQ=HOURLY", "07:30", "16:00", 0, "FREQ=HOURLY" },
    { "MO", NULL, "7:3", "16:00", 0, "start" },
    { "MO", NULL, "07:30", "25:00", 0, "end" },
    { "MO", NULL, "16:00", "07:30", 0, "end" },
    { "MO", NULL, "07:30", "08:00", 30, "break" },
  };

  fixtures (db->store);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      OvsPatternFields f = { bad[i].days, bad[i].rrule, bad[i].start, bad[i].end, bad[i].brk, NULL, NULL, NULL, NULL,
                             "2025-01-06", NULL, NULL };

      g_assert_cmpint (ovs_pattern_add (db->store, 1, &f, &error), ==, 0);
      g_assert_error (error, OVS_VALIDATION_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, bad[i].field));
    }
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift_pattern"), ==, 0);
  add_pattern (db->store, 1, "fr, mo", "07:30", "16:00", 30, NULL, NULL, "2025-01-06", NULL);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift_pattern WHERE rrule = 'FREQ=WEEKLY;BYDAY=MO,FR'"),
                   ==, 1);
}

/* The last Sundays of March and October: the dates come from libical, the wall-clock times stay. */
static void
test_dst (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dates = NULL;
  g_autoptr(GListModel) shifts = NULL;
  gint64 p;

  fixtures (db->store);
  p = add_pattern (db->store, 2, "SA,SU", "07:30", "16:00", 30, NULL, NULL, "2025-03-01", NULL);
  dates = ovs_pattern_expand (db->store, p, "2025-03-29", "2025-10-26", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (dates, 0), ==, "2025-03-29");
  g_assert_cmpstr (g_ptr_array_index (dates, 1), ==, "2025-03-30");
  g_assert_cmpstr (g_ptr_array_index (dates, dates->len - 1), ==, "2025-10-26");
  g_assert_cmpuint (dates->len, ==, 2 * 31);
  generate (db->store, 2, "2025-03-29", "2025-10-26", NULL);
  shifts = ovs_roster_list_shifts (db->store, 2, "2025-03-30", "2025-03-30", FALSE, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (shifts), ==, 1);
  {
    g_autoptr(OvsShift) s = g_list_model_get_item (shifts, 0);

    g_assert_cmpstr (ovs_shift_get_start_time (s), ==, "07:30");
    g_assert_cmpint (ovs_shift_get_worked_minutes (s), ==, 8 * 60);
  }
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE date IN ('2025-03-30', '2025-10-26') "
                                     "AND start_time = '07:30' AND end_time = '16:00'"), ==, 2);
  /* A night shift over the change really is an hour shorter (spring) or longer (autumn). */
  g_free (extra (db->store, 2, 4, "2025-03-30", "00:00", "06:00", 0));
  g_free (extra (db->store, 2, 4, "2025-10-26", "00:00", "06:00", 0));
  g_clear_object (&shifts);
  shifts = ovs_roster_list_shifts (db->store, 2, "2025-03-30", "2025-03-30", FALSE, FALSE, &error);
  {
    g_autoptr(OvsShift) night = g_list_model_get_item (shifts, 0);

    g_assert_cmpstr (ovs_shift_get_start_time (night), ==, "00:00");
    g_assert_cmpint (ovs_shift_get_worked_minutes (night), ==, 5 * 60);
  }
  g_clear_object (&shifts);
  shifts = ovs_roster_list_shifts (db->store, 2, "2025-10-26", "2025-10-26", FALSE, FALSE, &error);
  {
    g_autoptr(OvsShift) night = g_list_model_get_item (shifts, 0);

    g_assert_cmpint (ovs_shift_get_worked_minutes (night), ==, 7 * 60);
  }
}

static void
test_holidays (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsAbsenceFields kings_day = { 0, 0, "holiday", "2025-04-26", "2025-04-26", NULL, NULL, "Koningsdag", NULL };
  OvsAbsenceFields ascension = { 0, 0, "holiday", "2025-05-29", "2025-05-29", NULL, NULL, "Hemelvaart", NULL };
  OvsAbsenceFields crew_day = { 0, 1, "training", "2025-05-30", "2025-05-30", NULL, NULL, NULL, NULL };
  OvsAbsenceFields all_leave = { 0, 0, "leave", "2025-05-30", "2025-05-30", NULL, NULL, NULL, NULL };

  fixtures (db->store);
  /* Easter Monday as the pattern's EXDATE; King's Day (a Saturday here) and Ascension as holidays for all. */
  add_pattern (db->store, 1, "MO,TU,WE,TH,FR,SA", "07:30", "16:00", 30, NULL, NULL, "2025-04-01", "21-04-2025");
  g_assert_cmpint (ovs_absence_add (db->store, &kings_day, &error), >, 0);
  g_assert_cmpint (ovs_absence_add (db->store, &ascension, &error), >, 0);
  g_assert_cmpint (ovs_absence_add (db->store, &crew_day, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ovs_absence_add (db->store, &all_leave, &error), ==, 0);
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  generate (db->store, 1, "2025-04-01", "2025-05-31", NULL);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE date IN ('2025-04-21', '2025-04-26', "
                                     "'2025-05-29', '2025-05-30')"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE date = '2025-04-22'"), ==, 3);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE date = '2025-05-31'"), ==, 3);
}

/* --- generation and overrides --- */

static void
test_generate_idempotent (OvsTestDb *db, gconstpointer data)
{
  OvsRosterStats stats;

  fixtures (db->store);
  add_pattern (db->store, 1, "MO,TU,WE,TH", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  generate (db->store, 1, "2025-03-03", "2025-03-16", &stats);
  g_assert_cmpuint (stats.added, ==, 3 * 8);
  generate (db->store, 1, "2025-03-03", "2025-03-16", &stats);
  g_assert_cmpuint (stats.added + stats.cancelled + stats.updated + stats.restored, ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift"), ==, 24);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE uid = 'c1-e2-20250304-p1@overstap'"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'generate'"), ==, 2);

  /* P3 leaves the crew: their later shifts are cancelled, not deleted; back again, they are restored. */
  g_assert_true (ovs_store_exec (db->store, "UPDATE crew_membership SET end_date = '2025-03-09' WHERE employee_id = 3",
                                 NULL));
  generate (db->store, 1, "2025-03-03", "2025-03-16", &stats);
  g_assert_cmpuint (stats.cancelled, ==, 4);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE employee_id = 3 AND cancelled = 1 "
                                     "AND sequence = 1 AND date > '2025-03-09'"), ==, 4);
  g_assert_true (ovs_store_exec (db->store, "UPDATE crew_membership SET end_date = NULL WHERE employee_id = 3", NULL));
  generate (db->store, 1, "2025-03-03", "2025-03-16", &stats);
  g_assert_cmpuint (stats.restored, ==, 4);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE cancelled = 0"), ==, 24);

  /* A changed pattern moves the generated shifts, raising their sequence. */
  g_assert_true (ovs_store_exec (db->store, "UPDATE shift_pattern SET start_time = '08:00'", NULL));
  generate (db->store, 1, "2025-03-03", "2025-03-16", &stats);
  g_assert_cmpuint (stats.updated, ==, 24);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE start_time = '08:00'"), ==, 24);
}

/* A pattern that names members plans only them: P1 (36 h) and P2 (32 h) four days of 8 hours, P3
 * (24 h) three; nobody is rostered above their contract. Changing the members moves the shifts. */
static void
test_pattern_members (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) list = NULL;
  const gint64 long_week[] = { 1, 2, 0 }, short_week[] = { 3, 0 }, stranger[] = { 4, 0 }, everybody[] = { 0 };
  OvsPatternFields f = { "MO,TU,WE,TH", NULL, "07:30", "16:00", 30, NULL, NULL, NULL, NULL, "2025-03-03", NULL, NULL,
                         long_week };
  OvsRosterStats stats;
  gint64 four, three;

  fixtures (db->store);
  four = ovs_pattern_add (db->store, 1, &f, &error);
  g_assert_no_error (error);
  f.days = "MO,TU,WE";
  f.member_ids = short_week;
  three = ovs_pattern_add (db->store, 1, &f, &error);
  g_assert_no_error (error);
  generate (db->store, 1, "2025-03-03", "2025-03-09", &stats);
  g_assert_cmpuint (stats.added, ==, 4 + 4 + 3);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE employee_id = 3"), ==, 3);
  g_assert_cmpuint (conflicts (db->store, 1, "2025-03-03", "2025-03-09", "hours_above_contract", NULL), ==, 0);

  /* The list names them. */
  list = ovs_pattern_list (db->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
    json_array_get_object_element (list, 0), "members")), ==, 2);

  /* Only members of the crew: P4 is in Zuid. Nothing is written. */
  f.member_ids = stranger;
  g_assert_false (ovs_pattern_change (db->store, three, &f, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift_pattern_member WHERE pattern_id = 2"), ==, 1);

  /* No members named: the pattern plans everybody again, so P3 gets Thursday too… from both patterns. */
  f.days = "MO,TU,WE,TH";
  f.member_ids = everybody;
  g_assert_true (ovs_pattern_change (db->store, four, &f, &error));
  g_assert_no_error (error);
  generate (db->store, 1, "2025-03-03", "2025-03-09", &stats);
  g_assert_cmpuint (stats.added, ==, 4);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift_pattern_member"), ==, 1);
}

/* Copying a week: the target weeks get the source week's shifts (an extra shift too), what is
 * already equal stays (no new sequence), and a second copy changes nothing. */
static void
test_copy_week (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = NULL;
  OvsRosterStats stats;

  fixtures (db->store);
  add_pattern (db->store, 1, "MO,TU,WE,TH", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  generate (db->store, 1, "2025-03-03", "2025-03-23", &stats);
  uid = extra (db->store, 1, 3, "2025-03-07", "07:30", "12:00", 0);
  g_assert_true (ovs_roster_shift_remove (db->store, "c1-e2-20250303-p1@overstap", &error));
  g_assert_no_error (error);

  g_assert_true (ovs_roster_copy_week (db->store, 1, "2025-03-05", 2, &stats, &error));
  g_assert_no_error (error);
  /* Per target week: P2's Monday cancelled, P3's Friday added, the other 11 kept. */
  g_assert_cmpuint (stats.added, ==, 2);
  g_assert_cmpuint (stats.cancelled, ==, 2);
  g_assert_cmpuint (stats.kept, ==, 22);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE employee_id = 3 AND date IN "
                                     "('2025-03-14', '2025-03-21') AND cancelled = 0 AND is_override = 1"), ==, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE employee_id = 2 AND date IN "
                                     "('2025-03-10', '2025-03-17') AND cancelled = 1"), ==, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE date > '2025-03-23'"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE action = 'copy_week'"), ==, 1);

  /* Regeneration keeps the copy; a second copy changes nothing. */
  generate (db->store, 1, "2025-03-03", "2025-03-23", &stats);
  g_assert_cmpuint (stats.added + stats.restored, ==, 0);
  g_assert_true (ovs_roster_copy_week (db->store, 1, "2025-03-03", 2, &stats, &error));
  g_assert_cmpuint (stats.added + stats.cancelled, ==, 0);

  /* One to 52 weeks. */
  g_assert_false (ovs_roster_copy_week (db->store, 1, "2025-03-03", 0, NULL, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE);
}

static void
test_overrides_survive (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsShiftChange later = { 0, "09:00", "17:00", -1, "snoeien", NULL };
  g_autofree char *extra_uid = NULL;
  OvsRosterStats stats;

  fixtures (db->store);
  add_pattern (db->store, 1, "MO,TU,WE,TH", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  generate (db->store, 1, "2025-03-03", "2025-03-09", NULL);

  g_assert_true (ovs_roster_shift_change (db->store, "c1-e1-20250303-p1@overstap", &later, &error));
  g_assert_true (ovs_roster_shift_remove (db->store, "c1-e2-20250304-p1@overstap", &error));
  g_assert_true (ovs_roster_shift_swap (db->store, "c1-e2-20250305-p1@overstap", "c1-e3-20250305-p1@overstap",
                                        &error));
  g_assert_false (ovs_roster_shift_remove (db->store, "c1-e2-20250304-p1@overstap", &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  extra_uid = extra (db->store, 1, 2, "2025-03-08", "07:30", "12:00", 0);
  g_assert_cmpstr (extra_uid, ==, "c1-e2-20250308-x0730@overstap");

  /* A hand-over: P1's Thursday goes to P2, who had a generated shift then too, so P2's own is removed. */
  g_assert_true (ovs_roster_shift_remove (db->store, "c1-e2-20250306-p1@overstap", &error));
  later = (OvsShiftChange) { 2, NULL, NULL, -1, NULL, NULL };
  g_assert_true (ovs_roster_shift_change (db->store, "c1-e1-20250306-p1@overstap", &later, &error));
  g_assert_no_error (error);

  generate (db->store, 1, "2025-03-03", "2025-03-09", &stats);
  g_assert_cmpuint (stats.added + stats.cancelled + stats.updated + stats.restored, ==, 0);
  generate (db->store, 1, "2025-03-03", "2025-03-09", &stats);
  g_assert_cmpuint (stats.added, ==, 0);

  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE uid = 'c1-e1-20250303-p1@overstap' AND "
                                     "start_time = '09:00' AND task = 'snoeien' AND is_override = 1 AND sequence = 1"),
                   ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE uid = 'c1-e2-20250304-p1@overstap' AND "
                                     "cancelled = 1 AND is_override = 1 AND sequence = 1"), ==, 1);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE uid = 'c1-e2-20250305-p1@overstap' AND "
                                     "employee_id = 3 AND sequence = 1"), ==, 1);
  /* Nobody is booked twice on a day, and nobody lost to the swap or hand-over got a new generated shift. */
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM (SELECT employee_id, date FROM shift WHERE cancelled = 0 "
                                     "AND pattern_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) AS twice"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE date = '2025-03-06' AND cancelled = 0"), ==, 2);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE date = '2025-03-06' AND cancelled = 0 "
                                     "AND employee_id = 1"), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM audit_log WHERE entity = 'shift'"), ==, 6);
}

/* --- conflicts: each code once present, once absent --- */

#define WEEK_FROM "2025-03-03"
#define WEEK_TO   "2025-03-09"

static void
test_conflict_absence (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsAbsenceFields dentist = { 2, 0, "medical", "2025-03-04", "2025-03-04", "10:00", "11:00", "tandarts", NULL };
  OvsAbsenceFields evening = { 3, 0, "leave", "2025-03-04", "2025-03-04", "17:00", "18:00", NULL, NULL };

  fixtures (db->store);
  add_pattern (db->store, 1, "MO,TU", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  generate (db->store, 1, WEEK_FROM, WEEK_TO, NULL);
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "shift_during_absence", NULL), ==, 0);
  g_assert_cmpint (ovs_absence_add (db->store, &dentist, &error), >, 0);
  g_assert_cmpint (ovs_absence_add (db->store, &evening, &error), >, 0);
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "shift_during_absence", "P2"), ==, 1);
  /* Part of a day after the shift: no conflict. */
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "shift_during_absence", "P3"), ==, 0);
}

static void
test_conflict_double_booking (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  g_assert_true (ovs_store_exec (db->store, "INSERT INTO crew_membership (crew_id, employee_id, start_date) "
                                            "VALUES (2, 2, '2025-01-01')", NULL));
  add_pattern (db->store, 1, "MO", "07:30", "12:00", 0, NULL, NULL, "2025-03-03", NULL);
  generate (db->store, 1, WEEK_FROM, WEEK_TO, NULL);
  g_free (extra (db->store, 2, 2, "2025-03-03", "12:00", "15:00", 0));
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "double_booking", NULL), ==, 0);
  g_free (extra (db->store, 2, 2, "2025-03-03", "11:00", "12:30", 0));
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "double_booking", "P2"), >=, 1);
  /* Seen from the other crew as well. */
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "double_booking", "P2"), >=, 1);
}

static void
test_conflict_hours (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* 4 × 8 h = 32 h: P3 (24 h) above contract, P2 (32 h) exactly at it. */
  add_pattern (db->store, 1, "MO,TU,WE,TH", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  generate (db->store, 1, WEEK_FROM, WEEK_TO, NULL);
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "hours_above_contract", "P3"), ==, 1);
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "hours_above_contract", "P2"), ==, 0);
}

static void
test_conflict_size_and_leader (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsAbsenceFields leave = { 1, 0, "leave", "2025-03-04", "2025-03-04", NULL, NULL, NULL, NULL };

  fixtures (db->store);
  add_pattern (db->store, 1, "MO,TU,WE", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  g_assert_true (ovs_store_exec (db->store, "UPDATE crew SET min_size = 3 WHERE id = 1", NULL));
  g_assert_cmpint (ovs_absence_add (db->store, &leave, &error), >, 0);
  generate (db->store, 1, WEEK_FROM, WEEK_TO, NULL);
  /* Tuesday: the team leader is on leave, nobody stands in, and two is below three. */
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "below_minimum_size", NULL), ==, 1);
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "no_team_leader", "P1"), ==, 1);
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "stand_in_leads", NULL), ==, 0);
  /* With P2 as stand-in it is worth knowing, not a conflict. */
  g_assert_true (ovs_store_exec (db->store, "UPDATE crew_membership SET role = 'stand_in' WHERE employee_id = 2", NULL));
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "no_team_leader", NULL), ==, 0);
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "stand_in_leads", "P2"), ==, 1);
  g_assert_true (ovs_store_exec (db->store, "UPDATE crew SET min_size = 2 WHERE id = 1", NULL));
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "below_minimum_size", NULL), ==, 0);
}

static void
test_conflict_driver_and_certificate (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  add_pattern (db->store, 1, "MO", "07:30", "16:00", 30, "licence_b", NULL, "2025-03-03", NULL);
  add_pattern (db->store, 2, "MO", "07:30", "16:00", 30, "machine", "trekker", "2025-03-03", NULL);
  generate (db->store, 1, WEEK_FROM, WEEK_TO, NULL);
  generate (db->store, 2, WEEK_FROM, WEEK_TO, NULL);
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "no_driver", NULL), ==, 1);
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "missing_certificate", NULL), ==, 1);
  /* An expired BE licence does not count; a valid one also covers B. A certificate for another machine
   * does not count either. */
  g_assert_true (ovs_store_exec (db->store,
    "INSERT INTO qualification (employee_id, kind, valid_until) VALUES (2, 'licence_be', '2025-01-01');"
    "INSERT INTO qualification (employee_id, kind, detail) VALUES (4, 'machine', 'bosmaaier');", NULL));
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "no_driver", NULL), ==, 1);
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "missing_certificate", NULL), ==, 1);
  g_assert_true (ovs_store_exec (db->store,
    "INSERT INTO qualification (employee_id, kind, valid_until) VALUES (3, 'licence_be', '2030-01-01');"
    "INSERT INTO qualification (employee_id, kind, detail) VALUES (4, 'machine', 'Trekker');", NULL));
  g_assert_cmpuint (conflicts (db->store, 1, WEEK_FROM, WEEK_TO, "no_driver", NULL), ==, 0);
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "missing_certificate", NULL), ==, 0);
}

static void
test_conflict_rest (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* 9 hours of rest once in seven days is allowed (Arbeidstijdenwet) … */
  g_free (extra (db->store, 2, 4, "2025-03-03", "14:00", "22:00", 30));
  g_free (extra (db->store, 2, 4, "2025-03-04", "07:00", "15:00", 30));
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "short_rest", NULL), ==, 0);
  /* … twice is not, … */
  g_free (extra (db->store, 2, 4, "2025-03-05", "14:00", "22:00", 30));
  g_free (extra (db->store, 2, 4, "2025-03-06", "07:00", "15:00", 30));
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "short_rest", "P4"), ==, 1);
  /* … and under 8 hours never is. */
  g_free (extra (db->store, 2, 4, "2025-03-07", "06:00", "14:00", 30));
  g_free (extra (db->store, 2, 4, "2025-03-06", "23:00", "23:30", 0));
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "short_rest", "P4"), ==, 2);
}

static void
test_conflict_long_shift (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  g_free (extra (db->store, 2, 4, "2025-03-03", "06:00", "18:30", 30));
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "shift_too_long", NULL), ==, 0);
  g_free (extra (db->store, 2, 4, "2025-03-05", "06:00", "19:00", 30));
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "shift_too_long", "P4"), ==, 1);
}

static void
test_conflict_employment_membership_transfer (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  add_pattern (db->store, 2, "MO,TU,WE", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  generate (db->store, 2, WEEK_FROM, WEEK_TO, NULL);
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "outside_employment", NULL), ==, 0);
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "outside_membership", NULL), ==, 0);
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "after_transfer", NULL), ==, 0);

  g_assert_true (ovs_store_exec (db->store, "UPDATE employee SET employment_end = '2025-03-04' WHERE id = 4", NULL));
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "outside_employment", "P4"), ==, 1);
  g_free (extra (db->store, 2, 1, "2025-03-03", "07:30", "12:00", 0));
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "outside_membership", "P1"), ==, 1);

  /* Moving to the foundation keeps the crews; staying with the SW company or leaving does not. */
  g_assert_true (ovs_store_exec (db->store,
    "INSERT INTO transfer_case (employee_id, from_org_id, destination, status, actual_date) "
    "VALUES (4, 1, 'foundation', 'transferred', '2025-03-04')", NULL));
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "after_transfer", NULL), ==, 0);
  g_assert_true (ovs_store_exec (db->store, "UPDATE transfer_case SET destination = 'other'", NULL));
  g_assert_cmpuint (conflicts (db->store, 2, WEEK_FROM, WEEK_TO, "after_transfer", "P4"), ==, 2);
}

/* --- auto-fill --- */

/* Crew 3 "Fair": four members of 36, 32, 24 and 16 hours, no team leader role, minimum two. */
static void
fair_crew (OvsStore *store)
{
  g_assert_true (ovs_store_exec (store,
    "INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id, "
    "  employment_start) VALUES "
    "  (11, 'F1', 'Eva', 'Aa', '1970-01-01', 2160, 1, '2000-01-01'),"
    "  (12, 'F2', 'Fé', 'Bee', '1970-01-01', 1920, 1, '2000-01-01'),"
    "  (13, 'F3', 'Gijs', 'Cee', '1970-01-01', 1440, 1, '2000-01-01'),"
    "  (14, 'F4', 'Hans', 'Dee', '1970-01-01', 960, 1, '2000-01-01');"
    "INSERT INTO crew (id, name, min_size, team_leader_id) VALUES (3, 'Fair', 2, 11);"
    "INSERT INTO crew_membership (crew_id, employee_id, start_date) VALUES "
    "  (3, 11, '2025-01-01'), (3, 12, '2025-01-01'), (3, 13, '2025-01-01'), (3, 14, '2025-01-01');", NULL));
}

static char *
proposal_json (OvsStore *store, const char *from, const char *to, GListModel **out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) changes = ovs_autofill_propose (store, 3, from, to, &error);
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

  g_assert_no_error (error);
  rows = ovs_roster_changes_to_json (changes);
  json_node_set_array (node, rows);
  if (out != NULL)
    *out = g_steal_pointer (&changes);
  return json_to_string (node, FALSE);
}

static void
test_autofill (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *first = NULL, *second = NULL, *again = NULL;
  const gint64 contract[] = { 2160, 1920, 1440, 960 };
  OvsShiftChange keep = { 0, "08:00", NULL, -1, NULL, NULL };
  OvsRosterStats stats;

  fair_crew (db->store);
  add_pattern (db->store, 3, "MO,TU,WE,TH,FR", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  generate (db->store, 3, "2025-03-03", "2025-03-30", NULL);
  g_assert_true (ovs_roster_shift_change (db->store, "c3-e14-20250303-p1@overstap", &keep, &error));

  first = proposal_json (db->store, "2025-03-03", "2025-03-30", NULL);
  second = proposal_json (db->store, "2025-03-03", "2025-03-30", &changes);
  g_assert_cmpstr (first, ==, second);
  g_assert_null (strstr (first, "c3-e14-20250303-p1@overstap"));
  g_assert_true (ovs_autofill_apply (db->store, 3, changes, &error));
  g_assert_no_error (error);

  /* Fewest conflicts: nobody above contract, no double bookings, every day staffed. */
  g_assert_cmpuint (conflicts (db->store, 3, "2025-03-03", "2025-03-30", "hours_above_contract", NULL), ==, 0);
  g_assert_cmpuint (conflicts (db->store, 3, "2025-03-03", "2025-03-30", "below_minimum_size", NULL), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE uid = 'c3-e14-20250303-p1@overstap' "
                                     "AND start_time = '08:00' AND cancelled = 0 AND is_override = 1"), ==, 1);

  /* Fairness: everyone works in proportion to their contract, as closely as whole 8-hour shifts allow:
   * each week more than (contract − one shift) and never above the contract. Shares of the total that
   * ignore that cap are not reachable (36 h cannot be four and a half shifts), so the cap is the test. */
  for (guint i = 0; i < 4; i++)
    for (guint week = 0; week < 4; week++)
      {
        g_autofree char *sql = g_strdup_printf (ovs_test_sql (
          "SELECT coalesce (sum ((strftime ('%%s', date || ' ' || end_time) - strftime ('%%s', date || ' ' || "
          "start_time)) / 60 - break_minutes), 0) FROM shift WHERE crew_id = 3 AND cancelled = 0 AND employee_id = %u "
          "AND date BETWEEN date ('2025-03-03', '+%u days') AND date ('2025-03-03', '+%u days')",
          "SELECT coalesce (sum ((extract (epoch FROM (date || ' ' || end_time)::timestamp) - extract (epoch FROM "
          "(date || ' ' || start_time)::timestamp)) / 60 - break_minutes), 0) FROM shift WHERE crew_id = 3 "
          "AND cancelled = 0 AND employee_id = %u AND date BETWEEN to_char (date '2025-03-03' + %u, 'YYYY-MM-DD') "
          "AND to_char (date '2025-03-03' + %u, 'YYYY-MM-DD')"), 11 + i, week * 7, week * 7 + 6);
        gint64 minutes = count (db->store, sql);

        g_test_message ("F%u week %u: %" G_GINT64_FORMAT " min of %" G_GINT64_FORMAT, i + 1, week, minutes,
                        contract[i]);
        g_assert_cmpint (minutes, <=, contract[i]);
        g_assert_cmpint (minutes, >, contract[i] - 8 * 60);
      }

  /* Applied, the proposal is done: a new one is empty, and regeneration leaves the days alone. */
  again = proposal_json (db->store, "2025-03-03", "2025-03-30", NULL);
  g_assert_cmpstr (again, ==, "[]");
  generate (db->store, 3, "2025-03-03", "2025-03-30", &stats);
  g_assert_cmpuint (stats.added + stats.restored + stats.cancelled, ==, 0);
}

static void
test_autofill_stale (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *json = NULL;
  g_autofree char *uid = NULL;
  gint64 before;

  fair_crew (db->store);
  add_pattern (db->store, 3, "MO,TU,WE,TH,FR", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  generate (db->store, 3, "2025-03-03", "2025-03-09", NULL);
  json = proposal_json (db->store, "2025-03-03", "2025-03-09", &changes);
  g_assert_cmpuint (g_list_model_get_n_items (changes), >, 0);
  {
    g_autoptr(OvsRosterChange) c = g_list_model_get_item (changes, 0);

    uid = g_strdup (ovs_roster_change_get_uid (c));
  }
  /* Someone changes that shift by hand in the meantime: applying writes nothing. */
  g_assert_true (ovs_roster_shift_remove (db->store, uid, &error) ||
                 (g_clear_error (&error), ovs_roster_shift_change (db->store, uid,
                                                                   &(OvsShiftChange) { 0, "08:00", NULL, -1, NULL, NULL },
                                                                   &error)));
  before = count (db->store, "SELECT coalesce (sum (sequence), 0) FROM shift");
  g_assert_false (ovs_autofill_apply (db->store, 3, changes, &error));
  g_assert_nonnull (strstr (error->message, uid));
  g_assert_cmpint (count (db->store, "SELECT coalesce (sum (sequence), 0) FROM shift"), ==, before);
}

/* Two patterns of crew 3 make the same shift on Mondays, the second one needing a driver, and F4 (who
 * drives) is planned on the first. Auto-fill puts a driver on the second: moving F4 there would take
 * F4's shift away and give it back, which changes nothing for anyone (and would make every calendar
 * delete and add the event), so it is no change at all. Generation after an applied auto-fill keeps
 * its picks, also those on a pattern that does not name the person. */
static void
test_autofill_same_shift (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *json = NULL, *again = NULL, *sql = NULL;
  OvsRosterStats stats;
  gint64 plain, driving;

  fair_crew (db->store);
  plain = add_pattern (db->store, 3, "MO,TU,WE,TH,FR", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  driving = add_pattern (db->store, 3, "MO", "07:30", "16:00", 30, "licence_b", NULL, "2025-03-03", NULL);
  sql = g_strdup_printf ("INSERT INTO shift_pattern_member (pattern_id, employee_id) VALUES "
                         "(%" G_GINT64_FORMAT ", 11), (%" G_GINT64_FORMAT ", 12), (%" G_GINT64_FORMAT ", 14), "
                         "(%" G_GINT64_FORMAT ", 13);"
                         "INSERT INTO qualification (employee_id, kind) VALUES (14, 'licence_b');",
                         plain, plain, plain, driving);
  g_assert_true (ovs_store_exec (db->store, sql, &error));
  generate (db->store, 3, "2025-03-03", "2025-03-09", NULL);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE employee_id = 14 AND date = '2025-03-03' "
                                     "AND cancelled = 0"), ==, 1);

  json = proposal_json (db->store, "2025-03-03", "2025-03-09", &changes);
  g_test_message ("proposal: %s", json);
  g_assert_cmpuint (g_list_model_get_n_items (changes), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(OvsRosterChange) c = g_list_model_get_item (changes, i);

      g_assert_false (g_str_equal (ovs_roster_change_get_personnel_number (c), "F4") &&
                      g_str_equal (ovs_roster_change_get_date (c), "2025-03-03"));
    }
  g_assert_true (ovs_autofill_apply (db->store, 3, changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts (db->store, 3, "2025-03-03", "2025-03-09", "no_driver", NULL), ==, 0);
  g_assert_cmpint (count (db->store, "SELECT count(*) FROM shift WHERE employee_id = 14 AND date = '2025-03-03' "
                                     "AND cancelled = 0"), ==, 1);

  /* Regeneration keeps every pick (none of them cancelled, nothing added back), and the plan is done. */
  generate (db->store, 3, "2025-03-03", "2025-03-09", &stats);
  g_assert_cmpuint (stats.added + stats.restored + stats.cancelled, ==, 0);
  again = proposal_json (db->store, "2025-03-03", "2025-03-09", NULL);
  g_assert_cmpstr (again, ==, "[]");
}

/* --- permissions and health data --- */

static void
test_permissions (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(JsonArray) absences = NULL;
  OvsAbsenceFields sick = { 2, 0, "sickness", "2025-03-04", "2025-03-05", NULL, NULL, "griep", NULL };
  OvsAbsenceFields other = { 4, 0, "leave", "2025-03-04", "2025-03-04", NULL, NULL, NULL, NULL };
  OvsAbsenceFields everybody = { 0, 0, "holiday", "2025-03-06", "2025-03-06", NULL, NULL, NULL, NULL };
  OvsPatternFields f = { "MO", NULL, "07:30", "16:00", 0, NULL, NULL, NULL, NULL, "2025-03-03", NULL, NULL };

  fixtures (db->store);
  add_pattern (db->store, 1, "MO,TU,WE", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  add_pattern (db->store, 2, "MO,TU,WE", "07:30", "16:00", 30, NULL, NULL, "2025-03-03", NULL);
  generate (db->store, 1, WEEK_FROM, WEEK_TO, NULL);
  generate (db->store, 2, WEEK_FROM, WEEK_TO, NULL);
  g_assert_true (ovs_store_exec (db->store, "INSERT INTO app_user (id, name, role) VALUES (50, 'truus', 'teamleider');"
                                            "INSERT INTO user_crew (user_id, crew_id) VALUES (50, 1);", NULL));
  g_assert_true (ovs_store_set_user (db->store, "truus", &error));

  g_assert_false (ovs_roster_generate (db->store, 2, WEEK_FROM, WEEK_TO, NULL, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (ovs_pattern_add (db->store, 2, &f, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (ovs_roster_shift_remove (db->store, "c2-e4-20250303-p2@overstap", &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_null (ovs_autofill_propose (db->store, 2, WEEK_FROM, WEEK_TO, &error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (ovs_absence_add (db->store, &other, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (ovs_absence_add (db->store, &everybody, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* Their own crew: allowed, but never a health kind (AVG art. 9): they record "absent", and HR the
   * sickness; the check covers only their crews; sickness shows as "absent". */
  generate (db->store, 1, WEEK_FROM, WEEK_TO, NULL);
  g_assert_cmpint (ovs_absence_add (db->store, &sick, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  sick.kind = "medical";
  g_assert_cmpint (ovs_absence_add (db->store, &sick, &error), ==, 0);
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  sick.kind = "sickness";
  g_assert_true (ovs_store_set_user (db->store, "tester", &error));
  g_assert_cmpint (ovs_absence_add (db->store, &sick, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (ovs_store_set_user (db->store, "truus", &error));
  found = ovs_roster_check (db->store, 0, WEEK_FROM, WEEK_TO, &error);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (found, i);

      g_assert_cmpstr (ovs_conflict_get_crew_name (c), ==, "Noord");
      g_assert_null (strstr (ovs_conflict_get_message (c), "sick"));
    }
  g_assert_cmpuint (conflicts (db->store, 0, WEEK_FROM, WEEK_TO, "shift_during_absence", "P2"), ==, 2);
  absences = ovs_absence_list (db->store, 0, NULL, NULL, &error);
  g_assert_cmpuint (json_array_get_length (absences), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (absences, 0), "kind"), ==, "absent");
  g_assert_null (json_object_get_string_member (json_array_get_object_element (absences, 0), "note"));

  /* The kwartiermaker sees the kind. */
  g_clear_pointer (&absences, json_array_unref);
  g_assert_true (ovs_store_set_user (db->store, "tester", &error));
  absences = ovs_absence_list (db->store, 0, NULL, NULL, &error);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (absences, 0), "kind"), ==,
                   "sickness");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("OVERSTAP_TODAY", "2025-03-01", TRUE);
  OVS_TEST_DB ("/roster/pattern/validation", test_pattern_validation);
  OVS_TEST_DB ("/roster/pattern/dst", test_dst);
  OVS_TEST_DB ("/roster/pattern/holidays", test_holidays);
  OVS_TEST_DB ("/roster/generate/idempotent", test_generate_idempotent);
  OVS_TEST_DB ("/roster/generate/overrides", test_overrides_survive);
  OVS_TEST_DB ("/roster/pattern/members", test_pattern_members);
  OVS_TEST_DB ("/roster/copy-week", test_copy_week);
  OVS_TEST_DB ("/roster/conflict/shift_during_absence", test_conflict_absence);
  OVS_TEST_DB ("/roster/conflict/double_booking", test_conflict_double_booking);
  OVS_TEST_DB ("/roster/conflict/hours_above_contract", test_conflict_hours);
  OVS_TEST_DB ("/roster/conflict/size_and_team_leader", test_conflict_size_and_leader);
  OVS_TEST_DB ("/roster/conflict/driver_and_certificate", test_conflict_driver_and_certificate);
  OVS_TEST_DB ("/roster/conflict/short_rest", test_conflict_rest);
  OVS_TEST_DB ("/roster/conflict/shift_too_long", test_conflict_long_shift);
  OVS_TEST_DB ("/roster/conflict/employment_membership_transfer", test_conflict_employment_membership_transfer);
  OVS_TEST_DB ("/roster/autofill/deterministic_fair", test_autofill);
  OVS_TEST_DB ("/roster/autofill/stale", test_autofill_stale);
  OVS_TEST_DB ("/roster/autofill/same-shift", test_autofill_same_shift);
  OVS_TEST_DB ("/roster/permissions", test_permissions);
  return g_test_run ();
}

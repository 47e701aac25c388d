/* test-atw.c — the Arbeidstijdenwet in the roster check: each rule on a roster made to break it and
 * nothing on a lawful one; Dutch public holidays for several years and the CAO setting; auto-fill
 * that does not pick someone who would break a rule; the incremental re-check of one person's days. */
#include <string.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

/* Crew 1 "Noord" (min 1, team leader P1): P1 with a 40-hour contract, P2 with 36 hours, both members
 * since 2020 and employed since 2000. Nothing else: crew days come from patterns only, so a test that
 * adds shifts by hand sees the person rules alone. */
static void
fixtures (OvsStore *store)
{
  g_assert_true (ovs_store_exec (store,
    "INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id, "
    "  employment_start) VALUES "
    "  (1, 'P1', 'Anna', 'Bakker', '1970-01-01', 2400, 1, '2000-01-01'),"
    "  (2, 'P2', 'Bram', 'Vries', '1971-01-01', 2160, 1, '2000-01-01');"
    "INSERT INTO crew (id, name, min_size, team_leader_id) VALUES (1, 'Noord', 1, 1);"
    "INSERT INTO crew_membership (crew_id, employee_id, role, start_date) VALUES "
    "  (1, 1, 'team_leader', '2020-01-01'), (1, 2, 'member', '2020-01-01');", NULL));
}

/* A shift of P@employee in crew 1, straight into the table (the rules, not the editor, are tested). */
static void
shift (OvsStore *store, gint64 employee, const char *date, const char *start, const char *end, int brk)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, origin, is_override, "
    "  updated_at) VALUES ('t-%" G_GINT64_FORMAT "-%s-%s@test', 1, %" G_GINT64_FORMAT ", '%s', '%s', '%s', %d, "
    "  'manual', 1, '2025-01-01T00:00:00Z')", employee, date, start, employee, date, start, end, brk);

  g_assert_true (ovs_store_exec (store, sql, NULL));
}

/* The same shift on @days days from @first, every @step days. */
static void
shifts (OvsStore *store, gint64 employee, const char *first, int days, int step, const char *start,
        const char *end, int brk)
{
  for (int i = 0; i < days; i++)
    {
      g_autofree char *date = ovs_date_iso_add_days (first, i * step);

      shift (store, employee, date, start, end, brk);
    }
}

static GListModel *
check (OvsStore *store, const char *from, const char *to)
{
  g_autoptr(GError) error = NULL;
  GListModel *found = ovs_roster_check (store, 1, from, to, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

/* How many conflicts with @code the check of [@from, @to] finds. */
static guint
conflicts (OvsStore *store, const char *from, const char *to, const char *code)
{
  g_autoptr(GListModel) found = check (store, from, to);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (found, i);

      if (g_str_equal (ovs_conflict_get_code (c), code))
        n++;
    }
  return n;
}

/* How many conflicts with @code the re-check of P@employee's change on @date finds. */
static guint
rechecked (OvsStore *store, gint64 employee, const char *date, const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = ovs_roster_recheck (store, 1, employee, date, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (found, i);

      g_assert_true (g_strv_contains (ovs_conflict_get_employees (c), employee == 1 ? "P1" : "P2"));
      if (g_str_equal (ovs_conflict_get_code (c), code))
        n++;
    }
  return n;
}

/* The Arbeidstijdenwet's codes: none may appear on a lawful roster. */
static const char *atw_codes[] = {
  "shift_too_long", "short_rest", "week_over_60h", "average_over_48h", "break_too_short",
  "weekly_rest_too_short", "sundays_below_13", "night_shift_too_long", "too_many_night_shifts", "work_on_holiday",
};

/* Only @code (or none when NULL) of the Arbeidstijdenwet's codes is found in [@from, @to]. */
static void
assert_only (OvsStore *store, const char *from, const char *to, const char *code)
{
  g_autoptr(GListModel) found = check (store, from, to);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (found, i);

      for (guint k = 0; k < G_N_ELEMENTS (atw_codes); k++)
        if (g_str_equal (ovs_conflict_get_code (c), atw_codes[k]))
          {
            if (g_strcmp0 (code, atw_codes[k]) != 0)
              g_error ("unexpected %s on %s: %s", atw_codes[k], ovs_conflict_get_date (c), ovs_conflict_get_message (c));
            g_assert_cmpint (ovs_conflict_get_severity (c), ==, OVS_CONFLICT_ERROR);
            g_assert_cmpstr (ovs_conflict_get_employees (c)[0], !=, NULL);
            n++;
          }
    }
  if (code != NULL)
    g_assert_cmpuint (n, >=, 1);
}

/* --- a lawful roster --- */

static void
test_lawful (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GListModel) found = NULL;

  fixtures (db->store);
  /* Four weeks of 8 hours Monday to Friday (07:30–16:00, 30 minutes of break), and for P2 a Saturday
   * with a shortened rest of 8 hours once in the week (art. 5:3). */
  for (int week = 0; week < 4; week++)
    {
      g_autofree char *monday = ovs_date_iso_add_days ("2025-03-03", 7 * week);

      shifts (db->store, 1, monday, 5, 1, "07:30", "16:00", 30);
      shifts (db->store, 2, monday, 4, 1, "07:30", "16:00", 30);
    }
  shift (db->store, 2, "2025-03-06", "14:00", "22:00", 30);   /* replaces nothing: a second shift that day */
  g_assert_true (ovs_store_exec (db->store, "DELETE FROM shift WHERE employee_id = 2 AND date = '2025-03-06' "
                                            "AND start_time = '07:30'", NULL));
  shift (db->store, 2, "2025-03-07", "06:00", "10:30", 0);    /* 8 hours after 22:00 */
  /* Exactly at the limits is lawful: 5.5 hours without a break (art. 5:4), 12 hours of work. */
  shift (db->store, 1, "2025-03-31", "08:00", "13:30", 0);
  shift (db->store, 2, "2025-03-31", "06:00", "18:45", 45);
  found = check (db->store, "2025-03-01", "2025-03-31");
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (found, i);

      g_error ("lawful roster: %s on %s: %s", ovs_conflict_get_code (c), ovs_conflict_get_date (c),
               ovs_conflict_get_message (c));
    }
}

/* --- each rule broken --- */

static void
test_shift_too_long (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Art. 5:7: at most 12 hours per shift; 06:00–19:00 with 45 minutes of break is 12:15. */
  shift (db->store, 1, "2025-03-04", "06:00", "19:00", 45);
  assert_only (db->store, "2025-03-03", "2025-03-09", "shift_too_long");
}

static void
test_break_too_short (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Art. 5:4: more than 5.5 hours of work needs 30 minutes; more than 10 hours needs 45. */
  shift (db->store, 1, "2025-03-04", "08:00", "14:00", 0);    /* 6 hours, no break */
  shift (db->store, 2, "2025-03-05", "07:00", "18:00", 30);   /* 10:30 with 30 minutes */
  assert_only (db->store, "2025-03-03", "2025-03-09", "break_too_short");
  g_assert_cmpuint (conflicts (db->store, "2025-03-03", "2025-03-09", "break_too_short"), ==, 2);
}

static void
test_short_rest (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Art. 5:3: 11 hours of rest, once in 7 × 24 hours 8: two shortened rests in one week. */
  shift (db->store, 1, "2025-03-03", "14:00", "22:00", 30);
  shift (db->store, 1, "2025-03-04", "06:00", "14:00", 30);
  shift (db->store, 1, "2025-03-05", "14:00", "22:00", 30);
  shift (db->store, 1, "2025-03-06", "06:00", "14:00", 30);
  assert_only (db->store, "2025-03-03", "2025-03-09", "short_rest");
  g_assert_cmpuint (conflicts (db->store, "2025-03-03", "2025-03-09", "short_rest"), ==, 1);
}

static void
test_night_rest (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Art. 5:9: 14 hours of rest after a night shift ending after 02:00 (P2: 13:30, enough for the 11 hours
   * of art. 5:3), and 46 hours after a series of three or more (P1: 31 hours after the third night). */
  shifts (db->store, 1, "2025-03-03", 3, 1, "00:00", "07:00", 30);
  shift (db->store, 1, "2025-03-06", "14:00", "22:00", 30);
  shift (db->store, 2, "2025-03-04", "00:00", "10:30", 45);
  shift (db->store, 2, "2025-03-05", "00:00", "06:00", 30);
  assert_only (db->store, "2025-03-03", "2025-03-09", "short_rest");
  g_assert_cmpuint (conflicts (db->store, "2025-03-03", "2025-03-09", "short_rest"), ==, 2);
}

static void
test_week_over_60h (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Art. 5:7: at most 60 hours in a week, and the law's week runs from Sunday: Sunday 2 to Saturday 8
   * March, six shifts of 11 hours = 66 hours. */
  shifts (db->store, 1, "2025-03-02", 6, 1, "07:00", "18:45", 45);
  assert_only (db->store, "2025-03-01", "2025-03-09", "week_over_60h");
  g_assert_cmpuint (conflicts (db->store, "2025-03-01", "2025-03-09", "week_over_60h"), ==, 1);
  /* It concerns every day of the law's week, and not the Sunday after. */
  {
    g_autoptr(GListModel) found = check (db->store, "2025-03-01", "2025-03-09");

    for (guint i = 0; i < g_list_model_get_n_items (found); i++)
      {
        g_autoptr(OvsConflict) c = g_list_model_get_item (found, i);

        if (!g_str_equal (ovs_conflict_get_code (c), "week_over_60h"))
          continue;
        g_assert_true (ovs_conflict_concerns (c, 1, "2025-03-02"));
        g_assert_true (ovs_conflict_concerns (c, 1, "2025-03-08"));
        g_assert_false (ovs_conflict_concerns (c, 1, "2025-03-09"));
        g_assert_false (ovs_conflict_concerns (c, 2, "2025-03-04"));
      }
  }
  /* The re-check of a change that week finds it too, and nothing about P2. */
  g_assert_cmpuint (rechecked (db->store, 1, "2025-03-05", "week_over_60h"), ==, 1);
  g_assert_cmpuint (rechecked (db->store, 2, "2025-03-05", "week_over_60h"), ==, 0);
}

static void
test_law_week_is_sunday_to_saturday (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Monday 3 to Sunday 9 March, 7 × 9 hours = 63 hours in the roster's week, but 54 in the law's week of
   * Sunday 2 to Saturday 8 and 9 in the next: no week_over_60h. Nor a weekly rest conflict: the free
   * weeks around give 72 hours in every 14 × 24 hours (art. 5:5 (1b)). */
  shifts (db->store, 1, "2025-03-03", 7, 1, "07:00", "16:45", 45);
  assert_only (db->store, "2025-03-01", "2025-03-31", NULL);
  g_assert_cmpuint (conflicts (db->store, "2025-03-01", "2025-03-31", "hours_above_contract"), ==, 1);
}

static void
test_average_over_48h (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Art. 5:7: 48 hours a week on average over 16 weeks. P1: 5 × 10 hours = 50 hours for 16 weeks; P2:
   * 5 × 9:30 = 47:30, lawful. */
  for (int week = 0; week < 16; week++)
    {
      g_autofree char *monday = ovs_date_iso_add_days ("2025-01-06", 7 * week);

      shifts (db->store, 1, monday, 5, 1, "07:00", "17:45", 45);
      shifts (db->store, 2, monday, 5, 1, "07:00", "17:00", 30);
    }
  assert_only (db->store, "2025-01-01", "2025-05-31", "average_over_48h");
  g_assert_cmpuint (rechecked (db->store, 1, "2025-04-22", "average_over_48h"), ==, 1);
  g_assert_cmpuint (rechecked (db->store, 2, "2025-04-22", "average_over_48h"), ==, 0);
  g_assert_cmpuint (conflicts (db->store, "2025-01-01", "2025-05-31", "average_over_48h"), ==, 1);
  /* A check of the last week alone still sees the 16 weeks before it. */
  g_assert_cmpuint (conflicts (db->store, "2025-04-21", "2025-04-27", "average_over_48h"), ==, 1);
  g_assert_cmpuint (conflicts (db->store, "2025-03-03", "2025-03-09", "average_over_48h"), ==, 0);
}

static void
test_weekly_rest (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Art. 5:5: 36 hours in every 7 × 24 hours, or 72 in every 14 × 24 hours in pieces of 32. Three weeks
   * without a day off break both. */
  shifts (db->store, 1, "2025-03-03", 21, 1, "07:30", "16:00", 30);
  assert_only (db->store, "2025-03-03", "2025-03-23", "weekly_rest_too_short");
  /* Twelve days on, then four off: a 14 × 24 window holds too little rest too. */
  shifts (db->store, 2, "2025-03-03", 12, 1, "07:30", "16:00", 30);
  g_assert_cmpuint (conflicts (db->store, "2025-03-03", "2025-03-23", "weekly_rest_too_short"), >=, 2);
}

static void
test_sundays (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Art. 5:6: 13 free Sundays in 52 weeks. P1 works every Sunday of 2025 from 5 January: the 40th
   * Sunday (5 October) leaves only 12 of the 52 free. */
  shifts (db->store, 1, "2025-01-05", 52, 7, "08:00", "16:30", 30);
  assert_only (db->store, "2025-01-01", "2025-12-31", "sundays_below_13");
  g_assert_cmpuint (conflicts (db->store, "2025-01-01", "2025-12-31", "sundays_below_13"), ==, 1);
  g_assert_cmpuint (conflicts (db->store, "2025-01-01", "2025-09-30", "sundays_below_13"), ==, 0);
  g_assert_cmpuint (conflicts (db->store, "2025-10-05", "2025-10-05", "sundays_below_13"), ==, 1);
  /* The re-check of one Sunday reads the person's 52 weeks before it. */
  g_assert_cmpuint (rechecked (db->store, 1, "2025-10-05", "sundays_below_13"), ==, 1);
  g_assert_cmpuint (rechecked (db->store, 1, "2025-09-28", "sundays_below_13"), ==, 0);
}

static void
test_night (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Art. 1:7: a night shift has more than 1 hour of work between 00:00 and 06:00. 00:00–11:00 with 45
   * minutes is a night shift of 10:15, over the 10 hours of art. 5:8; 05:30–16:30 (30 minutes before
   * 06:00) is a day shift of the same length, lawful. */
  shift (db->store, 1, "2025-03-04", "00:00", "11:00", 45);
  shift (db->store, 2, "2025-03-04", "05:30", "16:30", 45);
  assert_only (db->store, "2025-03-03", "2025-03-09", "night_shift_too_long");
  g_assert_cmpuint (conflicts (db->store, "2025-03-03", "2025-03-09", "night_shift_too_long"), ==, 1);
}

static void
test_night_count (OvsTestDb *db, gconstpointer data)
{
  fixtures (db->store);
  /* Art. 5:8: at most 36 night shifts ending after 02:00 in 16 weeks. P1 works four nights a week for
   * ten weeks (40); P2 for nine (36). */
  for (int week = 0; week < 10; week++)
    {
      g_autofree char *monday = ovs_date_iso_add_days ("2025-01-06", 7 * week);

      shifts (db->store, 1, monday, 4, 1, "00:00", "07:00", 30);
      if (week < 9)
        shifts (db->store, 2, monday, 4, 1, "00:00", "07:00", 30);
    }
  assert_only (db->store, "2025-01-01", "2025-04-30", "too_many_night_shifts");
  g_assert_cmpuint (conflicts (db->store, "2025-01-01", "2025-04-30", "too_many_night_shifts"), ==, 1);
}

static void
test_work_on_holiday (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixtures (db->store);
  shift (db->store, 1, "2025-04-26", "08:00", "12:00", 0);   /* Koningsdag 2025: Saturday the 26th */
  shift (db->store, 1, "2025-04-21", "08:00", "12:00", 0);   /* Easter Monday */
  /* No CAO setting: a working day as before. */
  assert_only (db->store, "2025-04-01", "2025-04-30", NULL);
  g_assert_true (ovs_holidays_set_free (db->store, "koningsdag", "2000-01-01", TRUE, &error));
  g_assert_no_error (error);
  assert_only (db->store, "2025-04-01", "2025-04-30", "work_on_holiday");
  g_assert_cmpuint (conflicts (db->store, "2025-04-01", "2025-04-30", "work_on_holiday"), ==, 1);
  g_assert_true (ovs_holidays_set_free (db->store, "easter_monday", "2025-01-01", TRUE, &error));
  g_assert_cmpuint (conflicts (db->store, "2025-04-01", "2025-04-30", "work_on_holiday"), ==, 2);
  /* Dated: from 2026 on Easter Monday is a working day again. */
  g_assert_true (ovs_holidays_set_free (db->store, "easter_monday", "2026-01-01", FALSE, &error));
  g_assert_cmpuint (conflicts (db->store, "2025-04-01", "2025-04-30", "work_on_holiday"), ==, 2);
  g_assert_false (ovs_holidays_set_free (db->store, "sinterklaas", "2026-01-01", TRUE, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
}

static void
test_generation_skips_free_holidays (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  OvsRosterStats stats = { 0 };
  OvsPatternFields f = { "MO,TU,WE,TH,FR,SA", NULL, "07:30", "12:00", 0, "maaien", "Park", NULL, NULL, "2025-04-21",
                         NULL, NULL };
  fixtures (db->store);
  g_assert_cmpint (ovs_pattern_add (db->store, 1, &f, &error), >, 0);
  g_assert_true (ovs_roster_generate (db->store, 1, "2025-04-21", "2025-04-26", &stats, &error));
  g_assert_no_error (error);
  /* Two people, six days, Koningsdag (Saturday 26 April 2025) still a working day. */
  g_assert_cmpint (conflicts (db->store, "2025-04-21", "2025-04-26", "work_on_holiday"), ==, 0);
  g_assert_true (ovs_holidays_set_free (db->store, "kings_day", "2025-01-01", TRUE, &error));
  g_assert_true (ovs_holidays_set_free (db->store, "easter_monday", "2025-01-01", TRUE, &error));
  g_assert_true (ovs_roster_generate (db->store, 1, "2025-04-21", "2025-04-26", &stats, &error));
  g_assert_no_error (error);
  /* Regeneration cancels the two free days' shifts: nothing is left to conflict. */
  g_assert_cmpint (stats.cancelled, ==, 4);
  g_assert_cmpint (conflicts (db->store, "2025-04-21", "2025-04-26", "work_on_holiday"), ==, 0);
}

/* --- holidays --- */

static void
test_holiday_dates (void)
{
  static const struct { int year; const char *easter, *kings; } years[] = {
    { 2006, "2006-04-16", "2006-04-29" },   /* Queen's Day: 30 April was a Sunday */
    { 2013, "2013-03-31", "2013-04-30" },
    { 2014, "2014-04-20", "2014-04-26" },   /* the first King's Day: 27 April was a Sunday */
    { 2024, "2024-03-31", "2024-04-27" },
    { 2025, "2025-04-20", "2025-04-26" },
    { 2026, "2026-04-05", "2026-04-27" },
    { 2031, "2031-04-13", "2031-04-26" },
    { 2038, "2038-04-25", "2038-04-27" },   /* the latest possible Easter */
    { 2285, "2285-03-22", "2285-04-27" },   /* the earliest */
  };
  g_autofree char *good_friday = ovs_holiday_date (OVS_HOLIDAY_GOOD_FRIDAY, 2025);
  g_autofree char *ascension = ovs_holiday_date (OVS_HOLIDAY_ASCENSION_DAY, 2025);
  g_autofree char *whit_monday = ovs_holiday_date (OVS_HOLIDAY_WHIT_MONDAY, 2025);
  g_autofree char *ascension_2026 = ovs_holiday_date (OVS_HOLIDAY_ASCENSION_DAY, 2026);
  g_autofree char *whit_2031 = ovs_holiday_date (OVS_HOLIDAY_WHIT_SUNDAY, 2031);
  g_autofree char *liberation = ovs_holiday_date (OVS_HOLIDAY_LIBERATION_DAY, 2026);
  g_autofree char *boxing = ovs_holiday_date (OVS_HOLIDAY_BOXING_DAY, 2031);

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *easter = ovs_holiday_easter (years[i].year);
      g_autofree char *kings = ovs_holiday_date (OVS_HOLIDAY_KINGS_DAY, years[i].year);

      g_assert_cmpstr (easter, ==, years[i].easter);
      g_assert_cmpstr (kings, ==, years[i].kings);
      g_assert_cmpint (ovs_holiday_on (kings), ==, OVS_HOLIDAY_KINGS_DAY);
    }
  g_assert_cmpstr (good_friday, ==, "2025-04-18");
  g_assert_cmpstr (ascension, ==, "2025-05-29");
  g_assert_cmpstr (whit_monday, ==, "2025-06-09");
  g_assert_cmpstr (ascension_2026, ==, "2026-05-14");
  g_assert_cmpstr (whit_2031, ==, "2031-06-01");
  g_assert_cmpstr (liberation, ==, "2026-05-05");
  g_assert_cmpstr (boxing, ==, "2031-12-26");
  g_assert_cmpint (ovs_holiday_on ("2026-01-01"), ==, OVS_HOLIDAY_NEW_YEAR);
  g_assert_cmpint (ovs_holiday_on ("2026-04-06"), ==, OVS_HOLIDAY_EASTER_MONDAY);
  g_assert_cmpint (ovs_holiday_on ("2026-12-25"), ==, OVS_HOLIDAY_CHRISTMAS_DAY);
  g_assert_cmpint (ovs_holiday_on ("2026-04-26"), ==, -1);
}

static void
test_holiday_list (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) list = NULL;
  g_autoptr(GError) refused = NULL;

  g_assert_true (ovs_holidays_set_free (db->store, "christmas_day", "2020-01-01", TRUE, &error));
  g_assert_no_error (error);
  list = ovs_holidays_list (db->store, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (list), ==, 11);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *o = json_array_get_object_element (list, i);
      gboolean christmas = g_str_equal (json_object_get_string_member (o, "holiday"), "christmas_day");

      g_assert_cmpint (json_object_get_boolean_member (o, "free"), ==, christmas);
    }
  /* Only the kwartiermaker sets the CAO. */
  g_assert_true (ovs_store_exec (db->store, "INSERT INTO app_user (name, role) VALUES ('hr', 'hr')", NULL));
  g_assert_true (ovs_store_set_user (db->store, "hr", &error));
  g_assert_false (ovs_holidays_set_free (db->store, "new_year", "2026-01-01", TRUE, &refused));
  g_assert_nonnull (refused);
}

/* --- generation and auto-fill --- */

/* The people auto-fill proposes to add in [@from, @to], as "P1 2025-10-05" lines. */
static char *
proposed (OvsStore *store, const char *from, const char *to, GListModel **proposal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) adds = g_string_new (NULL);

  *proposal = ovs_autofill_propose (store, 1, from, to, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (*proposal); i++)
    {
      g_autoptr(OvsRosterChange) c = g_list_model_get_item (*proposal, i);

      if (g_str_equal (ovs_roster_change_get_action (c), "add"))
        g_string_append_printf (adds, "P%" G_GINT64_FORMAT " %s\n", ovs_roster_change_get_employee_id (c),
                                ovs_roster_change_get_date (c));
    }
  return g_string_free (g_steal_pointer (&adds), FALSE);
}

static void
test_autofill_respects (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) week = NULL;
  g_autoptr(GListModel) sunday = NULL;
  g_autofree char *week_adds = NULL;
  g_autofree char *sunday_adds = NULL;
  OvsPatternFields weekdays = { "MO,TU,WE,TH,FR", NULL, "07:30", "16:00", 30, "maaien", "Park", NULL, NULL,
                                "2025-04-14", "2025-04-18", NULL };
  OvsPatternFields sundays = { "SU", NULL, "08:00", "16:30", 30, "markt", "Plein", NULL, NULL, "2025-10-05", NULL,
                               NULL };

  fixtures (db->store);
  g_assert_true (ovs_holidays_set_free (db->store, "goede vrijdag", "2000-01-01", TRUE, &error));
  g_assert_cmpint (ovs_pattern_add (db->store, 1, &weekdays, &error), >, 0);
  g_assert_cmpint (ovs_pattern_add (db->store, 1, &sundays, &error), >, 0);
  g_assert_no_error (error);
  /* Good Friday (18 April 2025) is free by the CAO: no slot that day. */
  week_adds = proposed (db->store, "2025-04-14", "2025-04-18", &week);
  g_assert_null (strstr (week_adds, "2025-04-18"));
  g_assert_nonnull (strstr (week_adds, "2025-04-17"));
  /* P1 worked 39 of the last 51 Sundays: a 40th would leave 12 of 52 free (art. 5:6), so Sunday 5 October
   * goes to P2, although P1, the team leader, would come first. */
  shifts (db->store, 1, "2025-01-05", 39, 7, "08:00", "16:30", 30);
  sunday_adds = proposed (db->store, "2025-10-05", "2025-10-05", &sunday);
  g_assert_cmpstr (sunday_adds, ==, "P2 2025-10-05\n");
  g_assert_true (ovs_autofill_apply (db->store, 1, sunday, &error));
  g_assert_no_error (error);
  assert_only (db->store, "2025-10-01", "2025-10-31", NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("OVERSTAP_TODAY", "2025-03-01", TRUE);
  OVS_TEST_DB ("/atw/lawful", test_lawful);
  OVS_TEST_DB ("/atw/shift_too_long", test_shift_too_long);
  OVS_TEST_DB ("/atw/break_too_short", test_break_too_short);
  OVS_TEST_DB ("/atw/short_rest", test_short_rest);
  OVS_TEST_DB ("/atw/night_rest", test_night_rest);
  OVS_TEST_DB ("/atw/week_over_60h", test_week_over_60h);
  OVS_TEST_DB ("/atw/law_week", test_law_week_is_sunday_to_saturday);
  OVS_TEST_DB ("/atw/average_over_48h", test_average_over_48h);
  OVS_TEST_DB ("/atw/weekly_rest_too_short", test_weekly_rest);
  OVS_TEST_DB ("/atw/sundays_below_13", test_sundays);
  OVS_TEST_DB ("/atw/night_shift_too_long", test_night);
  OVS_TEST_DB ("/atw/too_many_night_shifts", test_night_count);
  OVS_TEST_DB ("/atw/work_on_holiday", test_work_on_holiday);
  OVS_TEST_DB ("/atw/generation", test_generation_skips_free_holidays);
  g_test_add_func ("/atw/holidays/dates", test_holiday_dates);
  OVS_TEST_DB ("/atw/holidays/list", test_holiday_list);
  OVS_TEST_DB ("/atw/autofill", test_autofill_respects);
  return g_test_run ();
}

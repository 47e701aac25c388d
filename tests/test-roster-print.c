/* test-roster-print.c — the week model behind the Roosters grid, and the printed week: drawn into a
 * PDF without a display, checked with poppler's pdfinfo and pdftotext, and turned into a PNG with
 * pdftoppm for people to look at. The files stay in the build directory (argv[1], else the current
 * folder): roster-week.pdf, roster-week-1.png.
 *
 * OVERSTAP_PRINT_LANG=nl renders the sheet in Dutch (with OVERSTAP_LOCALEDIR pointing at a catalogue
 * that has the roster's strings); the checks then look for the Dutch words. */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "roster/ovs-roster-print.h"
#include "ovs-test-util.h"

#define CREW "Groenploeg Berkelwolde-Noord"

static const char *out_dir = ".";
static gboolean dutch;

typedef struct
{
  OvsTestDb db;
  gint64    crew_id;
  gint64    sick_id;     /* off sick on Wednesday */
  gint64    leave_id;    /* on leave on Thursday */
} Fixture;

/* A member the crew's patterns plan on @day ("WE", "TH"), other than @other: the demo's patterns follow
 * the contracts, so part-timers work fewer days. */
static gint64
member_working_on (OvsStore *store, gint64 crew_id, const char *day, gint64 other)
{
  g_autoptr(JsonArray) patterns = ovs_pattern_list (store, crew_id, NULL);

  g_assert_nonnull (patterns);
  for (guint i = 0; i < json_array_get_length (patterns); i++)
    {
      JsonObject *p = json_array_get_object_element (patterns, i);
      JsonArray *members = json_object_get_array_member (p, "members");
      g_auto(GStrv) days = g_strsplit (json_object_get_string_member (p, "days"), ",", -1);

      if (!g_strv_contains ((const char * const *) days, day))
        continue;
      for (guint m = 0; members != NULL && m < json_array_get_length (members); m++)
        {
          gint64 id = json_object_get_int_member (json_array_get_object_element (members, m), "employee_id");

          if (id != other)
            return id;
        }
    }
  g_assert_not_reached ();
}

static void
add_absence (OvsStore *store, gint64 employee_id, const char *kind, const char *date)
{
  g_autoptr(GError) error = NULL;
  OvsAbsenceFields fields = { .employee_id = employee_id, .kind = kind, .start_date = date, .end_date = date,
                              .note = "griep" };

  g_assert_cmpint (ovs_absence_add (store, &fields, &error), >, 0);
  g_assert_no_error (error);
}

/* The demo's crew in week 48 of 2026, one member off sick on Wednesday and another on leave Thursday. */
static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  ovs_test_db_setup (&f->db, data);
  g_assert_true (ovs_demo_generate (f->db.store, 120, 2014, &error));
  g_assert_no_error (error);
  f->crew_id = ovs_roster_crew_id (f->db.store, CREW, &error);
  g_assert_no_error (error);
  f->sick_id = member_working_on (f->db.store, f->crew_id, "WE", 0);
  f->leave_id = member_working_on (f->db.store, f->crew_id, "TH", f->sick_id);
  add_absence (f->db.store, f->sick_id, "sickness", "2026-11-25");
  add_absence (f->db.store, f->leave_id, "leave", "2026-11-26");
  g_assert_true (ovs_roster_generate (f->db.store, f->crew_id, "2026-11-23", "2026-11-29", NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  ovs_test_db_teardown (&f->db, data);
}

static const OvsRosterWeekRow *
row_of (OvsRosterWeek *week, gint64 employee_id)
{
  for (guint i = 0; i < ovs_roster_week_get_n_rows (week); i++)
    if (ovs_roster_week_get_row (week, i)->employee_id == employee_id)
      return ovs_roster_week_get_row (week, i);
  g_assert_not_reached ();
}

static void
test_week_model (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsRosterWeek) week = ovs_roster_week_load (f->db.store, f->crew_id, "2026-11-26",
                                                        OVS_ROSTER_WEEK_SCREEN, &error);
  g_autofree char *title = NULL, *label = NULL, *sick = NULL;
  const OvsRosterWeekRow *first;

  g_assert_no_error (error);
  g_assert_cmpstr (ovs_roster_week_get_date (week, 0), ==, "2026-11-23");
  g_assert_cmpstr (ovs_roster_week_get_date (week, 6), ==, "2026-11-29");
  g_assert_cmpuint (ovs_roster_week_get_number (week), ==, 48);
  g_assert_cmpstr (ovs_roster_week_get_crew_name (week), ==, CREW);
  g_assert_cmpuint (ovs_roster_week_get_n_rows (week), ==, 5);
  /* The team leader heads the sheet. */
  first = ovs_roster_week_get_row (week, 0);
  g_assert_cmpstr (first->role, ==, "team_leader");
  /* Five on Monday and Tuesday. The demo's patterns follow the contracts: three members work Monday
   * and Tuesday only, one Monday to Wednesday and Friday, one Monday to Thursday. The generator plans
   * around whole-day absences: on Wednesday the sick one is not planned, so one works; on Thursday
   * the only Thursday worker is on leave, so nobody; one on Friday, and nobody at the weekend. */
  g_assert_cmpuint (ovs_roster_week_get_day_count (week, 0), ==, 5);
  g_assert_cmpuint (ovs_roster_week_get_day_count (week, 1), ==, 5);
  g_assert_cmpuint (ovs_roster_week_get_day_count (week, 2), ==, 1);
  g_assert_cmpuint (ovs_roster_week_get_day_count (week, 3), ==, 0);
  g_assert_cmpuint (ovs_roster_week_get_day_count (week, 4), ==, 1);
  g_assert_false (ovs_roster_week_day_has_shifts (week, 5));
  g_assert_true (row_of (week, f->sick_id)->days[2].absent_all_day);
  g_assert_cmpuint (row_of (week, f->sick_id)->days[2].shifts->len, ==, 0);
  /* Planned within the contract (the team leader has 20 hours): no week's hours conflict on the row. */
  g_assert_cmpuint (first->week_conflicts->len, ==, 0);
  g_assert_cmpint (first->planned_minutes, >, 0);
  g_assert_cmpint (first->planned_minutes, <=, 20 * 60);

  if (!dutch)
    {
      title = ovs_roster_week_title (week);
      g_assert_cmpstr (title, ==, "Week 48 · 23 to 29 November 2026");
      label = ovs_roster_week_cell_label (week, 0, 0);
      g_assert_true (g_str_has_prefix (label, first->name));
      g_assert_nonnull (strstr (label, ", Monday 23-11: 07:00–16:00 Groenonderhoud"));
      /* The kwartiermaker (tester) may see health data on screen. */
      sick = ovs_roster_week_cell_text (&row_of (week, f->sick_id)->days[2]);
      g_assert_cmpstr (sick, ==, "Sick");
    }
}

/* The day's head count is who is at work: someone reported sick after the roster was made keeps
 * their shift (a manual decision), but does not count. A day nobody works is not a working day. */
static void
test_week_present (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsRosterWeek) week = NULL;

  add_absence (f->db.store, f->leave_id, "sickness", "2026-11-23");
  week = ovs_roster_week_load (f->db.store, f->crew_id, "2026-11-23", OVS_ROSTER_WEEK_SCREEN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (row_of (week, f->leave_id)->days[0].shifts->len, ==, 1);
  g_assert_true (row_of (week, f->leave_id)->days[0].absent_all_day);
  g_assert_cmpuint (ovs_roster_week_get_day_count (week, 0), ==, 4);
  g_assert_true (ovs_roster_week_day_has_shifts (week, 0));
  g_assert_cmpuint (ovs_roster_week_get_day_count (week, 6), ==, 0);
  g_assert_false (ovs_roster_week_day_has_shifts (week, 6));
}

static void
test_week_title_across_months (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsRosterWeek) week = ovs_roster_week_load (f->db.store, f->crew_id, "2026-12-31",
                                                        OVS_ROSTER_WEEK_SCREEN, &error);
  g_autofree char *title = NULL;

  g_assert_no_error (error);
  title = ovs_roster_week_title (week);
  if (!dutch)
    g_assert_cmpstr (title, ==, "Week 53 · 28 December 2026 to 3 January 2027");
}

static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
render_pdf (OvsRosterWeek *week, const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, OVS_ROSTER_PRINT_PAGE_WIDTH,
                                                       OVS_ROSTER_PRINT_PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double w = OVS_ROSTER_PRINT_PAGE_WIDTH - 2 * OVS_ROSTER_PRINT_MARGIN;
  double h = OVS_ROSTER_PRINT_PAGE_HEIGHT - 2 * OVS_ROSTER_PRINT_MARGIN;
  guint pages = ovs_roster_print_n_pages (cr, w, h, week);

  g_assert_cmpuint (pages, ==, 1);
  for (guint page = 0; page < pages; page++)
    {
      cairo_save (cr);
      cairo_translate (cr, OVS_ROSTER_PRINT_MARGIN, OVS_ROSTER_PRINT_MARGIN);
      ovs_roster_print_draw_page (cr, w, h, week, "2026-11-20", page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static void
test_print_pdf (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsRosterWeek) week = ovs_roster_week_load (f->db.store, f->crew_id, "2026-11-23",
                                                        OVS_ROSTER_WEEK_PRINT, &error);
  g_autofree char *pdf = g_build_filename (out_dir, "roster-week.pdf", NULL);
  g_autofree char *png_root = g_build_filename (out_dir, "roster-week", NULL);
  g_autofree char *png = g_strconcat (png_root, "-1.png", NULL);
  g_autofree char *info = NULL, *text = NULL, *flat = NULL;

  g_assert_no_error (error);
  render_pdf (week, pdf);

  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  g_assert_true (g_regex_match_simple ("^Pages: +1$", info, G_REGEX_MULTILINE, 0));
  /* Landscape: wider than high. */
  g_assert_true (g_regex_match_simple ("^Page size: +841.89 x 595.28 pts \\(A4\\)$", info, G_REGEX_MULTILINE, 0));

  text = run ((const char *[]) { "pdftotext", "-layout", pdf, "-", NULL });
  flat = g_strdup (text);
  g_assert_nonnull (strstr (text, dutch ? "Rooster " CREW " — week 48 (23-11-2026 t/m 29-11-2026)"
                                        : "Roster " CREW " — week 48 (23-11-2026 to 29-11-2026)"));
  for (guint i = 0; i < ovs_roster_week_get_n_rows (week); i++)
    {
      /* Names may wrap in their column; their first word is always on the page. */
      g_auto(GStrv) words = g_strsplit (ovs_roster_week_get_row (week, i)->name, " ", 2);

      g_assert_nonnull (strstr (text, words[0]));
    }
  g_assert_nonnull (strstr (text, "07:00–16:00"));
  /* Every shift's times are on the sheet (the demo's short Friday only where a contract has room). */
  for (guint i = 0; i < ovs_roster_week_get_n_rows (week); i++)
    for (guint d = 0; d < 7; d++)
      {
        GPtrArray *shifts = ovs_roster_week_get_row (week, i)->days[d].shifts;

        for (guint k = 0; k < shifts->len; k++)
          {
            g_autofree char *times = ovs_roster_shift_times (g_ptr_array_index (shifts, k));

            g_assert_nonnull (strstr (text, times));
          }
      }
  g_assert_nonnull (strstr (text, dutch ? "Ploegleider: " : "Team leader: "));
  g_assert_nonnull (strstr (text, dutch ? "Verlof" : "Leave"));
  /* The canteen sheet shows no health data and no conflicts, for any role. */
  g_assert_nonnull (strstr (text, dutch ? "Afwezig" : "Absent"));
  g_assert_null (strstr (text, dutch ? "Ziek" : "Sick"));
  g_assert_null (strstr (text, "griep"));
  g_assert_nonnull (strstr (text, dutch ? "Afgedrukt op 20-11-2026" : "Printed on 20-11-2026"));
  g_assert_nonnull (strstr (text, dutch ? "Week 48 · pagina 1 van 1" : "Week 48 · page 1 of 1"));

  g_unlink (png);
  g_free (run ((const char *[]) { "pdftoppm", "-png", "-r", "110", pdf, png_root, NULL }));
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  g_test_message ("wrote %s and %s", pdf, png);
}

/* A crew larger than a page goes on over more pages, every row whole. */
static void
test_print_many_rows (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsRosterWeek) week = ovs_roster_week_load (f->db.store, f->crew_id, "2026-11-23",
                                                        OVS_ROSTER_WEEK_PRINT, &error);
  cairo_surface_t *surface = cairo_pdf_surface_create (NULL, OVS_ROSTER_PRINT_PAGE_WIDTH,
                                                       OVS_ROSTER_PRINT_PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  g_assert_no_error (error);
  /* Half a page's height leaves room for only a few rows. */
  g_assert_cmpuint (ovs_roster_print_n_pages (cr, 780, 230, week), >, 1);
  for (guint page = 0; page < ovs_roster_print_n_pages (cr, 780, 230, week); page++)
    ovs_roster_print_draw_page (cr, 780, 230, week, "2026-11-20", page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char **argv)
{
  dutch = g_strcmp0 (g_getenv ("OVERSTAP_PRINT_LANG"), "nl") == 0;
  if (dutch)
    g_setenv ("LANGUAGE", "nl", TRUE), g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_setenv ("OVERSTAP_TODAY", "2026-11-20", TRUE);
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  textdomain (GETTEXT_PACKAGE);
  if (argc > 1)
    out_dir = argv[1];

  g_test_add ("/roster-print/week-model", Fixture, NULL, fixture_setup, test_week_model, fixture_teardown);
  g_test_add ("/roster-print/week-present", Fixture, NULL, fixture_setup, test_week_present, fixture_teardown);
  g_test_add ("/roster-print/title-across-months", Fixture, NULL, fixture_setup, test_week_title_across_months,
              fixture_teardown);
  g_test_add ("/roster-print/pdf", Fixture, NULL, fixture_setup, test_print_pdf, fixture_teardown);
  g_test_add ("/roster-print/many-rows", Fixture, NULL, fixture_setup, test_print_many_rows, fixture_teardown);
  return g_test_run ();
}

/* test-employee-list.c — the employee list as the Medewerkers section reads it off the main thread:
 * the folded search key ("Dïneke" is found by "dine"), the substring match, the rows as an array
 * read on a second connection, and the sort the column headers ask for (stable, descending, by the
 * contract hours as a number). */
#include "ovs-test-util.h"

static void
test_fold (void)
{
  const struct { const char *text, *folded; } cases[] = {
    { "Dïneke", "dineke" },
    { "ÖZTÜRK Çağlar", "ozturk caglar" },
    { "Anna van der Bakker P-17", "anna van der bakker p-17" },
    { "Ĳsbrand Straße", "ijsbrand strasse" },
    { "Zoë Noël-Smeets", "zoe noel-smeets" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = ovs_employee_search_fold (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
}

static OvsEmployeeFields
fields (const char *number, const char *first, const char *last, int hours)
{
  return (OvsEmployeeFields) {
    .personnel_number = number, .first_name = first, .last_name = last, .birth_date = "1970-05-17",
    .home_municipality = "Olst-Wijhe", .category = "matig", .contract_minutes = hours * 60,
    .employer = "Wezo", .employment_start = "1995-03-01",
  };
}

static void
add (OvsStore *store, const char *number, const char *first, const char *last, int hours)
{
  g_autoptr(GError) error = NULL;
  OvsEmployeeFields f = fields (number, first, last, hours);

  g_assert_cmpint (ovs_employees_add (store, &f, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static const char *
number_at (GPtrArray *rows, guint i)
{
  return ovs_employee_get_personnel_number (g_ptr_array_index (rows, i));
}

/* The rows whose search key holds what the user typed, folded as the page folds it. */
static GPtrArray *
search (GPtrArray *rows, const char *typed)
{
  g_autofree char *query = ovs_employee_search_fold (typed);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    if (ovs_employee_search_matches (rows->pdata[i], query))
      g_ptr_array_add (found, rows->pdata[i]);
  return found;
}

static void
test_search (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  add (db->store, "P1", "Dïneke", "Bergsma", 32);
  add (db->store, "P2", "Dina", "Ösçar", 24);
  add (db->store, "P3", "Anna", "de Vries", 36);
  rows = ovs_employees_list_rows (db->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (ovs_employee_get_text (rows->pdata[0], OVS_EMPLOYEE_SEARCH_KEY), ==, "dineke bergsma bergsma p1");
  {
    g_autoptr(GPtrArray) dine = search (rows, "dine");
    g_autoptr(GPtrArray) din = search (rows, "DÍN");
    g_autoptr(GPtrArray) oscar = search (rows, "oscar");
    g_autoptr(GPtrArray) number = search (rows, "p3");
    g_autoptr(GPtrArray) all = search (rows, "");
    g_autoptr(GPtrArray) none = search (rows, "xyz");

    g_assert_cmpuint (dine->len, ==, 1);
    g_assert_cmpstr (number_at (dine, 0), ==, "P1");
    g_assert_cmpuint (din->len, ==, 2);
    g_assert_cmpuint (oscar->len, ==, 1);
    g_assert_cmpstr (number_at (oscar, 0), ==, "P2");
    g_assert_cmpuint (number->len, ==, 1);
    g_assert_cmpstr (number_at (number, 0), ==, "P3");
    g_assert_cmpuint (all->len, ==, 3);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* A worker thread reads the list on a connection of its own, as the Medewerkers page does. */
static gpointer
read_in_thread (gpointer path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) store = ovs_store_open (path, &error);
  GPtrArray *rows;

  g_assert_no_error (error);
  g_assert_true (ovs_store_set_user (store, "tester", &error));
  rows = ovs_employees_list_rows (store, &error);
  g_assert_no_error (error);
  return rows;
}

static void
test_sort (OvsTestDb *db, gconstpointer data)
{
  const OvsEmployeeSortKey by_name[] = { { OVS_EMPLOYEE_DISPLAY_NAME, FALSE } };
  const OvsEmployeeSortKey by_hours_down[] = { { OVS_EMPLOYEE_SORT_HOURS, TRUE } };
  const OvsEmployeeSortKey by_number[] = { { OVS_EMPLOYEE_PERSONNEL_NUMBER, FALSE } };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GThread) thread = NULL;

  add (db->store, "P1", "anna", "Zwart", 8);
  add (db->store, "P2", "Bert", "Eenhoorn", 36);
  add (db->store, "P3", "Carla", "de Boer", 8);
  add (db->store, "P4", "Dirk", "Akker", 24);
  thread = g_thread_new ("read", read_in_thread, db->path);
  rows = g_thread_join (g_steal_pointer (&thread));
  g_assert_cmpuint (rows->len, ==, 4);

  /* Case does not decide the order of names: "de Boer" before "Eenhoorn" before "Zwart" (the collation
   * itself is the locale's, here C.UTF-8). */
  ovs_employees_sort (rows, by_name, G_N_ELEMENTS (by_name));
  g_assert_cmpstr (number_at (rows, 0), ==, "P4");
  g_assert_cmpstr (number_at (rows, 1), ==, "P3");
  g_assert_cmpstr (number_at (rows, 2), ==, "P2");
  g_assert_cmpstr (number_at (rows, 3), ==, "P1");
  /* Numbers as numbers, descending; the two of 8 hours keep the order they had (stable). */
  ovs_employees_sort (rows, by_hours_down, G_N_ELEMENTS (by_hours_down));
  g_assert_cmpstr (number_at (rows, 0), ==, "P2");
  g_assert_cmpstr (number_at (rows, 1), ==, "P4");
  g_assert_cmpstr (number_at (rows, 2), ==, "P3");
  g_assert_cmpstr (number_at (rows, 3), ==, "P1");
  g_assert_cmpint (ovs_employees_compare (rows->pdata[2], rows->pdata[3], by_hours_down, 1), ==, 0);
  g_assert_cmpint (ovs_employees_compare (rows->pdata[0], rows->pdata[1], by_hours_down, 1), <, 0);
  ovs_employees_sort (rows, by_number, G_N_ELEMENTS (by_number));
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *expected = g_strdup_printf ("P%u", i + 1);

      g_assert_cmpstr (number_at (rows, i), ==, expected);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/employee-list/fold", test_fold);
  OVS_TEST_DB ("/employee-list/search", test_search);
  OVS_TEST_DB ("/employee-list/sort", test_sort);
  return g_test_run ();
}

/* bench-employees.c — times N employee adds in one outer transaction (as the importer makes them)
 * and the list of all of them. Usage: bench-employees [N] (default 100000). */
#include <time.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

/* Process CPU seconds: on a busy machine wall-clock time says little. */
static double
cpu_seconds (void)
{
  return (double) clock () / CLOCKS_PER_SEC;
}

static double
add_all (OvsStore *store, int n, double *cpu)
{
  double cpu_start = cpu_seconds ();
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_store_begin (store, &error));
  for (int i = 0; i < n; i++)
    {
      g_autofree char *number = g_strdup_printf ("N%06d", i);
      g_autofree char *last = g_strdup_printf ("Naam%06d", (int) ((i * 7919L) % n));
      OvsEmployeeFields f = {
        .personnel_number = number, .first_name = "Anna", .name_prefix = "van der", .last_name = last,
        .birth_date = "1970-05-17", .bsn = "111222333", .home_municipality = "Olst-Wijhe", .category = "matig",
        .indication_valid_until = "2016-03-01", .contract_minutes = 1950, .employer = i % 2 ? "wezo" : "Larcom",
        .employment_start = "1995-03-01",
      };

      if (ovs_employees_add (store, &f, NULL, &error) == 0)
        g_error ("row %d: %s", i, error->message);
    }
  g_assert_true (ovs_store_commit (store, &error));
  *cpu = cpu_seconds () - cpu_start;
  return g_timer_elapsed (timer, NULL);
}

int
main (int argc, char **argv)
{
  OvsTestDb db = { 0 };
  int n = argc > 1 ? atoi (argv[1]) : 100000;
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GListStore) list = NULL;
  double add_seconds, add_cpu, list_cpu;

  ovs_test_db_setup (&db, NULL);
  if (g_getenv ("BENCH_TEMP_MEMORY"))
    g_assert_true (ovs_store_exec (db.store, "PRAGMA temp_store = MEMORY", NULL));
  if (g_getenv ("BENCH_CACHE_KIB"))
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size = -%s", g_getenv ("BENCH_CACHE_KIB"));

      g_assert_true (ovs_store_exec (db.store, pragma, NULL));
    }
  add_seconds = add_all (db.store, n, &add_cpu);
  timer = g_timer_new ();
  list_cpu = cpu_seconds ();
  list = ovs_employees_list (db.store, NULL);
  list_cpu = cpu_seconds () - list_cpu;
  g_print ("%d adds in one transaction: %.2f s wall, %.2f s CPU (%.1f µs CPU each)\n"
           "list of %u rows: %.3f s wall, %.3f s CPU\n", n, add_seconds, add_cpu, add_cpu * 1e6 / n,
           g_list_model_get_n_items (G_LIST_MODEL (list)), g_timer_elapsed (timer, NULL), list_cpu);
  g_clear_object (&list);
  ovs_test_db_teardown (&db, NULL);
  return 0;
}

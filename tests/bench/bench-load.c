/* bench-load.c — several users at once: 1, 5 and 20 clients, each on its own connection, doing the
 * office's mix for a while, on PostgreSQL, against the SQLite engine with one client in the same run.
 *
 * Usage: tests/pg/pg-run.sh build/tests/bench/bench-load [SECONDS]   (default 60 s per run)
 * pg-run.sh starts a throwaway PostgreSQL cluster (OVERSTAP_TEST_PG_HOST); without it only SQLite runs.
 *
 * The mix per operation, drawn at random: 30 % HR changes an employee (ovs_employees_change, one field),
 * 15 % HR ends a running placement at a date in 2030 (ovs_placements_end), 30 % a team leader moves a shift's start
 * (ovs_roster_shift_change), 25 % the monitor recomputes its figures (ovs_monitor_compute). All as the
 * kwartiermaker, so that no operation is refused for its role. Prints throughput, p95 latency, conflicts
 * (BUSY or CONFLICT) and other errors per run. */
#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

typedef struct
{
  const char *path;
  GArray     *employees;   /* gint64 */
  GArray     *placements;  /* gint64 */
  GPtrArray  *shifts;      /* uid */
  gint64      end_time;    /* monotonic µs */
  guint       seed;
  /* results */
  GArray     *latencies;   /* double ms */
  guint       ok, conflicts, errors;
  char       *first_error;
} Client;

static GArray *
ids (OvsStore *store, const char *sql)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (gint64));
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);

  while (ovs_stmt_next (stmt, NULL))
    {
      gint64 id = ovs_stmt_get_int64 (stmt, 0);

      g_array_append_val (list, id);
    }
  ovs_stmt_reset (stmt);
  return list;
}

static GPtrArray *
uids (OvsStore *store)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT uid FROM shift WHERE cancelled = 0 ORDER BY id", NULL);

  while (ovs_stmt_next (stmt, NULL))
    g_ptr_array_add (list, ovs_stmt_dup_text (stmt, 0));
  ovs_stmt_reset (stmt);
  return list;
}

/* The demo's 120 employees, its crews and placements, and a month of generated shifts. */
static void
prepare_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) store = ovs_store_open (path, &error);
  g_autoptr(GArray) crews = NULL;

  g_assert_no_error (error);
  g_assert_true (ovs_store_init_defaults (store, "tester", &error));
  g_assert_true (ovs_store_set_user (store, "tester", &error));
  g_assert_true (ovs_demo_generate (store, 120, 1, &error));
  g_assert_no_error (error);
  crews = ids (store, "SELECT id FROM crew ORDER BY id");
  for (guint i = 0; i < crews->len; i++)
    g_assert_true (ovs_roster_generate (store, g_array_index (crews, gint64, i), "2026-03-02", "2026-03-29",
                                        NULL, &error));
  g_assert_no_error (error);
}

static gboolean
change_employee (OvsStore *store, Client *c, GError **error)
{
  gint64 id = g_array_index (c->employees, gint64, g_random_int_range (0, c->employees->len));
  g_autoptr(OvsEmployeeFields) before = ovs_employees_load_fields (store, id, error);
  g_autoptr(OvsEmployeeFields) after = NULL;
  static const char *places[] = { "Deventer", "Olst", "Wijhe", "Raalte" };

  if (before == NULL)
    return FALSE;
  after = ovs_employees_load_fields (store, id, error);
  after->residence = places[g_random_int_range (0, G_N_ELEMENTS (places))];   /* the row keeps its own copy */
  return ovs_employees_change (store, id, before, after, NULL, error);
}

static gboolean
end_placement (OvsStore *store, Client *c, GError **error)
{
  gint64 id = g_array_index (c->placements, gint64, g_random_int_range (0, c->placements->len));
  g_autofree char *date = g_strdup_printf ("2030-%02d-%02d", g_random_int_range (1, 13), g_random_int_range (1, 29));

  return ovs_placements_end (store, id, date, error);
}

static gboolean
move_shift (OvsStore *store, Client *c, GError **error)
{
  const char *uid = g_ptr_array_index (c->shifts, g_random_int_range (0, c->shifts->len));
  OvsShiftChange change = { .start_time = g_random_boolean () ? "07:30" : "08:00", .break_minutes = -1 };

  return ovs_roster_shift_change (store, uid, &change, error);
}

static gboolean
refresh_monitor (OvsStore *store, Client *c, GError **error)
{
  OvsMonitorFigures *figures = ovs_monitor_compute (store, error);

  if (figures == NULL)
    return FALSE;
  ovs_monitor_figures_free (figures);
  return TRUE;
}

static gpointer
client_run (gpointer data)
{
  Client *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) store = ovs_store_open (c->path, &error);

  g_assert_no_error (error);
  g_assert_true (ovs_store_set_user (store, "tester", &error));
  while (g_get_monotonic_time () < c->end_time)
    {
      int pick = g_random_int_range (0, 100);
      gint64 start = g_get_monotonic_time ();
      gboolean ok;
      double ms;

      g_clear_error (&error);
      ok = pick < 30 ? change_employee (store, c, &error)
         : pick < 45 ? end_placement (store, c, &error)
         : pick < 75 ? move_shift (store, c, &error)
         : refresh_monitor (store, c, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (c->latencies, ms);
      if (ok)
        c->ok++;
      else if (g_error_matches (error, OVS_STORE_ERROR, OVS_STORE_ERROR_BUSY) ||
               g_error_matches (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT))
        c->conflicts++;
      else
        {
          c->errors++;
          if (c->first_error == NULL)
            c->first_error = g_strdup (error ? error->message : "?");
        }
    }
  return NULL;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
run (const char *engine, const char *path, int n_clients, int seconds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) store = ovs_store_open (path, &error);
  g_autoptr(GArray) employees = NULL;
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GPtrArray) shifts = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree Client *clients = g_new0 (Client, n_clients);
  g_autofree GThread **threads = g_new0 (GThread *, n_clients);
  guint ok = 0, conflicts = 0, errors = 0;
  const char *first_error = NULL;
  double p95;

  g_assert_no_error (error);
  employees = ids (store, "SELECT id FROM employee ORDER BY id");
  placements = ids (store, "SELECT id FROM placement WHERE end_date IS NULL ORDER BY id");
  shifts = uids (store);
  for (int i = 0; i < n_clients; i++)
    {
      clients[i] = (Client) { path, employees, placements, shifts,
                              g_get_monotonic_time () + seconds * G_USEC_PER_SEC, i,
                              g_array_new (FALSE, FALSE, sizeof (double)), 0, 0, 0, NULL };
      threads[i] = g_thread_new ("client", client_run, &clients[i]);
    }
  for (int i = 0; i < n_clients; i++)
    {
      g_thread_join (threads[i]);
      g_array_append_vals (all, clients[i].latencies->data, clients[i].latencies->len);
      ok += clients[i].ok;
      conflicts += clients[i].conflicts;
      errors += clients[i].errors;
      if (first_error == NULL)
        first_error = clients[i].first_error;
    }
  g_array_sort (all, compare_doubles);
  p95 = all->len > 0 ? g_array_index (all, double, (guint) (all->len * 0.95)) : 0;
  printf ("| %s | %d | %d | %.1f | %.1f | %u | %u |%s%s\n", engine, n_clients, all->len, all->len / (double) seconds,
          p95, conflicts, errors, first_error ? " first error: " : "", first_error ? first_error : "");
  fflush (stdout);
  for (int i = 0; i < n_clients; i++)
    {
      g_array_unref (clients[i].latencies);
      g_free (clients[i].first_error);
    }
}

int
main (int argc, char **argv)
{
  int seconds = argc > 1 ? atoi (argv[1]) : 60;
  g_autofree char *dir = g_dir_make_tmp ("overstap-bench-XXXXXX", NULL);
  g_autofree char *sqlite_path = g_build_filename (dir, "bench.db", NULL);
  static const int clients[] = { 1, 5, 20 };

  g_setenv ("OVERSTAP_TODAY", "2026-03-10", FALSE);
  printf ("| engine | clients | operations | per second | p95 ms | conflicts | errors |\n");
  printf ("| --- | --- | --- | --- | --- | --- | --- |\n");
  prepare_database (sqlite_path);
  run ("SQLite", sqlite_path, 1, seconds);
  if (g_getenv ("OVERSTAP_TEST_PG_HOST") != NULL)
    {
      g_setenv ("OVERSTAP_TEST_DB", "postgresql", TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (clients); i++)
        {
          char *pg_name = NULL;
          g_autofree char *uri = ovs_test_new_database (dir, NULL, &pg_name);

          prepare_database (uri);
          run ("PostgreSQL", uri, clients[i], seconds);
          ovs_test_drop_database (pg_name);
        }
    }
  ovs_test_remove_dir (dir);
  return 0;
}

/* bench-roster-check.c — times the roster check in the process, without start-up: the whole check of a
 * period, the floor (reading the same rows with the same statements and nothing else), and the
 * re-check of one person's change. Prints "name cpu_ms wall_ms" lines, each the median of @runs.
 *
 *   bench-roster-check DB USER FROM TO RUNS EMPLOYEE_ID CREW_ID DATE */
#include <stdlib.h>
#include <time.h>

#include "store/ovs-store-private.h"
#include "overstap/overstap.h"

typedef struct { double cpu, wall; } Sample;

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values, int n)
{
  qsort (values, (size_t) n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* The statements ovs_roster_data_load_rules() runs, each row stepped and each column read as the load
 * reads it (@kinds: 'i' an integer, 't' text; NULL: every column as text): the cost of the rows
 * themselves, which no check can go below. */
static void
read_rows (OvsStore *store, const char *from, const char *to)
{
  static const char *kinds[] = { NULL, NULL, NULL, NULL, NULL, "iitttii" };
  static const char *sql[] = {
    "SELECT e.id, e.personnel_number, e.first_name || ' ' || coalesce (e.name_prefix || ' ', '') || e.last_name, "
    "e.contract_minutes, e.employment_start, e.employment_end FROM employee e",
    "SELECT id, name, min_size, team_leader_id, ended_on FROM crew",
    "SELECT crew_id, employee_id, role, start_date, end_date FROM crew_membership ORDER BY id",
    "SELECT employee_id, kind, detail, obtained_on, valid_until FROM qualification ORDER BY id",
    "SELECT id, employee_id, crew_id, kind, start_date, end_date, start_time, end_time FROM absence "
    "WHERE start_date <= ?2 AND end_date >= ?1",
    /* The check's own statement: the columns its rules read (ovs_roster_data_load_rules()). */
    "SELECT crew_id, employee_id, date, start_time, end_time, break_minutes, cancelled FROM shift "
    "WHERE date BETWEEN ?1 AND ?2 ORDER BY date, start_time, employee_id, id",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      OvsStmt *stmt = ovs_store_prepare (store, sql[i], NULL);
      gsize sum = 0;

      g_assert_nonnull (stmt);
      if (i >= 4)
        {
          ovs_stmt_bind_text (stmt, 1, from);
          ovs_stmt_bind_text (stmt, 2, to);
        }
      while (ovs_stmt_next (stmt, NULL))
        for (int c = 0; kinds[i] == NULL ? c < 15 : kinds[i][c] != '\0'; c++)
          {
            const char *text;

            if (kinds[i] != NULL && kinds[i][c] == 'i')
              {
                sum += (gsize) ovs_stmt_get_int64 (stmt, c);
                continue;
              }
            text = ovs_stmt_get_text (stmt, c);
            sum += text != NULL ? (gsize) text[0] : 0;
          }
      ovs_stmt_reset (stmt);
      g_assert_cmpuint (sum, !=, 1);
    }
}

typedef enum { FLOOR, CHECK, RECHECK } Work;

static Sample
run (OvsStore *store, Work work, char **argv)
{
  clock_t cpu = clock ();
  gint64 wall = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;

  if (work == FLOOR)
    read_rows (store, argv[3], argv[4]);
  else if (work == CHECK)
    found = ovs_roster_check (store, 0, argv[3], argv[4], &error);
  else
    found = ovs_roster_recheck (store, g_ascii_strtoll (argv[7], NULL, 10), g_ascii_strtoll (argv[6], NULL, 10),
                                argv[8], &error);
  g_assert_no_error (error);
  return (Sample) { (double) (clock () - cpu) * 1000.0 / CLOCKS_PER_SEC,
                    (double) (g_get_monotonic_time () - wall) / 1000.0 };
}

int
main (int argc, char **argv)
{
  static const char *names[] = { "floor-read-rows", "check", "recheck-one-change" };
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) store = NULL;
  int runs;

  if (argc != 9)
    {
      g_printerr ("usage: bench-roster-check DB USER FROM TO RUNS EMPLOYEE_ID CREW_ID DATE\n");
      return 2;
    }
  runs = MAX (1, atoi (argv[5]));
  store = ovs_store_open (argv[1], &error);
  g_assert_no_error (error);
  g_assert_true (ovs_store_set_user (store, argv[2], &error));
  for (int w = FLOOR; w <= RECHECK; w++)
    {
      /* The re-check is short: more runs give a steadier median. */
      int n = w == RECHECK ? runs * 7 : runs;
      g_autofree double *cpu = g_new (double, n);
      g_autofree double *wall = g_new (double, n);

      for (int i = 0; i < n; i++)
        {
          Sample s = run (store, (Work) w, argv);

          cpu[i] = s.cpu;
          wall[i] = s.wall;
        }
      g_print ("%s %.1f %.1f\n", names[w], median (cpu, n), median (wall, n));
    }
  return 0;
}

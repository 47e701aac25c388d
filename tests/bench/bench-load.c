/* bench-load.c — several users at once: 1, 5 and 20 clients, each a thread on its own connection as its
 * own Overstap user, doing the office's work for a while on PostgreSQL, against the SQLite engine with one
 * client in the same run.
 *
 * Usage: tests/pg/pg-run.sh build/tests/bench-load [SECONDS]   (default 60 s per run)
 * pg-run.sh starts a throwaway PostgreSQL cluster (OVERSTAP_TEST_PG_HOST); without it only SQLite runs.
 *
 * The users are made through core, as IT would with `overstap-cli user add` and `user password`: HR users,
 * team leaders who each get their own crews, and a kwartiermaker who watches the monitor. On PostgreSQL each
 * is a login role in its group (overstap_hr, overstap_teamleider, overstap_kwartiermaker) and each client
 * connects as its own role, so the database's grants and row-level security hold it (core/store/sql/
 * pg-access.sql); on SQLite the same users are core's roles (ovs_store_set_user()).
 *
 * What each role does, over and over without pause:
 *   HR          two in three: opens an employee (ovs_employees_load_fields(), which carries the row version)
 *               and saves a new residence (ovs_employees_change()); one in three: opens a running placement
 *               (its version, ovs_placements_get()) and saves a new location (ovs_placements_update()). Half
 *               the employee edits go to ten employees (the cases on HR's desk this week), so that two HR
 *               users do meet on one employee.
 *   team leader opens a week of one of their own crews (ovs_roster_list_shifts(), the week view), opens a
 *               shift (its version) and moves its start (ovs_roster_shift_change()).
 *   monitor     recomputes the kwartiermaker's figures (ovs_monitor_compute(), read-only).
 * A save refused with OVS_STORE_ERROR_CONFLICT (someone saved the row since it was read) is counted, read
 * again and saved again, as a person would after "Opnieuw laden"; the operation's latency includes that.
 * With one client the one person switches between the three roles per operation (45 % HR, 30 % team leader,
 * 25 % monitor), with a connection per role.
 *
 * Prints per run: operations, throughput, p50 and p95 latency, conflicts, permission errors and other
 * errors (both must be 0), the CPU time of this process and, on PostgreSQL, of the clients' server
 * backends, and the load average; then the latencies per role, and the changes saved against the audit
 * rows the clients' users wrote. */
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include "store/ovs-store-private.h"
#include "ovs-test-util.h"

typedef enum { ROLE_HR, ROLE_TEAMLEADER, ROLE_MONITOR, N_ROLES } Role;

static const char *role_names[N_ROLES] = { "HR", "team leader", "monitor" };
static GString *role_rows;   /* the second table, printed after the runs */
static GString *audit_rows;  /* saves against audit rows per run, printed after the runs */

#define N_EMPLOYEES 300
#define N_HOT 10
#define MAX_TRIES 10

/* What every client of a run shares (read-only once the clients run). */
typedef struct
{
  const char *engine;
  const char *path;          /* the SQLite file, or the database's name on PostgreSQL */
  GArray     *employees;     /* gint64 */
  GArray     *placements;    /* gint64, running ones */
  GMutex      lock;          /* start: every client connected */
  GCond       cond;
  int         waiting;       /* clients not yet connected */
  gint64      end_time;      /* monotonic µs; 0 until the start */
} Run;

typedef struct
{
  Role      role;
  char     *name;
  char     *password;        /* PostgreSQL only */
  GArray   *crews;           /* gint64, a team leader's own */
  OvsStore *store;
  gint64    backend_pid;     /* PostgreSQL only */
} Seat;

typedef struct
{
  Run       *run;
  GPtrArray *seats;          /* Seat*: one, or one per role for the one-client run */
  GRand     *rand;
  /* results */
  GArray    *latencies[N_ROLES];   /* double ms */
  guint      conflicts, denied, errors;
  guint      saves;          /* changes saved, each with its audit row */
  guint      looked;         /* weeks without a shift to move: looked at only */
  char      *first_error;
  double     server_cpu;     /* s, of this client's backends during the run */
} Client;

/* --- setting up --- */

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

static guint
count (OvsStore *store, const char *sql)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, NULL);
  guint n = 0;

  if (ovs_stmt_next (stmt, NULL))
    n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

static char *
crew_name (OvsStore *store, gint64 id)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT name FROM crew WHERE id = ?", NULL);
  char *name = NULL;

  ovs_stmt_bind_int64 (stmt, 1, id);
  if (ovs_stmt_next (stmt, NULL))
    name = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  return name;
}

/* A demo organisation of 300 employees (251 employed, 12 crews, their placements) and four weeks of
 * generated shifts, made by the database's owner as the kwartiermaker "tester": at 20 clients every crew
 * has its own team leader. */
static OvsStore *
prepare_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsStore) store = ovs_store_open (path, &error);
  g_autoptr(GArray) crews = NULL;

  g_assert_no_error (error);
  g_assert_true (ovs_store_init_defaults (store, "tester", &error));
  g_assert_true (ovs_store_set_user (store, "tester", &error));
  g_assert_true (ovs_demo_generate (store, N_EMPLOYEES, 1, &error));
  g_assert_no_error (error);
  crews = ids (store, "SELECT id FROM crew ORDER BY id");
  for (guint i = 0; i < crews->len; i++)
    g_assert_true (ovs_roster_generate (store, g_array_index (crews, gint64, i), "2026-03-02", "2026-03-29",
                                        NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

/* Adds the seat's user as the kwartiermaker would (a team leader with their crews), and on a server gives
 * its login role a password, as `overstap-cli user password` does. */
static void
add_user (OvsStore *admin, Seat *seat, gboolean server)
{
  static const OvsRole roles[N_ROLES] = { OVS_ROLE_HR, OVS_ROLE_TEAMLEIDER, OVS_ROLE_KWARTIERMAKER };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ovs_users_add (admin, seat->name, roles[seat->role], NULL, &error), >, 0);
  g_assert_no_error (error);
  for (guint i = 0; seat->crews != NULL && i < seat->crews->len; i++)
    {
      g_autofree char *crew = crew_name (admin, g_array_index (seat->crews, gint64, i));

      g_assert_true (ovs_users_grant_crew (admin, seat->name, crew, &error));
      g_assert_no_error (error);
    }
  if (server)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      seat->password = g_strdup_printf ("bench-%s", uuid);
      g_assert_true (ovs_users_set_password (admin, seat->name, seat->password, &error));
      g_assert_no_error (error);
    }
}

static Seat *
seat_new (Role role, guint number)
{
  static const char *prefixes[N_ROLES] = { "bench-hr", "bench-tl", "bench-monitor" };
  Seat *seat = g_new0 (Seat, 1);

  seat->role = role;
  seat->name = g_strdup_printf ("%s-%u", prefixes[role], number);
  if (role == ROLE_TEAMLEADER)
    seat->crews = g_array_new (FALSE, FALSE, sizeof (gint64));
  return seat;
}

static void
seat_free (Seat *seat)
{
  g_clear_object (&seat->store);
  g_clear_pointer (&seat->crews, g_array_unref);
  g_free (seat->name);
  g_free (seat->password);
  g_free (seat);
}

/* --- the server's share of the CPU --- */

static gint64
backend_pid (OvsStore *store)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT pg_backend_pid ()", NULL);
  gint64 pid = 0;

  if (stmt != NULL && ovs_stmt_next (stmt, NULL))
    pid = ovs_stmt_get_int64 (stmt, 0);
  if (stmt != NULL)
    ovs_stmt_reset (stmt);
  return pid;
}

/* User and system CPU seconds of process @pid so far (fields 14 and 15 of /proc/PID/stat), or 0. */
static double
process_cpu (gint64 pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/stat", pid);
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  if (pid == 0 || !g_file_get_contents (path, &text, NULL, NULL) || (after_name = strrchr (text, ')')) == NULL)
    return 0;
  fields = g_strsplit (after_name + 2, " ", 0);   /* from field 3, the state */
  if (g_strv_length (fields) < 13)
    return 0;
  return (g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL)) / sysconf (_SC_CLK_TCK);
}

static double
own_cpu (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static double
servers_cpu (Client *c)
{
  double sum = 0;

  for (guint i = 0; i < c->seats->len; i++)
    sum += process_cpu (((Seat *) g_ptr_array_index (c->seats, i))->backend_pid);
  return sum;
}

/* --- what the users do --- */

static gint64
pick (Client *c, GArray *list)
{
  return g_array_index (list, gint64, g_rand_int_range (c->rand, 0, list->len));
}

static gboolean
is_conflict (const GError *error)
{
  return g_error_matches (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT);
}

/* One save attempt of an employee form: read (with its version), change one field, save. */
static gboolean
save_employee (OvsStore *store, Client *c, gint64 id, GError **error)
{
  static const char *places[] = { "Deventer", "Olst", "Wijhe", "Raalte", "Heino" };
  g_autoptr(OvsEmployeeFields) before = ovs_employees_load_fields (store, id, error);
  g_autoptr(OvsEmployeeFields) after = NULL;

  if (before == NULL)
    return FALSE;
  after = ovs_employees_load_fields (store, id, error);
  if (after == NULL)
    return FALSE;
  /* Always a new value, so that every save writes (the row keeps its own copy of the old one). */
  do
    after->residence = places[g_rand_int_range (c->rand, 0, G_N_ELEMENTS (places))];
  while (g_strcmp0 (after->residence, before->residence) == 0);
  return ovs_employees_change (store, id, before, after, NULL, error);
}

/* One save attempt of a placement form: the version it opened with, its fields, a new location. */
static gboolean
save_placement (OvsStore *store, Client *c, gint64 id, GError **error)
{
  static const char *locations[] = { "Kwekerij", "Gemeentewerf", "Sportpark", "Begraafplaats" };
  gint64 version = ovs_store_row_version (store, "placement", id, error);
  g_autoptr(OvsPlacement) placement = version > 0 ? ovs_placements_get (store, id, error) : NULL;
  OvsPlacementFields f = { 0 };

  if (placement == NULL)
    return FALSE;
  f.employee_id = ovs_placement_get_employee_id (placement);
  f.kind = ovs_placement_get_kind (placement);
  f.hirer = ovs_placement_get_hirer (placement);
  do
    f.location = locations[g_rand_int_range (c->rand, 0, G_N_ELEMENTS (locations))];
  while (g_strcmp0 (f.location, ovs_placement_get_location (placement)) == 0);
  f.minutes_per_week = ovs_placement_get_minutes_per_week (placement);
  f.has_hourly_rate = ovs_placement_get_hourly_rate_cents (placement) >= 0;
  f.hourly_rate_cents = MAX (ovs_placement_get_hourly_rate_cents (placement), 0);
  f.start_date = ovs_placement_get_start_date (placement);
  f.end_date = ovs_placement_get_end_date (placement);
  f.version = version;
  return ovs_placements_update (store, id, &f, error);
}

/* One save attempt in the week view: a week of one of the team leader's own crews, one shift of it opened
 * (its version) and moved. A week without shifts is only looked at. */
static gboolean
save_shift (OvsStore *store, Client *c, const Seat *seat, GError **error)
{
  static const char *mondays[] = { "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23" };
  const char *monday = mondays[g_rand_int_range (c->rand, 0, G_N_ELEMENTS (mondays))];
  g_autofree char *sunday = ovs_date_iso_add_days (monday, 6);
  g_autoptr(GListModel) week = ovs_roster_list_shifts (store, pick (c, seat->crews), monday, sunday, FALSE, FALSE,
                                                       error);
  g_autoptr(OvsShift) shift = NULL;
  OvsShiftChange change = { .break_minutes = -1 };

  if (week == NULL)
    return FALSE;
  if (g_list_model_get_n_items (week) == 0)
    {
      c->looked++;
      return TRUE;
    }
  shift = g_list_model_get_item (week, g_rand_int_range (c->rand, 0, g_list_model_get_n_items (week)));
  change.version = ovs_store_row_version (store, "shift", ovs_shift_get_id (shift), error);
  if (change.version == 0)
    return FALSE;
  change.start_time = g_strcmp0 (ovs_shift_get_start_time (shift), "07:30") == 0 ? "08:00" : "07:30";
  return ovs_roster_shift_change (store, ovs_shift_get_uid (shift), &change, error);
}

static gboolean
refresh_monitor (OvsStore *store, GError **error)
{
  OvsMonitorFigures *figures = ovs_monitor_compute (store, error);

  if (figures == NULL)
    return FALSE;
  ovs_monitor_figures_free (figures);
  return TRUE;
}

/* One operation of @seat's role; a conflict is counted and the form read and saved again. */
static gboolean
operate (Client *c, Seat *seat, GError **error)
{
  gboolean employee = g_rand_int_range (c->rand, 0, 3) < 2;
  gint64 id = 0;

  if (seat->role == ROLE_MONITOR)
    return refresh_monitor (seat->store, error);
  if (seat->role == ROLE_HR)
    id = !employee ? pick (c, c->run->placements)
       : g_rand_boolean (c->rand) ? g_array_index (c->run->employees, gint64, g_rand_int_range (c->rand, 0, N_HOT))
       : pick (c, c->run->employees);
  for (int tries = 0; tries < MAX_TRIES; tries++)
    {
      gboolean ok = seat->role == ROLE_TEAMLEADER ? save_shift (seat->store, c, seat, error)
                  : employee ? save_employee (seat->store, c, id, error)
                  : save_placement (seat->store, c, id, error);

      if (ok || !is_conflict (*error))
        return ok;
      c->conflicts++;
      g_clear_error (error);
    }
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED, "still a conflict after %d tries", MAX_TRIES);
  return FALSE;
}

/* With one seat, its role; with one per role, the one person's next role (45 / 30 / 25 %). */
static Seat *
next_seat (Client *c)
{
  int draw;

  if (c->seats->len == 1)
    return g_ptr_array_index (c->seats, 0);
  draw = g_rand_int_range (c->rand, 0, 100);
  return g_ptr_array_index (c->seats, draw < 45 ? ROLE_HR : draw < 75 ? ROLE_TEAMLEADER : ROLE_MONITOR);
}

static void
connect_seat (Run *run, Seat *seat)
{
  g_autoptr(GError) error = NULL;

  if (ovs_test_is_pg ())
    {
      g_autofree char *uri = g_strdup_printf ("postgresql://%s@/%s?host=%s", seat->name, run->path,
                                              g_getenv ("OVERSTAP_TEST_PG_HOST"));

      seat->store = ovs_store_open_with_password (uri, seat->password, &error);
      g_assert_no_error (error);
      seat->backend_pid = backend_pid (seat->store);
    }
  else
    {
      seat->store = ovs_store_open (run->path, &error);
      g_assert_no_error (error);
    }
  g_assert_true (ovs_store_set_user (seat->store, seat->name, &error));
  g_assert_no_error (error);
  /* The server holds a team leader to their own crews, whatever core asks. */
  if (ovs_test_is_pg () && seat->role == ROLE_TEAMLEADER)
    g_assert_cmpuint (count (seat->store, "SELECT count (DISTINCT crew_id) FROM shift"), <=, seat->crews->len);
}

static void
record (Client *c, Seat *seat, gboolean ok, const GError *error, double ms)
{
  g_array_append_val (c->latencies[seat->role], ms);
  if (ok && seat->role != ROLE_MONITOR)
    c->saves++;
  if (ok)
    return;
  if (g_error_matches (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED))
    c->denied++;
  else
    c->errors++;
  if (c->first_error == NULL)
    c->first_error = g_strdup_printf ("%s (%s)", error ? error->message : "?", seat->name);
}

static gpointer
client_run (gpointer data)
{
  Client *c = data;
  Run *run = c->run;
  double cpu_before;

  for (guint i = 0; i < c->seats->len; i++)
    connect_seat (run, g_ptr_array_index (c->seats, i));
  cpu_before = servers_cpu (c);
  g_mutex_lock (&run->lock);
  run->waiting--;
  g_cond_broadcast (&run->cond);
  while (run->end_time == 0)
    g_cond_wait (&run->cond, &run->lock);
  g_mutex_unlock (&run->lock);
  while (g_get_monotonic_time () < run->end_time)
    {
      g_autoptr(GError) error = NULL;
      Seat *seat = next_seat (c);
      gint64 start = g_get_monotonic_time ();
      gboolean ok = operate (c, seat, &error);

      record (c, seat, ok, error, (g_get_monotonic_time () - start) / 1000.0);
    }
  c->server_cpu = servers_cpu (c) - cpu_before;
  for (guint i = 0; i < c->seats->len; i++)
    g_clear_object (&((Seat *) g_ptr_array_index (c->seats, i))->store);
  return NULL;
}

/* --- a run --- */

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *sorted, double p)
{
  return sorted->len > 0 ? g_array_index (sorted, double, MIN ((guint) (sorted->len * p), sorted->len - 1)) : 0;
}

/* The clients' roles: one person in every role, or a mix like an office's (few HR users and monitors, a
 * team leader per crew or so). */
static void
role_mix (int n_clients, int counts[N_ROLES])
{
  counts[ROLE_MONITOR] = n_clients >= 20 ? 2 : n_clients > 1 ? 1 : 0;
  counts[ROLE_HR] = n_clients >= 20 ? 6 : n_clients > 1 ? 2 : 0;
  counts[ROLE_TEAMLEADER] = n_clients - counts[ROLE_MONITOR] - counts[ROLE_HR];
  if (n_clients == 1)
    counts[ROLE_TEAMLEADER] = 0;
}

static char *
loadavg (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("?");
  parts = g_strsplit (text, " ", 4);
  return g_strdup_printf ("%s %s %s", parts[0], parts[1], parts[2]);
}

/* Makes the clients' users in @admin's database, gives the team leaders the crews round the table (when
 * there are more team leaders than crews, a crew gets two), and returns the clients. */
static Client *
make_clients (Run *run, OvsStore *admin, int n_clients, int counts[N_ROLES])
{
  g_autoptr(GArray) crews = ids (admin, "SELECT id FROM crew ORDER BY id");
  Client *clients = g_new0 (Client, n_clients);
  int n_leaders = n_clients == 1 ? 1 : counts[ROLE_TEAMLEADER];
  guint numbers[N_ROLES] = { 0 };
  int next = 0;

  for (int i = 0; i < n_clients; i++)
    {
      clients[i].run = run;
      clients[i].seats = g_ptr_array_new_with_free_func ((GDestroyNotify) seat_free);
      clients[i].rand = g_rand_new_with_seed (i + 1);
      for (int r = 0; r < N_ROLES; r++)
        clients[i].latencies[r] = g_array_new (FALSE, FALSE, sizeof (double));
    }
  /* One client: one person with a seat per role; else each client one role. */
  for (int r = 0; r < N_ROLES; r++)
    for (int k = 0; k < (n_clients == 1 ? 1 : counts[r]); k++)
      g_ptr_array_add (clients[n_clients == 1 ? 0 : next++].seats, seat_new (r, ++numbers[r]));
  for (int i = 0; i < n_clients; i++)
    for (guint s = 0; s < clients[i].seats->len; s++)
      {
        Seat *seat = g_ptr_array_index (clients[i].seats, s);

        if (seat->role == ROLE_TEAMLEADER)
          {
            guint leader = g_ascii_strtoull (strrchr (seat->name, '-') + 1, NULL, 10) - 1;

            for (guint k = leader % crews->len; k < crews->len; k += MAX ((guint) n_leaders, 1))
              g_array_append_val (seat->crews, g_array_index (crews, gint64, k));
          }
        add_user (admin, seat, ovs_test_is_pg ());
      }
  return clients;
}

static void
run (const char *engine, const char *path, const char *pg_name, int n_clients, int seconds)
{
  g_autoptr(OvsStore) admin = prepare_database (path);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *per_role[N_ROLES];
  g_autofree GThread **threads = g_new0 (GThread *, n_clients);
  g_autofree char *load_before = NULL;
  g_autofree char *load_after = NULL;
  g_autofree char *mix = NULL;
  g_autofree char *server_cpu_text = NULL;
  Run r = { engine, pg_name ? pg_name : path };
  Client *clients;
  int counts[N_ROLES];
  guint conflicts = 0, denied = 0, errors = 0, saves = 0;
  const char *first_error = NULL;
  double cpu, server_cpu = 0;
  gint64 started;

  r.employees = ids (admin, "SELECT id FROM employee WHERE employment_end IS NULL ORDER BY id");
  r.placements = ids (admin, "SELECT id FROM placement WHERE end_date IS NULL ORDER BY id");
  g_mutex_init (&r.lock);
  g_cond_init (&r.cond);
  r.waiting = n_clients;
  role_mix (n_clients, counts);
  clients = make_clients (&r, admin, n_clients, counts);
  for (int i = 0; i < n_clients; i++)
    threads[i] = g_thread_new ("client", client_run, &clients[i]);
  /* The clock starts when every client has connected. */
  g_mutex_lock (&r.lock);
  while (r.waiting > 0)
    g_cond_wait (&r.cond, &r.lock);
  load_before = loadavg ();
  cpu = own_cpu ();
  started = g_get_monotonic_time ();
  r.end_time = started + seconds * G_USEC_PER_SEC;
  g_cond_broadcast (&r.cond);
  g_mutex_unlock (&r.lock);
  for (int k = 0; k < N_ROLES; k++)
    per_role[k] = g_array_new (FALSE, FALSE, sizeof (double));
  for (int i = 0; i < n_clients; i++)
    {
      g_thread_join (threads[i]);
      for (int k = 0; k < N_ROLES; k++)
        {
          g_array_append_vals (all, clients[i].latencies[k]->data, clients[i].latencies[k]->len);
          g_array_append_vals (per_role[k], clients[i].latencies[k]->data, clients[i].latencies[k]->len);
        }
      conflicts += clients[i].conflicts;
      denied += clients[i].denied;
      errors += clients[i].errors;
      saves += clients[i].saves - clients[i].looked;
      server_cpu += clients[i].server_cpu;
      if (first_error == NULL)
        first_error = clients[i].first_error;
    }
  cpu = own_cpu () - cpu;
  load_after = loadavg ();
  g_array_sort (all, compare_doubles);
  mix = n_clients == 1 ? g_strdup ("1 (one person in all three roles)")
                       : g_strdup_printf ("%d (%d HR, %d team leaders, %d monitor%s)", n_clients, counts[ROLE_HR],
                                          counts[ROLE_TEAMLEADER], counts[ROLE_MONITOR],
                                          counts[ROLE_MONITOR] > 1 ? "s" : "");
  server_cpu_text = pg_name ? g_strdup_printf ("%.1f", server_cpu) : g_strdup ("–");
  printf ("| %s | %s | %u | %.1f | %.1f | %.1f | %u | %u | %u | %.1f | %s | %s → %s |%s%s\n", engine, mix, all->len,
          all->len / ((g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC), percentile (all, 0.5),
          percentile (all, 0.95), conflicts, denied, errors, cpu, server_cpu_text, load_before, load_after,
          first_error ? " first error: " : "", first_error ? first_error : "");
  for (int k = 0; k < N_ROLES; k++)
    if (per_role[k]->len > 0)
      {
        g_array_sort (per_role[k], compare_doubles);
        g_string_append_printf (role_rows, "| %s | %d | %s | %u | %.1f | %.1f |\n", engine, n_clients, role_names[k],
                                per_role[k]->len, percentile (per_role[k], 0.5), percentile (per_role[k], 0.95));
      }
  for (int k = 0; k < N_ROLES; k++)
    g_array_unref (per_role[k]);
  g_string_append_printf (audit_rows, "%s, %d client(s): %u changes saved, %u audit rows by the clients' users\n",
                          engine, n_clients, saves, count (admin, "SELECT count (*) FROM audit_log "
                                                                 "WHERE user_name LIKE 'bench-%'"));
  fflush (stdout);
  for (int i = 0; i < n_clients; i++)
    {
      for (int k = 0; k < N_ROLES; k++)
        g_array_unref (clients[i].latencies[k]);
      g_ptr_array_unref (clients[i].seats);
      g_rand_free (clients[i].rand);
      g_free (clients[i].first_error);
    }
  g_free (clients);
  g_array_unref (r.employees);
  g_array_unref (r.placements);
  g_mutex_clear (&r.lock);
  g_cond_clear (&r.cond);
}

/* The login roles are the cluster's, not the database's: remove the benchmark's when done. */
static void
drop_roles (void)
{
  g_autofree char *admin = ovs_test_pg_uri ("postgres");
  g_autoptr(GError) error = NULL;
  const char *sql = "DO $$ DECLARE r TEXT; BEGIN "
                    "FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE 'bench-%' LOOP "
                    "EXECUTE format ('DROP ROLE %I', r); END LOOP; END $$";

  g_assert_true (ovs_engine_pg_run_once (admin, sql, &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  int seconds = argc > 1 ? atoi (argv[1]) : 60;
  g_autofree char *dir = g_dir_make_tmp ("overstap-bench-XXXXXX", NULL);
  g_autofree char *sqlite_path = g_build_filename (dir, "bench.db", NULL);
  gboolean server = g_getenv ("OVERSTAP_TEST_PG_HOST") != NULL;
  static const int clients[] = { 1, 5, 20 };
  double cpu = own_cpu ();

  g_setenv ("OVERSTAP_TODAY", "2026-03-10", FALSE);
  printf ("| engine | clients | operations | per second | p50 ms | p95 ms | conflicts | permission errors | "
          "other errors | CPU s, bench | CPU s, server | load average |\n");
  printf ("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
  audit_rows = g_string_new ("\n");
  role_rows = g_string_new ("\n| engine | clients | role | operations | p50 ms | p95 ms |\n| --- | --- | --- | --- | --- | --- |\n");
  g_setenv ("OVERSTAP_TEST_DB", "sqlite", TRUE);
  run ("SQLite", sqlite_path, NULL, 1, seconds);
  if (server)
    {
      g_setenv ("OVERSTAP_TEST_DB", "postgresql", TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (clients); i++)
        {
          char *pg_name = NULL;
          g_autofree char *uri = ovs_test_new_database (dir, NULL, &pg_name);

          run ("PostgreSQL", uri, pg_name, clients[i], seconds);
          ovs_test_drop_database (pg_name);
        }
      drop_roles ();
    }
  printf ("%s%s", role_rows->str, audit_rows->str);
  g_string_free (role_rows, TRUE);
  g_string_free (audit_rows, TRUE);
  printf ("\nCPU time of this process, all runs and their set-up: %.1f s\n", own_cpu () - cpu);
  ovs_test_remove_dir (dir);
  return 0;
}

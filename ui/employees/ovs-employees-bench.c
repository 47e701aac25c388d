/* ovs-employees-bench.c — with OVERSTAP_BENCH_SEARCH=FILE the page appends one line per search to
 * FILE: the time from the search entry's "search-changed" until the (incremental) filter has no
 * rows pending, until the next frame is painted, and the longest gap between two frames meanwhile
 * (how long the interface could not respond). tests/bench/bench-gui-search.sh reads these lines. */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include "employees/ovs-employees-page-private.h"

struct _OvsEmployeesBench
{
  OvsEmployeesPage *page;
  FILE             *log;
  char             *query;
  gint64            started;
  gint64            cpu_started;
  gint64            cpu_filtered;
  gint64            filtered;
  gint64            last_frame;
  gint64            max_gap;
  guint             tick_id;
  gulong            paint_id;
  GdkFrameClock    *clock;
};

typedef struct _OvsEmployeesBench OvsEmployeesBench;

/* CPU time of the whole process: on a busy machine the wall clock also counts other programs. */
static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

OvsEmployeesBench *
_ovs_employees_bench_new (OvsEmployeesPage *page)
{
  OvsEmployeesBench *bench = g_new0 (OvsEmployeesBench, 1);

  bench->page = page;
  bench->log = fopen (g_getenv ("OVERSTAP_BENCH_SEARCH"), "a");
  if (bench->log == NULL)
    g_warning ("OVERSTAP_BENCH_SEARCH: cannot open %s", g_getenv ("OVERSTAP_BENCH_SEARCH"));
  return bench;
}

static void
stop (OvsEmployeesBench *bench)
{
  if (bench->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (bench->page->column_view), bench->tick_id);
  bench->tick_id = 0;
  if (bench->paint_id != 0)
    g_signal_handler_disconnect (bench->clock, bench->paint_id);
  bench->paint_id = 0;
  bench->started = 0;
}

void
_ovs_employees_bench_free (OvsEmployeesBench *bench)
{
  stop (bench);
  if (bench->log != NULL)
    fclose (bench->log);
  g_free (bench->query);
  g_free (bench);
}

void
_ovs_employees_bench_log (OvsEmployeesBench *bench, const char *format, ...)
{
  va_list args;

  if (bench->log == NULL)
    return;
  va_start (args, format);
  vfprintf (bench->log, format, args);
  va_end (args);
  fputc ('\n', bench->log);
  fflush (bench->log);
}

static gboolean
tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  OvsEmployeesBench *bench = data;
  gint64 now = g_get_monotonic_time ();

  bench->max_gap = MAX (bench->max_gap, now - bench->last_frame);
  bench->last_frame = now;
  return G_SOURCE_CONTINUE;
}

static const char *
ms (char buffer[G_ASCII_DTOSTR_BUF_SIZE], gint64 microseconds)
{
  return g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.1f", microseconds / 1000.0);
}

static void
after_paint_cb (GdkFrameClock *clock, OvsEmployeesBench *bench)
{
  char buffers[4][G_ASCII_DTOSTR_BUF_SIZE];
  gint64 now = g_get_monotonic_time ();

  if (bench->filtered == 0)
    return;
  bench->max_gap = MAX (bench->max_gap, now - bench->last_frame);
  /* Milliseconds with a decimal point whatever the locale, so that scripts can read them. */
  _ovs_employees_bench_log (bench, "search query=%s shown=%u total=%u filter_ms=%s paint_ms=%s max_gap_ms=%s "
                            "filter_cpu_ms=%s",
                            bench->query,
                            g_list_model_get_n_items (G_LIST_MODEL (bench->page->filter_model)),
                            g_list_model_get_n_items (G_LIST_MODEL (bench->page->employees)),
                            ms (buffers[0], bench->filtered - bench->started), ms (buffers[1], now - bench->started),
                            ms (buffers[2], bench->max_gap), ms (buffers[3], bench->cpu_filtered - bench->cpu_started));
  stop (bench);
}

void
_ovs_employees_bench_search_started (OvsEmployeesBench *bench, const char *query)
{
  GtkWidget *view = GTK_WIDGET (bench->page->column_view);

  stop (bench);
  g_free (bench->query);
  bench->query = g_strdup (query);
  bench->started = bench->last_frame = g_get_monotonic_time ();
  bench->cpu_started = cpu_now ();
  bench->filtered = 0;
  bench->max_gap = 0;
  bench->clock = gtk_widget_get_frame_clock (view);
  if (bench->clock == NULL)
    return;
  /* A tick callback keeps frames coming, so that a gap between them is time the loop was blocked. */
  bench->tick_id = gtk_widget_add_tick_callback (view, tick_cb, bench, NULL);
  bench->paint_id = g_signal_connect (bench->clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

void
_ovs_employees_bench_filter_done (OvsEmployeesBench *bench)
{
  if (bench->started == 0 || bench->filtered != 0)
    return;
  bench->filtered = g_get_monotonic_time ();
  bench->cpu_filtered = cpu_now ();
  /* Paint once more so that after-paint reports the frame that shows the result. */
  gtk_widget_queue_draw (GTK_WIDGET (bench->page->column_view));
}

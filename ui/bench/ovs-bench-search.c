/* ovs-bench-search.c — with OVERSTAP_BENCH_SEARCH=FILE one line per search in the Medewerkers
 * section is appended to FILE: the time from the page's ::search-started until its
 * ::search-filtered (the incremental filter has no rows pending), until the next frame is painted,
 * and the longest gap between two frames meanwhile (how long the interface could not respond); one
 * line per refresh of the page (OvsSectionPage::refreshed); and one line for the first opening of the
 * page: from its construction (the click on "Medewerkers") until its rows are in (::loaded) and
 * painted, with the longest gap between the window's frames meanwhile, counted from the last frame
 * before the page was made. tests/bench/bench-gui-search.sh reads these lines.
 *
 * The page knows nothing of this: the observer hooks the signals' emissions for every instance,
 * which also catches the first refresh, made while the page is still being constructed. */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include "bench/ovs-bench-search.h"
#include "employees/ovs-employees-page.h"

enum { HOOK_REFRESHED, HOOK_STARTED, HOOK_FILTERED, HOOK_LOADED, N_HOOKS };

/* The first opening of the page, timed on the window's frame clock. */
typedef struct
{
  GtkWidget     *window;        /* weak */
  GdkFrameClock *clock;
  gint64         opened;
  gint64         loaded;
  gint64         last_frame;
  gint64         max_gap;
  gint64         max_gap_building;   /* until the page's first frame: making the page itself */
  gboolean       built;
  gint64         max_gap_loaded;     /* once the rows are in: taking them and showing them */
  guint          n_rows;
  guint          tick_id;
  gulong         paint_id;
  gboolean       done;
} Opening;

struct _OvsBenchSearch
{
  FILE          *log;
  guint          signal_ids[N_HOOKS];
  gulong         hook_ids[N_HOOKS];
  gpointer       page_class;
  GtkWidget     *page;          /* the page timed now (weak) */
  char          *query;
  guint          shown;
  guint          total;
  gint64         started;
  gint64         cpu_started;
  gint64         cpu_filtered;
  gint64         filtered;
  gint64         last_frame;
  gint64         max_gap;
  guint          tick_id;
  gulong         paint_id;
  GdkFrameClock *clock;
  Opening        opening;
};

/* CPU time of the whole process: on a busy machine the wall clock also counts other programs. */
static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
log_line (OvsBenchSearch *self, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
log_line (OvsBenchSearch *self, const char *format, ...)
{
  va_list args;

  if (self->log == NULL)
    return;
  va_start (args, format);
  vfprintf (self->log, format, args);
  va_end (args);
  fputc ('\n', self->log);
  fflush (self->log);
}

static void
stop (OvsBenchSearch *self)
{
  if (self->tick_id != 0 && self->page != NULL)
    gtk_widget_remove_tick_callback (self->page, self->tick_id);
  self->tick_id = 0;
  if (self->paint_id != 0)
    g_signal_handler_disconnect (self->clock, self->paint_id);
  self->paint_id = 0;
  g_clear_object (&self->clock);
  self->started = 0;
}

static gboolean
tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  OvsBenchSearch *self = data;
  gint64 now = g_get_monotonic_time ();

  self->max_gap = MAX (self->max_gap, now - self->last_frame);
  self->last_frame = now;
  return G_SOURCE_CONTINUE;
}

static const char *
ms (char buffer[G_ASCII_DTOSTR_BUF_SIZE], gint64 microseconds)
{
  return g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.1f", microseconds / 1000.0);
}

static void
after_paint_cb (GdkFrameClock *clock, OvsBenchSearch *self)
{
  char buffers[5][G_ASCII_DTOSTR_BUF_SIZE];
  gint64 now = g_get_monotonic_time ();

  if (self->filtered == 0)
    return;
  self->max_gap = MAX (self->max_gap, now - self->last_frame);
  /* Milliseconds with a decimal point whatever the locale, so that scripts can read them. */
  /* paint_cpu_ms: the process's CPU until the frame is painted, which other programs on a busy
   * machine do not stretch as they do the wall clock. */
  log_line (self, "search query=%s shown=%u total=%u filter_ms=%s paint_ms=%s max_gap_ms=%s filter_cpu_ms=%s "
            "paint_cpu_ms=%s", self->query, self->shown, self->total, ms (buffers[0], self->filtered - self->started),
            ms (buffers[1], now - self->started), ms (buffers[2], self->max_gap),
            ms (buffers[3], self->cpu_filtered - self->cpu_started), ms (buffers[4], cpu_now () - self->cpu_started));
  stop (self);
}

static void
search_started (OvsBenchSearch *self, GtkWidget *page, const char *query)
{
  stop (self);
  g_set_weak_pointer (&self->page, page);
  g_free (self->query);
  self->query = g_strdup (query);
  self->started = self->last_frame = g_get_monotonic_time ();
  self->cpu_started = cpu_now ();
  self->filtered = 0;
  self->max_gap = 0;
  if (gtk_widget_get_frame_clock (page) == NULL)
    return;
  self->clock = g_object_ref (gtk_widget_get_frame_clock (page));
  /* A tick callback keeps frames coming, so that a gap between them is time the loop was blocked. */
  self->tick_id = gtk_widget_add_tick_callback (page, tick_cb, self, NULL);
  self->paint_id = g_signal_connect (self->clock, "after-paint", G_CALLBACK (after_paint_cb), self);
}

static void
search_filtered (OvsBenchSearch *self, GtkWidget *page, guint shown, guint total)
{
  if (self->started == 0 || self->filtered != 0 || page != self->page)
    return;
  self->filtered = g_get_monotonic_time ();
  self->cpu_filtered = cpu_now ();
  self->shown = shown;
  self->total = total;
  /* Paint once more so that after-paint reports the frame that shows the result. */
  gtk_widget_queue_draw (page);
}

/* --- the first opening --- */

static void
opening_stop (OvsBenchSearch *self)
{
  Opening *o = &self->opening;

  if (o->tick_id != 0 && o->window != NULL)
    gtk_widget_remove_tick_callback (o->window, o->tick_id);
  o->tick_id = 0;
  if (o->paint_id != 0)
    g_signal_handler_disconnect (o->clock, o->paint_id);
  o->paint_id = 0;
  g_clear_object (&o->clock);
  g_clear_weak_pointer (&o->window);
}

static gboolean
opening_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  Opening *o = &((OvsBenchSearch *) data)->opening;
  gint64 now = g_get_monotonic_time ();

  o->max_gap = MAX (o->max_gap, now - o->last_frame);
  if (!o->built)
    o->max_gap_building = now - o->last_frame;
  if (o->loaded != 0)
    o->max_gap_loaded = MAX (o->max_gap_loaded, now - o->last_frame);
  o->built = TRUE;
  o->last_frame = now;
  return G_SOURCE_CONTINUE;
}

static void
opening_paint_cb (GdkFrameClock *clock, OvsBenchSearch *self)
{
  Opening *o = &self->opening;
  char buffers[5][G_ASCII_DTOSTR_BUF_SIZE];
  gint64 now = g_get_monotonic_time ();

  if (o->loaded == 0)
    return;
  o->max_gap = MAX (o->max_gap, now - o->last_frame);
  o->max_gap_loaded = MAX (o->max_gap_loaded, now - o->last_frame);
  /* The longest gap, and apart from it the gap while the page was made (the template, the editor's
   * form) and the longest after the rows came in (the page taking them, the first rows drawn). */
  log_line (self, "open n=%u load_ms=%s paint_ms=%s max_gap_ms=%s building_gap_ms=%s loaded_gap_ms=%s", o->n_rows,
            ms (buffers[0], o->loaded - o->opened), ms (buffers[1], now - o->opened), ms (buffers[2], o->max_gap),
            ms (buffers[3], o->max_gap_building), ms (buffers[4], o->max_gap_loaded));
  o->done = TRUE;
  opening_stop (self);
}

/* The page is being made, inside the handler of the click that asked for it: the window has not
 * painted since its last frame, which is where the gap starts. */
static void
opening_start (OvsBenchSearch *self)
{
  GApplication *app = g_application_get_default ();
  GtkWindow *window = GTK_IS_APPLICATION (app) ? gtk_application_get_active_window (GTK_APPLICATION (app)) : NULL;
  Opening *o = &self->opening;

  if (o->opened != 0 || window == NULL || gtk_widget_get_frame_clock (GTK_WIDGET (window)) == NULL)
    return;
  o->opened = g_get_monotonic_time ();
  g_set_weak_pointer (&o->window, GTK_WIDGET (window));
  o->clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (window)));
  o->last_frame = MIN (o->opened, gdk_frame_clock_get_frame_time (o->clock));
  o->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (window), opening_tick_cb, self, NULL);
  o->paint_id = g_signal_connect (o->clock, "after-paint", G_CALLBACK (opening_paint_cb), self);
}

static void
opening_loaded (OvsBenchSearch *self, guint n_rows)
{
  Opening *o = &self->opening;

  if (o->opened == 0 || o->loaded != 0)
    return;
  o->loaded = g_get_monotonic_time ();
  o->n_rows = n_rows;
  if (o->window != NULL)
    gtk_widget_queue_draw (o->window);
}

static gboolean
emission_cb (GSignalInvocationHint *hint, guint n_values, const GValue *values, gpointer data)
{
  OvsBenchSearch *self = data;
  GObject *instance = g_value_get_object (&values[0]);

  if (!OVS_IS_EMPLOYEES_PAGE (instance))
    return TRUE;
  if (hint->signal_id == self->signal_ids[HOOK_REFRESHED])
    {
      log_line (self, "refresh n=%u ms=%d", g_value_get_uint (&values[1]),
                (int) (g_value_get_int64 (&values[2]) / 1000));
      opening_start (self);
    }
  else if (hint->signal_id == self->signal_ids[HOOK_LOADED])
    {
      log_line (self, "loaded n=%u ms=%d", g_value_get_uint (&values[1]),
                (int) (g_value_get_int64 (&values[2]) / 1000));
      opening_loaded (self, g_value_get_uint (&values[1]));
    }
  else if (hint->signal_id == self->signal_ids[HOOK_STARTED])
    search_started (self, GTK_WIDGET (instance), g_value_get_string (&values[1]));
  else if (hint->signal_id == self->signal_ids[HOOK_FILTERED])
    search_filtered (self, GTK_WIDGET (instance), g_value_get_uint (&values[1]), g_value_get_uint (&values[2]));
  return TRUE;
}

OvsBenchSearch *
ovs_bench_search_new (const char *path)
{
  OvsBenchSearch *self = g_new0 (OvsBenchSearch, 1);
  const char *names[N_HOOKS] = { "refreshed", "search-started", "search-filtered", "loaded" };

  g_return_val_if_fail (path != NULL, NULL);
  if ((self->log = fopen (path, "a")) == NULL)
    g_warning ("OVERSTAP_BENCH_SEARCH: cannot open %s", path);
  /* The signals exist once the class does. */
  self->page_class = g_type_class_ref (OVS_TYPE_EMPLOYEES_PAGE);
  for (guint i = 0; i < N_HOOKS; i++)
    {
      self->signal_ids[i] = g_signal_lookup (names[i], OVS_TYPE_EMPLOYEES_PAGE);
      self->hook_ids[i] = g_signal_add_emission_hook (self->signal_ids[i], 0, emission_cb, self, NULL);
    }
  return self;
}

void
ovs_bench_search_free (OvsBenchSearch *self)
{
  if (self == NULL)
    return;
  stop (self);
  opening_stop (self);
  for (guint i = 0; i < N_HOOKS; i++)
    g_signal_remove_emission_hook (self->signal_ids[i], self->hook_ids[i]);
  g_type_class_unref (self->page_class);
  g_clear_weak_pointer (&self->page);
  if (self->log != NULL)
    fclose (self->log);
  g_free (self->query);
  g_free (self);
}

/* ovs-bench-frame.c — prints the time from main() to the first painted frame, and quits. */
#include "config.h"

#include "bench/ovs-bench-frame.h"

static void
after_paint_cb (GdkFrameClock *clock, gpointer data)
{
  gint64 now = g_get_monotonic_time ();
  GApplication *app = g_application_get_default ();
  const char *start = app ? g_object_get_data (G_OBJECT (app), "ovs-start-us") : NULL;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, data);
  g_print ("first-frame-ms %.1f\n", (now - g_ascii_strtoll (start ? start : "0", NULL, 10)) / 1000.0);
  if (app != NULL)
    g_application_quit (app);
}

/* The frame clock exists once the window is mapped; the first frame is the one after that. */
static void
map_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (clock == NULL)
    return;
  g_signal_handlers_disconnect_by_func (window, map_cb, NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

void
ovs_bench_frame_attach (GtkWidget *window)
{
  g_return_if_fail (GTK_IS_WIDGET (window));
  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
}

/* ovs-bench-frame.h — OVERSTAP_BENCH=1: the time to the first painted frame (tests/bench/bench-gui.sh). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* When @window is first painted, prints "first-frame-ms N" (milliseconds since main(), which the
 * application keeps as its "ovs-start-us" data) and quits the application. */
void ovs_bench_frame_attach (GtkWidget *window);

G_END_DECLS

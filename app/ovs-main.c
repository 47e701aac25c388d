/* ovs-main.c — overstap, the desktop app. Everything happens in ui/; see OvsApplication. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <overstap/overstap.h>

#include "window/ovs-application.h"

int
main (int argc, char **argv)
{
  g_autoptr(OvsApplication) app = NULL;
  g_autofree char *start_us = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());

  setlocale (LC_ALL, "");
  ovs_init ();
  textdomain (GETTEXT_PACKAGE);

  app = ovs_application_new ();
  /* OVERSTAP_BENCH=1 measures from here to the first frame (see ui/bench/ovs-bench-frame.c). */
  g_object_set_data_full (G_OBJECT (app), "ovs-start-us", g_steal_pointer (&start_us), g_free);
  return g_application_run (G_APPLICATION (app), argc, argv);
}

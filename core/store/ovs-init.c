/* ovs-init.c — one-time set-up of the core library. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "overstap/overstap.h"

#include "ovs-core-resources.h"

void
ovs_init (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      const char *localedir = g_getenv ("OVERSTAP_LOCALEDIR");

      ovs_core_register_resource ();
      bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&once, 1);
    }
}

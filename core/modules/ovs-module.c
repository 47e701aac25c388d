/* ovs-module.c — finds and loads the bridge modules (see ovs-module-private.h). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "modules/ovs-module-private.h"
#include "overstap/store/ovs-store.h"

static GMutex lock;
static GHashTable *loaded;   /* name → const OvsModuleApi *, for the life of the process */

/* The directories to look in, in order: $OVERSTAP_MODULE_DIR alone when set; else the build tree's,
 * where a program in build/app/ or build/tests/ finds the modules built beside it in
 * build/core/modules (so running it uninstalled needs no setting), then the installed one. */
static GPtrArray *
module_dirs (void)
{
  GPtrArray *dirs = g_ptr_array_new_with_free_func (g_free);
  const char *env = g_getenv ("OVERSTAP_MODULE_DIR");
  g_autofree char *exe = NULL;

  if (env != NULL && *env != '\0')
    {
      g_ptr_array_add (dirs, g_strdup (env));
      return dirs;
    }
  exe = g_file_read_link ("/proc/self/exe", NULL);
  if (exe != NULL)
    {
      g_autofree char *exe_dir = g_path_get_dirname (exe);
      g_ptr_array_add (dirs, g_build_filename (exe_dir, "..", "core", "modules", NULL));
    }
  g_ptr_array_add (dirs, g_strdup (OVS_MODULE_DIR));
  return dirs;
}

static GModule *
open_module (const char *name, GError **error)
{
  g_autoptr(GPtrArray) dirs = module_dirs ();
  g_autofree char *file = g_strdup_printf ("libovs-%s.so", name);

  for (guint i = 0; i < dirs->len; i++)
    {
      g_autofree char *path = g_build_filename (dirs->pdata[i], file, NULL);
      GModule *module;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      /* LOCAL: the library's symbols stay out of the global namespace; core reaches them only
       * through the module's table. */
      module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
      if (module == NULL)
        g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                     _("Overstap's module %s cannot be loaded: %s. Reinstall Overstap."), file,
                     g_module_error ());
      return module;
    }
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
               _("Overstap's module %s is missing (looked in %s). Reinstall Overstap."), file,
               (const char *) dirs->pdata[dirs->len - 1]);
  return NULL;
}

static const OvsModuleApi *
load_api (const char *name, gsize api_size, GError **error)
{
  GModule *module = open_module (name, error);
  OvsModuleApiFunc get_api = NULL;
  const OvsModuleApi *api;

  if (module == NULL)
    return NULL;
  if (!g_module_symbol (module, "ovs_module_api", (gpointer *) &get_api) || get_api == NULL ||
      (api = get_api ()) == NULL || api->size != api_size)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
                   _("Overstap's module %s belongs to another version of Overstap. Reinstall Overstap."),
                   g_module_name (module));
      g_module_close (module);
      return NULL;
    }
  /* Its functions are called for as long as the process lives. */
  g_module_make_resident (module);
  return api;
}

const OvsModuleApi *
ovs_module_load (const char *name, gsize api_size, GError **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  const OvsModuleApi *api;

  if (loaded == NULL)
    loaded = g_hash_table_new (g_str_hash, g_str_equal);
  api = g_hash_table_lookup (loaded, name);
  if (api == NULL && (api = load_api (name, api_size, error)) != NULL)
    g_hash_table_insert (loaded, g_strdup (name), (gpointer) api);
  return api;
}

/* test-modules.c — the bridge modules of core/modules/: the programs do not link libpq, cairo, pango,
 * libsoup or libxlsxwriter; each library comes into the process when its module is first loaded,
 * once, also from several threads at once; a missing module or one of another build is refused
 * with an error that names it. The tests run in the order they are added: the refusals first,
 * while nothing is loaded yet. */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <overstap/overstap.h>
#include <string.h>

#include "modules/ovs-cairo-private.h"
#include "modules/ovs-module-private.h"
#include "modules/ovs-pq-private.h"
#include "modules/ovs-soup-private.h"
#include "modules/ovs-xlsx-private.h"

/* Whether a shared object whose file name starts with @prefix is mapped into this process. */
static gboolean
mapped (const char *prefix)
{
  g_autofree char *maps = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  lines = g_strsplit (maps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *slash = strrchr (lines[i], '/');

      if (slash != NULL && g_str_has_prefix (slash + 1, prefix))
        return TRUE;
    }
  return FALSE;
}

static const char *const heavy[] = { "libpq.so", "libcairo.so", "libpango-1.0.so", "libsoup-3.0.so",
                                     "libxlsxwriter.so" };

static void
test_not_linked (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (heavy); i++)
    g_assert_false (mapped (heavy[i]));
}

static void
test_missing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("overstap-modules-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;

  g_setenv ("OVERSTAP_MODULE_DIR", dir, TRUE);
  g_assert_false (ovs_pq_load (&error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "libovs-pq.so"));
  g_assert_nonnull (strstr (error->message, dir));
  g_assert_null (ovs_pq);
  g_assert_false (mapped ("libpq.so"));
  g_unsetenv ("OVERSTAP_MODULE_DIR");
  g_rmdir (dir);
}

/* A module whose table has another size (here the spreadsheet module under the database module's
 * name) is refused, not called with the wrong layout. */
static void
test_foreign (void)
{
  g_autofree char *dir = g_dir_make_tmp ("overstap-modules-XXXXXX", NULL);
  g_autofree char *from = g_build_filename (g_getenv ("OVERSTAP_BUILT_MODULES"), "libovs-xlsx.so", NULL);
  g_autofree char *to = g_build_filename (dir, "libovs-pq.so", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, (gssize) length, NULL));
  g_setenv ("OVERSTAP_MODULE_DIR", dir, TRUE);
  g_assert_false (ovs_pq_load (&error));
  g_assert_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "another version"));
  g_assert_null (ovs_pq);
  g_unsetenv ("OVERSTAP_MODULE_DIR");
  g_unlink (to);
  g_rmdir (dir);
}

static void
test_load_once (void)
{
  g_autoptr(GError) error = NULL;
  const OvsXlsxApi *first;

  g_assert_true (ovs_xlsx_load (&error));
  g_assert_no_error (error);
  first = ovs_xlsx;
  g_assert_nonnull (first);
  g_assert_cmpuint (first->base.size, ==, sizeof (OvsXlsxApi));
  g_assert_true (mapped ("libxlsxwriter.so"));
  g_assert_true (ovs_xlsx_load (&error));
  g_assert_true (ovs_xlsx == first);
  /* Each library comes with its own module only. */
  g_assert_false (mapped ("libpq.so"));
  g_assert_false (mapped ("libsoup-3.0.so"));
}

static gpointer
load_cairo (gpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_cairo_load (&error));
  return (gpointer) ovs_cairo;
}

static void
test_threads (void)
{
  GThread *threads[8];
  gpointer table = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("load", load_cairo, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      gpointer got = g_thread_join (threads[i]);

      g_assert_nonnull (got);
      g_assert_true (table == NULL || got == table);
      table = got;
    }
  g_assert_true (mapped ("libcairo.so"));
  g_assert_true (mapped ("libpango-1.0.so"));
}

/* The loaded table works: the database module reads a connection string, with no server. */
static void
test_call (void)
{
  g_autoptr(GError) error = NULL;
  char *message = NULL;
  PQconninfoOption *options;
  const char *dbname = NULL;

  g_assert_true (ovs_pq_load (&error));
  options = PQconninfoParse ("postgresql://example.org/gemeente", &message);
  g_assert_nonnull (options);
  for (PQconninfoOption *o = options; o->keyword != NULL; o++)
    if (g_str_equal (o->keyword, "dbname"))
      dbname = o->val;
  g_assert_cmpstr (dbname, ==, "gemeente");
  PQconninfoFree (options);
  g_assert_true (mapped ("libpq.so"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/modules/not-linked", test_not_linked);
  g_test_add_func ("/modules/missing", test_missing);
  g_test_add_func ("/modules/foreign", test_foreign);
  g_test_add_func ("/modules/load-once", test_load_once);
  g_test_add_func ("/modules/threads", test_threads);
  g_test_add_func ("/modules/call", test_call);
  return g_test_run ();
}

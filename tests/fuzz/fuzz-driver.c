/* fuzz-driver.c — runs a fuzz target over files, for compilers without libFuzzer: the seed corpus
 * becomes a regression test in every build (as GNOME/glib's fuzzing/driver.c does). */
#include "fuzz.h"

static void
run_path (const char *path, guint *n)
{
  g_autoptr(GDir) dir = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          run_path (child, n);
        }
      return;
    }
  if (!g_file_get_contents (path, &contents, &length, NULL))
    return;
  LLVMFuzzerTestOneInput ((const unsigned char *) contents, length);
  (*n)++;
}

int
main (int argc, char **argv)
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    run_path (argv[i], &n);
  g_print ("%u inputs ran\n", n);
  return n > 0 ? 0 : 1;
}

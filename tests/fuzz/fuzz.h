/* fuzz.h — what the fuzz targets share: a quiet GLib, a NUL-terminated copy of the input, and one
 * database per process for the importers (after GNOME/glib's fuzzing/fuzz.h). */
#pragma once

#include <glib/gstdio.h>
#include <overstap/overstap.h>

#include "store/ovs-store-private.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const unsigned char *data, size_t size);

static void
fuzz_discard_log (const char *domain, GLogLevelFlags level, const char *message, gpointer unused)
{
}

static inline void
fuzz_set_logging (void)
{
  /* Importers may warn about what they refuse; only a crash or a leak is a finding. */
  g_log_set_default_handler (fuzz_discard_log, NULL);
}

static inline char *
fuzz_text (const unsigned char *data, size_t size)
{
  char *text = g_malloc (size + 1);

  memcpy (text, data, size);
  text[size] = '\0';
  return text;
}

static char *fuzz_dir = NULL;

/* The temporary folder goes when the process ends (the driver's runs, a bounded fuzzing run). */
static void
fuzz_remove_dir (void)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; fuzz_dir != NULL && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (fuzz_dir, "/fuzz.db", suffixes[i], NULL);

      g_unlink (path);
    }
  if (fuzz_dir != NULL)
    g_rmdir (fuzz_dir);
}

/* A store in a temporary folder, made once per process: migrations are too slow to run per input. */
static inline OvsStore *
fuzz_store (void)
{
  static OvsStore *store = NULL;

  if (store == NULL)
    {
      g_autofree char *path = NULL;

      fuzz_dir = g_dir_make_tmp ("overstap-fuzz-XXXXXX", NULL);
      g_assert (fuzz_dir != NULL);
      path = g_build_filename (fuzz_dir, "fuzz.db", NULL);
      atexit (fuzz_remove_dir);
      ovs_init ();
      store = ovs_store_open (path, NULL);
      g_assert (store != NULL);
      g_assert (ovs_store_init_defaults (store, "fuzzer", NULL));
      /* A throwaway database: no fsync per input. */
      g_assert (ovs_store_exec (store, "PRAGMA synchronous = OFF", NULL));
      g_assert (ovs_store_exec (store,
        "INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, "
        "  employer_id, employment_start) VALUES (1, '1001', 'Jan', 'Vries', '1970-01-01', 1800, 1, '2015-01-01')",
        NULL));
    }
  return store;
}

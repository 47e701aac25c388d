/* ovs-test-util.h — what every core test needs: a fresh database file in its own temporary folder,
 * initialised with the standard organisations and a kwartiermaker named "tester". */
#pragma once

#include <glib/gstdio.h>
#include <overstap/overstap.h>

typedef struct
{
  char     *dir;
  char     *path;
  OvsStore *store;
} OvsTestDb;

static inline void
ovs_test_db_setup (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  db->dir = g_dir_make_tmp ("overstap-test-XXXXXX", &error);
  g_assert_no_error (error);
  db->path = g_build_filename (db->dir, "test.db", NULL);
  db->store = ovs_store_open (db->path, &error);
  g_assert_no_error (error);
  g_assert_true (ovs_store_init_defaults (db->store, "tester", &error));
  g_assert_no_error (error);
}

static inline void
ovs_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        ovs_test_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static inline void
ovs_test_db_teardown (OvsTestDb *db, gconstpointer data)
{
  g_assert_finalize_object (db->store);
  ovs_test_remove_dir (db->dir);
  g_free (db->path);
  g_free (db->dir);
}

#define OVS_TEST_DB(name, func) \
  g_test_add (name, OvsTestDb, NULL, ovs_test_db_setup, func, ovs_test_db_teardown)

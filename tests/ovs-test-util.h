/* ovs-test-util.h — what every core test needs: a fresh database in its own temporary folder,
 * initialised with the standard organisations and a kwartiermaker named "tester".
 *
 * The database is a SQLite file, or with OVERSTAP_TEST_DB=postgresql a fresh PostgreSQL database on
 * the throwaway cluster of tests/pg/pg-run.sh (OVERSTAP_TEST_PG_HOST): db->path is then its URI. */
#pragma once

#include <glib/gstdio.h>
#include <unistd.h>
#include <overstap/overstap.h>

#include "store/ovs-engine-pg-private.h"

typedef struct
{
  char     *dir;
  char     *path;
  OvsStore *store;
  char     *pg_name;   /* the PostgreSQL database, or NULL on SQLite */
} OvsTestDb;

static inline gboolean
ovs_test_is_pg (void)
{
  return g_strcmp0 (g_getenv ("OVERSTAP_TEST_DB"), "postgresql") == 0;
}

/* Skips the running test on PostgreSQL, for what only a SQLite file has (modes, WAL, a path). */
static inline gboolean
ovs_test_skip_on_pg (const char *reason)
{
  if (!ovs_test_is_pg ())
    return FALSE;
  g_test_skip (reason);
  return TRUE;
}

/* The test's own SQL where the dialects differ (JSON members, string aggregation, pattern matching):
 * core's SQL is portable (tests/test-sql-portable.c), a test's check need not be. */
static inline const char *
ovs_test_sql (const char *sqlite, const char *postgresql)
{
  return ovs_test_is_pg () ? postgresql : sqlite;
}

static inline char *
ovs_test_pg_uri (const char *database)
{
  return g_strdup_printf ("postgresql:///%s?host=%s", database, g_getenv ("OVERSTAP_TEST_PG_HOST"));
}

/* A new empty database: a file path in @dir, or on PostgreSQL a new database's URI (*@pg_name set). */
static inline char *
ovs_test_new_database (const char *dir, const char *file, char **pg_name)
{
  static guint counter;
  g_autoptr(GError) error = NULL;
  g_autofree char *admin = NULL;
  g_autofree char *create = NULL;

  if (!ovs_test_is_pg ())
    return g_build_filename (dir, file, NULL);
  *pg_name = g_strdup_printf ("t%d_%u", (int) getpid (), ++counter);
  admin = ovs_test_pg_uri ("postgres");
  create = g_strdup_printf ("CREATE DATABASE %s", *pg_name);
  g_assert_true (ovs_engine_pg_run_once (admin, create, &error));
  g_assert_no_error (error);
  return ovs_test_pg_uri (*pg_name);
}

static inline void
ovs_test_drop_database (char *pg_name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *admin = NULL;
  g_autofree char *drop = NULL;

  if (pg_name == NULL)
    return;
  admin = ovs_test_pg_uri ("postgres");
  drop = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", pg_name);
  g_assert_true (ovs_engine_pg_run_once (admin, drop, &error));
  g_assert_no_error (error);
  g_free (pg_name);
}

static inline void
ovs_test_db_setup (OvsTestDb *db, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  db->dir = g_dir_make_tmp ("overstap-test-XXXXXX", &error);
  g_assert_no_error (error);
  db->pg_name = NULL;
  db->path = ovs_test_new_database (db->dir, "test.db", &db->pg_name);
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
  ovs_test_drop_database (g_steal_pointer (&db->pg_name));
  ovs_test_remove_dir (db->dir);
  g_free (db->path);
  g_free (db->dir);
}

#define OVS_TEST_DB(name, func) \
  g_test_add (name, OvsTestDb, NULL, ovs_test_db_setup, func, ovs_test_db_teardown)

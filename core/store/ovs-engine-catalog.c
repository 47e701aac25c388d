/* ovs-engine-catalog.c — questions about a database's own catalog, which each engine answers in its own
 * dialect (so they live with the engines, as tests/test-sql-portable.c requires). */
#include "config.h"

#include <string.h>

#include "store/ovs-engine-private.h"
#include "store/ovs-engine-catalog-private.h"

const char *
ovs_engine_catalog_tables_sql (const char *engine)
{
  if (strcmp (engine, "sqlite") == 0)
    return "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
  return "SELECT table_name FROM information_schema.tables "
         "WHERE table_schema = current_schema () AND table_type = 'BASE TABLE'";
}

char *
ovs_engine_catalog_follow_ids_sql (const char *engine, const char *table)
{
  if (strcmp (engine, "sqlite") == 0)
    return NULL;
  /* PostgreSQL's identity sequence does not see explicit ids: let it continue after the largest. */
  return g_strdup_printf ("SELECT setval (pg_get_serial_sequence ('%s', 'id'), max (id)) FROM %s "
                          "HAVING max (id) IS NOT NULL", table, table);
}

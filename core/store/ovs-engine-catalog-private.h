/* ovs-engine-catalog-private.h — an engine's own catalog, for whole-database work (ovs-db-copy.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A query listing the database's own tables (one column, the name), for the engine named @engine. */
const char *ovs_engine_catalog_tables_sql     (const char *engine);
/* A statement that makes new ids of @table follow the largest id in it, or NULL when the engine needs
 * none (SQLite takes the next id from the table itself). */
char       *ovs_engine_catalog_follow_ids_sql (const char *engine,
                                               const char *table);

G_END_DECLS

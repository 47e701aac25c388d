/* ovs-db-copy.h — copying a whole database to another one: SQLite to PostgreSQL when a
 * municipality moves to a server, and back as an export.
 *
 * Every table is copied, the audit log included, with its ids, into a target that holds nothing yet
 * but what the migrations made, in one transaction of the target. Before that transaction commits,
 * the target's rows are read back and compared with the source's, table by table: the row count and
 * a digest (SHA-256 over the rows in key order, each value rendered canonically in C, so that both
 * engines give the same digest for the same rows). Any difference, or a row the target refuses,
 * rolls the whole copy back, and the error names the table and the row.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* Copies @source (opened, its user a kwartiermaker: OVS_PERM_BACKUP) into the database at @target (a
 * file path or a libpq URI), creating and migrating it as ovs_store_open() does. The two schema
 * versions must be equal, and the target must be empty: no users, no audit rows, no employees.
 * Writes an audit row "copy" to @source. Returns [{table, rows, digest}] per table in copy order,
 * or NULL with @error set (OVS_STORE_ERROR_CONFLICT when the target is not empty or the digests
 * differ, naming the table and row). */
JsonArray  *ovs_db_copy           (OvsStore    *source,
                                   const char  *target,
                                   GError     **error);

/* [{table, rows, digest}] of @store as ovs_db_copy() computes them, for comparing two databases. */
JsonArray  *ovs_db_digest         (OvsStore    *store,
                                   GError     **error);

G_END_DECLS

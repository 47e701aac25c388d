/* ovs-version-private.h — row versions: no lost updates.
 *
 * Every editable row has a `version` (migration 0006), 1 when inserted. ovs_store_audit() raises it by
 * one for every audited change of the row other than its insert, in the same transaction, and writes
 * the version it made into that audit row: the audit log is each row's history by version.
 *
 * An editor remembers the version it read and passes it back with its save. Inside the write
 * transaction the rule calls ovs_store_check_version() before it writes: if someone saved the row in
 * between, the save is refused with OVS_STORE_ERROR_CONFLICT and a message built from the audit rows
 * since that version ("Anna (hr) heeft om 10:42 de contracturen gewijzigd: 32 → 28"). Version 0 means
 * "no check": a caller that reads and writes in one transaction (the CLI) has nothing to compare.
 *
 * A rule that merges only the fields a caller changed (ovs_employees_change()) uses
 * ovs_store_check_fields() instead: it is a conflict only when someone else changed one of those same
 * fields since the caller's version; changes of other fields are merged.
 */
#pragma once

#include "store/ovs-store-private.h"

G_BEGIN_DECLS

/* Whether rows of @entity (a table name, as audit rows name it) carry a version. */
gboolean     ovs_store_entity_has_version (const char  *entity);

/* Inside a write transaction: TRUE when @expected is 0 or the row is still at @expected; else FALSE
 * with OVS_STORE_ERROR_CONFLICT naming every change since @expected. */
gboolean     ovs_store_check_version      (OvsStore    *self,
                                           const char  *entity,
                                           gint64       id,
                                           gint64       expected,
                                           GError     **error);

/* The same, but a conflict only when an audited change since @expected names one of @keys (audit
 * change keys, NULL-terminated); the message names those changes only. @seen (may be NULL) holds the
 * values the caller read, by key: the "from" of each change named ("32 → 28"), where the audit log
 * has no earlier value (rows made by the demo or an import before versions). */
gboolean     ovs_store_check_fields       (OvsStore          *self,
                                           const char        *entity,
                                           gint64             id,
                                           gint64             expected,
                                           const char *const *keys,
                                           JsonObject        *seen,
                                           GError           **error);

/* Raises the row's version by one and gives the new one (for ovs_store_audit()). */
gboolean     ovs_store_bump_version       (OvsStore    *self,
                                           const char  *entity,
                                           gint64       id,
                                           gint64      *version,
                                           GError     **error);

G_END_DECLS

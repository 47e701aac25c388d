/* ovs-sql-private.h — the one database interface of core: prepared statements, bindings, rows.
 *
 * Every statement of core goes through these functions; only core/store/ knows the engine behind
 * them (SQLite today, see ovs-engine-private.h). Not installed: ui/ and app/ never see SQL.
 *
 * Parameters are positional (`?`, `?1`) or named (`:name`, found with ovs_stmt_param_index()). Write
 * SQL that SQLite 3.40 and PostgreSQL 15 both accept and that means the same on both
 * (tests/test-sql-portable.c checks core/ for the known differences):
 *  - no SQLite-only functions (date(), julianday(), group_concat(), json_*(), ifnull(), scalar
 *    min()/max()): compute dates in C (ovs-date.h) and bind them, join lists in C, use CASE;
 *  - `INSERT … ON CONFLICT DO NOTHING`, not INSERT OR IGNORE; `RETURNING id` with
 *    ovs_stmt_run_returning_id() for a new row's id; in `DO UPDATE` name the existing row's columns
 *    with the table's name (`shift.sequence`);
 *  - booleans are integers 0 and 1: select a condition as `CASE WHEN … THEN 1 ELSE 0 END`, sum it
 *    as `sum (CASE …)`, and test a bound flag as `?N <> 0`;
 *  - compare without case as `lower (a) = lower (?)`, not COLLATE NOCASE; `IS NOT DISTINCT FROM`,
 *    not `IS ?`; `NULLS FIRST` where NULLs must sort as SQLite sorts them; no negative LIMIT.
 */
#pragma once

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

typedef struct _OvsStmt OvsStmt;

/* The kind of value a column holds in the current row. */
typedef enum {
  OVS_VALUE_NULL,
  OVS_VALUE_INTEGER,
  OVS_VALUE_FLOAT,
  OVS_VALUE_TEXT,
} OvsValueKind;

/* A prepared statement from the store's cache, reset and with its bindings cleared. The store owns it:
 * never free it, and do not prepare the same SQL text again while stepping through it. */
OvsStmt      *ovs_store_prepare          (OvsStore     *self,
                                          const char   *sql,
                                          GError      **error);
/* Runs SQL without parameters (it may hold several statements: migrations, test set-up). */
gboolean      ovs_store_exec             (OvsStore     *self,
                                          const char   *sql,
                                          GError      **error);

/* Binding. Indexes start at 1. Text is copied; NULL text binds SQL NULL. */
void          ovs_stmt_bind_text         (OvsStmt      *stmt,
                                          int           index,
                                          const char   *text);
/* Text that stays valid and unchanged until the statement has run, so the engine need not copy it
 * (the import binds a million values). NULL binds SQL NULL. */
void          ovs_stmt_bind_text_static  (OvsStmt      *stmt,
                                          int           index,
                                          const char   *text);
/* NULL and "" both bind SQL NULL: an empty optional field is no value. */
void          ovs_stmt_bind_text_or_null (OvsStmt      *stmt,
                                          int           index,
                                          const char   *text);
void          ovs_stmt_bind_int64        (OvsStmt      *stmt,
                                          int           index,
                                          gint64        value);
void          ovs_stmt_bind_int          (OvsStmt      *stmt,
                                          int           index,
                                          int           value);
void          ovs_stmt_bind_double       (OvsStmt      *stmt,
                                          int           index,
                                          double        value);
void          ovs_stmt_bind_boolean      (OvsStmt      *stmt,
                                          int           index,
                                          gboolean      value);
void          ovs_stmt_bind_null         (OvsStmt      *stmt,
                                          int           index);
void          ovs_stmt_bind_int_or_null  (OvsStmt      *stmt,
                                          int           index,
                                          gboolean      is_set,
                                          gint64        value);
/* The index of the named parameter @name (with its ':'), or 0 when the statement has none. */
int           ovs_stmt_param_index       (OvsStmt      *stmt,
                                          const char   *name);

/* Steps to the next row: TRUE when there is one; FALSE when the rows are done (@error unset) or on an
 * error (@error set, the statement reset). */
gboolean      ovs_stmt_next              (OvsStmt      *stmt,
                                          GError      **error);
/* Runs a statement to its end, ignoring any rows, and resets it. */
gboolean      ovs_stmt_run               (OvsStmt      *stmt,
                                          GError      **error);
/* Runs an `INSERT … RETURNING id` and gives the new row's id. */
gboolean      ovs_stmt_run_returning_id  (OvsStmt      *stmt,
                                          gint64       *id,
                                          GError      **error);
/* The same for an insert that may add nothing (`ON CONFLICT DO NOTHING`, `INSERT … SELECT … WHERE`):
 * then *@id is 0. */
gboolean      ovs_stmt_run_returning_id_or_none (OvsStmt *stmt,
                                                 gint64  *id,
                                                 GError **error);
/* Makes the statement ready to run again; bindings stay. Call it after reading the rows you need. */
void          ovs_stmt_reset             (OvsStmt      *stmt);
/* Rows inserted, updated or deleted by the statement's last run. */
gint64        ovs_stmt_changes           (OvsStmt      *stmt);

/* Reading the current row. Columns start at 0. Text stays valid until the next step or reset. */
int           ovs_stmt_column_count      (OvsStmt      *stmt);
const char   *ovs_stmt_column_name       (OvsStmt      *stmt,
                                          int           column);
OvsValueKind  ovs_stmt_column_kind       (OvsStmt      *stmt,
                                          int           column);
gboolean      ovs_stmt_is_null           (OvsStmt      *stmt,
                                          int           column);
gint64        ovs_stmt_get_int64         (OvsStmt      *stmt,
                                          int           column);
int           ovs_stmt_get_int           (OvsStmt      *stmt,
                                          int           column);
double        ovs_stmt_get_double        (OvsStmt      *stmt,
                                          int           column);
gboolean      ovs_stmt_get_boolean       (OvsStmt      *stmt,
                                          int           column);
/* NULL for SQL NULL. */
const char   *ovs_stmt_get_text          (OvsStmt      *stmt,
                                          int           column);
/* A newly allocated copy, or NULL for SQL NULL. */
char         *ovs_stmt_dup_text          (OvsStmt      *stmt,
                                          int           column);

G_END_DECLS

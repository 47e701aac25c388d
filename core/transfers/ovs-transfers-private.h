/* ovs-transfers-private.h — what the transfer, covenant and milestone modules share: looking up an
 * employee and a case, and checking dates. Not installed. */
#pragma once

#include "overstap/transfers/ovs-transfers.h"
#include "store/ovs-row-json-private.h"

G_BEGIN_DECLS

/* An employee's full name in SQL, "Anna van der Berg", for the table alias @e. */
#define OVS_EMPLOYEE_NAME_SQL(e) \
  e ".first_name || ' ' || coalesce (" e ".name_prefix || ' ', '') || " e ".last_name"

typedef struct
{
  gint64  id;
  gint64  employee_id;
  char   *employee;        /* full name */
  char   *status;
  char   *destination;
  char   *planned_date;
  char   *actual_date;
  char   *closed_on;
  char   *notes;
  gint64  employer_to_id;  /* what the transfer moves (0: by the destination) */
  gint64  work_to_id;
} OvsCaseRow;

/* On the transfer (inside the caller's transaction): moves the employer and the work organisation
 * as the case says (ovs_transfers_set_moves()) or its destination implies, records on the case what
 * moved and audits the employee's change dated @date. *@moved tells whether the employee changed. */
gboolean  ovs_transfers_apply_moves    (OvsStore         *store,
                                        const OvsCaseRow *row,
                                        const char       *date,
                                        gboolean         *moved,
                                        GError          **error);

void      ovs_case_row_clear           (OvsCaseRow   *row);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OvsCaseRow, ovs_case_row_clear)

/* The employee's id, or 0 with OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE. */
gint64    ovs_transfers_find_employee  (OvsStore     *store,
                                        const char   *personnel_number,
                                        GError      **error);
/* The employee's case, or FALSE with UNKNOWN_EMPLOYEE or OVS_STORE_ERROR_NOT_FOUND. */
gboolean  ovs_transfers_find_case      (OvsStore     *store,
                                        const char   *personnel_number,
                                        OvsCaseRow   *out,
                                        GError      **error);
/* The same inside the transaction that changes the case, refused with OVS_STORE_ERROR_CONFLICT when
 * someone saved the case after @version, the one the caller read (0: no check). */
gboolean  ovs_transfers_load_case      (OvsStore     *store,
                                        const char   *personnel_number,
                                        gint64        version,
                                        OvsCaseRow   *out,
                                        GError      **error);
/* FALSE with OVS_TRANSFER_ERROR_CLOSED when the case is closed. */
gboolean  ovs_transfers_require_open   (const OvsCaseRow *row,
                                        GError      **error);
/* TRUE when @iso is a valid ISO date (or NULL and !@required); otherwise an
 * OVS_VALIDATION_ERROR naming @field. */
gboolean  ovs_check_iso_date           (const char   *field,
                                        const char   *iso,
                                        gboolean      required,
                                        GError      **error);
/* An optional text: NULL for NULL or blank, else a stripped copy. */
char     *ovs_dup_optional_text        (const char   *text);
/* Runs @stmt (no rows) and writes the audit row for @entity_id; for the statement-then-audit pairs
 * of every change. */
gboolean  ovs_step_and_audit           (OvsStore     *store,
                                        OvsStmt *stmt,
                                        const char   *action,
                                        const char   *entity,
                                        gint64        entity_id,
                                        JsonObject   *changes,
                                        GError      **error);
/* Runs @stmt, an `INSERT … RETURNING id`, and writes its "insert" audit row; returns the new row's id,
 * or 0. */
gint64    ovs_insert_and_audit         (OvsStore     *store,
                                        OvsStmt *stmt,
                                        const char   *entity,
                                        JsonObject   *changes,
                                        GError      **error);

G_END_DECLS

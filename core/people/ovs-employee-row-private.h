/* ovs-employee-row-private.h — what adding (ovs-employees.c) and changing (ovs-employee-update.c) an
 * employee share: the validated row, its validation, and the writes and audit members both make. Not
 * installed. */
#pragma once

#include "people/ovs-employee-private.h"

G_BEGIN_DECLS

/* An employee's fields after validation: trimmed, normalised, owned; NULL for "not set". */
typedef struct
{
  char    *personnel_number;
  char    *first_name;
  char    *name_prefix;
  char    *last_name;
  char    *birth_date;
  char    *bsn;
  char    *residence;
  char    *employment_start;
  char    *employment_type;
  char    *home_municipality;
  char    *category;
  char    *indication_date;   /* NULL: not given (add uses the employment start, update today) */
  char    *valid_until;
  int      contract_minutes;
  gboolean has_scale;
  gint64   scale;
  gboolean has_step;
  gint64   step;
  gint64   employer_id;
  gint64   work_organisation_id;
  char    *wsw_since;          /* NULL for nieuw beschut */
} OvsEmployeeRow;

void         ovs_employee_row_clear          (OvsEmployeeRow           *row);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OvsEmployeeRow, ovs_employee_row_clear)

/* The plain text columns of employee, compared one by one on update. */
typedef struct { const char *key; gsize offset; } OvsEmployeeRowText;
extern const OvsEmployeeRowText ovs_employee_row_texts[];
extern const guint              ovs_employee_n_row_texts;
#define OVS_EMPLOYEE_ROW_TEXT(row, i) (*(char **) ((char *) (row) + ovs_employee_row_texts[i].offset))

/* Checks @f and fills @row with its trimmed, normalised values; @self_id is 0 when adding. */
gboolean     ovs_employee_validate_row       (OvsStore                 *store,
                                              OvsEmployeeBatch         *batch,
                                              const OvsEmployeeFields  *f,
                                              OvsEmployeeRow           *row,
                                              gint64                    self_id,
                                              const char              **field,
                                              GError                  **error);
/* Audit members: a number or null, the BSN masked (the audit log is readable by hr); and
 * ovs_employee_json_text() in ovs-employee-private.h. */
void         ovs_employee_json_int           (JsonObject               *object,
                                              const char               *key,
                                              gboolean                  is_set,
                                              gint64                    value);
void         ovs_employee_json_bsn           (JsonObject               *object,
                                              const char               *bsn);
/* The history rows an add or a change writes; @batch may be NULL. The strings must live until they ran. */
gboolean     ovs_employee_upsert_home_municipality (OvsStore           *store,
                                                    OvsEmployeeBatch   *batch,
                                                    gint64              id,
                                                    const char         *municipality,
                                                    const char         *valid_from,
                                                    GError            **error);
gboolean     ovs_employee_upsert_indication  (OvsStore                 *store,
                                              OvsEmployeeBatch         *batch,
                                              gint64                    id,
                                              const char               *category,
                                              const char               *date,
                                              const char               *valid_until,
                                              GError                  **error);
/* Binds the employee columns in the order of both the INSERT and the UPDATE, the order of
 * OVS_EMPLOYEE_INSERT_COLUMNS. */
void         ovs_employee_bind_row           (OvsStmt                  *stmt,
                                              const OvsEmployeeRow     *row);
#define OVS_EMPLOYEE_INSERT_COLUMNS \
  "personnel_number, first_name, name_prefix, last_name, birth_date, bsn, residence, contract_minutes, " \
  "salary_scale, salary_step, employer_id, employment_start, employment_type, work_organisation_id, wsw_since"
#define OVS_EMPLOYEE_INSERT_N_COLUMNS 15
/* Fills @audit with a new employee's audit JSON (every field, the BSN masked), not yet closed. */
void         ovs_employee_audit_inserted     (OvsEmployeeAudit         *audit,
                                              const OvsEmployeeRow     *row);

G_END_DECLS

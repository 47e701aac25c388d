/* ovs-employee-private.h — what the employee modules of core share: building row objects and the
 * validation helpers. Not installed. */
#pragma once

#include "overstap/people/ovs-employee.h"
#include "overstap/people/ovs-employees.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-store-private.h"

G_BEGIN_DECLS

/* Days between a Wsw indication's end and the last day to request the re-indication at UWV. */
#define OVS_REINDICATION_LEAD_DAYS 112   /* 16 weeks */

/* What the current role may see; the row applies it when it is built. */
typedef struct
{
  gboolean view_bsn;
  gboolean view_health;
  gboolean view_personal;  /* birth date, residence, scale, employment type, …: OVS_PERM_VIEW_PERSONAL */
} OvsEmployeeVisibility;

/* Fills @visibility from the current role. */
void         ovs_employee_visibility_get (OvsStore              *store,
                                          OvsEmployeeVisibility *visibility);

/* Builds a row from the texts OVS_EMPLOYEE_PERSONNEL_NUMBER … OVS_EMPLOYEE_TRANSFER_STATUS as
 * stored (NULL for SQL NULL; BSN and health data unmasked); the row derives the rest and blanks what
 * @visibility hides. The texts are copied. */
OvsEmployee *ovs_employee_new_from_row (gint64                       id,
                                        gint64                       employer_id,
                                        int                          contract_minutes,
                                        int                          salary_scale,
                                        int                          salary_step,
                                        const char * const          *texts,
                                        const OvsEmployeeVisibility *visibility);

/* The deadline for requesting a re-indication (ISO), or NULL for an open-ended or invalid date. */
char        *ovs_reindication_deadline (const char *valid_until);

/* "Anna van der Bakker": the name as it is written (the full-name property), which is also what people
 * type a part of to find someone. */
char        *ovs_employee_format_full_name (const char *first_name,
                                            const char *name_prefix,
                                            const char *last_name);
/* "Bakker, Anna van der": last name first so that lists sort by it, and the prefix (tussenvoegsel)
 * after the first name, as Dutch alphabetical lists do. */
char        *ovs_employee_format_display_name (const char *first_name,
                                               const char *name_prefix,
                                               const char *last_name);

/* Sets an OVS_VALIDATION_ERROR and, when @field is not NULL, the offending column in *field. */
gboolean     ovs_employee_invalid      (const char        **field,
                                        const char         *column,
                                        GError            **error,
                                        OvsValidationError  code,
                                        const char         *format,
                                        ...) G_GNUC_PRINTF (5, 6);

/* Normalises an optional date (NULL or "" gives TRUE and *out NULL), naming @column on error. */
gboolean     ovs_employee_check_date   (const char         *text,
                                        const char         *column,
                                        const char         *label,
                                        gboolean            required,
                                        char              **out,
                                        const char        **field,
                                        GError            **error);

/* An audit member: @text, or null when it is NULL. */
void         ovs_employee_json_text    (JsonObject         *object,
                                        const char         *key,
                                        const char         *text);

/* Like ovs_employee_require_exists(), and for a teamleider also that @id is a member of their own
 * crews (OVS_STORE_ERROR_PERMISSION_DENIED otherwise). */
gboolean     ovs_employee_require_visible (OvsStore        *store,
                                           gint64           id,
                                           GError         **error);

/* Fails with OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE unless employee @id exists. */
gboolean     ovs_employee_require_exists (OvsStore         *store,
                                          gint64            id,
                                          GError          **error);

/* --- audit rows without json-glib (ovs-employee-audit.c) --- */

/* A reused buffer for an audit row's JSON and the time string of the current second. Build a row
 * with _begin, then _text/_int per changed field in order, then _write. */
typedef struct
{
  GString      *json;
  char          at[32];
  gint64        second;
  OvsStmt *insert;   /* the store's statement, kept at hand; an audit serves one store */
} OvsEmployeeAudit;

void         ovs_employee_audit_init   (OvsEmployeeAudit   *audit);
void         ovs_employee_audit_clear  (OvsEmployeeAudit   *audit);
void         ovs_employee_audit_begin  (OvsEmployeeAudit   *audit);
/* A string member, or null when @text is NULL. */
void         ovs_employee_audit_text   (OvsEmployeeAudit   *audit,
                                        const char         *key,
                                        const char         *text);
/* A number member, or null when !@is_set. */
void         ovs_employee_audit_int    (OvsEmployeeAudit   *audit,
                                        const char         *key,
                                        gboolean            is_set,
                                        gint64              value);
/* The audit rows' time, "2025-06-15T08:30:00Z" (UTC seconds), as ovs_store_audit() writes it. */
const char  *ovs_employee_audit_now    (OvsEmployeeAudit   *audit);
/* Closes the object and inserts the audit_log row (entity employee, now, the store's user). */
gboolean     ovs_employee_audit_write  (OvsEmployeeAudit   *audit,
                                        OvsStore           *store,
                                        const char         *action,
                                        gint64              id,
                                        GError            **error);

/* --- the importer's bulk insert (ovs-employees.c) --- */

/* Adds many employees inside a transaction the caller holds (ovs_store_begin), with the rules and
 * audit rows of ovs_employees_add() but without a savepoint per employee: all rules are checked
 * before anything is written, and the employee row (the only insert a rule of the schema can still
 * refuse, such as a personnel number taken) is written first, as one statement, so a refused row
 * leaves nothing behind. Employers are looked up once per name. */
typedef struct _OvsEmployeeBatch OvsEmployeeBatch;

OvsEmployeeBatch *ovs_employee_batch_new      (OvsStore          *store);
void              ovs_employee_batch_free     (OvsEmployeeBatch  *batch);
/* The id of the organisation named @name (case-insensitive, as the schema compares), or 0 (with
 * @error set when the database failed). */
gint64            ovs_employee_batch_employer (OvsEmployeeBatch  *batch,
                                               const char        *name,
                                               GError           **error);
/* ovs_employees_find() for a personnel number already trimmed; 0 with @error when the read failed. */
gint64            ovs_employee_batch_find     (OvsEmployeeBatch  *batch,
                                               const char        *personnel_number,
                                               GError           **error);

/* Like ovs_employees_add(), but the caller has checked the permission and that the personnel
 * number is not in use, and emits ::changed itself. Returns the new id, or 0 with @error: an
 * OVS_VALIDATION_ERROR or OVS_STORE_ERROR_DUPLICATE when the row was refused and nothing of it was
 * written; any other error means the database failed part-way, and the caller must roll back its
 * whole transaction. */
gint64            ovs_employee_batch_add      (OvsEmployeeBatch        *batch,
                                               const OvsEmployeeFields *fields,
                                               const char             **field,
                                               GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsEmployeeBatch, ovs_employee_batch_free)

/* The employees a role may look up, as a condition on the alias e: everybody when the crew scope
 * (ovs_store_crew_scope(), bound as parameter @user) is NULL, else the people with a membership of
 * one of the user's crews that has not ended before today (parameter @today), as the employee list
 * shows them (ovs-employee-list.c). */
#define OVS_EMPLOYEE_IN_SCOPE(user, today) \
  "(?" #user " IS NULL OR EXISTS (SELECT 1 FROM crew_membership sm " \
  "  JOIN user_crew su ON su.crew_id = sm.crew_id JOIN app_user sa ON sa.id = su.user_id " \
  "  WHERE sm.employee_id = e.id AND sa.name = ?" #user " AND (sm.end_date IS NULL OR sm.end_date >= ?" #today ")))"

G_END_DECLS

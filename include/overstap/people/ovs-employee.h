/* ovs-employee.h — one employee as a row of the employee list (read-only).
 *
 * The store builds these (ovs_employees_list(), ovs_employees_get()); the GUI binds list columns,
 * sorters and filters to the read-only properties. What the current role may not see is left empty
 * when the row is built: "bsn" unless OVS_PERM_VIEW_BSN, "category", "indication-valid-until" and
 * "reindication-deadline" unless OVS_PERM_VIEW_HEALTH; without VIEW_HEALTH the status 'sick' (and
 * 'on_leave', so that the one cannot be told from the other) reads 'absent'.
 *
 * Dates are ISO 'YYYY-MM-DD' (they sort as text); empty when not set. Empty strings, never NULL. */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The text properties, in property order; ovs_employee_get_text() reads any of them. */
typedef enum {
  OVS_EMPLOYEE_PERSONNEL_NUMBER,
  OVS_EMPLOYEE_FIRST_NAME,
  OVS_EMPLOYEE_NAME_PREFIX,
  OVS_EMPLOYEE_LAST_NAME,
  OVS_EMPLOYEE_BIRTH_DATE,
  OVS_EMPLOYEE_BSN,
  OVS_EMPLOYEE_RESIDENCE,
  OVS_EMPLOYEE_HOME_MUNICIPALITY,
  OVS_EMPLOYEE_CATEGORY,
  OVS_EMPLOYEE_INDICATION_VALID_UNTIL,
  OVS_EMPLOYEE_EMPLOYER_NAME,
  OVS_EMPLOYEE_EMPLOYMENT_START,
  OVS_EMPLOYEE_EMPLOYMENT_END,
  OVS_EMPLOYEE_EMPLOYMENT_TYPE,
  OVS_EMPLOYEE_STATUS,
  OVS_EMPLOYEE_CREW_NAME,
  OVS_EMPLOYEE_WORK_ORGANISATION_NAME, /* where the person works; the employer is the legal employer */
  OVS_EMPLOYEE_WSW_SINCE,             /* start of the unbroken Wsw employment (intake stop) */
  OVS_EMPLOYEE_TRANSFER_STATUS,
  /* Derived from the above when the row is built. */
  OVS_EMPLOYEE_DISPLAY_NAME,          /* "Bakker, Anna van der" */
  OVS_EMPLOYEE_FULL_NAME,             /* "Anna van der Bakker" */
  OVS_EMPLOYEE_BSN_MASKED,            /* "*****6789" */
  OVS_EMPLOYEE_REINDICATION_DEADLINE, /* indication valid until minus 16 weeks */
  OVS_EMPLOYEE_SEARCH_KEY,            /* names and personnel number, folded (ovs_employee_search_fold()) */
  OVS_EMPLOYEE_AOW_DATE,              /* the day the AOW age is reached (the employment ends before it) */
  OVS_EMPLOYEE_N_TEXTS
} OvsEmployeeText;

#define OVS_TYPE_EMPLOYEE (ovs_employee_get_type ())
G_DECLARE_FINAL_TYPE (OvsEmployee, ovs_employee, OVS, EMPLOYEE, GObject)

gint64       ovs_employee_get_id              (OvsEmployee     *self);
gint64       ovs_employee_get_employer_id     (OvsEmployee     *self);
/* Contract hours per week (minutes / 60). */
double       ovs_employee_get_contract_hours  (OvsEmployee     *self);
/* The salary scale and step, or -1 when not set. */
int          ovs_employee_get_salary_scale    (OvsEmployee     *self);
int          ovs_employee_get_salary_step     (OvsEmployee     *self);
const char  *ovs_employee_get_text            (OvsEmployee     *self,
                                               OvsEmployeeText  which);
const char  *ovs_employee_get_personnel_number (OvsEmployee    *self);
const char  *ovs_employee_get_display_name    (OvsEmployee     *self);
const char  *ovs_employee_get_status          (OvsEmployee     *self);

/* The row as JSON with the snake_case keys of `overstap-cli list employees --json`: personnel_number,
 * first_name, name_prefix, last_name, birth_date, bsn (masked unless the role may see it), residence,
 * home_municipality, category and indication_valid_until (null unless the role may see them),
 * contract_hours, salary_scale, salary_step, employer, employment_start, employment_end,
 * employment_type, status, crew, transfer_status. Empty values are null. */
JsonObject  *ovs_employee_to_json             (OvsEmployee     *self);

G_END_DECLS

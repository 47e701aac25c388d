/* ovs-employees.h — adding, changing and ending employees (the contract the importer, the CLI and
 * the app share). All text is UTF-8; dates are ISO 'YYYY-MM-DD' (normalise user input with
 * ovs_date_normalize() first). Validation errors are OVS_VALIDATION_ERROR with the reason's code. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/people/ovs-employee.h"
#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *personnel_number;   /* required, unique */
  const char *first_name;         /* required */
  const char *name_prefix;        /* tussenvoegsel, may be NULL */
  const char *last_name;          /* required */
  const char *birth_date;         /* required, ISO */
  const char *bsn;                /* may be NULL; elfproef; 8 digits get a leading zero */
  const char *residence;          /* woonplaats, may be NULL */
  const char *home_municipality;  /* woongemeente, required */
  const char *category;           /* "matig" or "ernstig" (required for employment_type wsw) */
  const char *indication_date;    /* ISO; NULL: employment_start */
  const char *indication_valid_until; /* ISO or NULL (open-ended) */
  int         contract_minutes;   /* > 0 and <= 40 h */
  gboolean    has_salary_scale;
  gint64      salary_scale;
  gboolean    has_salary_step;
  gint64      salary_step;
  const char *employer;           /* name of an existing organisation, case-insensitive */
  const char *employment_start;   /* required, ISO */
  const char *employment_type;    /* "wsw" (default when NULL) or "new_sheltered" */
  /* Where the person works (foundation, SW company, hirer), by name; NULL: the employer when adding,
   * unchanged when changing. The employer above is the legal employer (municipality or GR). */
  const char *work_organisation;
  /* The first day of the person's unbroken Wsw employment with any employer (ISO); NULL: the
   * employment start when adding, unchanged when changing. The intake stop: a Wsw employment that
   * starts on or after 2015-01-01 needs this on or before 2014-12-31 (a re-placement). */
  const char *wsw_since;
  gint64      version;            /* the row version these fields were read at (ovs_employees_load_fields()
                                   * sets it); a save from an older one is a conflict. 0: no check */
} OvsEmployeeFields;

/* The Participatiewet's intake stop: no Wsw employment starts on or after this day unless the person
 * held one on the day before (Wsw art. 2, as changed by the Invoeringswet Participatiewet). */
#define OVS_WSW_INTAKE_STOP "2015-01-01"
#define OVS_WSW_LAST_INTAKE_DAY "2014-12-31"

/* Validates and inserts an employee with their first home municipality and indication, writing the
 * audit rows, in one transaction. Returns the new id, or 0 with @error set. Needs
 * OVS_PERM_EDIT_EMPLOYEES. A personnel number already present fails with OVS_VALIDATION_ERROR_DUPLICATE.
 * If @field is not NULL it receives the name of the offending CSV column on a validation error
 * ("bsn", "contracturen", "werkgever", …). */
gint64   ovs_employees_add    (OvsStore                *store,
                               const OvsEmployeeFields *fields,
                               const char             **field,
                               GError                 **error);

/* Changes the employee with that personnel number to @fields (all fields as for add). When
 * @fields->version is set and the row has changed since, OVS_STORE_ERROR_CONFLICT. A new home
 * municipality or indication is added to the history rather than overwriting it. The audit row lists
 * the changed fields only. Every field is written as given: for a change of some fields, based on
 * values read earlier, use ovs_employees_change(). */
gboolean ovs_employees_update (OvsStore                *store,
                               gint64                   id,
                               const OvsEmployeeFields *fields,
                               const char             **field,
                               GError                 **error);

/* Changes only the fields in which @after differs from @before (what the caller read, e.g. with
 * ovs_employees_load_fields()): inside one transaction the stored row is read again, those fields
 * are applied to it, the result is validated as by ovs_employees_update() and written with its audit
 * row. A field someone else changed since @before was read keeps their value, so concurrent editors
 * of different fields lose nothing. When @before has a version and someone else changed one of the
 * very fields this change sets since that version, nothing is written: OVS_STORE_ERROR_CONFLICT, its
 * message naming who changed what and when. Pass @before again with version 0 to apply the change
 * over theirs anyway ("Toch opslaan"). */
gboolean ovs_employees_change (OvsStore                *store,
                               gint64                   id,
                               const OvsEmployeeFields *before,
                               const OvsEmployeeFields *after,
                               const char             **field,
                               GError                 **error);

/* The id of the employee with @personnel_number, or 0: with @error set when the database could not be
 * read, without when there is no such employee. */
gint64   ovs_employees_find   (OvsStore                *store,
                               const char              *personnel_number,
                               GError                 **error);
/* The id of the employee a person means by @text in a form: the one whose personnel number it is,
 * else the only one whose name as written ("Anna van der Bakker") contains it, ignoring case and the
 * blanks around @text. Ended employees count too. Fails with OVS_VALIDATION_ERROR_REQUIRED when
 * @text is empty, and with OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE naming @text when no employee fits
 * or several do. Needs OVS_PERM_VIEW_EMPLOYEES, as ovs_employees_list() does: every role sees every
 * employee's number and name. */
gint64   ovs_employees_lookup (OvsStore                *store,
                               const char              *text,
                               GError                 **error);

/* The employee's current values as fields (owned strings), for editors and `employee change`:
 * change a copy and pass both to ovs_employees_change(). indication_date is left NULL, so that a
 * changed category or end date is recorded as a new indication dated today. Needs
 * OVS_PERM_EDIT_EMPLOYEES. Free with ovs_employee_fields_free(). */
OvsEmployeeFields *ovs_employees_load_fields (OvsStore  *store,
                                              gint64     id,
                                              GError   **error);
void     ovs_employee_fields_free (OvsEmployeeFields *fields);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsEmployeeFields, ovs_employee_fields_free)

/* Ends the employment on @end_date (ISO, not before the start): employment_end is set and the status
 * becomes 'ended'. Nothing is deleted. Needs OVS_PERM_EDIT_EMPLOYEES. */
gboolean ovs_employees_end    (OvsStore                *store,
                               gint64                   id,
                               const char              *end_date,
                               GError                 **error);

/* Sets the status of an employee still employed: "active", "sick" or "on_leave". */
gboolean ovs_employees_set_status (OvsStore            *store,
                                   gint64               id,
                                   const char          *status,
                                   GError             **error);

/* Records a move to @municipality from @valid_from (ISO; NULL: today) in the home municipality
 * history. A second change on the same day replaces that day's row. */
gboolean ovs_employees_set_home_municipality (OvsStore   *store,
                                              gint64      id,
                                              const char *municipality,
                                              const char *valid_from,
                                              GError    **error);

/* All employees (ended ones too) as OvsEmployee rows sorted by last name, built in one query, with
 * what the current role may not see left empty. A teamleider gets only the members of their own
 * crews (current or future memberships), and of them only what a roster needs. */
GListStore  *ovs_employees_list      (OvsStore  *store,
                                      GError   **error);
/* One employee as a row; OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE if there is none with @id. */
OvsEmployee *ovs_employees_get       (OvsStore  *store,
                                      gint64     id,
                                      GError   **error);
/* ovs_employees_get() for showing to a person: the health data shown (indication, sickness) is written
 * to the access log, one row naming @channel ("employee show", "editor"). A teamleider gets only the
 * people of their own crews (others fail with OVS_STORE_ERROR_PERMISSION_DENIED). */
OvsEmployee *ovs_employees_read      (OvsStore   *store,
                                      gint64      id,
                                      const char *channel,
                                      GError    **error);
/* ovs_employees_list() as a JSON array of ovs_employee_to_json() objects. */
JsonArray   *ovs_employees_list_json (OvsStore  *store,
                                      GError   **error);

/* Wsw employees still employed whose re-indication must be requested (indication valid until minus
 * 16 weeks) before today plus @within_weeks weeks, or already should have been: [{id,
 * personnel_number, name, employer, category, valid_until, deadline, days_left}] sorted by deadline;
 * days_left is negative when overdue. Only the current indication counts; open-ended ones never
 * appear. Needs OVS_PERM_VIEW_HEALTH. */
JsonArray   *ovs_employees_reindications (OvsStore  *store,
                                          int        within_weeks,
                                          GError   **error);

G_END_DECLS

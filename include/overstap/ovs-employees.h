/* ovs-employees.h — adding, changing and ending employees (the contract the importer, the CLI and
 * the app share). All text is UTF-8; dates are ISO 'YYYY-MM-DD' (normalise user input with
 * ovs_date_normalize() first). Validation errors are OVS_VALIDATION_ERROR with the reason's code. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/ovs-store.h"

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
} OvsEmployeeFields;

/* Validates and inserts an employee with their first home municipality and indication, writing the
 * audit rows, in one transaction. Returns the new id, or 0 with @error set. Needs
 * OVS_PERM_EDIT_EMPLOYEES. A personnel number already present fails with OVS_VALIDATION_ERROR_DUPLICATE.
 * If @field is not NULL it receives the name of the offending CSV column on a validation error
 * ("bsn", "contracturen", "werkgever", …). */
gint64   ovs_employees_add    (OvsStore                *store,
                               const OvsEmployeeFields *fields,
                               const char             **field,
                               GError                 **error);

/* Changes the employee with that personnel number to @fields (all fields as for add). A new home
 * municipality or indication is added to the history rather than overwriting it. The audit row lists
 * the changed fields only. */
gboolean ovs_employees_update (OvsStore                *store,
                               gint64                   id,
                               const OvsEmployeeFields *fields,
                               const char             **field,
                               GError                 **error);

/* The id of the employee with @personnel_number, or 0. */
gint64   ovs_employees_find   (OvsStore                *store,
                               const char              *personnel_number);

G_END_DECLS

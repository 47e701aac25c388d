/* ovs-employee-private.h — what the employee modules of core share: building row objects and the
 * validation helpers. Not installed. */
#pragma once

#include "overstap/ovs-employee.h"
#include "overstap/ovs-validate.h"
#include "ovs-store-private.h"

G_BEGIN_DECLS

/* Days between a Wsw indication's end and the last day to request the re-indication at UWV. */
#define OVS_REINDICATION_LEAD_DAYS 112   /* 16 weeks; a plain number so that SQL can embed it */

/* What the current role may see; the row applies it when it is built. */
typedef struct
{
  gboolean view_bsn;
  gboolean view_health;
} OvsEmployeeVisibility;

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

/* Fails with OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE unless employee @id exists. */
gboolean     ovs_employee_require_exists (OvsStore         *store,
                                          gint64            id,
                                          GError          **error);

G_END_DECLS

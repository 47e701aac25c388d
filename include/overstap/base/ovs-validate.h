/* ovs-validate.h — field rules shared by every entry point: BSN (elfproef), numbers, hours,
 * indication category. Errors carry a stable reason code (ovs_validation_reason()) for reports. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OVS_VALIDATION_ERROR (ovs_validation_error_quark ())

typedef enum {
  OVS_VALIDATION_ERROR_REQUIRED,             /* required */
  OVS_VALIDATION_ERROR_INVALID_DATE,         /* invalid_date */
  OVS_VALIDATION_ERROR_INVALID_BSN,          /* invalid_bsn */
  OVS_VALIDATION_ERROR_INVALID_NUMBER,       /* invalid_number */
  OVS_VALIDATION_ERROR_OUT_OF_RANGE,         /* out_of_range */
  OVS_VALIDATION_ERROR_NOT_ELIGIBLE,         /* not_eligible: indication 'licht' */
  OVS_VALIDATION_ERROR_INVALID_CATEGORY,     /* invalid_category */
  OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION, /* unknown_organisation */
  OVS_VALIDATION_ERROR_UNKNOWN_CREW,         /* unknown_crew */
  OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,     /* unknown_employee */
  OVS_VALIDATION_ERROR_DUPLICATE,            /* duplicate */
  OVS_VALIDATION_ERROR_INVALID_VALUE,        /* invalid_value: not one of the allowed codes */
  OVS_VALIDATION_ERROR_DATE_ORDER,           /* date_order: an end before its start */
  OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT, /* hours_above_contract */
  OVS_VALIDATION_ERROR_INTAKE_STOP,          /* intake_stop: a new Wsw employment since 2015 */
} OvsValidationError;

GQuark      ovs_validation_error_quark (void);
/* The stable, English reason code of a validation error code, e.g. "invalid_bsn". */
const char *ovs_validation_reason      (OvsValidationError code);

/* Accepts 9 digits, or 8 with an implied leading zero; spaces, dots and dashes are ignored.
 * On success *normalized (if not NULL) gets the 9-digit form. */
gboolean    ovs_bsn_validate           (const char  *text,
                                        char       **normalized,
                                        GError     **error);
/* "*****6789": only the last four digits; NULL or "" gives "". */
char       *ovs_bsn_mask               (const char  *bsn);

/* A decimal with ',' or '.' as separator ("32,5", "32.5"). */
gboolean    ovs_parse_decimal          (const char  *text,
                                        double      *out,
                                        GError     **error);
/* A whole number. */
gboolean    ovs_parse_int              (const char  *text,
                                        gint64      *out,
                                        GError     **error);
/* Contract hours per week: > 0 and <= 40, returned in minutes (rounded to the minute). */
gboolean    ovs_parse_contract_hours   (const char  *text,
                                        int         *minutes,
                                        GError     **error);
/* 'matig' or 'ernstig' (case-insensitive) into *category ("matig"/"ernstig"); 'licht' is refused as
 * not eligible for the Wsw, anything else as an invalid category. */
gboolean    ovs_parse_category         (const char  *text,
                                        const char **category,
                                        GError     **error);

G_END_DECLS

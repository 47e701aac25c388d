/* ovs-employee-labels.h — how the employee section words the core's codes and numbers: statuses,
 * transfer statuses and contract hours with a decimal comma. Shared by the list and the editor. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "active", "sick", "on_leave", "ended", "absent" as people say them (translated); "" for "". */
const char *ovs_employee_status_label   (const char *status);
/* The transfer case's status as people say it ("gesprek gevoerd"), or "" without a case. */
const char *ovs_employee_transfer_label (const char *status);
/* "32", "32,5", "18,25": no trailing zeros, the locale's decimal separator. */
char       *ovs_employee_format_hours   (double      hours);
/* "matig" -> "Matig"; "" -> "". */
const char *ovs_employee_category_label (const char *category);

/* The codes behind the status and transfer filters, NULL-terminated, in the order shown. */
const char * const *ovs_employee_status_codes   (void);
const char * const *ovs_employee_transfer_codes (void);

G_END_DECLS

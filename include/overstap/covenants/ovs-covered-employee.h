/* ovs-covered-employee.h — an employee covered by a covenant over a period: a row object with read-only properties.
 *
 * Made by the list functions (ovs_transfers_list(), ovs_covenants_list(), …) from the same row the
 * CLI prints as JSON; each property is that row's member of the same name (with '-' for '_'). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_COVERED_EMPLOYEE (ovs_covered_employee_get_type ())
G_DECLARE_FINAL_TYPE (OvsCoveredEmployee, ovs_covered_employee, OVS, COVERED_EMPLOYEE, GObject)

gint64      ovs_covered_employee_get_id (OvsCoveredEmployee *self);
const char *ovs_covered_employee_get_personnel_number (OvsCoveredEmployee *self);
const char *ovs_covered_employee_get_start_date (OvsCoveredEmployee *self);
const char *ovs_covered_employee_get_end_date (OvsCoveredEmployee *self);

G_END_DECLS

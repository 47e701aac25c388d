/* ovs-placement.h — one placement as a row of a list: an employee's work arrangement over a period
 * (sheltered work, group or individual secondment, supported employment). Read-only properties:
 * id, employee-id, personnel-number, employee-name, kind, hirer-id, hirer, location,
 * minutes-per-week, hourly-rate-cents (-1 when not set), start-date, end-date (ISO; NULL: open). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_PLACEMENT (ovs_placement_get_type ())
G_DECLARE_FINAL_TYPE (OvsPlacement, ovs_placement, OVS, PLACEMENT, GObject)

gint64      ovs_placement_get_id                (OvsPlacement *self);
gint64      ovs_placement_get_employee_id       (OvsPlacement *self);
const char *ovs_placement_get_personnel_number  (OvsPlacement *self);
const char *ovs_placement_get_employee_name     (OvsPlacement *self);
/* sheltered_work, group_secondment, individual_secondment or supported_employment */
const char *ovs_placement_get_kind              (OvsPlacement *self);
/* The hirer's name, or NULL */
const char *ovs_placement_get_hirer             (OvsPlacement *self);
const char *ovs_placement_get_location          (OvsPlacement *self);
int         ovs_placement_get_minutes_per_week  (OvsPlacement *self);
/* Euro cents, or -1 when no rate is set */
gint64      ovs_placement_get_hourly_rate_cents (OvsPlacement *self);
const char *ovs_placement_get_start_date        (OvsPlacement *self);
const char *ovs_placement_get_end_date          (OvsPlacement *self);

G_END_DECLS

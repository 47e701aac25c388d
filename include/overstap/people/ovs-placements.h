/* ovs-placements.h — placements: an employee's work arrangements over time. Changes need
 * OVS_PERM_EDIT_PLACEMENTS and reading needs OVS_PERM_VIEW_HR_SECTIONS (kwartiermaker, hr).
 * Dates are ISO 'YYYY-MM-DD' (normalise user input with ovs_date_normalize()). Validation errors are
 * OVS_VALIDATION_ERROR with the reason's code; nothing is deleted, placements are ended. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/people/ovs-placement.h"
#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      employee_id;        /* required */
  const char *kind;               /* an OVS_TYPE_PLACEMENT_KIND code or Dutch word ("beschut werk") */
  const char *hirer;              /* organisation name, any case; required unless sheltered work */
  const char *location;           /* may be NULL */
  int         minutes_per_week;   /* > 0 and not above the employee's contract */
  gboolean    has_hourly_rate;
  gint64      hourly_rate_cents;  /* >= 0 */
  const char *start_date;         /* required */
  const char *end_date;           /* NULL: open-ended; else >= start_date */
  gint64      version;            /* the row version the caller read (ovs_store_row_version()); a save
                                   * after someone else's is refused (OVS_STORE_ERROR_CONFLICT). 0: no check */
} OvsPlacementFields;

/* Hours per week with a decimal comma or dot ("19,5"), > 0, into minutes. */
gboolean      ovs_placement_parse_hours    (const char   *text,
                                            int          *minutes,
                                            GError      **error);
/* Euros with a decimal comma or dot, at most two decimals, an optional "€" ("€ 12,50") into cents. */
gboolean      ovs_placement_parse_rate     (const char   *text,
                                            gint64       *cents,
                                            GError      **error);

/* Adds a placement. Refused when its hours, together with the other placements of the employee
 * running at the same time, would exceed the contract (OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT,
 * naming the overlapping placements). Returns the new id, or 0. */
gint64        ovs_placements_add           (OvsStore                 *store,
                                            const OvsPlacementFields *fields,
                                            GError                  **error);
/* Replaces placement @id's fields by @fields (the employee stays); the same rules as add. */
gboolean      ovs_placements_update        (OvsStore                 *store,
                                            gint64                    id,
                                            const OvsPlacementFields *fields,
                                            GError                  **error);
/* Sets placement @id's end date (>= its start). */
gboolean      ovs_placements_end           (OvsStore                 *store,
                                            gint64                    id,
                                            const char               *end_date,
                                            GError                  **error);

/* Placement @id, or NULL with OVS_STORE_ERROR_NOT_FOUND. */
OvsPlacement *ovs_placements_get           (OvsStore                 *store,
                                            gint64                    id,
                                            GError                  **error);
/* Placements of employee @employee_id (0: everybody), by personnel number and start:
 * [{id, employee_id, personnel_number, employee_name, kind, hirer_id, hirer, location,
 *   minutes_per_week, hourly_rate_cents, start_date, end_date}]. */
JsonArray    *ovs_placements_list_json     (OvsStore                 *store,
                                            gint64                    employee_id,
                                            GError                  **error);
GListStore   *ovs_placements_list          (OvsStore                 *store,
                                            gint64                    employee_id,
                                            GError                  **error);

G_END_DECLS

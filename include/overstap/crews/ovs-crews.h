/* ovs-crews.h — green crews (groenploegen). A kwartiermaker or hr adds and ends crews and changes
 * any crew; a teamleider changes the details of their own crews only (ovs_store_require_crew()) and
 * may not add or end crews. Every role may list crews. Names are unique regardless of case.
 * Dates are ISO 'YYYY-MM-DD'; validation errors are OVS_VALIDATION_ERROR with the reason's code. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/crews/ovs-crew.h"
#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;            /* required, unique (any case) */
  gint64      team_leader_id;  /* an employee, or 0 for none */
  const char *area;            /* kern or wijk the crew works in; may be NULL */
  const char *vehicle;         /* may be NULL */
  int         min_size;        /* >= 0; the schema's default is 3 */
  gint64      version;            /* the row version the caller read (ovs_store_row_version()); a save
                                   * after someone else's is refused (OVS_STORE_ERROR_CONFLICT). 0: no check */
} OvsCrewFields;

/* Adds a crew; returns its id or 0. */
gint64      ovs_crews_add        (OvsStore            *store,
                                  const OvsCrewFields *fields,
                                  GError             **error);
/* Replaces crew @id's details by @fields. */
gboolean    ovs_crews_update     (OvsStore            *store,
                                  gint64               id,
                                  const OvsCrewFields *fields,
                                  GError             **error);
/* Ends crew @id on @ended_on (ISO; NULL: today) and, in the same transaction, every membership
 * still running then. Refused while a membership starts after that day. */
gboolean    ovs_crews_end        (OvsStore            *store,
                                  gint64               id,
                                  const char          *ended_on,
                                  GError             **error);
/* The id of crew @name (any case), or 0 with OVS_VALIDATION_ERROR_UNKNOWN_CREW naming it. */
gint64      ovs_crews_find       (OvsStore            *store,
                                  const char          *name,
                                  GError             **error);
/* Crew @id, or NULL with OVS_STORE_ERROR_NOT_FOUND. */
OvsCrew    *ovs_crews_get        (OvsStore            *store,
                                  gint64               id,
                                  GError             **error);

/* All crews by name, with their members counted on @on_date (ISO; NULL: today):
 * [{id, name, team_leader_id, team_leader, team_leader_personnel_number, area, vehicle, min_size,
 *   ended_on, member_count}]. */
JsonArray  *ovs_crews_list_json  (OvsStore            *store,
                                  const char          *on_date,
                                  GError             **error);
GListStore *ovs_crews_list       (OvsStore            *store,
                                  const char          *on_date,
                                  GError             **error);

G_END_DECLS

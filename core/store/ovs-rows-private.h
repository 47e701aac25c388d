/* ovs-rows-private.h — rows as JSON objects: what the list functions of organisations, placements,
 * crews and memberships share with their row objects. Not installed.
 *
 * One SQL query per list produces JSON objects keyed by column alias; the CLI prints them as they
 * are, and the row objects for the app wrap them, so both show exactly the same data. Reading rows and
 * properties is ovs-row-json-private.h's, shared with transfers, covenants and milestones. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/crews/ovs-crew.h"
#include "overstap/crews/ovs-crew-membership.h"
#include "overstap/people/ovs-organisation.h"
#include "overstap/people/ovs-placement.h"
#include "overstap/people/ovs-placements.h"
#include "overstap/store/ovs-store.h"
#include "store/ovs-row-json-private.h"

G_BEGIN_DECLS


/* A string member, or NULL when it is missing or null. */
const char   *ovs_row_get_string       (JsonObject    *row,
                                        const char    *key);
/* An integer member, or @fallback when it is missing or null. */
gint64        ovs_row_get_int          (JsonObject    *row,
                                        const char    *key,
                                        gint64         fallback);
/* Binds member @key of @row (integer, text or null) to parameter @index of @stmt. */
void          ovs_row_bind             (OvsStmt *stmt,
                                        int            index,
                                        JsonObject    *row,
                                        const char    *key);
/* The members of @after that differ from @before (for the audit log); NULL @before gives all. */
JsonObject   *ovs_row_diff             (JsonObject    *before,
                                        JsonObject    *after);

typedef GObject *(*OvsRowWrapFunc) (JsonObject *row);
/* A GListStore of @type with one object per element of @rows, made by @wrap. */
GListStore   *ovs_rows_to_list_store   (JsonArray      *rows,
                                        GType           type,
                                        OvsRowWrapFunc  wrap);

/* The row objects' constructors; they take a reference on @row. */
GObject      *ovs_organisation_new_from_row    (JsonObject *row);
GObject      *ovs_placement_new_from_row       (JsonObject *row);
GObject      *ovs_crew_new_from_row            (JsonObject *row);
GObject      *ovs_crew_membership_new_from_row (JsonObject *row);

/* What placements and memberships need to know about an employee. */
typedef struct
{
  gint64  id;
  int     contract_minutes;
  char   *label;              /* "P1 (Anna de Boer)", for messages */
} OvsEmployeeRef;

/* Looks up employee @id; an unknown id fails with OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE. Free
 * out->label with g_free(). */
gboolean      ovs_rows_lookup_employee (OvsStore       *store,
                                        gint64          id,
                                        OvsEmployeeRef *out,
                                        GError        **error);
/* Checks that @iso is a stored date ('YYYY-MM-DD'); @field names it in the error. */
gboolean      ovs_rows_check_date      (const char     *iso,
                                        const char     *field,
                                        gboolean        required,
                                        GError        **error);
/* Minutes as hours for messages: "32" or "32.5". */
char         *ovs_rows_format_hours    (gint64          minutes);
/* An ISO date as users read it (dd-mm-jjjj), or "open-ended" for NULL. */
char         *ovs_rows_display_date    (const char     *iso);

/* Refuses (OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT, naming the overlapping placements) when
 * placement @f, together with the employee's other placements (all but @self_id) running on some
 * day of its period, exceeds the contract. In ovs-placement-hours.c. */
gboolean      ovs_placement_check_overlap (OvsStore                 *store,
                                           gint64                    self_id,
                                           const OvsPlacementFields *f,
                                           const OvsEmployeeRef     *employee,
                                           GError                  **error);

/* SQL for an employee's display name from the columns of table alias e. */
#define OVS_SQL_EMPLOYEE_NAME \
  "(e.first_name || ' ' || coalesce (e.name_prefix || ' ', '') || e.last_name)"

G_END_DECLS

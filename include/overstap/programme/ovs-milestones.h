/* ovs-milestones.h — the programme's milestones (mijlpalen): deliverables with a due date, an owner
 * and a status. Only a kwartiermaker changes them (OVS_PERM_EDIT_MILESTONES); every user may list them.
 * Dates are ISO 'YYYY-MM-DD'. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* For add, title and due_date are required; for change NULL leaves a field as it is and "" clears
 * description or owner. */
typedef struct
{
  const char *title;
  const char *description;
  const char *owner;
  const char *due_date;
  /* The track of the municipality's plan (an OVS_TYPE_PROGRAMME_TRACK code or Dutch word); NULL: wsw
   * when adding, unchanged when changing. */
  const char *track;
} OvsMilestoneFields;

gint64      ovs_milestones_add        (OvsStore                 *store,
                                       const OvsMilestoneFields *fields,
                                       GError                  **error);
gboolean    ovs_milestones_change     (OvsStore                 *store,
                                       gint64                    id,
                                       const OvsMilestoneFields *fields,
                                       GError                  **error);
/* @status is an OVS_TYPE_MILESTONE_STATUS code or Dutch word ("gepland", "bezig", "gereed");
 * done sets done_on to @date (NULL: today), any other status clears it. */
gboolean    ovs_milestones_set_status (OvsStore                 *store,
                                       gint64                    id,
                                       const char               *status,
                                       const char               *date,
                                       GError                  **error);
/* [{id, title, description, owner, due_date, status, done_on, late}] by due date; late: due before
 * today and neither done nor dropped. */
JsonArray  *ovs_milestones_list_json  (OvsStore                 *store,
                                       GError                  **error);
GListStore *ovs_milestones_list       (OvsStore                 *store,
                                       GError                  **error);

G_END_DECLS

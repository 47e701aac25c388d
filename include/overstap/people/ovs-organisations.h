/* ovs-organisations.h — adding, ending, finding and listing organisations. Changes need
 * OVS_PERM_EDIT_ORGANISATIONS (kwartiermaker, hr); every role may list them. Names are unique
 * regardless of case. Validation errors are OVS_VALIDATION_ERROR with the reason's code. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/people/ovs-organisation.h"
#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* Adds an organisation; @kind is an OVS_TYPE_ORGANISATION_KIND code or Dutch word ("sw-bedrijf",
 * "inlener"), in any case. Returns the new id or 0. */
gint64       ovs_organisations_add        (OvsStore    *store,
                                           const char  *name,
                                           const char  *kind,
                                           GError     **error);
/* Ends organisation @name on @ended_on (ISO; NULL: today). The row stays. @version is the
 * organisation's version the caller read (ovs_store_row_version()); when someone else saved it since,
 * nothing is written (OVS_STORE_ERROR_CONFLICT, naming who changed what and when). 0: no check. */
gboolean     ovs_organisations_end        (OvsStore    *store,
                                           const char  *name,
                                           const char  *ended_on,
                                           gint64       version,
                                           GError     **error);
/* The id of organisation @name (any case), or 0 with OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION. */
gint64       ovs_organisations_find       (OvsStore    *store,
                                           const char  *name,
                                           GError     **error);

/* All organisations by name: [{id, name, kind, ended_on}]. */
JsonArray   *ovs_organisations_list_json  (OvsStore    *store,
                                           GError     **error);
/* The same rows as OvsOrganisation objects. */
GListStore  *ovs_organisations_list       (OvsStore    *store,
                                           GError     **error);

G_END_DECLS

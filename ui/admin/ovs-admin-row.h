/* ovs-admin-row.h — one row of the Beheer section's lists (a user, a parameter value, a public
 * holiday): the core's JSON object for it, with the "id" the section helpers keep the selection by. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define OVS_TYPE_ADMIN_ROW (ovs_admin_row_get_type ())
G_DECLARE_FINAL_TYPE (OvsAdminRow, ovs_admin_row, OVS, ADMIN_ROW, GObject)

/* A row over @object (referenced), known by @id. */
OvsAdminRow *ovs_admin_row_new        (JsonObject  *object,
                                       gint64       id);
JsonObject  *ovs_admin_row_get_object (OvsAdminRow *self);
/* The string member @member, or NULL when it is missing or null. */
const char  *ovs_admin_row_get_string (OvsAdminRow *self,
                                       const char  *member);
/* A list of rows over the objects of @rows (consumed; NULL gives an empty list), each known by its
 * "id" member or, where it has none, by its position plus one. */
GListStore  *ovs_admin_rows_from_json (JsonArray   *rows);

G_END_DECLS

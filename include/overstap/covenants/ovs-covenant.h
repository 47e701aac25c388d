/* ovs-covenant.h — a covenant (convenant) with Wezo or Larcom, with its counts: a row object with read-only properties.
 *
 * Made by the list functions (ovs_transfers_list(), ovs_covenants_list(), …) from the same row the
 * CLI prints as JSON; each property is that row's member of the same name (with '-' for '_'). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_COVENANT (ovs_covenant_get_type ())
G_DECLARE_FINAL_TYPE (OvsCovenant, ovs_covenant, OVS, COVENANT, GObject)

gint64      ovs_covenant_get_id (OvsCovenant *self);
const char *ovs_covenant_get_name (OvsCovenant *self);
const char *ovs_covenant_get_party (OvsCovenant *self);
const char *ovs_covenant_get_status (OvsCovenant *self);

G_END_DECLS

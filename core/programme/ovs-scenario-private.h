/* ovs-scenario-private.h — what the scenario files share. */
#pragma once

#include "overstap/programme/ovs-scenario.h"

G_BEGIN_DECLS

/* The scenario named @name: its id and whether it was adopted (@adopted may be NULL). Fails with
 * OVS_STORE_ERROR_NOT_FOUND. */
gboolean ovs_scenario_lookup (OvsStore   *store,
                              const char *name,
                              gint64     *id,
                              gboolean   *adopted,
                              GError    **error);

G_END_DECLS

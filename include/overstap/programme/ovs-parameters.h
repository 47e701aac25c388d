/* ovs-parameters.h — dated parameters of the SE calculation.
 *
 * A parameter's value holds from its valid_from date until the next row of the same name, so changing
 * it from a date on never rewrites what earlier periods report. Names:
 *   fulltime_minutes   the full-time working week in minutes (default 2160 = 36 h)
 *   se_weight_matig    the SE weight of indication category matig (default 1.0)
 *   se_weight_ernstig  the SE weight of indication category ernstig (default 1.0)
 *   cents_per_se       a price per SE in euro cents (no default) */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS


/* Sets @name to @value from @valid_from (ISO) on; a row already starting on that very date is
 * corrected in place. Needs OVS_PERM_EDIT_PARAMETERS (kwartiermaker). Values: fulltime_minutes in
 * 60..2400, weights in 0..10 (above 0), cents_per_se >= 0. */
gboolean   ovs_parameters_set       (OvsStore    *store,
                                     const char  *name,
                                     const char  *valid_from,
                                     double       value,
                                     GError     **error);

/* The value of @name in force on @date (ISO). Fails with OVS_STORE_ERROR_NOT_FOUND when no row of
 * that name starts on or before @date. */
gboolean   ovs_parameters_value_at  (OvsStore    *store,
                                     const char  *name,
                                     const char  *date,
                                     double      *value,
                                     GError     **error);

/* Every row, by name and date: [{id, name, valid_from, valid_to (the day before the next row, or
 * null), value}]. */
JsonArray *ovs_parameters_list      (OvsStore    *store,
                                     GError     **error);

G_END_DECLS

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

/* What an editor passes as the version of a row it did not see: it means to add a value on a date that
 * had none when it read the rows. */
#define OVS_PARAMETERS_NO_ROW ((gint64) -1)

/* ovs_parameters_set() for an editor that read the rows first (ovs_parameters_list() gives each row's
 * version): @version is the version of the row starting on @valid_from that it read,
 * OVS_PARAMETERS_NO_ROW when it read none on that date, or 0 for no check (the CLI, "Toch opslaan").
 * When someone saved a value on that date since, nothing is written and it fails with
 * OVS_STORE_ERROR_CONFLICT, naming their change (see README "Row versions and conflicts"). */
gboolean   ovs_parameters_set_checked (OvsStore  *store,
                                     const char  *name,
                                     const char  *valid_from,
                                     double       value,
                                     gint64       version,
                                     GError     **error);

/* Whether @value is in range for parameter @name (the rule ovs_parameters_set() applies), for a form
 * that checks as the user types; fails with OVS_VALIDATION_ERROR_OUT_OF_RANGE or _INVALID_VALUE. */
gboolean   ovs_parameters_check_value (const char *name,
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
 * null), value, version}]. */
JsonArray *ovs_parameters_list      (OvsStore    *store,
                                     GError     **error);

G_END_DECLS

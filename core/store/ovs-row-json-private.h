/* ovs-row-json-private.h — rows of a query as JSON objects, and GObject rows backed by them.
 *
 * The lists of transfer cases, covenants and milestones are built once, as JSON objects keyed by
 * the query's column names (snake_case, as the CLI prints them). Row objects for the GUI wrap such an
 * object and expose each member as a read-only property of the same name with '-' for '_', so the
 * CLI and the app show the very same values. */
#pragma once

#include <json-glib/json-glib.h>

#include "store/ovs-store-private.h"

G_BEGIN_DECLS

/* The current row of @stmt: INTEGER, REAL, TEXT and NULL columns by their names. */
JsonObject *ovs_row_json_from_stmt     (OvsStmt *stmt);
/* Steps @stmt to the end (resetting it) and collects its rows; NULL when a read failed. */
JsonArray  *ovs_row_json_collect       (OvsStmt *stmt,
                                        GError **error);
/* Turns the 0/1 integer members named in @keys (NULL-terminated) into JSON booleans. */
void        ovs_row_json_booleans      (JsonArray          *rows,
                                        const char * const *keys);
/* Sets @key in every row to the days from @from (ISO) to the row's ISO date @date_key, or null when
 * that is missing. Day counts are computed in C: SQL date functions differ between engines. */
void        ovs_row_json_days_until    (JsonArray          *rows,
                                        const char         *from,
                                        const char         *date_key,
                                        const char         *key);
/* Sets @key in every row to the row's ISO date @date_key plus @days, or null when that is missing. */
void        ovs_row_json_add_days      (JsonArray          *rows,
                                        const char         *date_key,
                                        int                 days,
                                        const char         *key);
/* Fills @value (of @pspec's type: string, int, int64, double or boolean) from the member of @row
 * named like @pspec with '_' for '-'; a missing or null member gives @pspec's default. */
void        ovs_row_json_get_property  (JsonObject         *row,
                                        GParamSpec         *pspec,
                                        GValue             *value);
/* The construct-only "row" property every row object takes. */
GParamSpec *ovs_row_json_param_spec    (void);
/* One object of @type (a row object type) per element of @rows. */
GListStore *ovs_row_json_list_store    (GType               type,
                                        JsonArray          *rows);

G_END_DECLS

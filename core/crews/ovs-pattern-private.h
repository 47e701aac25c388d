/* ovs-pattern-private.h — the members a pattern is for (shift_pattern_member), shared by the pattern
 * functions that write them and the roster generation that reads them. Not installed. */
#pragma once

#include "overstap/crews/ovs-pattern.h"
#include "store/ovs-store-private.h"

G_BEGIN_DECLS

/* Replaces the members of pattern @pattern_id by @member_ids (0-terminated; empty: every member of
 * the crew), inside the caller's transaction. Each must be (or have been) a member of @crew_id. */
gboolean    ovs_pattern_write_members (OvsStore      *store,
                                       gint64         pattern_id,
                                       gint64         crew_id,
                                       const gint64  *member_ids,
                                       GError       **error);
/* Pattern id -> GHashTable of the employee ids (as gint64 pointers) it names, for the patterns that
 * name any; a pattern that is not in the table plans every member. */
GHashTable *ovs_pattern_members_table (OvsStore      *store,
                                       GError       **error);
/* Whether @employee_id is planned by pattern @pattern_id, by @table from ovs_pattern_members_table(). */
gboolean    ovs_pattern_plans         (GHashTable    *table,
                                       gint64         pattern_id,
                                       gint64         employee_id);
/* The members of pattern @pattern_id as [{employee_id, personnel_number, name}]. */
JsonArray  *ovs_pattern_members_json  (OvsStore      *store,
                                       gint64         pattern_id,
                                       GError       **error);

G_END_DECLS

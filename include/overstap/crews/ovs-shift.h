/* ovs-shift.h — one shift as a row object for lists and the week view: who, which crew, which day and
 * times, the task, and the roster conflicts that concern it (filled by ovs_roster_list_shifts()). All
 * properties are read-only, so GTK expressions, sorters and filters need no C. */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define OVS_TYPE_SHIFT (ovs_shift_get_type ())
G_DECLARE_FINAL_TYPE (OvsShift, ovs_shift, OVS, SHIFT, GObject)

gint64       ovs_shift_get_id                (OvsShift *self);
const char  *ovs_shift_get_uid               (OvsShift *self);
gint64       ovs_shift_get_crew_id           (OvsShift *self);
const char  *ovs_shift_get_crew_name         (OvsShift *self);
gint64       ovs_shift_get_employee_id       (OvsShift *self);
const char  *ovs_shift_get_personnel_number  (OvsShift *self);
const char  *ovs_shift_get_employee_name     (OvsShift *self);
gint64       ovs_shift_get_pattern_id        (OvsShift *self);
const char  *ovs_shift_get_date              (OvsShift *self);   /* ISO */
const char  *ovs_shift_get_start_time        (OvsShift *self);   /* 'HH:MM' */
const char  *ovs_shift_get_end_time          (OvsShift *self);
int          ovs_shift_get_break_minutes     (OvsShift *self);
int          ovs_shift_get_worked_minutes    (OvsShift *self);   /* real time minus break */
const char  *ovs_shift_get_task              (OvsShift *self);
const char  *ovs_shift_get_location          (OvsShift *self);
gboolean     ovs_shift_get_is_override       (OvsShift *self);
gboolean     ovs_shift_get_cancelled         (OvsShift *self);
int          ovs_shift_get_sequence          (OvsShift *self);
const char  *ovs_shift_get_origin            (OvsShift *self);   /* pattern, autofill, manual */
const char  *ovs_shift_get_updated_at        (OvsShift *self);
/* Codes of the conflicts on this shift's cell, comma-separated ("" when none), and their messages,
 * one per line. */
const char  *ovs_shift_get_conflicts         (OvsShift *self);
const char  *ovs_shift_get_conflict_text     (OvsShift *self);

/* Used by core when it loads shifts. */
void         ovs_shift_set_conflicts         (OvsShift   *self,
                                              const char *codes,
                                              const char *text);
JsonObject  *ovs_shift_to_json               (OvsShift *self);

G_END_DECLS

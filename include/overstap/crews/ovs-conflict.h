/* ovs-conflict.h — one roster conflict found by ovs_roster_check(): a stable code, its severity, the
 * crew and date, the people involved (personnel numbers) and an explanation the user can act on.
 *
 * Codes are those of OVS_TYPE_CONFLICT_CODE (overstap/vocab/ovs-codes.h), with their labels in the
 * vocabulary; stand_in_leads is only information (the team leader is off, a stand-in is on). */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

#define OVS_TYPE_CONFLICT (ovs_conflict_get_type ())
G_DECLARE_FINAL_TYPE (OvsConflict, ovs_conflict, OVS, CONFLICT, GObject)

typedef enum {
  OVS_CONFLICT_INFO,      /* worth knowing, not a problem (stand_in_leads) */
  OVS_CONFLICT_WARNING,   /* the plan falls short (size, team leader, driver, certificate, hours) */
  OVS_CONFLICT_ERROR,     /* not allowed: law, contract or employment */
} OvsConflictSeverity;

const char          *ovs_conflict_get_code          (OvsConflict *self);
OvsConflictSeverity  ovs_conflict_get_severity      (OvsConflict *self);
const char          *ovs_conflict_get_severity_name (OvsConflict *self);   /* info, warning, error */
gint64               ovs_conflict_get_crew_id       (OvsConflict *self);
const char          *ovs_conflict_get_crew_name     (OvsConflict *self);
const char          *ovs_conflict_get_date          (OvsConflict *self);   /* ISO; a week's Monday for weekly hours */
/* Personnel numbers, sorted. */
const char * const  *ovs_conflict_get_employees     (OvsConflict *self);
/* Internal ids of the same people, in the same order. */
const gint64        *ovs_conflict_get_employee_ids  (OvsConflict *self,
                                                     guint       *n_ids);
const char          *ovs_conflict_get_message       (OvsConflict *self);

/* TRUE when the conflict concerns @employee_id on @date (ISO): weekly-hours conflicts concern every
 * day of their week, week_over_60h every day of the law's week (Sunday to Saturday) around its date.
 * Crew-day conflicts without people concern nobody. */
gboolean             ovs_conflict_concerns          (OvsConflict *self,
                                                     gint64       employee_id,
                                                     const char  *date);

/* {code, severity, crew, date, employees: [..], message} */
JsonObject          *ovs_conflict_to_json           (OvsConflict *self);
JsonArray           *ovs_conflicts_to_json          (GListModel  *conflicts);
/* Appends to @out the text json_to_string() makes of ovs_conflicts_to_json (@conflicts) pretty-printed,
 * byte for byte, without building the tree: for a year's tens of thousands of conflicts the tree cost
 * more than the check. */
void                 ovs_conflicts_write_json       (GListModel  *conflicts,
                                                     GString     *out);
/* Receives written text in pieces, in order. */
typedef void (*OvsTextSink) (const char *text,
                             gsize       length,
                             gpointer    user_data);
/* The same text handed to @sink in pieces of about 64 kB as it is written: a year's check writes 7 MB,
 * which then never sit in memory at once. */
void                 ovs_conflicts_write_json_to    (GListModel  *conflicts,
                                                     OvsTextSink  sink,
                                                     gpointer     user_data);

/* Every conflict of crew @crew_id (0: every crew the user may plan) on days in [@from, @to] (ISO), in
 * a GListModel of OvsConflict ordered by date, crew, code and people. Needs the crew permission. */
GListModel          *ovs_roster_check               (OvsStore    *store,
                                                     gint64       crew_id,
                                                     const char  *from,
                                                     const char  *to,
                                                     GError     **error);

/* After a change of @employee_id's shift on @date (ISO) in crew @crew_id: the conflicts of that crew's
 * day and of that person in the roster week and the law week around @date (Sunday before its Monday to
 * the Sunday after), the rules over 16 and 52 weeks included. Reads that crew's and that person's rows
 * only, so it answers in a few milliseconds where the crew's whole check takes longer. Needs the crew
 * permission. */
GListModel          *ovs_roster_recheck             (OvsStore    *store,
                                                     gint64       crew_id,
                                                     gint64       employee_id,
                                                     const char  *date,
                                                     GError     **error);

G_END_DECLS

/* ovs-roster.h — a crew's shifts: generating them from the patterns and memberships, listing them for
 * the week view, and manual changes (overrides) that regeneration keeps.
 *
 * Each shift has a stable iCalendar UID: "c<crew>-e<employee>-<yyyymmdd>-p<pattern>@overstap" for a
 * generated one, "c<crew>-e<employee>-<yyyymmdd>-x<hhmm>@overstap" for an extra one. Removed shifts are
 * kept with cancelled = 1; each change raises the shift's sequence and sets updated_at. */
#pragma once

#include <gio/gio.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint added;      /* new shifts */
  guint restored;   /* cancelled by an earlier generate, produced again */
  guint updated;    /* times, break, task or location followed a changed pattern */
  guint cancelled;  /* no longer produced (pattern, membership, absence or holiday changed) */
  guint kept;       /* overrides and auto-fill days left as they are */
} OvsRosterStats;

/* The id of the crew named @name (case-insensitive), or 0 with OVS_VALIDATION_ERROR_UNKNOWN_CREW
 * naming it. */
gint64       ovs_roster_crew_id       (OvsStore        *store,
                                       const char      *name,
                                       GError         **error);

/* Makes the crew's generated shifts in [@from, @to] match its patterns and memberships: for every
 * pattern date (without exdates and whole-day holidays) a shift for each member then active and
 * employed, unless they are absent all day. Adds what is missing, cancels what is no longer produced,
 * updates changed times; never touches overrides or days planned by auto-fill (except to cancel a
 * shift no longer produced). Idempotent; one transaction and one audit row. @stats may be NULL. */
gboolean     ovs_roster_generate      (OvsStore        *store,
                                       gint64           crew_id,
                                       const char      *from,
                                       const char      *to,
                                       OvsRosterStats  *stats,
                                       GError         **error);

/* Copies crew @crew_id's active shifts of the week that holds @date (Monday to Sunday) to each of the
 * @weeks (1–52) weeks after it, in one transaction: in each of those weeks the shifts that differ
 * from the source week (by person, weekday, times, break, task and location) are cancelled and the
 * missing ones added, as manual overrides that regeneration keeps; equal shifts stay as they are.
 * @stats (may be NULL) counts added, cancelled and kept shifts. */
gboolean     ovs_roster_copy_week     (OvsStore        *store,
                                       gint64           crew_id,
                                       const char      *date,
                                       guint            weeks,
                                       OvsRosterStats  *stats,
                                       GError         **error);

/* The crew's shifts (0: every crew the user may plan) in [@from, @to] as a GListModel of OvsShift,
 * ordered by date, start, employee name. With @with_conflicts each shift carries the conflicts of its
 * cell (see ovs_shift_get_conflicts()). This is what the week view lists. */
GListModel  *ovs_roster_list_shifts   (OvsStore        *store,
                                       gint64           crew_id,
                                       const char      *from,
                                       const char      *to,
                                       gboolean         with_cancelled,
                                       gboolean         with_conflicts,
                                       GError         **error);
/* The Monday and Sunday (ISO) of an ISO week "2025-W14". */
gboolean     ovs_roster_parse_week    (const char      *week,
                                       char           **monday,
                                       char           **sunday,
                                       GError         **error);

/* --- manual changes (overrides; each is one transaction with one audit row) --- */

typedef struct
{
  gint64      employee_id;    /* 0: unchanged (hand the shift to another member) */
  const char *start_time;     /* NULL: unchanged */
  const char *end_time;
  int         break_minutes;  /* < 0: unchanged */
  const char *task;           /* NULL: unchanged */
  const char *location;
  gint64      version;        /* the shift's version the change started from (ovs_store_row_version());
                               * 0: no check. An older one is refused with OVS_STORE_ERROR_CONFLICT. */
} OvsShiftChange;

/* An extra shift for @employee_id at crew @crew_id; returns its UID (free it) or NULL. */
char        *ovs_roster_shift_add     (OvsStore        *store,
                                       gint64           crew_id,
                                       gint64           employee_id,
                                       const char      *date,
                                       const char      *start_time,
                                       const char      *end_time,
                                       int              break_minutes,
                                       const char      *task,
                                       const char      *location,
                                       GError         **error);
gboolean     ovs_roster_shift_change  (OvsStore        *store,
                                       const char      *uid,
                                       const OvsShiftChange *change,
                                       GError         **error);
/* Cancels the shift (kept with cancelled = 1, exported as STATUS:CANCELLED). */
gboolean     ovs_roster_shift_remove  (OvsStore        *store,
                                       const char      *uid,
                                       GError         **error);
/* Exchanges the people of two shifts of the same crew. */
gboolean     ovs_roster_shift_swap    (OvsStore        *store,
                                       const char      *uid_a,
                                       const char      *uid_b,
                                       GError         **error);
/* The UID of the one active shift of @employee_id at @crew_id on @date, or NULL with an error (none,
 * or several: then name the UIDs). */
char        *ovs_roster_shift_find    (OvsStore        *store,
                                       gint64           crew_id,
                                       gint64           employee_id,
                                       const char      *date,
                                       GError         **error);

G_END_DECLS

/* ovs-roster-week.h — one crew's week as the Roosters grid and the printed sheet show it: the members
 * as rows, Monday to Sunday as days, each cell with its shifts, absence and conflicts. Display-free
 * (GLib and the core only), so that it and the print drawing are tested without a screen.
 *
 * OVS_ROSTER_WEEK_SCREEN is what the current role may see, with the conflicts; OVS_ROSTER_WEEK_PRINT
 * is the canteen sheet: no conflicts, and sickness or a medical appointment only as "Afwezig" for
 * every role. */
#pragma once

#include <overstap/overstap.h>

G_BEGIN_DECLS

typedef enum {
  OVS_ROSTER_WEEK_SCREEN,
  OVS_ROSTER_WEEK_PRINT,
} OvsRosterWeekMode;

typedef struct
{
  GPtrArray           *shifts;          /* OvsShift, by start time */
  char                *absence;         /* "Verlof", "Afwezig 09:00–11:00", … or NULL */
  gboolean             absent_all_day;
  gboolean             holiday;         /* a public holiday for everybody or the crew */
  gboolean             member;          /* a member of the crew on this day */
  GPtrArray           *conflicts;       /* OvsConflict about this person on this day */
  OvsConflictSeverity  severity;        /* the highest of @conflicts, when there are any */
} OvsRosterWeekCell;

typedef struct
{
  gint64             employee_id;
  char              *personnel_number;
  char              *name;              /* "Jan de Vries" */
  char              *role;              /* member, team_leader, stand_in; "" when only rostered */
  int                contract_minutes;  /* per week; 0 when not known */
  int                planned_minutes;   /* worked minutes of this crew's shifts this week */
  GPtrArray         *week_conflicts;    /* OvsConflict about the whole week (hours above contract) */
  OvsRosterWeekCell  days[7];
} OvsRosterWeekRow;

#define OVS_TYPE_ROSTER_WEEK (ovs_roster_week_get_type ())
G_DECLARE_FINAL_TYPE (OvsRosterWeek, ovs_roster_week, OVS, ROSTER_WEEK, GObject)

/* The week of crew @crew_id that holds @date (ISO; any day of the week). */
OvsRosterWeek          *ovs_roster_week_load            (OvsStore           *store,
                                                         gint64              crew_id,
                                                         const char         *date,
                                                         OvsRosterWeekMode   mode,
                                                         GError            **error);

gint64                  ovs_roster_week_get_crew_id     (OvsRosterWeek      *self);
const char             *ovs_roster_week_get_crew_name   (OvsRosterWeek      *self);
/* "" when the crew has no team leader */
const char             *ovs_roster_week_get_team_leader (OvsRosterWeek      *self);
int                     ovs_roster_week_get_min_size    (OvsRosterWeek      *self);
/* ISO date of day @day (0 = Monday … 6 = Sunday). */
const char             *ovs_roster_week_get_date        (OvsRosterWeek      *self,
                                                         guint               day);
guint                   ovs_roster_week_get_number      (OvsRosterWeek      *self);
guint                   ovs_roster_week_get_n_rows      (OvsRosterWeek      *self);
const OvsRosterWeekRow *ovs_roster_week_get_row         (OvsRosterWeek      *self,
                                                         guint               row);
/* The people at work on day @day: with a shift, and not absent all day. */
guint                   ovs_roster_week_get_day_count   (OvsRosterWeek      *self,
                                                         guint               day);
/* The crew's conflicts on day @day that are about no one in particular (size, team leader, driver). */
GPtrArray              *ovs_roster_week_get_day_conflicts (OvsRosterWeek    *self,
                                                         guint               day);
/* TRUE when somebody has a shift on day @day. */
gboolean                ovs_roster_week_day_has_shifts  (OvsRosterWeek      *self,
                                                         guint               day);

/* --- texts (translated) --- */

/* "maandag" … "zondag" */
const char             *ovs_roster_day_name             (guint               day);
/* "Week 48 · 23 t/m 29 november 2026" */
char                   *ovs_roster_week_title           (OvsRosterWeek      *self);
/* The role named under a member's name, "Ploegleider" or "Invaller"; NULL for a plain member or
 * someone only rostered. */
char                   *ovs_roster_week_row_role        (const OvsRosterWeekRow *row);
/* "07:30–16:00" */
char                   *ovs_roster_shift_times          (OvsShift           *shift);
/* Every shift ("07:30–16:00 maaien") and the absence, one per line; "" for an empty cell. */
char                   *ovs_roster_week_cell_text       (const OvsRosterWeekCell *cell);
/* "Jan de Vries, maandag 23-11: 07:30–16:00 maaien", for screen readers. */
char                   *ovs_roster_week_cell_label      (OvsRosterWeek      *self,
                                                         guint               row,
                                                         guint               day);
/* The conflicts' messages, one per line. */
char                   *ovs_roster_conflicts_text       (GPtrArray          *conflicts);
/* Hours and minutes as "36 uur" or "7:30 uur". */
char                   *ovs_roster_format_minutes       (int                 minutes);

G_END_DECLS

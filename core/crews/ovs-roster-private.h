/* ovs-roster-private.h — what the roster modules (patterns, generation, conflicts, auto-fill) share:
 * the period's data loaded once into memory, and small date and time helpers. Not installed. */
#pragma once

#include "overstap/crews/ovs-absence.h"
#include "overstap/crews/ovs-autofill.h"
#include "overstap/crews/ovs-conflict.h"
#include "overstap/crews/ovs-pattern.h"
#include "overstap/crews/ovs-roster.h"
#include "overstap/crews/ovs-shift.h"
#include "store/ovs-store-private.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *number;            /* personnel number */
  char   *name;              /* "Anna de Vries" */
  int     contract_minutes;  /* per week */
  char   *employment_start;
  char   *employment_end;    /* NULL: open */
  char   *left_on;           /* the actual date of a transfer away from the crews' employer, or NULL */
} OvsRosterEmployee;

typedef struct
{
  gint64  id;
  char   *name;
  int     min_size;
  gint64  team_leader_id;    /* 0: none */
  char   *ended_on;
} OvsRosterCrew;

typedef struct
{
  gint64  crew_id;
  gint64  employee_id;
  char   *role;              /* member, team_leader, stand_in */
  char   *start_date;
  char   *end_date;
} OvsRosterMember;

typedef struct
{
  gint64  employee_id;
  char   *kind;
  char   *detail;
  char   *obtained_on;
  char   *valid_until;
} OvsRosterQualification;

typedef struct
{
  gint64  id;
  gint64  employee_id;       /* 0: crew-wide or everybody */
  gint64  crew_id;           /* with employee 0: that crew; both 0: everybody */
  char   *kind;
  char   *start_date;
  char   *end_date;
  int     start_min;         /* -1: the whole day */
  int     end_min;
} OvsRosterAbsence;

typedef struct
{
  /* What the rules read of every shift first, together: a year's check walks 130,000 of them, each
   * person's spread over the whole load. 144 bytes (152 with the fields in their old order). */
  gint64  employee_id;
  gint64  crew_id;
  char   *date;
  gint64  start_at;          /* seconds since the epoch, Europe/Amsterdam: ovs_roster_shift_clock() */
  gint64  end_at;
  gint64  day;               /* the date as days since 1970-01-01 */
  int     start_min;
  int     end_min;
  int     worked;            /* minutes of work: the real duration less the break */
  int     break_minutes;
  gboolean cancelled;
  gboolean is_override;
  int     sequence;
  gint64  id;
  char   *uid;
  gint64  pattern_id;        /* 0: an extra shift */
  char   *start_time;
  char   *end_time;
  char   *task;
  char   *location;
  char   *origin;
} OvsRosterShift;

typedef struct
{
  gint64  id;
  gint64  crew_id;
  char   *rrule;
  char  **exdates;
  char   *start_time;
  char   *end_time;
  int     start_min;
  int     end_min;
  int     break_minutes;
  char   *task;
  char   *location;
  char   *requires;
  char   *requires_detail;
  char   *valid_from;
  char   *valid_to;
} OvsRosterPattern;

/* One person's rows in the loaded window, each array in time order: what the per-person rules walk
 * without looking at anybody else. */
typedef struct
{
  GPtrArray  *shifts;        /* OvsRosterShift, not cancelled, history included, by date, start and id */
  GPtrArray  *members;       /* OvsRosterMember */
  GPtrArray  *absences;      /* OvsRosterAbsence of this person only */
  GPtrArray  *qualifications;
} OvsRosterPerson;

typedef struct
{
  char       *from;          /* the period asked for */
  char       *to;
  char       *load_from;     /* the window loaded: whole weeks, one day more on both sides */
  char       *load_to;
  gboolean    see_health;    /* may the user see sickness and medical appointments */
  GHashTable *employees;     /* id -> OvsRosterEmployee */
  GHashTable *crews;         /* id -> OvsRosterCrew */
  GPtrArray  *members;       /* OvsRosterMember */
  GPtrArray  *qualifications;
  GPtrArray  *absences;      /* overlapping the window */
  GPtrArray  *shifts;        /* every crew, in the window, cancelled ones too; by date and start */
  GPtrArray  *patterns;      /* every pattern */
  /* Indexes, built once by ovs_roster_data_load(): */
  char       *history_from;  /* the first day of history: 52 weeks and a day before load_from */
  GPtrArray  *history;       /* OvsRosterShift (times only) in [history_from, load_from), not cancelled */
  GHashTable *people;        /* employee id -> OvsRosterPerson */
  GHashTable *crew_days;     /* crew id -> GHashTable date -> crew day number + 1 */
  GArray     *crew_day_ranges; /* per crew day number: 2 guint, its first shift in crew_day_shifts, how many */
  GPtrArray  *crew_day_shifts; /* every loaded shift, cancelled ones too, grouped by crew day */
  GHashTable *crew_absences; /* crew id -> GPtrArray of whole-crew absences; 0: everybody's */
  GHashTable *free_holidays; /* ISO date -> OvsHoliday + 1: the holidays the CAO makes free, in the window */
  GArray     *absent_people; /* gint64, sorted: the people with absences of their own in the window */
  GStringChunk *strings;     /* the loaded shifts' strings */
  GPtrArray  *blocks;        /* the loaded shifts themselves, many to an allocation */
  guint       block_used;    /* shifts taken from the last block */
  gint64      scope_crew;    /* with scope_employee: only this crew's and this person's shifts were read */
  gint64      scope_employee;
  gboolean    rules_only;    /* shifts without id, uid, task, location, origin, pattern, override, sequence */
} OvsRosterData;

OvsRosterData *ovs_roster_data_load      (OvsStore      *store,
                                          const char    *from,
                                          const char    *to,
                                          GError       **error);
/* The same for a re-check of one change: the shifts of @crew_id and of @employee_id only, and the
 * history of @employee_id only. */
OvsRosterData *ovs_roster_data_load_scoped (OvsStore    *store,
                                          const char    *from,
                                          const char    *to,
                                          gint64         crew_id,
                                          gint64         employee_id,
                                          GError       **error);
/* What ovs_roster_check() and ovs_roster_recheck() need (@employee_id 0: every shift): the shifts
 * without the columns no rule reads (id, uid, task, location, origin, pattern_id, is_override, sequence). */
OvsRosterData *ovs_roster_data_load_rules (OvsStore     *store,
                                          const char    *from,
                                          const char    *to,
                                          gint64         crew_id,
                                          gint64         employee_id,
                                          GError       **error);
void           ovs_roster_data_free      (OvsRosterData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsRosterData, ovs_roster_data_free)

OvsRosterEmployee *ovs_roster_employee   (OvsRosterData *data,
                                          gint64         id);
/* The person's rows; an empty person (never NULL) for someone without any. */
OvsRosterPerson   *ovs_roster_person     (OvsRosterData *data,
                                          gint64         employee_id);
/* The @n_shifts shifts (cancelled ones too) of @crew_id on @date in load order, or NULL. */
OvsRosterShift   **ovs_roster_crew_day   (OvsRosterData *data,
                                          gint64         crew_id,
                                          const char    *date,
                                          guint         *n_shifts);
/* Adds @shift (owned by the caller, not cancelled) to its person's time-ordered shifts, or takes it out:
 * what auto-fill and the incremental re-check use to try a change. */
void               ovs_roster_person_add (OvsRosterData *data,
                                          OvsRosterShift *shift);
void               ovs_roster_person_remove (OvsRosterData *data,
                                          OvsRosterShift *shift);
/* ovs-holidays.c: ISO date -> OvsHoliday + 1 of the holidays free by the CAO setting in [@from, @to]. */
GHashTable        *ovs_roster_free_holidays (OvsStore   *store,
                                          const char    *from,
                                          const char    *to,
                                          GError       **error);
OvsRosterCrew     *ovs_roster_crew       (OvsRosterData *data,
                                          gint64         id);
/* The member row of @employee_id at @crew_id active on @date, or NULL. */
OvsRosterMember   *ovs_roster_membership (OvsRosterData *data,
                                          gint64         crew_id,
                                          gint64         employee_id,
                                          const char    *date);
/* The same from the person's rows (ovs_roster_person()), without looking them up. */
OvsRosterMember *ovs_roster_person_membership (OvsRosterPerson *person,
                                          gint64         crew_id,
                                          gint64         employee_id,
                                          const char    *date);
/* Has @employee_id absences of their own in the window? Crew-wide ones are in crew_absences. */
gboolean       ovs_roster_has_absences   (OvsRosterData *data,
                                          gint64         employee_id);
gboolean       ovs_roster_member_active  (OvsRosterMember *member,
                                          const char    *date);
gboolean       ovs_roster_employed       (OvsRosterEmployee *employee,
                                          const char    *date);
/* The first absence of @employee_id (own, their crew's @crew_id, or everybody's) on @date that overlaps
 * [@start_min, @end_min); -1/-1 asks for any absence that day. */
OvsRosterAbsence *ovs_roster_absence_at  (OvsRosterData *data,
                                          gint64         employee_id,
                                          gint64         crew_id,
                                          const char    *date,
                                          int            start_min,
                                          int            end_min);
/* Absent the whole day on @date (own absence, crew-wide or everybody). */
gboolean       ovs_roster_absent_all_day (OvsRosterData *data,
                                          gint64         employee_id,
                                          gint64         crew_id,
                                          const char    *date);
/* The crew does not work on @date: a whole-day absence of the crew or of everybody. */
gboolean       ovs_roster_crew_off       (OvsRosterData *data,
                                          gint64         crew_id,
                                          const char    *date);
/* Does @employee_id hold @requires (licence_b is also met by licence_be and licence_c; machine needs
 * the same detail when one is asked for) valid on @date? */
gboolean       ovs_roster_holds          (OvsRosterData *data,
                                          gint64         employee_id,
                                          const char    *requires,
                                          const char    *detail,
                                          const char    *date);
/* The pattern's working dates in [@from, @to] without exdates and days the crew is off (if @data). */
GPtrArray     *ovs_roster_pattern_dates  (OvsRosterPattern *pattern,
                                          OvsRosterData *data,
                                          const char    *from,
                                          const char    *to,
                                          GError       **error);
void           ovs_roster_pattern_free   (OvsRosterPattern *pattern);
OvsRosterPattern *ovs_roster_pattern_from_row (OvsStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsRosterPattern, ovs_roster_pattern_free)
/* SELECT list matching ovs_roster_pattern_from_row(). */
#define OVS_ROSTER_PATTERN_COLUMNS \
  "id, crew_id, rrule, exdates, start_time, end_time, break_minutes, task, location, requires, " \
  "requires_detail, valid_from, valid_to"

/* --- ovs-worktime.c: the Arbeidstijdenwet --- */

/* The thresholds in force on a date; a change of the law is a new row of the table in ovs-worktime.c. */
typedef struct
{
  const char *valid_from;
  int max_shift;            /* 5:7 (1): minutes of work per shift */
  int max_week;             /* 5:7 (2): minutes in a week (Sunday to Saturday) */
  int max_average;          /* 5:7 (2): minutes a week on average over … */
  int average_weeks;        /* … this many weeks */
  int break_after;          /* 5:4 (1): more than this much work needs … */
  int break_minutes;        /* … this much break, in pieces of at least … */
  int break_piece;
  int long_break_after;     /* 5:4 (2): more than this much work needs … */
  int long_break_minutes;   /* … this much break */
  int daily_rest;           /* 5:3 (1): rest between shifts … */
  int short_rest;           /* … which may be this short once in 7 × 24 hours */
  int weekly_rest;          /* 5:5 (1a): uninterrupted rest in every 7 × 24 hours, or … */
  int fortnight_rest;       /* 5:5 (1b): … this much in every 14 × 24 hours, in pieces of at least … */
  int fortnight_piece;
  int free_sundays;         /* 5:6 (3): Sundays without work in every … */
  int sunday_weeks;         /* … this many weeks */
  int night_end;            /* 1:7: a night shift has more than … */
  int night_minutes;        /* … this many minutes of work between 00:00 and night_end */
  int max_night_shift;      /* 5:8 (2a): minutes of work per night shift */
  int max_night_shifts;     /* 5:8 (2c): night shifts ending after … */
  int night_late_end;       /* … this time, in every … */
  int night_weeks;          /* … this many weeks */
  int night_rest;           /* 5:9 (1): rest after a night shift ending after night_late_end */
  int night_series;         /* 5:9 (2): after this many night shifts in a row … */
  int night_series_rest;    /* … this much rest */
} OvsWorktimeLimits;

const OvsWorktimeLimits *ovs_worktime_limits (const char *date);
/* The rest art. 5:9 asks after shift @i of the time-ordered @shifts: night_rest after a night shift
 * ending after 02:00, night_series_rest when a series of night shifts on consecutive days ends with it;
 * 0 after other shifts. */
int            ovs_worktime_night_rest   (GPtrArray     *shifts,
                                          guint          i);

typedef void (*OvsWorktimeFound) (OvsConflictCode code,
                                  OvsRosterShift *shift,   /* the shift the conflict is dated on */
                                  const char    *date,     /* the conflict's date */
                                  char          *message,  /* taken */
                                  gpointer       user_data);
/* Every Arbeidstijdenwet conflict of one person whose date lies in [@from, @to], from their time-ordered
 * @shifts; @who names them in messages. short_rest and shift_too_long included. */
void           ovs_worktime_check        (OvsRosterData *data,
                                          GPtrArray     *shifts,
                                          const char    *who,
                                          const char    *from,
                                          const char    *to,
                                          OvsWorktimeFound found,
                                          gpointer       user_data);
/* The code of the first Arbeidstijdenwet rule that @shift would break when added to its person's shifts
 * in @data (dates near the shift only), or -1. */
int            ovs_worktime_refuses      (OvsRosterData *data,
                                          OvsRosterShift *shift);

/* --- dates and times --- */
char          *ovs_roster_add_days       (const char    *iso,
                                          int            days);
/* 1 = Monday … 7 = Sunday. */
int            ovs_roster_weekday        (const char    *iso);
char          *ovs_roster_monday         (const char    *iso);
/* ovs_date_iso_to_display() ("03-03-2025") without the parser, for the messages of many conflicts. */
char          *ovs_roster_display        (const char    *iso);
/* The same into @display when @iso is a well-formed date with a four-digit year, else FALSE. */
gboolean       ovs_roster_display_to     (const char    *iso,
                                          char           display[11]);
/* Real minutes from @date @start_min to @date @end_min in Europe/Amsterdam (a shift over the
 * daylight-saving change at 02:00 is an hour shorter or longer). */
int            ovs_roster_real_minutes   (const char    *date,
                                          int            start_min,
                                          int            end_min);
/* Days since 1970-01-01 of an ISO date (0 for a bad date), and back. */
gint64         ovs_roster_day_number     (const char    *iso);
char          *ovs_roster_day_iso        (gint64         day);
/* Seconds since the epoch of @date @minutes in Europe/Amsterdam. */
gint64         ovs_roster_epoch          (const char    *date,
                                          int            minutes);
int            ovs_roster_worked_minutes (const OvsRosterShift *shift);
/* Fills @shift's start_at, end_at, worked and day from its date, times and break. */
void           ovs_roster_shift_clock    (OvsRosterShift *shift);
char          *ovs_roster_uid            (gint64         crew_id,
                                          gint64         employee_id,
                                          const char    *date,
                                          gint64         pattern_id);
char          *ovs_roster_now            (void);
/* Checks an ISO period: both dates valid, @to not before @from, at most ten years. */
gboolean       ovs_roster_check_period   (const char    *from,
                                          const char    *to,
                                          GError       **error);
/* The crews the user may plan (@crew_id if allowed, else an error; 0: all permitted, not ended). */
GArray        *ovs_roster_permitted_crews (OvsStore     *store,
                                          gint64         crew_id,
                                          GError       **error);

/* ovs-shift.c: a row object from a SELECT of OVS_SHIFT_COLUMNS. */
#define OVS_SHIFT_COLUMNS \
  "s.id, s.uid, s.crew_id, c.name, s.employee_id, e.personnel_number, " \
  "e.first_name || ' ' || coalesce (e.name_prefix || ' ', '') || e.last_name, s.pattern_id, s.date, " \
  "s.start_time, s.end_time, s.break_minutes, s.task, s.location, s.is_override, s.cancelled, s.sequence, " \
  "s.origin, s.updated_at"
OvsShift      *ovs_shift_new_from_row    (OvsStmt *stmt);

G_END_DECLS

G_BEGIN_DECLS

/* ovs-conflict.c: the conflicts a check finds, as plain rows until somebody asks for them as objects. */
typedef struct _OvsConflictRows OvsConflictRows;

OvsConflictRows *ovs_conflict_rows_new   (void);
void           ovs_conflict_rows_free    (OvsConflictRows *rows);
guint          ovs_conflict_rows_len     (OvsConflictRows *rows);
/* A conflict about @employee_ids (@n_ids of them), whose personnel numbers come from @data. Takes
 * @message. */
void           ovs_conflict_rows_add     (OvsConflictRows *rows,
                                          OvsRosterData *data,
                                          OvsConflictCode code,
                                          OvsConflictSeverity severity,
                                          gint64         crew_id,
                                          const char    *date,
                                          const gint64  *employee_ids,
                                          guint          n_ids,
                                          char          *message);
/* An hours_above_contract conflict whose message is written when first asked for. */
void           ovs_conflict_rows_add_hours_above_contract (OvsConflictRows *rows,
                                                           OvsRosterData *data,
                                                           gint64         crew_id,
                                                           const char    *monday,
                                                           gint64         employee_id,
                                                           const char    *who,
                                                           int            minutes,
                                                           int            contract_minutes);
/* Sorts the rows from index @from on in the check's order: date, crew name, code, first person. */
void           ovs_conflict_rows_sort    (OvsConflictRows *rows,
                                          guint          from);
/* A read-only list of OvsConflict over @rows (taken), each object made when first asked for. */
GListModel    *ovs_conflict_list_new     (OvsConflictRows *rows);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsConflictRows, ovs_conflict_rows_free)

/* Every conflict of the crews in @crews on days in [data->from, data->to], appended to @out. */
void           ovs_roster_find_conflicts (OvsRosterData *data,
                                          GArray        *crews,
                                          OvsConflictRows *out);
/* The whole-day or part-day absence kind as the user may see it, translated, for messages. */
const char    *ovs_roster_absence_word   (OvsRosterData *data,
                                          const char    *kind);

G_END_DECLS

G_BEGIN_DECLS

/* ovs-autofill-change.c: one proposed change; @reason is taken. */
OvsRosterChange *ovs_roster_change_new   (const char       *action,
                                          const char       *uid,
                                          gint64            crew_id,
                                          OvsRosterEmployee *employee,
                                          OvsRosterPattern *pattern,
                                          const char       *date,
                                          char             *reason);
OvsRosterPattern *ovs_roster_change_get_pattern (OvsRosterChange *self);

G_END_DECLS

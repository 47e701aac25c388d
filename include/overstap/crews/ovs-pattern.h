/* ovs-pattern.h — a crew's recurring working times (shift patterns).
 *
 * A pattern is stored as RFC 5545 RRULE text (e.g. "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH") and expanded with
 * libical from its valid_from date, as local calendar dates: the times are Europe/Amsterdam wall-clock
 * 'HH:MM', so a 07:30 shift starts at 07:30 on both sides of a daylight-saving change. Dates the crew
 * does not work (public holidays) are the pattern's exdates, plus every whole-day absence of kind
 * 'holiday' for everybody or for the whole crew. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *days;             /* "MO,TU,WE,TH,FR"; used when rrule is NULL */
  const char *rrule;            /* RFC 5545 RRULE text; wins over days */
  const char *start_time;       /* 'HH:MM', required */
  const char *end_time;         /* 'HH:MM', after start_time, required */
  int         break_minutes;    /* unpaid break, >= 0 and shorter than the shift */
  const char *task;             /* may be NULL */
  const char *location;         /* may be NULL */
  const char *requires;         /* NULL or an OVS_TYPE_QUALIFICATION_KIND code */
  const char *requires_detail;  /* the machine when requires = machine, e.g. "trekker" */
  const char *valid_from;       /* ISO, required */
  const char *valid_to;         /* ISO or NULL (open-ended) */
  const char *exdates;          /* comma-separated ISO dates the crew does not work, or NULL */
  const gint64 *member_ids;     /* 0-terminated employee ids (members of the crew) the pattern plans;
                                 * NULL: every member (add) or as it was (change); { 0 }: every member */
  gint64      version;          /* the row version the caller read (ovs_store_row_version()); a change
                                 * after someone else's is refused (OVS_STORE_ERROR_CONFLICT). 0: no check */
} OvsPatternFields;

/* Adds a pattern to a crew. Needs ovs_store_require_crew(). Returns the new id or 0. */
gint64      ovs_pattern_add             (OvsStore               *store,
                                         gint64                  crew_id,
                                         const OvsPatternFields *fields,
                                         GError                **error);
/* Replaces every field of pattern @pattern_id (its crew stays). Shifts follow on the next generate. */
gboolean    ovs_pattern_change          (OvsStore               *store,
                                         gint64                  pattern_id,
                                         const OvsPatternFields *fields,
                                         GError                **error);
/* Ends a pattern: it produces no dates after @valid_to (ISO). */
gboolean    ovs_pattern_end             (OvsStore               *store,
                                         gint64                  pattern_id,
                                         const char             *valid_to,
                                         GError                **error);
/* Adds dates (comma-separated ISO) the crew does not work to a pattern. */
gboolean    ovs_pattern_add_exdates     (OvsStore               *store,
                                         gint64                  pattern_id,
                                         const char             *dates,
                                         GError                **error);
/* [{id, crew_id, crew, rrule, days, start_time, end_time, break_minutes, task, location, requires,
 *   requires_detail, valid_from, valid_to, exdates: [..], members: [{employee_id, personnel_number,
 *   name}] (empty: every member)}], ordered by crew and start. @crew_id 0: every
 * crew the user may plan. */
JsonArray  *ovs_pattern_list            (OvsStore               *store,
                                         gint64                  crew_id,
                                         GError                **error);

/* The dates (ISO strings, ascending) pattern @pattern_id works in [@from, @to], leaving out its exdates
 * and whole-day holidays for everybody or its crew. */
GPtrArray  *ovs_pattern_expand          (OvsStore               *store,
                                         gint64                  pattern_id,
                                         const char             *from,
                                         const char             *to,
                                         GError                **error);

/* "MO,tu, we" -> "FREQ=WEEKLY;BYDAY=MO,TU,WE"; an unknown day is an error naming it. */
char       *ovs_pattern_rrule_from_days (const char             *days,
                                         GError                **error);
/* Parses @rrule with libical; refuses malformed text (quoting it and libical's error) and
 * recurrences finer than a day. */
gboolean    ovs_pattern_validate_rrule  (const char             *rrule,
                                         GError                **error);
/* 'H:MM' or 'HH:MM' (00:00–23:59) to minutes after midnight; @field names the option in the error. */
gboolean    ovs_parse_time              (const char             *text,
                                         const char             *field,
                                         int                    *minutes,
                                         GError                **error);

G_END_DECLS

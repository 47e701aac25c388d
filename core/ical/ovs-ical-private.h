/* ovs-ical-private.h — what the iCalendar modules (calendar, export, publish, import) share. */
#pragma once

#include <libical/ical.h>

#include "overstap/ical/ovs-ical.h"
#include "store/ovs-store-private.h"

G_BEGIN_DECLS

#define OVS_ICAL_TZID "Europe/Amsterdam"

typedef enum {
  OVS_ICAL_FEED_CREW,
  OVS_ICAL_FEED_EMPLOYEE,
  OVS_ICAL_FEED_DEADLINES,
} OvsIcalFeedKind;

typedef struct
{
  OvsIcalFeedKind kind;
  gint64          id;         /* crew or employee id; 0 for deadlines */
  char           *key;        /* "crew:12", "employee:34", "deadlines": the publication's feed */
  char           *title;      /* "Rooster Groenploeg Noord" */
  char           *file_name;  /* "ploeg-groenploeg-noord.ics" */
} OvsIcalFeed;

void            ovs_ical_feed_free          (OvsIcalFeed *feed);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsIcalFeed, ovs_ical_feed_free)

/* VCALENDAR with VERSION, PRODID, CALSCALE, METHOD:PUBLISH, NAME and X-WR-CALNAME @title, and our
 * VTIMEZONE for Europe/Amsterdam. */
icalcomponent  *ovs_ical_new_calendar       (const char  *title);
icalcomponent  *ovs_ical_amsterdam_vtimezone (void);
/* The calendar as folded CRLF text. */
char           *ovs_ical_serialize          (icalcomponent *calendar);

struct icaltimetype ovs_ical_date_value     (const char  *iso,
                                             int          add_days);
/* Room for a DTSTART, DTEND or DTSTAMP value and its NUL. */
#define OVS_ICAL_TIME_SIZE 32
/* 'YYYY-MM-DD' + @add_days as a DATE value "YYYYMMDD", read as ovs_ical_date_value() reads it. */
void            ovs_ical_format_date        (char        *buf,
                                             const char  *iso,
                                             int          add_days);
/* The same with a wall-clock time 'HH:MM': "YYYYMMDDTHHMM00". */
void            ovs_ical_format_local       (char        *buf,
                                             const char  *iso,
                                             int          add_days,
                                             const char  *time);
/* @now (UTC) as a DTSTAMP value: "YYYYMMDDTHHMMSSZ". */
void            ovs_ical_format_dtstamp     (char        *buf,
                                             struct icaltimetype now);
/* "Jan van der Berg" from the three name columns (prefix may be NULL). */
char           *ovs_ical_full_name          (const char  *first,
                                             const char  *prefix,
                                             const char  *last);
void            ovs_ical_append_full_name   (GString     *out,
                                             const char  *first,
                                             const char  *prefix,
                                             const char  *last);

/* One VEVENT of a feed, whoever writes it: properties in this order, the optional ones left out when
 * NULL (an empty location too) or unset. */
typedef struct
{
  const char *uid;
  const char *organizer_cn;
  const char *organizer_address;
  char        dtstart[OVS_ICAL_TIME_SIZE];  /* local Europe/Amsterdam "YYYYMMDDTHHMMSS", or a DATE */
  char        dtend[OVS_ICAL_TIME_SIZE];
  gboolean    all_day;                      /* DTSTART and DTEND are DATE values */
  gboolean    has_sequence;
  int         sequence;
  gboolean    cancelled;                    /* STATUS:CANCELLED, else CONFIRMED */
  const char *summary;
  const char *location;
  const char *description;
  gboolean    transparent;                  /* TRANSP:TRANSPARENT */
} OvsIcalEvent;

/* The event as folded CRLF text, appended to @out: the bytes libical writes for
 * ovs_ical_event_component() of it, folded by ovs_ical_fold(). @dtstamp from ovs_ical_format_dtstamp(). */
void            ovs_ical_write_event        (GString            *out,
                                             const char         *dtstamp,
                                             const OvsIcalEvent *event);
icalcomponent  *ovs_ical_event_component    (const OvsIcalEvent *event,
                                             struct icaltimetype now);
/* The text of ovs_ical_new_calendar (@title) up to its END:VCALENDAR, and that line. */
void            ovs_ical_write_calendar_start (GString          *out,
                                             const char         *title);
void            ovs_ical_write_calendar_end (GString            *out);

/* The Olson name for a Windows time zone name ("W. Europe Standard Time"), or NULL. */
const char     *ovs_ical_windows_zone       (const char  *name);

/* Feeds for the export functions and publishing. */
OvsIcalFeed    *ovs_ical_feed_for_crew      (OvsStore    *store,
                                             const char  *crew,
                                             GError     **error);
OvsIcalFeed    *ovs_ical_feed_for_employee  (OvsStore    *store,
                                             const char  *personnel_number,
                                             GError     **error);
OvsIcalFeed    *ovs_ical_feed_deadlines     (void);

/* Who works in each crew on each day, for the descriptions: "crew_id|date" -> GString of names. Of
 * the crew or employee of @feed, or with @feed NULL of every crew (publish loads it once for all feeds). */
GHashTable     *ovs_ical_load_colleagues    (OvsStore            *store,
                                             const OvsIcalFeed   *feed,
                                             const char          *from,
                                             const char          *to,
                                             GError             **error);

/* Builds the calendar of @feed for the period. When @publishing, cancelled shifts appear only if the
 * feed published them before, shifts gone from the feed since are added as CANCELLED, and what is
 * published is recorded in ical_publication (the caller holds the transaction). */
icalcomponent  *ovs_ical_build_feed         (OvsStore            *store,
                                             const OvsIcalFeed   *feed,
                                             const char          *from,
                                             const char          *to,
                                             gboolean             publishing,
                                             OvsIcalPublishStats *stats,
                                             GError             **error);
/* The same calendar written directly as folded CRLF text. @colleagues: from ovs_ical_load_colleagues()
 * for the period, or NULL to load the feed's own. */
char           *ovs_ical_build_feed_text    (OvsStore            *store,
                                             const OvsIcalFeed   *feed,
                                             const char          *from,
                                             const char          *to,
                                             gboolean             publishing,
                                             GHashTable          *colleagues,
                                             OvsIcalPublishStats *stats,
                                             GError             **error);

/* The feeds to publish for the period (ovs-ical-publish.c): every crew and employee with shifts in it,
 * those that published events in it before (to the folder, or with @caldav_target to that CalDAV
 * target), and the deadlines. */
GPtrArray      *ovs_ical_list_feeds         (OvsStore    *store,
                                             const char  *from,
                                             const char  *to,
                                             const char  *caldav_target,
                                             GError     **error);
/* The default publishing period: four weeks back, thirteen ahead; today + @days as ISO. */
#define OVS_ICAL_WEEKS_BACK 4
#define OVS_ICAL_WEEKS_AHEAD 13
char           *ovs_ical_shifted_today      (int          days);

/* Both ISO dates valid and @from <= @to, or an OVS_VALIDATION_ERROR. */
gboolean        ovs_ical_check_period       (const char  *from,
                                             const char  *to,
                                             GError     **error);

/* What a feed published of one shift, from ical_publication (ovs-ical-publish.c). The strings live in
 * the same allocation as the record. */
typedef struct
{
  gint64  sequence;
  gboolean cancelled;
  gboolean seen;      /* set while building: the shift is still in the feed */
  const char *uid;
  const char *date;
  const char *start_time;
  const char *end_time;
  const char *summary;
} OvsIcalPublished;

/* uid -> OvsIcalPublished of @feed_key with a date in the period. */
GHashTable     *ovs_ical_published_load     (OvsStore    *store,
                                             const char  *feed_key,
                                             const char  *from,
                                             const char  *to,
                                             GError     **error);
/* Records what @feed_key publishes of a shift, unless @rec (what it published before, or NULL)
 * already says so; ovs_ical_published_touch() then dates it. @published_at: ISO 8601 UTC. */
gboolean        ovs_ical_published_record   (OvsStore    *store,
                                             const OvsIcalPublished *rec,
                                             const char  *published_at,
                                             const char  *feed_key,
                                             const char  *uid,
                                             gint64       sequence,
                                             gboolean     cancelled,
                                             const char  *date,
                                             const char  *start_time,
                                             const char  *end_time,
                                             const char  *summary,
                                             GError     **error);
/* Sets published_at of every record of @feed_key in the period: each was published again (as it is,
 * or withdrawn), and one statement is cheaper than rewriting the unchanged ones one by one. */
gboolean        ovs_ical_published_touch    (OvsStore    *store,
                                             const char  *published_at,
                                             const char  *feed_key,
                                             const char  *from,
                                             const char  *to,
                                             GError     **error);

/* --- the text of a file being imported (ovs-ical-source.c) --- */

/* The raw text, checked for encoding, nesting and BEGIN/END structure before libical parses it, and kept
 * to find the line of a component or property that libical complains about. */
typedef struct _OvsIcalSource OvsIcalSource;

OvsIcalSource  *ovs_ical_source_new         (const char  *name,
                                             const char  *data,
                                             gsize        length,
                                             GError     **error);
void            ovs_ical_source_free        (OvsIcalSource *source);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsIcalSource, ovs_ical_source_free)
/* The text as UTF-8 without a byte-order mark, NUL-terminated. */
const char     *ovs_ical_source_text        (OvsIcalSource *source);
/* The unfolded logical lines; *@line (if not NULL) gets the physical line the @index-th begins on. */
guint           ovs_ical_source_n_lines     (OvsIcalSource *source);
const char     *ovs_ical_source_line        (OvsIcalSource *source,
                                             guint          index,
                                             guint         *line);
const char     *ovs_ical_source_name        (OvsIcalSource *source);
/* The line of the BEGIN of the @ordinal-th (from 0) component named @kind in document order, or 0. */
guint           ovs_ical_source_begin_line  (OvsIcalSource *source,
                                             const char    *kind,
                                             guint          ordinal);
/* The first line from @begin_line to that component's END that holds property @property with
 * @value (NULL: any value; "": an empty value; else a value containing it); @begin_line when none. */
guint           ovs_ical_source_property_line (OvsIcalSource *source,
                                             guint          begin_line,
                                             const char    *property,
                                             const char    *value);
/* The name of the component whose BEGIN is on @begin_line, as the file writes it ("X-FOO"), or NULL. */
char           *ovs_ical_source_begin_name  (OvsIcalSource *source,
                                             guint          begin_line);
/* The first line from @begin_line to that component's END that starts with @text; @begin_line if none. */
guint           ovs_ical_source_line_with   (OvsIcalSource *source,
                                             guint          begin_line,
                                             const char    *text);

G_END_DECLS

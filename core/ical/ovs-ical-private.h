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

/* DTSTART/DTEND of a local wall-clock time ('YYYY-MM-DD', 'HH:MM') with TZID=Europe/Amsterdam. */
icalproperty   *ovs_ical_local_dtstart      (const char  *date,
                                             const char  *time);
icalproperty   *ovs_ical_local_dtend        (const char  *date,
                                             const char  *time);
struct icaltimetype ovs_ical_date_value     (const char  *iso,
                                             int          add_days);
/* "Jan van der Berg" from the three name columns (prefix may be NULL). */
char           *ovs_ical_full_name          (const char  *first,
                                             const char  *prefix,
                                             const char  *last);

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

/* What a feed published of one shift, from ical_publication (ovs-ical-publish.c). */
typedef struct
{
  gint64  sequence;
  gboolean cancelled;
  gboolean seen;      /* set while building: the shift is still in the feed */
  char   *date;
  char   *start_time;
  char   *end_time;
  char   *summary;
} OvsIcalPublished;

/* uid -> OvsIcalPublished of @feed_key with a date in the period. */
GHashTable     *ovs_ical_published_load     (OvsStore    *store,
                                             const char  *feed_key,
                                             const char  *from,
                                             const char  *to,
                                             GError     **error);
gboolean        ovs_ical_published_record   (OvsStore    *store,
                                             const char  *feed_key,
                                             const char  *uid,
                                             gint64       sequence,
                                             gboolean     cancelled,
                                             const char  *date,
                                             const char  *start_time,
                                             const char  *end_time,
                                             const char  *summary,
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

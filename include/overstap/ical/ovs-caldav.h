/* ovs-caldav.h — publishing the iCalendar feeds to a CalDAV server (RFC 4791) and reading absences from one.
 *
 * Every feed that ovs_ical_publish_period() writes as a file (one per crew, one per employee with
 * shifts, the deadlines) becomes a calendar collection under the base URL, made with MKCALENDAR when
 * missing, with its display name and the Europe/Amsterdam time zone. Each event is its own resource,
 * UID.ics, written with If-None-Match: * when new and If-Match: ETAG when known; what was published is
 * kept per target (base URL and user) in the database, so that a republish sends only the events that
 * changed and deletes the ones that left a feed. An event someone else changed on the server (412) is
 * reported and left alone. Network failures and busy servers (502, 503, 504) are retried with backoff;
 * a publish that stopped halfway completes on the next run, without duplicates.
 *
 * The password is never taken from the command line: callers get it from the Secret Service or the
 * environment. It travels as HTTP authentication only when the server asks for it. */
#pragma once

#include "overstap/ical/ovs-ical.h"

G_BEGIN_DECLS

#define OVS_CALDAV_ERROR (ovs_caldav_error_quark ())

typedef enum {
  OVS_CALDAV_ERROR_URL,           /* not an http or https URL */
  OVS_CALDAV_ERROR_NETWORK,       /* no answer, after the retries */
  OVS_CALDAV_ERROR_UNAUTHORIZED,  /* 401: wrong user name or password */
  OVS_CALDAV_ERROR_FORBIDDEN,     /* 403 */
  OVS_CALDAV_ERROR_NOT_FOUND,     /* 404, or 409 when the collection's parent is missing */
  OVS_CALDAV_ERROR_CONFLICT,      /* 412: changed on the server since our last publish */
  OVS_CALDAV_ERROR_SERVER,        /* 5xx */
  OVS_CALDAV_ERROR_PROTOCOL,      /* any other answer, or one we cannot read */
} OvsCaldavError;

GQuark    ovs_caldav_error_quark   (void);

typedef struct
{
  const char *url;       /* the base collection, e.g. https://cloud.example.nl/remote.php/dav/calendars/rooster/ */
  const char *user;      /* NULL: from the URL, or none */
  const char *password;  /* NULL: none */
} OvsCaldavTarget;

typedef struct
{
  guint calendars;          /* collections published to */
  guint calendars_created;  /* of which made with MKCALENDAR */
  guint events;             /* events in the feeds */
  guint created;            /* resources written new (If-None-Match) */
  guint updated;            /* resources replaced (If-Match) */
  guint deleted;            /* resources removed (DELETE with If-Match) */
  guint unchanged;          /* events not sent: the same as last published */
  guint conflicts;          /* 412: changed by someone else, left as it is */
  guint requests;           /* HTTP requests, authentication round trips and retries included */
} OvsCaldavPublishStats;

/* Publishes every feed of the period to @target. @from/@to NULL: from four weeks ago to thirteen
 * weeks ahead. Needs OVS_PERM_EDIT_CREWS. Stops at the first error that is not a conflict; conflicts
 * are counted, the rest is published, and the call then fails with OVS_CALDAV_ERROR_CONFLICT naming
 * them. @stats (may be NULL) is filled in either way. */
gboolean  ovs_caldav_publish_period (OvsStore              *store,
                                     const OvsCaldavTarget *target,
                                     const char            *from,
                                     const char            *to,
                                     OvsCaldavPublishStats *stats,
                                     GError               **error);

/* Reads the events of the calendar collection @target->url that overlap the period of @options with a
 * calendar-query REPORT (time-range) and imports them as ovs_ical_import_data() does a file, all in one
 * transaction. */
gboolean  ovs_caldav_import         (OvsStore                   *store,
                                     const OvsCaldavTarget      *target,
                                     const OvsIcalImportOptions *options,
                                     OvsIcalImportStats         *stats,
                                     GError                    **error);

G_END_DECLS

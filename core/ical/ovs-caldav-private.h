/* ovs-caldav-private.h — the HTTP side of CalDAV that publishing and importing share (ovs-caldav-client.c). */
#pragma once

#include <libsoup/soup.h>

#include "overstap/ical/ovs-caldav.h"
#include "ical/ovs-ical-private.h"

G_BEGIN_DECLS

typedef struct _OvsCaldavClient OvsCaldavClient;

typedef struct
{
  guint   status;
  char   *reason;
  char   *etag;   /* the ETag header, or NULL */
  GBytes *body;
} OvsCaldavResponse;

void              ovs_caldav_response_clear (OvsCaldavResponse *response);

/* A synchronous client for one target: a session of its own, authentication when the server asks
 * for it (never before), and retries of failed connections and 502/503/504 with backoff. Use it from
 * one thread. */
OvsCaldavClient  *ovs_caldav_client_new     (const OvsCaldavTarget *target,
                                             GError               **error);
void              ovs_caldav_client_free    (OvsCaldavClient *client);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsCaldavClient, ovs_caldav_client_free)

/* The base URL, absolute and ending in '/'; and "user@URL", the key of what was published there. */
const char       *ovs_caldav_client_base    (OvsCaldavClient *client);
const char       *ovs_caldav_client_target  (OvsCaldavClient *client);
guint             ovs_caldav_client_requests (OvsCaldavClient *client);

/* Sends @method to @url with the header pairs @headers (NULL-terminated name, value, …; may be NULL)
 * and @body of @content_type (may be NULL). Fails only when no answer came after the retries; any
 * HTTP status is returned in @response. */
gboolean          ovs_caldav_send           (OvsCaldavClient    *client,
                                             const char         *method,
                                             const char         *url,
                                             const char * const *headers,
                                             const char         *content_type,
                                             const char         *body,
                                             OvsCaldavResponse  *response,
                                             GError            **error);

/* An error for an answer that was not a success, naming the calendar and (if not NULL) the event. */
void              ovs_caldav_set_status_error (GError                 **error,
                                               const OvsCaldavResponse *response,
                                               const char              *calendar,
                                               const char              *event);
/* Prefixes a network error with the calendar and event. */
void              ovs_caldav_prefix_error   (GError     **error,
                                             const char  *calendar,
                                             const char  *event);

/* --- what was published where (ovs-caldav-state.c) --- */

typedef struct
{
  char    *date;
  char    *etag;
  char    *digest;
  gint64   sequence;
  gboolean seen;     /* set while publishing: the event is still in the feed */
} OvsCaldavEvent;

/* The collection of @feed_key at @target: its id (0 when none yet), href and title. */
gboolean     ovs_caldav_calendar_lookup  (OvsStore    *store,
                                          const char  *target,
                                          const char  *feed_key,
                                          gint64      *id,
                                          char       **href,
                                          char       **title,
                                          GError     **error);
/* FALSE when the database failed; *@taken tells whether another feed of @target has @href. */
gboolean     ovs_caldav_href_taken       (OvsStore    *store,
                                          const char  *target,
                                          const char  *href,
                                          gboolean    *taken,
                                          GError     **error);
gint64       ovs_caldav_calendar_insert  (OvsStore    *store,
                                          const char  *target,
                                          const char  *feed_key,
                                          const char  *href,
                                          const char  *title,
                                          GError     **error);
gboolean     ovs_caldav_calendar_retitle (OvsStore    *store,
                                          gint64       id,
                                          const char  *title,
                                          GError     **error);
/* uid -> OvsCaldavEvent of the collection. */
GHashTable  *ovs_caldav_events_load      (OvsStore    *store,
                                          gint64       calendar_id,
                                          GError     **error);
gboolean     ovs_caldav_event_record     (OvsStore    *store,
                                          gint64       calendar_id,
                                          const char  *uid,
                                          const char  *date,
                                          const char  *etag,
                                          const char  *digest,
                                          gint64       sequence,
                                          GError     **error);
gboolean     ovs_caldav_event_forget     (OvsStore    *store,
                                          gint64       calendar_id,
                                          const char  *uid,
                                          GError     **error);

G_END_DECLS

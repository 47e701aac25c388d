/* ovs-caldav-publish.c — every feed as a calendar collection on a CalDAV server (RFC 4791), one
 * resource per event, sent only when it changed.
 *
 * Whether an event changed is decided by a digest of its properties without DTSTAMP and SEQUENCE
 * (which differ on every build), sorted, so that a server that reorders properties when it stores an
 * event (Radicale rewrites it through vobject) still matches. Every write is conditional: If-None-Match
 * for a new event, If-Match with the stored ETag for a known one; a 412 is not overwritten. When a 412
 * answers our own write whose answer we never got (the connection broke after the server stored it),
 * the server's copy equals what we send: then its ETag is adopted and nothing is duplicated. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ical/ovs-caldav-private.h"

typedef struct
{
  OvsStore              *store;
  OvsCaldavClient       *client;
  const char            *from;
  const char            *to;
  OvsCaldavPublishStats *stats;
  GError                *conflict;   /* the first 412, reported at the end */
} Publish;

typedef struct
{
  Publish           *publish;
  const OvsIcalFeed *feed;
  icalcomponent     *calendar;   /* the feed as built */
  GPtrArray         *events;     /* its VEVENTs (the calendar's own iterator is not ours to hold) */
  icalcomponent     *zone;       /* its VTIMEZONE */
  icalproperty      *prodid;
  gint64             id;         /* caldav_calendar.id */
  char              *href;
  GHashTable        *known;      /* uid -> OvsCaldavEvent */
} Collection;

/* --- digests --- */

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
event_digest (icalcomponent *event)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (icalproperty *prop = icalcomponent_get_first_property (event, ICAL_ANY_PROPERTY); prop != NULL;
       prop = icalcomponent_get_next_property (event, ICAL_ANY_PROPERTY))
    {
      icalproperty_kind kind = icalproperty_isa (prop);

      if (kind != ICAL_DTSTAMP_PROPERTY && kind != ICAL_SEQUENCE_PROPERTY && kind != ICAL_XLICERROR_PROPERTY)
        g_ptr_array_add (lines, icalproperty_as_ical_string_r (prop));
    }
  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    g_checksum_update (checksum, g_ptr_array_index (lines, i), -1);
  return g_strdup (g_checksum_get_string (checksum));
}

/* The event of a resource as the server holds it, or NULL. */
static char *
server_digest (GBytes *body, const char *uid)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
  icalcomponent *calendar = icalparser_parse_string (text);
  char *digest = NULL;

  if (calendar == NULL)
    return NULL;
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL && digest == NULL; event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      digest = event_digest (event);
  icalcomponent_free (calendar);
  return digest;
}

/* --- collections --- */

/* A VCALENDAR with VERSION, PRODID and the feed's VTIMEZONE, and @event if not NULL. RFC 4791 4.1: a
 * calendar object resource carries no METHOD. */
static char *
calendar_text (const Collection *collection, icalcomponent *event)
{
  icalcomponent *calendar = icalcomponent_new_vcalendar ();
  char *text;

  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_clone (collection->prodid));
  icalcomponent_add_component (calendar, icalcomponent_new_clone (collection->zone));
  if (event != NULL)
    icalcomponent_add_component (calendar, icalcomponent_new_clone (event));
  text = ovs_ical_serialize (calendar);
  icalcomponent_free (calendar);
  return text;
}

static char *
timezone_text (const Collection *collection)
{
  g_autofree char *text = calendar_text (collection, NULL);

  return g_markup_escape_text (text, -1);
}

/* The properties a collection is made with (MKCALENDAR) or brought up to date with (PROPPATCH). */
static char *
collection_body (const char *element, const Collection *collection)
{
  g_autofree char *name = g_markup_escape_text (collection->feed->title, -1);
  g_autofree char *zone = timezone_text (collection);
  gboolean make = g_str_equal (element, "C:mkcalendar");

  return g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<%s xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">\n"
    " <D:set><D:prop>\n"
    "  <D:displayname>%s</D:displayname>\n"
    "%s"
    "  <C:calendar-timezone>%s</C:calendar-timezone>\n"
    " </D:prop></D:set>\n"
    "</%s>\n", element, name,
    make ? "  <C:supported-calendar-component-set><C:comp name=\"VEVENT\"/></C:supported-calendar-component-set>\n" : "",
    zone, element);
}

static gboolean
send_collection (Collection *collection, const char *method, const char *element, OvsCaldavResponse *response,
                 GError **error)
{
  g_autofree char *body = collection_body (element, collection);

  if (!ovs_caldav_send (collection->publish->client, method, collection->href, NULL,
                        "application/xml; charset=utf-8", body, response, error))
    {
      ovs_caldav_prefix_error (error, collection->feed->title, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Sets the display name and time zone of a collection that exists already. */
static gboolean
update_collection (Collection *collection, GError **error)
{
  OvsCaldavResponse response = { 0 };
  gboolean ok = send_collection (collection, "PROPPATCH", "D:propertyupdate", &response, error);

  if (ok && response.status != 207 && response.status != 200)
    ok = (ovs_caldav_set_status_error (error, &response, collection->feed->title, NULL), FALSE);
  ovs_caldav_response_clear (&response);
  return ok;
}

/* MKCALENDAR; 405 means the collection is there already (RFC 4791 5.3.1), made by an earlier run whose
 * record was lost or by hand: it is taken over and given our name and time zone. */
static gboolean
make_collection (Collection *collection, GError **error)
{
  OvsCaldavResponse response = { 0 };
  gboolean ok = send_collection (collection, "MKCALENDAR", "C:mkcalendar", &response, error);

  if (ok && response.status == 405)
    ok = update_collection (collection, error);
  else if (ok && response.status / 100 == 2)
    collection->publish->stats->calendars_created++;
  else if (ok)
    ok = (ovs_caldav_set_status_error (error, &response, collection->feed->title, NULL), FALSE);
  ovs_caldav_response_clear (&response);
  return ok;
}

/* A new collection's href: the feed's file name without .ics, numbered when another feed took it. */
static char *
new_href (Publish *publish, const OvsIcalFeed *feed, GError **error)
{
  g_autofree char *stem = g_strndup (feed->file_name, strlen (feed->file_name) - strlen (".ics"));
  const char *target = ovs_caldav_client_target (publish->client);
  char *href = g_strconcat (ovs_caldav_client_base (publish->client), stem, "/", NULL);
  gboolean taken;

  if (!ovs_caldav_href_taken (publish->store, target, href, &taken, error))
    return (g_free (href), NULL);
  if (taken)
    {
      g_free (href);
      href = g_strdup_printf ("%s%s-%" G_GINT64_FORMAT "/", ovs_caldav_client_base (publish->client), stem, feed->id);
    }
  return href;
}

static gboolean
open_collection (Collection *collection, GError **error)
{
  Publish *publish = collection->publish;
  const char *target = ovs_caldav_client_target (publish->client);
  g_autofree char *title = NULL;

  if (!ovs_caldav_calendar_lookup (publish->store, target, collection->feed->key, &collection->id,
                                   &collection->href, &title, error))
    return FALSE;
  if (collection->id == 0)
    {
      if ((collection->href = new_href (publish, collection->feed, error)) == NULL ||
          !make_collection (collection, error))
        return FALSE;
      collection->id = ovs_caldav_calendar_insert (publish->store, target, collection->feed->key,
                                                   collection->href, collection->feed->title, error);
      if (collection->id == 0)
        return FALSE;
    }
  else if (g_strcmp0 (title, collection->feed->title) != 0)
    {
      /* The crew or the employee was renamed: the collection keeps its address, the name follows. */
      if (!update_collection (collection, error) ||
          !ovs_caldav_calendar_retitle (publish->store, collection->id, collection->feed->title, error))
        return FALSE;
    }
  collection->known = ovs_caldav_events_load (publish->store, collection->id, error);
  return collection->known != NULL;
}

/* --- events --- */

static char *
event_href (Collection *collection, const char *uid)
{
  g_autofree char *name = g_uri_escape_string (uid, NULL, FALSE);

  return g_strconcat (collection->href, name, ".ics", NULL);
}

static char *
event_date (icalcomponent *event)
{
  struct icaltimetype start = icalcomponent_get_dtstart (event);

  return g_strdup_printf ("%04d-%02d-%02d", start.year, start.month, start.day);
}

static void
note_conflict (Collection *collection, const OvsCaldavResponse *response, const char *uid)
{
  collection->publish->stats->conflicts++;
  if (collection->publish->conflict == NULL)
    ovs_caldav_set_status_error (&collection->publish->conflict, response, collection->feed->title, uid);
}

/* After a 412 on a write: the server's copy, if it is exactly what we meant to write, with its ETag. */
static gboolean
adopt_server_copy (Collection *collection, const char *href, const char *uid, const char *digest, char **etag,
                   GError **error)
{
  OvsCaldavResponse response = { 0 };
  g_autofree char *theirs = NULL;

  if (!ovs_caldav_send (collection->publish->client, "GET", href, NULL, NULL, NULL, &response, error))
    {
      ovs_caldav_prefix_error (error, collection->feed->title, uid);
      return FALSE;
    }
  if (response.status == 200 && response.etag != NULL && (theirs = server_digest (response.body, uid)) != NULL &&
      g_str_equal (theirs, digest))
    *etag = g_steal_pointer (&response.etag);
  ovs_caldav_response_clear (&response);
  return TRUE;
}

/* The ETag of a resource whose PUT answer carried none (the server changed what we sent). */
static gboolean
fetch_etag (Collection *collection, const char *href, const char *uid, char **etag, GError **error)
{
  OvsCaldavResponse response = { 0 };

  if (!ovs_caldav_send (collection->publish->client, "HEAD", href, NULL, NULL, NULL, &response, error))
    {
      ovs_caldav_prefix_error (error, collection->feed->title, uid);
      return FALSE;
    }
  *etag = g_steal_pointer (&response.etag);
  ovs_caldav_response_clear (&response);
  return TRUE;
}

/* PUT with the precondition that fits what we know; the new ETag, or NULL with a conflict noted. */
static gboolean
put_event (Collection *collection, icalcomponent *event, const char *uid, const char *digest,
           OvsCaldavEvent *known, char **etag, gboolean *conflict, GError **error)
{
  g_autofree char *href = event_href (collection, uid);
  g_autofree char *body = calendar_text (collection, event);
  const char *headers[] = { known && known->etag ? "If-Match" : "If-None-Match",
                            known && known->etag ? known->etag : "*", NULL };
  OvsCaldavResponse response = { 0 };
  gboolean ok = TRUE;

  if (!ovs_caldav_send (collection->publish->client, "PUT", href, known && !known->etag ? NULL : headers,
                        "text/calendar; charset=utf-8", body, &response, error))
    {
      ovs_caldav_prefix_error (error, collection->feed->title, uid);
      return FALSE;
    }
  if (response.status / 100 == 2)
    *etag = response.etag ? g_steal_pointer (&response.etag) : NULL;
  if (response.status / 100 == 2 && *etag == NULL)
    ok = fetch_etag (collection, href, uid, etag, error);
  else if (response.status == 412)
    {
      ok = adopt_server_copy (collection, href, uid, digest, etag, error);
      if (ok && *etag == NULL)
        {
          note_conflict (collection, &response, uid);
          *conflict = TRUE;
        }
    }
  else if (response.status / 100 != 2)
    ok = (ovs_caldav_set_status_error (error, &response, collection->feed->title, uid), FALSE);
  ovs_caldav_response_clear (&response);
  return ok;
}

static gboolean
publish_event (Collection *collection, icalcomponent *event, GError **error)
{
  Publish *publish = collection->publish;
  const char *uid = icalcomponent_get_uid (event);
  OvsCaldavEvent *known = g_hash_table_lookup (collection->known, uid);
  g_autofree char *digest = event_digest (event), *date = event_date (event), *etag = NULL;
  gint64 sequence = icalcomponent_get_sequence (event);
  gboolean conflict = FALSE;

  if (known != NULL)
    known->seen = TRUE;
  /* A shift cancelled before it ever reached the server has nothing to withdraw there. */
  if (known == NULL && icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
    return TRUE;
  publish->stats->events++;
  if (known != NULL && g_str_equal (known->digest, digest))
    {
      publish->stats->unchanged++;
      return TRUE;
    }
  /* Calendar apps take a change only with a higher SEQUENCE, even if whoever changed it did not raise it. */
  if (known != NULL)
    icalcomponent_set_sequence (event, (int) (sequence = MAX (sequence, known->sequence + 1)));
  if (!put_event (collection, event, uid, digest, known, &etag, &conflict, error))
    return FALSE;
  if (conflict)
    return TRUE;   /* noted; the record stays as it was, and the next publish tries again */
  if (known != NULL)
    publish->stats->updated++;
  else
    publish->stats->created++;
  return ovs_caldav_event_record (publish->store, collection->id, uid, date, etag, digest, sequence, error);
}

/* An event of the period that is no longer in the feed: DELETE, if it is still the copy we wrote. */
static gboolean
withdraw_event (Collection *collection, const char *uid, OvsCaldavEvent *known, GError **error)
{
  Publish *publish = collection->publish;
  g_autofree char *href = event_href (collection, uid);
  const char *headers[] = { "If-Match", known->etag, NULL };
  OvsCaldavResponse response = { 0 };
  gboolean ok;

  if (!ovs_caldav_send (publish->client, "DELETE", href, known->etag ? headers : NULL, NULL, NULL, &response, error))
    {
      ovs_caldav_prefix_error (error, collection->feed->title, uid);
      return FALSE;
    }
  if (response.status / 100 == 2 || response.status == 404 || response.status == 410)
    {
      publish->stats->deleted++;
      ok = ovs_caldav_event_forget (publish->store, collection->id, uid, error);
    }
  else if (response.status == 412)
    ok = (note_conflict (collection, &response, uid), TRUE);
  else
    ok = (ovs_caldav_set_status_error (error, &response, collection->feed->title, uid), FALSE);
  ovs_caldav_response_clear (&response);
  return ok;
}

static gboolean
publish_events (Collection *collection, GError **error)
{
  GHashTableIter iter;
  gpointer uid, known;

  for (guint i = 0; i < collection->events->len; i++)
    if (!publish_event (collection, g_ptr_array_index (collection->events, i), error))
      return FALSE;
  /* Events outside the period stay: a phone keeps the history the folder feeds drop. */
  g_hash_table_iter_init (&iter, collection->known);
  while (g_hash_table_iter_next (&iter, &uid, &known))
    {
      OvsCaldavEvent *event = known;

      if (!event->seen && g_strcmp0 (event->date, collection->publish->from) >= 0 &&
          g_strcmp0 (event->date, collection->publish->to) <= 0 && !withdraw_event (collection, uid, event, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
publish_feed (Publish *publish, const OvsIcalFeed *feed, GError **error)
{
  Collection collection = { publish, feed, NULL, g_ptr_array_new (), NULL, NULL, 0, NULL, NULL };
  gboolean ok;

  collection.calendar = ovs_ical_build_feed (publish->store, feed, publish->from, publish->to, FALSE, NULL, error);
  if (collection.calendar == NULL)
    {
      g_ptr_array_unref (collection.events);
      return FALSE;
    }
  collection.zone = icalcomponent_get_first_component (collection.calendar, ICAL_VTIMEZONE_COMPONENT);
  collection.prodid = icalcomponent_get_first_property (collection.calendar, ICAL_PRODID_PROPERTY);
  for (icalcomponent *event = icalcomponent_get_first_component (collection.calendar, ICAL_VEVENT_COMPONENT);
       event != NULL; event = icalcomponent_get_next_component (collection.calendar, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (collection.events, event);
  ok = open_collection (&collection, error) && publish_events (&collection, error);
  if (ok)
    publish->stats->calendars++;
  g_ptr_array_unref (collection.events);
  icalcomponent_free (collection.calendar);
  g_free (collection.href);
  g_clear_pointer (&collection.known, g_hash_table_unref);
  return ok;
}

static gboolean
audit_publish (Publish *publish, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();

  json_object_set_string_member (changes, "caldav", ovs_caldav_client_base (publish->client));
  json_object_set_string_member (changes, "from", publish->from);
  json_object_set_string_member (changes, "to", publish->to);
  json_object_set_int_member (changes, "calendars", publish->stats->calendars);
  json_object_set_int_member (changes, "created", publish->stats->created);
  json_object_set_int_member (changes, "updated", publish->stats->updated);
  json_object_set_int_member (changes, "deleted", publish->stats->deleted);
  json_object_set_int_member (changes, "conflicts", publish->stats->conflicts);
  return ovs_store_audit (publish->store, "publish", "caldav_calendar", 0, changes, error);
}

static gboolean
publish_all (Publish *publish, GError **error)
{
  g_autoptr(GPtrArray) feeds = ovs_ical_list_feeds (publish->store, publish->from, publish->to,
                                                    ovs_caldav_client_target (publish->client), error);

  if (feeds == NULL)
    return FALSE;
  for (guint i = 0; i < feeds->len; i++)
    if (!publish_feed (publish, g_ptr_array_index (feeds, i), error))
      return FALSE;
  return TRUE;
}

gboolean
ovs_caldav_publish_period (OvsStore *store, const OvsCaldavTarget *target, const char *from, const char *to,
                           OvsCaldavPublishStats *stats, GError **error)
{
  g_autofree char *start = from ? g_strdup (from) : ovs_ical_shifted_today (-7 * OVS_ICAL_WEEKS_BACK);
  g_autofree char *end = to ? g_strdup (to) : ovs_ical_shifted_today (7 * OVS_ICAL_WEEKS_AHEAD);
  g_autoptr(OvsCaldavClient) client = NULL;
  OvsCaldavPublishStats local = { 0 };
  Publish publish = { store, NULL, start, end, stats ? stats : &local, NULL };
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);
  if (stats != NULL)
    memset (stats, 0, sizeof *stats);
  if (!ovs_store_require (store, OVS_PERM_EDIT_CREWS, error) || !ovs_ical_check_period (start, end, error) ||
      (client = ovs_caldav_client_new (target, error)) == NULL)
    return FALSE;
  publish.client = client;
  ok = publish_all (&publish, error);
  publish.stats->requests = ovs_caldav_client_requests (client);
  if (ok && !audit_publish (&publish, error))
    ok = FALSE;
  if (ok && publish.conflict != NULL)
    {
      if (publish.stats->conflicts > 1)
        g_prefix_error (&publish.conflict, _("%u events were changed on the server by someone else and left as "
                                             "they are; the first: "), publish.stats->conflicts);
      g_propagate_error (error, g_steal_pointer (&publish.conflict));
      ok = FALSE;
    }
  g_clear_error (&publish.conflict);
  ovs_store_emit_changed (store, "caldav_calendar");
  return ok;
}

/* ovs-caldav-client.c — HTTP for CalDAV on libsoup 3: one synchronous session per target, the
 * password only when the server asks (a 401 challenge), retries with backoff, and errors that name
 * the calendar, the event and the server's answer. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ical/ovs-caldav-private.h"
#include "modules/ovs-soup-private.h"

/* Four tries, 0.25 + 0.5 + 1 s apart: long enough for a server that restarts, short enough that an
 * unreachable one is reported within seconds. */
#define ATTEMPTS 4
#define FIRST_BACKOFF_US (250 * 1000)
#define TIMEOUT_S 60

struct _OvsCaldavClient
{
  SoupSession *session;
  char        *base;
  char        *target;
  char        *user;
  char        *password;
  SoupAuth    *auth;       /* once the server asked for it */
  guint        requests;
};

G_DEFINE_QUARK (ovs-caldav-error-quark, ovs_caldav_error)

void
ovs_caldav_response_clear (OvsCaldavResponse *response)
{
  g_clear_pointer (&response->reason, g_free);
  g_clear_pointer (&response->etag, g_free);
  g_clear_pointer (&response->body, g_bytes_unref);
  response->status = 0;
}

/* The base URL as given, checked, with a trailing '/' so that collections resolve under it. */
static char *
parse_base (const char *url, char **user_in_url, GError **error)
{
  g_autoptr(GUri) uri = url ? g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL) : NULL;
  const char *scheme = uri ? g_uri_get_scheme (uri) : NULL;
  const char *path;

  if (scheme == NULL || (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      g_uri_get_host (uri) == NULL)
    {
      g_set_error (error, OVS_CALDAV_ERROR, OVS_CALDAV_ERROR_URL,
                   _("“%s” is not a CalDAV address (http:// or https://)"), url ? url : "");
      return NULL;
    }
  *user_in_url = g_strdup (g_uri_get_user (uri));
  path = g_uri_get_path (uri);
  {
    g_autofree char *slashed = g_str_has_suffix (path, "/") ? g_strdup (path) : g_strconcat (path, "/", NULL);
    g_autoptr(GUri) clean = g_uri_build (G_URI_FLAGS_ENCODED, g_uri_get_scheme (uri), NULL, g_uri_get_host (uri),
                                         g_uri_get_port (uri), slashed, NULL, NULL);

    return g_uri_to_string (clean);
  }
}

OvsCaldavClient *
ovs_caldav_client_new (const OvsCaldavTarget *target, GError **error)
{
  g_autofree char *user_in_url = NULL;
  char *base;
  OvsCaldavClient *client;

  /* libsoup comes with the bridge module libovs-soup.so, loaded by the first CalDAV client. */
  if (!ovs_soup_load (error) || (base = parse_base (target->url, &user_in_url, error)) == NULL)
    return NULL;
  client = g_new0 (OvsCaldavClient, 1);
  client->base = base;
  client->user = g_strdup (target->user ? target->user : user_in_url);
  client->password = g_strdup (target->password);
  client->target = g_strdup_printf ("%s@%s", client->user ? client->user : "", client->base);
  client->session = soup_session_new_with_options ("timeout", TIMEOUT_S, "user-agent", "Overstap/0.1 CalDAV",
                                                   NULL);
  soup_session_remove_feature_by_type (client->session, SOUP_TYPE_AUTH_MANAGER);
  /* OVERSTAP_CALDAV_DEBUG=1 shows the requests and answers (headers only: no bodies, no passwords). */
  if (g_getenv ("OVERSTAP_CALDAV_DEBUG") != NULL)
    {
      g_autoptr(SoupLogger) logger = soup_logger_new (SOUP_LOGGER_LOG_HEADERS);

      /* Not SOUP_SESSION_FEATURE(): that is an inline function of libsoup's header, which would link
       * libsoup into the program; this is the same checked cast through the module. */
      soup_session_add_feature (client->session,
                                G_TYPE_CHECK_INSTANCE_CAST (logger, soup_session_feature_get_type (),
                                                            SoupSessionFeature));
    }
  return client;
}

void
ovs_caldav_client_free (OvsCaldavClient *client)
{
  if (client == NULL)
    return;
  g_clear_object (&client->session);
  g_clear_object (&client->auth);
  g_free (client->base);
  g_free (client->target);
  g_free (client->user);
  if (client->password != NULL)
    memset (client->password, 0, strlen (client->password));
  g_free (client->password);
  g_free (client);
}

const char *
ovs_caldav_client_base (OvsCaldavClient *client)
{
  return client->base;
}

const char *
ovs_caldav_client_target (OvsCaldavClient *client)
{
  return client->target;
}

guint
ovs_caldav_client_requests (OvsCaldavClient *client)
{
  return client->requests;
}

static SoupMessage *
new_message (OvsCaldavClient *client, const char *method, const char *url, const char * const *headers,
             const char *content_type, const char *body)
{
  SoupMessage *msg = soup_message_new (method, url);
  SoupMessageHeaders *request_headers;

  if (msg == NULL)
    return NULL;
  request_headers = soup_message_get_request_headers (msg);
  for (guint i = 0; headers != NULL && headers[i] != NULL && headers[i + 1] != NULL; i += 2)
    soup_message_headers_append (request_headers, headers[i], headers[i + 1]);
  if (client->auth != NULL)
    {
      g_autofree char *authorization = soup_auth_get_authorization (client->auth, msg);

      soup_message_headers_replace (request_headers, "Authorization", authorization);
    }
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, content_type, bytes);
    }
  return msg;
}

/* The server's challenge (401), answered with the user and password for this and every later request
 * of the session. Done here rather than by libsoup's auth manager, whose restarted message goes out
 * without its body (libsoup 3.2) and leaves the server waiting for it. FALSE: no (usable) challenge. */
static gboolean
accept_challenge (OvsCaldavClient *client, SoupMessage *msg)
{
  const char *header = soup_message_headers_get_list (soup_message_get_response_headers (msg), "WWW-Authenticate");
  const char *digest = header ? strstr (header, "Digest") : NULL;
  const char *basic = header ? strstr (header, "Basic") : NULL;

  if (client->auth != NULL || client->user == NULL || client->password == NULL || (digest == NULL && basic == NULL))
    return FALSE;
  client->auth = digest ? soup_auth_new (SOUP_TYPE_AUTH_DIGEST, msg, digest)
                        : soup_auth_new (SOUP_TYPE_AUTH_BASIC, msg, basic);
  if (client->auth == NULL)
    return FALSE;
  soup_auth_authenticate (client->auth, client->user, client->password);
  return TRUE;
}

static gboolean
busy_status (guint status)
{
  return status == 502 || status == 503 || status == 504;
}

/* One round trip; NULL bytes with @error set when no answer came. */
static GBytes *
send_once (OvsCaldavClient *client, SoupMessage *msg, GError **error)
{
  client->requests++;
  return soup_session_send_and_read (client->session, msg, NULL, error);
}

static void
take_response (SoupMessage *msg, GBytes *bytes, OvsCaldavResponse *response)
{
  ovs_caldav_response_clear (response);
  response->status = soup_message_get_status (msg);
  response->reason = g_strdup (soup_message_get_reason_phrase (msg));
  response->etag = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg), "ETag"));
  response->body = bytes;
}

gboolean
ovs_caldav_send (OvsCaldavClient *client, const char *method, const char *url, const char * const *headers,
                 const char *content_type, const char *body, OvsCaldavResponse *response, GError **error)
{
  gulong backoff = FIRST_BACKOFF_US;
  guint attempt = 0;

  for (;;)
    {
      g_autoptr(SoupMessage) msg = new_message (client, method, url, headers, content_type, body);
      g_autoptr(GError) local = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (msg == NULL)
        {
          g_set_error (error, OVS_CALDAV_ERROR, OVS_CALDAV_ERROR_URL, _("“%s” is not a valid address"), url);
          return FALSE;
        }
      bytes = send_once (client, msg, &local);
      if (bytes != NULL && soup_message_get_status (msg) == 401 && accept_challenge (client, msg))
        continue;   /* the challenge is no failure: the same request again, with the password */
      if ((bytes == NULL || busy_status (soup_message_get_status (msg))) && ++attempt < ATTEMPTS)
        {
          g_usleep (backoff);
          backoff *= 2;
          continue;
        }
      if (bytes == NULL)
        {
          g_set_error (error, OVS_CALDAV_ERROR, OVS_CALDAV_ERROR_NETWORK, _("no answer from %s after %u tries: %s"),
                       url, attempt, local->message);
          return FALSE;
        }
      take_response (msg, g_steal_pointer (&bytes), response);
      return TRUE;
    }
}

/* --- errors --- */

static int
status_code (guint status)
{
  switch (status)
    {
    case 401: return OVS_CALDAV_ERROR_UNAUTHORIZED;
    case 403: return OVS_CALDAV_ERROR_FORBIDDEN;
    case 404: case 409: case 410: return OVS_CALDAV_ERROR_NOT_FOUND;
    case 412: return OVS_CALDAV_ERROR_CONFLICT;
    default: return status >= 500 ? OVS_CALDAV_ERROR_SERVER : OVS_CALDAV_ERROR_PROTOCOL;
    }
}

/* What the answer means, in words a user can act on. */
static char *
status_text (const OvsCaldavResponse *response)
{
  const char *reason = response->reason ? response->reason : "";

  switch (status_code (response->status))
    {
    case OVS_CALDAV_ERROR_UNAUTHORIZED:
      return g_strdup_printf (_("the server refused the user name or password (%u %s)"), response->status, reason);
    case OVS_CALDAV_ERROR_FORBIDDEN:
      return g_strdup_printf (_("this user may not write there (%u %s)"), response->status, reason);
    case OVS_CALDAV_ERROR_NOT_FOUND:
      return g_strdup_printf (_("the address does not exist on the server (%u %s)"), response->status, reason);
    case OVS_CALDAV_ERROR_CONFLICT:
      return g_strdup_printf (_("someone else changed it on the server since the last publish; it was left as "
                                "it is (%u %s)"), response->status, reason);
    case OVS_CALDAV_ERROR_SERVER:
      return g_strdup_printf (_("the server failed (%u %s)"), response->status, reason);
    default:
      return g_strdup_printf (_("the server gave an unexpected answer (%u %s)"), response->status, reason);
    }
}

static char *
where (const char *calendar, const char *event)
{
  if (event != NULL)
    return g_strdup_printf (_("Calendar “%s”, event %s"), calendar, event);
  return g_strdup_printf (_("Calendar “%s”"), calendar);
}

void
ovs_caldav_set_status_error (GError **error, const OvsCaldavResponse *response, const char *calendar,
                             const char *event)
{
  g_autofree char *place = where (calendar, event);
  g_autofree char *text = status_text (response);

  /* Translators: "Calendar “Rooster Groenploeg Noord”, event UID: the server failed (500 …)". */
  g_set_error (error, OVS_CALDAV_ERROR, status_code (response->status), _("%s: %s"), place, text);
}

void
ovs_caldav_prefix_error (GError **error, const char *calendar, const char *event)
{
  g_autofree char *place = where (calendar, event);

  g_prefix_error (error, _("%s: "), place);
}

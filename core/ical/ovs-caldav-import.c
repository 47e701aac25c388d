/* ovs-caldav-import.c — absences from a calendar on a CalDAV server: one calendar-query REPORT with a
 * time-range (RFC 4791 7.8) returns the events that overlap the period, and each resource goes through
 * the same import as a file (ovs_ical_import_data), all in one transaction. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "ical/ovs-caldav-private.h"

typedef struct
{
  GPtrArray *hrefs;      /* of the responses with calendar data */
  GPtrArray *data;
  GString   *text;       /* of the element being read */
  char      *href;       /* of the current response */
  char      *calendar;   /* its calendar-data */
} Multistatus;

/* Namespace prefixes differ per server ("D:", "d:", none with a default namespace): compare local names. */
static const char *
local_name (const char *element)
{
  const char *colon = strrchr (element, ':');

  return colon ? colon + 1 : element;
}

static void
start_element_cb (GMarkupParseContext *context, const char *element, const char **names, const char **values,
                  gpointer user_data, GError **error)
{
  Multistatus *status = user_data;

  g_string_truncate (status->text, 0);
  if (g_str_equal (local_name (element), "response"))
    {
      g_clear_pointer (&status->href, g_free);
      g_clear_pointer (&status->calendar, g_free);
    }
}

static void
end_element_cb (GMarkupParseContext *context, const char *element, gpointer user_data, GError **error)
{
  Multistatus *status = user_data;
  const char *name = local_name (element);

  if (g_str_equal (name, "href") && status->href == NULL)
    status->href = g_strstrip (g_strdup (status->text->str));
  else if (g_str_equal (name, "calendar-data"))
    status->calendar = g_strdup (status->text->str);
  else if (g_str_equal (name, "response") && status->calendar != NULL && *status->calendar != '\0')
    {
      g_ptr_array_add (status->hrefs, g_strdup (status->href ? status->href : "?"));
      g_ptr_array_add (status->data, g_steal_pointer (&status->calendar));
    }
  g_string_truncate (status->text, 0);
}

static void
text_cb (GMarkupParseContext *context, const char *text, gsize length, gpointer user_data, GError **error)
{
  g_string_append_len (((Multistatus *) user_data)->text, text, length);
}

static const GMarkupParser multistatus_parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };

static gboolean
parse_multistatus (Multistatus *status, GBytes *body, const char *url, GError **error)
{
  g_autoptr(GMarkupParseContext) context =
    g_markup_parse_context_new (&multistatus_parser, G_MARKUP_TREAT_CDATA_AS_TEXT, status, NULL);
  g_autoptr(GError) local = NULL;
  gsize length = 0;
  const char *xml = g_bytes_get_data (body, &length);

  if (!g_markup_parse_context_parse (context, xml ? xml : "", length, &local) ||
      !g_markup_parse_context_end_parse (context, &local))
    {
      g_set_error (error, OVS_CALDAV_ERROR, OVS_CALDAV_ERROR_PROTOCOL,
                   _("Calendar “%s”: the server's answer is not readable XML: %s"), url, local->message);
      return FALSE;
    }
  return TRUE;
}

/* --- the query --- */

static char *
utc_day (const char *iso, int add_days)
{
  struct icaltimetype t = ovs_ical_date_value (iso, add_days);

  return g_strdup_printf ("%04d%02d%02dT000000Z", t.year, t.month, t.day);
}

/* A day wider on each side than the period: the period is in Amsterdam time, the range in UTC; the
 * import itself keeps to the period exactly. */
static char *
query_body (const char *from, const char *to)
{
  g_autofree char *start = utc_day (from, -1), *end = utc_day (to, 2);

  return g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<C:calendar-query xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">\n"
    " <D:prop><D:getetag/><C:calendar-data/></D:prop>\n"
    " <C:filter><C:comp-filter name=\"VCALENDAR\"><C:comp-filter name=\"VEVENT\">\n"
    "  <C:time-range start=\"%s\" end=\"%s\"/>\n"
    " </C:comp-filter></C:comp-filter></C:filter>\n"
    "</C:calendar-query>\n", start, end);
}

static char *
default_date (int years_ahead, const char *month_day)
{
  g_autofree char *today = ovs_date_today_iso ();

  return g_strdup_printf ("%04d-%s", (int) g_ascii_strtoll (today, NULL, 10) + years_ahead, month_day);
}

static gboolean
query (OvsCaldavClient *client, const OvsIcalImportOptions *options, Multistatus *status, GError **error)
{
  g_autofree char *from = options->from ? g_strdup (options->from) : default_date (0, "01-01");
  g_autofree char *to = options->to ? g_strdup (options->to) : default_date (1, "12-31");
  g_autofree char *body = NULL;
  const char *headers[] = { "Depth", "1", NULL };
  const char *url = ovs_caldav_client_base (client);
  OvsCaldavResponse response = { 0 };
  gboolean ok;

  if (!ovs_ical_check_period (from, to, error))
    return FALSE;
  body = query_body (from, to);
  if (!ovs_caldav_send (client, "REPORT", url, headers, "application/xml; charset=utf-8", body, &response, error))
    {
      ovs_caldav_prefix_error (error, url, NULL);
      return FALSE;
    }
  if (response.status == 207)
    ok = parse_multistatus (status, response.body, url, error);
  else
    ok = (ovs_caldav_set_status_error (error, &response, url, NULL), FALSE);
  ovs_caldav_response_clear (&response);
  return ok;
}

static void
add_stats (OvsIcalImportStats *sum, const OvsIcalImportStats *one)
{
  sum->imported += one->imported;
  sum->updated += one->updated;
  sum->already_present += one->already_present;
  sum->cancelled += one->cancelled;
  sum->outside_period += one->outside_period;
  sum->duplicates += one->duplicates;
}

static gboolean
import_resources (OvsStore *store, Multistatus *status, const OvsIcalImportOptions *options,
                  OvsIcalImportStats *stats, GError **error)
{
  for (guint i = 0; i < status->data->len; i++)
    {
      const char *data = g_ptr_array_index (status->data, i);
      OvsIcalImportStats one = { 0 };

      if (!ovs_ical_import_data (store, data, strlen (data), g_ptr_array_index (status->hrefs, i), options, &one,
                                 error))
        return FALSE;
      add_stats (stats, &one);
    }
  return TRUE;
}

gboolean
ovs_caldav_import (OvsStore *store, const OvsCaldavTarget *target, const OvsIcalImportOptions *options,
                   OvsIcalImportStats *stats, GError **error)
{
  g_autoptr(OvsCaldavClient) client = NULL;
  Multistatus status = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free),
                         g_string_new (NULL), NULL, NULL };
  OvsIcalImportStats sum = { 0 };
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (target != NULL && options != NULL, FALSE);
  ok = (client = ovs_caldav_client_new (target, error)) != NULL && query (client, options, &status, error);
  /* All resources or none: an error in the tenth leaves the first nine out too. */
  if (ok && (ok = ovs_store_begin (store, error)))
    {
      if (import_resources (store, &status, options, &sum, error))
        ok = ovs_store_commit (store, error);
      else
        ok = (ovs_store_rollback (store), FALSE);
    }
  if (ok && stats != NULL)
    *stats = sum;
  g_ptr_array_unref (status.hrefs);
  g_ptr_array_unref (status.data);
  g_string_free (status.text, TRUE);
  g_free (status.href);
  g_free (status.calendar);
  return ok;
}

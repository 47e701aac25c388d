/* ovs-caldav-state.c — what was published to which CalDAV target (caldav_calendar, caldav_event). Each
 * row is written as soon as the server confirmed the request, outside any long transaction: a publish
 * that stops halfway leaves an exact record of what the server holds, and holds no lock while it waits
 * for the network. */
#include "config.h"

#include "ical/ovs-caldav-private.h"

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
ovs_caldav_calendar_lookup (OvsStore *store, const char *target, const char *feed_key, gint64 *id, char **href,
                            char **title, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, href, title FROM caldav_calendar "
                                            "WHERE target = ? AND feed = ?", error);

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, target);
  ovs_stmt_bind_text (stmt, 2, feed_key);
  if (ovs_stmt_next (stmt, &local))
    {
      *id = ovs_stmt_get_int64 (stmt, 0);
      *href = ovs_stmt_dup_text (stmt, 1);
      *title = ovs_stmt_dup_text (stmt, 2);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

gboolean
ovs_caldav_href_taken (OvsStore *store, const char *target, const char *href, gboolean *taken,
                       GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT 1 FROM caldav_calendar WHERE target = ? AND href = ?", error);
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, target);
  ovs_stmt_bind_text (stmt, 2, href);
  *taken = ovs_stmt_next (stmt, &local);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

gint64
ovs_caldav_calendar_insert (OvsStore *store, const char *target, const char *feed_key, const char *href,
                            const char *title, GError **error)
{
  g_autofree char *at = now_utc ();
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO caldav_calendar (target, feed, href, title, created_at) "
                                            "VALUES (?, ?, ?, ?, ?)", error);
  g_autofree char *stored_href = NULL, *stored_title = NULL;
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, target);
  ovs_stmt_bind_text (stmt, 2, feed_key);
  ovs_stmt_bind_text (stmt, 3, href);
  ovs_stmt_bind_text (stmt, 4, title);
  ovs_stmt_bind_text (stmt, 5, at);
  if (!ovs_stmt_run (stmt, error))
    return 0;
  /* Read the id back by its unique key rather than rely on an engine's last-insert id. */
  if (!ovs_caldav_calendar_lookup (store, target, feed_key, &id, &stored_href, &stored_title, error))
    return 0;
  return id;
}

gboolean
ovs_caldav_calendar_retitle (OvsStore *store, gint64 id, const char *title, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "UPDATE caldav_calendar SET title = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, title);
  ovs_stmt_bind_int64 (stmt, 2, id);
  return ovs_stmt_run (stmt, error);
}

static void
event_free (gpointer data)
{
  OvsCaldavEvent *event = data;

  g_free (event->date);
  g_free (event->etag);
  g_free (event->digest);
  g_free (event);
}

GHashTable *
ovs_caldav_events_load (OvsStore *store, gint64 calendar_id, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT uid, date, etag, digest, sequence FROM caldav_event "
                                            "WHERE calendar_id = ?", error);
  GHashTable *events;

  if (stmt == NULL)
    return NULL;
  events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, event_free);
  ovs_stmt_bind_int64 (stmt, 1, calendar_id);
  while (ovs_stmt_next (stmt, &local))
    {
      OvsCaldavEvent *event = g_new0 (OvsCaldavEvent, 1);

      event->date = ovs_stmt_dup_text (stmt, 1);
      event->etag = ovs_stmt_dup_text (stmt, 2);
      event->digest = ovs_stmt_dup_text (stmt, 3);
      event->sequence = ovs_stmt_get_int64 (stmt, 4);
      g_hash_table_insert (events, ovs_stmt_dup_text (stmt, 0), event);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_hash_table_unref (events);
      return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
    }
  return events;
}

gboolean
ovs_caldav_event_record (OvsStore *store, gint64 calendar_id, const char *uid, const char *date, const char *etag,
                         const char *digest, gint64 sequence, GError **error)
{
  g_autofree char *at = now_utc ();
  OvsStmt *stmt = ovs_store_prepare (store,
    "INSERT INTO caldav_event (calendar_id, uid, date, etag, digest, sequence, published_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (calendar_id, uid) DO UPDATE SET date = excluded.date, "
    "etag = excluded.etag, digest = excluded.digest, sequence = excluded.sequence, "
    "published_at = excluded.published_at", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, calendar_id);
  ovs_stmt_bind_text (stmt, 2, uid);
  ovs_stmt_bind_text (stmt, 3, date);
  if (etag != NULL)
    ovs_stmt_bind_text (stmt, 4, etag);
  else
    ovs_stmt_bind_null (stmt, 4);
  ovs_stmt_bind_text (stmt, 5, digest);
  ovs_stmt_bind_int64 (stmt, 6, sequence);
  ovs_stmt_bind_text (stmt, 7, at);
  return ovs_stmt_run (stmt, error);
}

gboolean
ovs_caldav_event_forget (OvsStore *store, gint64 calendar_id, const char *uid, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "DELETE FROM caldav_event WHERE calendar_id = ? AND uid = ?", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, calendar_id);
  ovs_stmt_bind_text (stmt, 2, uid);
  return ovs_stmt_run (stmt, error);
}

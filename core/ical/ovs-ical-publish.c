/* ovs-ical-publish.c — publishing every feed as an .ics file in a folder (for a web server or a shared
 * drive that calendar apps subscribe to), and remembering what was published. */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-files.h"
#include "ical/ovs-ical-private.h"


typedef struct
{
  char *part;   /* the complete new file, not yet in place */
  char *path;   /* where it goes */
} PendingFile;

static void
pending_file_free (gpointer data)
{
  PendingFile *file = data;

  g_free (file->part);
  g_free (file->path);
  g_free (file);
}

static const char *
copy_into (char **at, const char *text)
{
  const char *start = *at;
  gsize len = strlen (text) + 1;

  memcpy (*at, text, len);
  *at += len;
  return start;
}

/* One allocation for the record and its texts: a year's publish loads a quarter of a million. */
static OvsIcalPublished *
published_new (OvsStmt *stmt)
{
  const char *texts[5];
  gsize size = sizeof (OvsIcalPublished);
  OvsIcalPublished *rec;
  char *at;

  for (int i = 0; i < 5; i++)
    {
      texts[i] = ovs_stmt_get_text (stmt, i == 0 ? 0 : i + 2);
      texts[i] = texts[i] != NULL ? texts[i] : "";
      size += strlen (texts[i]) + 1;
    }
  rec = g_malloc (size);
  at = (char *) (rec + 1);
  rec->sequence = ovs_stmt_get_int64 (stmt, 1);
  rec->cancelled = ovs_stmt_get_int (stmt, 2) != 0;
  rec->seen = FALSE;
  rec->uid = copy_into (&at, texts[0]);
  rec->date = copy_into (&at, texts[1]);
  rec->start_time = copy_into (&at, texts[2]);
  rec->end_time = copy_into (&at, texts[3]);
  rec->summary = copy_into (&at, texts[4]);
  return rec;
}

GHashTable *
ovs_ical_published_load (OvsStore *store, const char *feed_key, const char *from, const char *to,
                         GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT uid, sequence, cancelled, date, start_time, end_time, summary FROM ical_publication "
    "WHERE feed = ? AND date BETWEEN ? AND ?", error);
  GHashTable *published;

  if (stmt == NULL)
    return NULL;
  published = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  ovs_stmt_bind_text (stmt, 1, feed_key);
  ovs_stmt_bind_text (stmt, 2, from);
  ovs_stmt_bind_text (stmt, 3, to);
  while (ovs_stmt_next (stmt, &local))
    {
      OvsIcalPublished *rec = published_new (stmt);

      g_hash_table_insert (published, (gpointer) rec->uid, rec);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_hash_table_unref (published);
      return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
    }
  return published;
}

static gboolean
published_unchanged (const OvsIcalPublished *rec, gint64 sequence, gboolean cancelled, const char *date,
                     const char *start_time, const char *end_time, const char *summary)
{
  return rec != NULL && rec->sequence == sequence && rec->cancelled == cancelled &&
         g_strcmp0 (rec->date, date) == 0 && g_strcmp0 (rec->start_time, start_time) == 0 &&
         g_strcmp0 (rec->end_time, end_time) == 0 && g_strcmp0 (rec->summary, summary) == 0;
}

gboolean
ovs_ical_published_record (OvsStore *store, const OvsIcalPublished *rec, const char *published_at,
                           const char *feed_key, const char *uid, gint64 sequence, gboolean cancelled,
                           const char *date, const char *start_time, const char *end_time, const char *summary,
                           GError **error)
{
  OvsStmt *stmt;

  if (published_unchanged (rec, sequence, cancelled, date, start_time, end_time, summary))
    return TRUE;
  stmt = ovs_store_prepare (store,
    "INSERT INTO ical_publication (feed, uid, sequence, cancelled, date, start_time, end_time, summary, "
    "                              published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (feed, uid) DO UPDATE SET sequence = excluded.sequence, cancelled = excluded.cancelled, "
    "  date = excluded.date, start_time = excluded.start_time, end_time = excluded.end_time, "
    "  summary = excluded.summary, published_at = excluded.published_at", error);
  if (stmt == NULL)
    return FALSE;
  /* The texts outlive the run of the statement: nothing to copy. */
  ovs_stmt_bind_text_static (stmt, 1, feed_key);
  ovs_stmt_bind_text_static (stmt, 2, uid);
  ovs_stmt_bind_int64 (stmt, 3, sequence);
  ovs_stmt_bind_int (stmt, 4, cancelled ? 1 : 0);
  ovs_stmt_bind_text_static (stmt, 5, date);
  ovs_stmt_bind_text_static (stmt, 6, start_time);
  ovs_stmt_bind_text_static (stmt, 7, end_time);
  ovs_stmt_bind_text_static (stmt, 8, summary);
  ovs_stmt_bind_text_static (stmt, 9, published_at);
  return ovs_stmt_run (stmt, error);
}

gboolean
ovs_ical_published_touch (OvsStore *store, const char *published_at, const char *feed_key, const char *from,
                          const char *to, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "UPDATE ical_publication SET published_at = ?1 WHERE feed = ?2 AND date BETWEEN ?3 AND ?4 "
    "AND published_at <> ?1", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, published_at);
  ovs_stmt_bind_text (stmt, 2, feed_key);
  ovs_stmt_bind_text (stmt, 3, from);
  ovs_stmt_bind_text (stmt, 4, to);
  return ovs_stmt_run (stmt, error);
}

/* --- which feeds --- */

/* Crews and employees with shifts in the period, or with events published in it before (whose
 * withdrawal must be published too): to the folder (ical_publication) or, with @target, to that CalDAV
 * target. Returns names (crews) or personnel numbers (employees). */
static GPtrArray *
list_feed_subjects (OvsStore *store, const char *select, const char *prefix, const char *from, const char *to,
                    const char *target, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *sql = target == NULL
    ? g_strdup_printf ("%s OR '%s:' || CAST (id AS TEXT) IN (SELECT feed FROM ical_publication "
                       "WHERE date BETWEEN ?1 AND ?2) ORDER BY 1", select, prefix)
    : g_strdup_printf ("%s OR '%s:' || CAST (id AS TEXT) IN (SELECT c.feed FROM caldav_calendar c "
                       "JOIN caldav_event e ON e.calendar_id = c.id WHERE c.target = ?3 "
                       "AND e.date BETWEEN ?1 AND ?2) ORDER BY 1", select, prefix);
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);
  GPtrArray *subjects;

  if (stmt == NULL)
    return NULL;
  subjects = g_ptr_array_new_with_free_func (g_free);
  ovs_stmt_bind_text (stmt, 1, from);
  ovs_stmt_bind_text (stmt, 2, to);
  if (target != NULL)
    ovs_stmt_bind_text (stmt, 3, target);
  while (ovs_stmt_next (stmt, &local))
    g_ptr_array_add (subjects, ovs_stmt_dup_text (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_ptr_array_unref (subjects);
      return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
    }
  return subjects;
}

GPtrArray *
ovs_ical_list_feeds (OvsStore *store, const char *from, const char *to, const char *target, GError **error)
{
  g_autoptr(GPtrArray) feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) ovs_ical_feed_free);
  g_autoptr(GPtrArray) crews = list_feed_subjects (store,
    "SELECT name FROM crew WHERE id IN (SELECT crew_id FROM shift WHERE date BETWEEN ?1 AND ?2)", "crew",
    from, to, target, error);
  g_autoptr(GPtrArray) employees = crews == NULL ? NULL : list_feed_subjects (store,
    "SELECT personnel_number FROM employee WHERE id IN (SELECT employee_id FROM shift WHERE date BETWEEN ?1 AND ?2)",
    "employee", from, to, target, error);

  if (employees == NULL)
    return NULL;
  for (guint i = 0; i < crews->len; i++)
    {
      OvsIcalFeed *feed = ovs_ical_feed_for_crew (store, g_ptr_array_index (crews, i), error);

      if (feed == NULL)
        return NULL;
      g_ptr_array_add (feeds, feed);
    }
  for (guint i = 0; i < employees->len; i++)
    {
      OvsIcalFeed *feed = ovs_ical_feed_for_employee (store, g_ptr_array_index (employees, i), error);

      if (feed == NULL)
        return NULL;
      g_ptr_array_add (feeds, feed);
    }
  g_ptr_array_add (feeds, ovs_ical_feed_deadlines ());
  return g_steal_pointer (&feeds);
}

/* --- writing --- */

/* Two crews whose names differ only in punctuation would get the same slug: number the later one. */
static char *
unique_file_name (GHashTable *taken, const OvsIcalFeed *feed)
{
  char *name = g_strdup (feed->file_name);

  if (g_hash_table_contains (taken, name))
    {
      g_autofree char *stem = g_strndup (name, strlen (name) - 4);

      g_free (name);
      name = g_strdup_printf ("%s-%" G_GINT64_FORMAT ".ics", stem, feed->id);
    }
  g_hash_table_add (taken, g_strdup (name));
  return name;
}

static gboolean
write_part (const char *dir, const char *file_name, const char *text, GPtrArray *pending, GError **error)
{
  PendingFile *file = g_new0 (PendingFile, 1);
  g_autofree char *hidden = g_strdup_printf (".%s.part", file_name);
  g_autoptr(GError) local = NULL;

  file->path = g_build_filename (dir, file_name, NULL);
  file->part = g_build_filename (dir, hidden, NULL);
  g_ptr_array_add (pending, file);
  if (!g_file_set_contents_full (file->part, text, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                 OVS_PRIVATE_FILE_MODE, &local))
    {
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_IO, _("Cannot write %s: %s"), file->part, local->message);
      return FALSE;
    }
  return TRUE;
}

/* The feeds share the lists of who works in each crew on each day: read once for all of them. */
static gboolean
build_parts (OvsStore *store, const char *dir, GPtrArray *feeds, const char *from, const char *to,
             GPtrArray *pending, OvsIcalPublishStats *stats, GError **error)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) colleagues = ovs_ical_load_colleagues (store, NULL, from, to, error);

  if (colleagues == NULL)
    return FALSE;
  for (guint i = 0; i < feeds->len; i++)
    {
      const OvsIcalFeed *feed = g_ptr_array_index (feeds, i);
      g_autofree char *text = ovs_ical_build_feed_text (store, feed, from, to, TRUE, colleagues, stats, error);
      g_autofree char *name = NULL;

      if (text == NULL)
        return FALSE;
      name = unique_file_name (taken, feed);
      if (!write_part (dir, name, text, pending, error))
        return FALSE;
      stats->files++;
    }
  return TRUE;
}

static void
remove_parts (GPtrArray *pending)
{
  for (guint i = 0; i < pending->len; i++)
    g_unlink (((PendingFile *) g_ptr_array_index (pending, i))->part);
}

/* rename() replaces each file atomically: a reader sees the old feed or the new one, never half. */
static gboolean
move_parts_into_place (GPtrArray *pending, GError **error)
{
  for (guint i = 0; i < pending->len; i++)
    {
      PendingFile *file = g_ptr_array_index (pending, i);

      if (g_rename (file->part, file->path) != 0)
        {
          int saved = errno;

          g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_IO, _("Cannot replace %s: %s"), file->path,
                       g_strerror (saved));
          remove_parts (pending);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
audit_publish (OvsStore *store, const char *dir, const char *from, const char *to,
               const OvsIcalPublishStats *stats, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();

  json_object_set_string_member (changes, "dir", dir);
  json_object_set_string_member (changes, "from", from);
  json_object_set_string_member (changes, "to", to);
  json_object_set_int_member (changes, "files", stats->files);
  json_object_set_int_member (changes, "events", stats->events);
  json_object_set_int_member (changes, "cancelled", stats->cancelled);
  return ovs_store_audit (store, "publish", "ical_feed", 0, changes, error);
}

char *
ovs_ical_shifted_today (int days)
{
  GDate date;

  ovs_date_today (&date);
  if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  else
    g_date_add_days (&date, (guint) days);
  return ovs_date_to_iso (&date);
}

static gboolean
prepare_dir (const char *dir, GError **error)
{
  if (g_mkdir_with_parents (dir, OVS_PRIVATE_DIR_MODE) != 0)
    {
      int saved = errno;

      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_IO, _("Cannot create folder %s: %s"), dir,
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

gboolean
ovs_ical_publish_period (OvsStore *store, const char *dir, const char *from, const char *to,
                         OvsIcalPublishStats *stats, GError **error)
{
  g_autofree char *start = from ? g_strdup (from) : ovs_ical_shifted_today (-7 * OVS_ICAL_WEEKS_BACK);
  g_autofree char *end = to ? g_strdup (to) : ovs_ical_shifted_today (7 * OVS_ICAL_WEEKS_AHEAD);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (pending_file_free);
  g_autoptr(GPtrArray) feeds = NULL;
  OvsIcalPublishStats local = { 0 };

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_CREWS, error) || !ovs_ical_check_period (start, end, error) ||
      !prepare_dir (dir, error) || !ovs_store_begin (store, error))
    return FALSE;
  if ((feeds = ovs_ical_list_feeds (store, start, end, NULL, error)) == NULL ||
      !build_parts (store, dir, feeds, start, end, pending, &local, error) ||
      !audit_publish (store, dir, start, end, &local, error))
    {
      remove_parts (pending);
      ovs_store_rollback (store);
      return FALSE;
    }
  /* Record first, then put the files in place: a failed commit leaves the old feeds untouched. */
  if (!ovs_store_commit (store, error))
    {
      remove_parts (pending);
      ovs_store_rollback (store);
      return FALSE;
    }
  if (!move_parts_into_place (pending, error))
    return FALSE;
  ovs_store_emit_changed (store, "ical_publication");
  if (stats != NULL)
    *stats = local;
  return TRUE;
}

gboolean
ovs_ical_publish (OvsStore *store, const char *dir, GError **error)
{
  return ovs_ical_publish_period (store, dir, NULL, NULL, NULL, error);
}

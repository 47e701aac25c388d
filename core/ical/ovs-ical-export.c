/* ovs-ical-export.c — rosters of crews and employees as iCalendar feeds.
 *
 * One VEVENT per shift row, its UID the shift's stable uid. The text of the feeds is Dutch: the
 * calendars are read by the crews in their own calendar apps, whatever the locale of the machine that
 * publishes them. Health data never appears: no BSN, no indication, and a sickness or medical absence
 * shows only as "Afwezig". */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "ical/ovs-ical-private.h"

#define SHIFT_COLUMNS \
  "SELECT s.uid, s.date, s.start_time, s.end_time, s.break_minutes, s.task, s.location, s.cancelled, " \
  "       s.sequence, s.crew_id, c.name, e.first_name, e.name_prefix, e.last_name, " \
  "       l.first_name, l.name_prefix, l.last_name " \
  "FROM shift s JOIN crew c ON c.id = s.crew_id JOIN employee e ON e.id = s.employee_id " \
  "LEFT JOIN employee l ON l.id = c.team_leader_id WHERE s.date BETWEEN ?2 AND ?3 AND "
#define SHIFT_ORDER " ORDER BY s.date, s.start_time, e.last_name, e.first_name, s.id"

#define COLLEAGUE_COLUMNS \
  "SELECT s.crew_id, s.date, e.first_name, e.name_prefix, e.last_name " \
  "FROM shift s JOIN employee e ON e.id = s.employee_id WHERE s.cancelled = 0 AND "
#define COLLEAGUE_ORDER " ORDER BY s.crew_id, s.date, e.last_name, e.first_name"

/* A feed under construction. Its events go through one OvsIcalEvent each, written straight into @text
 * (export, publish) or made into libical components in @calendar (CalDAV publishing). */
typedef struct
{
  const OvsIcalFeed   *feed;
  GString             *text;
  icalcomponent       *calendar;
  struct icaltimetype  now;
  char                 dtstamp[OVS_ICAL_TIME_SIZE];
  GHashTable          *colleagues;  /* "crew_id|date" -> GString of names */
  gboolean             own_colleagues;
  GHashTable          *published;   /* uid -> OvsIcalPublished, when publishing */
  char                *published_at;
  OvsIcalPublishStats *stats;
  char                *municipality_cn;      /* the organizer of events without a team leader */
  char                *municipality_address;
  /* The organizer of the shift before: a feed's shifts are nearly all of one crew. */
  gint64               leader_crew;
  GString             *leader_cn;
  char                *leader_address;
  /* Reused for every shift. */
  GString             *key;
  GString             *employee;
  GString             *summary;
  GString             *description;
} FeedBuild;

static const char *
col (OvsStmt *stmt, int i)
{
  return ovs_stmt_get_text (stmt, i);
}

static void
free_gstring (gpointer text)
{
  g_string_free (text, TRUE);
}

/* --- feeds --- */

OvsIcalFeed *
ovs_ical_feed_for_crew (OvsStore *store, const char *crew, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, name FROM crew WHERE name = ?", error);
  g_autoptr(OvsIcalFeed) feed = g_new0 (OvsIcalFeed, 1);
  g_autofree char *slug = NULL;
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, crew);
  if (!ovs_stmt_next (stmt, &local))
    {
      ovs_stmt_reset (stmt);
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_CREW,
                   _("There is no crew named “%s”"), crew);
      return NULL;
    }
  feed->kind = OVS_ICAL_FEED_CREW;
  feed->id = ovs_stmt_get_int64 (stmt, 0);
  feed->key = g_strdup_printf ("crew:%" G_GINT64_FORMAT, feed->id);
  feed->title = g_strdup_printf ("Rooster %s", col (stmt, 1));
  slug = ovs_ical_slug (col (stmt, 1));
  feed->file_name = g_strdup_printf ("ploeg-%s.ics", slug);
  ovs_stmt_reset (stmt);
  return g_steal_pointer (&feed);
}

OvsIcalFeed *
ovs_ical_feed_for_employee (OvsStore *store, const char *personnel_number, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, first_name, name_prefix, last_name "
                                                 "FROM employee WHERE personnel_number = ?", error);
  g_autoptr(OvsIcalFeed) feed = g_new0 (OvsIcalFeed, 1);
  g_autofree char *name = NULL, *slug = NULL, *number = NULL;
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, personnel_number);
  if (!ovs_stmt_next (stmt, &local))
    {
      ovs_stmt_reset (stmt);
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                   _("There is no employee with personnel number “%s”"), personnel_number);
      return NULL;
    }
  feed->kind = OVS_ICAL_FEED_EMPLOYEE;
  feed->id = ovs_stmt_get_int64 (stmt, 0);
  name = ovs_ical_full_name (col (stmt, 1), col (stmt, 2), col (stmt, 3));
  ovs_stmt_reset (stmt);
  feed->key = g_strdup_printf ("employee:%" G_GINT64_FORMAT, feed->id);
  feed->title = g_strdup_printf ("Rooster %s", name);
  slug = ovs_ical_slug (name);
  number = ovs_ical_slug (personnel_number);
  feed->file_name = g_strdup_printf ("medewerker-%s-%s.ics", slug, number);
  return g_steal_pointer (&feed);
}

OvsIcalFeed *
ovs_ical_feed_deadlines (void)
{
  OvsIcalFeed *feed = g_new0 (OvsIcalFeed, 1);

  feed->kind = OVS_ICAL_FEED_DEADLINES;
  feed->key = g_strdup ("deadlines");
  feed->title = g_strdup ("Deadlines convenanten en mijlpalen");
  feed->file_name = g_strdup ("deadlines.ics");
  return feed;
}

/* --- shifts --- */

static const char *
feed_filter (const OvsIcalFeed *feed)
{
  return feed->kind == OVS_ICAL_FEED_CREW ? "s.crew_id = ?1" : "s.employee_id = ?1";
}

/* "crew_id|date" into @key without printf: it is looked up for every shift. */
static const char *
colleague_key (GString *key, gint64 crew_id, const char *date)
{
  char digits[24];
  int n = 0;
  guint64 value = crew_id < 0 ? -(guint64) crew_id : (guint64) crew_id;

  do
    digits[n++] = (char) ('0' + value % 10);
  while ((value /= 10) > 0);
  g_string_truncate (key, 0);
  if (crew_id < 0)
    g_string_append_c (key, '-');
  while (n > 0)
    g_string_append_c (key, digits[--n]);
  g_string_append_c (key, '|');
  g_string_append (key, date ? date : "(null)");
  return key->str;
}

static OvsStmt *
prepare_colleagues (OvsStore *store, const OvsIcalFeed *feed, const char *from, const char *to, GError **error)
{
  g_autofree char *sql = NULL;
  OvsStmt *stmt;

  if (feed == NULL)
    sql = g_strconcat (COLLEAGUE_COLUMNS "s.date BETWEEN ?1 AND ?2", COLLEAGUE_ORDER, NULL);
  else
    sql = g_strconcat (COLLEAGUE_COLUMNS "s.date BETWEEN ?2 AND ?3 AND ",
                       feed->kind == OVS_ICAL_FEED_CREW ? "s.crew_id = ?1" :
                       "s.crew_id IN (SELECT crew_id FROM shift WHERE employee_id = ?1 "
                       "AND date BETWEEN ?2 AND ?3)", COLLEAGUE_ORDER, NULL);
  if ((stmt = ovs_store_prepare (store, sql, error)) == NULL)
    return NULL;
  if (feed != NULL)
    ovs_stmt_bind_int64 (stmt, 1, feed->id);
  ovs_stmt_bind_text (stmt, feed != NULL ? 2 : 1, from);
  ovs_stmt_bind_text (stmt, feed != NULL ? 3 : 2, to);
  return stmt;
}

GHashTable *
ovs_ical_load_colleagues (OvsStore *store, const OvsIcalFeed *feed, const char *from, const char *to,
                          GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = prepare_colleagues (store, feed, from, to, error);
  GHashTable *names;
  GString *list = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GString) previous = g_string_new (NULL);

  if (stmt == NULL)
    return NULL;
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_gstring);
  while (ovs_stmt_next (stmt, &local))
    {
      colleague_key (key, ovs_stmt_get_int64 (stmt, 0), col (stmt, 1));
      /* The rows come by crew and day: the list of the row before, until the day changes. */
      if (list == NULL || !g_string_equal (key, previous))
        list = g_hash_table_lookup (names, key->str);
      if (list == NULL)
        g_hash_table_insert (names, g_strdup (key->str), (list = g_string_new (NULL)));
      else
        g_string_append (list, ", ");
      g_string_assign (previous, key->str);
      ovs_ical_append_full_name (list, col (stmt, 2), col (stmt, 3), col (stmt, 4));
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_hash_table_unref (names);
      return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
    }
  return names;
}

/* Into build->summary: "Dienst Groenploeg Noord: maaien", and in a crew's feed the employee's name. */
static void
shift_summary (FeedBuild *build, OvsStmt *stmt)
{
  const char *task = col (stmt, 5);
  GString *text = build->summary;

  g_string_truncate (text, 0);
  g_string_append (text, "Dienst ");
  g_string_append (text, col (stmt, 10) ? col (stmt, 10) : "(null)");
  if (task != NULL && *task != '\0')
    {
      g_string_append (text, ": ");
      g_string_append (text, task);
    }
  if (build->feed->kind == OVS_ICAL_FEED_CREW)
    {
      g_string_append (text, " (");
      g_string_append_len (text, build->employee->str, (gssize) build->employee->len);
      g_string_append_c (text, ')');
    }
}

static void
shift_description (FeedBuild *build, OvsStmt *stmt)
{
  GString *crew = g_hash_table_lookup (build->colleagues, colleague_key (build->key, ovs_stmt_get_int64 (stmt, 9),
                                                                          col (stmt, 1)));
  GString *text = build->description;

  g_string_truncate (text, 0);
  if (build->feed->kind == OVS_ICAL_FEED_CREW)
    {
      g_string_append (text, "Medewerker: ");
      g_string_append_len (text, build->employee->str, (gssize) build->employee->len);
      g_string_append_c (text, '\n');
    }
  if (crew != NULL)
    {
      g_string_append (text, "Ploeg deze dag: ");
      g_string_append_len (text, crew->str, (gssize) crew->len);
      g_string_append_c (text, '\n');
    }
  if (!ovs_stmt_is_null (stmt, 14))
    {
      g_string_append (text, "Ploegleider: ");
      ovs_ical_append_full_name (text, col (stmt, 14), col (stmt, 15), col (stmt, 16));
      g_string_append_c (text, '\n');
    }
  if (col (stmt, 5) != NULL)
    {
      g_string_append (text, "Taak: ");
      g_string_append (text, col (stmt, 5));
      g_string_append_c (text, '\n');
    }
  g_string_append_printf (text, "Pauze: %d minuten", ovs_stmt_get_int (stmt, 4));
}

/* RFC 5546 wants an ORGANIZER on every published event: the crew's team leader for a shift, else the
 * municipality. Neither has an e-mail address here, and a phone should not offer to write to one, so the
 * address is a URN that only names them; CN is what calendar apps show. */
static gboolean
load_municipality (OvsStore *store, FeedBuild *build, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, name FROM organisation WHERE kind = 'municipality' "
                                            "ORDER BY id LIMIT 1", error);
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return FALSE;
  if (ovs_stmt_next (stmt, &local))
    {
      build->municipality_cn = g_strdup (col (stmt, 1));
      build->municipality_address = g_strdup_printf ("urn:x-overstap:organisation:%" G_GINT64_FORMAT,
                                                     (gint64) ovs_stmt_get_int64 (stmt, 0));
    }
  else
    {
      build->municipality_cn = g_strdup ("Overstap");
      build->municipality_address = g_strdup ("urn:x-overstap:organisation");
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static void
set_municipality (FeedBuild *build, OvsIcalEvent *event)
{
  event->organizer_cn = build->municipality_cn;
  event->organizer_address = build->municipality_address;
}

/* The team leader of the shift's crew (columns 9, 14-16), or the municipality. */
static void
set_shift_organizer (FeedBuild *build, OvsStmt *stmt, OvsIcalEvent *event)
{
  gint64 crew = ovs_stmt_get_int64 (stmt, 9);

  if (ovs_stmt_is_null (stmt, 14))
    {
      set_municipality (build, event);
      return;
    }
  if (build->leader_address == NULL || build->leader_crew != crew)
    {
      g_free (build->leader_address);
      build->leader_address = g_strdup_printf ("urn:x-overstap:crew:%" G_GINT64_FORMAT ":teamleider", crew);
      build->leader_crew = crew;
    }
  /* The name is built again for each shift: cheap, and never another crew's leader by mistake. */
  g_string_truncate (build->leader_cn, 0);
  ovs_ical_append_full_name (build->leader_cn, col (stmt, 14), col (stmt, 15), col (stmt, 16));
  event->organizer_cn = build->leader_cn->str;
  event->organizer_address = build->leader_address;
}

static void
emit_event (FeedBuild *build, const OvsIcalEvent *event)
{
  if (build->text != NULL)
    ovs_ical_write_event (build->text, build->dtstamp, event);
  else
    icalcomponent_add_component (build->calendar, ovs_ical_event_component (event, build->now));
  if (build->stats != NULL)
    build->stats->events++;
}

/* Shifts (not deadlines) count as withdrawn in the publish statistics. */
static void
emit_shift (FeedBuild *build, const OvsIcalEvent *event)
{
  emit_event (build, event);
  if (build->stats != NULL && event->cancelled)
    build->stats->cancelled++;
}

/* A shift's local times; one that ends at or before its start runs past midnight. */
static void
set_shift_times (OvsIcalEvent *event, const char *date, const char *start, const char *end)
{
  ovs_ical_format_local (event->dtstart, date, 0, start);
  ovs_ical_format_local (event->dtend, date, g_strcmp0 (end, start) > 0 ? 0 : 1, end);
}

/* The SEQUENCE to publish: never lower than published before, one higher when the shift changed
 * (or was cancelled) since, even if whoever changed it did not raise shift.sequence. */
static gint64
published_sequence (OvsIcalPublished *rec, gint64 sequence, gboolean cancelled, const char *date,
                    const char *start, const char *end, const char *summary)
{
  gboolean changed;

  if (rec == NULL)
    return sequence;
  changed = rec->cancelled != cancelled || g_strcmp0 (rec->date, date) != 0 ||
            g_strcmp0 (rec->start_time, start) != 0 || g_strcmp0 (rec->end_time, end) != 0 ||
            g_strcmp0 (rec->summary, summary) != 0;
  return MAX (sequence, rec->sequence + (changed ? 1 : 0));
}

static gboolean
add_shift (OvsStore *store, FeedBuild *build, OvsStmt *stmt, GError **error)
{
  const char *uid = col (stmt, 0), *date = col (stmt, 1), *start = col (stmt, 2), *end = col (stmt, 3);
  gboolean cancelled = ovs_stmt_get_int (stmt, 7) != 0;
  gint64 sequence = ovs_stmt_get_int64 (stmt, 8);
  OvsIcalEvent event = { 0 };

  g_string_truncate (build->employee, 0);
  ovs_ical_append_full_name (build->employee, col (stmt, 11), col (stmt, 12), col (stmt, 13));
  shift_summary (build, stmt);
  if (build->published != NULL)
    {
      OvsIcalPublished *rec = g_hash_table_lookup (build->published, uid);

      /* A shift cancelled before it was ever published has nothing to withdraw. */
      if (cancelled && rec == NULL)
        return TRUE;
      if (rec != NULL)
        rec->seen = TRUE;
      sequence = published_sequence (rec, sequence, cancelled, date, start, end, build->summary->str);
      if (!ovs_ical_published_record (store, rec, build->published_at, build->feed->key, uid, sequence,
                                      cancelled, date, start, end, build->summary->str, error))
        return FALSE;
    }
  shift_description (build, stmt);
  event.uid = uid;
  set_shift_organizer (build, stmt, &event);
  set_shift_times (&event, date, start, end);
  event.has_sequence = TRUE;
  event.sequence = (int) sequence;
  event.cancelled = cancelled;
  event.summary = build->summary->str;
  event.location = col (stmt, 6);
  event.description = build->description->str;
  emit_shift (build, &event);
  return TRUE;
}

static gboolean
add_shifts (OvsStore *store, FeedBuild *build, const char *from, const char *to, GError **error)
{
  g_autofree char *sql = g_strconcat (SHIFT_COLUMNS, feed_filter (build->feed), SHIFT_ORDER, NULL);
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);
  gboolean ok = TRUE;
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, build->feed->id);
  ovs_stmt_bind_text (stmt, 2, from);
  ovs_stmt_bind_text (stmt, 3, to);

  while (ok && ovs_stmt_next (stmt, &local))
    ok = add_shift (store, build, stmt, error);
  if (local != NULL)
    ok = (g_propagate_error (error, local), FALSE);
  ovs_stmt_reset (stmt);
  return ok;
}

/* Shifts this feed published that are gone from it now (deleted, or moved to another crew or person):
 * published once more, as CANCELLED, from what was recorded. */
static gboolean
add_withdrawn (OvsStore *store, FeedBuild *build, GError **error)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, build->published);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      OvsIcalPublished *rec = value;
      gint64 sequence = rec->sequence + (rec->cancelled ? 0 : 1);
      OvsIcalEvent event = { 0 };

      if (rec->seen)
        continue;
      if (!ovs_ical_published_record (store, rec, build->published_at, build->feed->key, key, sequence, TRUE,
                                      rec->date, rec->start_time, rec->end_time, rec->summary, error))
        return FALSE;
      event.uid = key;
      set_municipality (build, &event);
      set_shift_times (&event, rec->date, rec->start_time, rec->end_time);
      event.has_sequence = TRUE;
      event.sequence = (int) sequence;
      event.cancelled = TRUE;
      event.summary = rec->summary;
      emit_shift (build, &event);
    }
  return TRUE;
}

/* --- absences (in an employee's own feed only) ---
 * Their own, their crew's (a crew training day) and everybody's (public holidays). */

/* A feed is read in other people's calendars, so its words are Dutch whatever the exporting user's
 * language: one word per value, indexed by the enum (not the translated labels). Health data never
 * leaves: sickness and medical appointments show as absent, as they do to a role without health data. */
static const char * const absence_words[] = {
  [OVS_ABSENCE_KIND_LEAVE] = "Verlof",
  [OVS_ABSENCE_KIND_TRAINING] = "Opleiding",
  [OVS_ABSENCE_KIND_HOLIDAY] = "Feestdag",
  [OVS_ABSENCE_KIND_ABSENT] = "Afwezig",
};
G_STATIC_ASSERT (G_N_ELEMENTS (absence_words) == OVS_ABSENCE_KIND_ABSENT + 1);

static const char *
absence_summary (const char *kind)
{
  int value = OVS_ABSENCE_KIND_ABSENT;

  ovs_vocab_lookup (OVS_TYPE_ABSENCE_KIND, ovs_absence_kind_shown (kind, FALSE), &value);
  return absence_words[value] != NULL ? absence_words[value] : absence_words[OVS_ABSENCE_KIND_ABSENT];
}

static void
add_absence (FeedBuild *build, OvsStmt *stmt)
{
  g_autofree char *uid = g_strdup_printf ("overstap-absence-%" G_GINT64_FORMAT, (gint64) ovs_stmt_get_int64 (stmt, 0));
  const char *kind = col (stmt, 1), *note = col (stmt, 6);
  g_autofree char *summary = NULL;
  OvsIcalEvent event = { 0 };

  /* Only a holiday's name is shown: other notes may say why someone is away. */
  if (ovs_vocab_is (OVS_TYPE_ABSENCE_KIND, kind, OVS_ABSENCE_KIND_HOLIDAY) && note != NULL && *note != '\0')
    summary = g_strdup_printf ("Feestdag: %s", note);
  else
    summary = g_strdup (absence_summary (kind));
  event.uid = uid;
  set_municipality (build, &event);
  if (!ovs_stmt_is_null (stmt, 4) && !ovs_stmt_is_null (stmt, 5))
    {
      ovs_ical_format_local (event.dtstart, col (stmt, 2), 0, col (stmt, 4));
      ovs_ical_format_local (event.dtend, col (stmt, 3), 0, col (stmt, 5));
    }
  else
    {
      event.all_day = TRUE;
      ovs_ical_format_date (event.dtstart, col (stmt, 2), 0);
      ovs_ical_format_date (event.dtend, col (stmt, 3), 1);
    }
  event.summary = summary;
  event.transparent = TRUE;
  emit_event (build, &event);
}

static gboolean
add_absences (OvsStore *store, FeedBuild *build, const char *from, const char *to, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT id, kind, start_date, end_date, start_time, end_time, note FROM absence "
    "WHERE end_date >= ?2 AND start_date <= ?3 AND (employee_id = ?1 OR (employee_id IS NULL AND "
    "      (crew_id IS NULL OR crew_id IN (SELECT crew_id FROM crew_membership WHERE employee_id = ?1 "
    "       AND start_date <= ?3 AND (end_date IS NULL OR end_date >= ?2))))) "
    "ORDER BY start_date, id", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, build->feed->id);
  ovs_stmt_bind_text (stmt, 2, from);
  ovs_stmt_bind_text (stmt, 3, to);
  while (ovs_stmt_next (stmt, &local))
    add_absence (build, stmt);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

/* --- deadlines --- */

/* The status list of a kind of deadline (covenant agreements, milestones) and the feed's Dutch word for
 * each status (fixed, as absence_words). */
typedef struct
{
  GType              (*type) (void);
  const char * const  *words;
  int                  dropped;
} StatusWords;

static const char * const agreement_words[] = {
  [OVS_AGREEMENT_STATUS_OPEN] = "open", [OVS_AGREEMENT_STATUS_IN_PROGRESS] = "bezig",
  [OVS_AGREEMENT_STATUS_DONE] = "afgerond", [OVS_AGREEMENT_STATUS_DROPPED] = "vervallen",
};
G_STATIC_ASSERT (G_N_ELEMENTS (agreement_words) == OVS_AGREEMENT_STATUS_DROPPED + 1);

static const char * const milestone_words[] = {
  [OVS_MILESTONE_STATUS_PLANNED] = "gepland", [OVS_MILESTONE_STATUS_IN_PROGRESS] = "bezig",
  [OVS_MILESTONE_STATUS_DONE] = "afgerond", [OVS_MILESTONE_STATUS_DROPPED] = "vervallen",
};
G_STATIC_ASSERT (G_N_ELEMENTS (milestone_words) == OVS_MILESTONE_STATUS_DROPPED + 1);

static const StatusWords agreement_statuses = {
  ovs_agreement_status_get_type, agreement_words, OVS_AGREEMENT_STATUS_DROPPED,
};

static const StatusWords milestone_statuses = {
  ovs_milestone_status_get_type, milestone_words, OVS_MILESTONE_STATUS_DROPPED,
};

/* Columns: id, title, owner, due_date, status, context, changes (the SEQUENCE). */
static void
add_deadline (FeedBuild *build, OvsStmt *stmt, const char *entity, const char *summary_format,
              const StatusWords *statuses)
{
  g_autofree char *uid = g_strdup_printf ("overstap-%s-%" G_GINT64_FORMAT, entity, (gint64) ovs_stmt_get_int64 (stmt, 0));
  g_autofree char *summary = g_strdup_printf (summary_format, col (stmt, 1), col (stmt, 5) ? col (stmt, 5) : "");
  g_autoptr(GString) description = g_string_new (NULL);
  OvsIcalEvent event = { 0 };
  int status = -1;

  ovs_vocab_lookup (statuses->type (), col (stmt, 4), &status);
  g_string_append_printf (description, "Status: %s", status >= 0 ? statuses->words[status] : col (stmt, 4));
  if (col (stmt, 2) != NULL)
    g_string_append_printf (description, "\nEigenaar: %s", col (stmt, 2));
  event.uid = uid;
  set_municipality (build, &event);
  event.all_day = TRUE;
  ovs_ical_format_date (event.dtstart, col (stmt, 3), 0);
  ovs_ical_format_date (event.dtend, col (stmt, 3), 1);
  event.has_sequence = TRUE;
  event.sequence = ovs_stmt_get_int (stmt, 6);
  event.cancelled = status == statuses->dropped;
  event.summary = summary;
  event.description = description->str;
  event.transparent = TRUE;
  emit_event (build, &event);
}

static gboolean
add_deadline_rows (OvsStore *store, FeedBuild *build, const char *sql, const char *entity,
                   const char *summary_format, const StatusWords *statuses, const char *from, const char *to,
                   GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, from);
  ovs_stmt_bind_text (stmt, 2, to);
  while (ovs_stmt_next (stmt, &local))
    add_deadline (build, stmt, entity, summary_format, statuses);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
add_deadlines (OvsStore *store, FeedBuild *build, const char *from, const char *to, GError **error)
{
  return add_deadline_rows (store, build,
    "SELECT a.id, a.title, a.owner, a.due_date, a.status, c.name, "
    "       (SELECT count(*) FROM audit_log l WHERE l.entity = 'covenant_agreement' AND l.entity_id = a.id "
    "        AND l.action != 'insert') "
    "FROM covenant_agreement a JOIN covenant c ON c.id = a.covenant_id "
    "WHERE a.due_date BETWEEN ?1 AND ?2 ORDER BY a.due_date, a.id",
    "covenant-agreement", "Deadline %s (convenant %s)", &agreement_statuses, from, to, error) &&
  add_deadline_rows (store, build,
    "SELECT m.id, m.title, m.owner, m.due_date, m.status, NULL, "
    "       (SELECT count(*) FROM audit_log l WHERE l.entity = 'milestone' AND l.entity_id = m.id "
    "        AND l.action != 'insert') "
    "FROM milestone m WHERE m.due_date BETWEEN ?1 AND ?2 ORDER BY m.due_date, m.id",
    "milestone", "Mijlpaal: %s%s", &milestone_statuses, from, to, error);
}

/* --- building a feed --- */

static gboolean
build_events (OvsStore *store, FeedBuild *build, const char *from, const char *to, gboolean publishing,
              GError **error)
{
  if (!load_municipality (store, build, error))
    return FALSE;
  if (build->feed->kind == OVS_ICAL_FEED_DEADLINES)
    return add_deadlines (store, build, from, to, error);
  if (publishing &&
      (build->published = ovs_ical_published_load (store, build->feed->key, from, to, error)) == NULL)
    return FALSE;
  if (build->colleagues == NULL)
    {
      if ((build->colleagues = ovs_ical_load_colleagues (store, build->feed, from, to, error)) == NULL)
        return FALSE;
      build->own_colleagues = TRUE;
    }
  if (!add_shifts (store, build, from, to, error))
    return FALSE;
  if (publishing && (!add_withdrawn (store, build, error) ||
                     !ovs_ical_published_touch (store, build->published_at, build->feed->key, from, to, error)))
    return FALSE;
  return build->feed->kind != OVS_ICAL_FEED_EMPLOYEE || add_absences (store, build, from, to, error);
}

static void
feed_build_init (FeedBuild *build, const OvsIcalFeed *feed, GHashTable *colleagues, OvsIcalPublishStats *stats)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  *build = (FeedBuild) { .feed = feed, .colleagues = colleagues, .stats = stats };
  build->now = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());
  ovs_ical_format_dtstamp (build->dtstamp, build->now);
  build->published_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  build->leader_cn = g_string_new (NULL);
  build->key = g_string_new (NULL);
  build->employee = g_string_new (NULL);
  build->summary = g_string_new (NULL);
  build->description = g_string_new (NULL);
}

static void
feed_build_clear (FeedBuild *build)
{
  if (build->own_colleagues)
    g_clear_pointer (&build->colleagues, g_hash_table_unref);
  g_clear_pointer (&build->published, g_hash_table_unref);
  g_free (build->published_at);
  g_free (build->municipality_cn);
  g_free (build->municipality_address);
  g_free (build->leader_address);
  g_string_free (build->leader_cn, TRUE);
  g_string_free (build->key, TRUE);
  g_string_free (build->employee, TRUE);
  g_string_free (build->summary, TRUE);
  g_string_free (build->description, TRUE);
}

icalcomponent *
ovs_ical_build_feed (OvsStore *store, const OvsIcalFeed *feed, const char *from, const char *to,
                     gboolean publishing, OvsIcalPublishStats *stats, GError **error)
{
  FeedBuild build;
  gboolean ok;

  feed_build_init (&build, feed, NULL, stats);
  build.calendar = ovs_ical_new_calendar (feed->title);
  ok = build_events (store, &build, from, to, publishing, error);
  if (!ok)
    g_clear_pointer (&build.calendar, icalcomponent_free);
  feed_build_clear (&build);
  return build.calendar;
}

char *
ovs_ical_build_feed_text (OvsStore *store, const OvsIcalFeed *feed, const char *from, const char *to,
                          gboolean publishing, GHashTable *colleagues, OvsIcalPublishStats *stats, GError **error)
{
  FeedBuild build;
  gboolean ok;

  feed_build_init (&build, feed, colleagues, stats);
  build.text = g_string_sized_new (64 * 1024);
  ovs_ical_write_calendar_start (build.text, feed->title);
  ok = build_events (store, &build, from, to, publishing, error);
  feed_build_clear (&build);
  if (!ok)
    {
      g_string_free (build.text, TRUE);
      return NULL;
    }
  ovs_ical_write_calendar_end (build.text);
  return g_string_free (build.text, FALSE);
}

/* --- the public exports --- */

gboolean
ovs_ical_check_period (const char *from, const char *to, GError **error)
{
  GDate a, b;

  if (from == NULL || to == NULL || !ovs_date_from_iso (from, &a) || !ovs_date_from_iso (to, &b))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("The period needs a start and an end date (YYYY-MM-DD), got “%s” to “%s”"),
                   from ? from : "", to ? to : "");
      return FALSE;
    }
  if (g_date_compare (&a, &b) > 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("The period ends (%s) before it starts (%s)"), to, from);
      return FALSE;
    }
  return TRUE;
}

static char *
export_feed (OvsStore *store, const OvsIcalFeed *feed, const char *from, const char *to, GError **error)
{
  return ovs_ical_build_feed_text (store, feed, from, to, FALSE, NULL, NULL, error);
}

char *
ovs_ical_export_crew (OvsStore *store, const char *crew, const char *from, const char *to, GError **error)
{
  g_autoptr(OvsIcalFeed) feed = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  g_return_val_if_fail (crew != NULL, NULL);
  if (!ovs_ical_check_period (from, to, error) || (feed = ovs_ical_feed_for_crew (store, crew, error)) == NULL)
    return NULL;
  if (!ovs_store_require_crew (store, feed->id, error))
    return NULL;
  return export_feed (store, feed, from, to, error);
}

/* A teamleider may export the roster of someone who is (or was) in one of their crews. */
static gboolean
require_employee (OvsStore *store, gint64 employee_id, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt;
  gboolean allowed = FALSE;

  if (ovs_store_can (store, OVS_PERM_EDIT_CREWS))
    return TRUE;
  stmt = ovs_store_prepare (store, "SELECT crew_id FROM crew_membership WHERE employee_id = ?1 "
                                   "UNION SELECT crew_id FROM shift WHERE employee_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  while (!allowed && ovs_stmt_next (stmt, &local))
    allowed = ovs_store_can_edit_crew (store, ovs_stmt_get_int64 (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return allowed || ovs_store_require (store, OVS_PERM_EDIT_CREWS, error);
}

char *
ovs_ical_export_employee (OvsStore *store, const char *personnel_number, const char *from, const char *to,
                          GError **error)
{
  g_autoptr(OvsIcalFeed) feed = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  g_return_val_if_fail (personnel_number != NULL, NULL);
  if (!ovs_ical_check_period (from, to, error) ||
      (feed = ovs_ical_feed_for_employee (store, personnel_number, error)) == NULL)
    return NULL;
  if (!require_employee (store, feed->id, error))
    return NULL;
  return export_feed (store, feed, from, to, error);
}

char *
ovs_ical_export_deadlines (OvsStore *store, const char *from, const char *to, GError **error)
{
  g_autoptr(OvsIcalFeed) feed = ovs_ical_feed_deadlines ();

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_ical_check_period (from, to, error) || !ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error))
    return NULL;
  return export_feed (store, feed, from, to, error);
}

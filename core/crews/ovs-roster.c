/* ovs-roster.c — generating a crew's shifts from its patterns and memberships, and listing shifts.
 *
 * Generation compares what the patterns produce (one slot per member, date and pattern, named by its
 * stable UID) with the rows already there, and only writes the difference: that is what makes it
 * idempotent, and what lets overrides and auto-fill decisions survive. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "overstap/base/ovs-validate.h"
#include "crews/ovs-pattern-private.h"
#include "crews/ovs-roster-private.h"

#define PATTERN ovs_vocab_code (OVS_TYPE_SHIFT_ORIGIN, OVS_SHIFT_ORIGIN_PATTERN)

/* *@id is 0 when no row matches (or @text is NULL); FALSE only when the database failed. */
static gboolean
lookup_id (OvsStore *store, const char *sql, const char *text, gint64 *id, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);
  g_autoptr(GError) local = NULL;

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  if (text == NULL)
    return TRUE;
  ovs_stmt_bind_text (stmt, 1, text);
  if (ovs_stmt_next (stmt, &local))
    *id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

gint64
ovs_roster_crew_id (OvsStore *store, const char *name, GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  if (!lookup_id (store, "SELECT id FROM crew WHERE name = ?", name, &id, error))
    return 0;
  if (id == 0)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_CREW,
                 _("crew: there is no crew named “%s”"), name ? name : "");
  return id;
}

/* --- generation --- */

typedef struct
{
  gint64            employee_id;
  char             *date;
  OvsRosterPattern *pattern;
} Slot;

static void
slot_free (gpointer p)
{
  Slot *slot = p;

  g_free (slot->date);
  g_free (slot);
}

static char *
slot_key (gint64 employee_id, const char *date, gint64 pattern_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "|%s|%" G_GINT64_FORMAT, employee_id, date, pattern_id);
}

/* Adds a slot for each member the pattern plans (every member of the crew, or the ones it names) on
 * each date it works, and each such date to @pattern_days (as slot_key (0, date, pattern)). */
static gboolean
produce_pattern (OvsRosterData *data, OvsRosterCrew *crew, OvsRosterPattern *p, GHashTable *planned,
                 GHashTable *produced, GHashTable *pattern_days, GError **error)
{
  g_autoptr(GPtrArray) dates = ovs_roster_pattern_dates (p, data, data->from, data->to, error);

  if (dates == NULL)
    return FALSE;
  for (guint d = 0; d < dates->len; d++)
    {
      const char *date = g_ptr_array_index (dates, d);

      if (crew->ended_on != NULL && g_strcmp0 (date, crew->ended_on) > 0)
        break;
      g_hash_table_add (pattern_days, slot_key (0, date, p->id));
      for (guint i = 0; i < data->members->len; i++)
        {
          OvsRosterMember *m = g_ptr_array_index (data->members, i);
          Slot *slot;

          if (m->crew_id != crew->id || !ovs_pattern_plans (planned, p->id, m->employee_id) ||
              !ovs_roster_member_active (m, date) ||
              !ovs_roster_employed (ovs_roster_employee (data, m->employee_id), date) ||
              ovs_roster_absent_all_day (data, m->employee_id, crew->id, date))
            continue;
          slot = g_new0 (Slot, 1);
          slot->employee_id = m->employee_id;
          slot->date = g_strdup (date);
          slot->pattern = p;
          g_hash_table_replace (produced, ovs_roster_uid (crew->id, m->employee_id, date, p->id), slot);
        }
    }
  return TRUE;
}

static GHashTable *
produce (OvsStore *store, OvsRosterData *data, OvsRosterCrew *crew, GHashTable *pattern_days, GError **error)
{
  g_autoptr(GHashTable) produced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, slot_free);
  g_autoptr(GHashTable) planned = ovs_pattern_members_table (store, error);

  if (planned == NULL)
    return NULL;
  for (guint i = 0; i < data->patterns->len; i++)
    {
      OvsRosterPattern *p = g_ptr_array_index (data->patterns, i);

      if (p->crew_id == crew->id && !produce_pattern (data, crew, p, planned, produced, pattern_days, error))
        return NULL;
    }
  return g_steal_pointer (&produced);
}

static gboolean
differs (OvsRosterShift *s, OvsRosterPattern *p)
{
  return g_strcmp0 (s->start_time, p->start_time) != 0 || g_strcmp0 (s->end_time, p->end_time) != 0 ||
         s->break_minutes != p->break_minutes || g_strcmp0 (s->task, p->task) != 0 ||
         g_strcmp0 (s->location, p->location) != 0;
}

static gboolean
write_from_pattern (OvsStore *store, OvsRosterShift *s, OvsRosterPattern *p, const char *now, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "UPDATE shift SET start_time = ?, end_time = ?, break_minutes = ?, task = ?, location = ?, cancelled = 0, "
    "origin = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, p->start_time);
  ovs_stmt_bind_text (stmt, 2, p->end_time);
  ovs_stmt_bind_int (stmt, 3, p->break_minutes);
  ovs_stmt_bind_text_or_null (stmt, 4, p->task);
  ovs_stmt_bind_text_or_null (stmt, 5, p->location);
  ovs_stmt_bind_text (stmt, 6, PATTERN);
  ovs_stmt_bind_text (stmt, 7, now);
  ovs_stmt_bind_int64 (stmt, 8, s->id);
  return ovs_stmt_run (stmt, error);
}

static gboolean
cancel_generated (OvsStore *store, OvsRosterShift *s, const char *now, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "UPDATE shift SET cancelled = 1, origin = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, PATTERN);
  ovs_stmt_bind_text (stmt, 2, now);
  ovs_stmt_bind_int64 (stmt, 3, s->id);
  return ovs_stmt_run (stmt, error);
}

static gboolean
insert_generated (OvsStore *store, gint64 crew_id, const char *uid, Slot *slot, const char *now, GError **error)
{
  OvsRosterPattern *p = slot->pattern;
  OvsStmt *stmt = ovs_store_prepare (store,
    "INSERT INTO shift (uid, crew_id, employee_id, pattern_id, date, start_time, end_time, break_minutes, task, "
    "location, updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, uid);
  ovs_stmt_bind_int64 (stmt, 2, crew_id);
  ovs_stmt_bind_int64 (stmt, 3, slot->employee_id);
  ovs_stmt_bind_int64 (stmt, 4, p->id);
  ovs_stmt_bind_text (stmt, 5, slot->date);
  ovs_stmt_bind_text (stmt, 6, p->start_time);
  ovs_stmt_bind_text (stmt, 7, p->end_time);
  ovs_stmt_bind_int (stmt, 8, p->break_minutes);
  ovs_stmt_bind_text_or_null (stmt, 9, p->task);
  ovs_stmt_bind_text_or_null (stmt, 10, p->location);
  ovs_stmt_bind_text (stmt, 11, now);
  ovs_stmt_bind_text (stmt, 12, PATTERN);
  return ovs_stmt_run (stmt, error);
}

typedef struct
{
  OvsStore       *store;
  OvsRosterData  *data;
  OvsRosterCrew  *crew;
  GHashTable     *produced;      /* uid -> Slot */
  GHashTable     *existing;      /* uid of every row of the crew in the period */
  GHashTable     *override_slots;/* "employee|date|pattern" of overrides */
  GHashTable     *planned_days;  /* dates with auto-fill rows */
  GHashTable     *pattern_days;  /* "0|date|pattern" of each date a pattern works */
  OvsRosterStats *stats;
  char           *now;
} Generation;

/* Whether auto-fill's row @s still stands: auto-fill may put any member of the crew on a pattern's
 * day, not only the members the pattern names, so the patterns do not produce it; it stands while
 * its pattern works that day and its person could still be planned there. */
static gboolean
autofill_row_stands (Generation *g, OvsRosterShift *s)
{
  g_autofree char *key = slot_key (0, s->date, s->pattern_id);

  return ovs_vocab_is (OVS_TYPE_SHIFT_ORIGIN, s->origin, OVS_SHIFT_ORIGIN_AUTOFILL) &&
         g_hash_table_contains (g->pattern_days, key) &&
         ovs_roster_membership (g->data, g->crew->id, s->employee_id, s->date) != NULL &&
         ovs_roster_employed (ovs_roster_employee (g->data, s->employee_id), s->date) &&
         !ovs_roster_absent_all_day (g->data, s->employee_id, g->crew->id, s->date);
}

/* Brings one existing, non-override row in line with what the patterns produce. */
static gboolean
reconcile_row (Generation *g, OvsRosterShift *s, GError **error)
{
  Slot *slot = g_hash_table_lookup (g->produced, s->uid);

  if (slot == NULL)
    {
      if (s->cancelled)
        return TRUE;
      if (autofill_row_stands (g, s))
        {
          g->stats->kept++;
          return TRUE;
        }
      g->stats->cancelled++;
      return cancel_generated (g->store, s, g->now, error);
    }
  if (s->cancelled && ovs_vocab_is (OVS_TYPE_SHIFT_ORIGIN, s->origin, OVS_SHIFT_ORIGIN_AUTOFILL))
    {
      g->stats->kept++;
      return TRUE;
    }
  if (s->cancelled)
    g->stats->restored++;
  else if (differs (s, slot->pattern))
    g->stats->updated++;
  else
    return TRUE;
  return write_from_pattern (g->store, s, slot->pattern, g->now, error);
}

static gboolean
reconcile (Generation *g, GError **error)
{
  for (guint i = 0; i < g->data->shifts->len; i++)
    {
      OvsRosterShift *s = g_ptr_array_index (g->data->shifts, i);

      if (s->crew_id != g->crew->id || g_strcmp0 (s->date, g->data->from) < 0 || g_strcmp0 (s->date, g->data->to) > 0)
        continue;
      g_hash_table_add (g->existing, g_strdup (s->uid));
      if (s->is_override)
        {
          g_hash_table_add (g->override_slots, slot_key (s->employee_id, s->date, s->pattern_id));
          continue;
        }
      if (ovs_vocab_is (OVS_TYPE_SHIFT_ORIGIN, s->origin, OVS_SHIFT_ORIGIN_AUTOFILL))
        g_hash_table_add (g->planned_days, g_strdup (s->date));
      if (!reconcile_row (g, s, error))
        return FALSE;
    }
  return TRUE;
}

static int
compare_keys (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

static gboolean
add_missing (Generation *g, GError **error)
{
  g_autofree gpointer *keys = NULL;
  guint n = 0;

  /* In UID order, so that row ids come out the same for the same data. */
  keys = g_hash_table_get_keys_as_array (g->produced, &n);
  qsort (keys, n, sizeof (gpointer), compare_keys);
  for (guint i = 0; i < n; i++)
    {
      Slot *slot = g_hash_table_lookup (g->produced, keys[i]);
      g_autofree char *key = slot_key (slot->employee_id, slot->date, slot->pattern->id);

      if (g_hash_table_contains (g->existing, keys[i]))
        continue;
      /* A swapped or changed shift of this person, date and pattern stands in for the generated one. */
      if (g_hash_table_contains (g->override_slots, key) || g_hash_table_contains (g->planned_days, slot->date))
        {
          g->stats->kept++;
          continue;
        }
      if (!insert_generated (g->store, g->crew->id, keys[i], slot, g->now, error))
        return FALSE;
      g->stats->added++;
    }
  return TRUE;
}

static gboolean
audit_generation (Generation *g, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();

  json_object_set_string_member (changes, "from", g->data->from);
  json_object_set_string_member (changes, "to", g->data->to);
  json_object_set_int_member (changes, "added", g->stats->added);
  json_object_set_int_member (changes, "restored", g->stats->restored);
  json_object_set_int_member (changes, "updated", g->stats->updated);
  json_object_set_int_member (changes, "cancelled", g->stats->cancelled);
  json_object_set_int_member (changes, "kept", g->stats->kept);
  return ovs_store_audit (g->store, "generate", "roster", g->crew->id, changes, error);
}

/* The roster's data (patterns, memberships, absences and the shifts already there) is read inside
 * the transaction that writes the shifts: a manual change made meanwhile is seen as an override and
 * kept, not written over from a stale copy. */
static gboolean
generate_in_transaction (OvsStore *store, gint64 crew_id, const char *from, const char *to, OvsRosterStats *stats,
                         GError **error)
{
  g_autoptr(OvsRosterData) data = NULL;
  g_autoptr(GHashTable) produced = NULL;
  g_autoptr(GHashTable) existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) override_slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) planned_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) pattern_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *now = ovs_roster_now ();
  Generation g;

  if ((data = ovs_roster_data_load (store, from, to, error)) == NULL)
    return FALSE;
  g = (Generation) { store, data, ovs_roster_crew (data, crew_id), NULL, existing, override_slots, planned_days,
                     pattern_days, stats, now };
  *g.stats = (OvsRosterStats) { 0 };
  if (g.crew == NULL)
    return (g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                         _("There is no crew %lld"), (long long) crew_id), FALSE);
  if ((produced = g.produced = produce (store, data, g.crew, pattern_days, error)) == NULL ||
      !reconcile (&g, error) || !add_missing (&g, error) || !audit_generation (&g, error))
    return FALSE;
  ovs_store_emit_changed (store, "shift");
  return TRUE;
}

gboolean
ovs_roster_generate (OvsStore *store, gint64 crew_id, const char *from, const char *to, OvsRosterStats *stats,
                     GError **error)
{
  OvsRosterStats local = { 0 };

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require_crew (store, crew_id, error) || !ovs_roster_check_period (from, to, error) ||
      !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, generate_in_transaction (store, crew_id, from, to, stats ? stats : &local, error),
                           error);
}

/* --- listing --- */

static void
attach_conflicts (OvsShift *shift, GListModel *conflicts)
{
  g_autoptr(GString) codes = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (conflicts, i);

      if (ovs_conflict_get_severity (c) == OVS_CONFLICT_INFO ||
          !ovs_conflict_concerns (c, ovs_shift_get_employee_id (shift), ovs_shift_get_date (shift)))
        continue;
      g_string_append_printf (codes, "%s%s", codes->len ? "," : "", ovs_conflict_get_code (c));
      g_string_append_printf (text, "%s%s", text->len ? "\n" : "", ovs_conflict_get_message (c));
    }
  ovs_shift_set_conflicts (shift, codes->str, text->str);
}

static gboolean
permitted (GArray *crews, gint64 crew_id)
{
  for (guint i = 0; i < crews->len; i++)
    if (g_array_index (crews, gint64, i) == crew_id)
      return TRUE;
  return FALSE;
}

GListModel *
ovs_roster_list_shifts (OvsStore *store, gint64 crew_id, const char *from, const char *to, gboolean with_cancelled,
                        gboolean with_conflicts, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GArray) crews = NULL;
  g_autoptr(GListStore) list = g_list_store_new (OVS_TYPE_SHIFT);
  g_autoptr(GListModel) conflicts = NULL;
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_roster_check_period (from, to, error) || (crews = ovs_roster_permitted_crews (store, crew_id, error)) == NULL)
    return NULL;
  if (with_conflicts && (conflicts = ovs_roster_check (store, crew_id, from, to, error)) == NULL)
    return NULL;
  stmt = ovs_store_prepare (store,
    "SELECT " OVS_SHIFT_COLUMNS " FROM shift s JOIN crew c ON c.id = s.crew_id JOIN employee e ON e.id = s.employee_id "
    "WHERE s.date BETWEEN ?1 AND ?2 AND (?3 = 0 OR s.crew_id = ?3) AND (?4 <> 0 OR s.cancelled = 0) "
    "ORDER BY s.date, c.name, s.start_time, e.last_name, e.first_name, e.personnel_number, s.id", error);
  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, from);
  ovs_stmt_bind_text (stmt, 2, to);
  ovs_stmt_bind_int64 (stmt, 3, crew_id);
  ovs_stmt_bind_int (stmt, 4, with_cancelled);
  while (ovs_stmt_next (stmt, &local))
    {
      g_autoptr(OvsShift) shift = NULL;

      if (!permitted (crews, ovs_stmt_get_int64 (stmt, 2)))
        continue;
      shift = ovs_shift_new_from_row (stmt);
      if (conflicts != NULL && !ovs_shift_get_cancelled (shift))
        attach_conflicts (shift, conflicts);
      g_list_store_append (list, shift);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

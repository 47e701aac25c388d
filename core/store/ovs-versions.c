/* ovs-versions.c — row versions and the conflict a stale save meets (see ovs-version-private.h). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "store/ovs-version-private.h"

/* The tables with a version column (migration 0006). Audit rows name their entity by its table, so
 * this list also says which audit rows raise a version. */
static const char *const versioned[] = {
  "organisation", "employee", "qualification", "placement", "crew", "crew_membership", "transfer_case",
  "checklist_item", "covenant", "covenant_agreement", "covenant_employee", "milestone", "parameter",
  "app_user", "shift_pattern", "shift", "absence",
};

gboolean
ovs_store_entity_has_version (const char *entity)
{
  for (guint i = 0; entity != NULL && i < G_N_ELEMENTS (versioned); i++)
    if (strcmp (versioned[i], entity) == 0)
      return TRUE;
  return FALSE;
}

gint64
ovs_store_row_version (OvsStore *self, const char *entity, gint64 id, GError **error)
{
  g_autofree char *sql = NULL;
  OvsStmt *stmt;
  gint64 version = 0;

  g_return_val_if_fail (OVS_IS_STORE (self), 0);
  g_return_val_if_fail (ovs_store_entity_has_version (entity), 0);
  /* The table name comes from the list above, never from input. */
  sql = g_strdup_printf ("SELECT version FROM %s WHERE id = ?", entity);
  if ((stmt = ovs_store_prepare (self, sql, error)) == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (ovs_stmt_next (stmt, error))
    version = ovs_stmt_get_int64 (stmt, 0);
  else if (error == NULL || *error == NULL)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                 _("There is no %s with id %lld"), entity, (long long) id);
  ovs_stmt_reset (stmt);
  return version;
}

gboolean
ovs_store_bump_version (OvsStore *self, const char *entity, gint64 id, gint64 *version, GError **error)
{
  g_autofree char *sql = NULL;
  OvsStmt *stmt;

  g_return_val_if_fail (ovs_store_entity_has_version (entity), FALSE);
  sql = g_strdup_printf ("UPDATE %s SET version = version + 1 WHERE id = ? RETURNING version", entity);
  if ((stmt = ovs_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  /* A row deleted by the change it audits has no version left to raise. */
  *version = ovs_stmt_next (stmt, error) ? ovs_stmt_get_int64 (stmt, 0) : 0;
  ovs_stmt_reset (stmt);
  return error == NULL || *error == NULL;
}

/* --- describing a change for a person --- */

/* SHOW_NOTHING: a key that only repeats what the change says already (the status before, who ticked). */
typedef enum { SHOW_TEXT, SHOW_HOURS, SHOW_EUROS, SHOW_DATE, SHOW_ORGANISATION, SHOW_EMPLOYEE, SHOW_NOTHING } Show;

/* The audit change keys a person may meet in a conflict, with what to call them and how to show
 * their values. A key not listed is shown as it is. */
static const struct { const char *key; const char *label; Show show; } fields[] = {
  { "personnel_number", N_("personnel number"), SHOW_TEXT },
  { "first_name", N_("first name"), SHOW_TEXT },
  { "name_prefix", N_("name prefix"), SHOW_TEXT },
  { "last_name", N_("last name"), SHOW_TEXT },
  { "birth_date", N_("birth date"), SHOW_DATE },
  { "bsn", N_("BSN"), SHOW_TEXT },
  { "residence", N_("residence"), SHOW_TEXT },
  { "home_municipality", N_("home municipality"), SHOW_TEXT },
  { "category", N_("indication"), SHOW_TEXT },
  { "indication_date", N_("indication date"), SHOW_DATE },
  { "indication_valid_until", N_("indication end date"), SHOW_DATE },
  { "contract_minutes", N_("contract hours"), SHOW_HOURS },
  { "salary_scale", N_("salary scale"), SHOW_TEXT },
  { "salary_step", N_("salary step"), SHOW_TEXT },
  { "employer_id", N_("employer"), SHOW_ORGANISATION },
  { "employment_start", N_("employment start"), SHOW_DATE },
  { "employment_end", N_("employment end"), SHOW_DATE },
  { "employment_type", N_("employment type"), SHOW_TEXT },
  { "status", N_("status"), SHOW_TEXT },
  { "name", N_("name"), SHOW_TEXT },
  { "kind", N_("kind"), SHOW_TEXT },
  { "hirer_id", N_("hirer"), SHOW_ORGANISATION },
  { "party_id", N_("party"), SHOW_ORGANISATION },
  { "location", N_("location"), SHOW_TEXT },
  { "minutes_per_week", N_("hours per week"), SHOW_HOURS },
  { "hourly_rate_cents", N_("hourly rate"), SHOW_EUROS },
  { "price_cents", N_("price"), SHOW_EUROS },
  { "budget_cents", N_("budget"), SHOW_EUROS },
  { "start_date", N_("start date"), SHOW_DATE },
  { "end_date", N_("end date"), SHOW_DATE },
  { "planned_date", N_("planned date"), SHOW_DATE },
  { "due_date", N_("due date"), SHOW_DATE },
  { "team_leader_id", N_("team leader"), SHOW_EMPLOYEE },
  { "area", N_("work area"), SHOW_TEXT },
  { "vehicle", N_("vehicle"), SHOW_TEXT },
  { "min_size", N_("minimum size"), SHOW_TEXT },
  { "title", N_("title"), SHOW_TEXT },
  { "owner", N_("owner"), SHOW_TEXT },
  { "notes", N_("notes"), SHOW_TEXT },
  { "task", N_("task"), SHOW_TEXT },
  { "start_time", N_("start time"), SHOW_TEXT },
  { "end_time", N_("end time"), SHOW_TEXT },
  { "value", N_("value"), SHOW_TEXT },
  { "ended_on", N_("end date"), SHOW_DATE },
  { "actual_date", N_("transfer date"), SHOW_DATE },
  { "closed_on", N_("closing date"), SHOW_DATE },
  { "employer_to_id", N_("employer after the transfer"), SHOW_ORGANISATION },
  { "work_to_id", N_("work organisation after the transfer"), SHOW_ORGANISATION },
  { "done_on", N_("completion date"), SHOW_DATE },
  /* Who ticked an item is who saved it: the change names them already. */
  { "done_by", NULL, SHOW_NOTHING },
  { "evidence", N_("evidence"), SHOW_TEXT },
  { "previous_status", NULL, SHOW_NOTHING },
};

static int
find_field (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strcmp (fields[i].key, key) == 0)
      return (int) i;
  return -1;
}

static char *
lookup_name (OvsStore *self, const char *sql, gint64 id)
{
  OvsStmt *stmt = ovs_store_prepare (self, sql, NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (ovs_stmt_next (stmt, NULL))
    name = ovs_stmt_dup_text (stmt, 0);
  ovs_stmt_reset (stmt);
  return name;
}

static char *
show_number (JsonNode *node, Show show)
{
  gint64 n = json_node_get_int (node);

  if (show == SHOW_HOURS && n % 60 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, n / 60);
  if (show == SHOW_HOURS)
    {
      /* As the forms write hours: "32,5", "19,75". */
      char *hours = g_strdup_printf ("%.2f", n / 60.0);

      g_strdelimit (hours, ".", ',');
      if (g_str_has_suffix (hours, "0"))
        hours[strlen (hours) - 1] = '\0';
      return hours;
    }
  if (show == SHOW_EUROS)
    return g_strdup_printf ("€ %" G_GINT64_FORMAT ",%02d", n / 100, (int) (n % 100));
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

/* A stored value as a person reads it: hours, euros, a date as 4-12-2026, a name for an id. */
static char *
show_value (OvsStore *self, JsonNode *node, Show show)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup (_("(empty)"));
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      char *date = show == SHOW_DATE ? ovs_date_iso_to_display (text) : NULL;

      return date != NULL ? date : g_strdup (text);
    }
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return json_to_string (node, FALSE);
  if (show == SHOW_ORGANISATION || show == SHOW_EMPLOYEE)
    {
      char *name = lookup_name (self, show == SHOW_ORGANISATION
                                        ? "SELECT name FROM organisation WHERE id = ?"
                                        : "SELECT first_name || ' ' || last_name FROM employee WHERE id = ?",
                               json_node_get_int (node));

      if (name != NULL)
        return name;
    }
  return show_number (node, show);
}

/* When an audit row's UTC time happened, in local time: "om 10:42" today, else with its date. */
static char *
show_when (const char *at)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) stamp = g_date_time_new_from_iso8601 (at, utc);
  g_autoptr(GDateTime) local = stamp ? g_date_time_to_local (stamp) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *clock = NULL;
  g_autofree char *day = NULL;

  if (local == NULL)
    return g_strdup (at);
  clock = g_date_time_format (local, "%H:%M");
  if (g_date_time_get_year (local) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    return g_strdup_printf (_("at %s"), clock);
  day = g_date_time_format (local, "%-d-%-m-%Y");
  return g_strdup_printf (_("on %s at %s"), day, clock);
}

/* "Anna (hr)": the name with the role the user has in this database. */
static char *
show_user (OvsStore *self, const char *name)
{
  OvsStmt *stmt = ovs_store_prepare (self, "SELECT role FROM app_user WHERE name = ?", NULL);
  char *shown;

  if (stmt == NULL)
    return g_strdup (name);
  ovs_stmt_bind_text (stmt, 1, name);
  shown = ovs_stmt_next (stmt, NULL) ? g_strdup_printf ("%s (%s)", name, ovs_stmt_get_text (stmt, 0))
                                     : g_strdup (name);
  ovs_stmt_reset (stmt);
  return shown;
}

/* The value @key had at @version: the newest audit row of the row up to that version that names it. */
static JsonNode *
value_at (OvsStore *self, const char *entity, gint64 id, gint64 version, const char *key)
{
  OvsStmt *stmt = ovs_store_prepare (self, "SELECT changes FROM audit_log WHERE entity = ? AND entity_id = ? "
                                           "AND (version IS NULL OR version <= ?) ORDER BY id DESC", NULL);
  JsonNode *value = NULL;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, entity);
  ovs_stmt_bind_int64 (stmt, 2, id);
  ovs_stmt_bind_int64 (stmt, 3, version);
  while (value == NULL && ovs_stmt_next (stmt, NULL))
    {
      g_autoptr(JsonNode) changes = json_from_string (ovs_stmt_get_text (stmt, 0), NULL);

      if (changes != NULL && JSON_NODE_HOLDS_OBJECT (changes) &&
          json_object_has_member (json_node_get_object (changes), key))
        value = json_node_copy (json_object_get_member (json_node_get_object (changes), key));
    }
  ovs_stmt_reset (stmt);
  return value;
}

typedef struct
{
  const char *entity;
  gint64      id;
  gint64      since;
  JsonObject *seen;
  const char *who;
  const char *when;
} Change;

/* One changed field: "Anna (hr) heeft om 10:42 de contracturen gewijzigd: 32 → 28". */
static void
describe_field (OvsStore *self, const Change *c, const char *key, JsonNode *value, GString *out)
{
  int f = find_field (key);
  Show show = f >= 0 ? fields[f].show : SHOW_TEXT;
  g_autoptr(JsonNode) old = c->seen != NULL && json_object_has_member (c->seen, key)
                              ? json_node_copy (json_object_get_member (c->seen, key))
                              : value_at (self, c->entity, c->id, c->since, key);
  g_autofree char *was = old ? show_value (self, old, show) : NULL;
  g_autofree char *now = show_value (self, value, show);
  const char *label = f >= 0 ? _(fields[f].label) : key;

  if (out->len > 0)
    g_string_append (out, "; ");
  if (was != NULL)
    /* Translators: %1$s user and role, %2$s when, %3$s the field, %4$s old value, %5$s new value. */
    g_string_append_printf (out, _("%1$s changed the %3$s %2$s: %4$s → %5$s"), c->who, c->when, label, was, now);
  else
    g_string_append_printf (out, _("%1$s changed the %3$s %2$s to %4$s"), c->who, c->when, label, now);
}

static gboolean
wanted (const char *key, const char *const *keys)
{
  return keys == NULL || g_strv_contains (keys, key);
}

/* Appends what one audit row changed, limited to @keys; returns whether it named any of them. */
static gboolean
describe_row (OvsStore *self, Change *c, const char *action, JsonObject *changes, const char *const *keys,
              GString *out)
{
  g_autoptr(GList) members = changes ? json_object_get_members (changes) : NULL;
  gboolean named = FALSE;

  for (GList *l = members; l != NULL; l = l->next)
    if (wanted (l->data, keys) && (find_field (l->data) < 0 || fields[find_field (l->data)].show != SHOW_NOTHING))
      {
        describe_field (self, c, l->data, json_object_get_member (changes, l->data), out);
        named = TRUE;
      }
  if (named || keys != NULL)
    return named;
  if (out->len > 0)
    g_string_append (out, "; ");
  /* Translators: %1$s user and role, %2$s when, %3$s what they did (update, end, …). */
  g_string_append_printf (out, _("%1$s saved this row %2$s (%3$s)"), c->who, c->when, action);
  return TRUE;
}

/* The audited changes of the row after version @since that name one of @keys (NULL: all), for a
 * person; NULL when there are none, or (with @error set) when the audit rows could not be read: then
 * "none" would let a field-wise save go through unchecked. */
static char *
describe_since (OvsStore *self, const char *entity, gint64 id, gint64 since, const char *const *keys,
                JsonObject *seen, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (self, "SELECT at, user_name, action, changes FROM audit_log "
                                           "WHERE entity = ? AND entity_id = ? AND version > ? ORDER BY id", error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GError) local = NULL;
  GString *out;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, entity);
  ovs_stmt_bind_int64 (stmt, 2, id);
  ovs_stmt_bind_int64 (stmt, 3, since);
  /* Copied first: describing a row runs other statements. */
  while (ovs_stmt_next (stmt, &local))

    {
      char **row = g_new0 (char *, 5);

      for (int i = 0; i < 4; i++)
        row[i] = ovs_stmt_dup_text (stmt, i);
      g_ptr_array_add (rows, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  out = g_string_new (NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      g_autoptr(JsonNode) changes = json_from_string (row[3], NULL);
      g_autofree char *who = show_user (self, row[1]);
      g_autofree char *when = show_when (row[0]);
      Change c = { entity, id, since, seen, who, when };

      describe_row (self, &c, row[2], changes && JSON_NODE_HOLDS_OBJECT (changes) ? json_node_get_object (changes)
                                                                                  : NULL, keys, out);
    }
  return g_string_free (out, out->len == 0);
}

static void
set_conflict (GError **error, const char *what)
{
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT,
               _("Someone else saved this in the meantime: %s. Reload to see their change, or apply yours "
                 "again over it."), what);
}

gboolean
ovs_store_check_version (OvsStore *self, const char *entity, gint64 id, gint64 expected, GError **error)
{
  g_autofree char *what = NULL;
  g_autoptr(GError) local = NULL;
  gint64 current;

  if (expected <= 0)
    return TRUE;
  if ((current = ovs_store_row_version (self, entity, id, error)) == 0)
    return FALSE;
  if (current == expected)
    return TRUE;
  what = describe_since (self, entity, id, expected, NULL, NULL, &local);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  set_conflict (error, what ? what : _("the row has a newer version"));
  return FALSE;
}

gboolean
ovs_store_check_fields (OvsStore *self, const char *entity, gint64 id, gint64 expected, const char *const *keys,
                        JsonObject *seen, GError **error)
{
  g_autofree char *what = NULL;
  g_autoptr(GError) local = NULL;
  gint64 current;

  if (expected <= 0 || keys == NULL || keys[0] == NULL)
    return TRUE;
  if ((current = ovs_store_row_version (self, entity, id, error)) == 0)
    return FALSE;
  if (current == expected)
    return TRUE;
  /* Nothing described is no conflict; nothing read is an error. */
  if ((what = describe_since (self, entity, id, expected, keys, seen, &local)) == NULL)
    return local == NULL || (g_propagate_error (error, g_steal_pointer (&local)), FALSE);

  set_conflict (error, what);
  return FALSE;
}

/* ovs-pattern.c — adding, changing, ending and listing a crew's shift patterns, with their rules:
 * a valid RRULE, HH:MM times with the end after the start, a break shorter than the shift. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "crews/ovs-pattern-private.h"
#include "crews/ovs-roster-private.h"
#include "store/ovs-version-private.h"

static const char *weekdays[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

gboolean
ovs_parse_time (const char *text, const char *field, int *minutes, GError **error)
{
  guint h = 0, m = 0;
  int digits_h = 0, digits_m = 0;
  const char *p = text;

  for (; p != NULL && g_ascii_isdigit (*p) && digits_h < 3; p++, digits_h++)
    h = h * 10 + (guint) (*p - '0');
  if (p != NULL && *p == ':')
    for (p++; g_ascii_isdigit (*p) && digits_m < 3; p++, digits_m++)
      m = m * 10 + (guint) (*p - '0');
  if (p == NULL || *p != '\0' || digits_h < 1 || digits_h > 2 || digits_m != 2 || h > 23 || m > 59)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("%s: “%s” is not a time in the form HH:MM"), field ? field : _("time"), text ? text : "");
      return FALSE;
    }
  *minutes = (int) (h * 60 + m);
  return TRUE;
}

char *
ovs_pattern_rrule_from_days (const char *days, GError **error)
{
  g_auto(GStrv) parts = g_strsplit (days ? days : "", ",", -1);
  gboolean seen[G_N_ELEMENTS (weekdays)] = { FALSE };
  g_autoptr(GString) rule = g_string_new ("FREQ=WEEKLY;BYDAY=");
  gboolean any = FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *day = g_ascii_strup (g_strstrip (parts[i]), -1);
      guint d;

      for (d = 0; d < G_N_ELEMENTS (weekdays) && !g_str_equal (day, weekdays[d]); d++)
        ;
      if (d == G_N_ELEMENTS (weekdays))
        {
          g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                       _("days: “%s” is not a weekday; use MO, TU, WE, TH, FR, SA or SU"), parts[i]);
          return NULL;
        }
      seen[d] = TRUE;
      any = TRUE;
    }
  if (!any)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                   _("days: name at least one weekday, e.g. MO,TU,WE,TH"));
      return NULL;
    }
  /* Always in week order, so that the same days give the same text. */
  for (guint d = 0, n = 0; d < G_N_ELEMENTS (weekdays); d++)
    if (seen[d])
      g_string_append_printf (rule, "%s%s", n++ > 0 ? "," : "", weekdays[d]);
  return g_string_free (g_steal_pointer (&rule), FALSE);
}

gboolean
ovs_pattern_validate_rrule (const char *rrule, GError **error)
{
  struct icalrecurrencetype recur;

  if (rrule == NULL || *rrule == '\0')
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                   _("rrule: a pattern needs a recurrence rule"));
      return FALSE;
    }
  icalerror_clear_errno ();
  recur = icalrecurrencetype_from_string (rrule);
  if (recur.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("rrule: “%s” is not a valid RFC 5545 recurrence rule (%s)"), rrule,
                   icalerror_strerror (icalerrno != ICAL_NO_ERROR ? icalerrno : ICAL_MALFORMEDDATA_ERROR));
      icalerror_clear_errno ();
      return FALSE;
    }
  if (recur.freq == ICAL_SECONDLY_RECURRENCE || recur.freq == ICAL_MINUTELY_RECURRENCE ||
      recur.freq == ICAL_HOURLY_RECURRENCE)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("rrule: “%s” repeats within a day; a shift pattern repeats by day, week, month or year"),
                   rrule);
      return FALSE;
    }
  return TRUE;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

/* "d-m-yyyy, 2025-12-25" -> "2025-12-25,…" sorted and without doubles; "" for none. */
static char *
normalize_exdates (const char *text, GError **error)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(GError) local = NULL;
      char *iso;

      if (*g_strstrip (parts[i]) == '\0')
        continue;
      if ((iso = ovs_date_normalize (parts[i], &local)) == NULL)
        {
          g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                       _("except: %s"), local->message);
          return NULL;
        }
      g_ptr_array_add (dates, iso);
    }
  g_ptr_array_sort (dates, compare_strings);
  for (guint i = 0; i < dates->len; i++)
    if (i == 0 || !g_str_equal (g_ptr_array_index (dates, i), g_ptr_array_index (dates, i - 1)))
      g_string_append_printf (out, "%s%s", out->len > 0 ? "," : "", (char *) g_ptr_array_index (dates, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
validate_times (const OvsPatternFields *f, GError **error)
{
  int start, end;

  if (!ovs_parse_time (f->start_time, "start", &start, error) || !ovs_parse_time (f->end_time, "end", &end, error))
    return FALSE;
  if (end <= start)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("end: %s is not after start %s"), f->end_time, f->start_time);
      return FALSE;
    }
  if (f->break_minutes < 0 || f->break_minutes >= end - start)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("break: %d minutes is not shorter than the shift of %d minutes"), f->break_minutes, end - start);
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_requirement (const OvsPatternFields *f, GError **error)
{
  return f->requires == NULL || *f->requires == '\0' ||
         ovs_vocab_require (OVS_TYPE_QUALIFICATION_KIND, "requires", f->requires, error);
}

static gboolean
validate_period (const OvsPatternFields *f, GError **error)
{
  GDate date;

  if (f->valid_from == NULL || !ovs_date_from_iso (f->valid_from, &date))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("from: “%s” is not a date"), f->valid_from ? f->valid_from : "");
      return FALSE;
    }
  if (f->valid_to != NULL && !ovs_date_from_iso (f->valid_to, &date))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("to: “%s” is not a date"), f->valid_to);
      return FALSE;
    }
  if (f->valid_to != NULL && g_strcmp0 (f->valid_to, f->valid_from) < 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("to: %s is before from: %s"), f->valid_to, f->valid_from);
      return FALSE;
    }
  return TRUE;
}

/* Validates @f and returns the RRULE text and normalised exdates to store. */
static gboolean
validate_fields (const OvsPatternFields *f, char **rrule, char **exdates, GError **error)
{
  g_autofree char *rule = NULL;

  if (f->rrule != NULL && *f->rrule != '\0')
    rule = g_strdup (f->rrule);
  else if ((rule = ovs_pattern_rrule_from_days (f->days, error)) == NULL)
    return FALSE;
  if (!ovs_pattern_validate_rrule (rule, error) || !validate_times (f, error) ||
      !validate_requirement (f, error) || !validate_period (f, error))
    return FALSE;
  if ((*exdates = normalize_exdates (f->exdates, error)) == NULL)
    return FALSE;
  *rrule = g_steal_pointer (&rule);
  return TRUE;
}

static void
fields_to_json (JsonObject *changes, const OvsPatternFields *f, const char *rrule, const char *exdates)
{
  json_object_set_string_member (changes, "rrule", rrule);
  json_object_set_string_member (changes, "start_time", f->start_time);
  json_object_set_string_member (changes, "end_time", f->end_time);
  json_object_set_int_member (changes, "break_minutes", f->break_minutes);
  json_object_set_string_member (changes, "task", f->task);
  json_object_set_string_member (changes, "location", f->location);
  json_object_set_string_member (changes, "requires", f->requires);
  json_object_set_string_member (changes, "requires_detail", f->requires_detail);
  json_object_set_string_member (changes, "valid_from", f->valid_from);
  json_object_set_string_member (changes, "valid_to", f->valid_to);
  json_object_set_string_member (changes, "exdates", exdates);
  /* The members it plans, in the same audit row: they are part of the one change. */
  if (f->member_ids != NULL)
    {
      JsonArray *members = json_array_new ();

      for (guint i = 0; f->member_ids[i] != 0; i++)
        json_array_add_int_element (members, f->member_ids[i]);
      json_object_set_array_member (changes, "member_ids", members);
    }
}

static void
bind_fields (OvsStmt *stmt, const OvsPatternFields *f, const char *rrule, const char *exdates)
{
  ovs_stmt_bind_text (stmt, 1, rrule);
  ovs_stmt_bind_text_or_null (stmt, 2, exdates);
  ovs_stmt_bind_text (stmt, 3, f->start_time);
  ovs_stmt_bind_text (stmt, 4, f->end_time);
  ovs_stmt_bind_int (stmt, 5, f->break_minutes);
  ovs_stmt_bind_text_or_null (stmt, 6, f->task);
  ovs_stmt_bind_text_or_null (stmt, 7, f->location);
  ovs_stmt_bind_text_or_null (stmt, 8, f->requires);
  ovs_stmt_bind_text_or_null (stmt, 9, f->requires_detail);
  ovs_stmt_bind_text (stmt, 10, f->valid_from);
  ovs_stmt_bind_text_or_null (stmt, 11, f->valid_to);
}

/* Runs @stmt and writes its audit row; *@id is the pattern's id, or 0 for a new row (then @stmt is an
 * INSERT … RETURNING id). */
static gboolean
write_audited (OvsStore *store, OvsStmt *stmt, const char *action, gint64 *id, JsonObject *changes,
               GError **error)
{
  gboolean ran = *id == 0 ? ovs_stmt_run_returning_id (stmt, id, error) : ovs_stmt_run (stmt, error);

  return ran && ovs_store_audit (store, action, "shift_pattern", *id, changes, error);
}

gint64
ovs_pattern_add (OvsStore *store, gint64 crew_id, const OvsPatternFields *fields, GError **error)
{
  g_autofree char *rrule = NULL, *exdates = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);
  if (!ovs_store_require_crew (store, crew_id, error) || !validate_fields (fields, &rrule, &exdates, error))
    return 0;
  if (!ovs_store_begin (store, error))
    return 0;
  stmt = ovs_store_prepare (store, "INSERT INTO shift_pattern (rrule, exdates, start_time, end_time, break_minutes, "
                                   "task, location, requires, requires_detail, valid_from, valid_to, crew_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", error);
  json_object_set_int_member (changes, "crew_id", crew_id);
  fields_to_json (changes, fields, rrule, exdates);
  if (stmt != NULL)
    {
      bind_fields (stmt, fields, rrule, exdates);
      ovs_stmt_bind_int64 (stmt, 12, crew_id);
    }
  if (stmt == NULL || !write_audited (store, stmt, "insert", &id, changes, error) ||
      !ovs_pattern_write_members (store, id, crew_id, fields->member_ids, error))
    {
      ovs_store_rollback (store);
      return 0;
    }
  if (!ovs_store_commit (store, error))
    return 0;
  ovs_store_emit_changed (store, "shift_pattern");
  return id;
}

/* Loads pattern @id and checks that the user may plan its crew. */
static OvsRosterPattern *
load_pattern (OvsStore *store, gint64 id, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT " OVS_ROSTER_PATTERN_COLUMNS
                                                 " FROM shift_pattern WHERE id = ?", error);
  OvsRosterPattern *pattern = NULL;

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (ovs_stmt_next (stmt, &local))
    pattern = ovs_roster_pattern_from_row (stmt);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  if (pattern == NULL)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                   _("There is no shift pattern %lld"), (long long) id);
      return NULL;
    }
  if (!ovs_store_require_crew (store, pattern->crew_id, error))
    return (ovs_roster_pattern_free (pattern), NULL);
  return pattern;
}

static gboolean
change_in_transaction (OvsStore *store, gint64 pattern_id, const OvsPatternFields *fields, GError **error)
{
  g_autoptr(OvsRosterPattern) old = load_pattern (store, pattern_id, error);
  g_autofree char *rrule = NULL, *exdates = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;

  if (old == NULL || !ovs_store_check_version (store, "shift_pattern", pattern_id, fields->version, error) ||
      !validate_fields (fields, &rrule, &exdates, error))
    return FALSE;
  stmt = ovs_store_prepare (store, "UPDATE shift_pattern SET rrule = ?, exdates = ?, start_time = ?, end_time = ?, "
                                   "break_minutes = ?, task = ?, location = ?, requires = ?, requires_detail = ?, "
                                   "valid_from = ?, valid_to = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  fields_to_json (changes, fields, rrule, exdates);
  bind_fields (stmt, fields, rrule, exdates);
  ovs_stmt_bind_int64 (stmt, 12, pattern_id);
  if (!write_audited (store, stmt, "update", &pattern_id, changes, error))
    return FALSE;
  if (fields->member_ids != NULL &&
      !ovs_pattern_write_members (store, pattern_id, old->crew_id, fields->member_ids, error))
    return FALSE;
  ovs_store_emit_changed (store, "shift_pattern");
  return TRUE;
}

gboolean
ovs_pattern_change (OvsStore *store, gint64 pattern_id, const OvsPatternFields *fields, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, change_in_transaction (store, pattern_id, fields, error), error);
}

/* Writes one column of a pattern with its audit row, inside the caller's transaction. */
static gboolean
set_column (OvsStore *store, gint64 id, const char *sql, const char *column, const char *value,
            const char *action, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  json_object_set_string_member (changes, column, value);
  ovs_stmt_bind_text_or_null (stmt, 1, value);
  ovs_stmt_bind_int64 (stmt, 2, id);
  if (!write_audited (store, stmt, action, &id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "shift_pattern");
  return TRUE;
}

static gboolean
end_in_transaction (OvsStore *store, gint64 pattern_id, const char *valid_to, GError **error)
{
  g_autoptr(OvsRosterPattern) pattern = load_pattern (store, pattern_id, error);
  GDate date;

  if (pattern == NULL)
    return FALSE;
  if (valid_to == NULL || !ovs_date_from_iso (valid_to, &date))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("to: “%s” is not a date"), valid_to ? valid_to : "");
      return FALSE;
    }
  if (g_strcmp0 (valid_to, pattern->valid_from) < 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("to: %s is before the pattern's start %s"), valid_to, pattern->valid_from);
      return FALSE;
    }
  return set_column (store, pattern_id, "UPDATE shift_pattern SET valid_to = ? WHERE id = ?", "valid_to",
                     valid_to, "end", error);
}

gboolean
ovs_pattern_end (OvsStore *store, gint64 pattern_id, const char *valid_to, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_in_transaction (store, pattern_id, valid_to, error), error);
}

/* The new dates are added to the ones stored now: read and written in one transaction, so two
 * additions at once both stay. */
static gboolean
add_exdates_in_transaction (OvsStore *store, gint64 pattern_id, const char *dates, GError **error)
{
  g_autoptr(OvsRosterPattern) pattern = load_pattern (store, pattern_id, error);
  g_autofree char *joined = NULL, *normalized = NULL;

  if (pattern == NULL)
    return FALSE;
  joined = g_strjoin (",", dates ? dates : "", NULL);
  for (guint i = 0; pattern->exdates[i] != NULL; i++)
    {
      char *longer = g_strconcat (joined, ",", pattern->exdates[i], NULL);

      g_free (joined);
      joined = longer;
    }
  if ((normalized = normalize_exdates (joined, error)) == NULL)
    return FALSE;
  return set_column (store, pattern_id, "UPDATE shift_pattern SET exdates = ? WHERE id = ?", "exdates",
                     normalized, "update", error);
}

gboolean
ovs_pattern_add_exdates (OvsStore *store, gint64 pattern_id, const char *dates, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, add_exdates_in_transaction (store, pattern_id, dates, error), error);
}

/* "FREQ=WEEKLY;BYDAY=MO,TU" -> "MO,TU"; "" when the rule names no days. */
static char *
days_of (const char *rrule)
{
  const char *by = strstr (rrule ? rrule : "", "BYDAY=");

  if (by == NULL)
    return g_strdup ("");
  by += strlen ("BYDAY=");
  return g_strndup (by, strcspn (by, ";"));
}

static JsonObject *
pattern_to_json (OvsRosterPattern *p, const char *crew)
{
  JsonObject *o = json_object_new ();
  JsonArray *exdates = json_array_new ();
  g_autofree char *days = days_of (p->rrule);

  json_object_set_int_member (o, "id", p->id);
  json_object_set_int_member (o, "crew_id", p->crew_id);
  json_object_set_string_member (o, "crew", crew);
  json_object_set_string_member (o, "rrule", p->rrule);
  json_object_set_string_member (o, "days", days);
  json_object_set_string_member (o, "start_time", p->start_time);
  json_object_set_string_member (o, "end_time", p->end_time);
  json_object_set_int_member (o, "break_minutes", p->break_minutes);
  json_object_set_string_member (o, "task", p->task);
  json_object_set_string_member (o, "location", p->location);
  json_object_set_string_member (o, "requires", p->requires);
  json_object_set_string_member (o, "requires_detail", p->requires_detail);
  json_object_set_string_member (o, "valid_from", p->valid_from);
  json_object_set_string_member (o, "valid_to", p->valid_to);
  for (guint i = 0; p->exdates[i] != NULL; i++)
    if (*p->exdates[i] != '\0')
      json_array_add_string_element (exdates, p->exdates[i]);
  json_object_set_array_member (o, "exdates", exdates);
  return o;
}

JsonArray *
ovs_pattern_list (OvsStore *store, gint64 crew_id, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GArray) crews = ovs_roster_permitted_crews (store, crew_id, error);
  g_autoptr(JsonArray) rows = json_array_new ();
  OvsStmt *stmt;

  if (crews == NULL)
    return NULL;
  stmt = ovs_store_prepare (store, "SELECT " OVS_ROSTER_PATTERN_COLUMNS ", (SELECT name FROM crew WHERE id = crew_id) "
                                   "FROM shift_pattern ORDER BY lower ((SELECT name FROM crew WHERE id = crew_id)), "
                                   "start_time, valid_from, id", error);
  if (stmt == NULL)
    return NULL;
  while (ovs_stmt_next (stmt, &local))
    {
      g_autoptr(OvsRosterPattern) p = ovs_roster_pattern_from_row (stmt);

      for (guint i = 0; i < crews->len; i++)
        if (g_array_index (crews, gint64, i) == p->crew_id)
          json_array_add_object_element (rows, pattern_to_json (p, ovs_stmt_get_text (stmt, 13)));
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  /* The members after the patterns: one statement at a time. */
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *o = json_array_get_object_element (rows, i);
      JsonArray *members = ovs_pattern_members_json (store, json_object_get_int_member (o, "id"), error);

      if (members == NULL)
        return NULL;
      json_object_set_array_member (o, "members", members);
    }
  return g_steal_pointer (&rows);
}

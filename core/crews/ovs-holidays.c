/* ovs-holidays.c — Dutch public holidays computed for any year, and the CAO setting that makes them
 * days off (table cao_holiday, version 7). Sources: Rijksoverheid, "Welke dagen zijn officiële
 * feestdagen?"; Koningsdag: Wet van 2013 (Stb. 2013, 151) on the 27th, the 26th when the 27th is a Sunday. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "overstap/crews/ovs-holidays.h"
#include "crews/ovs-roster-private.h"

char *
ovs_holiday_easter (int year)
{
  /* The anonymous Gregorian computus (Meeus/Jones/Butcher). */
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static char *
fixed (int year, int month, int day)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* King's Day, and Queen's Day before 2014: moved a day earlier when it falls on a Sunday. */
static char *
kings_day (int year)
{
  int day = year >= 2014 ? 27 : 30;
  g_autofree char *iso = fixed (year, 4, day);

  return ovs_roster_weekday (iso) == 7 ? fixed (year, 4, day - 1) : g_steal_pointer (&iso);
}

static const int easter_offsets[] = {
  [OVS_HOLIDAY_GOOD_FRIDAY] = -2, [OVS_HOLIDAY_EASTER_SUNDAY] = 0, [OVS_HOLIDAY_EASTER_MONDAY] = 1,
  [OVS_HOLIDAY_ASCENSION_DAY] = 39, [OVS_HOLIDAY_WHIT_SUNDAY] = 49, [OVS_HOLIDAY_WHIT_MONDAY] = 50,
};

char *
ovs_holiday_date (OvsHoliday holiday, int year)
{
  g_autofree char *easter = NULL;

  switch (holiday)
    {
    case OVS_HOLIDAY_NEW_YEAR: return fixed (year, 1, 1);
    case OVS_HOLIDAY_KINGS_DAY: return kings_day (year);
    case OVS_HOLIDAY_LIBERATION_DAY: return fixed (year, 5, 5);
    case OVS_HOLIDAY_CHRISTMAS_DAY: return fixed (year, 12, 25);
    case OVS_HOLIDAY_BOXING_DAY: return fixed (year, 12, 26);
    case OVS_HOLIDAY_GOOD_FRIDAY:
    case OVS_HOLIDAY_EASTER_SUNDAY:
    case OVS_HOLIDAY_EASTER_MONDAY:
    case OVS_HOLIDAY_ASCENSION_DAY:
    case OVS_HOLIDAY_WHIT_SUNDAY:
    case OVS_HOLIDAY_WHIT_MONDAY:
      easter = ovs_holiday_easter (year);
      return ovs_roster_add_days (easter, easter_offsets[holiday]);
    default:
      g_return_val_if_reached (NULL);
    }
}

int
ovs_holiday_on (const char *iso)
{
  int year = iso != NULL ? atoi (iso) : 0;

  if (year < 1583)
    return -1;
  for (int h = OVS_HOLIDAY_NEW_YEAR; h <= OVS_HOLIDAY_BOXING_DAY; h++)
    {
      g_autofree char *date = ovs_holiday_date ((OvsHoliday) h, year);

      if (g_strcmp0 (date, iso) == 0)
        return h;
    }
  return -1;
}

/* --- the CAO setting --- */

typedef struct { int holiday; char *valid_from; gboolean free; } Setting;

static void
setting_clear (gpointer p)
{
  g_free (((Setting *) p)->valid_from);
}

/* Every row, by holiday and date. */
static GArray *
load_settings (OvsStore *store, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT holiday, valid_from, free FROM cao_holiday ORDER BY holiday, valid_from", error);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Setting));

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (rows, setting_clear);
  while (ovs_stmt_next (stmt, &local))
    {
      Setting s = { -1, ovs_stmt_dup_text (stmt, 1), ovs_stmt_get_int (stmt, 2) != 0 };

      ovs_vocab_lookup (OVS_TYPE_HOLIDAY, ovs_stmt_get_text (stmt, 0), &s.holiday);
      g_array_append_val (rows, s);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&rows);
}

static gboolean
free_on (GArray *settings, int holiday, const char *date)
{
  gboolean free = FALSE;

  for (guint i = 0; i < settings->len; i++)
    {
      Setting *s = &g_array_index (settings, Setting, i);

      if (s->holiday == holiday && g_strcmp0 (s->valid_from, date) <= 0)
        free = s->free;
    }
  return free;
}

GHashTable *
ovs_roster_free_holidays (OvsStore *store, const char *from, const char *to, GError **error)
{
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) settings = load_settings (store, error);
  int first = atoi (from), last = atoi (to);

  if (settings == NULL)
    return NULL;
  for (int year = first; settings->len > 0 && year <= last; year++)
    for (int h = OVS_HOLIDAY_NEW_YEAR; h <= OVS_HOLIDAY_BOXING_DAY; h++)
      {
        char *date = ovs_holiday_date ((OvsHoliday) h, year);

        if (g_strcmp0 (date, from) >= 0 && g_strcmp0 (date, to) <= 0 && free_on (settings, h, date))
          g_hash_table_replace (days, date, GINT_TO_POINTER (h + 1));
        else
          g_free (date);
      }
  return g_steal_pointer (&days);
}

gboolean
ovs_holidays_set_free (OvsStore *store, const char *holiday, const char *valid_from, gboolean free,
                       GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  const char *code = NULL;
  OvsStmt *stmt;
  GDate date;
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_PARAMETERS, error) ||
      !ovs_vocab_check (OVS_TYPE_HOLIDAY, "holiday", holiday, &code, error))
    return FALSE;
  if (valid_from == NULL || !ovs_date_from_iso (valid_from, &date))
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                         _("valid_from: “%s” is not a date"), valid_from ? valid_from : ""), FALSE);
  if (!ovs_store_begin (store, error))
    return FALSE;
  stmt = ovs_store_prepare (store,
    "INSERT INTO cao_holiday (holiday, valid_from, free) VALUES (?, ?, ?) "
    "ON CONFLICT (holiday, valid_from) DO UPDATE SET free = excluded.free RETURNING id", error);
  if (stmt != NULL)
    {
      ovs_stmt_bind_text (stmt, 1, code);
      ovs_stmt_bind_text (stmt, 2, valid_from);
      ovs_stmt_bind_int (stmt, 3, free ? 1 : 0);
    }
  json_object_set_string_member (changes, "holiday", code);
  json_object_set_string_member (changes, "valid_from", valid_from);
  json_object_set_boolean_member (changes, "free", free);
  if (stmt == NULL || !ovs_stmt_run_returning_id (stmt, &id, error) ||
      (ovs_stmt_reset (stmt), !ovs_store_audit (store, "set", "cao_holiday", id, changes, error)))
    {
      ovs_store_rollback (store);
      return FALSE;
    }
  if (!ovs_store_commit (store, error))
    return FALSE;
  ovs_store_emit_changed (store, "parameter");
  return TRUE;
}

JsonArray *
ovs_holidays_list (OvsStore *store, int year, GError **error)
{
  g_autoptr(GArray) settings = NULL;
  JsonArray *rows;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if ((settings = load_settings (store, error)) == NULL)
    return NULL;
  rows = json_array_new ();
  for (int h = OVS_HOLIDAY_NEW_YEAR; h <= OVS_HOLIDAY_BOXING_DAY; h++)
    {
      JsonObject *o = json_object_new ();
      g_autofree char *date = ovs_holiday_date ((OvsHoliday) h, year);

      json_object_set_string_member (o, "holiday", ovs_vocab_code (OVS_TYPE_HOLIDAY, h));
      json_object_set_string_member (o, "name", ovs_vocab_label (OVS_TYPE_HOLIDAY, h));
      json_object_set_string_member (o, "date", date);
      json_object_set_boolean_member (o, "free", free_on (settings, h, date));
      json_array_add_object_element (rows, o);
    }
  return rows;
}

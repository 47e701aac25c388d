/* ovs-pattern-expand.c — the dates a shift pattern works, by expanding its RRULE with libical.
 *
 * DTSTART is the pattern's valid_from as a DATE value (no time, no zone): a pattern is about calendar
 * days, and the shift's wall-clock times are added per day, so a daylight-saving change never moves a
 * 07:30 start. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>
#include <libical/ical.h>

#include "overstap/base/ovs-validate.h"
#include "crews/ovs-roster-private.h"

/* Enough for a daily pattern over more than a century; a guard against rules that never end. */
#define MAX_OCCURRENCES 40000

/* A DATE value (no time, no zone); icaltime_null_date() with fields set does not iterate. */
static struct icaltimetype
ical_date (const char *iso)
{
  char compact[9] = { 0 };

  if (iso == NULL || strlen (iso) != 10)
    return icaltime_null_date ();
  memcpy (compact, iso, 4);
  memcpy (compact + 4, iso + 5, 2);
  memcpy (compact + 6, iso + 8, 2);
  return icaltime_from_string (compact);
}

static gboolean
is_exdate (OvsRosterPattern *pattern, const char *iso)
{
  for (guint i = 0; pattern->exdates[i] != NULL; i++)
    if (g_str_equal (pattern->exdates[i], iso))
      return TRUE;
  return FALSE;
}

/* The weekdays (bit 1 Monday … bit 7 Sunday) of a rule that is exactly "FREQ=WEEKLY;BYDAY=MO,TU,…", the
 * form nearly every crew's pattern has, or 0 for any other rule. */
static guint
plain_weekly_days (const char *rrule)
{
  static const char *codes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
  const char *p = rrule;
  guint days = 0;

  if (!g_str_has_prefix (p, "FREQ=WEEKLY;BYDAY="))
    return 0;
  p += strlen ("FREQ=WEEKLY;BYDAY=");
  for (;;)
    {
      guint k;

      for (k = 0; k < G_N_ELEMENTS (codes) && strncmp (p, codes[k], 2) != 0; k++)
        ;
      if (k == G_N_ELEMENTS (codes))
        return 0;
      days |= 1u << (k + 1);
      p += 2;
      if (*p == '\0')
        return days;
      if (*p++ != ',')
        return 0;
    }
}

/* The dates of a plain weekly rule in [@from, @last], by counting days: what libical's iterator gives for
 * such a rule (every matching day from DTSTART on) without its calendar arithmetic, which is most of a
 * year's check. Only taken when DTSTART itself matches, so that DTSTART's own handling never differs. */
static gboolean
weekly_dates (OvsRosterPattern *pattern, OvsRosterData *data, const char *from, const char *last, GPtrArray *dates)
{
  guint days = plain_weekly_days (pattern->rrule);
  gint64 start, end;

  if (days == 0 || pattern->valid_from == NULL || strlen (pattern->valid_from) != 10 ||
      (days & (1u << ovs_roster_weekday (pattern->valid_from))) == 0)
    return FALSE;
  start = ovs_roster_day_number (g_strcmp0 (from, pattern->valid_from) > 0 ? from : pattern->valid_from);
  end = ovs_roster_day_number (last);
  for (gint64 day = start; day <= end && dates->len < MAX_OCCURRENCES; day++)
    {
      /* Day 0, 1970-01-01, was a Thursday (4). */
      guint weekday = (guint) (((day + 3) % 7 + 7) % 7) + 1;
      char *iso;

      if ((days & (1u << weekday)) == 0)
        continue;
      iso = ovs_roster_day_iso (day);
      if (is_exdate (pattern, iso) || (data != NULL && ovs_roster_crew_off (data, pattern->crew_id, iso)))
        g_free (iso);
      else
        g_ptr_array_add (dates, iso);
    }
  return TRUE;
}

GPtrArray *
ovs_roster_pattern_dates (OvsRosterPattern *pattern, OvsRosterData *data, const char *from, const char *to,
                          GError **error)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  const char *last = pattern->valid_to != NULL && g_strcmp0 (pattern->valid_to, to) < 0 ? pattern->valid_to : to;
  struct icalrecurrencetype recur;
  icalrecur_iterator *iter;

  if (!ovs_pattern_validate_rrule (pattern->rrule, error))
    return NULL;
  if (weekly_dates (pattern, data, from, last, dates))
    return g_steal_pointer (&dates);
  recur = icalrecurrencetype_from_string (pattern->rrule);
  iter = icalrecur_iterator_new (recur, ical_date (pattern->valid_from));
  if (iter == NULL)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("rrule: libical cannot expand “%s” from %s (%s)"), pattern->rrule, pattern->valid_from,
                   icalerror_strerror (icalerrno));
      icalerror_clear_errno ();
      return NULL;
    }
  for (guint n = 0; n < MAX_OCCURRENCES; n++)
    {
      struct icaltimetype t = icalrecur_iterator_next (iter);
      g_autofree char *iso = NULL;

      if (icaltime_is_null_time (t))
        break;
      iso = g_strdup_printf ("%04d-%02d-%02d", t.year, t.month, t.day);
      if (g_strcmp0 (iso, last) > 0)
        break;
      if (g_strcmp0 (iso, from) < 0 || is_exdate (pattern, iso) ||
          (data != NULL && ovs_roster_crew_off (data, pattern->crew_id, iso)))
        continue;
      g_ptr_array_add (dates, g_steal_pointer (&iso));
    }
  icalrecur_iterator_free (iter);
  return g_steal_pointer (&dates);
}

GPtrArray *
ovs_pattern_expand (OvsStore *store, gint64 pattern_id, const char *from, const char *to, GError **error)
{
  g_autoptr(OvsRosterData) data = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_roster_check_period (from, to, error) || (data = ovs_roster_data_load (store, from, to, error)) == NULL)
    return NULL;
  for (guint i = 0; i < data->patterns->len; i++)
    {
      OvsRosterPattern *pattern = g_ptr_array_index (data->patterns, i);

      if (pattern->id != pattern_id)
        continue;
      if (!ovs_store_require_crew (store, pattern->crew_id, error))
        return NULL;
      return ovs_roster_pattern_dates (pattern, data, from, to, error);
    }
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
               _("There is no shift pattern %lld"), (long long) pattern_id);
  return NULL;
}

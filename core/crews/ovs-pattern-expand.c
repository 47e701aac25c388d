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

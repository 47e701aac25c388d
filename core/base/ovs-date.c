/* ovs-date.c — parsing and formatting of calendar dates. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"

/* Splits "a-b-c" (separators '-', '/' or '.') into three whole numbers and their digit counts. */
static gboolean
split_three (const char *text, guint parts[3], guint digits[3])
{
  guint n = 0;

  memset (parts, 0, 3 * sizeof (guint));
  memset (digits, 0, 3 * sizeof (guint));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (digits[n] >= 4)
            return FALSE;
          parts[n] = parts[n] * 10 + (guint) (*p - '0');
          digits[n]++;
        }
      else if ((*p == '-' || *p == '/' || *p == '.') && digits[n] > 0 && n < 2)
        n++;
      else
        return FALSE;
    }
  return n == 2 && digits[2] > 0;
}

gboolean
ovs_date_parse (const char *text, GDate *out, GError **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  guint parts[3], digits[3];
  guint day, month, year;

  if (!split_three (trimmed, parts, digits))
    goto invalid;
  if (digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2)
    year = parts[0], month = parts[1], day = parts[2];
  else if (digits[0] <= 2 && digits[1] <= 2 && digits[2] == 4)
    day = parts[0], month = parts[1], year = parts[2];
  else
    goto invalid;
  if (year < 1900 || year > 2200 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
                   _("“%s” is not an existing date"), trimmed);
      return FALSE;
    }
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;

invalid:
  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE,
               _("“%s” is not a date in the form dd-mm-jjjj"), trimmed);
  return FALSE;
}

gboolean
ovs_date_from_iso (const char *iso, GDate *out)
{
  guint y, m, d;
  char tail;

  if (iso == NULL || strlen (iso) != 10 || sscanf (iso, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

char *
ovs_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

char *
ovs_date_iso_to_display (const char *iso)
{
  GDate date;

  if (!ovs_date_from_iso (iso, &date))
    return g_strdup ("");
  return g_strdup_printf ("%02u-%02u-%04u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

char *
ovs_date_normalize (const char *text, GError **error)
{
  GDate date;

  if (!ovs_date_parse (text, &date, error))
    return NULL;
  return ovs_date_to_iso (&date);
}

void
ovs_date_today (GDate *out)
{
  const char *fixed = g_getenv ("OVERSTAP_TODAY");

  if (fixed != NULL && ovs_date_from_iso (fixed, out))
    return;
  g_date_clear (out, 1);
  g_date_set_time_t (out, time (NULL));
}

char *
ovs_date_today_iso (void)
{
  GDate today;

  ovs_date_today (&today);
  return ovs_date_to_iso (&today);
}

gint
ovs_date_days_between (const GDate *a, const GDate *b)
{
  return g_date_days_between (a, b);
}

char *
ovs_date_iso_add_days (const char *iso, int days)
{
  GDate date;

  if (!ovs_date_from_iso (iso, &date))
    return NULL;
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return ovs_date_to_iso (&date);
}

gboolean
ovs_date_iso_days_between (const char *a, const char *b, gint *days)
{
  GDate from, to;

  if (!ovs_date_from_iso (a, &from) || !ovs_date_from_iso (b, &to))
    return FALSE;
  *days = g_date_days_between (&from, &to);
  return TRUE;
}

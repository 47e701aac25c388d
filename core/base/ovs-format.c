/* ovs-format.c — locale-aware formatting of numbers, money and dates for the window and the CLI. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-format.h"

/* The ' flag asks the C library for the locale's thousands separator (a dot in nl_NL). */
char *
ovs_format_int (gint64 value)
{
  return g_strdup_printf ("%'" G_GINT64_FORMAT, value);
}

char *
ovs_format_decimal (double value, int digits)
{
  digits = CLAMP (digits, 0, 6);
  /* A value that rounds to zero prints as 0, never as "-0,00". */
  if (fabs (value) < 0.5 * pow (10, -digits))
    value = 0.0;
  return g_strdup_printf ("%'.*f", digits, value);
}

/* Drops trailing zeros after the locale's decimal separator, and the separator itself if nothing is left. */
static void
trim_decimals (char *text)
{
  struct lconv *conv = localeconv ();
  const char *point = conv->decimal_point != NULL && *conv->decimal_point ? conv->decimal_point : ".";
  char *sep = strstr (text, point);
  char *end;

  if (sep == NULL)
    return;
  end = text + strlen (text) - 1;
  while (end > sep && *end == '0')
    *end-- = '\0';
  if (end == sep)
    *sep = '\0';
}

char *
ovs_format_decimal_trimmed (double value, int digits)
{
  char *text = ovs_format_decimal (value, digits);

  trim_decimals (text);
  return text;
}

char *
ovs_format_money (gint64 cents)
{
  g_autofree char *euros = ovs_format_int ((gint64) llround (cents / 100.0));

  /* Translators: an amount of money; %s is the number of whole euros, e.g. "€ 12.345", with a no-break space. */
  return g_strdup_printf (_("€ %s"), euros);
}

char *
ovs_format_percent (double part, double whole)
{
  /* Translators: a percentage, e.g. "62%"; keep the %% sign. */
  return g_strdup_printf (_("%.0f%%"), whole > 0 ? 100.0 * part / whole : 0.0);
}

char *
ovs_format_date (const char *iso)
{
  g_autoptr(GDateTime) when = NULL;

  if (iso == NULL)
    return g_strdup ("");
  if (strchr (iso, 'T') == NULL)
    return ovs_date_iso_to_display (iso);
  when = g_date_time_new_from_iso8601 (iso, NULL);
  if (when == NULL)
    return g_strdup ("");
  {
    g_autoptr(GDateTime) local = g_date_time_to_local (when);

    return g_date_time_format (local, "%d-%m-%Y");
  }
}

char *
ovs_format_euro_cents (gint64 cents)
{
  g_autofree char *amount = NULL;

  if (cents < 0)
    return g_strdup ("");
  amount = ovs_format_decimal (cents / 100.0, 2);
  /* The same message as the whole euros of ovs_format_money(): "€ " before the amount. */
  return g_strdup_printf (_("€ %s"), amount);
}

char *
ovs_format_minutes_as_hours (int minutes)
{
  if (minutes < 0)
    return g_strdup ("");
  if (minutes % 60 == 0)
    return ovs_format_int (minutes / 60);
  if (minutes % 30 == 0)
    return ovs_format_decimal (minutes / 60.0, 1);
  return ovs_format_decimal (minutes / 60.0, 2);
}

char *
ovs_format_hours (double hours)
{
  /* "32,50" becomes "32,5" and "32,00" "32"; no thousands separator in hours. */
  char *text = g_strdup_printf ("%.2f", fabs (hours) < 0.005 ? 0.0 : hours);

  trim_decimals (text);
  return text;
}

/* RFC 5545 weekday codes ("MO,TU,WE") as the locale's short day names ("ma, di, wo"). 2024-01-01 was a Monday. */
char *
ovs_format_weekdays (const char *codes)
{
  static const char *order[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
  g_auto(GStrv) parts = g_strsplit (codes ? codes : "", ",", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint d;

      for (d = 0; d < G_N_ELEMENTS (order) && g_ascii_strcasecmp (g_strstrip (parts[i]), order[d]) != 0; d++)
        ;
      if (out->len > 0)
        g_string_append (out, ", ");
      if (d < G_N_ELEMENTS (order))
        {
          g_autoptr(GDateTime) day = g_date_time_new_utc (2024, 1, 1 + (int) d, 0, 0, 0);
          g_autofree char *name = g_date_time_format (day, "%a");

          g_string_append (out, name);
        }
      else
        g_string_append (out, parts[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

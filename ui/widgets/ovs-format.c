/* ovs-format.c — locale-aware formatting for the interface. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include <overstap/overstap.h>

#include "widgets/ovs-format.h"

/* The ' flag asks the C library for the locale's thousands separator (a dot in nl_NL). */
char *
ovs_format_int (gint64 value)
{
  return g_strdup_printf ("%'" G_GINT64_FORMAT, value);
}

char *
ovs_format_decimal (double value, int digits)
{
  return g_strdup_printf ("%'.*f", CLAMP (digits, 0, 6), value);
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
  g_autofree char *text = g_strdup_printf ("%.2f", hours);
  char *end = text + strlen (text) - 1;

  /* Trim "32,50" to "32,5" and "32,00" to "32"; the separator is whatever the locale printed. */
  while (end > text && *end == '0')
    *end-- = '\0';
  if (end > text && !g_ascii_isdigit (*end))
    *end = '\0';
  return g_steal_pointer (&text);
}

/* ovs-aow.c — the AOW age by birth date.
 *
 * Source: Sociale Verzekeringsbank, "AOW-leeftijd" (svb.nl/nl/aow/aow-leeftijd/uw-aow-leeftijd) and
 * Rijksoverheid, "AOW-leeftijd berekenen" (rijksoverheid.nl/onderwerpen/algemene-ouderdomswet-aow),
 * which apply Algemene Ouderdomswet art. 7a (wetten.overheid.nl/BWBR0002221) with the Wet verhoging
 * AOW- en pensioenrichtleeftijd (2012), the Wet temporisering verhoging AOW-leeftijd (2019) and the
 * yearly decisions five years ahead (the last one, November 2025, fixed 2031 at 67 years and 3 months).
 *
 *   born                                   AOW in       AOW age
 *   before 1 January 1948                  –            65
 *   1 January 1948 – 30 November 1948      2013         65 + 1 month
 *   1 December 1948 – 31 October 1949      2014         65 + 2 months
 *   1 November 1949 – 30 September 1950    2015         65 + 3 months
 *   1 October 1950 – 30 June 1951          2016         65 + 6 months
 *   1 July 1951 – 31 March 1952            2017         65 + 9 months
 *   1 April 1952 – 31 December 1952        2018         66
 *   1 January 1953 – 31 August 1955        2019–2021    66 + 4 months
 *   1 September 1955 – 31 May 1956         2022         66 + 7 months
 *   1 June 1956 – 28 February 1957         2023         66 + 10 months
 *   1 March 1957 – 31 December 1960        2024–2027    67
 *   1 January 1961 – 30 September 1964     2028–2031    67 + 3 months
 *   from 1 October 1964                    2032 on      not fixed yet; at least 67 + 3 months
 *
 * When the minister fixes a later year, add its row here (and its test in tests/test-aow.c).
 */
#include "config.h"

#include <stdio.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-aow.h"

typedef struct
{
  int year, month, day;    /* born on or after this day */
  int months;              /* AOW age in months */
} AowRow;

static const AowRow aow_table[] = {
  { 1900, 1, 1, 65 * 12 },
  { 1948, 1, 1, 65 * 12 + 1 },
  { 1948, 12, 1, 65 * 12 + 2 },
  { 1949, 11, 1, 65 * 12 + 3 },
  { 1950, 10, 1, 65 * 12 + 6 },
  { 1951, 7, 1, 65 * 12 + 9 },
  { 1952, 4, 1, 66 * 12 },
  { 1953, 1, 1, 66 * 12 + 4 },
  { 1955, 9, 1, 66 * 12 + 7 },
  { 1956, 6, 1, 66 * 12 + 10 },
  { 1957, 3, 1, 67 * 12 },
  { 1961, 1, 1, 67 * 12 + 3 },
};

/* Born on or after this day, the AOW age is not fixed yet. */
static const AowRow first_unfixed = { 1964, 10, 1, 67 * 12 + 3 };

static int
compare_birth (const GDate *birth, const AowRow *row)
{
  int y = g_date_get_year (birth), m = g_date_get_month (birth), d = g_date_get_day (birth);

  if (y != row->year)
    return y < row->year ? -1 : 1;
  if (m != row->month)
    return m < row->month ? -1 : 1;
  return d < row->day ? -1 : d > row->day;
}

static int
age_in_months (const GDate *birth, gboolean *provisional)
{
  int months = aow_table[0].months;

  for (guint i = 0; i < G_N_ELEMENTS (aow_table); i++)
    if (compare_birth (birth, &aow_table[i]) >= 0)
      months = aow_table[i].months;
  if (provisional != NULL)
    *provisional = compare_birth (birth, &first_unfixed) >= 0;
  return months;
}

void
ovs_aow_age (const GDate *birth, int *years, int *months, gboolean *provisional)
{
  int total;

  g_return_if_fail (birth != NULL && g_date_valid (birth));

  total = age_in_months (birth, provisional);
  if (years != NULL)
    *years = total / 12;
  if (months != NULL)
    *months = total % 12;
}

GDate *
ovs_aow_date (const GDate *birth)
{
  GDate *date;

  if (birth == NULL || !g_date_valid (birth))
    return NULL;
  date = g_date_copy (birth);
  /* g_date_add_months keeps the day of the month, or takes the last day of a shorter month. */
  g_date_add_months (date, (guint) age_in_months (birth, NULL));
  return date;
}

static gboolean
is_plain_iso (const char *iso)
{
  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? iso[i] != '-' : !g_ascii_isdigit (iso[i]))
      return FALSE;
  return TRUE;
}

static GDate *
parse_iso (const char *iso)
{
  GDate *date;
  guint y, m, d;

  if (iso == NULL)
    return NULL;
  /* "jjjj-mm-dd" as the database holds it without sscanf (an import asks for every employee). */
  if (is_plain_iso (iso))
    {
      y = (guint) ((iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0'));
      m = (guint) ((iso[5] - '0') * 10 + (iso[6] - '0'));
      d = (guint) ((iso[8] - '0') * 10 + (iso[9] - '0'));
    }
  else if (sscanf (iso, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return NULL;
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return NULL;
  date = g_date_new_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return date;
}

static char *
format_iso (const GDate *date)
{
  guint y = g_date_get_year (date), m = g_date_get_month (date), d = g_date_get_day (date);

  if (y > 9999)
    return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return g_strndup ((const char[10]) { (char) ('0' + y / 1000), (char) ('0' + y / 100 % 10),
                                       (char) ('0' + y / 10 % 10), (char) ('0' + y % 10), '-',
                                       (char) ('0' + m / 10), (char) ('0' + m % 10), '-',
                                       (char) ('0' + d / 10), (char) ('0' + d % 10) }, 10);
}

char *
ovs_aow_date_iso (const char *birth_iso)
{
  g_autoptr(GDate) birth = parse_iso (birth_iso);
  g_autoptr(GDate) aow = birth ? ovs_aow_date (birth) : NULL;

  return aow ? format_iso (aow) : NULL;
}

char *
ovs_aow_last_working_day_iso (const char *birth_iso)
{
  g_autoptr(GDate) birth = parse_iso (birth_iso);
  g_autoptr(GDate) aow = birth ? ovs_aow_date (birth) : NULL;

  if (aow == NULL)
    return NULL;
  g_date_subtract_days (aow, 1);
  return format_iso (aow);
}

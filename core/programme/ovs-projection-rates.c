/* ovs-projection-rates.c — the dated tables the projection and the scenarios use.
 *
 * Each table holds rows from a valid_from date on; a year takes the last row that starts on or before
 * its 1 January (before the first row: the first row). Add a row to change a figure from a date on,
 * so that earlier projections can be recomputed as they were. */
#include "config.h"

#include <math.h>

#include "programme/ovs-projection-private.h"

/* --- outflow rates by age band ---
 *
 * Mortality: CBS StatLine 83290NED "Prognose periode-levensverwachting; geslacht en leeftijd" (the
 * sterftekans per age for 2025, men and women averaged, taken over the band), times 1.5 because Wsw
 * employees have more health problems than the population; that factor is our assumption, not CBS's.
 * Long-term sickness (dismissal after two years of sickness) and voluntary leaving: the Wsw-statistiek
 * (Panteia for SZW, jaarrapport 2016 and 2017, rijksoverheid.nl): the population shrank by about 5% a
 * year, about two thirds of the outflow through death, pension or two years of sickness, voluntary
 * leaving more among the younger; the split by age band is ours, fitted to those totals. */
typedef struct
{
  const char *valid_from;
  int         up_to_age;     /* the band holds up to and including this age */
  double      mortality, sickness, voluntary;
} RateRow;

static const RateRow rates[] = {
  { "2025-01-01", 34,  0.0005 * 1.5, 0.004, 0.015 },
  { "2025-01-01", 44,  0.0010 * 1.5, 0.006, 0.008 },
  { "2025-01-01", 54,  0.0025 * 1.5, 0.010, 0.005 },
  { "2025-01-01", 59,  0.0050 * 1.5, 0.015, 0.003 },
  { "2025-01-01", 64,  0.0080 * 1.5, 0.020, 0.003 },
  { "2025-01-01", 200, 0.0120 * 1.5, 0.020, 0.003 },
};

/* --- the wage table ---
 *
 * Gross monthly wages at full time (36 hours) by salary scale (1–10) and step (0–10): the scale's
 * first step and what each further step adds. Modelled on the loongebouw of the Wsw CAO (Cao Aan de
 * slag, Cedris/VNG and the unions; loontabel in its bijlage): scale 1 step 0 at the statutory minimum
 * wage (WML, rijksoverheid.nl: € 14,06 an hour from 1 January 2025, € 14,71 from 1 January 2026),
 * about 2% a step. The amounts are indicative: put the loontabel in force here when it changes. */
typedef struct
{
  const char *valid_from;
  double      first[10];     /* scale 1..10, step 0 */
  double      per_step;      /* share of step 0 each step adds */
} WageRow;

static const WageRow wages[] = {
  { "2025-01-01", { 2193, 2236, 2283, 2338, 2404, 2486, 2589, 2712, 2858, 3030 }, 0.02 },
  { "2026-01-01", { 2295, 2340, 2389, 2447, 2516, 2602, 2710, 2838, 2991, 3171 }, 0.02 },
};

/* Holiday pay 8% and the employer's charges (social insurance premiums and pension) of about 20% of
 * the gross wage; an end-of-year payment is not counted. */
#define HOLIDAY_PAY 0.08
#define EMPLOYER_CHARGES 0.20

/* --- the state grant per SE ---
 *
 * The rijksbijdrage Wsw in the integratie-uitkering Participatiewet (gemeentefonds, the circulaires
 * on rijksoverheid.nl), in euros per SE. The national budget shrinks with the population and was cut
 * per SE after 2015; we take it to fall 1% a year in money after 2026. When the municipality sets the
 * parameter cents_per_se (overstap-cli parameter set), that amount is used from its date instead, and
 * falls from there at the same rate. */
typedef struct { int year; double euros; } GrantRow;

static const GrantRow grants[] = {
  { 2024, 27700 },
  { 2025, 27450 },
  { 2026, 27200 },
};
#define GRANT_DECLINE 0.01

static int
year_of (const char *iso)
{
  return (int) g_ascii_strtoll (iso, NULL, 10);
}

void
ovs_proj_rates (int year, int age, double *mortality, double *sickness, double *voluntary)
{
  const char *from = rates[0].valid_from;

  /* The dated rows in force: the latest valid_from on or before the year. */
  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    if (year_of (rates[i].valid_from) <= year)
      from = rates[i].valid_from;
  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    if (g_str_equal (rates[i].valid_from, from) && age <= rates[i].up_to_age)
      {
        *mortality = rates[i].mortality;
        *sickness = rates[i].sickness;
        *voluntary = rates[i].voluntary;
        return;
      }
  *mortality = *sickness = *voluntary = 0;
}

double
ovs_proj_monthly_wage (int year, int scale, int step)
{
  const WageRow *row = &wages[0];

  for (guint i = 0; i < G_N_ELEMENTS (wages); i++)
    if (year_of (wages[i].valid_from) <= year)
      row = &wages[i];
  scale = CLAMP (scale, 1, 10);
  step = CLAMP (step, 0, 10);
  return row->first[scale - 1] * (1 + row->per_step * step);
}

double
ovs_proj_wage_factor (void)
{
  return 12 * (1 + HOLIDAY_PAY) * (1 + EMPLOYER_CHARGES);
}

double
ovs_proj_grant_per_se (int year)
{
  const GrantRow *last = &grants[G_N_ELEMENTS (grants) - 1];

  if (year <= grants[0].year)
    return grants[0].euros;
  for (guint i = 0; i < G_N_ELEMENTS (grants); i++)
    if (grants[i].year == year)
      return grants[i].euros;
  return last->euros * pow (1 - GRANT_DECLINE, year - last->year);
}

/* ovs-projection-private.h — the projection's people and rates, shared with the scenarios. */
#pragma once

#include "overstap/programme/ovs-projection.h"

G_BEGIN_DECLS

/* One Wsw employee as the projection sees them today. Days are Julian day numbers. */
typedef struct
{
  gint64      id;
  char       *personnel_number;
  int         birth;
  int         last_day;        /* the day before the AOW date */
  int         end;             /* a recorded employment end, or G_MAXINT */
  int         aow_year;
  int         minutes;         /* contract minutes a week */
  double      se;              /* the SE rate: contract / full time × the indication's weight */
  double      fte;             /* contract / full time */
  double      wage_year;       /* euros a year at full time for their scale and step, with charges */
  int         scale, step;
  gboolean    ernstig;
  gboolean    sick;            /* status sick today */
  int         indication_end;  /* valid_until of the current indication, or 0 */
  gint64      employer_id;
  const char *key[OVS_PROJECTION_N_BREAKDOWNS];   /* interned */
} OvsProjPerson;

/* What one person does in one year: their expected weight at the start and end, person-years
 * employed, and the outflow by cause (all in expected persons). */
typedef struct
{
  double start, end, years;
  double outflow[OVS_PROJECTION_N_CAUSES];
} OvsProjStep;

typedef struct
{
  char      *today;
  int        today_day;
  GPtrArray *people;           /* OvsProjPerson*, by id */
  GHashTable *names;           /* interned keys */
} OvsProjPeople;

OvsProjPeople *ovs_proj_people_load   (OvsStore *store, GError **error);
/* The same population as it stood on @date (ISO): employed then and before their AOW date. Their
 * breakdown keys are today's (the schema keeps no employer history); the dashboard counts with it. */
OvsProjPeople *ovs_proj_people_load_at (OvsStore *store, const char *date, GError **error);
void           ovs_proj_people_free   (OvsProjPeople *people);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsProjPeople, ovs_proj_people_free)

/* Advances @p through @year from weight *@weight (1 before the first year), with the rates × @factor
 * (0: only the AOW and nothing else). Updates *@weight. */
void           ovs_proj_step          (const OvsProjPerson *p,
                                       int                  year,
                                       int                  today_day,
                                       double               factor,
                                       double              *weight,
                                       OvsProjStep         *out);

/* --- ovs-projection-rates.c: the dated tables --- */

/* Yearly rates at @age in @year. */
void           ovs_proj_rates         (int     year,
                                       int     age,
                                       double *mortality,
                                       double *sickness,
                                       double *voluntary);
/* The gross monthly wage at full time (36 h) for @scale and @step on 1 January of @year, in euros. */
double         ovs_proj_monthly_wage  (int     year,
                                       int     scale,
                                       int     step);
/* The yearly employer's cost of one full-time monthly wage: × 12 months, holiday pay, end-of-year
 * payment and the employer's charges. */
double         ovs_proj_wage_factor   (void);
/* The state grant per SE in @year from the dated table, in euros. */
double         ovs_proj_grant_per_se  (int     year);

/* ovs-projection.c: the grant per SE in @year, the parameter cents_per_se when set (falling from its
 * year as the table falls), else the table. */
double         ovs_proj_grant_for     (OvsStore *store,
                                       int       year);

G_END_DECLS

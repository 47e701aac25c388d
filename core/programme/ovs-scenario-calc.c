/* ovs-scenario-calc.c — what a scenario costs, year by year, and what it risks.
 *
 * Every Wsw employee of today's population walks the projection's years (ovs-projection-private.h,
 * all causes of outflow); in each year their expected person-years carry a wage cost (the CAO table)
 * and SE that bring in the state grant. What the municipality pays out depends on where the scenario
 * sends them. The shares below are planning assumptions a controller can check and change here; the
 * README names them:
 *  - stay (no assignment): the SW company's wage cost plus its overhead, less what the work earns;
 *  - foundation: the same with the foundation's (smaller) overhead;
 *  - covenant: the covenant's price (per SE, hour or person, indexed every full year since its start),
 *    plus the state grant when the party keeps it (the municipality passes it on);
 *  - individual secondment: wage cost and overhead, less the hirer's fee;
 *  - supported employment (begeleid werken): the employer pays the wage; the municipality pays a wage
 *    subsidy for what the person cannot earn (100% − the wage value) and job coaching. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "overstap/programme/ovs-parameters.h"
#include "programme/ovs-projection-private.h"
#include "programme/ovs-scenario-private.h"
#include "store/ovs-store-private.h"

#define STAY -1

/* Shares of the yearly wage cost. Sources: Cedris and the Wsw-statistiek report the added value of
 * Wsw work at roughly a fifth of the wage cost for sheltered work, more for secondment; the overheads
 * are the programme's own estimates for the SW companies and the new foundation. */
#define SW_OVERHEAD          0.15
#define FOUNDATION_OVERHEAD  0.10
#define WORK_REVENUE         0.20
#define SECONDMENT_FEE       0.45
/* Supported employment: the wage value (loonwaarde) taken at 50% and job coaching at € 3.000 a year. */
#define SUPPORTED_WAGE_VALUE 0.50
#define JOB_COACHING_EUROS   3000

typedef struct
{
  gint64  id;
  char   *name;
  double  price;          /* euros, at the start year */
  int     unit;           /* OvsPriceUnit */
  double  indexation;     /* per cent a year */
  int     start_year;
  double  budget;         /* euros a year; 0: none */
  gboolean party_keeps_grant;
} Covenant;

typedef struct { int destination; gint64 covenant; } Assignment;

typedef struct
{
  OvsStore       *store;
  OvsProjPeople  *people;
  GHashTable     *assignments;    /* gint64* employee -> Assignment* */
  GHashTable     *covenants;      /* gint64* -> Covenant* */
  gboolean        health;
  int             from, to;
} Calc;

static void
covenant_free (gpointer data)
{
  Covenant *c = data;

  g_free (c->name);
  g_free (c);
}

static gboolean
load_assignments (Calc *c, gint64 scenario, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (c->store, "SELECT employee_id, destination, coalesce (covenant_id, 0) "
                                                 "FROM scenario_assignment WHERE scenario_id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, scenario);
  while (ovs_stmt_next (stmt, error))
    {
      gint64 id = ovs_stmt_get_int64 (stmt, 0);
      Assignment *a = g_new0 (Assignment, 1);

      ovs_vocab_lookup (OVS_TYPE_SCENARIO_DESTINATION, ovs_stmt_get_text (stmt, 1), &a->destination);
      a->covenant = ovs_stmt_get_int64 (stmt, 2);
      g_hash_table_insert (c->assignments, g_memdup2 (&id, sizeof id), a);
    }
  ovs_stmt_reset (stmt);
  return error == NULL || *error == NULL;
}

static gboolean
load_covenants (Calc *c, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (c->store,
    "SELECT id, name, price_cents, price_unit, indexation_pct, start_date, budget_cents, grant_holder "
    "FROM covenant", error);

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, error))
    {
      Covenant *cov = g_new0 (Covenant, 1);

      cov->id = ovs_stmt_get_int64 (stmt, 0);
      cov->name = g_strdup (ovs_stmt_get_text (stmt, 1));
      cov->price = ovs_stmt_get_int64 (stmt, 2) / 100.0;
      ovs_vocab_lookup (OVS_TYPE_PRICE_UNIT, ovs_stmt_get_text (stmt, 3), &cov->unit);
      cov->indexation = ovs_stmt_get_double (stmt, 4);
      cov->start_year = (int) g_ascii_strtoll (ovs_stmt_get_text (stmt, 5), NULL, 10);
      cov->budget = ovs_stmt_get_int64 (stmt, 6) / 100.0;
      cov->party_keeps_grant = ovs_vocab_is (OVS_TYPE_GRANT_HOLDER, ovs_stmt_get_text (stmt, 7),
                                             OVS_GRANT_HOLDER_PARTY);
      g_hash_table_insert (c->covenants, g_memdup2 (&cov->id, sizeof cov->id), cov);
    }
  ovs_stmt_reset (stmt);
  return error == NULL || *error == NULL;
}

/* What one person-year costs the municipality before the grant, at @destination. */
static double
outlay (const Calc *c, const OvsProjPerson *p, const Assignment *a, int year, const OvsProjStep *step,
        double wage, double grant)
{
  const Covenant *cov;
  double price, amount;

  switch (a ? a->destination : STAY)
    {
    case OVS_SCENARIO_DESTINATION_FOUNDATION:
      return wage * (1 + FOUNDATION_OVERHEAD - WORK_REVENUE);
    case OVS_SCENARIO_DESTINATION_INDIVIDUAL_SECONDMENT:
      return wage * (1 + FOUNDATION_OVERHEAD - SECONDMENT_FEE);
    case OVS_SCENARIO_DESTINATION_SUPPORTED_EMPLOYMENT:
      return wage * (1 - SUPPORTED_WAGE_VALUE) + JOB_COACHING_EUROS * step->years;
    case OVS_SCENARIO_DESTINATION_COVENANT:
      cov = g_hash_table_lookup (c->covenants, &a->covenant);
      if (cov == NULL)
        return wage * (1 + SW_OVERHEAD - WORK_REVENUE);
      price = cov->price * pow (1 + cov->indexation / 100, MAX (0, year - cov->start_year));
      if (cov->unit == OVS_PRICE_UNIT_HOUR)
        amount = price * p->minutes / 60.0 * 52 * step->years;
      else if (cov->unit == OVS_PRICE_UNIT_PERSON)
        amount = price * step->years;
      else
        amount = price * p->se * step->years;
      return amount + (cov->party_keeps_grant ? grant : 0);
    default:
      return wage * (1 + SW_OVERHEAD - WORK_REVENUE);
    }
}

static int
year_of_day (int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) day);
  return g_date_get_year (&date);
}

typedef struct
{
  double headcount, se, wage, grant, outlay;
  double by_destination[OVS_SCENARIO_N_DESTINATIONS + 1];   /* the last: stay */
  double aow, sickness, reindications;
  GHashTable *spend;                                        /* Covenant* -> double* */
} Year;

static void
add_person_year (Calc *c, const OvsProjPerson *p, int year, const OvsProjStep *step, double grant_per_se,
                 double index, Year *y)
{
  const Assignment *a = g_hash_table_lookup (c->assignments, &p->id);
  double wage = step->years * p->fte * p->wage_year * index;
  double grant = step->years * p->se * grant_per_se;
  double spent = outlay (c, p, a, year, step, wage, grant);
  int slot = a ? a->destination : OVS_SCENARIO_N_DESTINATIONS;

  y->headcount += step->start;
  y->se += step->years * p->se;
  y->wage += wage;
  y->grant += grant;
  y->outlay += spent;
  y->by_destination[slot] += spent - grant;
  y->aow += step->outflow[OVS_PROJECTION_CAUSE_AOW];
  y->sickness += step->outflow[OVS_PROJECTION_CAUSE_SICKNESS];
  if (c->health && p->indication_end != 0 && year_of_day (p->indication_end) == year)
    y->reindications += step->start;
  if (a != NULL && a->destination == OVS_SCENARIO_DESTINATION_COVENANT)
    {
      Covenant *cov = g_hash_table_lookup (c->covenants, &a->covenant);
      double *slot_spend;

      if (cov == NULL)
        return;
      slot_spend = g_hash_table_lookup (y->spend, cov);
      if (slot_spend == NULL)
        g_hash_table_insert (y->spend, cov, slot_spend = g_new0 (double, 1));
      *slot_spend += spent;
    }
}

static void
run (Calc *c, Year *years)
{
  GPtrArray *people = c->people->people;
  g_autofree double *weights = g_new (double, people->len);
  int base = (int) g_ascii_strtoll (c->people->today, NULL, 10);

  for (guint i = 0; i < people->len; i++)
    weights[i] = 1;
  for (int year = base; year <= c->to; year++)
    {
      Year scratch = { 0 }, *y = year >= c->from ? &years[year - c->from] : &scratch;
      double grant_per_se = ovs_proj_grant_for (c->store, year);
      double index = ovs_proj_monthly_wage (year, 1, 0) / ovs_proj_monthly_wage (base, 1, 0);

      if (y->spend == NULL)
        y->spend = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
      for (guint i = 0; i < people->len; i++)
        {
          const OvsProjPerson *p = g_ptr_array_index (people, i);
          OvsProjStep step;

          ovs_proj_step (p, year, c->people->today_day, 1, &weights[i], &step);
          add_person_year (c, p, year, &step, grant_per_se, index, y);
        }
      if (y == &scratch)
        g_hash_table_unref (scratch.spend);
    }
}

static gint64
euros (double value)
{
  return (gint64) round (value);
}

static double
round4 (double value)
{
  return round (value * 10000) / 10000;
}

static JsonArray *
over_budget (const Year *y)
{
  JsonArray *names = json_array_new ();
  g_autoptr(GList) keys = g_hash_table_get_keys (y->spend);

  for (GList *l = keys; l != NULL; l = l->next)
    {
      const Covenant *cov = l->data;

      if (cov->budget > 0 && *(double *) g_hash_table_lookup (y->spend, cov) > cov->budget)
        json_array_add_string_element (names, cov->name);
    }
  return names;
}

static JsonObject *
year_json (const Calc *c, int year, const Year *y)
{
  JsonObject *o = json_object_new (), *by = json_object_new (), *risks = json_object_new ();

  json_object_set_int_member (o, "year", year);
  json_object_set_double_member (o, "headcount", round4 (y->headcount));
  json_object_set_double_member (o, "se", round4 (y->se));
  json_object_set_int_member (o, "wage_cost", euros (y->wage));
  json_object_set_int_member (o, "grant", euros (y->grant));
  json_object_set_int_member (o, "outlay", euros (y->outlay));
  json_object_set_int_member (o, "cost", euros (y->outlay - y->grant));
  json_object_set_int_member (by, "stay", euros (y->by_destination[OVS_SCENARIO_N_DESTINATIONS]));
  for (int d = 0; d < OVS_SCENARIO_N_DESTINATIONS; d++)
    json_object_set_int_member (by, ovs_vocab_code (OVS_TYPE_SCENARIO_DESTINATION, d), euros (y->by_destination[d]));
  json_object_set_object_member (o, "cost_by_destination", by);
  json_object_set_double_member (risks, "aow", round4 (y->aow));
  json_object_set_double_member (risks, "sickness", round4 (y->sickness));
  if (c->health)
    json_object_set_double_member (risks, "reindications_due", round4 (y->reindications));
  else
    json_object_set_null_member (risks, "reindications_due");
  json_object_set_array_member (risks, "covenants_over_budget", over_budget (y));
  json_object_set_object_member (o, "risks", risks);
  return o;
}

static JsonObject *
assigned_json (const Calc *c)
{
  JsonObject *o = json_object_new ();
  int counts[OVS_SCENARIO_N_DESTINATIONS] = { 0 };
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, c->assignments);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    counts[((Assignment *) value)->destination]++;
  for (int d = 0; d < OVS_SCENARIO_N_DESTINATIONS; d++)
    json_object_set_int_member (o, ovs_vocab_code (OVS_TYPE_SCENARIO_DESTINATION, d), counts[d]);
  return o;
}

static gboolean
read_header (OvsStore *store, gint64 id, JsonObject *o, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT name, description, adopted_at FROM scenario WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (ovs_stmt_next (stmt, error))
    {
      json_object_set_string_member (o, "name", ovs_stmt_get_text (stmt, 0));
      json_object_set_string_member (o, "description", ovs_stmt_get_text (stmt, 1));
      json_object_set_string_member (o, "adopted_at", ovs_stmt_get_text (stmt, 2));
    }
  ovs_stmt_reset (stmt);
  return error == NULL || *error == NULL;
}

static JsonObject *
show_loaded (Calc *c, gint64 id, GError **error)
{
  g_autoptr(JsonObject) o = json_object_new ();
  JsonArray *list = json_array_new ();
  guint n = (guint) (c->to - c->from + 1);
  g_autofree Year *years = g_new0 (Year, n);
  double total = 0;

  json_object_set_array_member (o, "years", list);
  if (!load_assignments (c, id, error) || !read_header (c->store, id, o, error))
    return NULL;
  run (c, years);
  for (guint k = 0; k < n; k++)
    {
      json_array_add_object_element (list, year_json (c, c->from + (int) k, &years[k]));
      total += years[k].outlay - years[k].grant;
      g_hash_table_unref (years[k].spend);
    }
  json_object_set_object_member (o, "assigned", assigned_json (c));
  json_object_set_int_member (o, "total_cost", euros (total));
  return g_steal_pointer (&o);
}

static gboolean
calc_init (Calc *c, OvsStore *store, int from, int to, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  int base = (int) g_ascii_strtoll (today, NULL, 10);

  c->store = store;
  c->from = from == 0 ? base : from;
  c->to = to == 0 ? MAX (OVS_PROJECTION_LAST_YEAR, c->from) : to;
  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error))
    return FALSE;
  if (c->from < base || c->to < c->from || c->to > base + 100)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER,
                   _("The projection runs from this year (%d) on, to a year after the first; not %d to %d"),
                   base, c->from, c->to);
      return FALSE;
    }
  c->health = ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
  c->covenants = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, covenant_free);
  c->people = ovs_proj_people_load (store, error);
  return c->people != NULL && load_covenants (c, error);
}

static void
calc_clear (Calc *c)
{
  g_clear_pointer (&c->people, ovs_proj_people_free);
  g_clear_pointer (&c->covenants, g_hash_table_unref);
  g_clear_pointer (&c->assignments, g_hash_table_unref);
}

static JsonObject *
show_one (Calc *c, const char *scenario, GError **error)
{
  gint64 id = 0;

  g_clear_pointer (&c->assignments, g_hash_table_unref);
  c->assignments = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  if (!ovs_scenario_lookup (c->store, scenario, &id, NULL, error))
    return NULL;
  return show_loaded (c, id, error);
}

JsonObject *
ovs_scenario_show (OvsStore *store, const char *scenario, int from, int to, GError **error)
{
  Calc c = { 0 };
  JsonObject *result = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store) && scenario != NULL, NULL);
  if (calc_init (&c, store, from, to, error))
    result = show_one (&c, scenario, error);
  calc_clear (&c);
  return result;
}

JsonArray *
ovs_scenario_compare (OvsStore *store, const char * const *scenarios, int from, int to, GError **error)
{
  g_autoptr(JsonArray) list = json_array_new ();
  guint n = scenarios ? g_strv_length ((char **) scenarios) : 0;
  Calc c = { 0 };
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (n < 2 || n > 4)
    {
      g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("Compare two to four scenarios"));
      return NULL;
    }
  /* The people are read once; each scenario only puts them elsewhere. */
  ok = calc_init (&c, store, from, to, error);
  for (guint i = 0; ok && i < n; i++)
    {
      JsonObject *one = show_one (&c, scenarios[i], error);

      ok = one != NULL;
      if (ok)
        json_array_add_object_element (list, one);
    }
  calc_clear (&c);
  return ok ? g_steal_pointer (&list) : NULL;
}

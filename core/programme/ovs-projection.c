/* ovs-projection.c — the yearly sums of the projection, its JSON and its interpretation in words. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-format.h"
#include "overstap/base/ovs-validate.h"
#include "overstap/programme/ovs-parameters.h"
#include "programme/ovs-projection-private.h"
#include "store/ovs-store-private.h"

/* The bands: the rates at 150% (low) and 50% (high). */
static const double band_factor[2] = { 1.5, 0.5 };

static const char *cause_codes[OVS_PROJECTION_N_CAUSES] = { "aow", "mortality", "sickness", "voluntary", "ended" };
static const char *breakdown_keys[OVS_PROJECTION_N_BREAKDOWNS] = {
  "by_employer", "by_work_organisation", "by_home_municipality", "by_placement_kind",
};

const char *
ovs_projection_cause_code (OvsProjectionCause cause)
{
  g_return_val_if_fail (cause < OVS_PROJECTION_N_CAUSES, NULL);
  return cause_codes[cause];
}

static int
this_year (const char *today)
{
  return (int) g_ascii_strtoll (today, NULL, 10);
}

/* The grant per SE: the parameter cents_per_se in force on 1 January when the municipality set one,
 * falling from its year as the table falls; else the table. */
double
ovs_proj_grant_for (OvsStore *store, int year)
{
  g_autofree char *jan1 = g_strdup_printf ("%04d-01-01", year);
  g_autoptr(JsonArray) rows = NULL;
  double cents;
  int from = 0;

  if (!ovs_parameters_value_at (store, "cents_per_se", jan1, &cents, NULL))
    return ovs_proj_grant_per_se (year);
  rows = ovs_parameters_list (store, NULL);
  for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      int row_year = this_year (json_object_get_string_member (row, "valid_from"));

      if (g_str_equal (json_object_get_string_member (row, "name"), "cents_per_se") && row_year <= year)
        from = MAX (from, row_year);
    }
  return cents / 100 * ovs_proj_grant_per_se (year) / ovs_proj_grant_per_se (from);
}

static void
add_cell (GHashTable *table, const char *key, const OvsProjPerson *p, const OvsProjStep *step)
{
  OvsProjectionCell *cell = g_hash_table_lookup (table, key);

  if (cell == NULL)
    {
      cell = g_new0 (OvsProjectionCell, 1);
      g_hash_table_insert (table, g_strdup (key), cell);
    }
  cell->headcount_start += step->start;
  cell->headcount_end += step->end;
  cell->se_start += step->start * p->se;
  cell->se_end += step->end * p->se;
}

static void
add_step (OvsProjectionYear *y, const OvsProjPerson *p, const OvsProjStep *step, double wage_index)
{
  y->headcount_start += step->start;
  y->headcount_end += step->end;
  y->se_start += step->start * p->se;
  y->se_end += step->end * p->se;
  y->se += step->years * p->se;
  y->wage_cost += step->years * p->fte * p->wage_year * wage_index;
  for (guint c = 0; c < OVS_PROJECTION_N_CAUSES; c++)
    y->outflow[c] += step->outflow[c];
  for (guint b = 0; b < OVS_PROJECTION_N_BREAKDOWNS; b++)
    add_cell (y->by[b], p->key[b], p, step);
}

/* The bands walk the same people with other rates; only their totals are kept. */
static void
run_band (const OvsProjPeople *people, OvsProjection *proj, guint band, const double *wage_index)
{
  g_autofree double *weights = g_new (double, people->people->len);
  double factor = proj->outflow == OVS_PROJECTION_OUTFLOW_AOW ? 0 : band_factor[band];

  for (guint i = 0; i < people->people->len; i++)
    weights[i] = 1;
  for (int y = this_year (people->today); y <= proj->years[proj->n_years - 1].year; y++)
    {
      OvsProjectionYear *out = NULL;
      double hc = 0, se = 0, wage = 0;

      for (guint k = 0; k < proj->n_years; k++)
        if (proj->years[k].year == y)
          out = &proj->years[k];
      for (guint i = 0; i < people->people->len; i++)
        {
          const OvsProjPerson *p = g_ptr_array_index (people->people, i);
          OvsProjStep step;

          ovs_proj_step (p, y, people->today_day, factor, &weights[i], &step);
          hc += step.end;
          se += step.years * p->se;
          wage += step.years * p->fte * p->wage_year;
        }
      if (out == NULL)
        continue;
      out->headcount_end_band[band] = hc;
      out->se_band[band] = se;
      out->balance_band[band] = se * out->grant_per_se - wage * wage_index[out - proj->years];
    }
}

/* Wages follow the table's dates: a later row raises everybody's wage by the same share. */
static double
wage_index (int base_year, int year)
{
  return ovs_proj_monthly_wage (year, 1, 0) / ovs_proj_monthly_wage (base_year, 1, 0);
}

static void
run_expected (OvsStore *store, const OvsProjPeople *people, OvsProjection *proj, double *index)
{
  g_autofree double *weights = g_new (double, people->people->len);
  double factor = proj->outflow == OVS_PROJECTION_OUTFLOW_AOW ? 0 : 1;
  int base = this_year (people->today);

  for (guint i = 0; i < people->people->len; i++)
    weights[i] = 1;
  /* Years before @from are walked too, so that @from starts from who is left by then. */
  for (int y = base; y <= proj->years[proj->n_years - 1].year; y++)
    {
      OvsProjectionYear scratch = { 0 }, *out = &scratch;
      int k = y - proj->years[0].year;

      if (k >= 0)
        out = &proj->years[k];
      for (guint b = 0; b < OVS_PROJECTION_N_BREAKDOWNS; b++)
        if (out->by[b] == NULL)
          out->by[b] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      out->year = y;
      if (k >= 0)
        index[k] = wage_index (base, y);
      for (guint i = 0; i < people->people->len; i++)
        {
          const OvsProjPerson *p = g_ptr_array_index (people->people, i);
          OvsProjStep step;

          ovs_proj_step (p, y, people->today_day, factor, &weights[i], &step);
          add_step (out, p, &step, wage_index (base, y));
        }
      out->grant_per_se = ovs_proj_grant_for (store, y);
      out->grant = out->se * out->grant_per_se;
      out->balance = out->grant - out->wage_cost;
      for (guint b = 0; b < OVS_PROJECTION_N_BREAKDOWNS; b++)
        if (out == &scratch)
          g_hash_table_unref (scratch.by[b]);
    }
}

OvsProjection *
ovs_projection_compute (OvsStore *store, int from, int to, OvsProjectionOutflow outflow, GError **error)
{
  g_autoptr(OvsProjPeople) people = NULL;
  g_autoptr(OvsProjection) proj = NULL;
  g_autofree double *index = NULL;
  g_autofree char *today = NULL;
  int base;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error))
    return NULL;
  today = ovs_date_today_iso ();
  base = this_year (today);
  from = from == 0 ? base : from;
  to = to == 0 ? MAX (OVS_PROJECTION_LAST_YEAR, from) : to;
  if (from < base || to < from || to > base + 100)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER,
                   _("The projection runs from this year (%d) on, to a year after the first; not %d to %d"),
                   base, from, to);
      return NULL;
    }
  people = ovs_proj_people_load (store, error);
  if (people == NULL)
    return NULL;

  proj = g_new0 (OvsProjection, 1);
  proj->today = g_steal_pointer (&today);
  proj->outflow = outflow;
  proj->people = people->people->len;
  proj->n_years = (guint) (to - from + 1);
  proj->years = g_new0 (OvsProjectionYear, proj->n_years);
  for (guint k = 0; k < proj->n_years; k++)
    proj->years[k].year = from + (int) k;
  index = g_new0 (double, proj->n_years);
  run_expected (store, people, proj, index);
  for (guint band = 0; band < 2; band++)
    run_band (people, proj, band, index);
  return g_steal_pointer (&proj);
}

void
ovs_projection_free (OvsProjection *projection)
{
  if (projection == NULL)
    return;
  for (guint k = 0; k < projection->n_years; k++)
    for (guint b = 0; b < OVS_PROJECTION_N_BREAKDOWNS; b++)
      g_clear_pointer (&projection->years[k].by[b], g_hash_table_unref);
  g_free (projection->years);
  g_free (projection->today);
  g_free (projection);
}

/* --- JSON --- */

static double
round4 (double x)
{
  return round (x * 10000) / 10000;
}

static JsonObject *
band_json (const OvsProjectionYear *y, guint band)
{
  JsonObject *o = json_object_new ();

  json_object_set_double_member (o, "headcount_end", round4 (y->headcount_end_band[band]));
  json_object_set_double_member (o, "se", round4 (y->se_band[band]));
  json_object_set_int_member (o, "balance", (gint64) round (y->balance_band[band]));
  return o;
}

static JsonObject *
breakdown_json (GHashTable *table)
{
  JsonObject *o = json_object_new ();
  g_autoptr(GList) keys = g_list_sort (g_hash_table_get_keys (table), (GCompareFunc) g_strcmp0);

  for (GList *l = keys; l != NULL; l = l->next)
    {
      const OvsProjectionCell *cell = g_hash_table_lookup (table, l->data);
      JsonObject *c = json_object_new ();

      json_object_set_double_member (c, "headcount_start", round4 (cell->headcount_start));
      json_object_set_double_member (c, "headcount_end", round4 (cell->headcount_end));
      json_object_set_double_member (c, "se_start", round4 (cell->se_start));
      json_object_set_double_member (c, "se_end", round4 (cell->se_end));
      json_object_set_object_member (o, l->data, c);
    }
  return o;
}

static JsonObject *
year_json (const OvsProjectionYear *y)
{
  JsonObject *o = json_object_new (), *outflow = json_object_new ();

  json_object_set_int_member (o, "year", y->year);
  json_object_set_double_member (o, "headcount_start", round4 (y->headcount_start));
  json_object_set_double_member (o, "headcount_end", round4 (y->headcount_end));
  json_object_set_double_member (o, "se_start", round4 (y->se_start));
  json_object_set_double_member (o, "se_end", round4 (y->se_end));
  json_object_set_double_member (o, "se", round4 (y->se));
  for (guint c = 0; c < OVS_PROJECTION_N_CAUSES; c++)
    json_object_set_double_member (outflow, cause_codes[c], round4 (y->outflow[c]));
  json_object_set_object_member (o, "outflow", outflow);
  json_object_set_int_member (o, "wage_cost", (gint64) round (y->wage_cost));
  json_object_set_int_member (o, "grant", (gint64) round (y->grant));
  json_object_set_int_member (o, "grant_per_se", (gint64) round (y->grant_per_se));
  json_object_set_int_member (o, "balance", (gint64) round (y->balance));
  json_object_set_object_member (o, "low", band_json (y, 0));
  json_object_set_object_member (o, "high", band_json (y, 1));
  for (guint b = 0; b < OVS_PROJECTION_N_BREAKDOWNS; b++)
    json_object_set_object_member (o, breakdown_keys[b], breakdown_json (y->by[b]));
  return o;
}

JsonArray *
ovs_projection_to_json (const OvsProjection *projection)
{
  JsonArray *array = json_array_new ();

  for (guint k = 0; k < projection->n_years; k++)
    json_array_add_object_element (array, year_json (&projection->years[k]));
  return array;
}

/* --- in words --- */

char *
ovs_projection_describe (const OvsProjection *projection)
{
  const OvsProjectionYear *first = &projection->years[0], *last = &projection->years[projection->n_years - 1];
  GString *text = g_string_new (NULL);
  double out[OVS_PROJECTION_N_CAUSES] = { 0 }, total = 0;
  int half = 0, negative = 0;
  g_autofree char *start = ovs_format_decimal (first->headcount_start, 0);
  g_autofree char *end = ovs_format_decimal (last->headcount_end, 0);

  for (guint k = 0; k < projection->n_years; k++)
    {
      for (guint c = 0; c < OVS_PROJECTION_N_CAUSES; c++)
        out[c] += projection->years[k].outflow[c], total += projection->years[k].outflow[c];
      if (half == 0 && projection->years[k].se_end <= first->se_start / 2)
        half = projection->years[k].year;
      if (negative == 0 && projection->years[k].balance < 0)
        negative = projection->years[k].year;
    }
  g_string_append_printf (text, _("From %s employees at the start of %d, %s are expected at the end of %d."),
                          start, first->year, end, last->year);
  if (total > 0)
    {
      g_autofree char *aow = ovs_format_percent (out[OVS_PROJECTION_CAUSE_AOW], total);

      g_string_append_printf (text, " ");
      g_string_append_printf (text, _("%s of those who leave reach the AOW age; the rest leave through "
                                      "death, long sickness, by choice or at a recorded end."), aow);
    }
  g_string_append (text, " ");
  if (half != 0)
    g_string_append_printf (text, _("The SE halve by the end of %d."), half);
  else
    g_string_append_printf (text, _("The SE do not halve before the end of %d."), last->year);
  g_string_append (text, " ");
  if (negative != 0)
    g_string_append_printf (text, _("From %d the wage cost exceeds the state grant."), negative);
  else
    g_string_append (text, _("The state grant covers the wage cost in every year."));
  return g_string_free (text, FALSE);
}

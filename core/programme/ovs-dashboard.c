/* ovs-dashboard.c — the key figures of the council's dashboard, with last year's value and the cause.
 *
 * Each figure is measured on a day from the population as it stood then (ovs_proj_people_load_at()),
 * and the causes of a change come from one pass over every Wsw employment: who reached the AOW age
 * and who left otherwise in the year before the day. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-format.h"
#include "overstap/people/ovs-aow.h"
#include "overstap/programme/ovs-se.h"
#include "overstap/programme/ovs-dashboard.h"
#include "programme/ovs-dashboard-private.h"
#include "programme/ovs-projection-private.h"
#include "store/ovs-store-private.h"

#define INTAKE_STOP_YEAR 2015

static const int age_bands[] = { 34, 44, 54, 59, 200 };

/* What the figures are on one day. */
typedef struct
{
  double employees, se, wage, seconded, sick, new_sheltered, age_sum;
  int    bands[G_N_ELEMENTS (age_bands)];
  int    left_aow, left_other;       /* in the year before the day */
} Stand;

static int
iso_day (const char *iso)
{
  GDate date;

  return iso != NULL && ovs_date_from_iso (iso, &date) ? (int) g_date_get_julian (&date) : 0;
}

static int
age_at (int birth, int day)
{
  GDate b, d;
  int age;

  g_date_clear (&b, 1);
  g_date_clear (&d, 1);
  g_date_set_julian (&b, (guint32) birth);
  g_date_set_julian (&d, (guint32) day);
  age = g_date_get_year (&d) - g_date_get_year (&b);
  if (g_date_get_month (&b) > g_date_get_month (&d) ||
      (g_date_get_month (&b) == g_date_get_month (&d) && g_date_get_day (&b) > g_date_get_day (&d)))
    age--;
  return age;
}

static gboolean
count_new_sheltered (OvsStore *store, const char *date, double *count, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT count(*) FROM employee WHERE employment_type = ? AND employment_start <= ? "
    "AND (employment_end IS NULL OR employment_end >= ?)", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_NEW_SHELTERED));
  ovs_stmt_bind_text (stmt, 2, date);
  ovs_stmt_bind_text (stmt, 3, date);
  if (ovs_stmt_next (stmt, error))
    *count = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return error == NULL || *error == NULL;
}

static gboolean
measure (OvsStore *store, const char *date, Stand *out, GError **error)
{
  g_autoptr(OvsProjPeople) people = ovs_proj_people_load_at (store, date, error);
  int day = iso_day (date);

  memset (out, 0, sizeof *out);
  if (people == NULL)
    return FALSE;
  for (guint i = 0; i < people->people->len; i++)
    {
      const OvsProjPerson *p = g_ptr_array_index (people->people, i);
      const char *kind = p->key[OVS_PROJECTION_BY_PLACEMENT_KIND];
      int age = age_at (p->birth, day);
      guint band = 0;

      out->employees++;
      out->se += p->se;
      out->wage += p->fte * p->wage_year;
      out->sick += p->sick;
      out->age_sum += age;
      out->seconded += g_str_equal (kind, "group_secondment") || g_str_equal (kind, "individual_secondment") ||
                       g_str_equal (kind, "supported_employment");
      while (age > age_bands[band])
        band++;
      out->bands[band]++;
    }
  return count_new_sheltered (store, date, &out->new_sheltered, error);
}

/* One pass over every Wsw employment: the day it ended or will end (the recorded end or the day before
 * the AOW date, whichever comes first) and whether that was the AOW. */
static gboolean
scan_outflow (OvsStore *store, int from_day, int to_day, int *aow, int *other, GArray *per_year, int first_year,
              GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT birth_date, employment_end FROM employee WHERE employment_type = ?",
                                     error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_WSW));
  *aow = *other = 0;
  while (ovs_stmt_next (stmt, error))
    {
      g_autofree char *last_iso = ovs_aow_last_working_day_iso (ovs_stmt_get_text (stmt, 0));
      int last_aow = iso_day (last_iso), end = ovs_stmt_is_null (stmt, 1) ? G_MAXINT : iso_day (ovs_stmt_get_text (stmt, 1));
      int last = MIN (end, last_aow > 0 ? last_aow : G_MAXINT);
      gboolean at_aow = last == last_aow;
      GDate d;
      int k;

      if (last == G_MAXINT || last >= to_day)
        continue;
      if (last >= from_day)
        (*(at_aow ? aow : other))++;
      g_date_clear (&d, 1);
      g_date_set_julian (&d, (guint32) last);
      k = g_date_get_year (&d) - first_year;
      if (per_year != NULL && k >= 0 && (guint) k < per_year->len)
        g_array_index (per_year, double, k)++;
    }
  ovs_stmt_reset (stmt);
  return error == NULL || *error == NULL;
}

static char *
minus_one_year (const char *iso)
{
  GDate d;

  ovs_date_from_iso (iso, &d);
  g_date_subtract_years (&d, 1);
  return ovs_date_to_iso (&d);
}

/* --- the figures --- */

static char *
signed_number (double value, int digits)
{
  g_autofree char *abs_text = ovs_format_decimal (fabs (value), digits);

  /* A real minus sign, as a printed report has it. */
  return g_strdup_printf ("%s%s", value < 0 ? "−" : value > 0 ? "+" : "±", abs_text);
}

static double
round2 (double value)
{
  return round (value * 100) / 100;
}

static void
set_number (JsonObject *o, const char *member, double value)
{
  if (isnan (value))
    json_object_set_null_member (o, member);
  else
    json_object_set_double_member (o, member, round2 (value));
}

static JsonObject *
add_figure (JsonArray *figures, GHashTable *snapshot, const char *key, const char *title, const char *unit,
            double value, double computed_last, const char *note)
{
  JsonObject *o = json_object_new ();
  double *stored = snapshot ? g_hash_table_lookup (snapshot, key) : NULL;
  double last = stored ? *stored : computed_last;

  json_object_set_string_member (o, "key", key);
  json_object_set_string_member (o, "title", title);
  json_object_set_string_member (o, "unit", unit);
  set_number (o, "value", value);
  set_number (o, "last_year", last);
  set_number (o, "change", isnan (value) || isnan (last) ? NAN : value - last);
  json_object_set_string_member (o, "last_year_source", stored ? "snapshot" : "computed");
  json_object_set_string_member (o, "note", note);
  json_array_add_object_element (figures, o);
  return o;
}

static void
set_chart (JsonObject *figure, const char *title, const char *unit, guint n, char **labels, const double *values)
{
  JsonObject *chart = json_object_new ();
  JsonArray *l = json_array_new (), *v = json_array_new ();

  for (guint i = 0; i < n; i++)
    {
      json_array_add_string_element (l, labels[i]);
      json_array_add_double_element (v, round2 (values[i]));
    }
  json_object_set_string_member (chart, "title", title);
  json_object_set_string_member (chart, "unit", unit);
  json_object_set_array_member (chart, "labels", l);
  json_object_set_array_member (chart, "values", v);
  json_object_set_object_member (figure, "chart", chart);
}

static GHashTable *
load_snapshot (OvsStore *store, int year, GError **error)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT figure, value FROM monitor_snapshot WHERE year = ? "
                                            "AND value IS NOT NULL", error);

  if (stmt == NULL)
    return (g_hash_table_unref (values), NULL);
  ovs_stmt_bind_int (stmt, 1, year);
  while (ovs_stmt_next (stmt, error))
    g_hash_table_insert (values, g_strdup (ovs_stmt_get_text (stmt, 0)),
                         g_memdup2 (&(double) { ovs_stmt_get_double (stmt, 1) }, sizeof (double)));
  ovs_stmt_reset (stmt);
  return values;
}

typedef struct
{
  OvsStore   *store;
  int         year, this_year;
  char       *as_of, *before;
  Stand       now, then;
  int         left_aow, left_other, since_aow, since_other;
  GArray     *per_year;     /* double, 2015.. */
  GHashTable *snapshot;
  JsonArray  *figures;
} Dash;

static void
people_figures (Dash *d)
{
  g_autofree char *change = signed_number (d->now.employees - d->then.employees, 0);
  g_autofree char *se_change = signed_number (d->now.se - d->then.se, 1);
  /* Each count with its own plural: Dutch verbs agree ("1 bereikte", "4 bereikten"). */
  g_autofree char *aow = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d reached the AOW age",
                                                       "%d reached the AOW age", d->left_aow), d->left_aow);
  g_autofree char *aow_people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d employee reached the AOW age",
                                                              "%d employees reached the AOW age", d->left_aow),
                                                 d->left_aow);
  g_autofree char *other = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d left otherwise", "%d left otherwise",
                                                         d->left_other), d->left_other);
  g_autofree char *note = NULL, *se_note = NULL;

  /* Translators: "−6 employees: 4 reached the AOW age, 2 left otherwise in the past year". */
  note = g_strdup_printf (_("%s employees: %s, %s in the past year"), change, aow, other);
  /* Translators: "−5.2 SE: 4 employees reached the AOW age, 2 left otherwise". */
  se_note = g_strdup_printf (_("%s SE: %s, %s"), se_change, aow_people, other);
  add_figure (d->figures, d->snapshot, "employees", _("Wsw employees"), _("employees"), d->now.employees,
              d->then.employees, note);
  add_figure (d->figures, d->snapshot, "se", _("Standard units"), _("SE"), d->now.se, d->then.se, se_note);
}

static void
money_figures (Dash *d)
{
  double grant_now = d->now.se * ovs_proj_grant_for (d->store, d->year);
  double grant_then = d->then.se * ovs_proj_grant_for (d->store, d->year - 1);
  double cost_now = d->now.se > 0 ? d->now.wage / d->now.se : NAN;
  double cost_then = d->then.se > 0 ? d->then.wage / d->then.se : NAN;
  g_autofree char *per_se = ovs_format_money ((gint64) round (ovs_proj_grant_for (d->store, d->year)) * 100);
  g_autofree char *se = ovs_format_decimal (d->now.se, 1);
  g_autofree char *wage = ovs_format_money ((gint64) round (d->now.wage) * 100);
  g_autofree char *grant_note = g_strdup_printf (_("The grant follows the SE: %s SE at %s per SE a year"), se, per_se);
  g_autofree char *cost_note = g_strdup_printf (_("Wage cost %s a year (CAO wage table with the employer's charges) "
                                                  "over %s SE"), wage, se);

  add_figure (d->figures, d->snapshot, "grant", _("SE realised against the grant"), "€", grant_now, grant_then,
              grant_note);
  add_figure (d->figures, d->snapshot, "cost_per_se", _("Cost per SE"), "€", cost_now, cost_then, cost_note);
}

static void
outflow_figure (Dash *d)
{
  guint n = d->per_year->len;
  g_auto(GStrv) labels = g_new0 (char *, n + 1);
  g_autofree char *note = g_strdup_printf (_("%d left since the intake stop of 2015, %d of them at the AOW age"),
                                           d->since_aow + d->since_other, d->since_aow);
  JsonObject *figure;

  for (guint k = 0; k < n; k++)
    labels[k] = g_strdup_printf ("%d", INTAKE_STOP_YEAR + (int) k);
  figure = add_figure (d->figures, d->snapshot, "outflow", _("Outflow per year since the intake stop"),
                       _("employees"), g_array_index (d->per_year, double, n - 1),
                       n >= 2 ? g_array_index (d->per_year, double, n - 2) : NAN, note);
  set_chart (figure, _("Outflow per year since the intake stop"), _("employees"), n, labels,
             (double *) d->per_year->data);
}

static void
age_figure (Dash *d, GError **error)
{
  static const char *band_labels[] = { "< 35", "35–44", "45–54", "55–59", "60+" };
  double values[G_N_ELEMENTS (age_bands)];
  g_autofree char *average = ovs_format_decimal (d->now.employees ? d->now.age_sum / d->now.employees : 0, 1);
  g_autofree char *note = NULL;
  JsonObject *figure;

  for (guint b = 0; b < G_N_ELEMENTS (age_bands); b++)
    values[b] = d->now.bands[b];
  if (d->year == d->this_year)
    {
      g_autoptr(OvsProjection) proj = ovs_projection_compute (d->store, d->year, d->year + 4,
                                                              OVS_PROJECTION_OUTFLOW_ALL, NULL);
      double out = 0, aow = 0;

      for (guint k = 0; proj != NULL && k < proj->n_years; k++)
        for (guint c = 0; c < OVS_PROJECTION_N_CAUSES; c++)
          {
            out += proj->years[k].outflow[c];
            aow += c == OVS_PROJECTION_CAUSE_AOW ? proj->years[k].outflow[c] : 0;
          }
      note = g_strdup_printf (_("Average age %s; %.0f expected to leave in the next five years, %.0f of them at "
                                "the AOW age"), average, out, aow);
    }
  else
    note = g_strdup_printf (_("Average age %s"), average);
  figure = add_figure (d->figures, d->snapshot, "age_profile", _("Age profile"), _("years"),
                       d->now.employees ? d->now.age_sum / d->now.employees : NAN,
                       d->then.employees ? d->then.age_sum / d->then.employees : NAN, note);
  set_chart (figure, _("Employees by age"), _("employees"), G_N_ELEMENTS (age_bands), (char **) band_labels, values);
}

static void
share_figures (Dash *d)
{
  g_autofree char *note = g_strdup_printf (_("%.0f of %.0f employees seconded or in supported employment"),
                                           d->now.seconded, d->now.employees);
  g_autofree char *beschut = g_strdup_printf (_("%.0f nieuw beschut employees; no target for the places is recorded"),
                                              d->now.new_sheltered);

  add_figure (d->figures, d->snapshot, "seconded_share", _("Share seconded or in supported employment"), "%",
              d->now.employees ? 100 * d->now.seconded / d->now.employees : NAN,
              d->then.employees ? 100 * d->then.seconded / d->then.employees : NAN, note);
  /* Sickness is health data, and the status has no history: today's only, small counts hidden. */
  if (ovs_store_can (d->store, OVS_PERM_VIEW_HEALTH) && d->year == d->this_year)
    {
      gboolean hidden = d->now.sick > 0 && d->now.sick < OVS_DASHBOARD_MIN_CELL;
      g_autofree char *sick = hidden ? g_strdup_printf (_("Fewer than %d employees sick today: not shown"),
                                                        OVS_DASHBOARD_MIN_CELL)
                                     : g_strdup_printf (_("%.0f of %.0f employees sick today"), d->now.sick,
                                                        d->now.employees);

      add_figure (d->figures, d->snapshot, "sickness_rate", _("Sickness rate"), "%",
                  hidden || d->now.employees == 0 ? NAN : 100 * d->now.sick / d->now.employees, NAN, sick);
    }
  add_figure (d->figures, d->snapshot, "new_sheltered", _("Nieuw beschut places"), _("employees"),
              d->now.new_sheltered, d->then.new_sheltered, beschut);
}

/* --- the monitor's other figures (ovs-monitor.h): transfers, covenants, re-indications, milestones --- */

static double
count_at (OvsStore *store, const char *sql, const char *date, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);
  /* The re-indication is requested 16 weeks before the indication ends: due within the next 16 weeks
   * are the indications that end within 32 weeks. */
  g_autofree char *horizon = ovs_date_iso_add_days (date, 32 * 7);
  double n = NAN;

  if (stmt == NULL)
    return NAN;
  /* Every counting query takes the day as ?1 (and may use it more than once), some the horizon as ?2. */
  ovs_stmt_bind_text (stmt, 1, date);
  if (strstr (sql, "?2") != NULL)
    ovs_stmt_bind_text (stmt, 2, horizon);
  if (ovs_stmt_next (stmt, error))
    n = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  return n;
}

static double
covenant_spend (OvsStore *store, int year, double *budget)
{
  g_autoptr(JsonArray) rows = ovs_se_covenant_spend (store, year, NULL);
  double spend = 0;

  *budget = 0;
  for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      spend += json_object_get_double_member (row, "spend_cents") / 100;
      *budget += json_object_get_int_member (row, "budget_cents") / 100.0;
    }
  return rows != NULL ? spend : NAN;
}

static void
programme_figures (Dash *d, GError **error)
{
  static const char *transferred_sql =
    "SELECT count(*) FROM transfer_case WHERE status = 'transferred' AND actual_date <= ?1";
  static const char *milestones_sql = "SELECT count(*) FROM milestone WHERE done_on IS NOT NULL AND done_on <= ?1";
  static const char *due_sql =
    "SELECT count(*) FROM indication i WHERE i.valid_until IS NOT NULL AND i.valid_until >= ?1 AND i.valid_until <= ?2 "
    "AND i.indication_date <= ?1 AND NOT EXISTS (SELECT 1 FROM indication j WHERE j.employee_id = i.employee_id "
    "AND j.indication_date > i.indication_date AND j.indication_date <= ?1)";
  double now = count_at (d->store, transferred_sql, d->as_of, error);
  double then = count_at (d->store, transferred_sql, d->before, error);
  double budget = 0, last_budget = 0;
  double spend = covenant_spend (d->store, d->year, &budget), last_spend = covenant_spend (d->store, d->year - 1,
                                                                                          &last_budget);
  g_autofree char *budget_text = ovs_format_money ((gint64) round (budget) * 100);
  g_autofree char *transfer_note = g_strdup_printf (_("%.0f employees transferred in the past year"), now - then);
  g_autofree char *covenant_note = g_strdup_printf (_("Expected spend for the whole year against a budget of %s"),
                                                    budget_text);
  double done_now = count_at (d->store, milestones_sql, d->as_of, error);
  double done_then = count_at (d->store, milestones_sql, d->before, error);
  g_autofree char *milestone_note = g_strdup_printf (_("%.0f milestones done in the past year"), done_now - done_then);

  add_figure (d->figures, d->snapshot, "transfers", _("Transferred"), _("employees"), now, then, transfer_note);
  add_figure (d->figures, d->snapshot, "covenants", _("Covenant spend"), "€", spend, last_spend, covenant_note);
  /* An indication is health data: which ones run out is for the roles that may see it. */
  if (ovs_store_can (d->store, OVS_PERM_VIEW_HEALTH))
    {
      double due = count_at (d->store, due_sql, d->as_of, error), due_then = count_at (d->store, due_sql, d->before, error);
      const char *due_note = _("Indications ending within 32 weeks: their re-indication is to be requested at UWV "
                               "within the next 16 weeks");

      add_figure (d->figures, d->snapshot, "reindications", _("Re-indications due"), _("employees"), due, due_then,
                  due_note);
    }
  add_figure (d->figures, d->snapshot, "milestones", _("Milestones done"), _("milestones"), done_now, done_then,
              milestone_note);
}

static gboolean
dash_load (Dash *d, GError **error)
{
  g_autofree char *stop = g_strdup_printf ("%d-01-01", INTAKE_STOP_YEAR);
  int as_of = iso_day (d->as_of);

  d->per_year = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_set_size (d->per_year, (guint) (d->year - INTAKE_STOP_YEAR + 1));
  return measure (d->store, d->as_of, &d->now, error) && measure (d->store, d->before, &d->then, error) &&
         scan_outflow (d->store, iso_day (d->before), as_of, &d->left_aow, &d->left_other, NULL, 0, error) &&
         scan_outflow (d->store, iso_day (stop), as_of, &d->since_aow, &d->since_other, d->per_year,
                       INTAKE_STOP_YEAR, error) &&
         (d->snapshot = load_snapshot (d->store, d->year - 1, error)) != NULL;
}

JsonObject *
ovs_dashboard_compute (OvsStore *store, int year, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  Dash d = { .store = store, .this_year = (int) g_ascii_strtoll (today, NULL, 10) };
  JsonObject *result = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error))
    return NULL;
  d.year = year == 0 ? d.this_year : year;
  if (d.year < INTAKE_STOP_YEAR || d.year > d.this_year)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                   _("The monitor covers %d to this year (%d), not %d"), INTAKE_STOP_YEAR, d.this_year, d.year);
      return NULL;
    }
  d.as_of = d.year == d.this_year ? g_strdup (today) : g_strdup_printf ("%d-12-31", d.year);
  d.before = minus_one_year (d.as_of);
  d.figures = json_array_new ();
  if (dash_load (&d, error))
    {
      people_figures (&d);
      money_figures (&d);
      outflow_figure (&d);
      age_figure (&d, error);
      share_figures (&d);
      programme_figures (&d, error);
      result = json_object_new ();
      json_object_set_int_member (result, "year", d.year);
      json_object_set_string_member (result, "as_of", d.as_of);
      json_object_set_array_member (result, "figures", g_steal_pointer (&d.figures));
    }
  g_clear_pointer (&d.figures, json_array_unref);
  g_clear_pointer (&d.per_year, g_array_unref);
  g_clear_pointer (&d.snapshot, g_hash_table_unref);
  g_free (d.as_of);
  g_free (d.before);
  return result;
}

static gboolean
store_values (OvsStore *store, int year, JsonArray *figures, GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *taken = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      JsonObject *figure = json_array_get_object_element (figures, i);
      OvsStmt *stmt = ovs_store_prepare (store,
        "INSERT INTO monitor_snapshot (year, figure, value, taken_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (year, figure) DO UPDATE SET value = excluded.value, taken_at = excluded.taken_at", error);

      if (stmt == NULL)
        return FALSE;
      ovs_stmt_bind_int (stmt, 1, year);
      ovs_stmt_bind_text (stmt, 2, json_object_get_string_member (figure, "key"));
      if (json_object_get_null_member (figure, "value"))
        ovs_stmt_bind_null (stmt, 3);
      else
        ovs_stmt_bind_double (stmt, 3, json_object_get_double_member (figure, "value"));
      ovs_stmt_bind_text (stmt, 4, taken);
      if (!ovs_stmt_run (stmt, error))
        return FALSE;
    }
  return ovs_store_audit (store, "snapshot", "monitor_snapshot", year, NULL, error);
}

gboolean
ovs_dashboard_snapshot (OvsStore *store, int year, GError **error)
{
  g_autoptr(JsonObject) figures = NULL;
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_NOTES, error) ||
      (figures = ovs_dashboard_compute (store, year, error)) == NULL || !ovs_store_begin (store, error))
    return FALSE;
  ok = store_values (store, (int) json_object_get_int_member (figures, "year"),
                     json_object_get_array_member (figures, "figures"), error);
  return ovs_store_finish (store, ok, error);
}

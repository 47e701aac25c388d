/* ovs-projection-people.c — who the projection starts from, and one person's year.
 *
 * One query reads today's Wsw employees with what the projection needs of each; the rest is
 * arithmetic in C, so that 20,000 people over 15 years stay well under a second. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-aow.h"
#include "overstap/programme/ovs-parameters.h"
#include "programme/ovs-projection-private.h"
#include "store/ovs-store-private.h"

#define NO_KEY "onbekend"

static int
iso_day (const char *iso)
{
  GDate date;

  if (iso == NULL || !ovs_date_from_iso (iso, &date))
    return 0;
  return (int) g_date_get_julian (&date);
}

static int
year_of_day (int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) day);
  return g_date_get_year (&date);
}

static int
first_of_year (int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, (GDateYear) year);
  return (int) g_date_get_julian (&date);
}

/* The age on 1 July of @year: the age band a person is in for most of the year. */
static int
age_in (const OvsProjPerson *p, int year)
{
  GDate birth, mid;
  int age;

  g_date_clear (&birth, 1);
  g_date_set_julian (&birth, (guint32) p->birth);
  g_date_clear (&mid, 1);
  g_date_set_dmy (&mid, 1, 7, (GDateYear) year);
  age = year - g_date_get_year (&birth);
  if (g_date_get_month (&birth) > 7 || (g_date_get_month (&birth) == 7 && g_date_get_day (&birth) > 1))
    age--;
  return age;
}

static const char *
intern (OvsProjPeople *people, const char *name)
{
  char *found;

  if (name == NULL || *name == '\0')
    name = NO_KEY;
  found = g_hash_table_lookup (people->names, name);
  if (found == NULL)
    {
      found = g_strdup (name);
      g_hash_table_add (people->names, found);
    }
  return found;
}

static void
person_free (gpointer data)
{
  OvsProjPerson *p = data;

  g_free (p->personnel_number);
  g_free (p);
}

static gboolean
parameter_at (OvsStore *store, const char *name, const char *today, double fallback, double *value)
{
  g_autoptr(GError) error = NULL;

  if (ovs_parameters_value_at (store, name, today, value, &error))
    return TRUE;
  *value = fallback;
  return FALSE;
}

static OvsStmt *
prepare_people (OvsStore *store, const char *today, GError **error)
{
  /* The current home municipality is the latest row on or before today (before the first row, the
   * first); the placement kind the placement with the most minutes today; the indication the latest. */
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT e.id, e.personnel_number, e.birth_date, e.contract_minutes, e.salary_scale, e.salary_step, "
    "       e.employment_end, e.status, e.employer_id, emp.name, coalesce (w.name, emp.name), "
    "       coalesce ((SELECT h.municipality FROM home_municipality h WHERE h.employee_id = e.id "
    "                  AND h.valid_from <= :today ORDER BY h.valid_from DESC LIMIT 1), "
    "                 (SELECT h.municipality FROM home_municipality h WHERE h.employee_id = e.id "
    "                  ORDER BY h.valid_from LIMIT 1)), "
    "       (SELECT p.kind FROM placement p WHERE p.employee_id = e.id AND p.start_date <= :today "
    "        AND (p.end_date IS NULL OR p.end_date >= :today) ORDER BY p.minutes_per_week DESC, p.id LIMIT 1), "
    "       (SELECT i.category FROM indication i WHERE i.employee_id = e.id AND i.indication_date <= :today "
    "        ORDER BY i.indication_date DESC LIMIT 1), "
    "       (SELECT i.valid_until FROM indication i WHERE i.employee_id = e.id AND i.indication_date <= :today "
    "        ORDER BY i.indication_date DESC LIMIT 1) "
    "FROM employee e JOIN organisation emp ON emp.id = e.employer_id "
    "LEFT JOIN organisation w ON w.id = e.work_organisation_id "
    "WHERE e.employment_type = :wsw AND e.employment_start <= :today "
    "  AND (e.employment_end IS NULL OR e.employment_end >= :today) "
    "ORDER BY e.id", error);

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, ovs_stmt_param_index (stmt, ":today"), today);
  ovs_stmt_bind_text (stmt, ovs_stmt_param_index (stmt, ":wsw"),
                      ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_WSW));
  return stmt;
}

static OvsProjPerson *
read_person (OvsProjPeople *people, OvsStmt *stmt, double fulltime, const double weight[2])
{
  g_autofree char *last_day = ovs_aow_last_working_day_iso (ovs_stmt_get_text (stmt, 2));
  OvsProjPerson *p = g_new0 (OvsProjPerson, 1);
  int year = year_of_day (people->today_day);

  p->id = ovs_stmt_get_int64 (stmt, 0);
  p->personnel_number = g_strdup (ovs_stmt_get_text (stmt, 1));
  p->birth = iso_day (ovs_stmt_get_text (stmt, 2));
  p->last_day = last_day ? iso_day (last_day) : G_MAXINT;
  p->aow_year = p->last_day == G_MAXINT ? G_MAXINT : year_of_day (p->last_day + 1);
  p->end = ovs_stmt_is_null (stmt, 6) ? G_MAXINT : iso_day (ovs_stmt_get_text (stmt, 6));
  p->sick = ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, ovs_stmt_get_text (stmt, 7), OVS_EMPLOYEE_STATUS_SICK);
  p->employer_id = ovs_stmt_get_int64 (stmt, 8);
  p->key[OVS_PROJECTION_BY_EMPLOYER] = intern (people, ovs_stmt_get_text (stmt, 9));
  p->key[OVS_PROJECTION_BY_WORK_ORGANISATION] = intern (people, ovs_stmt_get_text (stmt, 10));
  p->key[OVS_PROJECTION_BY_HOME_MUNICIPALITY] = intern (people, ovs_stmt_get_text (stmt, 11));
  p->key[OVS_PROJECTION_BY_PLACEMENT_KIND] =
    intern (people, ovs_stmt_is_null (stmt, 12) ? "none" : ovs_stmt_get_text (stmt, 12));
  p->ernstig = ovs_vocab_is (OVS_TYPE_INDICATION_CATEGORY, ovs_stmt_get_text (stmt, 13),
                             OVS_INDICATION_CATEGORY_ERNSTIG);
  p->indication_end = iso_day (ovs_stmt_get_text (stmt, 14));
  p->minutes = ovs_stmt_get_int (stmt, 3);
  p->fte = p->minutes / fulltime;
  p->se = p->fte * weight[p->ernstig ? 1 : 0];
  p->scale = ovs_stmt_is_null (stmt, 4) ? 1 : ovs_stmt_get_int (stmt, 4);
  p->step = ovs_stmt_is_null (stmt, 5) ? 0 : ovs_stmt_get_int (stmt, 5);
  p->wage_year = ovs_proj_monthly_wage (year, p->scale, p->step) * ovs_proj_wage_factor ();
  return p;
}

OvsProjPeople *
ovs_proj_people_load (OvsStore *store, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();

  return ovs_proj_people_load_at (store, today, error);
}

OvsProjPeople *
ovs_proj_people_load_at (OvsStore *store, const char *date, GError **error)
{
  g_autoptr(OvsProjPeople) people = g_new0 (OvsProjPeople, 1);
  double fulltime, weight[2];
  OvsStmt *stmt;

  people->today = g_strdup (date);
  people->today_day = iso_day (people->today);
  people->people = g_ptr_array_new_with_free_func (person_free);
  people->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parameter_at (store, "fulltime_minutes", people->today, 2160, &fulltime);
  parameter_at (store, "se_weight_matig", people->today, 1, &weight[0]);
  parameter_at (store, "se_weight_ernstig", people->today, 1, &weight[1]);

  stmt = prepare_people (store, people->today, error);
  if (stmt == NULL)
    return NULL;
  while (ovs_stmt_next (stmt, error))
    {
      OvsProjPerson *p = read_person (people, stmt, fulltime, weight);

      /* The AOW date passed: the employment ended by law, even when nobody recorded it yet. */
      if (p->last_day < people->today_day)
        person_free (p);
      else
        g_ptr_array_add (people->people, p);
    }
  ovs_stmt_reset (stmt);
  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&people);
}

void
ovs_proj_people_free (OvsProjPeople *people)
{
  if (people == NULL)
    return;
  g_free (people->today);
  g_clear_pointer (&people->people, g_ptr_array_unref);
  g_clear_pointer (&people->names, g_hash_table_unref);
  g_free (people);
}

void
ovs_proj_step (const OvsProjPerson *p, int year, int today_day, double factor, double *weight,
               OvsProjStep *out)
{
  int first = MAX (first_of_year (year), today_day), last = first_of_year (year + 1) - 1;
  int days_in_year = last - first_of_year (year) + 1;
  int end = MIN (last, p->last_day);
  double w = *weight, m = 0, s = 0, v = 0, rate, share, after;

  memset (out, 0, sizeof *out);
  out->start = w;
  if (factor > 0)
    end = MIN (end, p->end);
  if (w <= 0)
    {
      *weight = 0;
      return;
    }
  /* Whose AOW date is 1 January leaves in that year, though their last day was the year before. */
  if (end < first)
    {
      if (p->aow_year == year)
        out->outflow[OVS_PROJECTION_CAUSE_AOW] = w;
      *weight = 0;
      return;
    }
  if (factor > 0)
    {
      ovs_proj_rates (year, age_in (p, year), &m, &s, &v);
      m *= factor, s *= factor, v *= factor;
    }
  /* The yearly rates act over the part of the year the person is employed, as a constant hazard. */
  share = (double) (end - first + 1) / days_in_year;
  rate = m + s + v;
  after = rate > 0 ? w * pow (1 - MIN (rate, 1), share) : w;
  if (rate > 0)
    {
      out->outflow[OVS_PROJECTION_CAUSE_MORTALITY] = (w - after) * m / rate;
      out->outflow[OVS_PROJECTION_CAUSE_SICKNESS] = (w - after) * s / rate;
      out->outflow[OVS_PROJECTION_CAUSE_VOLUNTARY] = (w - after) * v / rate;
    }
  out->years = (w + after) / 2 * share;
  if (end == p->last_day && p->aow_year == year)
    out->outflow[OVS_PROJECTION_CAUSE_AOW] = after, after = 0;
  else if (end == p->last_day)
    ;  /* employed to 31 December; the AOW date is 1 January */
  else if (end == p->end)
    out->outflow[OVS_PROJECTION_CAUSE_ENDED] = after, after = 0;
  out->end = after;
  *weight = after;
}

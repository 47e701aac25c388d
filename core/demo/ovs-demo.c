/* ovs-demo.c — the demo data set: planning the people, then writing everything in one transaction.
 *
 * People are planned in memory first (who is in a crew, who transfers, who stays under a covenant),
 * because those choices depend on each other; then every row is written with cached prepared
 * statements. All randomness comes from one GRand seeded by the caller. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "overstap/people/ovs-aow.h"
#include "demo/ovs-demo-private.h"

#define KIND(value) ovs_vocab_code (OVS_TYPE_ORGANISATION_KIND, (value))
#define CATEGORY(value) ovs_vocab_code (OVS_TYPE_INDICATION_CATEGORY, (value))

/* --- helpers shared by the demo's parts --- */

int
ovs_demo_day (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return (int) g_date_get_julian (&date);
}

const char *
ovs_demo_iso (int day, char *buf)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) day);
  g_snprintf (buf, 11, "%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
  return buf;
}

int
ovs_demo_between (Demo *demo, int first, int last)
{
  return last <= first ? first : g_rand_int_range (demo->rand, first, last + 1);
}

gboolean
ovs_demo_chance (Demo *demo, double p)
{
  return g_rand_double (demo->rand) < p;
}

static void
bind_one (OvsStmt *stmt, int index, char type, va_list *args)
{
  char buf[11];

  switch (type)
    {
    case 't': ovs_stmt_bind_text_or_null (stmt, index, va_arg (*args, const char *)); break;
    case 'i': ovs_stmt_bind_int64 (stmt, index, va_arg (*args, gint64)); break;
    case 'j': { gint64 v = va_arg (*args, gint64); ovs_stmt_bind_int_or_null (stmt, index, v != 0, v); } break;
    case 'd': ovs_stmt_bind_double (stmt, index, va_arg (*args, double)); break;
    case 'e':
      {
        double v = va_arg (*args, double);

        if (v < 0)
          ovs_stmt_bind_null (stmt, index);
        else
          ovs_stmt_bind_double (stmt, index, v);
      }
      break;
    case 'D': ovs_stmt_bind_text (stmt, index, ovs_demo_iso (va_arg (*args, int), buf)); break;
    case 'E':
      {
        int day = va_arg (*args, int);

        if (day == 0)
          ovs_stmt_bind_null (stmt, index);
        else
          ovs_stmt_bind_text (stmt, index, ovs_demo_iso (day, buf));
      }
      break;
    default: g_assert_not_reached ();
    }
}

static OvsStmt *
prepare_bound (Demo *demo, const char *sql, const char *types, va_list *args, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (demo->store, sql, error);

  for (int i = 0; stmt != NULL && types[i] != '\0'; i++)
    bind_one (stmt, i + 1, types[i], args);
  return stmt;
}

gboolean
ovs_demo_run (Demo *demo, GError **error, const char *sql, const char *types, ...)
{
  OvsStmt *stmt;
  va_list args;

  va_start (args, types);
  stmt = prepare_bound (demo, sql, types, &args, error);
  va_end (args);
  return stmt != NULL && ovs_stmt_run (stmt, error);
}

gboolean
ovs_demo_insert (Demo *demo, gint64 *id, GError **error, const char *sql, const char *types, ...)
{
  OvsStmt *stmt;
  va_list args;

  va_start (args, types);
  stmt = prepare_bound (demo, sql, types, &args, error);
  va_end (args);
  return stmt != NULL && ovs_stmt_run_returning_id (stmt, id, error);
}

/* --- planning the people --- */

static int
pick_minutes (Demo *demo)
{
  /* Part-time as in practice: many 24–36 h, some 18, a few 40. */
  static const int hours[] = { 40, 36, 36, 36, 32, 32, 32, 32, 28, 28, 28, 24, 24, 24, 24, 20, 18, 18, 18, 36 };

  return hours[g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (hours))] * 60;
}

/* The employment ends at the AOW age: someone whose AOW date has come by today has ended the day
 * before it (no draw from the seed, so the rest of the data stays as it was). */
static void
end_at_aow (Demo *demo, DemoEmp *e)
{
  GDate birth;
  g_autoptr(GDate) aow = NULL;
  int last;

  g_date_clear (&birth, 1);
  g_date_set_julian (&birth, (guint32) e->birth);
  aow = ovs_aow_date (&birth);
  last = (int) g_date_get_julian (aow) - 1;
  if (last < demo->today && (e->end == 0 || e->end > last))
    e->end = last;
}

static void
plan_person (Demo *demo, guint i, DemoEmp *e)
{
  int earliest;

  e->company = ovs_demo_chance (demo, 0.55) ? 0 : 1;
  e->birth = ovs_demo_between (demo, ovs_demo_day (1955, 1, 1), ovs_demo_day (1995, 12, 31));
  /* A few "nieuw beschut" people (from 2016, with the foundation) and a few ended employments. */
  e->new_sheltered = i == 1 || (i > 3 && ovs_demo_chance (demo, 0.03));
  earliest = MAX (e->birth + 18 * 365 + 5, ovs_demo_day (1985, 1, 1));
  if (e->new_sheltered)
    e->start = ovs_demo_between (demo, ovs_demo_day (2016, 1, 1), ovs_demo_day (2022, 12, 1));
  else
    e->start = ovs_demo_between (demo, MIN (earliest, ovs_demo_day (2014, 6, 1)), ovs_demo_day (2014, 12, 1));
  if (i == 2 || (i > 3 && !e->new_sheltered && ovs_demo_chance (demo, 0.04)))
    e->end = ovs_demo_between (demo, ovs_demo_day (2016, 1, 31), MAX (ovs_demo_day (2016, 2, 1), demo->today - 30));
  e->minutes = pick_minutes (demo);
  e->ernstig = ovs_demo_chance (demo, 0.25);
  end_at_aow (demo, e);
  e->crew = -1;
  e->status = DEMO_NO_CASE;
  e->kind = DEMO_NO_PLACEMENT;
}

static gboolean
crew_eligible (const DemoEmp *e)
{
  return !e->new_sheltered && e->end == 0;
}

/* Shuffled indices of the people who may join a crew or get any transfer status. */
static GArray *
shuffled_eligible (Demo *demo)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < demo->emps->len; i++)
    if (crew_eligible (&g_array_index (demo->emps, DemoEmp, i)))
      g_array_append_val (list, i);
  for (guint i = list->len; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (demo->rand, 0, (gint32) i);
      guint tmp = g_array_index (list, guint, i - 1);

      g_array_index (list, guint, i - 1) = g_array_index (list, guint, j);
      g_array_index (list, guint, j) = tmp;
    }
  return list;
}

static int
random_status (Demo *demo, gboolean ended)
{
  double r = g_rand_double (demo->rand);

  if (ended)
    return r < 0.6 ? OVS_TRANSFER_STATUS_TRANSFERRED
           : r < 0.9 ? OVS_TRANSFER_STATUS_STAYS
           : OVS_TRANSFER_STATUS_DECLINED;
  return r < 0.45 ? OVS_TRANSFER_STATUS_TRANSFERRED
         : r < 0.70 ? OVS_TRANSFER_STATUS_STAYS
         : r < 0.78 ? OVS_TRANSFER_STATUS_DECLINED
         : r < 0.83 ? OVS_TRANSFER_STATUS_CANDIDATE
         : r < 0.88 ? OVS_TRANSFER_STATUS_INTERVIEWED
         : r < 0.94 ? OVS_TRANSFER_STATUS_OFFERED
         : OVS_TRANSFER_STATUS_SIGNED;
}

static int
random_kind (Demo *demo, int status)
{
  double r = g_rand_double (demo->rand);

  if (status == OVS_TRANSFER_STATUS_TRANSFERRED)
    return r < 0.45 ? OVS_PLACEMENT_KIND_SHELTERED_WORK
           : r < 0.75 ? OVS_PLACEMENT_KIND_INDIVIDUAL_SECONDMENT
           : r < 0.92 ? OVS_PLACEMENT_KIND_SUPPORTED_EMPLOYMENT
           : DEMO_NO_PLACEMENT;
  return r < 0.7 ? OVS_PLACEMENT_KIND_SHELTERED_WORK
         : r < 0.97 ? OVS_PLACEMENT_KIND_INDIVIDUAL_SECONDMENT
         : DEMO_NO_PLACEMENT;
}

static void
plan_crews (Demo *demo, GArray *eligible, guint *used)
{
  guint wanted = MAX (1, (demo->n + 12) / 25), c;

  demo->crew_ids = g_new0 (gint64, wanted);
  for (c = 0; c < wanted && *used + 4 <= eligible->len; c++)
    {
      guint size = MIN ((guint) ovs_demo_between (demo, 4, 6), eligible->len - *used);

      for (guint k = 0; k < size; k++)
        {
          DemoEmp *e = &g_array_index (demo->emps, DemoEmp, g_array_index (eligible, guint, (*used)++));

          e->crew = (int) c;
          e->crew_role = k == 0 ? OVS_CREW_ROLE_TEAM_LEADER
                         : (k == 1 && size == 6) ? OVS_CREW_ROLE_STAND_IN : OVS_CREW_ROLE_MEMBER;
          e->driver = k <= 1;
          e->status = OVS_TRANSFER_STATUS_TRANSFERRED;
          e->kind = OVS_PLACEMENT_KIND_GROUP_SECONDMENT;
        }
    }
  demo->n_crews = c;
}

/* Crews first; then every status and placement kind at least once; then chance. */
static const struct { int status; int kind; } forced[] = {
  { OVS_TRANSFER_STATUS_CANDIDATE, OVS_PLACEMENT_KIND_SHELTERED_WORK },
  { OVS_TRANSFER_STATUS_INTERVIEWED, OVS_PLACEMENT_KIND_INDIVIDUAL_SECONDMENT },
  { OVS_TRANSFER_STATUS_OFFERED, OVS_PLACEMENT_KIND_SHELTERED_WORK },
  { OVS_TRANSFER_STATUS_SIGNED, OVS_PLACEMENT_KIND_SHELTERED_WORK },
  { OVS_TRANSFER_STATUS_TRANSFERRED, OVS_PLACEMENT_KIND_SUPPORTED_EMPLOYMENT },
  { OVS_TRANSFER_STATUS_STAYS, OVS_PLACEMENT_KIND_INDIVIDUAL_SECONDMENT },
  { OVS_TRANSFER_STATUS_DECLINED, OVS_PLACEMENT_KIND_SHELTERED_WORK },
  { OVS_TRANSFER_STATUS_STAYS, OVS_PLACEMENT_KIND_SHELTERED_WORK },
};

static void
plan_programme (Demo *demo)
{
  g_autoptr(GArray) eligible = shuffled_eligible (demo);
  guint used = 0;

  plan_crews (demo, eligible, &used);
  for (guint k = 0; used < eligible->len && k < G_N_ELEMENTS (forced); k++, used++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, g_array_index (eligible, guint, used));

      e->status = forced[k].status;
      e->kind = forced[k].kind;
      /* Both covenants cover somebody. */
      if (e->status == OVS_TRANSFER_STATUS_STAYS)
        e->company = k == 5 ? 0 : 1;
    }
  for (guint i = 0; i < demo->emps->len; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);

      if (e->new_sheltered)
        e->kind = OVS_PLACEMENT_KIND_SHELTERED_WORK;
      else if (e->status == DEMO_NO_CASE && (e->end == 0 || e->end > ovs_demo_day (2015, 1, 1)))
        {
          e->status = random_status (demo, e->end != 0);
          e->kind = random_kind (demo, e->status);
        }
      if (e->status == OVS_TRANSFER_STATUS_TRANSFERRED)
        e->transfer_day = ovs_demo_chance (demo, 0.9) ? ovs_demo_day (2015, 1, 1)
                          : ovs_demo_chance (demo, 0.5) ? ovs_demo_day (2015, 7, 1) : ovs_demo_day (2016, 1, 1);
    }
}

/* A year with movement: besides those reaching the AOW age, a few people leave in the course of
 * this year (another job, dismissal, moving away), spread from January to today, so the monthly
 * figures go down as they do in practice. Decided after every draw and stored only as end dates
 * (OVS_DEMO_END), so the rest of the seed's data stays as it was. Only people outside crews whose
 * transfer case is closed and who are not under a covenant: nothing they belong to runs on. */
static void
plan_leavers (Demo *demo)
{
  GDate today;
  int january, wanted = (int) MIN (8, MAX (1, demo->n / 20)), found = 0, k = 0;

  g_date_clear (&today, 1);
  g_date_set_julian (&today, (guint32) demo->today);
  january = ovs_demo_day (g_date_get_year (&today), 1, 1);
  for (guint i = 0; i < demo->emps->len && found < wanted; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);

      if (e->end != 0 || e->new_sheltered || e->crew != -1 ||
          (e->status != OVS_TRANSFER_STATUS_TRANSFERRED && e->status != OVS_TRANSFER_STATUS_DECLINED))
        continue;
      /* Every third of them, so that each employer loses somebody. */
      if (k++ % 3 != 1)
        continue;
      found++;
      e->leaves = january + (demo->today - january) * found / (wanted + 1);
    }
}

/* --- writing the people --- */

static void
make_bsn (Demo *demo, char out[10])
{
  for (;;)
    {
      int digits[9], sum = 0;
      guint value = 0;

      /* The elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
      digits[0] = g_rand_int_range (demo->rand, 1, 7);
      for (int k = 1; k < 8; k++)
        digits[k] = g_rand_int_range (demo->rand, 0, 10);
      for (int k = 0; k < 8; k++)
        sum += (9 - k) * digits[k];
      digits[8] = sum % 11;
      if (digits[8] == 10)
        continue;
      for (int k = 0; k < 9; k++)
        value = value * 10 + (guint) digits[k];
      if (!g_hash_table_add (demo->bsns, GUINT_TO_POINTER (value)))
        continue;
      g_snprintf (out, 10, "%09u", value);
      return;
    }
}

/* The legal employer: the GR's company until the transfer, then the municipality; nieuw beschut is
 * employed by the foundation. */
static gint64
employer_of (Demo *demo, const DemoEmp *e)
{
  if (e->new_sheltered)
    return demo->foundation;
  if (e->status == OVS_TRANSFER_STATUS_TRANSFERRED)
    return demo->gemeente;
  return e->company == 0 ? demo->wezo : demo->larcom;
}

/* Where the person works: the foundation after the transfer, else where they are employed. */
static gint64
work_organisation_of (Demo *demo, const DemoEmp *e)
{
  if (e->new_sheltered || e->status == OVS_TRANSFER_STATUS_TRANSFERRED)
    return demo->foundation;
  return e->company == 0 ? demo->wezo : demo->larcom;
}

static const char *
status_of (Demo *demo, const DemoEmp *e)
{
  double r;

  if (e->end != 0)
    return ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ENDED);
  r = g_rand_double (demo->rand);  /* also for those who left this year: the draws stay the same */
  if (e->leaves != 0)
    return ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ENDED);
  return ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, r < 0.05 ? OVS_EMPLOYEE_STATUS_SICK
                                                   : r < 0.07 ? OVS_EMPLOYEE_STATUS_ON_LEAVE
                                                              : OVS_EMPLOYEE_STATUS_ACTIVE);
}

static gboolean
insert_employee (Demo *demo, guint i, DemoEmp *e, const char *residence, GError **error)
{
  /* Every draw in its own statement: argument order is unspecified in C, the seed's data must not be. */
  gboolean female = ovs_demo_chance (demo, 0.4);
  gboolean prefixed = ovs_demo_chance (demo, 0.25);
  const char *first = ovs_demo_pick (female ? &ovs_demo_first_names_female : &ovs_demo_first_names_male, demo->rand);
  const char *prefix = prefixed ? ovs_demo_pick (&ovs_demo_prefixes, demo->rand) : NULL;
  const char *last = ovs_demo_pick (prefixed ? &ovs_demo_prefixed_last_names : &ovs_demo_last_names, demo->rand);
  gint64 scale = ovs_demo_between (demo, 1, 7);
  gint64 step = ovs_demo_between (demo, 0, 10);
  const char *status = status_of (demo, e);
  g_autofree char *number = g_strdup_printf ("%06u", 100001 + i);
  char bsn[10], birth[11];

  make_bsn (demo, bsn);
  return ovs_demo_insert (demo, &e->id, error,
                          "INSERT INTO employee (personnel_number, first_name, name_prefix, last_name, birth_date, "
                          "bsn, residence, contract_minutes, salary_scale, salary_step, employer_id, "
                          "employment_start, employment_end, employment_type, status, work_organisation_id, "
                          "wsw_since) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                          "tttttttiiiiDEttiE", number, first, prefix, last, ovs_demo_iso (e->birth, birth), bsn,
                          residence, (gint64) e->minutes, scale, step, employer_of (demo, e), e->start, OVS_DEMO_END (e),
                          ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, e->new_sheltered ? OVS_EMPLOYMENT_TYPE_NEW_SHELTERED
                                                                                     : OVS_EMPLOYMENT_TYPE_WSW),
                          status, work_organisation_of (demo, e), e->new_sheltered ? 0 : e->start);
}

/* Mostly the demo municipality; some neighbours; a tenth moved once. */
static gboolean
insert_home (Demo *demo, DemoEmp *e, const char *kern, GError **error)
{
  const char *sql = "INSERT INTO home_municipality (employee_id, municipality, valid_from) VALUES (?, ?, ?)";
  gboolean here = kern != NULL;
  const char *home = here ? OVS_DEMO_MUNICIPALITY : ovs_demo_pick (&ovs_demo_neighbours, demo->rand);

  if (ovs_demo_chance (demo, 0.1))
    {
      const char *before = here ? ovs_demo_pick (&ovs_demo_neighbours, demo->rand) : OVS_DEMO_MUNICIPALITY;
      int moved = ovs_demo_between (demo, MAX (e->start + 30, ovs_demo_day (2012, 1, 1)), ovs_demo_day (2023, 12, 1));

      return ovs_demo_run (demo, error, sql, "itD", e->id, before, e->start) &&
             ovs_demo_run (demo, error, sql, "itD", e->id, home, moved);
    }
  return ovs_demo_run (demo, error, sql, "itD", e->id, home, e->start);
}

/* The first indication at the start; the current one relative to today (or the end of employment):
 * some overdue, some expiring within 16 weeks, most later, some open-ended. */
static gboolean
insert_indications (Demo *demo, DemoEmp *e, GError **error)
{
  const char *sql = "INSERT INTO indication (employee_id, category, indication_date, valid_until) VALUES (?, ?, ?, ?)";
  int ref = e->end != 0 ? e->end : demo->today;
  double r = g_rand_double (demo->rand);
  int until = r < 0.06 ? ref - ovs_demo_between (demo, 1, 120) : r < 0.16 ? ref + ovs_demo_between (demo, 0, 112)
              : r < 0.80 ? ref + ovs_demo_between (demo, 113, 900) : 0;
  int issued = until != 0 ? until - 3 * 365 - 1 : ref - ovs_demo_between (demo, 365, 8 * 365);
  const char *category = CATEGORY (e->ernstig ? OVS_INDICATION_CATEGORY_ERNSTIG : OVS_INDICATION_CATEGORY_MATIG);

  if (e->new_sheltered)
    return TRUE;
  if (issued <= e->start + 30)
    return ovs_demo_run (demo, error, sql, "itDE", e->id, category, e->start, until);
  /* A tenth of the ernstig started as matig. */
  return ovs_demo_run (demo, error, sql, "itDD", e->id,
                       e->ernstig && ovs_demo_chance (demo, 0.1) ? CATEGORY (OVS_INDICATION_CATEGORY_MATIG) : category,
                       e->start, e->start + 3 * 365) &&
         ovs_demo_run (demo, error, sql, "itDE", e->id, category, issued, until);
}

static gboolean
insert_qualification (Demo *demo, DemoEmp *e, OvsQualificationKind kind, const char *detail, GError **error)
{
  return ovs_demo_run (demo, error, "INSERT INTO qualification (employee_id, kind, detail, obtained_on) "
                                    "VALUES (?, ?, ?, ?)", "ittD", e->id,
                       ovs_vocab_code (OVS_TYPE_QUALIFICATION_KIND, kind), detail,
                       ovs_demo_between (demo, e->birth + 18 * 365, ovs_demo_day (2014, 12, 1)));
}

/* Team leaders drive (B and BE); one more member of each crew has B; others by chance. */
static gboolean
insert_qualifications (Demo *demo, DemoEmp *e, GError **error)
{
  gboolean in_crew = e->crew >= 0, leader = e->crew_role == OVS_CREW_ROLE_TEAM_LEADER;

  if ((e->driver || ovs_demo_chance (demo, in_crew ? 0.5 : 0.3)) &&
      !insert_qualification (demo, e, OVS_QUALIFICATION_KIND_LICENCE_B, NULL, error))
    return FALSE;
  if (leader && !insert_qualification (demo, e, OVS_QUALIFICATION_KIND_LICENCE_BE, NULL, error))
    return FALSE;
  if (!in_crew)
    return TRUE;
  if ((leader || ovs_demo_chance (demo, 0.6)) &&
      !insert_qualification (demo, e, OVS_QUALIFICATION_KIND_MACHINE, "bosmaaier", error))
    return FALSE;
  if (ovs_demo_chance (demo, 0.25) && !insert_qualification (demo, e, OVS_QUALIFICATION_KIND_MACHINE, "trekker", error))
    return FALSE;
  return !ovs_demo_chance (demo, 0.1) ||
         insert_qualification (demo, e, OVS_QUALIFICATION_KIND_MACHINE, "hoogwerker", error);
}

static gint64
pick_id (Demo *demo, GArray *ids)
{
  return g_array_index (ids, gint64, g_rand_int_range (demo->rand, 0, (gint32) ids->len));
}

static gboolean
insert_current_placement (Demo *demo, DemoEmp *e, const char *kern, GError **error)
{
  int start = MAX (e->start, e->transfer_day ? e->transfer_day : ovs_demo_day (2015, 1, 1));
  gint64 hirer = 0, rate = 0;
  g_autofree char *location = NULL;

  if (e->kind == DEMO_NO_PLACEMENT)
    return TRUE;
  switch (e->kind)
    {
    case OVS_PLACEMENT_KIND_GROUP_SECONDMENT: hirer = demo->gemeente, rate = 2350; break;
    case OVS_PLACEMENT_KIND_INDIVIDUAL_SECONDMENT:
      hirer = pick_id (demo, demo->hirer_ids), rate = ovs_demo_between (demo, 1800, 2600);
      break;
    case OVS_PLACEMENT_KIND_SUPPORTED_EMPLOYMENT: hirer = pick_id (demo, demo->employer_ids); break;
    default: break;
    }
  if (e->kind == OVS_PLACEMENT_KIND_SHELTERED_WORK)
    location = g_strdup (e->status == OVS_TRANSFER_STATUS_TRANSFERRED || e->new_sheltered ? "Werkplaats Berkelwolde"
                         : e->company == 0 ? "Wezo, werkplaats" : "Larcom, werkplaats");
  else
    location = g_strdup (kern ? kern : OVS_DEMO_MUNICIPALITY);
  e->hirer = hirer;
  return ovs_demo_run (demo, error, "INSERT INTO placement (employee_id, kind, hirer_id, location, minutes_per_week, "
                                    "hourly_rate_cents, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       "itjtijDE", e->id, ovs_vocab_code (OVS_TYPE_PLACEMENT_KIND, e->kind), hirer, location,
                       (gint64) e->minutes, rate, start, OVS_DEMO_END (e));
}

/* Before 2015 everybody worked in the sheltered company's own workshop. */
static gboolean
insert_placements (Demo *demo, DemoEmp *e, const char *kern, GError **error)
{
  if (!e->new_sheltered &&
      !ovs_demo_run (demo, error, "INSERT INTO placement (employee_id, kind, location, minutes_per_week, start_date, "
                                  "end_date) VALUES (?, ?, ?, ?, ?, ?)", "ittiDD", e->id,
                     ovs_vocab_code (OVS_TYPE_PLACEMENT_KIND, OVS_PLACEMENT_KIND_SHELTERED_WORK),
                     e->company == 0 ? "Wezo, werkplaats" : "Larcom, werkplaats", (gint64) e->minutes, e->start,
                     MIN (e->transfer_day ? e->transfer_day : ovs_demo_day (2015, 1, 1), e->end ? e->end + 1 : G_MAXINT) - 1))
    return FALSE;
  return insert_current_placement (demo, e, kern, error);
}

/* Nieuw beschut rests on UWV's advice on sheltered work (given before the start, five years valid)
 * and a wage value measured in the first months; dates follow the start, so no draw is needed. */
static gboolean
insert_sheltered_advice (Demo *demo, DemoEmp *e, GError **error)
{
  if (!e->new_sheltered)
    return TRUE;
  return ovs_demo_run (demo, error, "INSERT INTO sheltered_advice (employee_id, advice_date, valid_until) "
                                    "VALUES (?, ?, ?)", "iDD", e->id, e->start - 60, e->start - 60 + 5 * 365) &&
         ovs_demo_run (demo, error, "INSERT INTO wage_value (employee_id, measured_on, method, percentage) "
                                    "VALUES (?, ?, 'Dariuz', ?)", "iDd", e->id, e->start + 45,
                       30.0 + (double) (e->minutes % 7) * 5);
}

static gboolean
insert_people (Demo *demo, GError **error)
{
  for (guint i = 0; i < demo->emps->len; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);
      const char *kern = ovs_demo_chance (demo, 0.85) ? ovs_demo_pick (&ovs_demo_kernen, demo->rand) : NULL;
      const char *residence = kern ? kern : ovs_demo_pick (&ovs_demo_neighbours, demo->rand);

      if (!insert_employee (demo, i, e, residence, error) || !insert_home (demo, e, kern, error) ||
          !insert_indications (demo, e, error) || !insert_placements (demo, e, kern, error) ||
          !insert_qualifications (demo, e, error) || !insert_sheltered_advice (demo, e, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_organisations (Demo *demo, const OvsDemoList *names, const char *kind, GArray *ids, GError **error)
{
  g_autoptr(GError) local = NULL;
  for (guint i = 0; i < names->n; i++)
    {
      OvsStmt *stmt;

      if (!ovs_demo_run (demo, error, "INSERT INTO organisation (name, kind) VALUES (?, ?) ON CONFLICT DO NOTHING",
                         "tt", names->items[i], kind))
        return FALSE;
      stmt = ovs_store_prepare (demo->store, "SELECT id FROM organisation WHERE name = ?", error);
      if (stmt == NULL)
        return FALSE;
      ovs_stmt_bind_text (stmt, 1, names->items[i]);
      if (ovs_stmt_next (stmt, &local))
        {
          gint64 id = ovs_stmt_get_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
      ovs_stmt_reset (stmt);
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
    }
  return TRUE;
}

/* *@id is 0 when there is no such organisation; FALSE only when the database failed. */
static gboolean
organisation_id (OvsStore *store, OvsOrganisationKind kind, const char *name, gint64 *id, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id FROM organisation WHERE kind = ? "
                                                 "AND (? IS NULL OR name = ?) ORDER BY id LIMIT 1", error);
  g_autoptr(GError) local = NULL;

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, KIND (kind));
  ovs_stmt_bind_text_or_null (stmt, 2, name);
  ovs_stmt_bind_text_or_null (stmt, 3, name);
  if (ovs_stmt_next (stmt, &local))
    *id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
check_ready (Demo *demo, guint n, GError **error)
{
  gboolean empty = FALSE;

  if (!ovs_store_require (demo->store, OVS_PERM_EDIT_USERS, error))
    return FALSE;
  if (n < OVS_DEMO_MIN_EMPLOYEES || n > OVS_DEMO_MAX_EMPLOYEES)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("The demo needs between %d and %d employees, not %u"), OVS_DEMO_MIN_EMPLOYEES,
                   OVS_DEMO_MAX_EMPLOYEES, n);
      return FALSE;
    }
  if (!ovs_store_is_empty (demo->store, &empty, error))
    return FALSE;
  if (!empty)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_DUPLICATE,
                   _("The database %s already has employees; the demo only fills an empty database"),
                   ovs_store_get_path (demo->store));
      return FALSE;
    }
  if (!organisation_id (demo->store, OVS_ORGANISATION_KIND_SHELTERED_COMPANY, "Wezo", &demo->wezo, error) ||
      !organisation_id (demo->store, OVS_ORGANISATION_KIND_SHELTERED_COMPANY, "Larcom", &demo->larcom, error) ||
      !organisation_id (demo->store, OVS_ORGANISATION_KIND_MUNICIPALITY, NULL, &demo->gemeente, error) ||
      !organisation_id (demo->store, OVS_ORGANISATION_KIND_FOUNDATION, NULL, &demo->foundation, error))
    return FALSE;
  if (demo->wezo == 0 || demo->larcom == 0 || demo->gemeente == 0 || demo->foundation == 0)
    {
      g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                   _("The standard organisations (Wezo, Larcom, the municipality, the foundation) are missing; "
                     "run “overstap-cli init” first"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_all (Demo *demo, guint32 seed, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();

  json_object_set_int_member (changes, "employees", demo->n);
  json_object_set_int_member (changes, "seed", seed);
  return insert_organisations (demo, &ovs_demo_hirers, KIND (OVS_ORGANISATION_KIND_HIRER), demo->hirer_ids, error) &&
         insert_organisations (demo, &ovs_demo_employers, KIND (OVS_ORGANISATION_KIND_EMPLOYER), demo->employer_ids,
                               error) &&
         insert_people (demo, error) && ovs_demo_crews (demo, error) && ovs_demo_transfers (demo, error) &&
         ovs_demo_covenants (demo, error) && ovs_demo_milestones (demo, error) &&
         ovs_store_audit (demo->store, "demo", "database", 0, changes, error);
}

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_pointer (&demo->emps, g_array_unref);
  g_clear_pointer (&demo->crew_ids, g_free);
  g_clear_pointer (&demo->hirer_ids, g_array_unref);
  g_clear_pointer (&demo->employer_ids, g_array_unref);
  g_clear_pointer (&demo->bsns, g_hash_table_unref);
}

gboolean
ovs_demo_generate (OvsStore *store, guint n_employees, guint32 seed, GError **error)
{
  Demo demo = { .store = store, .n = n_employees };
  GDate today;
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!check_ready (&demo, n_employees, error))
    return FALSE;
  ovs_date_today (&today);
  demo.today = (int) g_date_get_julian (&today);
  demo.rand = g_rand_new_with_seed (seed);
  demo.emps = g_array_sized_new (FALSE, TRUE, sizeof (DemoEmp), n_employees);
  g_array_set_size (demo.emps, n_employees);
  demo.hirer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  demo.employer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  demo.bsns = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < n_employees; i++)
    plan_person (&demo, i, &g_array_index (demo.emps, DemoEmp, i));
  plan_programme (&demo);
  plan_leavers (&demo);

  /* The store keeps temporary journals in memory (temp_store), which is what a million inserts need. */
  ok = ovs_store_begin (store, error);
  if (ok && !write_all (&demo, seed, error))
    {
      ovs_store_rollback (store);
      ok = FALSE;
    }
  ok = ok && ovs_store_commit (store, error);
  demo_clear (&demo);
  if (ok)
    ovs_store_emit_changed (store, "employee");
  return ok;
}

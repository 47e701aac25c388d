/* ovs-demo-programme.c — the demo's crews, transfer cases, covenants and milestones. */
#include "config.h"

#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/transfers/ovs-transfers.h"
#include "demo/ovs-demo-private.h"

/* --- crews --- */

static gint64
user_id (Demo *demo, const char *name, OvsRole role, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt;
  gint64 id = 0;

  if (!ovs_demo_run (demo, error, "INSERT INTO app_user (name, role) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                     "tt", name, ovs_role_to_string (role)))
    return 0;
  stmt = ovs_store_prepare (demo->store, "SELECT id FROM app_user WHERE name = ?", error);
  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, name);
  if (ovs_stmt_next (stmt, &local))
    id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), 0);
  return id;
}

static char *
crew_name (guint c)
{
  const char *area = ovs_demo_areas.items[c % ovs_demo_areas.n];

  if (c < ovs_demo_areas.n)
    return g_strdup_printf ("Groenploeg %s", area);
  return g_strdup_printf ("Groenploeg %s %u", area, c / ovs_demo_areas.n + 1);
}

/* "tl-de-haaren", "tl-lintvelde-2": a login name from the crew's name. */
static char *
leader_login (guint c)
{
  g_autofree char *name = crew_name (c);
  g_autofree char *ascii = g_str_to_ascii (name + strlen ("Groenploeg "), "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);

  g_strdelimit (lower, " ", '-');
  return g_strconcat ("tl-", lower, NULL);
}

/* A crew's working day on each weekday (Monday to Friday): half the crews work Monday to Friday,
 * the others long days Monday to Thursday and a short Friday. */
typedef struct
{
  const char *start, *end;
  int         break_minutes;
  int         worked;         /* minutes, without the break */
  gboolean    short_day;
} DemoDay;

static const DemoDay week_days[2][5] = {
  { { "07:30", "16:00", 30, 480, FALSE }, { "07:30", "16:00", 30, 480, FALSE }, { "07:30", "16:00", 30, 480, FALSE },
    { "07:30", "16:00", 30, 480, FALSE }, { "07:30", "16:00", 30, 480, FALSE } },
  { { "07:00", "16:00", 30, 510, FALSE }, { "07:00", "16:00", 30, 510, FALSE }, { "07:00", "16:00", 30, 510, FALSE },
    { "07:00", "16:00", 30, 510, FALSE }, { "07:30", "12:00", 0, 270, TRUE } },
};
static const char *day_codes[] = { "MO", "TU", "WE", "TH", "FR" };

/* The weekdays (bit 0 Monday) a member with @minutes a week works: the crew's days in order, each
 * that still fits in the contract, so that nobody is planned above it. */
static guint
days_for (const DemoDay *days, int minutes)
{
  guint mask = 0;
  int planned = 0;

  for (guint d = 0; d < 5; d++)
    if (planned + days[d].worked <= minutes)
      {
        planned += days[d].worked;
        mask |= 1u << d;
      }
  return mask;
}

static char *
rrule_of (guint mask)
{
  g_autoptr(GString) rule = g_string_new ("FREQ=WEEKLY;BYDAY=");
  gboolean first = TRUE;

  for (guint d = 0; d < 5; d++)
    if (mask & (1u << d))
      {
        g_string_append_printf (rule, "%s%s", first ? "" : ",", day_codes[d]);
        first = FALSE;
      }
  return g_string_free (g_steal_pointer (&rule), FALSE);
}

/* One pattern of crew @c for the days in @mask of one shape (long or short), for the members of the
 * crew whose week is @week. The main pattern needs a driver (licence B) when the team leader works it. */
static gboolean
insert_pattern (Demo *demo, guint c, gint64 crew, const char *area, guint week, guint mask, GError **error)
{
  const DemoDay *day = NULL;
  g_autofree char *rrule = rrule_of (mask);
  const char *driver = NULL;
  gint64 id;

  for (guint d = 0; d < 5 && day == NULL; d++)
    if (mask & (1u << d))
      day = &week_days[c % 2][d];
  for (guint i = 0; i < demo->emps->len; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);

      if (e->crew == (int) c && days_for (week_days[c % 2], e->minutes) == week &&
          e->crew_role == OVS_CREW_ROLE_TEAM_LEADER && !day->short_day)
        driver = ovs_vocab_code (OVS_TYPE_QUALIFICATION_KIND, OVS_QUALIFICATION_KIND_LICENCE_B);
    }
  if (!ovs_demo_insert (demo, &id, error, "INSERT INTO shift_pattern (crew_id, rrule, start_time, end_time, "
                        "break_minutes, task, location, requires, valid_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "RETURNING id", "itttitttD", crew, rrule, day->start, day->end, (gint64) day->break_minutes,
                        day->short_day ? "Zwerfafval ruimen en bladblazen"
                                       : "Groenonderhoud: maaien, snoeien en schoffelen",
                        area, driver, ovs_demo_day (2015, 1, 1)))
    return FALSE;
  for (guint i = 0; i < demo->emps->len; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);

      if (e->crew == (int) c && days_for (week_days[c % 2], e->minutes) == week &&
          !ovs_demo_run (demo, error, "INSERT INTO shift_pattern_member (pattern_id, employee_id) VALUES (?, ?)",
                         "ii", id, e->id))
        return FALSE;
    }
  return TRUE;
}

/* A pattern per week the crew's members work (by their contract hours: a 28-hour member works fewer
 * days than a 36-hour one), each naming its members; longest weeks first. */
static gboolean
insert_patterns (Demo *demo, guint c, gint64 crew, const char *area, GError **error)
{
  gboolean seen[32] = { FALSE };
  guint short_days = 0;

  for (guint d = 0; d < 5; d++)
    if (week_days[c % 2][d].short_day)
      short_days |= 1u << d;
  for (guint i = 0; i < demo->emps->len; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);

      if (e->crew == (int) c)
        seen[days_for (week_days[c % 2], e->minutes)] = TRUE;
    }
  for (guint week = 31; week > 0; week--)
    {
      guint long_days = week & ~short_days, short_ones = week & short_days;

      if (!seen[week])
        continue;
      if ((long_days != 0 && !insert_pattern (demo, c, crew, area, week, long_days, error)) ||
          (short_ones != 0 && !insert_pattern (demo, c, crew, area, week, short_ones, error)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_crew (Demo *demo, guint c, gint64 leader, GError **error)
{
  g_autofree char *name = crew_name (c);
  g_autofree char *login = leader_login (c);
  const char *area = ovs_demo_areas.items[c % ovs_demo_areas.n];
  const char *vehicle = ovs_demo_pick (&ovs_demo_vehicles, demo->rand);
  g_autofree char *vehicle_text = g_strdup_printf ("%s (V-%03u-BW)", vehicle, c + 101);
  gint64 uid;

  if (!ovs_demo_insert (demo, &demo->crew_ids[c], error, "INSERT INTO crew (name, team_leader_id, area, vehicle, "
                        "min_size) VALUES (?, ?, ?, ?, 3) RETURNING id", "tjtt", name, leader, area, vehicle_text))
    return FALSE;
  if ((uid = user_id (demo, login, OVS_ROLE_TEAMLEIDER, error)) == 0)
    return FALSE;
  return ovs_demo_run (demo, error, "INSERT INTO user_crew (user_id, crew_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       "ii", uid, demo->crew_ids[c]) &&
         insert_patterns (demo, c, demo->crew_ids[c], area, error);
}

static gboolean
insert_memberships (Demo *demo, GError **error)
{
  for (guint i = 0; i < demo->emps->len; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);

      if (e->crew >= 0 &&
          !ovs_demo_run (demo, error, "INSERT INTO crew_membership (crew_id, employee_id, role, start_date) "
                                      "VALUES (?, ?, ?, ?)", "iitD", demo->crew_ids[e->crew], e->id,
                         ovs_vocab_code (OVS_TYPE_CREW_ROLE, e->crew_role), MAX (e->start, e->transfer_day)))
        return FALSE;
    }
  return TRUE;
}

gboolean
ovs_demo_crews (Demo *demo, GError **error)
{
  g_autofree gint64 *leaders = g_new0 (gint64, MAX (demo->n_crews, 1));

  for (guint i = 0; i < demo->emps->len; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);

      if (e->crew >= 0 && e->crew_role == OVS_CREW_ROLE_TEAM_LEADER)
        leaders[e->crew] = e->id;
    }
  for (guint c = 0; c < demo->n_crews; c++)
    if (!insert_crew (demo, c, leaders[c], error))
      return FALSE;
  return insert_memberships (demo, error) && user_id (demo, "hr", OVS_ROLE_HR, error) != 0;
}

/* --- transfer cases --- */

/* The transfers module's standard checklist, which every case opens with. */
#define N_CHECKLIST_ITEMS ((int) g_strv_length ((GStrv) ovs_transfers_standard_codes ()))

static int
items_done (Demo *demo, int status)
{
  switch (status)
    {
    case OVS_TRANSFER_STATUS_CANDIDATE: return ovs_demo_between (demo, 0, 1);
    case OVS_TRANSFER_STATUS_INTERVIEWED: return 2;
    case OVS_TRANSFER_STATUS_OFFERED: return ovs_demo_between (demo, 2, 4);
    case OVS_TRANSFER_STATUS_SIGNED: return ovs_demo_between (demo, 5, 7);
    case OVS_TRANSFER_STATUS_TRANSFERRED: return N_CHECKLIST_ITEMS;
    case OVS_TRANSFER_STATUS_STAYS: case OVS_TRANSFER_STATUS_DECLINED: return 2;
    default: return 0;
    }
}

/* Closed cases ticked their items in the weeks before closing; open ones in recent days: the first
 * @done items, on the days before the last day, a week (closed) or five days (open) apart. The days
 * are computed here, not with an engine's date functions. */
static gboolean
insert_checklist (Demo *demo, gint64 case_id, int status, int closed, GError **error)
{
  int done = items_done (demo, status);
  int last = closed ? closed : demo->today;
  int apart = closed ? 7 : 5;

  const char * const *codes = ovs_transfers_standard_codes ();

  for (int position = 1; codes[position - 1] != NULL; position++)
    {
      const char *code = codes[position - 1];
      int day = position <= done ? last - (done - position + 1) * apart : 0;

      if (!ovs_demo_run (demo, error, "INSERT INTO checklist_item (case_id, code, title, position, done_on, done_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?)", "ittiEt", case_id,
                         code, ovs_transfers_standard_title (code), (gint64) position,
                         day, day != 0 ? "hr" : NULL))
        return FALSE;
    }
  return TRUE;
}

/* The next wave of transfers: the first of a month one to four months from today. */
static int
next_wave (Demo *demo)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) (demo->today + ovs_demo_between (demo, 20, 110)));
  g_date_set_day (&date, 1);
  g_date_add_months (&date, 1);
  return (int) g_date_get_julian (&date);
}

static gboolean
insert_case (Demo *demo, DemoEmp *e, GError **error)
{
  gboolean transferred = e->status == OVS_TRANSFER_STATUS_TRANSFERRED;
  gboolean open = !ovs_transfer_status_is_closed (ovs_vocab_code (OVS_TYPE_TRANSFER_STATUS, e->status));
  int closed = transferred ? e->transfer_day : open ? 0 : ovs_demo_day (2014, 12, 15);
  int planned = transferred ? e->transfer_day : open ? next_wave (demo) : ovs_demo_day (2015, 1, 1);
  int destination = e->status == OVS_TRANSFER_STATUS_STAYS      ? OVS_TRANSFER_DESTINATION_COVENANT
                    : e->status == OVS_TRANSFER_STATUS_DECLINED ? OVS_TRANSFER_DESTINATION_OTHER
                                                                : OVS_TRANSFER_DESTINATION_FOUNDATION;
  const char *notes = ovs_demo_chance (demo, 0.15) ? ovs_demo_pick (&ovs_demo_notes, demo->rand) : NULL;

  gint64 case_id;

  /* A transfer to the foundation moves the work there and the Wsw employment to the municipality. */
  gboolean moves = transferred && destination == OVS_TRANSFER_DESTINATION_FOUNDATION;
  gint64 company = e->company == 0 ? demo->wezo : demo->larcom;

  if (!ovs_demo_insert (demo, &case_id, error, "INSERT INTO transfer_case (employee_id, from_org_id, destination, "
                        "status, planned_date, actual_date, notes, closed_on, work_from_id, work_to_id, "
                        "employer_to_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        "iittDEtEijj", e->id, company,
                        ovs_vocab_code (OVS_TYPE_TRANSFER_DESTINATION, destination),
                        ovs_vocab_code (OVS_TYPE_TRANSFER_STATUS, e->status), planned,
                        transferred ? e->transfer_day : 0, notes, closed, company,
                        moves ? demo->foundation : (gint64) 0, moves ? demo->gemeente : (gint64) 0))
    return FALSE;
  return insert_checklist (demo, case_id, e->status, closed, error);
}

gboolean
ovs_demo_transfers (Demo *demo, GError **error)
{
  for (guint i = 0; i < demo->emps->len; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);

      if (e->status != DEMO_NO_CASE && !insert_case (demo, e, error))
        return FALSE;
    }
  return TRUE;
}

/* --- covenants and milestones --- */

/* Done when due before today, under way in the last three months before, still to come before that. */
typedef enum { DUE_LATER, DUE_SOON, DUE_PAST } Due;

static Due
due_by_today (Demo *demo, int due)
{
  if (due < demo->today)
    return DUE_PAST;
  return due - demo->today < 90 ? DUE_SOON : DUE_LATER;
}

static const struct { const char *title; int y, m, d; } agreements[] = {
  { "Convenant ondertekend door beide partijen", 2014, 12, 15 },
  { "Lijst van medewerkers die blijven vastgesteld", 2014, 12, 31 },
  { "Eerste kwartaalmonitor aangeleverd (herindicaties, verzuim, plaatsingen)", 2015, 4, 15 },
  { "Herindicaties tijdig (16 weken vooraf) aangevraagd bij UWV", 2015, 9, 1 },
  { "Jaarrapportage 2015: taakstelling SE tegen realisatie", 2016, 3, 31 },
  { "Besluit over verlenging of aanbesteding", 2016, 10, 1 },
};

static gboolean
insert_agreements (Demo *demo, gint64 covenant, const char *owner, GError **error)
{
  for (guint k = 0; k < G_N_ELEMENTS (agreements); k++)
    {
      int due = ovs_demo_day (agreements[k].y, agreements[k].m, agreements[k].d);
      static const OvsAgreementStatus by_due[] = {
        [DUE_LATER] = OVS_AGREEMENT_STATUS_OPEN, [DUE_SOON] = OVS_AGREEMENT_STATUS_IN_PROGRESS,
        [DUE_PAST] = OVS_AGREEMENT_STATUS_DONE,
      };
      Due when = due_by_today (demo, due);
      const char *status = ovs_vocab_code (OVS_TYPE_AGREEMENT_STATUS, by_due[when]);
      gboolean done = when == DUE_PAST;

      if (!ovs_demo_run (demo, error, "INSERT INTO covenant_agreement (covenant_id, title, owner, due_date, status, "
                                      "evidence, done_on) VALUES (?, ?, ?, ?, ?, ?, ?)", "ittDttE", covenant,
                         agreements[k].title, owner, due, status, done ? "Verslag in het convenantdossier" : NULL,
                         done ? due - (int) (k % 3) * 4 : 0))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_covered (Demo *demo, gint64 covenant, int company, GError **error)
{
  for (guint i = 0; i < demo->emps->len; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);
      double r;

      if (e->status != OVS_TRANSFER_STATUS_STAYS || e->company != company)
        continue;
      /* Most at their contract hours; some with agreed hours of their own; some at a fixed SE. */
      r = g_rand_double (demo->rand);
      if (!ovs_demo_run (demo, error, "INSERT INTO covenant_employee (covenant_id, employee_id, minutes_per_week, se, "
                                      "start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)", "iijeDE", covenant, e->id,
                         r < 0.2 ? (gint64) MAX (720, e->minutes - 240) : (gint64) 0,
                         r >= 0.2 && r < 0.35 ? (double) (int) (e->minutes / 21.6) / 100.0 : -1.0,
                         ovs_demo_day (2015, 1, 1), e->end))
        return FALSE;
    }
  return TRUE;
}

static double
expected_se (Demo *demo, int company)
{
  double se = 0;

  for (guint i = 0; i < demo->emps->len; i++)
    {
      DemoEmp *e = &g_array_index (demo->emps, DemoEmp, i);

      if (e->status == OVS_TRANSFER_STATUS_STAYS && e->company == company && e->end == 0)
        se += e->minutes / 2160.0;
    }
  return se;
}

static gboolean
insert_covenant (Demo *demo, int company, GError **error)
{
  static const struct { const char *name, *party, *basis, *notes; gint64 price; double index; } terms[] = {
    { "Convenant Wezo 2015", "Wezo", "dienstverleningsovereenkomst",
      "De groep beschut werk blijft ten minste drie jaar bij Wezo; begeleiding en loonwaardemeting door Wezo.",
      450000, 1.5 },
    { "Convenant Larcom 2015", "Larcom", "inkooprelatie",
      "Individuele detacheringen lopen via Larcom door; bij verlenging na 2017 is aanbesteding nodig.",
      380000, 1.2 },
  };
  double target = (int) (expected_se (demo, company) * 10 * 0.95) / 10.0;
  gint64 budget = (gint64) (target * terms[company].price * 1.05 / 100000) * 100000;
  gint64 id;

  if (!ovs_demo_insert (demo, &id, error, "INSERT INTO covenant (party_id, name, start_date, status, price_cents, "
                        "price_unit, indexation_pct, budget_cents, target_se, legal_basis, grant_kept_by, notes, "
                        "grant_holder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'gemeente', ?, 'municipality') "
                        "RETURNING id", "itDtitdiett",
                        company == 0 ? demo->wezo : demo->larcom, terms[company].name, ovs_demo_day (2015, 1, 1),
                        ovs_vocab_code (OVS_TYPE_COVENANT_STATUS, OVS_COVENANT_STATUS_ACTIVE), terms[company].price,
                        ovs_vocab_code (OVS_TYPE_PRICE_UNIT, OVS_PRICE_UNIT_SE), terms[company].index, budget, target,
                        terms[company].basis, terms[company].notes))
    return FALSE;
  return insert_covered (demo, id, company, error) && insert_agreements (demo, id, terms[company].party, error);
}

/* Employer services (werkgeversdienstverlening): agreements with a local employer and a hirer, with
 * the places offered, people placed, social return and contact moments. */
static gboolean
insert_employer_agreement (Demo *demo, guint k, GError **error)
{
  static const struct { const char *name, *notes; gint64 places, placed, social_return; int y, m; } terms[] = {
    { "Werkgeversafspraak %s", "Plaatsen voor begeleid werken in productie en logistiek.", 4, 2, 0, 2015, 3 },
    { "Social return %s", "Social return uit de aanbesteding groenonderhoud: 5% van de opdrachtwaarde.", 2, 1,
      3750000, 2015, 9 },
  };
  GArray *ids = k == 0 ? demo->employer_ids : demo->hirer_ids;
  gint64 party = g_array_index (ids, gint64, 0), id;
  int start = ovs_demo_day (terms[k].y, terms[k].m, 1);
  g_autofree char *name = NULL;
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (demo->store, "SELECT name FROM organisation WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, party);
  if (ovs_stmt_next (stmt, &local))
    name = g_strdup_printf (terms[k].name, ovs_stmt_get_text (stmt, 0));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (!ovs_demo_insert (demo, &id, error, "INSERT INTO covenant (party_id, name, start_date, status, price_cents, "
                        "kind, places_offered, people_placed, social_return_cents, notes) "
                        "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?) RETURNING id", "itDttiijt", party, name, start,
                        ovs_vocab_code (OVS_TYPE_COVENANT_STATUS, OVS_COVENANT_STATUS_ACTIVE),
                        ovs_vocab_code (OVS_TYPE_COVENANT_KIND, OVS_COVENANT_KIND_EMPLOYER_AGREEMENT),
                        terms[k].places, terms[k].placed, terms[k].social_return, terms[k].notes))
    return FALSE;
  for (int q = 0; q < 3; q++)
    if (start + q * 120 < demo->today &&
        !ovs_demo_run (demo, error, "INSERT INTO covenant_contact (covenant_id, contact_date, subject, owner) "
                                    "VALUES (?, ?, ?, 'accountmanager werkgeversdienstverlening')", "iDt", id,
                       start + q * 120, q == 0 ? "Kennismaking en afspraken vastgelegd"
                                               : q == 1 ? "Voortgang plaatsingen besproken" : "Evaluatie"))
      return FALSE;
  return TRUE;
}

gboolean
ovs_demo_covenants (Demo *demo, GError **error)
{
  return insert_covenant (demo, 0, error) && insert_covenant (demo, 1, error) &&
         insert_employer_agreement (demo, 0, error) && insert_employer_agreement (demo, 1, error);
}

gboolean
ovs_demo_milestones (Demo *demo, GError **error)
{
  /* The four tracks of the municipality's plan: running the Wsw, sheltered work (nieuw beschut),
   * employer services and the Participatiewet policy plan. */
#define WSW OVS_PROGRAMME_TRACK_WSW
#define BESCHUT OVS_PROGRAMME_TRACK_SHELTERED_WORK
#define WERKGEVERS OVS_PROGRAMME_TRACK_EMPLOYER_SERVICES
#define BELEID OVS_PROGRAMME_TRACK_POLICY_PLAN
  static const struct { const char *title, *description, *owner; int y, m, d; OvsProgrammeTrack track; } plan[] = {
    { "Besluit tot opheffing van de GR", "De raad besluit de gemeenschappelijke regeling op te heffen.",
      "gemeenteraad", 2013, 6, 30, WSW },
    { "Liquidatieplan naar de raad; besluit tot oprichting gemeentelijk bedrijf",
      "Het liquidatieplan en het voorstel voor een eigen gemeentelijk bedrijf gaan naar de raad.",
      "college van B&W", 2013, 11, 30, WSW },
    { "Gemeentelijke stichting opgericht en kwartiermaker aangesteld", NULL, "college van B&W", 2014, 1, 1, WSW },
    { "Transitie, inrichting en bedrijfsplan", "Organisatie, huisvesting, loonadministratie en bedrijfsplan.",
      "kwartiermaker", 2014, 10, 1, WSW },
    { "Convenanten met Larcom en Wezo gesloten", "Afspraken over de Wsw-medewerkers die blijven.",
      "kwartiermaker", 2014, 12, 31, WSW },
    { "Gemeentelijk bedrijf operationeel", "De gemeente voert de Wsw vanaf 2015 zelf uit.", "kwartiermaker",
      2015, 1, 1, WSW },
    { "Verordening beschut werk vastgesteld", "De raad stelt de verordening voor beschut werk vast "
      "(Participatiewet art. 10b).", "gemeenteraad", 2014, 12, 15, BESCHUT },
    { "Werkplekken beschut werk ingericht bij de stichting",
      "Plaatsen voor nieuw beschut, met begeleiding; advies beschut werk aangevraagd bij UWV.", "kwartiermaker",
      2015, 6, 1, BESCHUT },
    { "Eerste medewerkers nieuw beschut in dienst", "Met advies van UWV en een loonwaardemeting.", "hr",
      2016, 1, 1, BESCHUT },
    { "Werkgeversservicepunt met de regio ingericht", "Eén loket voor werkgevers, samen met UWV en de "
      "buurgemeenten.", "economische zaken", 2014, 11, 1, WERKGEVERS },
    { "Social return opgenomen in inkoopvoorwaarden", "5% van de opdrachtwaarde bij aanbestedingen boven de "
      "drempel.", "inkoop", 2015, 3, 1, WERKGEVERS },
    { "Afspraken met tien lokale werkgevers over plaatsingen", NULL, "accountmanager werkgeversdienstverlening",
      2015, 12, 31, WERKGEVERS },
    { "Beleidsplan Participatiewet vastgesteld", "Doelgroepen, re-integratie-instrumenten en loonkostensubsidie.",
      "gemeenteraad", 2014, 11, 30, BELEID },
    { "Adviesraad sociaal domein gehoord over het beleidsplan", NULL, "college van B&W", 2014, 10, 15, BELEID },
    { "Evaluatie beleidsplan Participatiewet", "Resultaten van de eerste twee jaar naar de raad.",
      "college van B&W", 2017, 3, 31, BELEID },
  };
#undef WSW
#undef BESCHUT
#undef WERKGEVERS
#undef BELEID

  for (guint k = 0; k < G_N_ELEMENTS (plan); k++)
    {
      int due = ovs_demo_day (plan[k].y, plan[k].m, plan[k].d);
      static const OvsMilestoneStatus by_due[] = {
        [DUE_LATER] = OVS_MILESTONE_STATUS_PLANNED, [DUE_SOON] = OVS_MILESTONE_STATUS_IN_PROGRESS,
        [DUE_PAST] = OVS_MILESTONE_STATUS_DONE,
      };
      Due when = due_by_today (demo, due);
      const char *status = ovs_vocab_code (OVS_TYPE_MILESTONE_STATUS, by_due[when]);

      if (!ovs_demo_run (demo, error, "INSERT INTO milestone (title, description, owner, due_date, status, done_on, "
                                      "track) VALUES (?, ?, ?, ?, ?, ?, ?)", "tttDtEt", plan[k].title,
                         plan[k].description, plan[k].owner, due, status, when == DUE_PAST ? due : 0,
                         ovs_vocab_code (OVS_TYPE_PROGRAMME_TRACK, plan[k].track)))
        return FALSE;
    }
  return TRUE;
}

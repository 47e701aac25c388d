/* ovs-vocab.c — labels, typed words and rule questions for the code lists of ovs-codes.h.
 *
 * The codes themselves are the enums' nicks: this file never spells a code, it names values. Each list
 * has one table of its values with the msgctxt and msgid of the label and the Dutch words people type
 * (folded: lower case, underscores for spaces and dashes).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-validate.h"
#include "overstap/vocab/ovs-vocab.h"

#define SHOWN_ONLY 1

typedef struct
{
  int         value;
  const char *label;     /* msgid, in the list's msgctxt */
  const char *words[5];  /* folded Dutch words and old spellings, besides the code and the labels */
  guint       flags;
} Entry;

typedef struct
{
  GType        (*get_type) (void);
  const char    *context;
  const Entry   *entries;
  guint          n_entries;
} List;

static const Entry organisation_kinds[] = {
  { OVS_ORGANISATION_KIND_SHELTERED_COMPANY, NC_("organisation kind", "sheltered-work company"),
    { "sw_bedrijf", "swbedrijf" } },
  { OVS_ORGANISATION_KIND_MUNICIPALITY, NC_("organisation kind", "municipality"), { "gemeente" } },
  { OVS_ORGANISATION_KIND_FOUNDATION, NC_("organisation kind", "municipal foundation"), { "stichting" } },
  { OVS_ORGANISATION_KIND_EMPLOYER, NC_("organisation kind", "employer"), { "werkgever" } },
  { OVS_ORGANISATION_KIND_HIRER, NC_("organisation kind", "hirer"), { "inlener" } },
};

static const Entry employment_types[] = {
  { OVS_EMPLOYMENT_TYPE_WSW, NC_("employment type", "Wsw"), { "wsw" } },
  { OVS_EMPLOYMENT_TYPE_NEW_SHELTERED, NC_("employment type", "nieuw beschut"),
    { "nieuw_beschut", "new_sheltered" } },
};

static const Entry employee_statuses[] = {
  { OVS_EMPLOYEE_STATUS_ACTIVE, NC_("employee status", "active"), { "actief" } },
  { OVS_EMPLOYEE_STATUS_SICK, NC_("employee status", "sick"), { "ziek" } },
  { OVS_EMPLOYEE_STATUS_ON_LEAVE, NC_("employee status", "on leave"), { "met_verlof", "verlof" } },
  { OVS_EMPLOYEE_STATUS_ENDED, NC_("employee status", "left"), { "uit_dienst" } },
  { OVS_EMPLOYEE_STATUS_ABSENT, NC_("employee status", "absent"), { "afwezig" }, SHOWN_ONLY },
};

static const Entry indication_categories[] = {
  { OVS_INDICATION_CATEGORY_MATIG, NC_("indication category", "moderate (matig)"), { "matig" } },
  { OVS_INDICATION_CATEGORY_ERNSTIG, NC_("indication category", "severe (ernstig)"), { "ernstig" } },
};

static const Entry qualification_kinds[] = {
  { OVS_QUALIFICATION_KIND_LICENCE_B, NC_("qualification kind", "driving licence B"), { "rijbewijs_b" } },
  { OVS_QUALIFICATION_KIND_LICENCE_BE, NC_("qualification kind", "driving licence BE"), { "rijbewijs_be" } },
  { OVS_QUALIFICATION_KIND_LICENCE_C, NC_("qualification kind", "driving licence C"), { "rijbewijs_c" } },
  { OVS_QUALIFICATION_KIND_MACHINE, NC_("qualification kind", "machine certificate"),
    { "machinecertificaat", "certificaat" } },
};

static const Entry placement_kinds[] = {
  { OVS_PLACEMENT_KIND_SHELTERED_WORK, NC_("placement kind", "sheltered work"),
    { "beschut", "beschut_werk", "beschutwerk" } },
  { OVS_PLACEMENT_KIND_GROUP_SECONDMENT, NC_("placement kind", "group secondment"), { "groepsdetachering", "groep" } },
  { OVS_PLACEMENT_KIND_INDIVIDUAL_SECONDMENT, NC_("placement kind", "individual secondment"),
    { "individuele_detachering", "detachering" } },
  { OVS_PLACEMENT_KIND_SUPPORTED_EMPLOYMENT, NC_("placement kind", "supported employment"),
    { "begeleid_werken", "begeleid" } },
};

static const Entry crew_roles[] = {
  { OVS_CREW_ROLE_MEMBER, NC_("crew role", "member"), { "lid", "ploeglid" } },
  { OVS_CREW_ROLE_TEAM_LEADER, NC_("crew role", "team leader"), { "ploegleider", "werkleider", "teamleider" } },
  { OVS_CREW_ROLE_STAND_IN, NC_("crew role", "stand-in"), { "invaller", "vervanger" } },
};

static const Entry transfer_destinations[] = {
  { OVS_TRANSFER_DESTINATION_FOUNDATION, NC_("transfer destination", "municipal foundation"), { "stichting" } },
  { OVS_TRANSFER_DESTINATION_COVENANT, NC_("transfer destination", "stays under a covenant"), { "convenant" } },
  { OVS_TRANSFER_DESTINATION_OTHER, NC_("transfer destination", "other"), { "anders" } },
};

static const Entry transfer_statuses[] = {
  { OVS_TRANSFER_STATUS_CANDIDATE, NC_("transfer status", "candidate"), { "kandidaat" } },
  { OVS_TRANSFER_STATUS_INTERVIEWED, NC_("transfer status", "interviewed"), { "gesprek_gevoerd", "gesprek" } },
  { OVS_TRANSFER_STATUS_OFFERED, NC_("transfer status", "offered"), { "aanbod_gedaan", "aanbod" } },
  { OVS_TRANSFER_STATUS_SIGNED, NC_("transfer status", "signed"), { "getekend" } },
  { OVS_TRANSFER_STATUS_TRANSFERRED, NC_("transfer status", "transferred"), { "overgegaan" } },
  { OVS_TRANSFER_STATUS_STAYS, NC_("transfer status", "stays with the sheltered-work company"),
    { "blijft", "blijft_bij_sw_bedrijf" } },
  { OVS_TRANSFER_STATUS_DECLINED, NC_("transfer status", "declined"), { "afgezien" } },
};

static const Entry covenant_statuses[] = {
  { OVS_COVENANT_STATUS_DRAFT, NC_("covenant status", "draft"), { "concept" } },
  { OVS_COVENANT_STATUS_ACTIVE, NC_("covenant status", "active"), { "actief", "lopend" } },
  { OVS_COVENANT_STATUS_ENDED, NC_("covenant status", "ended"), { "beeindigd", "beëindigd" } },
};

static const Entry price_units[] = {
  { OVS_PRICE_UNIT_SE, NC_("price unit", "per SE"), { "standaardeenheid" } },
  { OVS_PRICE_UNIT_HOUR, NC_("price unit", "per hour"), { "uur" } },
  { OVS_PRICE_UNIT_PERSON, NC_("price unit", "per person"), { "persoon" } },
};

static const Entry agreement_statuses[] = {
  { OVS_AGREEMENT_STATUS_OPEN, NC_("agreement status", "open"), { "openstaand" } },
  { OVS_AGREEMENT_STATUS_IN_PROGRESS, NC_("agreement status", "in progress"), { "bezig", "lopend" } },
  { OVS_AGREEMENT_STATUS_DONE, NC_("agreement status", "done"), { "klaar", "gedaan", "gereed" } },
  { OVS_AGREEMENT_STATUS_DROPPED, NC_("agreement status", "dropped"), { "vervallen", "geschrapt" } },
};

static const Entry milestone_statuses[] = {
  { OVS_MILESTONE_STATUS_PLANNED, NC_("milestone status", "planned"), { "gepland" } },
  { OVS_MILESTONE_STATUS_IN_PROGRESS, NC_("milestone status", "in progress"), { "bezig", "lopend" } },
  { OVS_MILESTONE_STATUS_DONE, NC_("milestone status", "done"), { "klaar", "gedaan", "gereed" } },
  { OVS_MILESTONE_STATUS_DROPPED, NC_("milestone status", "dropped"), { "vervallen", "geschrapt" } },
};

static const Entry parameter_names[] = {
  { OVS_PARAMETER_FULLTIME_MINUTES, NC_("parameter", "full-time week (minutes)"), { "voltijd" } },
  { OVS_PARAMETER_SE_WEIGHT_MATIG, NC_("parameter", "SE weight, moderate indication"), { NULL } },
  { OVS_PARAMETER_SE_WEIGHT_ERNSTIG, NC_("parameter", "SE weight, severe indication"), { NULL } },
  { OVS_PARAMETER_CENTS_PER_SE, NC_("parameter", "state grant per SE (cents)"), { "rijksbijdrage" } },
};

static const Entry roles[] = {
  { OVS_ROLE_NONE, NC_("user role", "none"), { NULL }, SHOWN_ONLY },
  { OVS_ROLE_KWARTIERMAKER, NC_("user role", "kwartiermaker"), { NULL } },
  { OVS_ROLE_HR, NC_("user role", "HR"), { NULL } },
  { OVS_ROLE_TEAMLEIDER, NC_("user role", "team leader"), { "ploegleider" } },
};

static const Entry absence_kinds[] = {
  { OVS_ABSENCE_KIND_LEAVE, NC_("absence kind", "leave"), { "verlof" } },
  { OVS_ABSENCE_KIND_SICKNESS, NC_("absence kind", "sickness"), { "ziekte", "ziek" } },
  { OVS_ABSENCE_KIND_MEDICAL, NC_("absence kind", "medical appointment"), { "medische_afspraak", "medisch" } },
  { OVS_ABSENCE_KIND_TRAINING, NC_("absence kind", "training"), { "opleiding", "cursus" } },
  { OVS_ABSENCE_KIND_HOLIDAY, NC_("absence kind", "public holiday"), { "feestdag" } },
  /* Stored since schema 8: what a teamleider records when someone is away (they never record why). */
  { OVS_ABSENCE_KIND_ABSENT, NC_("absence kind", "absent"), { "afwezig" } },
};

static const Entry shift_origins[] = {
  { OVS_SHIFT_ORIGIN_PATTERN, NC_("shift origin", "from a pattern"), { "patroon" } },
  { OVS_SHIFT_ORIGIN_AUTOFILL, NC_("shift origin", "auto-fill"), { "automatisch" } },
  { OVS_SHIFT_ORIGIN_MANUAL, NC_("shift origin", "by hand"), { "handmatig" } },
};

static const Entry conflict_codes[] = {
  { OVS_CONFLICT_CODE_SHIFT_DURING_ABSENCE, NC_("conflict", "shift during an absence"), { NULL } },
  { OVS_CONFLICT_CODE_DOUBLE_BOOKING, NC_("conflict", "double booking"), { NULL } },
  { OVS_CONFLICT_CODE_HOURS_ABOVE_CONTRACT, NC_("conflict", "hours above contract"), { NULL } },
  { OVS_CONFLICT_CODE_BELOW_MINIMUM_SIZE, NC_("conflict", "crew below its minimum size"), { NULL } },
  { OVS_CONFLICT_CODE_NO_TEAM_LEADER, NC_("conflict", "no team leader"), { NULL } },
  { OVS_CONFLICT_CODE_STAND_IN_LEADS, NC_("conflict", "a stand-in leads the crew"), { NULL } },
  { OVS_CONFLICT_CODE_NO_DRIVER, NC_("conflict", "no driver"), { NULL } },
  { OVS_CONFLICT_CODE_MISSING_CERTIFICATE, NC_("conflict", "certificate missing"), { NULL } },
  { OVS_CONFLICT_CODE_OUTSIDE_EMPLOYMENT, NC_("conflict", "outside the employment"), { NULL } },
  { OVS_CONFLICT_CODE_OUTSIDE_MEMBERSHIP, NC_("conflict", "outside the crew membership"), { NULL } },
  { OVS_CONFLICT_CODE_AFTER_TRANSFER, NC_("conflict", "after the transfer"), { NULL } },
  { OVS_CONFLICT_CODE_SHIFT_TOO_LONG, NC_("conflict", "shift too long"), { NULL } },
  { OVS_CONFLICT_CODE_SHORT_REST, NC_("conflict", "rest between shifts too short"), { NULL } },
  { OVS_CONFLICT_CODE_WEEK_OVER_60H, NC_("conflict", "more than 60 hours in a week"), { NULL } },
  { OVS_CONFLICT_CODE_AVERAGE_OVER_48H, NC_("conflict", "more than 48 hours a week on average"), { NULL } },
  { OVS_CONFLICT_CODE_BREAK_TOO_SHORT, NC_("conflict", "break too short"), { NULL } },
  { OVS_CONFLICT_CODE_WEEKLY_REST_TOO_SHORT, NC_("conflict", "weekly rest too short"), { NULL } },
  { OVS_CONFLICT_CODE_SUNDAYS_BELOW_13, NC_("conflict", "fewer than 13 free Sundays"), { NULL } },
  { OVS_CONFLICT_CODE_NIGHT_SHIFT_TOO_LONG, NC_("conflict", "night shift too long"), { NULL } },
  { OVS_CONFLICT_CODE_TOO_MANY_NIGHT_SHIFTS, NC_("conflict", "too many night shifts"), { NULL } },
  { OVS_CONFLICT_CODE_WORK_ON_HOLIDAY, NC_("conflict", "work on a free public holiday"), { NULL } },
};

static const Entry holidays[] = {
  { OVS_HOLIDAY_NEW_YEAR, NC_("holiday", "New Year's Day"), { "nieuwjaarsdag", "nieuwjaar" } },
  { OVS_HOLIDAY_GOOD_FRIDAY, NC_("holiday", "Good Friday"), { "goede_vrijdag" } },
  { OVS_HOLIDAY_EASTER_SUNDAY, NC_("holiday", "Easter Sunday"), { "eerste_paasdag", "pasen" } },
  { OVS_HOLIDAY_EASTER_MONDAY, NC_("holiday", "Easter Monday"), { "tweede_paasdag" } },
  { OVS_HOLIDAY_KINGS_DAY, NC_("holiday", "King's Day"), { "koningsdag" } },
  { OVS_HOLIDAY_LIBERATION_DAY, NC_("holiday", "Liberation Day"), { "bevrijdingsdag" } },
  { OVS_HOLIDAY_ASCENSION_DAY, NC_("holiday", "Ascension Day"), { "hemelvaartsdag", "hemelvaart" } },
  { OVS_HOLIDAY_WHIT_SUNDAY, NC_("holiday", "Whit Sunday"), { "eerste_pinksterdag", "pinksteren" } },
  { OVS_HOLIDAY_WHIT_MONDAY, NC_("holiday", "Whit Monday"), { "tweede_pinksterdag" } },
  { OVS_HOLIDAY_CHRISTMAS_DAY, NC_("holiday", "Christmas Day"), { "eerste_kerstdag", "kerstmis" } },
  { OVS_HOLIDAY_BOXING_DAY, NC_("holiday", "Boxing Day"), { "tweede_kerstdag" } },
};

/* What each conflict means and where its rule comes from, for the window's explanation and the CLI's
 * help. Indexed by OvsConflictCode. */
static const char *conflict_explanations[] = {
  [OVS_CONFLICT_CODE_SHIFT_DURING_ABSENCE] = N_("A shift is planned while the person is absent."),
  [OVS_CONFLICT_CODE_DOUBLE_BOOKING] = N_("The person has two shifts at the same time."),
  [OVS_CONFLICT_CODE_HOURS_ABOVE_CONTRACT] = N_("The week's shifts add up to more than the contract hours."),
  [OVS_CONFLICT_CODE_BELOW_MINIMUM_SIZE] = N_("Fewer people work than the crew's minimum size."),
  [OVS_CONFLICT_CODE_NO_TEAM_LEADER] = N_("Neither the team leader nor a stand-in works that day."),
  [OVS_CONFLICT_CODE_STAND_IN_LEADS] = N_("The team leader is off; a stand-in leads the crew."),
  [OVS_CONFLICT_CODE_NO_DRIVER] = N_("Nobody on the roster holds the driving licence the day's work needs."),
  [OVS_CONFLICT_CODE_MISSING_CERTIFICATE] = N_("Nobody on the roster holds the machine certificate the day's work needs."),
  [OVS_CONFLICT_CODE_OUTSIDE_EMPLOYMENT] = N_("The shift falls outside the person's employment."),
  [OVS_CONFLICT_CODE_OUTSIDE_MEMBERSHIP] = N_("The person is not a member of the crew that day."),
  [OVS_CONFLICT_CODE_AFTER_TRANSFER] = N_("The person has transferred away from the crews' employer."),
  [OVS_CONFLICT_CODE_SHIFT_TOO_LONG] =
    N_("Arbeidstijdenwet art. 5:7: at most 12 hours of work per shift."),
  [OVS_CONFLICT_CODE_SHORT_REST] =
    N_("Arbeidstijdenwet art. 5:3: at least 11 hours of rest between shifts, once in 7 × 24 hours shortened to 8 hours; "
       "art. 5:9: 14 hours after a night shift ending after 02:00, 46 hours after a series of 3 or more."),
  [OVS_CONFLICT_CODE_WEEK_OVER_60H] =
    N_("Arbeidstijdenwet art. 5:7: at most 60 hours of work in a week (Sunday 00:00 to Saturday 24:00)."),
  [OVS_CONFLICT_CODE_AVERAGE_OVER_48H] =
    N_("Arbeidstijdenwet art. 5:7: at most 48 hours a week on average over 16 consecutive weeks."),
  [OVS_CONFLICT_CODE_BREAK_TOO_SHORT] =
    N_("Arbeidstijdenwet art. 5:4: more than 5.5 hours of work needs 30 minutes of break (may be two of 15), "
       "more than 10 hours needs 45 minutes."),
  [OVS_CONFLICT_CODE_WEEKLY_REST_TOO_SHORT] =
    N_("Arbeidstijdenwet art. 5:5: 36 hours of uninterrupted rest in every 7 × 24 hours, or 72 hours in every "
       "14 × 24 hours in pieces of at least 32 hours."),
  [OVS_CONFLICT_CODE_SUNDAYS_BELOW_13] =
    N_("Arbeidstijdenwet art. 5:6: at least 13 Sundays without work in every 52 weeks."),
  [OVS_CONFLICT_CODE_NIGHT_SHIFT_TOO_LONG] =
    N_("Arbeidstijdenwet art. 5:8: a night shift (more than 1 hour of work between 00:00 and 06:00) is at most "
       "10 hours."),
  [OVS_CONFLICT_CODE_TOO_MANY_NIGHT_SHIFTS] =
    N_("Arbeidstijdenwet art. 5:8: at most 36 night shifts ending after 02:00 in 16 consecutive weeks."),
  [OVS_CONFLICT_CODE_WORK_ON_HOLIDAY] =
    N_("The CAO makes this public holiday a day off; work is planned on it."),
};

const char *
ovs_conflict_code_explanation (int code)
{
  if (code < 0 || code >= (int) G_N_ELEMENTS (conflict_explanations) || conflict_explanations[code] == NULL)
    return "";
  return _(conflict_explanations[code]);
}
static const Entry grant_holders[] = {
  { OVS_GRANT_HOLDER_MUNICIPALITY, NC_("grant holder", "the municipality"), { "gemeente" } },
  { OVS_GRANT_HOLDER_PARTY, NC_("grant holder", "the party"), { "partij", "sw_bedrijf", "werkgever" } },
};

static const Entry covenant_kinds[] = {
  { OVS_COVENANT_KIND_WSW_COVENANT, NC_("covenant kind", "Wsw covenant"), { "convenant" } },
  { OVS_COVENANT_KIND_EMPLOYER_AGREEMENT, NC_("covenant kind", "employer agreement"),
    { "werkgeversafspraak", "werkgeversdienstverlening" } },
};

static const Entry programme_tracks[] = {
  { OVS_PROGRAMME_TRACK_WSW, NC_("programme track", "running the Wsw"), { "uitvoering_wsw" } },
  { OVS_PROGRAMME_TRACK_SHELTERED_WORK, NC_("programme track", "sheltered work"),
    { "beschut", "beschut_werk", "nieuw_beschut" } },
  { OVS_PROGRAMME_TRACK_EMPLOYER_SERVICES, NC_("programme track", "employer services"),
    { "werkgeversdienstverlening" } },
  { OVS_PROGRAMME_TRACK_POLICY_PLAN, NC_("programme track", "Participatiewet policy plan"),
    { "beleidsplan", "beleidsplan_participatiewet" } },
};

static const Entry scenario_destinations[] = {
  { OVS_SCENARIO_DESTINATION_FOUNDATION, NC_("scenario destination", "transfer to the foundation"),
    { "stichting", "overgang" } },
  { OVS_SCENARIO_DESTINATION_COVENANT, NC_("scenario destination", "stay under a covenant"),
    { "convenant", "blijft" } },
  { OVS_SCENARIO_DESTINATION_INDIVIDUAL_SECONDMENT, NC_("scenario destination", "individual secondment"),
    { "individuele_detachering", "detachering" } },
  { OVS_SCENARIO_DESTINATION_SUPPORTED_EMPLOYMENT, NC_("scenario destination", "supported employment"),
    { "begeleid_werken" } },
};

static const Entry reindication_decisions[] = {
  { OVS_REINDICATION_DECISION_GRANTED, NC_("reindication decision", "granted"), { "toegekend" } },
  { OVS_REINDICATION_DECISION_REFUSED, NC_("reindication decision", "refused"), { "afgewezen" } },
};

#define LIST(type_func, ctx, table) { type_func, ctx, table, G_N_ELEMENTS (table) }

static const List lists[] = {
  LIST (ovs_organisation_kind_get_type, "organisation kind", organisation_kinds),
  LIST (ovs_employment_type_get_type, "employment type", employment_types),
  LIST (ovs_employee_status_get_type, "employee status", employee_statuses),
  LIST (ovs_indication_category_get_type, "indication category", indication_categories),
  LIST (ovs_qualification_kind_get_type, "qualification kind", qualification_kinds),
  LIST (ovs_placement_kind_get_type, "placement kind", placement_kinds),
  LIST (ovs_crew_role_get_type, "crew role", crew_roles),
  LIST (ovs_transfer_destination_get_type, "transfer destination", transfer_destinations),
  LIST (ovs_transfer_status_get_type, "transfer status", transfer_statuses),
  LIST (ovs_covenant_status_get_type, "covenant status", covenant_statuses),
  LIST (ovs_price_unit_get_type, "price unit", price_units),
  LIST (ovs_agreement_status_get_type, "agreement status", agreement_statuses),
  LIST (ovs_milestone_status_get_type, "milestone status", milestone_statuses),
  LIST (ovs_parameter_name_get_type, "parameter", parameter_names),
  LIST (ovs_role_get_type, "user role", roles),
  LIST (ovs_absence_kind_get_type, "absence kind", absence_kinds),
  LIST (ovs_shift_origin_get_type, "shift origin", shift_origins),
  LIST (ovs_conflict_code_get_type, "conflict", conflict_codes),
  LIST (ovs_holiday_get_type, "holiday", holidays),
  LIST (ovs_grant_holder_get_type, "grant holder", grant_holders),
  LIST (ovs_covenant_kind_get_type, "covenant kind", covenant_kinds),
  LIST (ovs_programme_track_get_type, "programme track", programme_tracks),
  LIST (ovs_reindication_decision_get_type, "reindication decision", reindication_decisions),
  LIST (ovs_scenario_destination_get_type, "scenario destination", scenario_destinations),
};

/* What each list needs at run time, made once: its enum class (kept, so nicks stay valid and no call
 * refs and unrefs it), its stored codes, and its typed words folded, for parsing in one look-up. */
typedef struct
{
  const List  *list;
  GEnumClass  *klass;
  const char **codes;   /* NULL-terminated, shown-only values left out */
  GHashTable  *words;   /* folded word -> value + 1; made on the first parse, after main() set the locale */
} ListState;

static GHashTable *
states (void)
{
  static gsize made;
  static GHashTable *by_type;

  if (g_once_init_enter (&made))
    {
      by_type = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
        {
          ListState *state = g_new0 (ListState, 1);
          GPtrArray *codes = g_ptr_array_new ();

          state->list = &lists[i];
          state->klass = g_type_class_ref (lists[i].get_type ());
          for (guint k = 0; k < lists[i].n_entries; k++)
            if (!(lists[i].entries[k].flags & SHOWN_ONLY))
              g_ptr_array_add (codes, (gpointer) g_enum_get_value (state->klass, lists[i].entries[k].value)->value_nick);
          g_ptr_array_add (codes, NULL);
          state->codes = (const char **) g_ptr_array_free (codes, FALSE);
          g_hash_table_insert (by_type, GSIZE_TO_POINTER (lists[i].get_type ()), state);
        }
      g_once_init_leave (&made, 1);
    }
  return by_type;
}

static ListState *
find_state (GType type)
{
  ListState *state = g_hash_table_lookup (states (), GSIZE_TO_POINTER (type));

  if (state == NULL)
    g_critical ("%s is not a code list of ovs-codes.h", g_type_name (type));
  return state;
}

static const List *
find_list (GType type)
{
  ListState *state = find_state (type);

  return state != NULL ? state->list : NULL;
}

static const Entry *
find_entry (const List *list, int value)
{
  for (guint i = 0; list != NULL && i < list->n_entries; i++)
    if (list->entries[i].value == value)
      return &list->entries[i];
  return NULL;
}

const char *
ovs_vocab_code (GType type, int value)
{
  ListState *state = find_state (type);
  GEnumValue *v = state != NULL ? g_enum_get_value (state->klass, value) : NULL;

  return v != NULL ? v->value_nick : NULL;
}

const char * const *
ovs_vocab_codes (GType type)
{
  ListState *state = find_state (type);

  return state != NULL ? state->codes : NULL;
}

char *
ovs_vocab_codes_joined (GType type, const char *separator)
{
  return g_strjoinv (separator != NULL ? separator : ", ", (GStrv) ovs_vocab_codes (type));
}

gboolean
ovs_vocab_lookup (GType type, const char *code, int *value)
{
  ListState *state = find_state (type);
  GEnumValue *v = state != NULL && code != NULL ? g_enum_get_value_by_nick (state->klass, code) : NULL;

  if (v == NULL)
    return FALSE;
  if (value != NULL)
    *value = v->value;
  return TRUE;
}

gboolean
ovs_vocab_is (GType type, const char *code, int value)
{
  int found;

  return ovs_vocab_lookup (type, code, &found) && found == value;
}

/* Lower case, trimmed, with spaces and dashes as underscores: "Gesprek gevoerd" → gesprek_gevoerd. */
static char *
fold (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  char *folded = g_utf8_strdown (trimmed, -1);

  return g_strdelimit (folded, " -", '_');
}

/* Whether fold() would give @text back unchanged: ASCII without upper case, spaces or dashes. */
static gboolean
is_folded (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80 || g_ascii_isupper (*p) || g_ascii_isspace (*p) || *p == '-')
      return FALSE;
  return TRUE;
}

static void
add_word (GHashTable *words, const char *text, int value)
{
  char *word = fold (text);

  /* The first value to claim a word keeps it, as the entries' order decides between look-alikes. */
  if (!g_hash_table_contains (words, word))
    g_hash_table_insert (words, word, GINT_TO_POINTER (value + 1));
  else
    g_free (word);
}

/* Every word a value may be typed as: its code, its label untranslated and translated, its Dutch
 * words. Made under a lock once per list; the import parses a hundred thousand rows with it. */
static GHashTable *
words_of (ListState *state)
{
  static GMutex lock;
  GHashTable *words;

  g_mutex_lock (&lock);
  if ((words = state->words) == NULL)
    {
      const List *list = state->list;

      words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < list->n_entries; i++)
        {
          const Entry *e = &list->entries[i];

          if (e->flags & SHOWN_ONLY)
            continue;
          add_word (words, g_enum_get_value (state->klass, e->value)->value_nick, e->value);
          add_word (words, e->label, e->value);
          add_word (words, g_dpgettext2 (GETTEXT_PACKAGE, list->context, e->label), e->value);
          for (guint k = 0; k < G_N_ELEMENTS (e->words) && e->words[k] != NULL; k++)
            add_word (words, e->words[k], e->value);
        }
      state->words = words;
    }
  g_mutex_unlock (&lock);
  return words;
}

gboolean
ovs_vocab_parse (GType type, const char *text, int *value)
{
  ListState *state = find_state (type);
  g_autofree char *word = NULL;
  gpointer found;

  if (text == NULL || state == NULL)
    return FALSE;
  /* Codes as the importer and the editors pass them are folded already: look them up as they are
   * (an import parses two per row), and fold only text that needs it. */
  if (!is_folded (text))
    text = word = fold (text);
  if ((found = g_hash_table_lookup (words_of (state), text)) == NULL)
    return FALSE;
  if (value != NULL)
    *value = GPOINTER_TO_INT (found) - 1;
  return TRUE;
}

const char *
ovs_vocab_parse_code (GType type, const char *text)
{
  int value;

  return ovs_vocab_parse (type, text, &value) ? ovs_vocab_code (type, value) : NULL;
}

char *
ovs_vocab_codes_described (GType type, const char *separator)
{
  const List *list = find_list (type);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; list != NULL && i < list->n_entries; i++)
    {
      const Entry *e = &list->entries[i];
      const char *code = ovs_vocab_code (type, e->value);
      const char *label = g_dpgettext2 (GETTEXT_PACKAGE, list->context, e->label);

      if (e->flags & SHOWN_ONLY)
        continue;
      g_string_append_printf (text, "%s%s", text->len > 0 ? separator : "", code);
      if (label != e->label && strcmp (label, e->label) != 0 && strcmp (label, code) != 0)
        g_string_append_printf (text, " (%s)", label);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
not_one_of (GType type, const char *field, const char *text, GError **error)
{
  g_autofree char *allowed = ovs_vocab_codes_described (type, ", ");

  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
               _("%s: “%s” is not one of %s"), field, text != NULL ? text : "", allowed);
  return FALSE;
}

gboolean
ovs_vocab_check (GType type, const char *field, const char *text, const char **code, GError **error)
{
  const char *found = ovs_vocab_parse_code (type, text);

  if (found == NULL)
    return not_one_of (type, field, text, error);
  *code = found;
  return TRUE;
}

gboolean
ovs_vocab_require (GType type, const char *field, const char *code, GError **error)
{
  const Entry *e;
  int value;

  /* Shown-only values have a code but are never stored. */
  if (ovs_vocab_lookup (type, code, &value) && (e = find_entry (find_list (type), value)) != NULL &&
      !(e->flags & SHOWN_ONLY))
    return TRUE;
  return not_one_of (type, field, code, error);
}

const char *
ovs_vocab_label (GType type, int value)
{
  const List *list = find_list (type);
  const Entry *e = find_entry (list, value);

  return e != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, list->context, e->label) : "";
}

const char *
ovs_vocab_label_for_code (GType type, const char *code)
{
  int value;

  if (code == NULL)
    return "";
  return ovs_vocab_lookup (type, code, &value) ? ovs_vocab_label (type, value) : code;
}

char *
ovs_vocab_title_for_code (GType type, const char *code)
{
  const char *label = ovs_vocab_label_for_code (type, code);
  gunichar first = g_utf8_get_char (label);
  char buf[8] = { 0 };

  if (*label == '\0')
    return g_strdup ("");
  g_unichar_to_utf8 (g_unichar_totitle (first), buf);
  return g_strconcat (buf, g_utf8_next_char (label), NULL);
}

GStrv
ovs_vocab_labels (GType type)
{
  const char * const *codes = ovs_vocab_codes (type);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; codes[i] != NULL; i++)
    g_strv_builder_add (builder, ovs_vocab_label_for_code (type, codes[i]));
  return g_strv_builder_end (builder);
}

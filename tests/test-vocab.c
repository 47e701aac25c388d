/* test-vocab.c — the code lists of ovs-codes.h against the schema's CHECK lists, and the questions the
 * rules ask of them. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <overstap/overstap.h>

/* Each CHECK (column IN (…)) of the migrations, by table and column, and the list it must equal. */
static const struct { const char *table, *column; GType (*type) (void); } checked[] = {
  { "organisation", "kind", ovs_organisation_kind_get_type },
  { "employee", "employment_type", ovs_employment_type_get_type },
  { "employee", "status", ovs_employee_status_get_type },
  { "indication", "category", ovs_indication_category_get_type },
  { "qualification", "kind", ovs_qualification_kind_get_type },
  { "placement", "kind", ovs_placement_kind_get_type },
  { "crew_membership", "role", ovs_crew_role_get_type },
  { "transfer_case", "destination", ovs_transfer_destination_get_type },
  { "transfer_case", "status", ovs_transfer_status_get_type },
  { "covenant", "status", ovs_covenant_status_get_type },
  { "covenant", "price_unit", ovs_price_unit_get_type },
  { "covenant_agreement", "status", ovs_agreement_status_get_type },
  { "milestone", "status", ovs_milestone_status_get_type },
  { "parameter", "name", ovs_parameter_name_get_type },
  { "app_user", "role", ovs_role_get_type },
  { "shift_pattern", "requires", ovs_qualification_kind_get_type },
  { "absence", "kind", ovs_absence_kind_get_type },
  { "shift", "origin", ovs_shift_origin_get_type },
  { "cao_holiday", "holiday", ovs_holiday_get_type },
  { "reindication_request", "decision", ovs_reindication_decision_get_type },
  { "covenant", "kind", ovs_covenant_kind_get_type },
  { "covenant", "grant_holder", ovs_grant_holder_get_type },
  { "milestone", "track", ovs_programme_track_get_type },
  { "scenario_assignment", "destination", ovs_scenario_destination_get_type },
};

static GType
type_for (const char *table, const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (checked); i++)
    if (g_str_equal (checked[i].table, table) && g_str_equal (checked[i].column, column))
      return checked[i].type ();
  return G_TYPE_INVALID;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
sorted_codes (const char * const *codes)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; codes[i] != NULL; i++)
    g_ptr_array_add (list, (gpointer) codes[i]);
  g_ptr_array_sort (list, compare_strings);
  g_ptr_array_add (list, NULL);
  return g_strjoinv (",", (GStrv) list->pdata);
}

/* The quoted words of an IN list: "'a', 'b',\n 'c'" → a, b, c. */
static char **
in_list_codes (const char *text)
{
  g_autoptr(GRegex) quoted = g_regex_new ("'([^']*)'", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();

  g_regex_match (quoted, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *code = g_match_info_fetch (match, 1);

      g_strv_builder_add (codes, code);
    }
  return g_strv_builder_end (codes);
}

/* Records every CHECK (x IN (…)) of one migration in @lists ("table.column" -> "migration\ncodes"); the
 * table is the last one named before it. A later migration that widens a list (by rebuilding the table)
 * replaces what an earlier one recorded, so the lists compared are those of the current schema. */
static void
collect_checks (const char *name, const char *sql, GHashTable *lists)
{
  g_autoptr(GRegex) re = g_regex_new ("(?:CREATE TABLE|ALTER TABLE)\\s+(\\w+)|CHECK\\s*\\(\\s*(\\w+)\\s+IN\\s*\\(([^)]*)\\)",
                                      G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) rebuilt = g_regex_new ("_\\d{4}$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *table = NULL;

  g_regex_match (re, sql, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *named = g_match_info_fetch (match, 1);
      g_autofree char *column = NULL, *list = NULL, *found = NULL;
      g_auto(GStrv) codes = NULL;

      if (named != NULL && *named != '\0')
        {
          g_free (table);
          /* A table rebuilt under a temporary name (absence_0008) is the table it becomes. */
          table = g_regex_replace_literal (rebuilt, named, -1, 0, "", 0, NULL);
          continue;
        }
      column = g_match_info_fetch (match, 2);
      list = g_match_info_fetch (match, 3);
      codes = in_list_codes (list);
      found = sorted_codes ((const char * const *) codes);
      g_hash_table_insert (lists, g_strdup_printf ("%s.%s", table, column), g_strdup_printf ("%s\n%s", name, found));
    }
}

static void
test_checks_equal_enums (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children ("/org/overstap/core/sql", 0, NULL);
  g_autoptr(GHashTable) lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;

  g_assert_nonnull (names);
  /* In version order, so that the latest definition of each list is the one kept. */
  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat ("/org/overstap/core/sql/", names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      collect_checks (names[i], sql, lists);
    }
  g_hash_table_iter_init (&iter, lists);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (value, "\n", 2);
      g_auto(GStrv) where = g_strsplit (key, ".", 2);
      GType type = type_for (where[0], where[1]);
      g_autofree char *expected = NULL;

      if (type == G_TYPE_INVALID)
        g_error ("%s: CHECK list of %s has no code list in ovs-codes.h (add it to this test)", parts[0], (char *) key);
      expected = sorted_codes (ovs_vocab_codes (type));
      if (g_strcmp0 (parts[1], expected) != 0)
        g_error ("%s: %s allows %s but %s has %s", parts[0], (char *) key, parts[1], g_type_name (type), expected);
      n++;
    }
  /* Every list of the table above is met. */
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (checked));
}

/* Every stored code parses to itself, every label to its value, and no word means two values. */
static void
check_list (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  const char * const *codes = ovs_vocab_codes (type);
  g_auto(GStrv) labels = ovs_vocab_labels (type);

  g_assert_cmpuint (g_strv_length ((GStrv) codes), >, 0);
  g_assert_cmpuint (g_strv_length ((GStrv) codes), ==, g_strv_length (labels));
  for (guint i = 0; codes[i] != NULL; i++)
    {
      int value = -1, parsed = -1;
      g_autofree char *upper = g_ascii_strup (codes[i], -1);

      g_assert_true (ovs_vocab_lookup (type, codes[i], &value));
      g_assert_cmpstr (ovs_vocab_code (type, value), ==, codes[i]);
      g_assert_true (ovs_vocab_parse (type, upper, &parsed));
      g_assert_cmpint (parsed, ==, value);
      g_assert_true (ovs_vocab_parse (type, labels[i], &parsed));
      g_assert_cmpint (parsed, ==, value);
      g_assert_cmpstr (labels[i], !=, "");
      g_assert_cmpstr (ovs_vocab_label_for_code (type, codes[i]), ==, labels[i]);
    }
  g_assert_false (ovs_vocab_parse (type, "no such code", NULL));
  g_assert_false (ovs_vocab_parse (type, NULL, NULL));
  g_assert_cmpstr (ovs_vocab_label_for_code (type, "no_such_code"), ==, "no_such_code");
  g_assert_cmpstr (ovs_vocab_label_for_code (type, NULL), ==, "");
}

static void
test_every_list (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (checked); i++)
    check_list (checked[i].type ());
  check_list (OVS_TYPE_CONFLICT_CODE);
}

static void
test_dutch_words (void)
{
  int value;

  g_assert_cmpstr (ovs_vocab_parse_code (OVS_TYPE_TRANSFER_STATUS, " Gesprek gevoerd "), ==, "interviewed");
  g_assert_cmpstr (ovs_vocab_parse_code (OVS_TYPE_TRANSFER_STATUS, "aanbod-gedaan"), ==, "offered");
  g_assert_cmpstr (ovs_vocab_parse_code (OVS_TYPE_PLACEMENT_KIND, "Beschut werk"), ==, "sheltered_work");
  g_assert_cmpstr (ovs_vocab_parse_code (OVS_TYPE_PLACEMENT_KIND, "groepsdetachering"), ==, "group_secondment");
  g_assert_cmpstr (ovs_vocab_parse_code (OVS_TYPE_EMPLOYMENT_TYPE, "nieuw beschut"), ==, "new_sheltered");
  g_assert_cmpstr (ovs_vocab_parse_code (OVS_TYPE_PRICE_UNIT, "uur"), ==, "hour");
  g_assert_cmpstr (ovs_vocab_parse_code (OVS_TYPE_MILESTONE_STATUS, "gereed"), ==, "done");
  /* Shown-only values are never parsed from input. */
  g_assert_false (ovs_vocab_parse (OVS_TYPE_EMPLOYEE_STATUS, "absent", &value));
  g_assert_false (ovs_vocab_parse (OVS_TYPE_ROLE, "none", &value));
  /* "Afwezig" is stored since schema 8: what a teamleider records (privacy per role). */
  g_assert_cmpstr (ovs_vocab_parse_code (OVS_TYPE_ABSENCE_KIND, "Afwezig"), ==, "absent");
}

static void
test_check_error (void)
{
  g_autoptr(GError) error = NULL;
  const char *code = NULL;

  g_assert_true (ovs_vocab_check (OVS_TYPE_CREW_ROLE, "role", "invaller", &code, NULL));
  g_assert_cmpstr (code, ==, "stand_in");
  g_assert_false (ovs_vocab_check (OVS_TYPE_CREW_ROLE, "role", "captain", &code, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_assert_cmpstr (error->message, ==, "role: “captain” is not one of member, team_leader, stand_in");
}

static void
test_transfer_ladder (void)
{
  g_autofree const char **next = ovs_transfer_status_next_allowed ("offered");

  g_assert_cmpint (ovs_transfer_status_rank ("candidate"), <, ovs_transfer_status_rank ("transferred"));
  g_assert_cmpint (ovs_transfer_status_rank ("nonsense"), ==, G_MAXINT);
  g_assert_cmpstr (ovs_transfer_status_next ("candidate"), ==, "interviewed");
  g_assert_null (ovs_transfer_status_next ("transferred"));
  g_assert_null (ovs_transfer_status_next ("stays"));
  g_assert_true (ovs_transfer_status_allows ("offered", "signed"));
  g_assert_false (ovs_transfer_status_allows ("candidate", "signed"));
  g_assert_false (ovs_transfer_status_allows ("signed", "offered"));
  g_assert_true (ovs_transfer_status_allows ("candidate", "declined"));
  g_assert_false (ovs_transfer_status_allows ("declined", "candidate"));
  g_assert_cmpuint (g_strv_length ((GStrv) next), ==, 3);
  g_assert_cmpstr (next[0], ==, "signed");
  g_assert_cmpstr (next[1], ==, "stays");
  g_assert_cmpstr (next[2], ==, "declined");
  g_assert_true (ovs_transfer_status_is_closed ("stays"));
  g_assert_false (ovs_transfer_status_is_closed ("signed"));
}

static void
test_health (void)
{
  g_assert_true (ovs_absence_kind_is_health ("sickness"));
  g_assert_true (ovs_absence_kind_is_health ("medical"));
  g_assert_false (ovs_absence_kind_is_health ("leave"));
  g_assert_cmpstr (ovs_absence_kind_shown ("medical", FALSE), ==, "absent");
  g_assert_cmpstr (ovs_absence_kind_shown ("medical", TRUE), ==, "medical");
  g_assert_cmpstr (ovs_absence_kind_shown ("training", FALSE), ==, "training");
  g_assert_cmpstr (ovs_employee_status_shown ("sick", FALSE), ==, "absent");
  g_assert_cmpstr (ovs_employee_status_shown ("on_leave", FALSE), ==, "absent");
  g_assert_cmpstr (ovs_employee_status_shown ("sick", TRUE), ==, "sick");
  g_assert_cmpstr (ovs_employee_status_shown ("ended", FALSE), ==, "ended");
}

static void
test_qualifications (void)
{
  g_assert_true (ovs_qualification_covers ("licence_be", "licence_b"));
  g_assert_true (ovs_qualification_covers ("licence_c", "licence_b"));
  g_assert_true (ovs_qualification_covers ("machine", "machine"));
  g_assert_false (ovs_qualification_covers ("licence_b", "licence_be"));
  g_assert_false (ovs_qualification_covers (NULL, NULL));
}

static void
test_titles (void)
{
  g_autofree char *title = ovs_vocab_title_for_code (OVS_TYPE_TRANSFER_STATUS, "offered");
  g_autofree char *empty = ovs_vocab_title_for_code (OVS_TYPE_TRANSFER_STATUS, NULL);

  g_assert_cmpstr (title, ==, "Offered");
  g_assert_cmpstr (empty, ==, "");
}

/* The words the parsers of core took before the vocabulary, which it must go on taking. */
static void
test_words_of_the_old_parsers (void)
{
  static const struct { GType (*type) (void); const char *text, *code; } words[] = {
    { ovs_crew_role_get_type, "ploeglid", "member" }, { ovs_crew_role_get_type, "Teamleider", "team_leader" },
    { ovs_crew_role_get_type, "werkleider", "team_leader" }, { ovs_crew_role_get_type, "vervanger", "stand_in" },
    { ovs_employment_type_get_type, "WSW", "wsw" }, { ovs_employment_type_get_type, "Nieuw-Beschut", "new_sheltered" },
    { ovs_employment_type_get_type, "new sheltered", "new_sheltered" },
    { ovs_indication_category_get_type, " Ernstig ", "ernstig" },
    { ovs_organisation_kind_get_type, "SW-bedrijf", "sheltered_company" },
    { ovs_placement_kind_get_type, "individuele detachering", "individual_secondment" },
    { ovs_transfer_destination_get_type, "Stichting", "foundation" },
    { ovs_agreement_status_get_type, "gereed", "done" }, { ovs_agreement_status_get_type, "lopend", "in_progress" },
    { ovs_milestone_status_get_type, "gepland", "planned" }, { ovs_role_get_type, "HR", "hr" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    g_assert_cmpstr (ovs_vocab_parse_code (words[i].type (), words[i].text), ==, words[i].code);
  /* Lists that share a word keep it apart: open is an agreement status, not a milestone status. */
  g_assert_null (ovs_vocab_parse_code (OVS_TYPE_MILESTONE_STATUS, "open"));
  g_assert_null (ovs_vocab_parse_code (OVS_TYPE_AGREEMENT_STATUS, "gepland"));
  g_assert_null (ovs_vocab_parse_code (OVS_TYPE_INDICATION_CATEGORY, "licht"));
}

static void
test_is_and_require (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, "ended", OVS_EMPLOYEE_STATUS_ENDED));
  g_assert_false (ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, "active", OVS_EMPLOYEE_STATUS_ENDED));
  g_assert_false (ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, NULL, OVS_EMPLOYEE_STATUS_ACTIVE));
  g_assert_false (ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, "uit dienst", OVS_EMPLOYEE_STATUS_ENDED));

  /* require takes stored codes only: no Dutch words, no shown-only values. */
  g_assert_true (ovs_vocab_require (OVS_TYPE_ABSENCE_KIND, "kind", "holiday", NULL));
  g_assert_false (ovs_vocab_require (OVS_TYPE_ABSENCE_KIND, "kind", "feestdag", NULL));
  g_assert_false (ovs_vocab_require (OVS_TYPE_EMPLOYEE_STATUS, "status", "absent", NULL));
  /* "absent" is a stored absence kind since schema 8 (what a teamleider records). */
  g_assert_true (ovs_vocab_require (OVS_TYPE_ABSENCE_KIND, "kind", "absent", NULL));
  g_assert_false (ovs_vocab_require (OVS_TYPE_ABSENCE_KIND, "kind", NULL, &error));
  g_assert_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE);
  g_assert_cmpstr (error->message, ==, "kind: “” is not one of leave, sickness, medical, training, holiday, absent");
  g_clear_error (&error);
  g_assert_false (ovs_vocab_require (OVS_TYPE_QUALIFICATION_KIND, "requires", "licence_x", &error));
  g_assert_cmpstr (error->message, ==,
                   "requires: “licence_x” is not one of licence_b, licence_be, licence_c, machine");
}

/* The array sizes of ovs-codes.h follow their lists. */
static void
test_sizes (void)
{
  g_assert_cmpuint (g_strv_length ((GStrv) ovs_vocab_codes (OVS_TYPE_TRANSFER_STATUS)), ==, OVS_TRANSFER_N_STATUSES);
  g_assert_cmpuint (g_strv_length ((GStrv) ovs_vocab_codes (OVS_TYPE_PLACEMENT_KIND)), ==, OVS_PLACEMENT_N_KINDS);
}

/* Under a translation an error names each code with its label, so that the words people may type
 * show too; the English message stays a plain list (test_check_error). */
static void
test_check_error_dutch (void)
{
  g_autoptr(GError) error = NULL;
  const char *code = NULL;

  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("no nl_NL.UTF-8 locale");
      return;
    }
  g_setenv ("LANGUAGE", "nl", TRUE);
  g_assert_false (ovs_vocab_check (OVS_TYPE_TRANSFER_STATUS, "status", "x", &code, &error));
  g_assert_nonnull (strstr (error->message, "candidate (kandidaat), interviewed (gesprek gevoerd)"));
  g_assert_cmpstr (ovs_vocab_label_for_code (OVS_TYPE_ABSENCE_KIND, "absent"), ==, "afwezig");
  g_assert_cmpstr (ovs_vocab_parse_code (OVS_TYPE_PLACEMENT_KIND, "Beschut werk"), ==, "sheltered_work");
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  ovs_init ();

  g_test_add_func ("/vocab/checks-equal-enums", test_checks_equal_enums);
  g_test_add_func ("/vocab/every-list", test_every_list);
  g_test_add_func ("/vocab/dutch-words", test_dutch_words);
  g_test_add_func ("/vocab/check-error", test_check_error);
  g_test_add_func ("/vocab/transfer-ladder", test_transfer_ladder);
  g_test_add_func ("/vocab/health", test_health);
  g_test_add_func ("/vocab/qualifications", test_qualifications);
  g_test_add_func ("/vocab/titles", test_titles);
  g_test_add_func ("/vocab/words-of-the-old-parsers", test_words_of_the_old_parsers);
  g_test_add_func ("/vocab/is-and-require", test_is_and_require);
  g_test_add_func ("/vocab/sizes", test_sizes);
  g_test_add_func ("/vocab/check-error-dutch", test_check_error_dutch);
  return g_test_run ();
}

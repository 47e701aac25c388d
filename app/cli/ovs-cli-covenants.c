/* ovs-cli-covenants.c — covenant, agreement, agreements due, covered, list covenants. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static char *opt_party, *opt_start, *opt_end, *opt_price, *opt_unit, *opt_budget, *opt_target_se;
static char *opt_indexation, *opt_legal_basis, *opt_grant, *opt_notes, *opt_status, *opt_name;
static char *opt_title, *opt_due, *opt_owner, *opt_evidence, *opt_date, *opt_hours, *opt_se;
static char *opt_kind, *opt_grant_holder, *opt_places, *opt_placed, *opt_social_return, *opt_subject;
static int opt_within_days = 30;
static gboolean opt_json;

static GOptionEntry covenant_entries[] = {
  { "party", 0, 0, G_OPTION_ARG_STRING, &opt_party, N_("Wezo or Larcom"), N_("NAME") },
  { "start", 0, 0, G_OPTION_ARG_STRING, &opt_start, N_("start date (dd-mm-jjjj)"), N_("DATE") },
  { "end", 0, 0, G_OPTION_ARG_STRING, &opt_end, N_("end date; \"\" removes it"), N_("DATE") },
  { "price", 0, 0, G_OPTION_ARG_STRING, &opt_price, N_("price in euros"), N_("EUR") },
  { "unit", 0, 0, G_OPTION_ARG_STRING, &opt_unit, NULL /* covenant_options() */, N_("UNIT") },
  { "budget", 0, 0, G_OPTION_ARG_STRING, &opt_budget, N_("budget in euros"), N_("EUR") },
  { "target-se", 0, 0, G_OPTION_ARG_STRING, &opt_target_se, N_("target in standard units"), N_("SE") },
  { "indexation", 0, 0, G_OPTION_ARG_STRING, &opt_indexation, N_("yearly indexation in percent"), N_("PCT") },
  { "legal-basis", 0, 0, G_OPTION_ARG_STRING, &opt_legal_basis,
    N_("inkooprelatie, dienstverleningsovereenkomst, alleenrecht, …"), N_("TEXT") },
  { "grant-kept-by", 0, 0, G_OPTION_ARG_STRING, &opt_grant, N_("who keeps the state grant"), N_("TEXT") },
  { "notes", 0, 0, G_OPTION_ARG_STRING, &opt_notes, N_("notes"), N_("TEXT") },
  { "status", 0, 0, G_OPTION_ARG_STRING, &opt_status, NULL /* covenant_options() */, N_("STATUS") },
  { "name", 0, 0, G_OPTION_ARG_STRING, &opt_name, N_("a new name"), N_("NAME") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("the date (dd-mm-jjjj)"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind, NULL /* covenant_options() */, N_("KIND") },
  { "grant-holder", 0, 0, G_OPTION_ARG_STRING, &opt_grant_holder, NULL /* covenant_options() */, N_("WHO") },
  { "places-offered", 0, 0, G_OPTION_ARG_STRING, &opt_places, N_("places the employer offers"), N_("N") },
  { "people-placed", 0, 0, G_OPTION_ARG_STRING, &opt_placed, N_("people placed with the employer"), N_("N") },
  { "social-return", 0, 0, G_OPTION_ARG_STRING, &opt_social_return, N_("social return committed, in euros"),
    N_("EUR") },
  { "subject", 0, 0, G_OPTION_ARG_STRING, &opt_subject, N_("what a contact moment was about"), N_("TEXT") },
  { "owner", 0, 0, G_OPTION_ARG_STRING, &opt_owner, N_("who had the contact"), N_("NAME") },
  { NULL }
};

/* The options, with the codes that --unit and --status take from the vocabulary. */
static const GOptionEntry *
covenant_options (void)
{
  ovs_cli_describe_option (covenant_entries, "unit", _("what the price is per: %s"),
                           ovs_cli_codes (OVS_TYPE_PRICE_UNIT, NULL));
  ovs_cli_describe_option (covenant_entries, "status", _("one of %s"), ovs_cli_codes (OVS_TYPE_COVENANT_STATUS, NULL));
  ovs_cli_describe_option (covenant_entries, "kind", _("one of %s"), ovs_cli_codes (OVS_TYPE_COVENANT_KIND, NULL));
  ovs_cli_describe_option (covenant_entries, "grant-holder", _("who keeps the state grant: %s"),
                           ovs_cli_codes (OVS_TYPE_GRANT_HOLDER, NULL));
  return covenant_entries;
}

static const GOptionEntry agreement_entries[] = {
  { "title", 0, 0, G_OPTION_ARG_STRING, &opt_title, N_("what was agreed"), N_("TITLE") },
  { "due", 0, 0, G_OPTION_ARG_STRING, &opt_due, N_("due date (dd-mm-jjjj)"), N_("DATE") },
  { "owner", 0, 0, G_OPTION_ARG_STRING, &opt_owner, N_("who sees to it"), N_("NAME") },
  { "evidence", 0, 0, G_OPTION_ARG_STRING, &opt_evidence, N_("evidence that it was done"), N_("TEXT") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("the date it was done (dd-mm-jjjj)"), N_("DATE") },
  { "within-days", 0, 0, G_OPTION_ARG_INT, &opt_within_days, N_("due within N days (default 30)"), N_("N") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static const GOptionEntry covered_entries[] = {
  { "start", 0, 0, G_OPTION_ARG_STRING, &opt_start, N_("start date (dd-mm-jjjj)"), N_("DATE") },
  { "end", 0, 0, G_OPTION_ARG_STRING, &opt_end, N_("end date (dd-mm-jjjj)"), N_("DATE") },
  { "hours", 0, 0, G_OPTION_ARG_STRING, &opt_hours, N_("covered hours a week (default: the contract)"), N_("H") },
  { "se", 0, 0, G_OPTION_ARG_STRING, &opt_se, N_("a fixed number of standard units"), N_("SE") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("the end date (dd-mm-jjjj)"), N_("DATE") },
  { NULL }
};

static gboolean
parse_decimal_opt (const char *text, const char *field, gboolean *has, double *out, GError **error)
{
  if (text == NULL)
    return TRUE;
  *has = ovs_parse_decimal (text, out, error);
  if (!*has)
    g_prefix_error (error, "%s: ", field);
  return *has;
}

static gboolean
parse_count_opt (const char *text, const char *field, gboolean *has, gint64 *out, GError **error)
{
  if (text == NULL)
    return TRUE;
  *has = ovs_parse_int (text, out, error);
  if (!*has)
    g_prefix_error (error, "%s: ", field);
  return *has;
}

static gboolean
parse_euros_opt (const char *text, const char *field, gboolean *has, gint64 *out, GError **error)
{
  if (text == NULL)
    return TRUE;
  *has = ovs_parse_euro_cents (text, out, error);
  if (!*has)
    g_prefix_error (error, "%s: ", field);
  return *has;
}

/* The options as covenant fields; the dates live in @start and @end, which the caller frees. */
static gboolean
fields_from_options (OvsCovenantFields *f, char **start, char **end, GError **error)
{
  f->party = opt_party;
  f->price_unit = opt_unit;
  f->legal_basis = opt_legal_basis;
  f->grant_kept_by = opt_grant;
  f->notes = opt_notes;
  f->status = opt_status;
  f->kind = opt_kind;
  f->grant_holder = opt_grant_holder;
  if (!parse_count_opt (opt_places, "places_offered", &f->has_places_offered, &f->places_offered, error) ||
      !parse_count_opt (opt_placed, "people_placed", &f->has_people_placed, &f->people_placed, error) ||
      !parse_euros_opt (opt_social_return, "social_return", &f->has_social_return, &f->social_return_cents, error))
    return FALSE;
  if (!ovs_cli_date (NULL, opt_start, OVS_CLI_DATE_KEEP_EMPTY, start, error) ||
      !ovs_cli_date (NULL, opt_end, OVS_CLI_DATE_KEEP_EMPTY, end, error))
    return FALSE;
  f->start_date = *start;
  f->end_date = *end;
  return parse_euros_opt (opt_price, "price", &f->has_price, &f->price_cents, error) &&
         parse_euros_opt (opt_budget, "budget", &f->has_budget, &f->budget_cents, error) &&
         parse_decimal_opt (opt_target_se, "target_se", &f->has_target_se, &f->target_se, error) &&
         parse_decimal_opt (opt_indexation, "indexation_pct", &f->has_indexation, &f->indexation_pct, error);
}

static int
covenant_add (OvsCli *cli, int argc, char **argv)
{
  g_autofree char *usage = g_strdup_printf (_("usage: covenant add NAME --party Wezo|Larcom --start DATE "
                                              "[--end DATE] --price EUR [--unit %s] [--budget EUR] "
                                              "[--target-se X] [--indexation PCT] [--legal-basis TEXT] "
                                              "[--grant-kept-by TEXT] [--notes TEXT]"),
                                            ovs_cli_codes (OVS_TYPE_PRICE_UNIT, "|"));
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL, *end = NULL;
  OvsCovenantFields f = { 0 };

  if (!ovs_cli_parse_args (&argc, &argv, covenant_options (), "NAME", 1, 1, usage))
    return OVS_EXIT_USAGE;
  if (opt_party == NULL || opt_start == NULL || opt_price == NULL)
    return ovs_cli_usage ("%s", usage);
  if (!fields_from_options (&f, &start, &end, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  f.name = argv[1];
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (ovs_covenants_add (cli->store, &f, &error) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Covenant “%s” added\n"), argv[1]);
  return OVS_EXIT_OK;
}

static int
covenant_change (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL, *end = NULL;
  OvsCovenantFields f = { 0 };

  if (!ovs_cli_parse_args (&argc, &argv, covenant_options (), "NAME", 1, 1,
                           _("usage: covenant change NAME [--name NEW] [--party …] [--start DATE] [--end DATE] [--price EUR] …")))
    return OVS_EXIT_USAGE;
  if (!fields_from_options (&f, &start, &end, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  f.name = opt_name;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_covenants_change (cli->store, argv[1], &f, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
covenant_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  if (!ovs_cli_parse_args (&argc, &argv, covenant_options (), "NAME", 1, 1,
                           _("usage: covenant end NAME --date DATE")))
    return OVS_EXIT_USAGE;
  if (opt_date == NULL || *opt_date == '\0')
    return ovs_cli_usage (_("usage: covenant end NAME --date DATE"));
  if (!ovs_cli_date (NULL, opt_date, OVS_CLI_DATE_KEEP_EMPTY, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_covenants_end (cli->store, argv[1], date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

/* Covenants, agreements and covered employees as aligned tables with Dutch labels and amounts. */
static void
add_covenant_row (OvsCliTable *table, JsonObject *c)
{
  g_autofree char *start = ovs_cli_json_text (c, "start_date", "");
  g_autofree char *end = ovs_cli_json_text (c, "end_date", "");
  g_autofree char *period = g_strdup_printf ("%s – %s", start, end);
  g_autofree char *status = ovs_cli_json_label (c, "status", OVS_TYPE_COVENANT_STATUS, "");
  g_autofree char *amount = ovs_format_euro_cents (json_object_get_int_member (c, "price_cents"));
  g_autofree char *unit = ovs_cli_json_label (c, "price_unit", OVS_TYPE_PRICE_UNIT, "");
  g_autofree char *price = g_strdup_printf ("%s / %s", amount, unit);
  g_autofree char *covered = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (c, "covered_count"));
  g_autofree char *agreements = g_strdup_printf ("%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT,
                                                 json_object_get_int_member (c, "agreements_open"),
                                                 json_object_get_int_member (c, "agreements_done"));

  ovs_cli_table_add (table, json_object_get_string_member (c, "name"), json_object_get_string_member (c, "party"),
                     period, status, price, covered, agreements);
}

static void
print_covenants (JsonArray *rows)
{
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (7);

  ovs_cli_table_add (table, _("Covenant"), _("Party"), _("Period"), _("Status"), _("Price"), _("Covered"),
                     _("Agreements open / done"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    add_covenant_row (table, json_array_get_object_element (rows, i));
  ovs_cli_table_print (table);
}

static void
print_agreements (JsonArray *rows)
{
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (5);

  ovs_cli_table_add (table, _("No."), _("Due"), _("Status"), _("Covenant"), _("Agreement"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *a = json_array_get_object_element (rows, i);
      g_autofree char *id = g_strdup_printf ("#%" G_GINT64_FORMAT, json_object_get_int_member (a, "id"));
      g_autofree char *due = ovs_cli_json_text (a, "due_date", "");
      g_autofree char *status = ovs_cli_json_label (a, "status", OVS_TYPE_AGREEMENT_STATUS, "");
      g_autofree char *title = g_strconcat (json_object_get_string_member (a, "title"),
                                            json_object_get_boolean_member (a, "overdue") ? _(" (overdue)") : "", NULL);

      ovs_cli_table_add (table, id, due, status, json_object_get_string_member (a, "covenant"), title);
    }
  ovs_cli_table_print (table);
}

static void
print_covered (JsonArray *rows)
{
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (6);

  ovs_cli_table_add (table, _("No."), _("Personnel no."), _("Employee"), _("Period"), _("Hours/week"), _("SE"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *c = json_array_get_object_element (rows, i);
      g_autofree char *id = g_strdup_printf ("#%" G_GINT64_FORMAT, json_object_get_int_member (c, "id"));
      g_autofree char *start = ovs_cli_json_text (c, "start_date", "");
      g_autofree char *end = ovs_cli_json_text (c, "end_date", "");
      g_autofree char *period = g_strdup_printf ("%s – %s", start, end);
      gint64 minutes = json_object_get_null_member (c, "minutes_per_week")
                       ? json_object_get_int_member (c, "contract_minutes")
                       : json_object_get_int_member (c, "minutes_per_week");
      g_autofree char *hours = ovs_format_minutes_as_hours ((int) minutes);
      g_autofree char *se = ovs_cli_json_decimal (c, "se", 2, "");

      ovs_cli_table_add (table, id, json_object_get_string_member (c, "personnel_number"),
                         json_object_get_string_member (c, "employee"), period, hours, se);
    }
  ovs_cli_table_print (table);
}

static int
covenant_show (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) c = NULL;
  JsonArray *list;

  if (!ovs_cli_parse_args (&argc, &argv, covenant_options (), "NAME", 1, 1,
                           _("usage: covenant show NAME [--json]")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((c = ovs_covenants_show_json (cli->store, argv[1], &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_object (c);
      return OVS_EXIT_OK;
    }
  {
    g_autoptr(JsonArray) one = json_array_new ();

    json_array_add_object_element (one, json_object_ref (c));
    print_covenants (one);
  }
  list = json_object_get_array_member (c, "agreements");
  printf ("\n%s\n", _("Agreements:"));
  print_agreements (list);
  list = json_object_get_array_member (c, "covered");
  printf ("\n%s\n", _("Covered employees:"));
  print_covered (list);
  return OVS_EXIT_OK;
}

static int
covenant_contact (OvsCli *cli, int argc, char **argv)
{
  const char *usage = _("usage: covenant contact NAME --date DATE --subject TEXT [--owner NAME]");
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  if (!ovs_cli_parse_args (&argc, &argv, covenant_options (), N_("NAME"), 1, 1, usage))
    return OVS_EXIT_USAGE;
  if (opt_date == NULL || opt_subject == NULL)
    return ovs_cli_usage ("%s", usage);
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_WITH_VALUE, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (ovs_covenants_add_contact (cli->store, argv[1], date, opt_subject, opt_owner, &error) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Contact moment with the party of “%s” recorded\n"), argv[1]);
  return OVS_EXIT_OK;
}

static const OvsCliCommand covenant_commands[] = {
  { "add", covenant_add, N_("Add a covenant with Wezo or Larcom") },
  { "change", covenant_change, N_("Change a covenant's terms") },
  { "end", covenant_end, N_("End a covenant (and the cover of its employees) on a date") },
  { "show", covenant_show, N_("Show a covenant with its agreements and covered employees") },
  { "contact", covenant_contact, N_("Record a contact moment with the party") },
  { NULL, NULL, NULL }
};

int
ovs_cli_covenant (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, covenant_commands, "covenant", argc, argv);
}

/* --- agreements --- */

static int
agreement_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, agreement_entries, "COVENANT", 1, 1,
                           _("usage: agreement add COVENANT --title TITLE --due DATE [--owner NAME]")))
    return OVS_EXIT_USAGE;
  if (opt_title == NULL || opt_due == NULL)
    return ovs_cli_usage (_("usage: agreement add COVENANT --title TITLE --due DATE [--owner NAME]"));
  if (!ovs_cli_date (NULL, opt_due, OVS_CLI_DATE_KEEP_EMPTY, &due, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((id = ovs_covenants_add_agreement (cli->store, argv[1], opt_title, due, opt_owner, &error)) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Agreement %lld added\n"), (long long) id);
  return OVS_EXIT_OK;
}

static int
agreement_status (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *usage = g_strdup_printf (_("usage: agreement status ID %s [--evidence TEXT] [--date DATE]"),
                                            ovs_cli_codes (OVS_TYPE_AGREEMENT_STATUS, "|"));
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, agreement_entries, "ID STATUS", 2, 2, usage))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_id_argument (argv[1], "ID", &id))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_date (NULL, opt_date, OVS_CLI_DATE_KEEP_EMPTY, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_covenants_set_agreement_status (cli->store, id, argv[2], opt_evidence, date, 0, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static const OvsCliCommand agreement_commands[] = {
  { "add", agreement_add, N_("Add an agreement (afspraak) to a covenant") },
  { "status", agreement_status, N_("Set an agreement's status and evidence") },
  { NULL, NULL, NULL }
};

int
ovs_cli_agreement (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, agreement_commands, "agreement", argc, argv);
}

static int
agreements_due (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  if (!ovs_cli_parse_args (&argc, &argv, agreement_entries, NULL, 0, 0,
                           _("usage: agreements due [--within-days N] [--json]")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_covenants_agreements_due_json (cli->store, opt_within_days, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    ovs_cli_print_json_array (rows);
  else
    print_agreements (rows);
  return OVS_EXIT_OK;
}

static const OvsCliCommand agreements_commands[] = {
  { "due", agreements_due, N_("Agreements due within N days, or overdue") },
  { NULL, NULL, NULL }
};

int
ovs_cli_agreements (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, agreements_commands, "agreements", argc, argv);
}

/* --- covered employees --- */

static int
covered_add (OvsCli *cli, int argc, char **argv)
{
  static const char *usage = N_("usage: covered add COVENANT NR --start DATE [--end DATE] [--hours H | --se X]");
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL, *end = NULL;
  gboolean has_hours = FALSE, has_se = FALSE;
  double hours = 0, se = 0;
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, covered_entries, "COVENANT NR", 2, 2, _(usage)))
    return OVS_EXIT_USAGE;
  if (opt_start == NULL)
    return ovs_cli_usage ("%s", _(usage));
  if (!ovs_cli_date (NULL, opt_start, OVS_CLI_DATE_KEEP_EMPTY, &start, &error) ||
      !ovs_cli_date (NULL, opt_end, OVS_CLI_DATE_KEEP_EMPTY, &end, &error) ||
      !parse_decimal_opt (opt_hours, "hours", &has_hours, &hours, &error) ||
      !parse_decimal_opt (opt_se, "se", &has_se, &se, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  id = ovs_covenants_cover (cli->store, argv[1], argv[2], start, end && *end ? end : NULL, has_hours,
                            (int) lround (hours * 60), has_se, se, &error);
  if (id == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Employee %s covered by “%s” (cover %lld)\n"), argv[2], argv[1], (long long) id);
  return OVS_EXIT_OK;
}

static int
covered_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, covered_entries, "ID", 1, 1, _("usage: covered end ID --date DATE")))
    return OVS_EXIT_USAGE;
  if (opt_date == NULL || !ovs_cli_id_argument (argv[1], "ID", &id))
    return opt_date == NULL ? ovs_cli_usage (_("usage: covered end ID --date DATE")) : OVS_EXIT_USAGE;
  if (!ovs_cli_date (NULL, opt_date, OVS_CLI_DATE_KEEP_EMPTY, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_covenants_end_cover (cli->store, id, date, 0, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static const OvsCliCommand covered_commands[] = {
  { "add", covered_add, N_("Cover an employee by a covenant from a date") },
  { "end", covered_end, N_("End an employee's cover on a date") },
  { NULL, NULL, NULL }
};

int
ovs_cli_covered (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, covered_commands, "covered", argc, argv);
}

int
ovs_cli_list_covenants (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  if (!ovs_cli_parse_args (&argc, &argv, covenant_options (), NULL, 0, 0, _("usage: list covenants [--json]")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_covenants_list_json (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    ovs_cli_print_json_array (rows);
  else
    print_covenants (rows);
  return OVS_EXIT_OK;
}

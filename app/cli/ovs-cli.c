/* ovs-cli.c — overstap-cli: global options, the command tables, and shared helpers. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static const OvsCliCommand list_commands[] = {
  /* [employees] */
  { "employees", ovs_cli_list_employees, N_("List employees") },

  /* [organisations-crews] */
  { "organisations", ovs_cli_list_organisations, N_("List organisations") },
  { "placements", ovs_cli_list_placements, N_("List placements, of everybody or one employee") },
  { "crews", ovs_cli_list_crews, N_("List crews with their team leader and member count") },

  /* [transfers-covenants] */
  { "transfers", ovs_cli_list_transfers, N_("Transfer cases with status and checklist progress") },
  { "covenants", ovs_cli_list_covenants, N_("Covenants with covered employees and agreements") },
  { "milestones", ovs_cli_list_milestones, N_("Programme milestones by due date, late ones flagged") },

  /* [reports-demo] */

  /* [import-export] */

  /* [roster] */

  /* [ical] */

  /* [monitor] */
  { NULL, NULL, NULL }
};

static int
list_cb (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, list_commands, "list", argc, argv);
}

static const OvsCliCommand commands[] = {
  { "init", ovs_cli_init, N_("Create the database with the standard organisations and you as kwartiermaker") },
  { "user", ovs_cli_user, N_("Add, list or end users and their roles") },
  { "audit", ovs_cli_audit, N_("Show the audit log") },
  { "backup", ovs_cli_backup, N_("Copy the database to a file (online backup)") },
  { "purge", ovs_cli_purge, N_("Delete health data of people who left longer ago than the retention period") },
  { "db", ovs_cli_db, N_("Copy a whole database into a new one (db copy FROM TO), or show its digests") },
  { "list", list_cb, N_("List employees, organisations, placements, crews, transfers, covenants or milestones") },
  /* [employees] */
  { "employee", ovs_cli_employee, N_("Add, change, end or show an employee") },
  { "indication", ovs_cli_indication, N_("Record or list an employee's Wsw indications") },
  { "wage-value", ovs_cli_wage_value, N_("Record or list loonwaarde measurements") },
  { "qualification", ovs_cli_qualification, N_("Record, end or list licences and certificates") },
  { "reindications", ovs_cli_reindications, N_("Re-indications to request at UWV soon or overdue") },
  { "reindication", ovs_cli_reindication, N_("Record re-indication requests at UWV and UWV's decisions") },
  { "ending", ovs_cli_ending, N_("Employments that end soon: at the AOW age or on their end date") },
  { "sheltered-advice", ovs_cli_sheltered_advice, N_("UWV's advice on sheltered work for nieuw beschut") },

  /* [organisations-crews] */
  { "organisation", ovs_cli_organisation, N_("Add or end an organisation (employer, hirer, …)") },
  { "placement", ovs_cli_placement, N_("Add, change or end an employee's placement") },
  { "crew", ovs_cli_crew, N_("Add, change or end a crew; show its members or history") },
  { "membership", ovs_cli_membership, N_("Put an employee in a crew, or end that") },

  /* [transfers-covenants] */
  { "transfer", ovs_cli_transfer, N_("Open transfer cases and move them along their status") },
  { "checklist", ovs_cli_checklist, N_("Tick, untick, add or show a transfer case's checklist") },
  { "transfers", ovs_cli_transfers, N_("What is still missing per person (transfers missing)") },
  { "covenant", ovs_cli_covenant, N_("Add, change, end or show covenants with Wezo and Larcom") },
  { "agreement", ovs_cli_agreement, N_("Add agreements to a covenant and set their status") },
  { "agreements", ovs_cli_agreements, N_("Agreements due soon or overdue (agreements due)") },
  { "covered", ovs_cli_covered, N_("Cover employees by a covenant, or end their cover") },
  { "milestone", ovs_cli_milestone, N_("Add, change or set the status of programme milestones") },

  /* [reports-demo] */
  { "demo", ovs_cli_demo, N_("Fill a new database with invented demo data") },
  { "report", ovs_cli_report, N_("Standard units (SE) and covenant reports") },
  { "parameter", ovs_cli_parameter, N_("Set or list the dated SE parameters") },

  /* [import-export] */
  { "import", ovs_cli_import, N_("Import employees from the HR system's CSV file") },
  { "export", ovs_cli_export, N_("Export employees as CSV or XLSX") },

  /* [roster] */
  { "roster", ovs_cli_roster, N_("Generate, check, auto-fill, show and change crew rosters") },
  { "pattern", ovs_cli_pattern, N_("Add, change, end or list a crew's shift patterns") },
  { "absence", ovs_cli_absence, N_("Register, end or list absences") },
  { "holiday", ovs_cli_holiday, N_("List public holidays; set which the CAO makes days off") },

  /* [ical] */

  /* [monitor] */

  /* [projection] */
  { "projection", ovs_cli_projection, N_("The Wsw population, SE and money year by year up to 2040") },
  { "monitor", ovs_cli_monitor, N_("The monitor's key figures against last year, and the council report (PDF)") },
  { "scenario", ovs_cli_scenario, N_("Scenarios: who transfers, stays or is seconded, and what it costs") },
  { NULL, NULL, NULL }
};

static void
print_commands (FILE *out, const OvsCliCommand *table, const char *group)
{
  fprintf (out, _("Usage: overstap-cli [--db PATH] [--user NAME] %s COMMAND …\n\nCommands:\n"), group);
  for (guint i = 0; table[i].name != NULL; i++)
    fprintf (out, "  %-16s %s\n", table[i].name, table[i].help ? _(table[i].help) : "");
}

int
ovs_cli_dispatch (OvsCli *cli, const OvsCliCommand *table, const char *group, int argc, char **argv)
{
  if (argc < 2)
    {
      print_commands (stderr, table, group);
      return OVS_EXIT_USAGE;
    }
  for (guint i = 0; table[i].name != NULL; i++)
    if (g_str_equal (table[i].name, argv[1]))
      {
        /* The handler sees "group name" as its argv[0]. */
        g_autofree char *name = *group ? g_strdup_printf ("%s %s", group, argv[1]) : g_strdup (argv[1]);
        char *saved = argv[1];
        int status;

        argv[1] = name;
        status = table[i].handler (cli, argc - 1, argv + 1);
        argv[1] = saved;
        return status;
      }
  fprintf (stderr, _("overstap-cli: unknown command “%s%s%s”\n"), group, *group ? " " : "", argv[1]);
  print_commands (stderr, table, group);
  return OVS_EXIT_USAGE;
}

void
ovs_cli_describe_command (OvsCliCommand *table, const char *name, const char *format, ...)
{
  g_autofree char *help = NULL;
  va_list args;
  guint i;

  for (i = 0; table[i].name != NULL && !g_str_equal (table[i].name, name); i++)
    ;
  g_assert (table[i].name != NULL);
  va_start (args, format);
  help = g_strdup_vprintf (format, args);
  va_end (args);
  /* Interned, as the static table keeps it; print_commands() translates the help, which leaves a text
   * that is no msgid as it is. */
  table[i].help = g_intern_string (help);
}

gboolean
ovs_cli_open_store (OvsCli *cli, gboolean create)
{
  g_autoptr(GError) error = NULL;

  if (!create && !ovs_store_is_server_address (cli->db_path) && !g_file_test (cli->db_path, G_FILE_TEST_EXISTS))
    {
      fprintf (stderr, _("overstap-cli: database %s does not exist; create it with “overstap-cli init”\n"),
               cli->db_path);
      return FALSE;
    }
  cli->store = ovs_store_open (cli->db_path, &error);
  if (cli->store == NULL || (!create && !ovs_store_set_user (cli->store, cli->user, &error)))
    {
      ovs_cli_fail (g_steal_pointer (&error));
      return FALSE;
    }
  return TRUE;
}

gboolean
ovs_cli_parse (int *argc, char ***argv, const GOptionEntry *entries, const char *parameter_string,
               const char *summary)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (summary != NULL)
    g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_set_prgname ((*argv)[0]);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      fprintf (stderr, "overstap-cli %s: %s\n", (*argv)[0], error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
ovs_cli_parse_args (int *argc, char ***argv, const GOptionEntry *entries, const char *parameter_string,
                    int min_args, int max_args, const char *usage)
{
  if (!ovs_cli_parse (argc, argv, entries, parameter_string, NULL))
    return FALSE;
  if (*argc >= min_args + 1 && *argc <= max_args + 1)
    return TRUE;
  ovs_cli_usage ("%s", usage);
  return FALSE;
}

int
ovs_cli_fail (GError *error)
{
  fprintf (stderr, "overstap-cli: %s\n", error ? error->message : _("unknown error"));
  g_clear_error (&error);
  return OVS_EXIT_ERROR;
}

int
ovs_cli_usage (const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "overstap-cli: %s\n", message);
  return OVS_EXIT_USAGE;
}

void
ovs_cli_print_json (JsonNode *node)
{
  g_autofree char *text = json_to_string (node, TRUE);

  printf ("%s\n", text);
}

void
ovs_cli_print_json_array (JsonArray *array)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

  json_node_set_array (node, array);
  ovs_cli_print_json (node);
}

void
ovs_cli_print_json_object (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, object);
  ovs_cli_print_json (node);
}

static void
set_str (char **slot, const char *value)
{
  g_free (*slot);
  *slot = g_strdup (value);
}

/* Global options come before the command; they are parsed by hand so that each command keeps its own
 * option parser. */
static int
parse_globals (OvsCli *cli, int argc, char **argv)
{
  int i = 1;

  while (i < argc && argv[i][0] == '-')
    {
      if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        set_str (&cli->db_path, argv[++i]);
      else if (g_str_has_prefix (argv[i], "--db="))
        set_str (&cli->db_path, argv[i] + 5);
      else if (g_str_equal (argv[i], "--user") && i + 1 < argc)
        set_str (&cli->user, argv[++i]);
      else if (g_str_has_prefix (argv[i], "--user="))
        set_str (&cli->user, argv[i] + 7);
      else if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        return -1;
      else
        return -2;
      i++;
    }
  return i;
}

int
main (int argc, char **argv)
{
  OvsCli cli = { 0 };
  int first, status;

  setlocale (LC_ALL, "");
  ovs_init ();
  textdomain (GETTEXT_PACKAGE);

  first = parse_globals (&cli, argc, argv);
  if (first == -1)
    {
      print_commands (stdout, commands, "");
      return OVS_EXIT_OK;
    }
  if (first < 0)
    return ovs_cli_usage (_("unknown option; see “overstap-cli --help”"));
  if (cli.db_path == NULL)
    cli.db_path = g_strdup (g_getenv ("OVERSTAP_DB"));
  if (cli.db_path == NULL)
    cli.db_path = ovs_store_default_path ();
  /* Without --user the store's default user: the computer's user, or on a server the connected role. */

  /* Each command sees its own name as argv[0]. */
  status = ovs_cli_dispatch (&cli, commands, "", argc - first + 1, argv + first - 1);

  g_clear_object (&cli.store);
  g_free (cli.db_path);
  g_free (cli.user);
  return status;
}

/* ovs-cli-scenario.c — scenario add, assign, list, show, compare, adopt. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"
#include "ovs-cli-table.h"

static char *opt_description, *opt_employee, *opt_employer, *opt_crew, *opt_placement, *opt_covenant;
static char *opt_planned;
static int opt_age_from = -1, opt_age_to = -1, opt_from, opt_to;
static gboolean opt_json;

static const GOptionEntry scenario_entries[] = {
  { "description", 0, 0, G_OPTION_ARG_STRING, &opt_description, N_("what the scenario tries"), N_("TEXT") },
  { "employee", 0, 0, G_OPTION_ARG_STRING, &opt_employee, N_("one employee, by personnel number"), N_("NR") },
  { "employer", 0, 0, G_OPTION_ARG_STRING, &opt_employer, N_("everybody of this legal employer"), N_("NAME") },
  { "crew", 0, 0, G_OPTION_ARG_STRING, &opt_crew, N_("everybody in this crew today"), N_("NAME") },
  { "placement", 0, 0, G_OPTION_ARG_STRING, &opt_placement, N_("everybody with a placement of this kind today"),
    N_("KIND") },
  { "age-from", 0, 0, G_OPTION_ARG_INT, &opt_age_from, N_("aged at least N today"), N_("N") },
  { "age-to", 0, 0, G_OPTION_ARG_INT, &opt_age_to, N_("aged at most N today"), N_("N") },
  { "covenant", 0, 0, G_OPTION_ARG_STRING, &opt_covenant, N_("the covenant (destination covenant)"), N_("NAME") },
  { "planned", 0, 0, G_OPTION_ARG_STRING, &opt_planned, N_("the planned transfer date (dd-mm-jjjj)"), N_("DATE") },
  { "from", 0, 0, G_OPTION_ARG_INT, &opt_from, N_("the first year (default: this year)"), N_("YEAR") },
  { "to", 0, 0, G_OPTION_ARG_INT, &opt_to, N_("the last year (default: 2040)"), N_("YEAR") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static int
scenario_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, scenario_entries, "NAME", 1, 1,
                           _("usage: scenario add NAME [--description TEXT]")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((id = ovs_scenario_add (cli->store, argv[1], opt_description, &error)) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Scenario %s added\n"), argv[1]);
  return OVS_EXIT_OK;
}

static int
scenario_assign (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  OvsScenarioFilter filter = OVS_SCENARIO_FILTER_INIT;
  int count;

  if (!ovs_cli_parse_args (&argc, &argv, scenario_entries, "NAME DESTINATION", 2, 2,
                           _("usage: scenario assign NAME DESTINATION [--employee NR] [--employer NAME] [--crew NAME] "
                             "[--placement KIND] [--age-from N] [--age-to N] [--covenant NAME]")))
    return OVS_EXIT_USAGE;
  if (opt_employee == NULL && opt_employer == NULL && opt_crew == NULL && opt_placement == NULL &&
      opt_age_from < 0 && opt_age_to < 0)
    return ovs_cli_usage (_("say whom: --employee, --employer, --crew, --placement, --age-from or --age-to"));
  filter.personnel_number = opt_employee;
  filter.employer = opt_employer;
  filter.crew = opt_crew;
  filter.placement_kind = opt_placement;
  filter.age_from = opt_age_from;
  filter.age_to = opt_age_to;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  count = ovs_scenario_assign (cli->store, argv[1], &filter, argv[2], opt_covenant, &error);
  if (count < 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (g_dngettext (GETTEXT_PACKAGE, "%d employee assigned\n", "%d employees assigned\n", (gulong) count), count);
  return OVS_EXIT_OK;
}

static int
scenario_list (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (3);

  if (!ovs_cli_parse_args (&argc, &argv, scenario_entries, NULL, 0, 0, _("usage: scenario list [--json]")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_scenario_list (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  ovs_cli_table_add (table, _("Scenario"), _("Assigned"), _("Adopted"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *assigned = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (row, "assigned"));
      g_autofree char *adopted = ovs_cli_json_text (row, "adopted_at", "");

      ovs_cli_table_add (table, json_object_get_string_member (row, "name"), assigned, adopted);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

/* The scenarios side by side: a row per year, a column of cost per scenario, then the totals. The
 * cells of a row are collected in @cells[1..n]; the table takes five columns at most. */
static void
add_row (OvsCliTable *table, const char *label, char **cells)
{
  ovs_cli_table_add (table, label, cells[0], cells[1], cells[2], cells[3]);
  for (guint s = 0; s < 4; s++)
    g_clear_pointer (&cells[s], g_free);
}

static char *
cost_cell (JsonObject *object, const char *member)
{
  return ovs_format_money (json_object_get_int_member (object, member) * 100);
}

static void
print_side_by_side (JsonArray *list)
{
  guint n = json_array_get_length (list);
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (n + 1);
  JsonArray *first = json_object_get_array_member (json_array_get_object_element (list, 0), "years");
  char *cells[4] = { NULL };

  for (guint s = 0; s < n; s++)
    {
      cells[s] = g_strdup (json_object_get_string_member (json_array_get_object_element (list, s), "name"));
      ovs_cli_table_align_right (table, s + 1);
    }
  add_row (table, _("Cost per year"), cells);
  for (guint k = 0; k < json_array_get_length (first); k++)
    {
      g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT,
                                               json_object_get_int_member (json_array_get_object_element (first, k), "year"));

      for (guint s = 0; s < n; s++)
        {
          JsonArray *years = json_object_get_array_member (json_array_get_object_element (list, s), "years");

          cells[s] = cost_cell (json_array_get_object_element (years, k), "cost");
        }
      add_row (table, year, cells);
    }
  for (guint s = 0; s < n; s++)
    cells[s] = cost_cell (json_array_get_object_element (list, s), "total_cost");
  add_row (table, _("Total"), cells);
  ovs_cli_table_print (table);
}

static int
show_or_compare (OvsCli *cli, char **names, guint n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) list = NULL;

  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (n == 1)
    {
      JsonObject *one = ovs_scenario_show (cli->store, names[0], opt_from, opt_to, &error);

      if (one == NULL)
        return ovs_cli_fail (g_steal_pointer (&error));
      list = json_array_new ();
      json_array_add_object_element (list, one);
    }
  else if ((list = ovs_scenario_compare (cli->store, (const char * const *) names, opt_from, opt_to, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      if (n == 1)
        ovs_cli_print_json_object (json_array_get_object_element (list, 0));
      else
        ovs_cli_print_json_array (list);
    }
  else
    print_side_by_side (list);
  return OVS_EXIT_OK;
}

static int
scenario_show (OvsCli *cli, int argc, char **argv)
{
  if (!ovs_cli_parse_args (&argc, &argv, scenario_entries, "NAME", 1, 1,
                           _("usage: scenario show NAME [--from YEAR] [--to YEAR] [--json]")))
    return OVS_EXIT_USAGE;
  return show_or_compare (cli, argv + 1, 1);
}

static int
scenario_compare (OvsCli *cli, int argc, char **argv)
{
  g_auto(GStrv) names = NULL;

  if (!ovs_cli_parse_args (&argc, &argv, scenario_entries, "NAME NAME [NAME [NAME]]", 2, 4,
                           _("usage: scenario compare NAME NAME [NAME [NAME]] [--from YEAR] [--to YEAR] [--json]")))
    return OVS_EXIT_USAGE;
  names = g_new0 (char *, argc);
  for (int i = 1; i < argc; i++)
    names[i - 1] = g_strdup (argv[i]);
  return show_or_compare (cli, names, (guint) (argc - 1));
}

static int
scenario_adopt (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *planned = NULL;
  int opened;

  if (!ovs_cli_parse_args (&argc, &argv, scenario_entries, "NAME", 1, 1,
                           _("usage: scenario adopt NAME [--planned DATE]")))
    return OVS_EXIT_USAGE;
  if (opt_planned != NULL && !ovs_cli_date ("--planned", opt_planned, OVS_CLI_DATE_DEFAULT, &planned, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((opened = ovs_scenario_adopt (cli->store, argv[1], planned, &error)) < 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (g_dngettext (GETTEXT_PACKAGE, "Scenario %s adopted: %d transfer case opened\n",
                       "Scenario %s adopted: %d transfer cases opened\n", (gulong) opened), argv[1], opened);
  return OVS_EXIT_OK;
}

static OvsCliCommand scenario_commands[] = {
  { "add", scenario_add, N_("Add a scenario") },
  { "assign", scenario_assign, NULL /* ovs_cli_scenario() */ },
  { "list", scenario_list, N_("List the scenarios") },
  { "show", scenario_show, N_("A scenario's cost, SE and risks per year") },
  { "compare", scenario_compare, N_("Two to four scenarios side by side") },
  { "adopt", scenario_adopt, N_("Turn a scenario into transfer cases, all at once") },
  { NULL, NULL, NULL }
};

int
ovs_cli_scenario (OvsCli *cli, int argc, char **argv)
{
  ovs_cli_describe_command (scenario_commands, "assign", _("Assign employees to a destination (%s, or stay)"),
                            ovs_cli_codes (OVS_TYPE_SCENARIO_DESTINATION, NULL));
  return ovs_cli_dispatch (cli, scenario_commands, "scenario", argc, argv);
}

/* ovs-cli-crews.c — crew add/change/end/members/history, membership add/end, list crews. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static char *opt_name, *opt_leader, *opt_area, *opt_vehicle, *opt_date, *opt_role, *opt_start, *opt_end;
static int opt_min_size = G_MININT;   /* not given */
static gboolean opt_json;

static const GOptionEntry crew_entries[] = {
  { "name", 0, 0, G_OPTION_ARG_STRING, &opt_name, N_("a new name (crew change)"), N_("NAME") },
  { "leader", 0, 0, G_OPTION_ARG_STRING, &opt_leader, N_("personnel number of the team leader; empty: none"),
    N_("NR") },
  { "area", 0, 0, G_OPTION_ARG_STRING, &opt_area, N_("the kern or wijk the crew works in"), N_("AREA") },
  { "vehicle", 0, 0, G_OPTION_ARG_STRING, &opt_vehicle, N_("the crew's vehicle"), N_("TEXT") },
  { "min-size", 0, 0, G_OPTION_ARG_INT, &opt_min_size, N_("the fewest people on a working day (default 3)"),
    N_("N") },
  { NULL }
};

static const GOptionEntry date_entries[] = {
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("the day (dd-mm-jjjj)"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static GOptionEntry membership_entries[] = {
  { "role", 0, 0, G_OPTION_ARG_STRING, &opt_role, NULL /* membership_options() */, N_("ROLE") },
  { "start", 0, 0, G_OPTION_ARG_STRING, &opt_start, N_("first day (dd-mm-jjjj)"), N_("DATE") },
  { "end", 0, 0, G_OPTION_ARG_STRING, &opt_end, N_("last day (dd-mm-jjjj)"), N_("DATE") },
  { NULL }
};

/* The options, with the roles that --role takes from the vocabulary. */
static const GOptionEntry *
membership_options (void)
{
  ovs_cli_describe_option (membership_entries, "role", _("one of %s"), ovs_cli_codes (OVS_TYPE_CREW_ROLE, NULL));
  return membership_entries;
}

/* The options over @f, which holds the current values for "change". */
static gboolean
apply_options (OvsCli *cli, OvsCrewFields *f, GError **error)
{
  if (opt_name != NULL)
    f->name = opt_name;
  if (opt_area != NULL)
    f->area = opt_area;
  if (opt_vehicle != NULL)
    f->vehicle = opt_vehicle;
  if (opt_min_size != G_MININT)
    f->min_size = opt_min_size;
  if (opt_leader != NULL)
    {
      f->team_leader_id = 0;
      if (*opt_leader != '\0' && (f->team_leader_id = ovs_cli_employee_id (cli->store, opt_leader, error)) == 0)
        return FALSE;
    }
  return TRUE;
}

static int
crew_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  OvsCrewFields f = { .min_size = 3 };
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, crew_entries, N_("NAME"), _("Adds a green crew.")))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_name != NULL)
    return ovs_cli_usage (_("usage: crew add NAME [--leader NR] [--area AREA] [--vehicle TEXT] [--min-size N]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  f.name = argv[1];
  if (!apply_options (cli, &f, &error) || (id = ovs_crews_add (cli->store, &f, &error)) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Crew %s added (id %lld)\n"), argv[1], (long long) id);
  return OVS_EXIT_OK;
}

static int
crew_change (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsCrew) crew = NULL;
  OvsCrewFields f = { 0 };
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, crew_entries, N_("NAME"), _("Changes the given details of a crew; an empty "
                                                                "--leader, --area or --vehicle clears it.")))
    return OVS_EXIT_USAGE;
  if (argc != 2)
    return ovs_cli_usage (_("usage: crew change NAME [--name NEW] [--leader NR] [--area AREA] [--vehicle TEXT] "
                            "[--min-size N]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((id = ovs_crews_find (cli->store, argv[1], &error)) == 0 || (crew = ovs_crews_get (cli->store, id, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  f.name = ovs_crew_get_name (crew);
  f.team_leader_id = ovs_crew_get_team_leader_id (crew);
  f.area = ovs_crew_get_area (crew);
  f.vehicle = ovs_crew_get_vehicle (crew);
  f.min_size = ovs_crew_get_min_size (crew);
  if (!apply_options (cli, &f, &error) || !ovs_crews_update (cli->store, id, &f, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Crew %s changed\n"), f.name);
  return OVS_EXIT_OK;
}

static int
crew_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, date_entries, N_("NAME"), _("Ends a crew and the memberships still running "
                                                                "on that day.")))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_date == NULL || *opt_date == '\0')
    return ovs_cli_usage (_("usage: crew end NAME --date DATE"));
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_KEEP_EMPTY, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((id = ovs_crews_find (cli->store, argv[1], &error)) == 0 || !ovs_crews_end (cli->store, id, date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Crew %s ends on %s\n"), argv[1], opt_date);
  return OVS_EXIT_OK;
}

static void
print_memberships (JsonArray *rows)
{
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (5);

  ovs_cli_table_add (table, _("No."), _("Personnel no."), _("Employee"), _("Crew role"), _("Period"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (row, "id"));
      g_autofree char *role = ovs_cli_json_label (row, "role", OVS_TYPE_CREW_ROLE, "");
      g_autofree char *start = ovs_cli_json_text (row, "start_date", "");
      g_autofree char *end = ovs_cli_json_text (row, "end_date", "");
      g_autofree char *period = g_strdup_printf ("%s – %s", start, end);

      ovs_cli_table_add (table, id, json_object_get_string_member (row, "personnel_number"),
                         json_object_get_string_member (row, "employee_name"), role, period);
    }
  ovs_cli_table_print (table);
}

/* crew members (on a day) and crew history (all periods) differ only in the day. */
static int
show_memberships (OvsCli *cli, int argc, char **argv, gboolean history)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autofree char *date = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, date_entries, N_("NAME"), NULL))
    return OVS_EXIT_USAGE;
  if (argc != 2 || (history && opt_date != NULL))
    return ovs_cli_usage (history ? _("usage: crew history NAME [--json]")
                                  : _("usage: crew members NAME [--date DATE] [--json]"));
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_KEEP_EMPTY, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!history && (date == NULL || *date == '\0'))
    {
      g_free (date);
      date = ovs_date_today_iso ();
    }
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((id = ovs_crews_find (cli->store, argv[1], &error)) == 0 ||
      (rows = ovs_crew_memberships_list_json (cli->store, id, history ? NULL : date, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    ovs_cli_print_json_array (rows);
  else
    print_memberships (rows);
  return OVS_EXIT_OK;
}

static int
crew_members (OvsCli *cli, int argc, char **argv)
{
  return show_memberships (cli, argc, argv, FALSE);
}

static int
crew_history (OvsCli *cli, int argc, char **argv)
{
  return show_memberships (cli, argc, argv, TRUE);
}

static const OvsCliCommand crew_commands[] = {
  { "add", crew_add, N_("Add a crew") },
  { "change", crew_change, N_("Change a crew's name, team leader, area, vehicle or minimum size") },
  { "end", crew_end, N_("End a crew") },
  { "members", crew_members, N_("The members of a crew on a day (default: today)") },
  { "history", crew_history, N_("Every membership of a crew, past and present") },
  { NULL, NULL, NULL }
};

int
ovs_cli_crew (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, crew_commands, "crew", argc, argv);
}

static int
membership_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL, *end = NULL;
  gint64 crew, employee, id;

  if (!ovs_cli_parse (&argc, &argv, membership_options (), N_("CREW NR"), _("Puts the employee with personnel "
                                                                            "number NR in CREW.")))
    return OVS_EXIT_USAGE;
  if (argc != 3 || opt_start == NULL)
    return ovs_cli_usage (_("usage: membership add CREW NR [--role ROLE] --start DATE [--end DATE]"));
  if (!ovs_cli_date ("--start", opt_start, OVS_CLI_DATE_KEEP_EMPTY, &start, &error) ||
      !ovs_cli_date ("--end", opt_end, OVS_CLI_DATE_KEEP_EMPTY, &end, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((crew = ovs_crews_find (cli->store, argv[1], &error)) == 0 ||
      (employee = ovs_cli_employee_id (cli->store, argv[2], &error)) == 0 ||
      (id = ovs_crew_memberships_add (cli->store, crew, employee, opt_role, start, end, &error)) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Membership %lld: %s in crew %s\n"), (long long) id, argv[2], argv[1]);
  return OVS_EXIT_OK;
}

static int
membership_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, date_entries, N_("ID"), _("Ends a crew membership on the given day.")))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_date == NULL || *opt_date == '\0')
    return ovs_cli_usage (_("usage: membership end ID --date DATE"));
  if (!ovs_cli_id_argument (argv[1], "ID", &id))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_KEEP_EMPTY, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_crew_memberships_end (cli->store, id, date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Membership %lld ends on %s\n"), (long long) id, opt_date);
  return OVS_EXIT_OK;
}

static const OvsCliCommand membership_commands[] = {
  { "add", membership_add, N_("Put an employee in a crew") },
  { "end", membership_end, N_("End a crew membership") },
  { NULL, NULL, NULL }
};

int
ovs_cli_membership (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, membership_commands, "membership", argc, argv);
}

int
ovs_cli_list_crews (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = NULL;
  g_autofree char *date = NULL;

  if (!ovs_cli_parse (&argc, &argv, date_entries, NULL, _("Lists the crews with their members counted on the day "
                                                          "(default: today).")))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: list crews [--date DATE] [--json]"));
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_KEEP_EMPTY, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_crews_list_json (cli->store, date && *date ? date : NULL, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  table = ovs_cli_table_new (5);
  ovs_cli_table_add (table, _("Crew"), _("Team leader"), _("Area"), _("Members / minimum"), _("Ended on"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *leader = ovs_cli_json_text (row, "team_leader", "");
      g_autofree char *area = ovs_cli_json_text (row, "area", "");
      g_autofree char *ended = ovs_cli_json_text (row, "ended_on", "");
      g_autofree char *size = g_strdup_printf ("%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT,
                                               json_object_get_int_member (row, "member_count"),
                                               json_object_get_int_member (row, "min_size"));

      ovs_cli_table_add (table, json_object_get_string_member (row, "name"), leader, area, size, ended);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

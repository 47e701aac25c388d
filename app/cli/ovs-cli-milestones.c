/* ovs-cli-milestones.c — milestone add, change, status; list milestones. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static char *opt_title, *opt_due, *opt_owner, *opt_description, *opt_date, *opt_track;
static gboolean opt_json;

static const GOptionEntry milestone_entries[] = {
  { "title", 0, 0, G_OPTION_ARG_STRING, &opt_title, N_("a new title"), N_("TITLE") },
  { "due", 0, 0, G_OPTION_ARG_STRING, &opt_due, N_("due date (dd-mm-jjjj)"), N_("DATE") },
  { "owner", 0, 0, G_OPTION_ARG_STRING, &opt_owner, N_("who is responsible; \"\" removes it"), N_("NAME") },
  { "description", 0, 0, G_OPTION_ARG_STRING, &opt_description, N_("what it involves"), N_("TEXT") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("the date it was done (dd-mm-jjjj)"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { "track", 0, 0, G_OPTION_ARG_STRING, &opt_track,
    N_("the plan's track: wsw, sheltered_work, employer_services or policy_plan"), N_("TRACK") },
  { NULL }
};

static int
milestone_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  OvsMilestoneFields f = { 0 };
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, milestone_entries, "TITLE", 1, 1,
                           _("usage: milestone add TITLE --due DATE [--owner NAME] [--description TEXT]")))
    return OVS_EXIT_USAGE;
  if (opt_due == NULL)
    return ovs_cli_usage (_("usage: milestone add TITLE --due DATE [--owner NAME] [--description TEXT]"));
  if (!ovs_cli_date (NULL, opt_due, OVS_CLI_DATE_DEFAULT, &due, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  f.title = argv[1];
  f.due_date = due;
  f.owner = opt_owner;
  f.description = opt_description;
  f.track = opt_track;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((id = ovs_milestones_add (cli->store, &f, &error)) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Milestone %lld added\n"), (long long) id);
  return OVS_EXIT_OK;
}

static int
milestone_change (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  OvsMilestoneFields f = { 0 };
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, milestone_entries, "ID", 1, 1,
                           _("usage: milestone change ID [--title T] [--due DATE] [--owner NAME] "
                             "[--description TEXT]")) ||
      !ovs_cli_id_argument (argv[1], "ID", &id))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_date (NULL, opt_due, OVS_CLI_DATE_DEFAULT, &due, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  f.title = opt_title;
  f.due_date = due;
  f.owner = opt_owner;
  f.description = opt_description;
  f.track = opt_track;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_milestones_change (cli->store, id, &f, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
milestone_status (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *usage = g_strdup_printf (_("usage: milestone status ID %s [--date DATE]"),
                                            ovs_cli_codes (OVS_TYPE_MILESTONE_STATUS, "|"));
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, milestone_entries, "ID STATUS", 2, 2, usage) ||
      !ovs_cli_id_argument (argv[1], "ID", &id))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_date (NULL, opt_date, OVS_CLI_DATE_DEFAULT, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_milestones_set_status (cli->store, id, argv[2], date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static OvsCliCommand milestone_commands[] = {
  { "add", milestone_add, N_("Add a programme milestone") },
  { "change", milestone_change, N_("Change a milestone's title, due date, owner or description") },
  { "status", milestone_status, NULL /* ovs_cli_milestone() */ },
  { NULL, NULL, NULL }
};

int
ovs_cli_milestone (OvsCli *cli, int argc, char **argv)
{
  ovs_cli_describe_command (milestone_commands, "status", _("Set a milestone's status (%s)"),
                            ovs_cli_codes (OVS_TYPE_MILESTONE_STATUS, NULL));
  return ovs_cli_dispatch (cli, milestone_commands, "milestone", argc, argv);
}

int
ovs_cli_list_milestones (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = NULL;

  if (!ovs_cli_parse_args (&argc, &argv, milestone_entries, NULL, 0, 0, _("usage: list milestones [--json]")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_milestones_list_json (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  table = ovs_cli_table_new (5);
  ovs_cli_table_add (table, _("No."), _("Due"), _("Status"), _("Milestone"), _("Owner"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *m = json_array_get_object_element (rows, i);
      g_autofree char *id = g_strdup_printf ("#%" G_GINT64_FORMAT, json_object_get_int_member (m, "id"));
      g_autofree char *due = ovs_cli_json_text (m, "due_date", "");
      g_autofree char *status = ovs_cli_json_label (m, "status", OVS_TYPE_MILESTONE_STATUS, "");
      g_autofree char *title = g_strconcat (json_object_get_string_member (m, "title"),
                                            json_object_get_boolean_member (m, "late") ? _(" (late)") : "", NULL);

      ovs_cli_table_add (table, id, due, status, title, json_object_get_string_member (m, "owner"));
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

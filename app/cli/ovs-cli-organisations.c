/* ovs-cli-organisations.c — organisation add/end, list organisations. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

/* --- organisation add / end --- */

static char *opt_kind;
static char *opt_date;
static gboolean opt_json;

static GOptionEntry add_entries[] = {
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind, NULL /* add_options() */, N_("KIND") },
  { NULL }
};

/* The options, with the kinds that --kind takes from the vocabulary. */
static const GOptionEntry *
add_options (void)
{
  ovs_cli_describe_option (add_entries, "kind", _("one of %s"), ovs_cli_codes (OVS_TYPE_ORGANISATION_KIND, NULL));
  return add_entries;
}

static const GOptionEntry end_entries[] = {
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("the last day (default: today)"), N_("DATE") },
  { NULL }
};

static const GOptionEntry list_entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static int
organisation_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, add_options (), N_("NAME"), _("Adds an organisation: an employer, a hirer, …")))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_kind == NULL)
    return ovs_cli_usage (_("usage: organisation add NAME --kind KIND"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((id = ovs_organisations_add (cli->store, argv[1], opt_kind, &error)) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Organisation %s added (id %lld)\n"), argv[1], (long long) id);
  return OVS_EXIT_OK;
}

static int
organisation_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  if (!ovs_cli_parse (&argc, &argv, end_entries, N_("NAME"), _("Ends an organisation; it stays in the lists.")))
    return OVS_EXIT_USAGE;
  if (argc != 2)
    return ovs_cli_usage (_("usage: organisation end NAME [--date DATE]"));
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_KEEP_EMPTY, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_organisations_end (cli->store, argv[1], date && *date ? date : NULL, 0, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Organisation %s ended\n"), argv[1]);
  return OVS_EXIT_OK;
}

static const OvsCliCommand organisation_commands[] = {
  { "add", organisation_add, N_("Add an organisation") },
  { "end", organisation_end, N_("End an organisation") },
  { NULL, NULL, NULL }
};

int
ovs_cli_organisation (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, organisation_commands, "organisation", argc, argv);
}

int
ovs_cli_list_organisations (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = NULL;

  if (!ovs_cli_parse (&argc, &argv, list_entries, NULL, NULL))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: list organisations [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_organisations_list_json (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  table = ovs_cli_table_new (3);
  ovs_cli_table_add (table, _("Organisation"), _("Kind"), _("Ended on"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *kind = ovs_cli_json_label (row, "kind", OVS_TYPE_ORGANISATION_KIND, "");
      g_autofree char *ended = ovs_cli_json_text (row, "ended_on", "");

      ovs_cli_table_add (table, json_object_get_string_member (row, "name"), kind, ended);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

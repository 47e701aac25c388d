/* ovs-cli-privacy.c — audit access (who read whose health data) and purge (health data of people
 * who left longer ago than the retention period). Both for the kwartiermaker; core checks the role. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static gboolean opt_json;
static char *opt_employee;
static gboolean opt_dry_run;
static int opt_retention = -1;
static char *opt_from;

static const GOptionEntry access_entries[] = {
  { "employee", 0, 0, G_OPTION_ARG_STRING, &opt_employee, N_("only reads of this employee"), N_("NR") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static void
print_access (JsonArray *rows)
{
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (6);

  ovs_cli_table_add (table, _("WHEN"), _("USER"), _("NR"), _("WHAT"), _("THROUGH"), _("EMPLOYEES"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *number = ovs_cli_json_text (row, "personnel_number", _("(many)"));
      g_autofree char *n = ovs_cli_json_text (row, "n_employees", "");

      ovs_cli_table_add (table, json_object_get_string_member (row, "at"),
                         json_object_get_string_member (row, "user_name"), number,
                         json_object_get_string_member (row, "what"),
                         json_object_get_string_member (row, "channel"), n);
    }
  ovs_cli_table_print (table);
}

int
ovs_cli_audit_access (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  gint64 id = 0;

  if (!ovs_cli_parse (&argc, &argv, access_entries, NULL,
                      _("Lists who read whose health data (indication, wage value, sickness), and when, newest "
                        "first. For the kwartiermaker.")))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: audit access [--employee NR] [--json]"));
  if (opt_employee != NULL ? !ovs_cli_open_employee (cli, opt_employee, &id) : !ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_store_list_access (cli->store, id, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    ovs_cli_print_json_array (rows);
  else
    print_access (rows);
  return OVS_EXIT_OK;
}

static const GOptionEntry purge_entries[] = {
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, &opt_dry_run, N_("only list what would be purged"), NULL },
  { "set-retention", 0, 0, G_OPTION_ARG_INT, &opt_retention,
    N_("set the retention period to N years after leaving (with --from), and purge nothing"), N_("N") },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("the day the new retention period applies from"),
    N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static int
set_retention (OvsCli *cli)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;

  if (opt_from == NULL)
    return ovs_cli_usage (_("usage: purge --set-retention N --from DATE"));
  if (!ovs_cli_date ("--from", opt_from, OVS_CLI_DATE_WITH_VALUE, &from, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_health_retention_set (cli->store, from, opt_retention, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Health data is kept %d years after leaving, from %s\n"), opt_retention, opt_from);
  return OVS_EXIT_OK;
}

static void
print_purge (JsonArray *rows)
{
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (5);

  ovs_cli_table_add (table, _("NR"), _("LEFT"), _("INDICATIONS"), _("WAGE VALUES"), _("ABSENCES"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *left = ovs_cli_json_text (row, "employment_end", "");
      g_autofree char *indications = ovs_cli_json_text (row, "indications", "");
      g_autofree char *wage_values = ovs_cli_json_text (row, "wage_values", "");
      g_autofree char *absences = ovs_cli_json_text (row, "absences", "");

      ovs_cli_table_add (table, json_object_get_string_member (row, "personnel_number"), left, indications,
                         wage_values, absences);
    }
  ovs_cli_table_print (table);
}

int
ovs_cli_purge (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  if (!ovs_cli_parse (&argc, &argv, purge_entries, NULL,
                      _("Deletes the health data (indications, wage values, sickness and medical absences) of "
                        "people who left longer ago than the retention period, with an audit row per person. "
                        "For the kwartiermaker.")))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: purge [--dry-run] [--json] | purge --set-retention N --from DATE"));
  if (opt_retention >= 0 || opt_from != NULL)
    return set_retention (cli);
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_health_purge (cli->store, opt_dry_run, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    ovs_cli_print_json_array (rows);
  else
    {
      print_purge (rows);
      printf (opt_dry_run ? _("%u people would be purged\n") : _("%u people purged\n"), json_array_get_length (rows));
    }
  return OVS_EXIT_OK;
}

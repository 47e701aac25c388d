/* ovs-cli-holidays.c — holiday list|set: Dutch public holidays of a year, and the CAO setting that makes
 * them days off from a date on. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static char *opt_from;
static int opt_year;
static gboolean opt_json;

static const GOptionEntry holiday_entries[] = {
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("the first day the setting holds (dd-mm-jjjj)"), N_("DATE") },
  { "year", 0, 0, G_OPTION_ARG_INT, &opt_year, N_("the year to list (default: this year)"), N_("YEAR") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static int
holiday_set (OvsCli *cli, int argc, char **argv)
{
  g_autofree char *summary = g_strdup_printf (_("Holidays: %s. From --from on the holiday is a day off (yes) or a "
                                                "working day (no), until the next setting."),
                                              ovs_cli_codes (OVS_TYPE_HOLIDAY, NULL));
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  gboolean free;

  if (!ovs_cli_parse (&argc, &argv, holiday_entries, N_("HOLIDAY yes|no"), summary))
    return OVS_EXIT_USAGE;
  if (argc != 3 || opt_from == NULL ||
      !((free = g_ascii_strcasecmp (argv[2], "yes") == 0 || g_ascii_strcasecmp (argv[2], "ja") == 0) ||
        g_ascii_strcasecmp (argv[2], "no") == 0 || g_ascii_strcasecmp (argv[2], "nee") == 0))
    return ovs_cli_usage (_("usage: holiday set HOLIDAY yes|no --from dd-mm-jjjj"));
  if (!ovs_cli_date (NULL, opt_from, OVS_CLI_DATE_DEFAULT, &from, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_holidays_set_free (cli->store, argv[1], from, free, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (free ? _("%s is a day off from %s\n") : _("%s is a working day from %s\n"), argv[1], opt_from);
  return OVS_EXIT_OK;
}

static int
holiday_list (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autofree char *today = ovs_date_today_iso ();

  if (!ovs_cli_parse (&argc, &argv, holiday_entries, NULL, NULL))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: holiday list [--year YEAR] [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_holidays_list (cli->store, opt_year > 0 ? opt_year : (int) g_ascii_strtoll (today, NULL, 10),
                                 &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *date = ovs_date_iso_to_display (json_object_get_string_member (row, "date"));

      printf ("%-10s  %-24s  %s\n", date, json_object_get_string_member (row, "name"),
              json_object_get_boolean_member (row, "free") ? _("day off") : _("working day"));
    }
  return OVS_EXIT_OK;
}

static const OvsCliCommand holiday_commands[] = {
  { "set", holiday_set, N_("Make a public holiday a day off or a working day from a date on (the CAO)") },
  { "list", holiday_list, N_("List a year's public holidays and whether each is a day off") },
  { NULL, NULL, NULL }
};

int
ovs_cli_holiday (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, holiday_commands, "holiday", argc, argv);
}

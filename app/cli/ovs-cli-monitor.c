/* ovs-cli-monitor.c — monitor: the dashboard's key figures, last year's values and notes; the council
 * report as PDF; a yearly snapshot. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "ovs-cli-commands.h"
#include "ovs-cli-table.h"

static int opt_year;
static gboolean opt_json, opt_snapshot;
static char *opt_pdf;

static const GOptionEntry monitor_entries[] = {
  { "year", 'y', 0, G_OPTION_ARG_INT, &opt_year, N_("the year (default: this year)"), N_("YEAR") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &opt_pdf, N_("write the council report (A4 PDF) to FILE"), N_("FILE") },
  { "snapshot", 0, 0, G_OPTION_ARG_NONE, &opt_snapshot,
    N_("keep this year's figures, so that next year compares with them"), NULL },
  { NULL }
};

static char *
cell (JsonObject *figure, const char *member)
{
  const char *unit = json_object_get_string_member (figure, "unit");
  double value;

  if (json_object_get_null_member (figure, member))
    return g_strdup ("–");
  value = json_object_get_double_member (figure, member);
  if (g_str_equal (unit, "€"))
    return ovs_format_money ((gint64) round (value) * 100);
  return ovs_format_decimal (value, fabs (value - round (value)) < 1e-9 ? 0 : 1);
}

static void
print_table (JsonObject *dash)
{
  JsonArray *figures = json_object_get_array_member (dash, "figures");
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (5);

  ovs_cli_table_add (table, _("Figure"), _("Unit"), _("Value"), _("Last year"), _("Change"));
  for (guint c = 2; c < 5; c++)
    ovs_cli_table_align_right (table, c);
  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      JsonObject *f = json_array_get_object_element (figures, i);
      g_autofree char *value = cell (f, "value"), *last = cell (f, "last_year"), *change = cell (f, "change");

      ovs_cli_table_add (table, json_object_get_string_member (f, "title"), json_object_get_string_member (f, "unit"),
                         value, last, change);
    }
  ovs_cli_table_print (table);
  printf ("\n");
  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      JsonObject *f = json_array_get_object_element (figures, i);

      printf ("%s: %s\n", json_object_get_string_member (f, "title"), json_object_get_string_member (f, "note"));
    }
}

int
ovs_cli_monitor (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) dash = NULL;

  if (!ovs_cli_parse_args (&argc, &argv, monitor_entries, NULL, 0, 0,
                           _("usage: monitor [--year YEAR] [--json] [--pdf FILE] [--snapshot]")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (opt_snapshot && !ovs_dashboard_snapshot (cli->store, opt_year, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_pdf != NULL)
    {
      if (!ovs_dashboard_write_pdf (cli->store, opt_year, opt_pdf, &error))
        return ovs_cli_fail (g_steal_pointer (&error));
      printf (_("Council report written to %s\n"), opt_pdf);
      return OVS_EXIT_OK;
    }
  if ((dash = ovs_dashboard_compute (cli->store, opt_year, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    ovs_cli_print_json_object (dash);
  else
    print_table (dash);
  return OVS_EXIT_OK;
}

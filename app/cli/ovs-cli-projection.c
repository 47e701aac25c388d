/* ovs-cli-projection.c — projection: the Wsw population and its money year by year. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "ovs-cli-commands.h"
#include "ovs-cli-table.h"

static int opt_from;
static int opt_to;
static char *opt_outflow;
static gboolean opt_json;
static gboolean opt_csv;

static const GOptionEntry projection_entries[] = {
  { "from", 0, 0, G_OPTION_ARG_INT, &opt_from, N_("the first year (default: this year)"), N_("YEAR") },
  { "to", 0, 0, G_OPTION_ARG_INT, &opt_to, N_("the last year (default: 2040)"), N_("YEAR") },
  { "outflow", 0, 0, G_OPTION_ARG_STRING, &opt_outflow,
    N_("aow: only the AOW age; all: also mortality, sickness and voluntary leaving (default)"), N_("aow|all") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { "csv", 0, 0, G_OPTION_ARG_NONE, &opt_csv, N_("print CSV"), NULL },
  { NULL }
};

static void
print_csv (const OvsProjection *proj)
{
  printf ("year,headcount_start,headcount_end,se_start,se_end,se,aow,mortality,sickness,voluntary,ended,"
          "wage_cost,grant,balance,headcount_end_low,headcount_end_high,balance_low,balance_high\n");
  for (guint k = 0; k < proj->n_years; k++)
    {
      const OvsProjectionYear *y = &proj->years[k];

      printf ("%d,%.4f,%.4f,%.4f,%.4f,%.4f", y->year, y->headcount_start, y->headcount_end, y->se_start,
              y->se_end, y->se);
      for (guint c = 0; c < OVS_PROJECTION_N_CAUSES; c++)
        printf (",%.4f", y->outflow[c]);
      printf (",%.0f,%.0f,%.0f,%.4f,%.4f,%.0f,%.0f\n", round (y->wage_cost), round (y->grant), round (y->balance),
              y->headcount_end_band[0], y->headcount_end_band[1], round (y->balance_band[0]),
              round (y->balance_band[1]));
    }
}

static char *
money (double euros)
{
  return ovs_format_money ((gint64) round (euros) * 100);
}

static void
print_table (const OvsProjection *proj)
{
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (7);
  g_autofree char *words = ovs_projection_describe (proj);

  ovs_cli_table_add (table, _("Year"), _("Start"), _("End"), _("SE"), _("Outflow"), _("Wage cost"),
                     _("Balance"));
  for (guint c = 1; c < 7; c++)
    ovs_cli_table_align_right (table, c);
  for (guint k = 0; k < proj->n_years; k++)
    {
      const OvsProjectionYear *y = &proj->years[k];
      double out = 0;
      g_autofree char *year = g_strdup_printf ("%d", y->year);
      g_autofree char *start = NULL, *end = NULL, *se = NULL, *outflow = NULL, *wage = NULL, *balance = NULL;

      for (guint c = 0; c < OVS_PROJECTION_N_CAUSES; c++)
        out += y->outflow[c];
      start = ovs_format_decimal (y->headcount_start, 1);
      end = ovs_format_decimal (y->headcount_end, 1);
      se = ovs_format_decimal (y->se, 1);
      outflow = ovs_format_decimal (out, 1);
      wage = money (y->wage_cost);
      balance = money (y->balance);
      ovs_cli_table_add (table, year, start, end, se, outflow, wage, balance);
    }
  ovs_cli_table_print (table);
  printf ("\n%s\n", words);
}

int
ovs_cli_projection (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsProjection) proj = NULL;
  OvsProjectionOutflow outflow = OVS_PROJECTION_OUTFLOW_ALL;

  if (!ovs_cli_parse_args (&argc, &argv, projection_entries, NULL, 0, 0,
                           _("usage: projection [--from YEAR] [--to YEAR] [--outflow aow|all] [--json|--csv]")))
    return OVS_EXIT_USAGE;
  if (opt_outflow != NULL && g_str_equal (opt_outflow, "aow"))
    outflow = OVS_PROJECTION_OUTFLOW_AOW;
  else if (opt_outflow != NULL && !g_str_equal (opt_outflow, "all"))
    return ovs_cli_usage (_("--outflow is aow or all, not “%s”"), opt_outflow);
  if (opt_json && opt_csv)
    return ovs_cli_usage (_("give --json or --csv, not both"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  proj = ovs_projection_compute (cli->store, opt_from, opt_to, outflow, &error);
  if (proj == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      g_autoptr(JsonArray) json = ovs_projection_to_json (proj);

      ovs_cli_print_json_array (json);
    }
  else if (opt_csv)
    print_csv (proj);
  else
    print_table (proj);
  return OVS_EXIT_OK;
}

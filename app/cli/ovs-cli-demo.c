/* ovs-cli-demo.c — demo: fills a new database with the invented municipality of Berkelwolde. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static int opt_employees = 120;
static int opt_seed = 2014;

static const GOptionEntry demo_entries[] = {
  { "employees", 'n', 0, G_OPTION_ARG_INT, &opt_employees, N_("how many employees (20 to 1000000; default 120)"),
    N_("N") },
  { "seed", 's', 0, G_OPTION_ARG_INT, &opt_seed, N_("the random seed; the same seed gives the same data (default 2014)"),
    N_("S") },
  { NULL }
};

int
ovs_cli_demo (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;

  if (!ovs_cli_parse (&argc, &argv, demo_entries, NULL,
                      _("Fills a database without employees with invented demo data: the municipality of "
                        "Berkelwolde, its Wsw employees, crews, placements, transfer cases, covenants and "
                        "milestones. Creates the database first if needed.")))
    return OVS_EXIT_USAGE;
  if (argc != 1 || opt_employees < OVS_DEMO_MIN_EMPLOYEES || opt_employees > OVS_DEMO_MAX_EMPLOYEES || opt_seed < 0)
    return ovs_cli_usage (_("usage: demo [--employees N] [--seed S] (N from %d to %d)"), OVS_DEMO_MIN_EMPLOYEES,
                          OVS_DEMO_MAX_EMPLOYEES);
  if (!ovs_cli_open_store (cli, TRUE))
    return OVS_EXIT_ERROR;
  /* A new database gets the standard organisations and the operating-system user (on a server the
   * connected role) as kwartiermaker. */
  first = ovs_store_default_user (cli->store);
  if (!ovs_store_init_defaults (cli->store, first, &error) ||
      !ovs_store_set_user (cli->store, cli->user, &error) ||
      !ovs_demo_generate (cli->store, (guint) opt_employees, (guint32) opt_seed, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Demo data written to %s: %d employees of %s (seed %d)\n"), ovs_store_get_path (cli->store),
          opt_employees, OVS_DEMO_MUNICIPALITY, opt_seed);
  return OVS_EXIT_OK;
}

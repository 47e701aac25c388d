/* ovs-cli-commands.h — the handlers of overstap-cli, one block per command group (file). */
#pragma once

#include "ovs-cli.h"

G_BEGIN_DECLS

/* ovs-cli-admin.c: init, user, audit, backup */
int ovs_cli_init         (OvsCli *cli, int argc, char **argv);
int ovs_cli_user         (OvsCli *cli, int argc, char **argv);
int ovs_cli_audit        (OvsCli *cli, int argc, char **argv);
int ovs_cli_backup       (OvsCli *cli, int argc, char **argv);

/* ovs-cli-employees.c: employee, indication, wage-value, qualification, reindications, list employees */

/* ovs-cli-organisations.c: organisation, placement, crew, membership, transfer, checklist, covenant,
 * agreement, covered, milestone, parameter and their lists */

/* ovs-cli-import.c: import employees, export employees */

/* ovs-cli-reports.c: report se, demo */

/* ovs-cli-roster.c: roster … */

G_END_DECLS

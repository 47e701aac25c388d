/* ovs-cli-commands.h — the handlers of overstap-cli, one block per command group (file). */
#pragma once

#include "ovs-cli.h"

G_BEGIN_DECLS

/* ovs-cli-admin.c: init, user, audit, backup */
int ovs_cli_init         (OvsCli *cli, int argc, char **argv);
int ovs_cli_user         (OvsCli *cli, int argc, char **argv);
int ovs_cli_audit        (OvsCli *cli, int argc, char **argv);
int ovs_cli_backup       (OvsCli *cli, int argc, char **argv);
/* ovs-cli-privacy.c: audit access, purge */
int ovs_cli_audit_access (OvsCli *cli, int argc, char **argv);
int ovs_cli_purge        (OvsCli *cli, int argc, char **argv);
int ovs_cli_db           (OvsCli *cli, int argc, char **argv);

/* [employees] */
/* ovs-cli-employees.c, ovs-cli-employee-history.c */
int ovs_cli_employee       (OvsCli *cli, int argc, char **argv);
int ovs_cli_list_employees (OvsCli *cli, int argc, char **argv);
int ovs_cli_reindications  (OvsCli *cli, int argc, char **argv);
/* ovs-cli-wsw.c */
int ovs_cli_ending         (OvsCli *cli, int argc, char **argv);
int ovs_cli_reindication   (OvsCli *cli, int argc, char **argv);
int ovs_cli_sheltered_advice (OvsCli *cli, int argc, char **argv);
int ovs_cli_indication     (OvsCli *cli, int argc, char **argv);
int ovs_cli_wage_value     (OvsCli *cli, int argc, char **argv);
int ovs_cli_qualification  (OvsCli *cli, int argc, char **argv);

/* [organisations-crews] */
/* ovs-cli-organisations.c, ovs-cli-placements.c, ovs-cli-crews.c */
int ovs_cli_organisation       (OvsCli *cli, int argc, char **argv);
int ovs_cli_list_organisations (OvsCli *cli, int argc, char **argv);
int ovs_cli_placement          (OvsCli *cli, int argc, char **argv);
int ovs_cli_list_placements    (OvsCli *cli, int argc, char **argv);
int ovs_cli_crew               (OvsCli *cli, int argc, char **argv);
int ovs_cli_membership         (OvsCli *cli, int argc, char **argv);
int ovs_cli_list_crews         (OvsCli *cli, int argc, char **argv);

/* [transfers-covenants] */
/* ovs-cli-transfers.c, ovs-cli-covenants.c, ovs-cli-milestones.c */
int ovs_cli_transfer         (OvsCli *cli, int argc, char **argv);
int ovs_cli_checklist        (OvsCli *cli, int argc, char **argv);
int ovs_cli_transfers        (OvsCli *cli, int argc, char **argv);
int ovs_cli_list_transfers   (OvsCli *cli, int argc, char **argv);
int ovs_cli_covenant         (OvsCli *cli, int argc, char **argv);
int ovs_cli_agreement        (OvsCli *cli, int argc, char **argv);
int ovs_cli_agreements       (OvsCli *cli, int argc, char **argv);
int ovs_cli_covered          (OvsCli *cli, int argc, char **argv);
int ovs_cli_list_covenants   (OvsCli *cli, int argc, char **argv);
int ovs_cli_milestone        (OvsCli *cli, int argc, char **argv);
int ovs_cli_list_milestones  (OvsCli *cli, int argc, char **argv);

/* [reports-demo] */
/* ovs-cli-demo.c: demo */
int ovs_cli_demo         (OvsCli *cli, int argc, char **argv);
/* ovs-cli-reports.c: report, parameter */
int ovs_cli_report       (OvsCli *cli, int argc, char **argv);
int ovs_cli_parameter    (OvsCli *cli, int argc, char **argv);

/* [import-export] */
/* ovs-cli-import.c: import employees, export employees */
int ovs_cli_import       (OvsCli *cli, int argc, char **argv);
int ovs_cli_export       (OvsCli *cli, int argc, char **argv);

/* [roster] */
/* ovs-cli-roster.c, ovs-cli-roster-plan.c: roster, pattern, absence */
int ovs_cli_roster         (OvsCli *cli, int argc, char **argv);
int ovs_cli_pattern        (OvsCli *cli, int argc, char **argv);
int ovs_cli_absence        (OvsCli *cli, int argc, char **argv);
/* ovs-cli-holidays.c */
int ovs_cli_holiday        (OvsCli *cli, int argc, char **argv);

/* [ical] */
/* ovs-cli-roster-ical.c: roster export, roster publish, roster import (hooked into `roster`) */
int ovs_cli_roster_export  (OvsCli *cli, int argc, char **argv);
int ovs_cli_roster_publish (OvsCli *cli, int argc, char **argv);
int ovs_cli_roster_import  (OvsCli *cli, int argc, char **argv);

/* [monitor] */

/* [projection] */
/* ovs-cli-projection.c, ovs-cli-scenario.c */
int ovs_cli_projection     (OvsCli *cli, int argc, char **argv);
int ovs_cli_scenario       (OvsCli *cli, int argc, char **argv);
/* ovs-cli-monitor.c */
int ovs_cli_monitor        (OvsCli *cli, int argc, char **argv);

G_END_DECLS

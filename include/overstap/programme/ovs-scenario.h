/* ovs-scenario.h — scenarios: who transfers, who stays under a covenant, who is seconded or goes to
 * supported employment, and what each choice costs year by year.
 *
 * A scenario is saved (tables scenario and scenario_assignment) and touches nothing else until it is
 * adopted: then it opens a transfer case for everybody it assigns, in one transaction. Employees
 * without an assignment stay where they are. The years are those of the projection (ovs-projection.h,
 * all causes of outflow), and the costs follow the assumptions in core/programme/ovs-scenario-calc.c.
 *
 * Who may do what: adding, assigning and adopting are the kwartiermaker's (OVS_PERM_EDIT_PARAMETERS:
 * scenarios are the programme's planning, like the parameters); HR may read them
 * (OVS_PERM_VIEW_HR_SECTIONS); the re-indications risk needs OVS_PERM_VIEW_HEALTH too. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* Whom an assignment takes: all of the set fields must match (NULL and -1: any). Only Wsw employees
 * employed today count. */
typedef struct
{
  const char *personnel_number;
  const char *employer;          /* the legal employer's name */
  const char *crew;              /* a member of that crew today */
  const char *placement_kind;    /* a placement of that kind today (code or Dutch) */
  int         age_from, age_to;  /* age today, both included */
} OvsScenarioFilter;

#define OVS_SCENARIO_FILTER_INIT { NULL, NULL, NULL, NULL, -1, -1 }

/* Adds an empty scenario. Returns its id, or 0 (a name already used: OVS_VALIDATION_ERROR_DUPLICATE). */
gint64      ovs_scenario_add     (OvsStore                *store,
                                  const char              *name,
                                  const char              *description,
                                  GError                 **error);
/* Assigns the employees @filter takes to @destination (an OvsScenarioDestination code or its Dutch
 * word; NULL or "stay": remove their assignment). @covenant (a covenant's name) is required for
 * destination covenant and not allowed otherwise. An adopted scenario cannot change. Returns how
 * many were assigned (0 is no error), or -1. */
int         ovs_scenario_assign  (OvsStore                *store,
                                  const char              *scenario,
                                  const OvsScenarioFilter *filter,
                                  const char              *destination,
                                  const char              *covenant,
                                  GError                 **error);
/* [{id, name, description, created_by, created_at, adopted_at, assigned}] by name. */
JsonArray  *ovs_scenario_list    (OvsStore                *store,
                                  GError                 **error);
/* The scenario's years @from..@to (0: this year..2040):
 * {name, description, adopted_at, assigned: {DESTINATION: n}, total_cost, years: [{year, headcount,
 *  se, wage_cost, grant, outlay, cost, cost_by_destination: {stay, foundation, covenant,
 *  individual_secondment, supported_employment}, risks: {aow, sickness, reindications_due (null
 *  without OVS_PERM_VIEW_HEALTH), covenants_over_budget: [names]}}]}; money in whole euros, cost =
 * outlay − grant (what it costs the municipality), persons as expected values. */
JsonObject *ovs_scenario_show    (OvsStore                *store,
                                  const char              *scenario,
                                  int                      from,
                                  int                      to,
                                  GError                 **error);
/* ovs_scenario_show() of two to four scenarios, in the order given. */
JsonArray  *ovs_scenario_compare (OvsStore                *store,
                                  const char * const      *scenarios,
                                  int                      from,
                                  int                      to,
                                  GError                 **error);
/* Opens a transfer case (ovs_transfers_open()) for every assignment: destination foundation to the
 * foundation, covenant to covenant, secondment and supported employment to other; all or nothing,
 * in one transaction, and marks the scenario adopted. @planned_date may be NULL. Returns the number
 * of cases opened, or -1. Needs OVS_PERM_EDIT_PARAMETERS and OVS_PERM_EDIT_TRANSFERS. */
int         ovs_scenario_adopt   (OvsStore                *store,
                                  const char              *scenario,
                                  const char              *planned_date,
                                  GError                 **error);

G_END_DECLS

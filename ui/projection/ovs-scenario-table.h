/* ovs-scenario-table.h — the scenarios in Prognose side by side: a column per scenario, a row per
 * measure (employees assigned, the cost in two years, up to 2040, the AOW risk).
 *
 * Given the width, it is that table. Narrower, each measure becomes a block: its name, then a line
 * per scenario with the scenario's name and, right-aligned, its value. A block per measure rather
 * than per scenario, because comparing is what the table is for: the numbers to compare stand
 * under each other, aligned on their last digit, as they do in a row of the table. So the scenarios
 * fit a window 360 pixels wide and nothing scrolls sideways. Like OvsFigureTable, the widget picks
 * its layout from the width it is allocated (libadwaita 1.2 has no breakpoints). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OVS_TYPE_SCENARIO_TABLE (ovs_scenario_table_get_type ())
G_DECLARE_FINAL_TYPE (OvsScenarioTable, ovs_scenario_table, OVS, SCENARIO_TABLE, GtkWidget)

GtkWidget *ovs_scenario_table_new           (void);
/* Removes every measure and makes @names (NULL-terminated) the columns. */
void       ovs_scenario_table_set_scenarios (OvsScenarioTable   *self,
                                             const char * const *names);
/* Adds a row below the others: @values has a value for each scenario, in their order. */
void       ovs_scenario_table_add_measure   (OvsScenarioTable   *self,
                                             const char         *measure,
                                             const char * const *values);

G_END_DECLS

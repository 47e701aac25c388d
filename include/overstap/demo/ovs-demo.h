/* ovs-demo.h — a complete, invented data set to try Overstap with.
 *
 * The fictional municipality of Berkelwolde (about 28,000 inhabitants, in the Achterhoek) with its
 * kernen as the crews' work areas: Wsw employees of Wezo and Larcom with invented names and valid
 * (elfproef) test BSNs, indications, home municipalities with history, placements of every kind, green
 * crews with team leaders, vehicles, qualifications, shift patterns and teamleider users, transfer
 * cases in every status with partly ticked checklists, two covenants with covered employees and
 * agreements, and the programme's milestones.
 *
 * The same seed gives the same data for the same "today": the programme's timeline (2013–2016) is
 * fixed; only what must look current is placed relative to ovs_date_today() (OVERSTAP_TODAY fixes it):
 * indications expiring soon or overdue, the next wave of transfer cases still in progress, and the
 * statuses of milestones and agreements. */
#pragma once

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

#define OVS_DEMO_MUNICIPALITY "Berkelwolde"
#define OVS_DEMO_INHABITANTS 28000
#define OVS_DEMO_MIN_EMPLOYEES 20
#define OVS_DEMO_MAX_EMPLOYEES 1000000

/* Fills an initialised database that has no employees yet with @n_employees employees (crews scale as
 * about one per 25 employees; there are always two covenants), in one transaction with one audit row
 * (action "demo"). Needs a kwartiermaker (it adds users). The standard organisations must exist
 * (ovs_store_init_defaults()). */
gboolean ovs_demo_generate (OvsStore  *store,
                            guint      n_employees,
                            guint32    seed,
                            GError   **error);

G_END_DECLS

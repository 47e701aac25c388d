/* ovs-first-start-page.h — shown once, when Overstap has just made a new database: load demo data,
 * import employees (the window's "win.import" action) or start empty. */
#pragma once

#include <adwaita.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_FIRST_START_PAGE (ovs_first_start_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsFirstStartPage, ovs_first_start_page, OVS, FIRST_START_PAGE, AdwBin)

void ovs_first_start_page_set_store (OvsFirstStartPage *self,
                                     OvsStore          *store);

/* How many employees "Load Demo Data" makes. */
#define OVS_DEMO_EMPLOYEES 120

G_END_DECLS

/* ovs-transfers-page.h — the Overgang section: every employee's transfer case with its status and
 * checklist progress, filtered by status; the selected case's checklist, steps and notes beside. */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_TRANSFERS_PAGE (ovs_transfers_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsTransfersPage, ovs_transfers_page, OVS, TRANSFERS_PAGE, OvsSectionPage)

GtkWidget *ovs_transfers_page_new (OvsStore *store);

G_END_DECLS

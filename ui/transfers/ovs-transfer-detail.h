/* ovs-transfer-detail.h — one transfer case in the Overgang section: what is still missing, its
 * checklist as check buttons (ticking calls the core), the next steps it may take, and its notes.
 * Refusals by the core (a step out of order, a checklist not yet complete) show in a banner. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_TRANSFER_DETAIL (ovs_transfer_detail_get_type ())
G_DECLARE_FINAL_TYPE (OvsTransferDetail, ovs_transfer_detail, OVS, TRANSFER_DETAIL, GtkWidget)

GtkWidget *ovs_transfer_detail_new      (OvsStore          *store);
/* Shows @transfer_case (NULL: nothing selected), reading its checklist from the store again. */
void       ovs_transfer_detail_set_case (OvsTransferDetail *self,
                                         OvsTransferCase   *transfer_case);

G_END_DECLS

/* ovs-transfer-case.h — one employee's transfer case, as listed in the Overgang section: a row object with read-only properties.
 *
 * Made by the list functions (ovs_transfers_list(), ovs_covenants_list(), …) from the same row the
 * CLI prints as JSON; each property is that row's member of the same name (with '-' for '_'). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_TRANSFER_CASE (ovs_transfer_case_get_type ())
G_DECLARE_FINAL_TYPE (OvsTransferCase, ovs_transfer_case, OVS, TRANSFER_CASE, GObject)

gint64      ovs_transfer_case_get_id (OvsTransferCase *self);
const char *ovs_transfer_case_get_personnel_number (OvsTransferCase *self);
const char *ovs_transfer_case_get_employee (OvsTransferCase *self);
const char *ovs_transfer_case_get_status (OvsTransferCase *self);
int         ovs_transfer_case_get_done (OvsTransferCase *self);
int         ovs_transfer_case_get_total (OvsTransferCase *self);
const char *ovs_transfer_case_get_missing (OvsTransferCase *self);

G_END_DECLS

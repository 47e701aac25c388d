/* ovs-autofill-dialog.h — the auto-fill proposal for a crew's week, read before it is written: each
 * shift to add or remove with its reason; "Toepassen" writes them all in one transaction. */
#pragma once

#include <adwaita.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_AUTOFILL_DIALOG (ovs_autofill_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OvsAutofillDialog, ovs_autofill_dialog, OVS, AUTOFILL_DIALOG, AdwMessageDialog)

/* Shows @proposal (OvsRosterChange rows from ovs_autofill_propose()) for crew @crew_id. Emits ::done
 * (a message for a toast) after applying, or after failing to. */
GtkWidget *ovs_autofill_dialog_new (GtkWindow  *parent,
                                    OvsStore   *store,
                                    gint64      crew_id,
                                    GListModel *proposal);

G_END_DECLS

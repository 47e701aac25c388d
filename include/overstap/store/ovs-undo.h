/* ovs-undo.h — taking back a record just made ("Ongedaan maken" after "… aangemaakt").
 *
 * Only a record nobody has changed since (its version still the one the caller holds, 1 for a new
 * row) and that nothing refers to yet can be taken back; it is deleted in one transaction with an
 * audit row, so the audit log keeps both the insert and its undo. Only the tables the window makes
 * records in may be undone, each with the permission its rule needs to make one. */
#pragma once

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

#define OVS_UNDO_ERROR (ovs_undo_error_quark ())

typedef enum {
  OVS_UNDO_ERROR_NOT_UNDOABLE, /* the table is not one whose new records may be undone */
  OVS_UNDO_ERROR_CHANGED,      /* someone changed the record since it was made */
  OVS_UNDO_ERROR_IN_USE,       /* another record refers to it already */
} OvsUndoError;

GQuark      ovs_undo_error_quark    (void);

/* Whether new rows of @table may be undone at all (the allow-list). */
gboolean    ovs_store_undo_allowed  (const char  *table);

/* Deletes row @id of @table if it is still at @version, with an audit row ("delete", {"undo": true}).
 * Fails with OVS_UNDO_ERROR_NOT_UNDOABLE for a table outside the allow-list, the store's
 * OVS_STORE_ERROR_PERMISSION_DENIED when the role may not make such a row, OVS_STORE_ERROR_NOT_FOUND
 * when it is gone, OVS_UNDO_ERROR_CHANGED when it (or a row made with it, such as a transfer case's
 * checklist) was changed since, and OVS_UNDO_ERROR_IN_USE when another record refers to it. */
gboolean    ovs_store_undo_insert   (OvsStore    *store,
                                     const char  *table,
                                     gint64       id,
                                     gint64       version,
                                     GError     **error);

G_END_DECLS

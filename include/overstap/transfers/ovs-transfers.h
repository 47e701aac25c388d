/* ovs-transfers.h — transfer cases: one per employee, from Wezo or Larcom to the municipal
 * foundation (or staying under a covenant, or elsewhere), with a checklist and a status ladder.
 *
 * Statuses and destinations are the codes of OVS_TYPE_TRANSFER_STATUS and OVS_TYPE_TRANSFER_DESTINATION
 * (overstap/vocab/ovs-vocab.h), which also parses the Dutch words and gives the labels and the ladder.
 * Dates are ISO 'YYYY-MM-DD'. Every change needs OVS_PERM_EDIT_TRANSFERS, every list OVS_PERM_VIEW_HR_SECTIONS. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

#define OVS_TRANSFER_ERROR (ovs_transfer_error_quark ())

typedef enum {
  OVS_TRANSFER_ERROR_INVALID_TRANSITION,   /* backwards, a skipped step, or the same status */
  OVS_TRANSFER_ERROR_CLOSED,               /* the case is transferred, stays or declined */
  OVS_TRANSFER_ERROR_CHECKLIST_INCOMPLETE, /* transferred while items are unticked */
  OVS_TRANSFER_ERROR_NOT_ELIGIBLE,         /* the employee is not employed by Wezo or Larcom */
  OVS_TRANSFER_ERROR_NO_FOUNDATION,        /* no organisation of kind foundation to transfer to */
} OvsTransferError;

GQuark       ovs_transfer_error_quark       (void);

/* Opens the case of the employee with @personnel_number, from their current employer (which must be a
 * sheltered-work company) to @destination, with the standard checklist, in one transaction.
 * @planned_date may be NULL. Returns the case id, or 0. A second case for one employee fails with
 * OVS_VALIDATION_ERROR_DUPLICATE. */
gint64       ovs_transfers_open             (OvsStore    *store,
                                             const char  *personnel_number,
                                             const char  *destination,
                                             const char  *planned_date,
                                             GError     **error);

/* Every change of a case takes @version, the case's version the caller read (ovs_store_row_version (store,
 * "transfer_case", id)): when someone else saved the case since, nothing is written and the change
 * fails with OVS_STORE_ERROR_CONFLICT naming who changed what and when. 0: no check (the CLI reads
 * and writes in one transaction). */

/* Moves the case one step up the ladder, or to stays/declined from any open state.
 * @date: for transferred the actual date (required unless already set; not in the future), for stays
 * and declined the closing date (NULL: today); other statuses take no date. Transferred requires
 * every checklist item ticked; in the same transaction it moves what the case moves (see
 * ovs_transfers_set_moves()). Closed cases cannot change. */
gboolean     ovs_transfers_set_status       (OvsStore    *store,
                                             const char  *personnel_number,
                                             const char  *status,
                                             const char  *date,
                                             gint64       version,
                                             GError     **error);
/* What the transfer of an open case moves, as the municipality chooses: @employer_to becomes the
 * legal employer (who holds the Wsw employment) and @work_to the work organisation (where the person
 * works), each an organisation's name; NULL leaves that choice as it is, "" returns it to the
 * destination's default, and the employee's current organisation keeps it where it is. By default
 * destination foundation moves the work to the municipal foundation and the employment to the
 * municipality (when there is an organisation of kind municipality); covenant and other move
 * nothing. */
gboolean     ovs_transfers_set_moves        (OvsStore    *store,
                                             const char  *personnel_number,
                                             const char  *employer_to,
                                             const char  *work_to,
                                             gint64       version,
                                             GError     **error);
/* Sets (or with NULL clears) the planned date of an open case. */
gboolean     ovs_transfers_set_planned_date (OvsStore    *store,
                                             const char  *personnel_number,
                                             const char  *planned_date,
                                             gint64       version,
                                             GError     **error);
/* Appends "dd-mm-jjjj user: @text" as a line to the case's notes. */
gboolean     ovs_transfers_add_note         (OvsStore    *store,
                                             const char  *personnel_number,
                                             const char  *text,
                                             gint64       version,
                                             GError     **error);

/* Ticks (done_on = @date or today, done_by = the current user) or unticks an item by its code.
 * Ticking a ticked item or unticking an unticked one changes nothing. @version is the item's
 * version the caller read ("checklist_item"; 0: no check), as above. */
gboolean     ovs_transfers_tick             (OvsStore    *store,
                                             const char  *personnel_number,
                                             const char  *code,
                                             gboolean     done,
                                             const char  *date,
                                             gint64       version,
                                             GError     **error);
/* Adds a custom item at the end of the list; its code is made from the title. Returns its id. */
gint64       ovs_transfers_add_item         (OvsStore    *store,
                                             const char  *personnel_number,
                                             const char  *title,
                                             GError     **error);

/* The standard checklist's codes, in order (NULL-terminated). */
const char * const *ovs_transfers_standard_codes (void);
/* The title of the standard checklist item @code ("Dossier ontvangen"), or NULL for another code. */
const char         *ovs_transfers_standard_title (const char *code);

/* All cases, by employee name: [{id, employee_id, employee, personnel_number, from_org_id,
 * from_organisation, destination, status, planned_date, actual_date, closed_on, notes, done, total,
 * missing, is_closed, employer_to, work_organisation_to}]; the last two name what the transfer moves
 * (null: by the destination, until it is done). */
JsonArray   *ovs_transfers_list_json        (OvsStore    *store,
                                             GError     **error);
/* The same rows as OvsTransferCase objects. */
GListStore  *ovs_transfers_list             (OvsStore    *store,
                                             GError     **error);
/* One case's row as above, or NULL (OVS_STORE_ERROR_NOT_FOUND). */
JsonObject  *ovs_transfers_get_json         (OvsStore    *store,
                                             const char  *personnel_number,
                                             GError     **error);
/* A case's checklist in order: [{id, case_id, code, title, position, done_on, done_by, done}]. */
JsonArray   *ovs_transfers_checklist_json   (OvsStore    *store,
                                             const char  *personnel_number,
                                             GError     **error);
GListStore  *ovs_transfers_checklist        (OvsStore    *store,
                                             const char  *personnel_number,
                                             GError     **error);
/* What is still missing per person: the open cases with unticked items, soonest planned first, each
 * row as in the list plus missing_items: [{code, title}]. */
JsonArray   *ovs_transfers_missing_json     (OvsStore    *store,
                                             GError     **error);

G_END_DECLS

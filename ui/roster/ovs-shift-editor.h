/* ovs-shift-editor.h — the dialog behind a cell of the week grid: add, change or remove a member's
 * shift on a day, swap it with another member's, or enter an absence. Every change goes through the
 * core as a manual override (regeneration keeps it); the core's error is shown in the dialog. */
#pragma once

#include <adwaita.h>

#include "roster/ovs-roster-week.h"

G_BEGIN_DECLS

#define OVS_TYPE_SHIFT_EDITOR (ovs_shift_editor_get_type ())
G_DECLARE_FINAL_TYPE (OvsShiftEditor, ovs_shift_editor, OVS, SHIFT_EDITOR, AdwWindow)

/* The editor for member @row on day @day of @week. It emits ::saved (a message for a toast, and
 * the table and id of a new absence, which the toast may offer to undo; else NULL and 0) after a
 * change was written, and closes. */
GtkWidget *ovs_shift_editor_new (GtkWindow     *parent,
                                 OvsStore      *store,
                                 OvsRosterWeek *week,
                                 guint          row,
                                 guint          day);

G_END_DECLS

/* ovs-transfer-open.h — the form that opens transfer cases: for one employee or several at once
 * (personnel numbers or names, separated by commas), each with the standard checklist, as
 * overstap-cli transfer open does. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

/* Opens the form; @employees (may be NULL) fills the employees field, e.g. from a selection. */
void ovs_transfer_open_form (GtkWidget  *page,
                             OvsStore   *store,
                             const char *employees);

G_END_DECLS

/* ovs-undo-toast.h — the toast after a record is made in the window, with "Ongedaan maken". */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

/* Shows @message in the toast overlay around @widget (or of the window a form dialog @widget is
 * over) with an Undo button that takes row @id of @table back with ovs_store_undo_insert(), as long
 * as nobody has changed it (version 1) and nothing refers to it; otherwise a toast says why not. */
void ovs_undo_toast_show (GtkWidget  *widget,
                          OvsStore   *store,
                          const char *table,
                          gint64      id,
                          const char *message);

G_END_DECLS

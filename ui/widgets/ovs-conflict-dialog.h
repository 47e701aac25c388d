/* ovs-conflict-dialog.h — "Changed by someone else": what an editor asks when its save was refused with
 * OVS_STORE_ERROR_CONFLICT (a row saved by someone else since the editor read it). The person chooses
 * to reload the other person's values, to save their own over them anyway, or to cancel. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called with the editor (@owner) once the person chose: @apply FALSE to reload, TRUE to save anyway
 * (the editor then saves with version 0: no check). Not called on cancel. */
typedef void (*OvsConflictChoice) (GObject *owner,
                                   gboolean apply);

/* Presents the dialog over @parent's window with @error's message (which names who changed what). The
 * choice reaches @choice only while @owner lives. */
void ovs_conflict_dialog_present (GtkWidget         *parent,
                                  const GError      *error,
                                  OvsConflictChoice  choice,
                                  GObject           *owner);

G_END_DECLS

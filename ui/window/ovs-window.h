/* ovs-window.h — the main window: a sidebar of sections and their pages, the first start and the
 * error page (unknown user, unreadable database). */
#pragma once

#include <adwaita.h>
#include <overstap/overstap.h>

#include "window/ovs-application.h"

G_BEGIN_DECLS

#define OVS_TYPE_WINDOW (ovs_window_get_type ())
G_DECLARE_FINAL_TYPE (OvsWindow, ovs_window, OVS, WINDOW, AdwApplicationWindow)

OvsWindow  *ovs_window_new          (OvsApplication *application);
/* Shows @store's sections (only those the user's role may open), or the first-start page when the
 * database was just made. */
void        ovs_window_set_store    (OvsWindow      *self,
                                     OvsStore       *store,
                                     gboolean        first_start);
OvsStore   *ovs_window_get_store    (OvsWindow      *self);
void        ovs_window_show_error   (OvsWindow      *self,
                                     const char     *title,
                                     const char     *message);
/* Leaves the first-start page for the sections. */
void        ovs_window_show_sections (OvsWindow     *self);
void        ovs_window_add_toast    (OvsWindow      *self,
                                     const char     *message);
/* The page widget of the section shown, or NULL. */
GtkWidget  *ovs_window_get_visible_page (OvsWindow  *self);

G_END_DECLS

/* ovs-preferences-window.h — the database file and the user name, kept in GSettings. */
#pragma once

#include <adwaita.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_PREFERENCES_WINDOW (ovs_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (OvsPreferencesWindow, ovs_preferences_window, OVS, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @settings may be NULL (no schema installed): the window then says that nothing can be kept.
 * @store may be NULL (nothing open). */
OvsPreferencesWindow *ovs_preferences_window_new (GtkWindow *parent,
                                                  GSettings *settings,
                                                  OvsStore  *store);

G_END_DECLS

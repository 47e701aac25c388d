/* ovs-application.h — the desktop app: command line, settings, the store it opens, app actions. */
#pragma once

#include <adwaita.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_APPLICATION (ovs_application_get_type ())
G_DECLARE_FINAL_TYPE (OvsApplication, ovs_application, OVS, APPLICATION, AdwApplication)

OvsApplication *ovs_application_new          (void);
/* NULL when the schema is not installed (running from the build tree without GSETTINGS_SCHEMA_DIR). */
GSettings      *ovs_application_get_settings (OvsApplication *self);
/* The store the windows show, NULL when it could not be opened or the user is unknown. */
OvsStore       *ovs_application_get_store    (OvsApplication *self);
/* Opens the database and user chosen by the command line, OVERSTAP_DB or the settings again, and
 * shows the result in the main window. */
void            ovs_application_reopen       (OvsApplication *self);

G_END_DECLS

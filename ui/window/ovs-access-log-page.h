/* ovs-access-log-page.h — the access log of health data as a page of the preferences window, for the
 * kwartiermaker (OVS_PERM_VIEW_ACCESS_LOG). */
#pragma once

#include <adwaita.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

/* A page listing the newest reads of health data: who, whose, what, through what and when. Returns
 * NULL when the current role may not read the log. */
AdwPreferencesPage *ovs_access_log_page_new (OvsStore *store);

G_END_DECLS

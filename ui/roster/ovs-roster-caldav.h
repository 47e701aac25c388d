/* ovs-roster-caldav.h — "Publish to a calendar server…": the form (address, user, a password only when
 * the keyring has none) and the publish itself, in a thread on a connection of its own. */
#pragma once

#include "roster/ovs-roster-page.h"

G_BEGIN_DECLS

void  _ovs_roster_caldav_publish  (OvsRosterPage *page);

G_END_DECLS

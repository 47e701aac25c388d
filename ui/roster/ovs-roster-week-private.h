/* ovs-roster-week-private.h — what the week model's files share. */
#pragma once

#include "roster/ovs-roster-week.h"

G_BEGIN_DECLS

/* "Verlof", "Ziek", … (newly allocated); in @mode PRINT sickness and medical appointments read
 * "Afwezig". */
char *_ovs_roster_absence_label (const char        *kind,
                                 OvsRosterWeekMode  mode);

G_END_DECLS

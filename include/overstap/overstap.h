/* overstap.h — the umbrella header of liboverstap, the core library. */
#pragma once

#include <glib.h>

#include "overstap/ovs-date.h"
#include "overstap/ovs-store.h"
#include "overstap/ovs-users.h"
#include "overstap/ovs-validate.h"
#include "overstap/ovs-employees.h"
/* [employees] */
#include "overstap/ovs-employee.h"
#include "overstap/ovs-employee-history.h"
/* [organisations-crews] */
#include "overstap/ovs-organisations.h"
#include "overstap/ovs-placements.h"
#include "overstap/ovs-crews.h"
#include "overstap/ovs-crew-memberships.h"
/* [transfers-covenants] */
#include "overstap/ovs-transfers.h"
#include "overstap/ovs-transfer-case.h"
#include "overstap/ovs-checklist-item.h"
#include "overstap/ovs-covenants.h"
#include "overstap/ovs-covenant.h"
#include "overstap/ovs-agreement.h"
#include "overstap/ovs-covered-employee.h"
#include "overstap/ovs-milestones.h"
#include "overstap/ovs-milestone.h"
/* [reports-demo] */
#include "overstap/ovs-parameters.h"
#include "overstap/ovs-se.h"
#include "overstap/ovs-demo.h"
/* [import-export] */
#include "overstap/ovs-csv.h"
#include "overstap/ovs-import-row.h"
#include "overstap/ovs-import-report.h"
#include "overstap/ovs-import.h"
#include "overstap/ovs-export.h"
/* [roster] */
#include "overstap/ovs-absence.h"
#include "overstap/ovs-autofill.h"
#include "overstap/ovs-conflict.h"
#include "overstap/ovs-pattern.h"
#include "overstap/ovs-roster.h"
#include "overstap/ovs-shift.h"
/* [ical] */
#include "overstap/ovs-ical.h"
/* [monitor] */
#include "overstap/ovs-monitor.h"

G_BEGIN_DECLS

/* Registers the core's resources and its gettext domain. Every entry point calls it once first.
 * OVERSTAP_LOCALEDIR overrides the installed locale folder (tests, running from the build tree). */
void ovs_init (void);

G_END_DECLS

/* overstap.h — the umbrella header of liboverstap, the core library. */
#pragma once

#include <glib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-format.h"
#include "overstap/vocab/ovs-vocab.h"
#include "overstap/store/ovs-store.h"
#include "overstap/store/ovs-users.h"
#include "overstap/store/ovs-undo.h"
#include "overstap/store/ovs-db-copy.h"
#include "overstap/base/ovs-validate.h"
#include "overstap/base/ovs-files.h"
#include "overstap/people/ovs-employees.h"
#include "overstap/people/ovs-aow.h"
#include "overstap/people/ovs-wsw.h"
/* [employees] */
#include "overstap/people/ovs-employee.h"
#include "overstap/people/ovs-employee-history.h"
#include "overstap/people/ovs-employee-list.h"
/* [organisations-crews] */
#include "overstap/people/ovs-organisations.h"
#include "overstap/people/ovs-placements.h"
#include "overstap/crews/ovs-crews.h"
#include "overstap/crews/ovs-crew-memberships.h"
/* [transfers-covenants] */
#include "overstap/transfers/ovs-transfers.h"
#include "overstap/transfers/ovs-transfer-case.h"
#include "overstap/transfers/ovs-checklist-item.h"
#include "overstap/covenants/ovs-covenants.h"
#include "overstap/covenants/ovs-covenant.h"
#include "overstap/covenants/ovs-agreement.h"
#include "overstap/covenants/ovs-covered-employee.h"
#include "overstap/programme/ovs-milestones.h"
#include "overstap/programme/ovs-milestone.h"
/* [reports-demo] */
#include "overstap/programme/ovs-parameters.h"
#include "overstap/programme/ovs-se.h"
#include "overstap/demo/ovs-demo.h"
/* [import-export] */
#include "overstap/people/ovs-csv.h"
#include "overstap/people/ovs-import-row.h"
#include "overstap/people/ovs-import-report.h"
#include "overstap/people/ovs-import.h"
#include "overstap/people/ovs-export.h"
#include "overstap/people/ovs-health-purge.h"
/* [roster] */
#include "overstap/crews/ovs-absence.h"
#include "overstap/crews/ovs-autofill.h"
#include "overstap/crews/ovs-conflict.h"
#include "overstap/crews/ovs-holidays.h"
#include "overstap/crews/ovs-pattern.h"
#include "overstap/crews/ovs-roster.h"
#include "overstap/crews/ovs-shift.h"
/* [ical] */
#include "overstap/ical/ovs-ical.h"
/* [monitor] */
#include "overstap/programme/ovs-monitor.h"
#include "overstap/programme/ovs-projection.h"
#include "overstap/programme/ovs-scenario.h"
#include "overstap/programme/ovs-dashboard.h"
#include "overstap/report/ovs-chart-render.h"

G_BEGIN_DECLS

/* Registers the core's resources and its gettext domain. Every entry point calls it once first.
 * OVERSTAP_LOCALEDIR overrides the installed locale folder (tests, running from the build tree). */
void ovs_init (void);

G_END_DECLS

/* ovs-overview-private.h — turning OvsMonitorFigures into what the Overzicht cards and charts show
 * (ovs-overview-figures.c), apart from the page's widget plumbing (ovs-overview-page.c). */
#pragma once

#include <overstap/overstap.h>

#include "overview/ovs-chart.h"
#include "overview/ovs-figure-card.h"

G_BEGIN_DECLS

/* Whether the role sees @figure at all (the monitor leaves what it may not see empty). */
gboolean _ovs_overview_figure_visible (const OvsMonitorFigures *f,
                                       const char              *figure);
void     _ovs_overview_fill_card      (OvsFigureCard           *card,
                                       const OvsMonitorFigures *f);
void     _ovs_overview_fill_se_chart        (OvsChart                *chart,
                                             const OvsMonitorFigures *f);
void     _ovs_overview_fill_transfers_chart (OvsChart                *chart,
                                             const OvsMonitorFigures *f);
void     _ovs_overview_fill_employers_chart (OvsChart                *chart,
                                             const OvsMonitorFigures *f);

G_END_DECLS

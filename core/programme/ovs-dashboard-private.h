/* ovs-dashboard-private.h — shared by the dashboard's figures and its PDF report. */
#pragma once

#include "overstap/programme/ovs-dashboard.h"

G_BEGIN_DECLS

/* A chart of a figure as the report draws it: spec fields from the figure's "chart" member. */
typedef struct
{
  char    *title, *unit;
  GStrv    labels;
  double  *values;
  guint    n;
} OvsDashboardChart;

gboolean ovs_dashboard_chart_from_json (JsonObject *figure, OvsDashboardChart *chart);
void     ovs_dashboard_chart_clear     (OvsDashboardChart *chart);

G_END_DECLS

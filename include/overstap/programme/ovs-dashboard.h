/* ovs-dashboard.h — the monitor as the council's dashboard: each key figure with its value, last
 * year's value, the change and a note that names the cause, and the council report as a PDF.
 *
 * A year's figures stand on its "as of" day: today for this year, 31 December for a past year. Last
 * year's value is the one stored by ovs_dashboard_snapshot() for that year when there is one (what was
 * reported then), else computed for the same day a year earlier. Needs OVS_PERM_VIEW_HR_SECTIONS;
 * the sickness rate only for roles with OVS_PERM_VIEW_HEALTH, and counts under 5 are not shown. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* Counts under this are suppressed in figures about health (small cells could name a person). */
#define OVS_DASHBOARD_MIN_CELL 5

/* {year, as_of, figures: [{key, title, unit, value, last_year, change, note, chart?: {title, unit,
 *  labels, values}}]}; value, last_year and change are null where unknown or suppressed. Keys:
 * employees, se, grant, cost_per_se, outflow, age_profile, seconded_share, sickness_rate (health
 * roles only), new_sheltered, and the monitor's own figures against last year: transfers, covenants,
 * reindications (health roles only), milestones. @year 0: this year. */
JsonObject *ovs_dashboard_compute   (OvsStore    *store,
                                     int          year,
                                     GError     **error);
/* Stores @year's values (replacing an earlier snapshot of that year). Needs OVS_PERM_EDIT_NOTES. */
gboolean    ovs_dashboard_snapshot  (OvsStore    *store,
                                     int          year,
                                     GError     **error);
/* Writes the council report of @year to @path: A4 PDF in the current language (Dutch under a Dutch
 * locale), the figures, their notes and the charts; the file is made readable by its owner only. */
gboolean    ovs_dashboard_write_pdf (OvsStore    *store,
                                     int          year,
                                     const char  *path,
                                     GError     **error);

G_END_DECLS

/* ovs-se.h — standard units (standaardeenheden, SE).
 *
 * The SE of an employee over a period is
 *   contract minutes / full-time minutes × (days employed in the period / days in the period) × weight
 * of their indication category, with the dated parameters (ovs-parameters.h) in force on each day:
 * where a parameter, the indication or the employee's home municipality, employer or placements
 * change inside the period, the period is split there and the parts summed. Only employment_type
 * 'wsw' counts ("nieuw beschut" has no SE), and only before the AOW date (ovs-aow.h): the employment
 * ends the day before it. Figures are exact doubles; round only to display them.
 *
 * Breakdowns:
 *  - employer: the organisation employing them on each day. The schema keeps no employer history, so
 *    a transfer case with status 'transferred' and an actual_date splits it: before that date the
 *    case's from_org_id, from it the employee's employer (or the municipal foundation, when the case
 *    went to the foundation but the employee's employer was not changed, in a case from before schema
 *    version 5 that recorded no moves). The employer is the legal employer (who holds the Wsw
 *    employment).
 *  - work organisation: where the person works on each day: before the transfer the case's
 *    work_from_id, from it the employee's work organisation (the employer when none is recorded).
 *  - home municipality: the home_municipality row in force (before the first row: the first row;
 *    none at all: "onbekend").
 *  - placement type: placement kind codes, in proportion to the placements' minutes per week on days
 *    with more than one placement; days without a placement under "none".
 *  - covenant: the SE of the covered days (covenant_employee ∩ covenant ∩ employment), with the row's
 *    own minutes per week when set, else its fixed se × covered days / days in the period, else the
 *    contract minutes. It does not add up to the total: not everybody is under a covenant.
 *  The other breakdowns add up to the total. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

typedef enum {
  OVS_SE_BY_EMPLOYER,
  OVS_SE_BY_HOME_MUNICIPALITY,
  OVS_SE_BY_PLACEMENT_TYPE,
  OVS_SE_BY_COVENANT,
  OVS_SE_BY_WORK_ORGANISATION,    /* where the person works; by_employer is the legal employer */
  OVS_SE_N_BREAKDOWNS,
} OvsSeBreakdown;

/* The key of the placement breakdown for days without a placement. */
#define OVS_SE_NO_PLACEMENT "none"
/* The key of the home municipality breakdown for employees without one. */
#define OVS_SE_UNKNOWN_MUNICIPALITY "onbekend"

#define OVS_TYPE_SE_REPORT (ovs_se_report_get_type ())
G_DECLARE_FINAL_TYPE (OvsSeReport, ovs_se_report, OVS, SE_REPORT, GObject)

/* SE over the days @start..@end (ISO, both included). Needs OVS_PERM_VIEW_HR_SECTIONS. */
OvsSeReport *ovs_se_report_new_period  (OvsStore      *store,
                                        const char    *start,
                                        const char    *end,
                                        GError       **error);
OvsSeReport *ovs_se_report_new_year    (OvsStore      *store,
                                        int            year,
                                        GError       **error);
/* @month 1..12. */
OvsSeReport *ovs_se_report_new_month   (OvsStore      *store,
                                        int            year,
                                        int            month,
                                        GError       **error);
/* The reports of the months 1..@up_to_month of @year (in @months_out[0..], NULL after @up_to_month)
 * and, when @so_far_out is not NULL, of 1 January up to @through (ISO, in @year; NULL: the end of
 * @up_to_month) — all from one load of the tables and one pass over the employees, and equal to the
 * last bit to what ovs_se_report_new_month() and ovs_se_report_new_period() give. The monitor
 * calls this. Free the reports with g_object_unref(). Needs OVS_PERM_VIEW_HR_SECTIONS. */
gboolean     ovs_se_report_months      (OvsStore      *store,
                                        int            year,
                                        int            up_to_month,
                                        const char    *through,
                                        OvsSeReport   *months_out[12],
                                        OvsSeReport  **so_far_out,
                                        GError       **error);

const char  *ovs_se_report_get_start   (OvsSeReport   *self);
const char  *ovs_se_report_get_end     (OvsSeReport   *self);
double       ovs_se_report_get_total   (OvsSeReport   *self);
/* The SE under @key (an organisation, municipality, placement kind or covenant name); 0 if absent. */
double       ovs_se_report_get         (OvsSeReport   *self,
                                        OvsSeBreakdown breakdown,
                                        const char    *key);
/* The keys of a breakdown, sorted; free with g_strfreev(). */
char       **ovs_se_report_get_keys    (OvsSeReport   *self,
                                        OvsSeBreakdown breakdown);
/* The same for one covenant: hours covered (minutes per week / 60 × covered days / 7) and the number
 * of persons covered on at least one day of the period. */
double       ovs_se_report_get_covenant_hours   (OvsSeReport *self,
                                                 const char  *covenant);
guint        ovs_se_report_get_covenant_persons (OvsSeReport *self,
                                                 const char  *covenant);
/* {"total": X, "by_employer": {..}, "by_home_municipality": {..}, "by_placement_type": {..},
 *  "by_covenant": {..}} with exact values. */
JsonObject  *ovs_se_report_to_json     (OvsSeReport   *self);

/* The SE of one employee over @start..@end (0 for nieuw beschut or when not employed then). */
gboolean     ovs_se_employee           (OvsStore      *store,
                                        gint64         employee_id,
                                        const char    *start,
                                        const char    *end,
                                        double        *se,
                                        GError       **error);

/* Per covenant for calendar year @year, by covenant name: [{id, name, party, status, price_unit,
 * price_cents, indexed_price_cents, se, target_se, hours, persons, spend_cents, budget_cents,
 * budget_share}]. The spend is se × price for price_unit 'se', hours × price for 'hour' and
 * persons × price for 'person'; the price is raised by indexation_pct for every full year since the
 * covenant's start year; a covenant that does not say who keeps the state grant (grant_holder null)
 * and is priced per SE at 0 cents takes the cents_per_se parameter in force on 1 January of @year.
 * When the party keeps the grant (grant_holder "party") the spend adds grant_cents, the grant for
 * the covered SE, which the municipality passes on; when the municipality keeps it, the price is all.
 * Employer agreements (kind employer_agreement) are left out. budget_share is spend / budget (null
 * without a budget).
 * Needs OVS_PERM_VIEW_HR_SECTIONS. The monitor calls this. */
JsonArray   *ovs_se_covenant_spend     (OvsStore      *store,
                                        int            year,
                                        GError       **error);

G_END_DECLS

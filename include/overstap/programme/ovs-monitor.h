/* ovs-monitor.h — the monitor's key figures ("3D monitor" style) and the notes that interpret them.
 *
 * ovs_monitor_compute() reads one consistent snapshot of the figures the current role may see;
 * the notes are the kwartiermaker's interpretation per figure (table figure_note), and every figure
 * has a default interpretation computed from its numbers for when no note is stored. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* The figures, by their stable key (also the figure_note.figure value). */
#define OVS_FIGURE_EMPLOYEES      "employees"       /* Wsw employees by employer and status */
#define OVS_FIGURE_SE             "se"              /* standard units this year against the targets */
#define OVS_FIGURE_TRANSFERS      "transfers"       /* transfer cases by status */
#define OVS_FIGURE_COVENANTS      "covenants"       /* covenant spend against budget */
#define OVS_FIGURE_REINDICATIONS  "reindications"   /* re-indication requests due or overdue */
#define OVS_FIGURE_MILESTONES     "milestones"      /* milestones due or overdue */

/* Sickness is health data: for roles without OVS_PERM_VIEW_HEALTH the sick are counted in @active
 * and @sick stays 0. */
typedef struct
{
  char *employer;
  int   active;
  int   sick;
  int   on_leave;
} OvsMonitorEmployerRow;

typedef struct
{
  char   *name;
  gint64  budget_cents;
  gint64  spend_cents;    /* the expected spend this year (ovs_se_covenant_spend()) */
  double  target_se;
  double  se;             /* SE realised under it this year so far */
} OvsMonitorCovenantRow;

typedef struct
{
  int        year;
  char      *today;              /* ISO */

  /* Which groups the role may see (the others are zero). */
  gboolean   has_hr_figures;     /* transfers, covenants (OVS_PERM_VIEW_HR_SECTIONS) */
  gboolean   has_health_figures; /* re-indications (OVS_PERM_VIEW_HEALTH) */

  /* Employees in service (not ended), Wsw only, by employer. */
  GPtrArray *employers;          /* OvsMonitorEmployerRow */
  int        employees_total;
  int        employees_sick;

  /* Standard units (ovs-se.h); computed for the roles that see the HR figures. */
  gboolean   has_se;
  double     se_month[12];       /* SE per month of @year (0 for months after today) */
  double     se_year;            /* SE of all Wsw employees this year so far (1 January up to today) */
  double     se_covenants;       /* of which under the covenants */
  double     se_target;          /* the sum of the covenants' targets */

  /* Transfer cases. */
  int        transfers[OVS_TRANSFER_N_STATUSES];
  int        transfers_total;

  /* Covenants that run in @year. */
  GPtrArray *covenants;          /* OvsMonitorCovenantRow */
  gint64     covenant_budget_cents;
  gint64     covenant_spend_cents;

  /* Current indications with an end date, by the date the re-indication must be requested
   * (16 weeks before the end). */
  int        reindication_overdue;
  int        reindication_due;   /* within the next 16 weeks */

  /* Milestones. */
  int        milestones_total;
  int        milestones_done;
  int        milestones_overdue;
  int        milestones_due;     /* open and due within 30 days */

  /* Privacy per role. A teamleider's figures count only the members of their own crews. Health
   * counts below OVS_MONITOR_MIN_CELL are shown as "< 5" (ovs_monitor_format_health_count()); the
   * raw numbers above stay for the rules, and every presentation (JSON, notes, window) uses these. */
  gboolean   crew_scoped;
  gboolean   sick_hidden;              /* employees_sick is shown as "< 5" */
  gboolean   sick_by_employer_hidden;  /* the rows show at work and sick together */
  gboolean   reindications_hidden;     /* the re-indication counts are shown as "< 5" */
} OvsMonitorFigures;

/* No figure may let anyone infer a health fact about fewer than this many people (AVG art. 9;
 * small-cell suppression as statistics offices do). */
#define OVS_MONITOR_MIN_CELL 5

/* Whether a count @n of a health fact in a group of @group people must be hidden: it is shown only
 * when at least OVS_MONITOR_MIN_CELL people have it, or when none of a group of at least that many
 * do. */
gboolean           ovs_monitor_health_count_hidden (int n,
                                                    int group);
/* @n as text, or "< 5" when hidden. */
char              *ovs_monitor_format_health_count (int n,
                                                    int group);

/* Reads the figures for the current year (ovs_date_today_iso()). Every role may call it; the
 * groups it may not see stay empty and are flagged in has_hr_figures / has_health_figures.
 *
 * The covenant spend is the expected spend of the whole year as ovs_se_covenant_spend() computes it
 * (draft covenants left out); the budget is per year. SE per month and so far this year (1 January up
 * to today) come from one ovs_se_report_months(). */
OvsMonitorFigures *ovs_monitor_compute        (OvsStore                *store,
                                               GError                 **error);
void               ovs_monitor_figures_free   (OvsMonitorFigures       *figures);

/* A short interpretation of @figure computed from the numbers, for when no note is stored. */
char              *ovs_monitor_default_note   (const OvsMonitorFigures *figures,
                                               const char              *figure);

/* The stored note of @figure, or NULL (no note; not an error). @updated_by and @updated_at
 * (ISO 8601 UTC) may be NULL. */
char              *ovs_monitor_get_note       (OvsStore                *store,
                                               const char              *figure,
                                               char                   **updated_by,
                                               char                   **updated_at,
                                               GError                 **error);

/* Stores @note for @figure (one of the OVS_FIGURE_* keys) with an audit row; an empty or blank note
 * removes the stored one, so the default interpretation shows again. Needs OVS_PERM_EDIT_NOTES. */
gboolean           ovs_monitor_set_note       (OvsStore                *store,
                                               const char              *figure,
                                               const char              *note,
                                               GError                 **error);

/* Whether @figure is one of the OVS_FIGURE_* keys. */
gboolean           ovs_monitor_is_figure      (const char              *figure);

/* The figures as JSON (English snake_case keys) for overstap-cli and tests. */
JsonObject        *ovs_monitor_figures_to_json (const OvsMonitorFigures *figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsMonitorFigures, ovs_monitor_figures_free)

G_END_DECLS

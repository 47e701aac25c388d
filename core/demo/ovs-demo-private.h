/* ovs-demo-private.h — what the parts of the demo generator share. */
#pragma once

#include "overstap/demo/ovs-demo.h"
#include "store/ovs-store-private.h"

G_BEGIN_DECLS

typedef struct { const char **items; guint n; } OvsDemoList;

extern const OvsDemoList ovs_demo_first_names_male, ovs_demo_first_names_female, ovs_demo_prefixes,
                         ovs_demo_last_names, ovs_demo_prefixed_last_names, ovs_demo_kernen, ovs_demo_areas,
                         ovs_demo_neighbours, ovs_demo_hirers, ovs_demo_employers, ovs_demo_vehicles,
                         ovs_demo_notes;

const char *ovs_demo_pick (const OvsDemoList *list, GRand *rand);

/* DemoEmp.status without a transfer case, and DemoEmp.kind without a current placement. */
#define DEMO_NO_CASE      (-1)
#define DEMO_NO_PLACEMENT (-1)

typedef struct
{
  gint64      id;
  int         company;         /* 0 Wezo, 1 Larcom */
  int         birth, start, end;   /* Julian days; end 0: open */
  int         leaves;          /* Julian day: left this year (see plan_leavers()), or 0 */
  int         minutes;
  gboolean    new_sheltered;
  gboolean    ernstig;
  int         crew;            /* index, or -1 */
  OvsCrewRole crew_role;
  gboolean    driver;          /* has licence B for sure: every crew has two */
  int         status;          /* an OvsTransferStatus, or DEMO_NO_CASE */
  int         kind;            /* an OvsPlacementKind, or DEMO_NO_PLACEMENT */
  int         transfer_day;
  gint64      hirer;
} DemoEmp;

typedef struct
{
  OvsStore *store;
  GRand    *rand;
  guint     n;
  int       today;
  gint64    wezo, larcom, gemeente, foundation;
  GArray   *emps;              /* DemoEmp */
  guint     n_crews;
  gint64   *crew_ids;
  GArray   *hirer_ids, *employer_ids;  /* gint64 */
  GHashTable *bsns;
} Demo;

/* The last day of @e's employment as stored: its planned end, or the day it left this year; 0: open. */
#define OVS_DEMO_END(e) ((e)->end != 0 ? (e)->end : (e)->leaves)

/* Julian day of a date, and a day as ISO into @buf (11 bytes). */
int         ovs_demo_day      (int year, int month, int day);
const char *ovs_demo_iso      (int day, char *buf);
int         ovs_demo_between  (Demo *demo, int first, int last);
gboolean    ovs_demo_chance   (Demo *demo, double p);

/* Runs @sql with values bound in the order of @types: 't' text (NULL binds NULL), 'i' gint64,
 * 'j' gint64 or NULL when 0, 'd' double, 'e' double or NULL when negative, 'D' a Julian day as ISO
 * date, 'E' the same or NULL when 0. */
gboolean    ovs_demo_run      (Demo *demo, GError **error, const char *sql, const char *types, ...);
/* The same for an `INSERT … RETURNING id`, giving the new row's id in *@id. */
gboolean    ovs_demo_insert   (Demo *demo, gint64 *id, GError **error, const char *sql, const char *types, ...);

/* ovs-demo-programme.c: crews, transfer cases, covenants, milestones. */
gboolean    ovs_demo_crews        (Demo *demo, GError **error);
gboolean    ovs_demo_transfers    (Demo *demo, GError **error);
gboolean    ovs_demo_covenants    (Demo *demo, GError **error);
gboolean    ovs_demo_milestones   (Demo *demo, GError **error);

G_END_DECLS

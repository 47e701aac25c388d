/* ovs-se-calc.c — the SE calculation: a handful of queries, then one pass over the employees in C.
 *
 * Every table the calculation needs is read once, ordered by employee, and walked with a cursor next
 * to the employees; each employee's part of the period is cut wherever something that matters
 * changes (a parameter, the indication, the home municipality, a placement, the transfer), and the
 * pieces are added up. That keeps a year over 100,000 employees well under a second. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/programme/ovs-parameters.h"
#include "programme/ovs-se-private.h"
#include "overstap/people/ovs-aow.h"
#include "store/ovs-store-private.h"

#define OPEN_END G_MAXINT
#define NO_PLACEMENT OVS_PLACEMENT_N_KINDS   /* the index after the placement kinds: days without one */
#define N_KINDS (OVS_PLACEMENT_N_KINDS + 1)

typedef struct { int from; double value; } Step;

typedef struct
{
  gint64   id;
  int      minutes;
  gint64   employer;
  int      start, end;
  gint64   from_org;
  int      transfer;       /* the day the employer changed, or 0 */
  gboolean to_foundation;
  gint64   work;           /* the work organisation now (0: the employer) */
  gint64   work_from;      /* where the person worked before the transfer (0: not recorded) */
  gboolean moves_recorded; /* the case records what it moved (schema 5); older cases do not */
} Emp;

typedef struct { gint64 emp; int from; int ernstig; } IndRow;
typedef struct { gint64 emp; int from; const char *name; } MuniRow;
typedef struct { gint64 emp; int start, end; int kind; int minutes; } PlaceRow;
typedef struct
{
  gint64   emp;
  gint64   covenant;
  int      start, end;
  gboolean has_minutes, has_se, counted;
  int      minutes;
  double   se;
} CovRow;

typedef struct { double se, hours, persons; } CovAcc;

/* The rows of one table that belong to the current employee. */
typedef struct { GArray *rows; guint first, n; } Cursor;

/* What one period adds up. */
typedef struct
{
  int         start, end, days;
  double      total;
  GHashTable *employer;            /* gint64* -> double* */
  GHashTable *work;                /* gint64* -> double* */
  GHashTable *muni;                /* interned name -> double* */
  double      kind[N_KINDS];
  GHashTable *cov;                 /* gint64* -> CovAcc* */
} Acc;

typedef struct
{
  OvsStore   *store;
  int         start, end;          /* the days loaded: all the periods' days */
  gint64      only;
  gint64      foundation;
  GArray     *steps[3];            /* fulltime, weight matig, weight ernstig */
  GArray     *emps, *inds, *munis, *places, *covs;
  GHashTable *names;               /* interned municipality names */
  guint       n_accs;
  Acc        *accs;
} Calc;

int
ovs_se_iso_to_day (const char *iso)
{
  GDate date;

  if (!ovs_date_from_iso (iso, &date))
    return 0;
  return (int) g_date_get_julian (&date);
}

static int
column_day (OvsStmt *stmt, int column, int if_null)
{
  if (ovs_stmt_is_null (stmt, column))
    return if_null;
  return ovs_se_iso_to_day (ovs_stmt_get_text (stmt, column));
}

/* ISO dates compare as text: pick the one to parse first, since parsing is the costly part of a load. */
static const char *
earlier_text (OvsStmt *stmt, int a, int b)
{
  const char *x = ovs_stmt_get_text (stmt, a), *y = ovs_stmt_get_text (stmt, b);

  return g_strcmp0 (x, y) <= 0 ? x : y;
}

static int
later_day (OvsStmt *stmt, int a, int b)
{
  const char *x = ovs_stmt_get_text (stmt, a), *y = ovs_stmt_get_text (stmt, b);

  return ovs_se_iso_to_day (g_strcmp0 (x, y) >= 0 ? x : y);
}

static void
add_to (GHashTable *table, gconstpointer key, gsize key_size, double value)
{
  double *slot = g_hash_table_lookup (table, key);

  if (slot == NULL)
    {
      slot = g_new0 (double, 1);
      g_hash_table_insert (table, key_size ? g_memdup2 (key, key_size) : (gpointer) key, slot);
    }
  *slot += value;
}

static void
add_named (GHashTable *table, const char *name, double value)
{
  double *slot = g_hash_table_lookup (table, name);

  if (slot == NULL)
    {
      slot = g_new0 (double, 1);
      g_hash_table_insert (table, g_strdup (name), slot);
    }
  *slot += value;
}

/* --- loading --- */

static OvsStmt *
prepare_filtered (Calc *c, const char *sql, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (c->store, sql, error);
  g_autofree char *start = NULL, *end = NULL;
  GDate d;

  if (stmt == NULL)
    return NULL;
  g_date_clear (&d, 1);
  g_date_set_julian (&d, (guint32) c->start);
  start = ovs_date_to_iso (&d);
  g_date_set_julian (&d, (guint32) c->end);
  end = ovs_date_to_iso (&d);
  /* ?1 one employee or 0, ?2 the period's first day, ?3 its last day. */
  ovs_stmt_bind_int64 (stmt, 1, c->only);
  ovs_stmt_bind_text (stmt, 2, start);
  ovs_stmt_bind_text (stmt, 3, end);
  return stmt;
}

static gboolean
load_parameters (Calc *c, GError **error)
{
  g_autoptr(GError) local = NULL;
  static const OvsParameterName needed[3] = {
    OVS_PARAMETER_FULLTIME_MINUTES, OVS_PARAMETER_SE_WEIGHT_MATIG, OVS_PARAMETER_SE_WEIGHT_ERNSTIG,
  };
  OvsStmt *stmt = ovs_store_prepare (c->store, "SELECT name, valid_from, value FROM parameter "
                                                    "ORDER BY name, valid_from", error);

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    for (guint i = 0; i < 3; i++)
      if (ovs_vocab_is (OVS_TYPE_PARAMETER_NAME, ovs_stmt_get_text (stmt, 0), needed[i]))
        {
          Step step = { column_day (stmt, 1, 0), ovs_stmt_get_double (stmt, 2) };

          g_array_append_val (c->steps[i], step);
        }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  for (guint i = 0; i < 3; i++)
    if (c->steps[i]->len == 0)
      {
        g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                     _("Parameter %s has no value; set it with “overstap-cli parameter set”"),
                     ovs_vocab_code (OVS_TYPE_PARAMETER_NAME, needed[i]));
        return FALSE;
      }
  return TRUE;
}

static gboolean
load_employees (Calc *c, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = prepare_filtered (c,
    "SELECT e.id, e.contract_minutes, e.employer_id, e.employment_start, e.employment_end, "
    "       t.from_org_id, t.actual_date, CASE WHEN t.destination = ?4 THEN 1 ELSE 0 END, "
    "       e.birth_date, e.work_organisation_id, t.work_from_id, "
    "       CASE WHEN t.work_to_id IS NULL AND t.employer_to_id IS NULL THEN 0 ELSE 1 END "
    "FROM employee e LEFT JOIN transfer_case t "
    "  ON t.employee_id = e.id AND t.status = ?5 AND t.actual_date IS NOT NULL "
    "WHERE (?1 = 0 OR e.id = ?1) AND e.employment_type = ?6 "
    "  AND e.employment_start <= ?3 AND (e.employment_end IS NULL OR e.employment_end >= ?2) "
    "ORDER BY e.id", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 4, ovs_vocab_code (OVS_TYPE_TRANSFER_DESTINATION, OVS_TRANSFER_DESTINATION_FOUNDATION));
  ovs_stmt_bind_text (stmt, 5, ovs_vocab_code (OVS_TYPE_TRANSFER_STATUS, OVS_TRANSFER_STATUS_TRANSFERRED));
  ovs_stmt_bind_text (stmt, 6, ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_WSW));
  while (ovs_stmt_next (stmt, &local))
    {
      Emp e = {
        .id = ovs_stmt_get_int64 (stmt, 0), .minutes = ovs_stmt_get_int (stmt, 1),
        .employer = ovs_stmt_get_int64 (stmt, 2), .start = column_day (stmt, 3, 0),
        .end = column_day (stmt, 4, OPEN_END), .from_org = ovs_stmt_get_int64 (stmt, 5),
        .transfer = column_day (stmt, 6, 0), .to_foundation = ovs_stmt_get_int (stmt, 7),
        .work = ovs_stmt_get_int64 (stmt, 9), .work_from = ovs_stmt_get_int64 (stmt, 10),
        .moves_recorded = ovs_stmt_get_int (stmt, 11),
      };
      g_autofree char *last_day = ovs_aow_last_working_day_iso (ovs_stmt_get_text (stmt, 8));

      /* The Wsw employment ends at the AOW age: nobody counts SE from that day on. */
      if (last_day != NULL)
        e.end = MIN (e.end, ovs_se_iso_to_day (last_day));
      g_array_append_val (c->emps, e);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
load_indications (Calc *c, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = prepare_filtered (c,
    "SELECT employee_id, indication_date, CASE WHEN category = ?4 THEN 1 ELSE 0 END FROM indication "
    "WHERE (?1 = 0 OR employee_id = ?1) AND ?2 <= ?3 ORDER BY employee_id, indication_date, id", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 4, ovs_vocab_code (OVS_TYPE_INDICATION_CATEGORY, OVS_INDICATION_CATEGORY_ERNSTIG));
  while (ovs_stmt_next (stmt, &local))
    {
      IndRow row = { ovs_stmt_get_int64 (stmt, 0), column_day (stmt, 1, 0), ovs_stmt_get_int (stmt, 2) };

      g_array_append_val (c->inds, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static const char *
intern (Calc *c, const char *name)
{
  char *found = g_hash_table_lookup (c->names, name);

  if (found == NULL)
    {
      found = g_strdup (name);
      g_hash_table_add (c->names, found);
    }
  return found;
}

static gboolean
load_municipalities (Calc *c, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = prepare_filtered (c,
    "SELECT employee_id, valid_from, municipality FROM home_municipality "
    "WHERE (?1 = 0 OR employee_id = ?1) AND ?2 <= ?3 ORDER BY employee_id, valid_from, id", error);

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    {
      MuniRow row = { ovs_stmt_get_int64 (stmt, 0), column_day (stmt, 1, 0),
                      intern (c, ovs_stmt_get_text (stmt, 2)) };

      g_array_append_val (c->munis, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static int
kind_index (const char *code)
{
  int kind = NO_PLACEMENT;

  ovs_vocab_lookup (OVS_TYPE_PLACEMENT_KIND, code, &kind);
  return kind;
}

static gboolean
load_placements (Calc *c, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = prepare_filtered (c,
    "SELECT employee_id, start_date, end_date, kind, minutes_per_week FROM placement "
    "WHERE (?1 = 0 OR employee_id = ?1) AND start_date <= ?3 AND (end_date IS NULL OR end_date >= ?2) "
    "ORDER BY employee_id, start_date, id", error);

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    {
      PlaceRow row = { ovs_stmt_get_int64 (stmt, 0), column_day (stmt, 1, 0), column_day (stmt, 2, OPEN_END),
                       kind_index (ovs_stmt_get_text (stmt, 3)), ovs_stmt_get_int (stmt, 4) };

      g_array_append_val (c->places, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
load_covenant_rows (Calc *c, GError **error)
{
  g_autoptr(GError) local = NULL;
  /* A row covers the days inside both its own dates and the covenant's: the later start and the
   * earlier end, taken in C because two-argument max() and min() are SQLite's own. */
  OvsStmt *stmt = prepare_filtered (c,
    "SELECT ce.employee_id, ce.covenant_id, ce.start_date, cv.start_date, "
    "       coalesce (ce.end_date, '9999-12-31'), coalesce (cv.end_date, '9999-12-31'), "
    "       ce.minutes_per_week, ce.se "
    "FROM covenant_employee ce JOIN covenant cv ON cv.id = ce.covenant_id "
    "WHERE (?1 = 0 OR ce.employee_id = ?1) AND ce.start_date <= ?3 AND cv.start_date <= ?3 "
    "  AND coalesce (ce.end_date, '9999-12-31') >= ?2 AND coalesce (cv.end_date, '9999-12-31') >= ?2 "
    "ORDER BY ce.employee_id, ce.start_date, ce.id", error);

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    {
      CovRow row = {
        .emp = ovs_stmt_get_int64 (stmt, 0), .covenant = ovs_stmt_get_int64 (stmt, 1),
        .start = later_day (stmt, 2, 3),
        .end = ovs_se_iso_to_day (earlier_text (stmt, 4, 5)),
        .has_minutes = !ovs_stmt_is_null (stmt, 6), .minutes = ovs_stmt_get_int (stmt, 6),
        .has_se = !ovs_stmt_is_null (stmt, 7), .se = ovs_stmt_get_double (stmt, 7),
      };

      g_array_append_val (c->covs, row);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
load_foundation (Calc *c, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (c->store, "SELECT id FROM organisation WHERE kind = ? "
                                                    "ORDER BY id LIMIT 1", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, ovs_vocab_code (OVS_TYPE_ORGANISATION_KIND, OVS_ORGANISATION_KIND_FOUNDATION));
  if (ovs_stmt_next (stmt, &local))
    c->foundation = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
load_all (Calc *c, GError **error)
{
  return load_parameters (c, error) && load_foundation (c, error) && load_employees (c, error) &&
         load_indications (c, error) && load_municipalities (c, error) && load_placements (c, error) &&
         load_covenant_rows (c, error);
}

/* --- the pass over the employees --- */

static void
cursor_seek (Cursor *cur, gsize row_size, gint64 emp)
{
  /* Every row type starts with its employee id. */
#define ROW_EMP(i) (*(gint64 *) (cur->rows->data + (gsize) (i) * row_size))
  cur->first += cur->n;
  while (cur->first < cur->rows->len && ROW_EMP (cur->first) < emp)
    cur->first++;
  cur->n = 0;
  while (cur->first + cur->n < cur->rows->len && ROW_EMP (cur->first + cur->n) == emp)
    cur->n++;
#undef ROW_EMP
}

static double
step_at (GArray *steps, int day)
{
  double value = g_array_index (steps, Step, 0).value;

  for (guint i = 0; i < steps->len && g_array_index (steps, Step, i).from <= day; i++)
    value = g_array_index (steps, Step, i).value;
  return value;
}

static void
add_cut (GArray *cuts, int a, int b, int day)
{
  if (day > a && day <= b)
    g_array_append_val (cuts, day);
}

static int
compare_int (gconstpointer a, gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

typedef struct { Cursor ind, muni, place, cov; } EmpRows;

static void
collect_cuts (Calc *c, const Emp *e, const EmpRows *r, int a, int b, GArray *cuts)
{
  g_array_set_size (cuts, 0);
  g_array_append_val (cuts, a);
  for (guint k = 0; k < 3; k++)
    for (guint i = 0; i < c->steps[k]->len; i++)
      add_cut (cuts, a, b, g_array_index (c->steps[k], Step, i).from);
  for (guint i = 0; i < r->ind.n; i++)
    add_cut (cuts, a, b, g_array_index (c->inds, IndRow, r->ind.first + i).from);
  for (guint i = 0; i < r->muni.n; i++)
    add_cut (cuts, a, b, g_array_index (c->munis, MuniRow, r->muni.first + i).from);
  for (guint i = 0; i < r->place.n; i++)
    {
      const PlaceRow *p = &g_array_index (c->places, PlaceRow, r->place.first + i);

      add_cut (cuts, a, b, p->start);
      if (p->end != OPEN_END)
        add_cut (cuts, a, b, p->end + 1);
    }
  if (e->transfer != 0)
    add_cut (cuts, a, b, e->transfer);
  g_array_sort (cuts, compare_int);
}

static gboolean
ernstig_at (Calc *c, const Cursor *cur, int day)
{
  gboolean ernstig = FALSE;

  /* Before the first indication its category holds; without any, matig. */
  for (guint i = 0; i < cur->n; i++)
    {
      const IndRow *row = &g_array_index (c->inds, IndRow, cur->first + i);

      if (i == 0 || row->from <= day)
        ernstig = row->ernstig;
    }
  return ernstig;
}

static const char *
municipality_at (Calc *c, const Cursor *cur, int day)
{
  const char *name = OVS_SE_UNKNOWN_MUNICIPALITY;

  for (guint i = 0; i < cur->n; i++)
    {
      const MuniRow *row = &g_array_index (c->munis, MuniRow, cur->first + i);

      if (i == 0 || row->from <= day)
        name = row->name;
    }
  return name;
}

static gint64
employer_at (Calc *c, const Emp *e, int day)
{
  if (e->transfer != 0 && day < e->transfer)
    return e->from_org;
  /* A case from before schema 5 that did not move the employer still meant the foundation. */
  if (e->transfer != 0 && !e->moves_recorded && e->to_foundation && e->employer == e->from_org &&
      c->foundation != 0)
    return c->foundation;
  return e->employer;
}

/* Where the person worked on @day: before a transfer where they worked then, after it where they work
 * now; cases from before schema 5 moved the two together. */
static gint64
work_at (Calc *c, const Emp *e, int day)
{
  if (e->transfer != 0 && !e->moves_recorded)
    return employer_at (c, e, day);
  if (e->transfer != 0 && day < e->transfer && e->work_from != 0)
    return e->work_from;
  return e->work != 0 ? e->work : e->employer;
}

static void
add_placements (Calc *c, Acc *acc, const Cursor *cur, int day, double se)
{
  int sum = 0;

  for (guint i = 0; i < cur->n; i++)
    {
      const PlaceRow *p = &g_array_index (c->places, PlaceRow, cur->first + i);

      if (p->start <= day && p->end >= day)
        sum += p->minutes;
    }
  if (sum == 0)
    {
      acc->kind[NO_PLACEMENT] += se;
      return;
    }
  for (guint i = 0; i < cur->n; i++)
    {
      const PlaceRow *p = &g_array_index (c->places, PlaceRow, cur->first + i);

      if (p->start <= day && p->end >= day)
        acc->kind[p->kind] += se * p->minutes / sum;
    }
}

static CovAcc *
covenant_acc (Acc *period, gint64 covenant)
{
  CovAcc *acc = g_hash_table_lookup (period->cov, &covenant);

  if (acc == NULL)
    {
      acc = g_new0 (CovAcc, 1);
      g_hash_table_insert (period->cov, g_memdup2 (&covenant, sizeof covenant), acc);
    }
  return acc;
}

static gboolean
already_counted (Calc *c, const Cursor *cur, gint64 covenant)
{
  for (guint i = 0; i < cur->n; i++)
    {
      const CovRow *row = &g_array_index (c->covs, CovRow, cur->first + i);

      if (row->covenant == covenant && row->counted)
        return TRUE;
    }
  return FALSE;
}

/* The covenant rows' share of the piece s..t, whose full-time minutes and weight are @fulltime, @w. */
static void
add_covenants (Calc *c, Acc *period, const Emp *e, const Cursor *cur, int s, int t, double fulltime, double w)
{
  for (guint i = 0; i < cur->n; i++)
    {
      CovRow *row = &g_array_index (c->covs, CovRow, cur->first + i);
      int lo = MAX (s, row->start), hi = MIN (t, row->end);
      int minutes = row->has_minutes ? row->minutes : e->minutes;
      double days = hi - lo + 1;
      CovAcc *acc;

      if (lo > hi)
        continue;
      acc = covenant_acc (period, row->covenant);
      if (!row->has_minutes && row->has_se)
        acc->se += row->se * days / period->days;
      else
        acc->se += minutes / fulltime * w * days / period->days;
      acc->hours += minutes / 60.0 * days / 7.0;
      if (!already_counted (c, cur, row->covenant))
        acc->persons += 1;
      row->counted = TRUE;
    }
}

static void
add_piece (Calc *c, Acc *acc, const Emp *e, const EmpRows *r, int s, int t)
{
  gboolean ernstig = ernstig_at (c, &r->ind, s);
  double fulltime = step_at (c->steps[0], s);
  double w = step_at (c->steps[ernstig ? 2 : 1], s);
  double se = e->minutes / fulltime * w * (t - s + 1) / acc->days;
  gint64 employer = employer_at (c, e, s);
  gint64 work = work_at (c, e, s);

  acc->total += se;
  add_to (acc->employer, &employer, sizeof employer, se);
  add_to (acc->work, &work, sizeof work, se);
  add_to (acc->muni, municipality_at (c, &r->muni, s), 0, se);
  add_placements (c, acc, &r->place, s, se);
  add_covenants (c, acc, e, &r->cov, s, t, fulltime, w);
}

/* One employee's part of one period. Each period counts a covenant's persons afresh, so the
 * rows' marks are cleared first; the pieces are added in the same order as a calculation over
 * that period alone, so the doubles come out the same to the last bit. */
static void
add_employee_period (Calc *c, Acc *acc, const Emp *e, EmpRows *r, GArray *cuts)
{
  int a = MAX (acc->start, e->start), b = MIN (acc->end, e->end);

  if (a > b)
    return;
  for (guint i = 0; i < r->cov.n; i++)
    g_array_index (c->covs, CovRow, r->cov.first + i).counted = FALSE;
  collect_cuts (c, e, r, a, b, cuts);
  for (guint k = 0; k < cuts->len; k++)
    {
      int s = g_array_index (cuts, int, k);
      int t = k + 1 < cuts->len ? g_array_index (cuts, int, k + 1) - 1 : b;

      if (s <= t)
        add_piece (c, acc, e, r, s, t);
    }
}

static void
run (Calc *c)
{
  EmpRows r = { { c->inds, 0, 0 }, { c->munis, 0, 0 }, { c->places, 0, 0 }, { c->covs, 0, 0 } };
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < c->emps->len; i++)
    {
      const Emp *e = &g_array_index (c->emps, Emp, i);

      cursor_seek (&r.ind, sizeof (IndRow), e->id);
      cursor_seek (&r.muni, sizeof (MuniRow), e->id);
      cursor_seek (&r.place, sizeof (PlaceRow), e->id);
      cursor_seek (&r.cov, sizeof (CovRow), e->id);
      if (e->minutes <= 0)
        continue;
      for (guint p = 0; p < c->n_accs; p++)
        add_employee_period (c, &c->accs[p], e, &r, cuts);
    }
}

/* --- results by name --- */

static GHashTable *
new_name_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static GHashTable *
load_names (OvsStore *store, const char *sql, GError **error)
{
  g_autoptr(GError) local = NULL;
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  if (stmt == NULL)
    {
      g_hash_table_unref (names);
      return NULL;
    }
  while (ovs_stmt_next (stmt, &local))
    {
      gint64 id = ovs_stmt_get_int64 (stmt, 0);

      g_hash_table_insert (names, g_memdup2 (&id, sizeof id), g_strdup (ovs_stmt_get_text (stmt, 1)));
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_hash_table_unref (names);
      return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
    }
  return names;
}

static const char *
name_of (GHashTable *names, gint64 id)
{
  const char *name = g_hash_table_lookup (names, &id);

  return name ? name : "?";
}

static void
fill_totals (const Acc *c, GHashTable *orgs, GHashTable *covenants, OvsSeTotals *out)
{
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < OVS_SE_N_BREAKDOWNS; i++)
    out->by[i] = new_name_table ();
  out->covenant_hours = new_name_table ();
  out->covenant_persons = new_name_table ();
  out->total = c->total;
  g_hash_table_iter_init (&iter, c->employer);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_named (out->by[OVS_SE_BY_EMPLOYER], name_of (orgs, *(gint64 *) key), *(double *) value);
  g_hash_table_iter_init (&iter, c->work);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_named (out->by[OVS_SE_BY_WORK_ORGANISATION], name_of (orgs, *(gint64 *) key), *(double *) value);
  g_hash_table_iter_init (&iter, c->muni);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_named (out->by[OVS_SE_BY_HOME_MUNICIPALITY], key, *(double *) value);
  for (guint i = 0; i < N_KINDS; i++)
    if (c->kind[i] != 0)
      add_named (out->by[OVS_SE_BY_PLACEMENT_TYPE],
                 i == NO_PLACEMENT ? OVS_SE_NO_PLACEMENT : ovs_vocab_code (OVS_TYPE_PLACEMENT_KIND, (int) i),
                 c->kind[i]);
  g_hash_table_iter_init (&iter, c->cov);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *name = name_of (covenants, *(gint64 *) key);
      CovAcc *acc = value;

      add_named (out->by[OVS_SE_BY_COVENANT], name, acc->se);
      add_named (out->covenant_hours, name, acc->hours);
      add_named (out->covenant_persons, name, acc->persons);
    }
}

static gboolean
fill_all_totals (Calc *c, OvsSeTotals *outs, GError **error)
{
  g_autoptr(GHashTable) orgs = load_names (c->store, "SELECT id, name FROM organisation", error);
  g_autoptr(GHashTable) covenants = orgs ? load_names (c->store, "SELECT id, name FROM covenant", error) : NULL;

  if (covenants == NULL)
    return FALSE;
  for (guint p = 0; p < c->n_accs; p++)
    fill_totals (&c->accs[p], orgs, covenants, &outs[p]);
  return TRUE;
}

static void
calc_clear (Calc *c)
{
  for (guint i = 0; i < 3; i++)
    g_clear_pointer (&c->steps[i], g_array_unref);
  g_clear_pointer (&c->emps, g_array_unref);
  g_clear_pointer (&c->inds, g_array_unref);
  g_clear_pointer (&c->munis, g_array_unref);
  g_clear_pointer (&c->places, g_array_unref);
  g_clear_pointer (&c->covs, g_array_unref);
  g_clear_pointer (&c->names, g_hash_table_unref);
  for (guint p = 0; p < c->n_accs; p++)
    {
      g_clear_pointer (&c->accs[p].employer, g_hash_table_unref);
      g_clear_pointer (&c->accs[p].work, g_hash_table_unref);
      g_clear_pointer (&c->accs[p].muni, g_hash_table_unref);
      g_clear_pointer (&c->accs[p].cov, g_hash_table_unref);
    }
  g_clear_pointer (&c->accs, g_free);
}

gboolean
ovs_se_compute_periods (OvsStore *store, guint n_periods, const int *starts, const int *ends,
                        gint64 only_employee, OvsSeTotals *outs, GError **error)
{
  Calc c = { .store = store, .start = G_MAXINT, .end = 0, .only = only_employee, .n_accs = n_periods };
  gboolean ok;

  g_return_val_if_fail (n_periods > 0 && starts != NULL && ends != NULL && outs != NULL, FALSE);
  for (guint p = 0; p < n_periods; p++)
    g_return_val_if_fail (starts[p] > 0 && ends[p] >= starts[p], FALSE);

  /* Load the rows of all the periods' days at once; each period still sees only its own days. */
  c.accs = g_new0 (Acc, n_periods);
  for (guint p = 0; p < n_periods; p++)
    {
      Acc *acc = &c.accs[p];

      acc->start = starts[p];
      acc->end = ends[p];
      acc->days = ends[p] - starts[p] + 1;
      acc->employer = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      acc->work = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      acc->muni = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
      acc->cov = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      c.start = MIN (c.start, starts[p]);
      c.end = MAX (c.end, ends[p]);
    }
  for (guint i = 0; i < 3; i++)
    c.steps[i] = g_array_new (FALSE, FALSE, sizeof (Step));
  c.emps = g_array_new (FALSE, FALSE, sizeof (Emp));
  c.inds = g_array_new (FALSE, FALSE, sizeof (IndRow));
  c.munis = g_array_new (FALSE, FALSE, sizeof (MuniRow));
  c.places = g_array_new (FALSE, FALSE, sizeof (PlaceRow));
  c.covs = g_array_new (FALSE, FALSE, sizeof (CovRow));
  c.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  ok = load_all (&c, error);
  if (ok)
    {
      run (&c);
      ok = fill_all_totals (&c, outs, error);
    }
  calc_clear (&c);
  return ok;
}

gboolean
ovs_se_compute (OvsStore *store, int start, int end, gint64 only_employee, OvsSeTotals *out, GError **error)
{
  g_return_val_if_fail (start > 0 && end >= start, FALSE);
  return ovs_se_compute_periods (store, 1, &start, &end, only_employee, out, error);
}

void
ovs_se_totals_clear (OvsSeTotals *totals)
{
  for (guint i = 0; i < OVS_SE_N_BREAKDOWNS; i++)
    g_clear_pointer (&totals->by[i], g_hash_table_unref);
  g_clear_pointer (&totals->covenant_hours, g_hash_table_unref);
  g_clear_pointer (&totals->covenant_persons, g_hash_table_unref);
}

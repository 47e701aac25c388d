/* ovs-monitor.c — computing the monitor's key figures in one read transaction. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/programme/ovs-monitor.h"
#include "overstap/programme/ovs-se.h"
#include "store/ovs-store-private.h"

#define STATUS(value) ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, (value))

static void
employer_row_free (gpointer data)
{
  OvsMonitorEmployerRow *row = data;

  g_free (row->employer);
  g_free (row);
}

static void
covenant_row_free (gpointer data)
{
  OvsMonitorCovenantRow *row = data;

  g_free (row->name);
  g_free (row);
}

void
ovs_monitor_figures_free (OvsMonitorFigures *figures)
{
  if (figures == NULL)
    return;
  g_clear_pointer (&figures->employers, g_ptr_array_unref);
  g_clear_pointer (&figures->covenants, g_ptr_array_unref);
  g_free (figures->today);
  g_free (figures);
}

static OvsMonitorEmployerRow *
find_employer (OvsMonitorFigures *f, const char *name)
{
  OvsMonitorEmployerRow *row;

  for (guint i = 0; i < f->employers->len; i++)
    if (g_str_equal (((OvsMonitorEmployerRow *) g_ptr_array_index (f->employers, i))->employer, name))
      return g_ptr_array_index (f->employers, i);
  row = g_new0 (OvsMonitorEmployerRow, 1);
  row->employer = g_strdup (name);
  g_ptr_array_add (f->employers, row);
  return row;
}

gboolean
ovs_monitor_health_count_hidden (int n, int group)
{
  return n == 0 ? group < OVS_MONITOR_MIN_CELL : n < OVS_MONITOR_MIN_CELL;
}

char *
ovs_monitor_format_health_count (int n, int group)
{
  if (ovs_monitor_health_count_hidden (n, group))
    return g_strdup_printf ("< %d", OVS_MONITOR_MIN_CELL);
  return g_strdup_printf ("%d", n);
}

/* A teamleider counts the members of their own crews on ?1 only (?4: their user name, NULL for all).
 * On a server a team leader reads employees through the view that hides what their role may not
 * read (ovs_store_employee_source()). */
static gboolean
read_employees (OvsStore *store, OvsMonitorFigures *f, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *sql = g_strdup_printf (
    "SELECT o.name, e.status, count(*) FROM %s e JOIN organisation o ON o.id = e.employer_id "
    "WHERE e.employment_type = ?2 AND e.status <> ?3 "
    "  AND (e.employment_end IS NULL OR e.employment_end >= ?1) AND e.employment_start <= ?1 "
    "  AND (?4 IS NULL OR EXISTS (SELECT 1 FROM crew_membership sm "
    "    JOIN user_crew su ON su.crew_id = sm.crew_id JOIN app_user sa ON sa.id = su.user_id "
    "    WHERE sm.employee_id = e.id AND sa.name = ?4 AND sm.start_date <= ?1 "
    "      AND (sm.end_date IS NULL OR sm.end_date >= ?1))) "
    "GROUP BY o.name, e.status ORDER BY o.name", ovs_store_employee_source (store));
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, f->today);
  ovs_stmt_bind_text (stmt, 2, ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_WSW));
  ovs_stmt_bind_text (stmt, 3, STATUS (OVS_EMPLOYEE_STATUS_ENDED));
  ovs_stmt_bind_text_or_null (stmt, 4, ovs_store_crew_scope (store));
  while (ovs_stmt_next (stmt, &local))
    {
      OvsMonitorEmployerRow *row = find_employer (f, ovs_stmt_get_text (stmt, 0));
      int status = OVS_EMPLOYEE_STATUS_ACTIVE;
      int n = ovs_stmt_get_int (stmt, 2);

      ovs_vocab_lookup (OVS_TYPE_EMPLOYEE_STATUS, ovs_stmt_get_text (stmt, 1), &status);
      if (status == OVS_EMPLOYEE_STATUS_SICK && f->has_health_figures)
        row->sick += n, f->employees_sick += n;
      else if (status == OVS_EMPLOYEE_STATUS_ON_LEAVE)
        row->on_leave += n;
      else
        row->active += n;
      f->employees_total += n;
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

static gboolean
read_transfers (OvsStore *store, OvsMonitorFigures *f, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT status, count(*) FROM transfer_case GROUP BY status", error);

  if (stmt == NULL)
    return FALSE;
  while (ovs_stmt_next (stmt, &local))
    {
      int status;

      if (ovs_vocab_lookup (OVS_TYPE_TRANSFER_STATUS, ovs_stmt_get_text (stmt, 0), &status))
        f->transfers[status] = ovs_stmt_get_int (stmt, 1);
      f->transfers_total += ovs_stmt_get_int (stmt, 1);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

/* The ids of the covenants agreed (not drafts) that run at some time in @year. */
static GHashTable *
covenants_in_year (OvsStore *store, int year, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *year_start = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT id FROM covenant WHERE status <> ?3 AND start_date <= ?2 "
    "AND (end_date IS NULL OR end_date >= ?1)", error);

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, year_start);
  ovs_stmt_bind_text (stmt, 2, year_end);
  ovs_stmt_bind_text (stmt, 3, ovs_vocab_code (OVS_TYPE_COVENANT_STATUS, OVS_COVENANT_STATUS_DRAFT));
  while (ovs_stmt_next (stmt, &local))
    g_hash_table_add (ids, g_memdup2 (&(gint64) { ovs_stmt_get_int64 (stmt, 0) }, sizeof (gint64)));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return g_steal_pointer (&ids);
}

static gboolean
read_covenants (OvsStore *store, OvsMonitorFigures *f, GError **error)
{
  g_autoptr(GHashTable) running = covenants_in_year (store, f->year, error);
  g_autoptr(JsonArray) rows = running ? ovs_se_covenant_spend (store, f->year, error) : NULL;

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *object = json_array_get_object_element (rows, i);
      gint64 id = json_object_get_int_member (object, "id");
      OvsMonitorCovenantRow *row;

      /* Drafts are not agreed yet and other years' covenants do not count towards this budget. */
      if (!g_hash_table_contains (running, &id))
        continue;
      row = g_new0 (OvsMonitorCovenantRow, 1);
      row->name = g_strdup (json_object_get_string_member (object, "name"));
      row->budget_cents = json_object_get_int_member (object, "budget_cents");
      row->spend_cents = (gint64) (json_object_get_double_member (object, "spend_cents") + 0.5);
      row->target_se = json_object_get_double_member (object, "target_se");
      g_ptr_array_add (f->covenants, row);
      f->covenant_budget_cents += row->budget_cents;
      f->covenant_spend_cents += row->spend_cents;
      f->se_target += row->target_se;
    }
  return TRUE;
}

/* SE per month of this year up to today, and the average over the year so far: one pass over the
 * tables for all of them (ovs_se_report_months()). */
static gboolean
read_se (OvsStore *store, OvsMonitorFigures *f, GError **error)
{
  OvsSeReport *months[12];
  g_autoptr(OvsSeReport) so_far = NULL;
  int this_month = CLAMP ((int) g_ascii_strtoll (f->today + 5, NULL, 10), 1, 12);

  if (!ovs_se_report_months (store, f->year, this_month, f->today, months, &so_far, error))
    return FALSE;
  f->se_year = ovs_se_report_get_total (so_far);
  for (guint i = 0; i < f->covenants->len; i++)
    {
      OvsMonitorCovenantRow *row = g_ptr_array_index (f->covenants, i);

      row->se = ovs_se_report_get (so_far, OVS_SE_BY_COVENANT, row->name);
      f->se_covenants += row->se;
    }
  for (int month = 0; month < this_month; month++)
    {
      f->se_month[month] = ovs_se_report_get_total (months[month]);
      g_object_unref (months[month]);
    }
  f->has_se = TRUE;
  return TRUE;
}

/* A re-indication must be requested at UWV at least 16 weeks (112 days) before the indication ends.
 * The deadline lies a fixed 112 days before the end, so the query compares the end with dates
 * computed in C (?1 = today + 112 days, ?2 = today + 224 days): no engine's date functions. */
static gboolean
read_reindications (OvsStore *store, OvsMonitorFigures *f, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *overdue_before = ovs_date_iso_add_days (f->today, 112);
  g_autofree char *due_before = ovs_date_iso_add_days (f->today, 224);
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT coalesce (sum (CASE WHEN i.valid_until < ?1 THEN 1 ELSE 0 END), 0), "
    "       coalesce (sum (CASE WHEN i.valid_until >= ?1 AND i.valid_until < ?2 THEN 1 ELSE 0 END), 0) "
    "FROM indication i JOIN employee e ON e.id = i.employee_id "
    "WHERE e.status <> ?3 AND e.employment_type = ?4 AND i.valid_until IS NOT NULL "
    "  AND i.indication_date = (SELECT max (indication_date) FROM indication WHERE employee_id = e.id)",
    error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, overdue_before);
  ovs_stmt_bind_text (stmt, 2, due_before);
  ovs_stmt_bind_text (stmt, 3, STATUS (OVS_EMPLOYEE_STATUS_ENDED));
  ovs_stmt_bind_text (stmt, 4, ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_WSW));
  if (ovs_stmt_next (stmt, &local))
    {
      f->reindication_overdue = ovs_stmt_get_int (stmt, 0);
      f->reindication_due = ovs_stmt_get_int (stmt, 1);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

/* ?1 today, ?2 thirty days on (computed in C). */
static gboolean
read_milestones (OvsStore *store, OvsMonitorFigures *f, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *month_ahead = ovs_date_iso_add_days (f->today, 30);
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT count (*), coalesce (sum (CASE WHEN status = ?3 THEN 1 ELSE 0 END), 0), "
    "       coalesce (sum (CASE WHEN status <> ?3 AND due_date < ?1 THEN 1 ELSE 0 END), 0), "
    "       coalesce (sum (CASE WHEN status <> ?3 AND due_date >= ?1 "
    "                           AND due_date <= ?2 THEN 1 ELSE 0 END), 0) "
    "FROM milestone WHERE status <> ?4", error);

  if (stmt == NULL)
    return FALSE;
  /* Dropped milestones do not count; of the others, all but the done ones are still to come. */
  ovs_stmt_bind_text (stmt, 1, f->today);
  ovs_stmt_bind_text (stmt, 2, month_ahead);
  ovs_stmt_bind_text (stmt, 3, ovs_vocab_code (OVS_TYPE_MILESTONE_STATUS, OVS_MILESTONE_STATUS_DONE));
  ovs_stmt_bind_text (stmt, 4, ovs_vocab_code (OVS_TYPE_MILESTONE_STATUS, OVS_MILESTONE_STATUS_DROPPED));
  if (ovs_stmt_next (stmt, &local))
    {
      f->milestones_total = ovs_stmt_get_int (stmt, 0);
      f->milestones_done = ovs_stmt_get_int (stmt, 1);
      f->milestones_overdue = ovs_stmt_get_int (stmt, 2);
      f->milestones_due = ovs_stmt_get_int (stmt, 3);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  return TRUE;
}

/* Small cells: the total of the sick, each employer's, and the re-indication counts. When one
 * employer's count is hidden, all rows show at work and sick together, so that no hidden count can be
 * worked out from the total and the others. */
static void
suppress_small_cells (OvsMonitorFigures *f)
{
  f->sick_hidden = ovs_monitor_health_count_hidden (f->employees_sick, f->employees_total);
  for (guint i = 0; i < f->employers->len; i++)
    {
      const OvsMonitorEmployerRow *row = g_ptr_array_index (f->employers, i);

      if (ovs_monitor_health_count_hidden (row->sick, row->active + row->sick))
        f->sick_by_employer_hidden = TRUE;
    }
  f->reindications_hidden = ovs_monitor_health_count_hidden (f->reindication_overdue, OVS_MONITOR_MIN_CELL) ||
                            ovs_monitor_health_count_hidden (f->reindication_due, OVS_MONITOR_MIN_CELL);
}

static gboolean
read_all (OvsStore *store, OvsMonitorFigures *f, GError **error)
{
  if (!read_employees (store, f, error) || !read_milestones (store, f, error))
    return FALSE;
  if (f->has_hr_figures &&
      (!read_transfers (store, f, error) || !read_covenants (store, f, error) || !read_se (store, f, error)))
    return FALSE;
  if (f->has_health_figures && !read_reindications (store, f, error))
    return FALSE;
  return TRUE;
}

OvsMonitorFigures *
ovs_monitor_compute (OvsStore *store, GError **error)
{
  g_autoptr(OvsMonitorFigures) f = g_new0 (OvsMonitorFigures, 1);
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  f->today = ovs_date_today_iso ();
  f->year = (int) g_ascii_strtoll (f->today, NULL, 10);
  f->employers = g_ptr_array_new_with_free_func (employer_row_free);
  f->covenants = g_ptr_array_new_with_free_func (covenant_row_free);
  f->has_hr_figures = ovs_store_can (store, OVS_PERM_VIEW_HR_SECTIONS);
  f->has_health_figures = ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
  f->crew_scoped = ovs_store_crew_scope (store) != NULL;

  /* One read transaction makes the figures one consistent snapshot, without the write lock. */
  if (!ovs_store_begin_read (store, error))
    return NULL;
  ok = read_all (store, f, error);
  ovs_store_rollback (store);
  if (ok)
    suppress_small_cells (f);
  return ok ? g_steal_pointer (&f) : NULL;
}

/* --- JSON --- */

static JsonArray *
employers_to_json (const OvsMonitorFigures *f)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < f->employers->len; i++)
    {
      const OvsMonitorEmployerRow *row = g_ptr_array_index (f->employers, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "employer", row->employer);
      /* The counts are keyed by the status codes they count. */
      /* Small cells: at work and sick together, the sick as "< 5" (see suppress_small_cells()). */
      if (f->sick_by_employer_hidden)
        {
          g_autofree char *sick = g_strdup_printf ("< %d", OVS_MONITOR_MIN_CELL);

          json_object_set_int_member (object, STATUS (OVS_EMPLOYEE_STATUS_ACTIVE), row->active + row->sick);
          json_object_set_string_member (object, STATUS (OVS_EMPLOYEE_STATUS_SICK), sick);
        }
      else
        {
          json_object_set_int_member (object, STATUS (OVS_EMPLOYEE_STATUS_ACTIVE), row->active);
          json_object_set_int_member (object, STATUS (OVS_EMPLOYEE_STATUS_SICK), row->sick);
        }
      json_object_set_int_member (object, STATUS (OVS_EMPLOYEE_STATUS_ON_LEAVE), row->on_leave);
      json_array_add_object_element (array, object);
    }
  return array;
}

static JsonArray *
covenants_to_json (const OvsMonitorFigures *f)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < f->covenants->len; i++)
    {
      const OvsMonitorCovenantRow *row = g_ptr_array_index (f->covenants, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "name", row->name);
      json_object_set_int_member (object, "budget_cents", row->budget_cents);
      json_object_set_int_member (object, "spend_cents", row->spend_cents);
      json_object_set_double_member (object, "target_se", row->target_se);
      json_object_set_double_member (object, "se", row->se);
      json_array_add_object_element (array, object);
    }
  return array;
}

static JsonObject *
transfers_to_json (const OvsMonitorFigures *f)
{
  JsonObject *object = json_object_new ();

  for (guint i = 0; i < OVS_TRANSFER_N_STATUSES; i++)
    json_object_set_int_member (object, ovs_vocab_code (OVS_TYPE_TRANSFER_STATUS, (int) i), f->transfers[i]);
  return object;
}

/* A health count as a number, or as the text "< 5" when it is a small cell. */
static void
health_count_to_json (JsonObject *o, const char *key, int n, gboolean hidden)
{
  g_autofree char *text = NULL;

  if (!hidden)
    {
      json_object_set_int_member (o, key, n);
      return;
    }
  text = g_strdup_printf ("< %d", OVS_MONITOR_MIN_CELL);
  json_object_set_string_member (o, key, text);
}

JsonObject *
ovs_monitor_figures_to_json (const OvsMonitorFigures *f)
{
  JsonObject *o = json_object_new ();
  JsonArray *months = json_array_new ();

  g_return_val_if_fail (f != NULL, NULL);

  json_object_set_int_member (o, "year", f->year);
  json_object_set_string_member (o, "today", f->today);
  json_object_set_int_member (o, "employees_total", f->employees_total);
  health_count_to_json (o, "employees_sick", f->employees_sick, f->sick_hidden);
  json_object_set_array_member (o, "employers", employers_to_json (f));
  json_object_set_boolean_member (o, "has_se", f->has_se);
  for (guint i = 0; i < 12; i++)
    json_array_add_double_element (months, f->se_month[i]);
  json_object_set_array_member (o, "se_month", months);
  json_object_set_double_member (o, "se_year", f->se_year);
  json_object_set_double_member (o, "se_covenants", f->se_covenants);
  json_object_set_double_member (o, "se_target", f->se_target);
  json_object_set_boolean_member (o, "has_hr_figures", f->has_hr_figures);
  json_object_set_object_member (o, "transfers", transfers_to_json (f));
  json_object_set_int_member (o, "transfers_total", f->transfers_total);
  json_object_set_array_member (o, "covenants", covenants_to_json (f));
  json_object_set_int_member (o, "covenant_budget_cents", f->covenant_budget_cents);
  json_object_set_int_member (o, "covenant_spend_cents", f->covenant_spend_cents);
  json_object_set_boolean_member (o, "has_health_figures", f->has_health_figures);
  health_count_to_json (o, "reindication_overdue", f->reindication_overdue, f->reindications_hidden);
  health_count_to_json (o, "reindication_due", f->reindication_due, f->reindications_hidden);
  json_object_set_boolean_member (o, "crew_scoped", f->crew_scoped);
  json_object_set_int_member (o, "milestones_total", f->milestones_total);
  json_object_set_int_member (o, "milestones_done", f->milestones_done);
  json_object_set_int_member (o, "milestones_overdue", f->milestones_overdue);
  json_object_set_int_member (o, "milestones_due", f->milestones_due);
  return o;
}

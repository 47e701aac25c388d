/* ovs-monitor-notes.c — the notes that interpret the monitor's figures: stored ones (figure_note,
 * kwartiermaker only, audited) and default ones computed from the numbers. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/programme/ovs-monitor.h"
#include "overstap/base/ovs-validate.h"
#include "store/ovs-store-private.h"

#define MAX_NOTE_CHARS 2000

static const char *figure_keys[] = {
  OVS_FIGURE_EMPLOYEES, OVS_FIGURE_SE, OVS_FIGURE_TRANSFERS,
  OVS_FIGURE_COVENANTS, OVS_FIGURE_REINDICATIONS, OVS_FIGURE_MILESTONES,
};

gboolean
ovs_monitor_is_figure (const char *figure)
{
  for (guint i = 0; figure != NULL && i < G_N_ELEMENTS (figure_keys); i++)
    if (g_str_equal (figure, figure_keys[i]))
      return TRUE;
  return FALSE;
}

/* --- default interpretations --- */

/* Percentages and SE follow the locale (a decimal comma in Dutch): the text is for people. */
static double
percent (double part, double whole)
{
  return whole > 0 ? 100.0 * part / whole : 0;
}

static char *
note_employees (const OvsMonitorFigures *f)
{
  const OvsMonitorEmployerRow *largest = NULL;

  if (f->employees_total == 0)
    return g_strdup (_("There are no Wsw employees in service yet. Import them or add them under Employees."));
  for (guint i = 0; i < f->employers->len; i++)
    {
      const OvsMonitorEmployerRow *row = g_ptr_array_index (f->employers, i);

      if (largest == NULL || row->active + row->sick + row->on_leave >
                             largest->active + largest->sick + largest->on_leave)
        largest = row;
    }
  if (f->has_health_figures && f->sick_hidden)
    return g_strdup_printf (_("%d Wsw employees in service, fewer than %d of them sick. "
                              "The largest employer is %s with %d."),
                            f->employees_total, OVS_MONITOR_MIN_CELL, largest->employer,
                            largest->active + largest->sick + largest->on_leave);
  if (!f->has_health_figures)
    return g_strdup_printf (_("%d Wsw employees in service. The largest employer is %s with %d."),
                            f->employees_total, largest->employer,
                            largest->active + largest->sick + largest->on_leave);
  return g_strdup_printf (_("%d Wsw employees in service, %d of them sick (%.1f%%). "
                            "The largest employer is %s with %d."),
                          f->employees_total, f->employees_sick,
                          percent (f->employees_sick, f->employees_total), largest->employer,
                          largest->active + largest->sick + largest->on_leave);
}

static char *
note_se (const OvsMonitorFigures *f)
{
  if (!f->has_se)
    return g_strdup (_("Standard units are not available for this role."));
  if (f->se_target <= 0)
    return g_strdup_printf (_("%.1f SE realised this year so far; no covenant sets a target."), f->se_year);
  return g_strdup_printf (_("%.1f SE realised this year so far. Under the covenants %.1f SE against "
                            "their target of %.1f SE (%.0f%%)."),
                          f->se_year, f->se_covenants, f->se_target, percent (f->se_covenants, f->se_target));
}

static char *
note_transfers (const OvsMonitorFigures *f)
{
  int closed = f->transfers[OVS_TRANSFER_STATUS_TRANSFERRED] + f->transfers[OVS_TRANSFER_STATUS_STAYS] +
               f->transfers[OVS_TRANSFER_STATUS_DECLINED];

  if (f->transfers_total == 0)
    return g_strdup (_("No transfer cases yet."));
  return g_strdup_printf (_("%d of %d transfer cases are settled (transferred, staying or declined); "
                            "%d are still open, of which %d signed."),
                          closed, f->transfers_total, f->transfers_total - closed,
                          f->transfers[OVS_TRANSFER_STATUS_SIGNED]);
}

static char *
note_covenants (const OvsMonitorFigures *f)
{
  double share = percent (f->covenant_spend_cents, f->covenant_budget_cents);
  const char *judgement;

  if (f->covenants->len == 0)
    return g_strdup (_("No covenant runs this year."));
  if (f->covenant_budget_cents <= 0)
    return g_strdup (_("The covenants of this year have no budget set."));
  if (share > 100)
    judgement = _("That is over budget: discuss the SE taken up with the sheltered-work companies.");
  else if (share >= 90)
    judgement = _("That is within budget, with little room left.");
  else
    judgement = _("That leaves room in the budget.");
  return g_strdup_printf (_("The covenants are expected to cost %.0f%% of this year’s budget. %s"),
                          share, judgement);
}

static char *
note_reindications (const OvsMonitorFigures *f)
{
  if (f->reindication_overdue == 0 && f->reindication_due == 0)
    return g_strdup (_("No re-indication has to be requested in the next 16 weeks."));
  if (f->reindications_hidden)
    return g_strdup_printf (_("Fewer than %d re-indications must be requested, or are past the request deadline. "
                              "Request them at UWV at least 16 weeks before the indication ends."),
                            OVS_MONITOR_MIN_CELL);
  return g_strdup_printf (_("The request deadline has passed for %d re-indications, and %d must be requested "
                            "within 16 weeks. Request them at UWV at least 16 weeks before the indication ends."),
                          f->reindication_overdue, f->reindication_due);
}

static char *
note_milestones (const OvsMonitorFigures *f)
{
  if (f->milestones_total == 0)
    return g_strdup (_("No milestones are planned yet."));
  return g_strdup_printf (_("%d of %d milestones done; %d overdue and %d due within 30 days."),
                          f->milestones_done, f->milestones_total, f->milestones_overdue, f->milestones_due);
}

char *
ovs_monitor_default_note (const OvsMonitorFigures *figures, const char *figure)
{
  g_return_val_if_fail (figures != NULL, NULL);
  g_return_val_if_fail (ovs_monitor_is_figure (figure), NULL);

  if (g_str_equal (figure, OVS_FIGURE_EMPLOYEES))
    return note_employees (figures);
  if (g_str_equal (figure, OVS_FIGURE_SE))
    return note_se (figures);
  if (g_str_equal (figure, OVS_FIGURE_TRANSFERS))
    return note_transfers (figures);
  if (g_str_equal (figure, OVS_FIGURE_COVENANTS))
    return note_covenants (figures);
  if (g_str_equal (figure, OVS_FIGURE_REINDICATIONS))
    return note_reindications (figures);
  return note_milestones (figures);
}

/* --- stored notes --- */

char *
ovs_monitor_get_note (OvsStore *store, const char *figure, char **updated_by, char **updated_at,
                      GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt;
  char *note = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  g_return_val_if_fail (figure != NULL, NULL);

  stmt = ovs_store_prepare (store, "SELECT note, updated_by, updated_at FROM figure_note WHERE figure = ?",
                            error);
  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, figure);
  if (ovs_stmt_next (stmt, &local))
    {
      note = ovs_stmt_dup_text (stmt, 0);
      if (updated_by != NULL)
        *updated_by = ovs_stmt_dup_text (stmt, 1);
      if (updated_at != NULL)
        *updated_at = ovs_stmt_dup_text (stmt, 2);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return note;
}

static gboolean
validate_note (const char *figure, const char *note, GError **error)
{
  if (!ovs_monitor_is_figure (figure))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("figure: “%s” is not a figure of the monitor"), figure);
      return FALSE;
    }
  if (!g_utf8_validate (note, -1, NULL))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("note: the text is not valid UTF-8"));
      return FALSE;
    }
  if (g_utf8_strlen (note, -1) > MAX_NOTE_CHARS)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("note: %ld characters is longer than the %d allowed"),
                   (long) g_utf8_strlen (note, -1), MAX_NOTE_CHARS);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_note (OvsStore *store, const char *figure, const char *note, GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  OvsStmt *stmt;

  if (*note == '\0')
    {
      stmt = ovs_store_prepare (store, "DELETE FROM figure_note WHERE figure = ?", error);
      if (stmt == NULL)
        return FALSE;
      ovs_stmt_bind_text (stmt, 1, figure);
      return ovs_stmt_run (stmt, error);
    }
  stmt = ovs_store_prepare (store,
    "INSERT INTO figure_note (figure, note, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (figure) DO UPDATE SET note = ?2, updated_at = ?3, updated_by = ?4", error);
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, figure);
  ovs_stmt_bind_text (stmt, 2, note);
  ovs_stmt_bind_text (stmt, 3, at);
  ovs_stmt_bind_text (stmt, 4, ovs_store_get_user (store));
  return ovs_stmt_run (stmt, error);
}

gboolean
ovs_monitor_set_note (OvsStore *store, const char *figure, const char *note, GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (note ? note : ""));
  g_autofree char *old = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);

  if (!ovs_store_require (store, OVS_PERM_EDIT_NOTES, error) || !validate_note (figure, text, error))
    return FALSE;
  if (!ovs_store_begin (store, error))
    return FALSE;
  old = ovs_monitor_get_note (store, figure, NULL, NULL, NULL);
  json_object_set_string_member (changes, "figure", figure);
  json_object_set_string_member (changes, "note", text);
  if (!write_note (store, figure, text, error) ||
      !ovs_store_audit (store, *text == '\0' ? "delete" : old == NULL ? "insert" : "update",
                        "figure_note", 0, changes, error))
    {
      ovs_store_rollback (store);
      return FALSE;
    }
  if (!ovs_store_commit (store, error))
    return FALSE;
  ovs_store_emit_changed (store, "figure_note");
  return TRUE;
}

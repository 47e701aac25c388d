/* ovs-overview-figures.c — what each card and chart of the Overzicht shows, from the figures. */
#include "config.h"

#include <glib/gi18n.h>

#include <overstap/overstap.h>
#include "overview/ovs-overview-private.h"

/* The figures count the cases per OvsTransferStatus value, in the ladder's order; the vocabulary names each. */
static char *
transfer_status_title (guint status)
{
  return ovs_vocab_title_for_code (OVS_TYPE_TRANSFER_STATUS, ovs_vocab_code (OVS_TYPE_TRANSFER_STATUS, status));
}

gboolean
_ovs_overview_figure_visible (const OvsMonitorFigures *f, const char *figure)
{
  if (g_str_equal (figure, OVS_FIGURE_SE))
    return f->has_se;
  if (g_str_equal (figure, OVS_FIGURE_TRANSFERS) || g_str_equal (figure, OVS_FIGURE_COVENANTS))
    return f->has_hr_figures;
  if (g_str_equal (figure, OVS_FIGURE_REINDICATIONS))
    return f->has_health_figures;
  return TRUE;
}

/* The sick as a number, or "< 5" where a small cell would tell about fewer than five people. */
static char *
employees_caption (const OvsMonitorFigures *f)
{
  g_autofree char *sick = NULL;

  if (!f->has_health_figures)
    return g_strdup (_("in service"));
  if (!f->sick_hidden)
    return g_strdup_printf (_("in service, of whom %d sick"), f->employees_sick);
  sick = ovs_monitor_format_health_count (f->employees_sick, f->employees_total);
  return g_strdup_printf (_("in service, of whom %s sick"), sick);
}

static void
fill_employees (OvsFigureCard *card, const OvsMonitorFigures *f)
{
  g_autofree char *value = ovs_format_int (f->employees_total);
  g_autofree char *caption = employees_caption (f);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < f->employers->len; i++)
    {
      const OvsMonitorEmployerRow *row = g_ptr_array_index (f->employers, i);

      if (f->has_health_figures && f->sick_by_employer_hidden)
        g_ptr_array_add (lines, g_strdup_printf (_("%s: %d at work or sick, %d on leave"), row->employer,
                                                 row->active + row->sick, row->on_leave));
      else if (f->has_health_figures)
        g_ptr_array_add (lines, g_strdup_printf (_("%s: %d at work, %d sick, %d on leave"), row->employer,
                                                 row->active, row->sick, row->on_leave));
      else
        g_ptr_array_add (lines, g_strdup_printf (_("%s: %d in service, %d on leave"), row->employer,
                                                 row->active, row->on_leave));
    }
  g_ptr_array_add (lines, NULL);
  ovs_figure_card_set_value (card, value, caption);
  ovs_figure_card_set_details (card, (const char * const *) lines->pdata);
  ovs_figure_card_set_level (card, -1, FALSE);
}

static void
fill_se (OvsFigureCard *card, const OvsMonitorFigures *f)
{
  g_autofree char *value = ovs_format_decimal (f->se_year, 1);
  g_autofree char *caption = g_strdup_printf (_("SE in %d so far, all Wsw employees"), f->year);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < f->covenants->len; i++)
    {
      const OvsMonitorCovenantRow *row = g_ptr_array_index (f->covenants, i);
      g_autofree char *se = ovs_format_decimal (row->se, 1);
      g_autofree char *target = ovs_format_decimal (row->target_se, 1);

      g_ptr_array_add (lines, g_strdup_printf (_("%s: %s of the target of %s SE"), row->name, se, target));
    }
  g_ptr_array_add (lines, NULL);
  ovs_figure_card_set_value (card, value, caption);
  ovs_figure_card_set_details (card, (const char * const *) lines->pdata);
  /* The bar shows the covenants against their targets. */
  ovs_figure_card_set_level (card, f->se_target > 0 ? f->se_covenants / f->se_target : -1, FALSE);
}

static void
fill_transfers (OvsFigureCard *card, const OvsMonitorFigures *f)
{
  int settled = f->transfers[OVS_TRANSFER_STATUS_TRANSFERRED] + f->transfers[OVS_TRANSFER_STATUS_STAYS] +
                f->transfers[OVS_TRANSFER_STATUS_DECLINED];
  g_autofree char *value = ovs_format_int (f->transfers_total);
  g_autofree char *caption = g_strdup_printf (_("cases, %d settled and %d open"), settled,
                                              f->transfers_total - settled);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < OVS_TRANSFER_N_STATUSES; i++)
    if (f->transfers[i] > 0)
      {
        g_autofree char *status = transfer_status_title (i);

        g_ptr_array_add (lines, g_strdup_printf ("%s: %d", status, f->transfers[i]));
      }
  g_ptr_array_add (lines, NULL);
  ovs_figure_card_set_value (card, value, caption);
  ovs_figure_card_set_details (card, (const char * const *) lines->pdata);
  ovs_figure_card_set_level (card, f->transfers_total > 0 ? (double) settled / f->transfers_total : -1, FALSE);
}

static void
fill_covenants (OvsFigureCard *card, const OvsMonitorFigures *f)
{
  g_autofree char *value = ovs_format_money (f->covenant_spend_cents);
  g_autofree char *budget = ovs_format_money (f->covenant_budget_cents);
  g_autofree char *share = ovs_format_percent (f->covenant_spend_cents, f->covenant_budget_cents);
  g_autofree char *caption = g_strdup_printf (_("expected in %d, of a budget of %s (%s)"), f->year, budget, share);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < f->covenants->len; i++)
    {
      const OvsMonitorCovenantRow *row = g_ptr_array_index (f->covenants, i);
      g_autofree char *spend = ovs_format_money (row->spend_cents);
      g_autofree char *row_budget = ovs_format_money (row->budget_cents);

      g_ptr_array_add (lines, g_strdup_printf (_("%s: %s of %s"), row->name, spend, row_budget));
    }
  g_ptr_array_add (lines, NULL);
  ovs_figure_card_set_value (card, value, caption);
  ovs_figure_card_set_details (card, (const char * const *) lines->pdata);
  ovs_figure_card_set_level (card, f->covenant_budget_cents > 0
                                   ? (double) f->covenant_spend_cents / f->covenant_budget_cents : -1, TRUE);
}

static void
fill_reindications (OvsFigureCard *card, const OvsMonitorFigures *f)
{
  g_autofree char *value = f->reindications_hidden
    ? ovs_monitor_format_health_count (f->reindication_overdue + f->reindication_due, OVS_MONITOR_MIN_CELL)
    : ovs_format_int (f->reindication_overdue + f->reindication_due);
  g_autofree char *caption = f->reindications_hidden
    ? g_strdup (_("to request, past the deadline or within 16 weeks"))
    : g_strdup_printf (_("to request: %d past the deadline, %d within 16 weeks"),
                       f->reindication_overdue, f->reindication_due);

  ovs_figure_card_set_value (card, value, caption);
  ovs_figure_card_set_details (card, NULL);
  ovs_figure_card_set_level (card, -1, FALSE);
}

static void
fill_milestones (OvsFigureCard *card, const OvsMonitorFigures *f)
{
  /* Translators: milestones done of all milestones, e.g. "3 of 12". */
  g_autofree char *value = g_strdup_printf (_("%d of %d"), f->milestones_done, f->milestones_total);
  g_autofree char *caption = g_strdup_printf (_("done; %d overdue, %d due within 30 days"),
                                              f->milestones_overdue, f->milestones_due);

  ovs_figure_card_set_value (card, value, caption);
  ovs_figure_card_set_details (card, NULL);
  ovs_figure_card_set_level (card, f->milestones_total > 0 ? (double) f->milestones_done / f->milestones_total : -1, FALSE);
}

void
_ovs_overview_fill_card (OvsFigureCard *card, const OvsMonitorFigures *f)
{
  const char *figure = ovs_figure_card_get_figure (card);

  if (g_str_equal (figure, OVS_FIGURE_EMPLOYEES))
    fill_employees (card, f);
  else if (g_str_equal (figure, OVS_FIGURE_SE))
    fill_se (card, f);
  else if (g_str_equal (figure, OVS_FIGURE_TRANSFERS))
    fill_transfers (card, f);
  else if (g_str_equal (figure, OVS_FIGURE_COVENANTS))
    fill_covenants (card, f);
  else if (g_str_equal (figure, OVS_FIGURE_REINDICATIONS))
    fill_reindications (card, f);
  else
    fill_milestones (card, f);
}

/* --- charts --- */

void
_ovs_overview_fill_se_chart (OvsChart *chart, const OvsMonitorFigures *f)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  /* The locale's short month names: "jan", "feb", "mrt", … in Dutch. */
  for (int month = 1; month <= 12; month++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (f->year, month, 1, 0, 0, 0);

      g_ptr_array_add (labels, g_date_time_format (date, "%b"));
    }
  ovs_chart_set_data (chart, 12, (const char * const *) labels->pdata, f->se_month, 1);
}

void
_ovs_overview_fill_transfers_chart (OvsChart *chart, const OvsMonitorFigures *f)
{
  g_auto(GStrv) labels = g_new0 (char *, OVS_TRANSFER_N_STATUSES + 1);
  double values[OVS_TRANSFER_N_STATUSES];

  for (guint i = 0; i < OVS_TRANSFER_N_STATUSES; i++)
    {
      labels[i] = transfer_status_title (i);
      values[i] = f->transfers[i];
    }
  ovs_chart_set_data (chart, OVS_TRANSFER_N_STATUSES, (const char * const *) labels, values, 0);
}

void
_ovs_overview_fill_employers_chart (OvsChart *chart, const OvsMonitorFigures *f)
{
  g_autofree const char **labels = g_new0 (const char *, f->employers->len + 1);
  g_autofree double *values = g_new0 (double, f->employers->len + 1);

  for (guint i = 0; i < f->employers->len; i++)
    {
      const OvsMonitorEmployerRow *row = g_ptr_array_index (f->employers, i);

      labels[i] = row->employer;
      values[i] = row->active + row->sick + row->on_leave;
    }
  ovs_chart_set_data (chart, f->employers->len, labels, values, 0);
}

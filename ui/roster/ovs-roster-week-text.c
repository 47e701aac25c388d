/* ovs-roster-week-text.c — the words of the roster: day and month names, the week's title, cell
 * texts and the labels screen readers read. Dutch comes from the catalogue. */
#include "config.h"

#include <glib/gi18n.h>

#include "roster/ovs-roster-week-private.h"

static const char *day_names[] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"),
};

static const char *month_names[] = {
  N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"), N_("August"),
  N_("September"), N_("October"), N_("November"), N_("December"),
};

const char *
ovs_roster_day_name (guint day)
{
  g_return_val_if_fail (day < 7, "");
  return _(day_names[day]);
}

/* The vocabulary's label with a capital first: "Verlof", "Medische afspraak", "Feestdag". A sickness
 * reads as the state it puts someone in, the employee status "Ziek", as the Medewerkers section says
 * it; the list's own label ("ziekte") names the kind. Kinds the vocabulary does not know show as
 * absent, as health data the sheet may not show does. */
char *
_ovs_roster_absence_label (const char *kind, OvsRosterWeekMode mode)
{
  const char *shown = ovs_absence_kind_shown (kind, mode != OVS_ROSTER_WEEK_PRINT);

  if (ovs_vocab_is (OVS_TYPE_ABSENCE_KIND, shown, OVS_ABSENCE_KIND_SICKNESS))
    return ovs_vocab_title_for_code (OVS_TYPE_EMPLOYEE_STATUS,
                                     ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_SICK));
  if (!ovs_vocab_lookup (OVS_TYPE_ABSENCE_KIND, shown, NULL))
    shown = ovs_vocab_code (OVS_TYPE_ABSENCE_KIND, OVS_ABSENCE_KIND_ABSENT);
  return ovs_vocab_title_for_code (OVS_TYPE_ABSENCE_KIND, shown);
}

char *
ovs_roster_week_row_role (const OvsRosterWeekRow *row)
{
  int role;

  g_return_val_if_fail (row != NULL, NULL);
  if (!ovs_vocab_lookup (OVS_TYPE_CREW_ROLE, row->role, &role) || role == OVS_CREW_ROLE_MEMBER)
    return NULL;
  return ovs_vocab_title_for_code (OVS_TYPE_CREW_ROLE, row->role);
}

static const char *
month_name (const GDate *date)
{
  return _(month_names[g_date_get_month (date) - 1]);
}

/* "23 t/m 29 november 2026", "30 november t/m 6 december 2026" or across the new year. */
static char *
date_range (const GDate *first, const GDate *last)
{
  int d1 = g_date_get_day (first), d2 = g_date_get_day (last), y1 = g_date_get_year (first);

  if (g_date_get_month (first) == g_date_get_month (last))
    /* Translators: a week within one month: first day, last day, month, year: "23 t/m 29 november 2026". */
    return g_strdup_printf (_("%d to %d %s %d"), d1, d2, month_name (last), y1);
  if (g_date_get_year (first) == g_date_get_year (last))
    /* Translators: a week over two months: "30 november t/m 6 december 2026". */
    return g_strdup_printf (_("%d %s to %d %s %d"), d1, month_name (first), d2, month_name (last), y1);
  /* Translators: a week over the new year: "28 december 2026 t/m 3 januari 2027". */
  return g_strdup_printf (_("%d %s %d to %d %s %d"), d1, month_name (first), y1, d2, month_name (last),
                          g_date_get_year (last));
}

char *
ovs_roster_week_title (OvsRosterWeek *self)
{
  g_autofree char *range = NULL;
  GDate first, last;

  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (self), NULL);
  ovs_date_from_iso (ovs_roster_week_get_date (self, 0), &first);
  ovs_date_from_iso (ovs_roster_week_get_date (self, 6), &last);
  range = date_range (&first, &last);
  /* Translators: the week shown: ISO week number and its days, e.g. "Week 48 · 23 t/m 29 november 2026". */
  return g_strdup_printf (_("Week %u · %s"), ovs_roster_week_get_number (self), range);
}

char *
ovs_roster_shift_times (OvsShift *shift)
{
  return g_strdup_printf ("%s–%s", ovs_shift_get_start_time (shift), ovs_shift_get_end_time (shift));
}

char *
ovs_roster_week_cell_text (const OvsRosterWeekCell *cell)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (cell != NULL, NULL);
  for (guint i = 0; i < cell->shifts->len; i++)
    {
      OvsShift *shift = g_ptr_array_index (cell->shifts, i);
      g_autofree char *times = ovs_roster_shift_times (shift);
      const char *task = ovs_shift_get_task (shift);

      g_string_append_printf (text, "%s%s%s%s", text->len ? "\n" : "", times, task && *task ? " " : "",
                              task ? task : "");
    }
  if (cell->absence != NULL)
    g_string_append_printf (text, "%s%s", text->len ? "\n" : "", cell->absence);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
ovs_roster_week_cell_label (OvsRosterWeek *self, guint row, guint day)
{
  const OvsRosterWeekRow *r = ovs_roster_week_get_row (self, row);
  g_autofree char *date = NULL, *text = NULL, *conflicts = NULL;
  const OvsRosterWeekCell *cell;
  GDate when;

  g_return_val_if_fail (r != NULL && day < 7, NULL);
  cell = &r->days[day];
  ovs_date_from_iso (ovs_roster_week_get_date (self, day), &when);
  date = g_strdup_printf ("%02d-%02d", g_date_get_day (&when), g_date_get_month (&when));
  text = ovs_roster_week_cell_text (cell);
  if (*text == '\0')
    {
      g_free (text);
      text = g_strdup (cell->member ? _("no shift") : _("not in the crew"));
    }
  else
    g_strdelimit (text, "\n", ';');
  if (cell->conflicts->len > 0)
    /* Translators: added to a cell's label when it has roster conflicts. */
    conflicts = g_strdup_printf (ngettext ("; %u conflict", "; %u conflicts", cell->conflicts->len),
                                 cell->conflicts->len);
  /* Translators: a roster cell for screen readers: name, day, date (dd-mm) and what is planned,
   * e.g. "Jan de Vries, maandag 23-11: 07:30–16:00 maaien". */
  return g_strdup_printf (_("%s, %s %s: %s%s"), r->name, ovs_roster_day_name (day), date, text,
                          conflicts ? conflicts : "");
}

/* Each conflict as what happened and, on the next line, what the rule is and where it comes from
 * (ovs_conflict_code_explanation()), so a team leader need not know the codes; a blank line between
 * conflicts. */
char *
ovs_roster_conflicts_text (GPtrArray *conflicts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    {
      OvsConflict *conflict = g_ptr_array_index (conflicts, i);
      int code;
      const char *why = "";

      if (ovs_vocab_lookup (OVS_TYPE_CONFLICT_CODE, ovs_conflict_get_code (conflict), &code))
        why = ovs_conflict_code_explanation (code);
      g_string_append_printf (text, "%s%s%s%s", text->len ? "\n\n" : "", ovs_conflict_get_message (conflict),
                              *why ? "\n" : "", why);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
ovs_roster_format_minutes (int minutes)
{
  if (minutes % 60 == 0)
    /* Translators: whole hours, e.g. "36 uur". */
    return g_strdup_printf (_("%d h"), minutes / 60);
  /* Translators: hours and minutes, e.g. "7:30 uur". */
  return g_strdup_printf (_("%d:%02d h"), minutes / 60, minutes % 60);
}

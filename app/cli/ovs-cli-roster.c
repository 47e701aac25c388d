/* ovs-cli-roster.c — roster generate, check, autofill, show and shift add|change|remove|swap; the
 * `roster` group also carries export, publish and import (ovs-cli-roster-ical.c) and, for
 * convenience, the pattern and absence groups. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static char *opt_crew;
static char *opt_from;
static char *opt_to;
static char *opt_week;
static char *opt_employee;
static char *opt_date;
static char *opt_start;
static char *opt_end;
static int opt_break = -1;
static char *opt_task;
static char *opt_location;
static char *opt_uid;
static char *opt_with_uid;
static char *opt_to_employee;
static gboolean opt_json;
static gboolean opt_apply;
static gboolean opt_cancelled;
static int opt_weeks = 1;

/* "Mon 31-03-2025": a date with its weekday, in the user's language. */
static char *
day_label (const char *iso)
{
  static const char *names[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun") };
  g_autofree char *display = ovs_date_iso_to_display (iso);
  GDate date;

  if (!ovs_date_from_iso (iso, &date))
    return g_strdup (iso);
  return g_strdup_printf ("%s %s", _(names[g_date_get_weekday (&date) - 1]), display);
}

/* A shift's comma-separated conflict codes as their Dutch labels. */
static char *
conflict_labels (const char *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes ? codes : "", ",", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "",
                              ovs_vocab_label_for_code (OVS_TYPE_CONFLICT_CODE, parts[i]));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The severity of a conflict as people say it. */
static const char *
severity_label (const char *severity)
{
  if (g_strcmp0 (severity, "error") == 0)
    return _("error");
  if (g_strcmp0 (severity, "warning") == 0)
    return _("warning");
  return _("note");
}

/* --crew NAME (required unless @optional), --from and --to into ISO. */
static gboolean
period_options (OvsCli *cli, gboolean crew_optional, gint64 *crew_id, char **from, char **to, GError **error)
{
  *crew_id = 0;
  if (opt_crew == NULL && !crew_optional)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("--crew: name the crew")),
            FALSE);
  if (opt_week != NULL)
    {
      g_autoptr(GError) local = NULL;

      if (!ovs_roster_parse_week (opt_week, from, to, &local))
        return (g_set_error (error, local->domain, local->code, "--%s", local->message), FALSE);
    }
  else if (opt_from == NULL || opt_to == NULL)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                         _("--from and --to: give the period (dd-mm-jjjj), or --week YYYY-Www")), FALSE);
  else if (!ovs_cli_date ("--from", opt_from, OVS_CLI_DATE_DEFAULT, from, error) ||
           !ovs_cli_date ("--to", opt_to, OVS_CLI_DATE_DEFAULT, to, error))
    return FALSE;
  if (opt_crew != NULL && (*crew_id = ovs_roster_crew_id (cli->store, opt_crew, error)) == 0)
    return (g_prefix_error (error, "--"), FALSE);
  return TRUE;
}

static const GOptionEntry period_entries[] = {
  { "crew", 0, 0, G_OPTION_ARG_STRING, &opt_crew, N_("the crew"), N_("NAME") },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("first day (dd-mm-jjjj)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, N_("last day (dd-mm-jjjj)"), N_("DATE") },
  { "week", 0, 0, G_OPTION_ARG_STRING, &opt_week, N_("an ISO week instead of --from/--to"), N_("YYYY-Www") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { "apply", 0, 0, G_OPTION_ARG_NONE, &opt_apply, N_("autofill: write the proposal"), NULL },
  { "cancelled", 0, 0, G_OPTION_ARG_NONE, &opt_cancelled, N_("show: include removed shifts"), NULL },
  { NULL }
};

static int
roster_generate (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL, *to = NULL;
  OvsRosterStats stats;
  gint64 crew_id;

  if (!ovs_cli_parse (&argc, &argv, period_entries, NULL, _("Makes the crew's shifts from its patterns and "
                                                             "memberships; keeps manual changes.")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!period_options (cli, FALSE, &crew_id, &from, &to, &error) ||
      !ovs_roster_generate (cli->store, crew_id, from, to, &stats, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Roster of %s generated: %u added, %u restored, %u updated, %u cancelled, %u kept\n"), opt_crew,
          stats.added, stats.restored, stats.updated, stats.cancelled, stats.kept);
  return OVS_EXIT_OK;
}

static const GOptionEntry copy_entries[] = {
  { "crew", 0, 0, G_OPTION_ARG_STRING, &opt_crew, N_("the crew"), N_("NAME") },
  { "week", 0, 0, G_OPTION_ARG_STRING, &opt_week, N_("the ISO week to copy"), N_("YYYY-Www") },
  { "weeks", 0, 0, G_OPTION_ARG_INT, &opt_weeks, N_("how many weeks after it (default 1)"), N_("N") },
  { NULL }
};

static int
roster_copy_week (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL, *to = NULL;
  OvsRosterStats stats;
  gint64 crew_id;

  if (!ovs_cli_parse (&argc, &argv, copy_entries, NULL, _("Copies a crew's week to the weeks after it; equal "
                                                           "shifts stay, the others are replaced.")))
    return OVS_EXIT_USAGE;
  if (opt_crew == NULL || opt_week == NULL)
    return ovs_cli_usage (_("usage: roster copy-week --crew NAME --week YYYY-Www [--weeks N]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!period_options (cli, FALSE, &crew_id, &from, &to, &error) ||
      !ovs_roster_copy_week (cli->store, crew_id, from, opt_weeks < 0 ? 0 : (guint) opt_weeks, &stats, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Week %s of %s copied to %d weeks: %u added, %u cancelled, %u kept\n"), opt_week, opt_crew, opt_weeks,
          stats.added, stats.cancelled, stats.kept);
  return OVS_EXIT_OK;
}

static void
print_text (const char *text, gsize length, gpointer user_data)
{
  fwrite (text, 1, length, stdout);
}

/* Exit 0 whether or not conflicts are found: they are the command's answer, not a failure. */
static int
roster_check (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  g_autoptr(OvsCliTable) table = NULL;
  g_autofree char *from = NULL, *to = NULL;
  gint64 crew_id;

  if (!ovs_cli_parse (&argc, &argv, period_entries, NULL, _("Lists the roster's conflicts (exit status 0 also "
                                                             "when there are some).")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!period_options (cli, TRUE, &crew_id, &from, &to, &error) ||
      (conflicts = ovs_roster_check (cli->store, crew_id, from, to, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_conflicts_write_json_to (conflicts, print_text, NULL);
      printf ("\n");
      return OVS_EXIT_OK;
    }
  table = ovs_cli_table_new (5);
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (conflicts, i);
      g_autofree char *day = day_label (ovs_conflict_get_date (c));
      g_autofree char *people = g_strjoinv (", ", (char **) ovs_conflict_get_employees (c));

      ovs_cli_table_add (table, day, severity_label (ovs_conflict_get_severity_name (c)),
                         ovs_vocab_label_for_code (OVS_TYPE_CONFLICT_CODE, ovs_conflict_get_code (c)), people,
                         ovs_conflict_get_message (c));
    }
  ovs_cli_table_print (table);
  if (g_list_model_get_n_items (conflicts) == 0)
    printf (_("No conflicts\n"));
  return OVS_EXIT_OK;
}

static int
roster_autofill (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *from = NULL, *to = NULL;
  gint64 crew_id;
  guint n;

  if (!ovs_cli_parse (&argc, &argv, period_entries, NULL, _("Proposes the crew's roster with the fewest conflicts "
                                                             "and a fair spread; --apply writes it.")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!period_options (cli, FALSE, &crew_id, &from, &to, &error) ||
      (changes = ovs_autofill_propose (cli->store, crew_id, from, to, &error)) == NULL ||
      (opt_apply && !ovs_autofill_apply (cli->store, crew_id, changes, &error)))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      g_autoptr(JsonArray) rows = ovs_roster_changes_to_json (changes);

      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  n = g_list_model_get_n_items (changes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvsRosterChange) c = g_list_model_get_item (changes, i);
      g_autofree char *day = day_label (ovs_roster_change_get_date (c));

      printf ("%s  %s  %s–%s  %-8s %-24s %s\n", day,
              g_str_equal (ovs_roster_change_get_action (c), "add") ? "+" : "-",
              ovs_roster_change_get_start_time (c), ovs_roster_change_get_end_time (c),
              ovs_roster_change_get_personnel_number (c), ovs_roster_change_get_employee_name (c),
              ovs_roster_change_get_reason (c));
    }
  printf (opt_apply ? _("%u changes applied\n") : _("%u changes proposed; --apply writes them\n"), n);
  return OVS_EXIT_OK;
}

static int
roster_show (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) shifts = NULL;
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (6);
  g_autofree char *from = NULL, *to = NULL;
  gint64 crew_id;

  if (!ovs_cli_parse (&argc, &argv, period_entries, NULL, _("Shows the crew's shifts for a week or a period, with "
                                                             "the conflicts of each.")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!period_options (cli, FALSE, &crew_id, &from, &to, &error) ||
      (shifts = ovs_roster_list_shifts (cli->store, crew_id, from, to, opt_cancelled, TRUE, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      g_autoptr(JsonArray) rows = json_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (shifts); i++)
        {
          g_autoptr(OvsShift) s = g_list_model_get_item (shifts, i);

          json_array_add_object_element (rows, ovs_shift_to_json (s));
        }
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  for (guint i = 0; i < g_list_model_get_n_items (shifts); i++)
    {
      g_autoptr(OvsShift) s = g_list_model_get_item (shifts, i);
      g_autofree char *day = day_label (ovs_shift_get_date (s));

      g_autofree char *times = g_strdup_printf ("%s–%s", ovs_shift_get_start_time (s), ovs_shift_get_end_time (s));
      g_autofree char *conflicts = conflict_labels (ovs_shift_get_conflicts (s));
      g_autofree char *note = g_strconcat (ovs_shift_get_cancelled (s) ? _("(removed) ")
                                           : ovs_shift_get_is_override (s) ? _("(changed) ") : "",
                                           *conflicts ? "! " : "", conflicts, NULL);

      ovs_cli_table_add (table, day, times, ovs_shift_get_personnel_number (s), ovs_shift_get_employee_name (s),
                         ovs_shift_get_task (s), note);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

/* --- manual changes --- */

static const GOptionEntry shift_entries[] = {
  { "crew", 0, 0, G_OPTION_ARG_STRING, &opt_crew, N_("the crew"), N_("NAME") },
  { "employee", 0, 0, G_OPTION_ARG_STRING, &opt_employee, N_("personnel number"), N_("NUMBER") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("the day (dd-mm-jjjj)"), N_("DATE") },
  { "uid", 0, 0, G_OPTION_ARG_STRING, &opt_uid, N_("the shift's UID instead of crew, employee and date"), N_("UID") },
  { "with-uid", 0, 0, G_OPTION_ARG_STRING, &opt_with_uid, N_("swap: the other shift's UID"), N_("UID") },
  { "start", 0, 0, G_OPTION_ARG_STRING, &opt_start, N_("start time"), N_("HH:MM") },
  { "end", 0, 0, G_OPTION_ARG_STRING, &opt_end, N_("end time"), N_("HH:MM") },
  { "break", 0, 0, G_OPTION_ARG_INT, &opt_break, N_("unpaid break in minutes"), N_("MIN") },
  { "task", 0, 0, G_OPTION_ARG_STRING, &opt_task, N_("the task"), N_("TEXT") },
  { "location", 0, 0, G_OPTION_ARG_STRING, &opt_location, N_("the location"), N_("TEXT") },
  { "to-employee", 0, 0, G_OPTION_ARG_STRING, &opt_to_employee, N_("change: hand the shift to this person"),
    N_("NUMBER") },
  { NULL }
};

static gint64
employee_option (OvsCli *cli, const char *option, const char *number, GError **error)
{
  gint64 id;

  if (number == NULL)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("%s: give a personnel number"),
                         option), 0);
  if ((id = ovs_cli_employee_id (cli->store, number, error)) == 0)
    g_prefix_error (error, "%s: ", option);
  return id;
}

/* The shift named by --uid, or by --crew, @number and --date. */
static char *
shift_option (OvsCli *cli, const char *number, GError **error)
{
  g_autofree char *date = NULL;
  gint64 crew_id, employee_id;

  if (opt_uid != NULL)
    return g_strdup (opt_uid);
  if (opt_crew == NULL || opt_date == NULL)
    return (g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                         _("--uid, or --crew, --employee and --date: name the shift")), NULL);
  if ((crew_id = ovs_roster_crew_id (cli->store, opt_crew, error)) == 0)
    return (g_prefix_error (error, "--"), NULL);
  if ((employee_id = employee_option (cli, "--employee", number, error)) == 0 ||
      !ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_DEFAULT, &date, error))
    return NULL;
  return ovs_roster_shift_find (cli->store, crew_id, employee_id, date, error);
}

static int
shift_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL, *uid = NULL;
  gint64 crew_id = 0, employee_id;

  if (!ovs_cli_parse (&argc, &argv, shift_entries, NULL, _("Adds an extra shift (kept on regeneration).")))
    return OVS_EXIT_USAGE;
  if (opt_crew == NULL || opt_employee == NULL || opt_date == NULL || opt_start == NULL || opt_end == NULL)
    return ovs_cli_usage (_("usage: roster shift add --crew NAME --employee NUMBER --date D --start HH:MM --end HH:MM "
                            "[--break MIN] [--task TEXT] [--location TEXT]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((crew_id = ovs_roster_crew_id (cli->store, opt_crew, &error)) == 0)
    return (g_prefix_error (&error, "--"), ovs_cli_fail (g_steal_pointer (&error)));
  if ((employee_id = employee_option (cli, "--employee", opt_employee, &error)) == 0 ||
      !ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_DEFAULT, &date, &error) ||
      (uid = ovs_roster_shift_add (cli->store, crew_id, employee_id, date, opt_start, opt_end, MAX (opt_break, 0),
                                   opt_task, opt_location, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf ("%s\n", uid);
  return OVS_EXIT_OK;
}

static int
shift_change (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = NULL;
  OvsShiftChange change;

  if (!ovs_cli_parse (&argc, &argv, shift_entries, NULL, _("Changes a shift's times, task or person (an override).")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  change = (OvsShiftChange) { 0, opt_start, opt_end, opt_break, opt_task, opt_location };
  if ((uid = shift_option (cli, opt_employee, &error)) == NULL ||
      (opt_to_employee != NULL &&
       (change.employee_id = employee_option (cli, "--to-employee", opt_to_employee, &error)) == 0) ||
      !ovs_roster_shift_change (cli->store, uid, &change, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf ("%s\n", uid);
  return OVS_EXIT_OK;
}

static int
shift_remove (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = NULL;

  if (!ovs_cli_parse (&argc, &argv, shift_entries, NULL, _("Removes a shift (kept as cancelled).")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((uid = shift_option (cli, opt_employee, &error)) == NULL || !ovs_roster_shift_remove (cli->store, uid, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf ("%s\n", uid);
  return OVS_EXIT_OK;
}

static int
shift_swap (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL;

  if (!ovs_cli_parse (&argc, &argv, shift_entries, N_("[NUMBER NUMBER]"),
                      _("Swaps the people of two shifts: --uid A --with-uid B, or --crew C --date D NUMBER NUMBER.")))
    return OVS_EXIT_USAGE;
  if (!(opt_uid != NULL && opt_with_uid != NULL) && argc != 3)
    return ovs_cli_usage (_("usage: roster shift swap (--uid UID --with-uid UID | --crew NAME --date D NUMBER NUMBER)"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (opt_uid != NULL)
    {
      a = g_strdup (opt_uid);
      b = g_strdup (opt_with_uid);
    }
  else if ((a = shift_option (cli, argv[1], &error)) == NULL || (b = shift_option (cli, argv[2], &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_roster_shift_swap (cli->store, a, b, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf ("%s ⇄ %s\n", a, b);
  return OVS_EXIT_OK;
}

static const OvsCliCommand shift_commands[] = {
  { "add", shift_add, N_("Add an extra shift") },
  { "change", shift_change, N_("Change a shift's times, task or person") },
  { "remove", shift_remove, N_("Remove a shift (kept as cancelled)") },
  { "swap", shift_swap, N_("Swap the people of two shifts") },
  { NULL, NULL, NULL }
};

static int
roster_shift (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, shift_commands, "roster shift", argc, argv);
}

static const OvsCliCommand roster_commands[] = {
  { "generate", roster_generate, N_("Make the crew's shifts from its patterns and memberships") },
  { "check", roster_check, N_("List the roster's conflicts") },
  { "autofill", roster_autofill, N_("Propose (and with --apply write) a fair roster") },
  { "show", roster_show, N_("Show the shifts of a week or a period") },
  { "copy-week", roster_copy_week, N_("Copy a crew's week to the next weeks") },
  { "shift", roster_shift, N_("Add, change, remove or swap a shift by hand") },
  { "pattern", ovs_cli_pattern, N_("Add, change, end or list shift patterns") },
  { "absence", ovs_cli_absence, N_("Add, end or list absences") },
  /* [ical] */
  { "export", ovs_cli_roster_export, N_("Export a roster as iCalendar") },
  { "publish", ovs_cli_roster_publish, N_("Publish the rosters as .ics files") },
  { "import", ovs_cli_roster_import, N_("Import absences from an .ics file") },
  { NULL, NULL, NULL }
};

int
ovs_cli_roster (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, roster_commands, "roster", argc, argv);
}

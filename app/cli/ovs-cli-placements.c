/* ovs-cli-placements.c — placement add/change/end and list placements. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static char *opt_kind, *opt_hirer, *opt_location, *opt_hours, *opt_rate, *opt_start, *opt_end, *opt_date;
static char *opt_employee;
static gboolean opt_json;

static GOptionEntry placement_entries[] = {
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind, NULL /* placement_options() */, N_("KIND") },
  { "hirer", 0, 0, G_OPTION_ARG_STRING, &opt_hirer, N_("the organisation the employee works for"), N_("NAME") },
  { "location", 0, 0, G_OPTION_ARG_STRING, &opt_location, N_("where the work is"), N_("TEXT") },
  { "hours", 0, 0, G_OPTION_ARG_STRING, &opt_hours, N_("hours per week, e.g. 19,5"), N_("HOURS") },
  { "rate", 0, 0, G_OPTION_ARG_STRING, &opt_rate, N_("hourly rate in euros, e.g. 24,50"), N_("EUR") },
  { "start", 0, 0, G_OPTION_ARG_STRING, &opt_start, N_("first day (dd-mm-jjjj)"), N_("DATE") },
  { "end", 0, 0, G_OPTION_ARG_STRING, &opt_end, N_("last day (dd-mm-jjjj); empty: open-ended"), N_("DATE") },
  { NULL }
};

/* The options, with the kinds that --kind takes from the vocabulary. */
static const GOptionEntry *
placement_options (void)
{
  ovs_cli_describe_option (placement_entries, "kind", _("one of %s"), ovs_cli_codes (OVS_TYPE_PLACEMENT_KIND, NULL));
  return placement_entries;
}

static const GOptionEntry end_entries[] = {
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("the last day (dd-mm-jjjj)"), N_("DATE") },
  { NULL }
};

static const GOptionEntry list_entries[] = {
  { "employee", 0, 0, G_OPTION_ARG_STRING, &opt_employee, N_("only this personnel number"), N_("NR") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

/* The text options over @f (which holds the current values for "change"); the strings that
 * @f points to afterwards live in @start and @end or in the option variables. */
static gboolean
apply_options (OvsPlacementFields *f, char **start, char **end, GError **error)
{
  if (opt_hirer != NULL)
    f->hirer = opt_hirer;
  if (opt_kind != NULL)
    f->kind = opt_kind;
  if (opt_location != NULL)
    f->location = opt_location;
  if (opt_hours != NULL && !ovs_placement_parse_hours (opt_hours, &f->minutes_per_week, error))
    return FALSE;
  if (opt_rate != NULL)
    {
      f->has_hourly_rate = *opt_rate != '\0';
      if (f->has_hourly_rate && !ovs_placement_parse_rate (opt_rate, &f->hourly_rate_cents, error))
        return FALSE;
    }
  if (!ovs_cli_date ("--start", opt_start, OVS_CLI_DATE_KEEP_EMPTY, start, error) ||
      !ovs_cli_date ("--end", opt_end, OVS_CLI_DATE_KEEP_EMPTY, end, error))
    return FALSE;
  if (*start != NULL)
    f->start_date = *start;
  if (*end != NULL)
    f->end_date = **end ? *end : NULL;
  return TRUE;
}

static int
placement_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL, *end = NULL;
  OvsPlacementFields f = { 0 };
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, placement_options (), N_("NR"), _("Adds a placement for the employee with "
                                                                      "personnel number NR.")))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_kind == NULL || opt_hours == NULL || opt_start == NULL)
    return ovs_cli_usage (_("usage: placement add NR --kind KIND [--hirer NAME] [--location TEXT] --hours H "
                            "[--rate EUR] --start DATE [--end DATE]"));
  if (!apply_options (&f, &start, &end, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((f.employee_id = ovs_cli_employee_id (cli->store, argv[1], &error)) == 0 ||
      (id = ovs_placements_add (cli->store, &f, &error)) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Placement %lld added for %s\n"), (long long) id, argv[1]);
  return OVS_EXIT_OK;
}

static void
fields_from_placement (OvsPlacementFields *f, OvsPlacement *p)
{
  f->employee_id = ovs_placement_get_employee_id (p);
  f->kind = ovs_placement_get_kind (p);
  f->hirer = ovs_placement_get_hirer (p);
  f->location = ovs_placement_get_location (p);
  f->minutes_per_week = ovs_placement_get_minutes_per_week (p);
  f->has_hourly_rate = ovs_placement_get_hourly_rate_cents (p) >= 0;
  f->hourly_rate_cents = f->has_hourly_rate ? ovs_placement_get_hourly_rate_cents (p) : 0;
  f->start_date = ovs_placement_get_start_date (p);
  f->end_date = ovs_placement_get_end_date (p);
}

static int
placement_change (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsPlacement) current = NULL;
  g_autofree char *start = NULL, *end = NULL;
  OvsPlacementFields f = { 0 };
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, placement_options (), N_("ID"), _("Changes the given fields of a placement; "
                                                                      "an empty --hirer, --location, --rate or --end "
                                                                      "clears it.")))
    return OVS_EXIT_USAGE;
  if (argc != 2)
    return ovs_cli_usage (_("usage: placement change ID [--kind KIND] [--hirer NAME] [--location TEXT] [--hours H] "
                            "[--rate EUR] [--start DATE] [--end DATE]"));
  if (!ovs_cli_id_argument (argv[1], "ID", &id))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((current = ovs_placements_get (cli->store, id, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  fields_from_placement (&f, current);
  if (!apply_options (&f, &start, &end, &error) || !ovs_placements_update (cli->store, id, &f, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Placement %lld changed\n"), (long long) id);
  return OVS_EXIT_OK;
}

static int
placement_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, end_entries, N_("ID"), _("Ends a placement on the given day.")))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_date == NULL || *opt_date == '\0')
    return ovs_cli_usage (_("usage: placement end ID --date DATE"));
  if (!ovs_cli_id_argument (argv[1], "ID", &id))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_KEEP_EMPTY, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_placements_end (cli->store, id, date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Placement %lld ends on %s\n"), (long long) id, opt_date);
  return OVS_EXIT_OK;
}

static const OvsCliCommand placement_commands[] = {
  { "add", placement_add, N_("Add a placement for an employee") },
  { "change", placement_change, N_("Change a placement") },
  { "end", placement_end, N_("End a placement") },
  { NULL, NULL, NULL }
};

int
ovs_cli_placement (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, placement_commands, "placement", argc, argv);
}

static void
add_placement_row (OvsCliTable *table, JsonObject *row)
{
  g_autofree char *hirer = ovs_cli_json_text (row, "hirer", "-");
  g_autofree char *start = ovs_cli_json_text (row, "start_date", "-");
  g_autofree char *end = ovs_cli_json_text (row, "end_date", "-");
  g_autofree char *location = ovs_cli_json_text (row, "location", "-");
  gint64 minutes = json_object_get_int_member (row, "minutes_per_week");
  g_autofree char *rate = json_object_get_null_member (row, "hourly_rate_cents") ? g_strdup ("-") :
    ovs_format_euro_cents (json_object_get_int_member (row, "hourly_rate_cents"));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (row, "id"));
  g_autofree char *kind = ovs_cli_json_label (row, "kind", OVS_TYPE_PLACEMENT_KIND, "");
  g_autofree char *hours = ovs_format_minutes_as_hours ((int) minutes);
  g_autofree char *period = g_strdup_printf ("%s – %s", start, end);

  ovs_cli_table_add (table, id, json_object_get_string_member (row, "personnel_number"),
                     json_object_get_string_member (row, "employee_name"), kind, hirer, hours, rate, period, location);
}

int
ovs_cli_list_placements (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  gint64 employee = 0;

  if (!ovs_cli_parse (&argc, &argv, list_entries, NULL, NULL))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: list placements [--employee NR] [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((opt_employee != NULL && (employee = ovs_cli_employee_id (cli->store, opt_employee, &error)) == 0) ||
      (rows = ovs_placements_list_json (cli->store, employee, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    ovs_cli_print_json_array (rows);
  else
    {
      g_autoptr(OvsCliTable) table = ovs_cli_table_new (9);

      ovs_cli_table_add (table, _("No."), _("Personnel no."), _("Employee"), _("Kind"), _("Hirer"), _("Hours/week"),
                         _("Hourly rate"), _("Period"), _("Location"));
      for (guint i = 0; i < json_array_get_length (rows); i++)
        add_placement_row (table, json_array_get_object_element (rows, i));
      ovs_cli_table_print (table);
    }
  return OVS_EXIT_OK;
}

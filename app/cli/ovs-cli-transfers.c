/* ovs-cli-transfers.c — transfer, checklist, transfers missing, list transfers. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static char *opt_destination;
static char *opt_planned;
static char *opt_date;
static char *opt_title;
static char *opt_employer, *opt_work;
static gboolean opt_json;

static GOptionEntry transfer_entries[] = {
  { "destination", 0, 0, G_OPTION_ARG_STRING, &opt_destination, NULL /* transfer_options() */, N_("WHERE") },
  { "planned", 0, 0, G_OPTION_ARG_STRING, &opt_planned, N_("the planned transfer date"), N_("DATE") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("the date (dd-mm-jjjj)"), N_("DATE") },
  { "title", 0, 0, G_OPTION_ARG_STRING, &opt_title, N_("the title of a new checklist item"), N_("TITLE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { "employer", 0, 0, G_OPTION_ARG_STRING, &opt_employer,
    N_("the legal employer after the transfer (\"\": the destination's default)"), N_("NAME") },
  { "work-organisation", 0, 0, G_OPTION_ARG_STRING, &opt_work,
    N_("where the person works after the transfer (\"\": the destination's default)"), N_("NAME") },
  { NULL }
};

/* The options, with the destinations that --destination takes from the vocabulary. */
static const GOptionEntry *
transfer_options (void)
{
  ovs_cli_describe_option (transfer_entries, "destination", _("one of %s"),
                           ovs_cli_codes (OVS_TYPE_TRANSFER_DESTINATION, NULL));
  return transfer_entries;
}

/* The options and exactly @n arguments, or the usage line and exit status 2. */
#define PARSE_OR_USAGE(params, n, usage) \
  if (!ovs_cli_parse_args (&argc, &argv, transfer_options (), params, n, n, usage)) \
    return OVS_EXIT_USAGE

static int
transfer_open (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *usage = g_strdup_printf (_("usage: transfer open NR --destination %s [--planned DATE]"),
                                            ovs_cli_codes (OVS_TYPE_TRANSFER_DESTINATION, "|"));

  PARSE_OR_USAGE ("NR", 1, usage);
  if (opt_destination == NULL)
    return ovs_cli_usage ("%s", usage);
  if (!ovs_cli_date (NULL, opt_planned, OVS_CLI_DATE_DEFAULT, &planned, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (ovs_transfers_open (cli->store, argv[1], opt_destination, planned, &error) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Transfer case opened for %s with the standard checklist\n"), argv[1]);
  return OVS_EXIT_OK;
}

static int
transfer_moves (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;

  PARSE_OR_USAGE ("NR", 1, _("usage: transfer moves NR [--employer NAME] [--work-organisation NAME]"));
  if (opt_employer == NULL && opt_work == NULL)
    return ovs_cli_usage (_("usage: transfer moves NR [--employer NAME] [--work-organisation NAME]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_transfers_set_moves (cli->store, argv[1], opt_employer, opt_work, 0, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Transfer case of %s: what moves is recorded\n"), argv[1]);
  return OVS_EXIT_OK;
}

static int
transfer_status (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  PARSE_OR_USAGE ("NR STATUS", 2, _("usage: transfer status NR STATUS [--date DATE]"));
  if (!ovs_cli_date (NULL, opt_date, OVS_CLI_DATE_DEFAULT, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_transfers_set_status (cli->store, argv[1], argv[2], date, 0, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  /* Core took the status as typed; the vocabulary reads it the same way to name it. */
  printf (_("Transfer case of %s: %s\n"), argv[1],
          ovs_vocab_label_for_code (OVS_TYPE_TRANSFER_STATUS,
                                    ovs_vocab_parse_code (OVS_TYPE_TRANSFER_STATUS, argv[2])));
  return OVS_EXIT_OK;
}

static int
transfer_plan (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  PARSE_OR_USAGE ("NR", 1, _("usage: transfer plan NR --date DATE"));
  if (opt_date == NULL)
    return ovs_cli_usage (_("usage: transfer plan NR --date DATE"));
  if (!ovs_cli_date (NULL, opt_date, OVS_CLI_DATE_DEFAULT, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_transfers_set_planned_date (cli->store, argv[1], date, 0, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
transfer_note (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!ovs_cli_parse (&argc, &argv, NULL, "NR TEXT…", NULL))
    return OVS_EXIT_USAGE;
  if (argc < 3)
    return ovs_cli_usage (_("usage: transfer note NR TEXT"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  text = g_strjoinv (" ", argv + 2);
  if (!ovs_transfers_add_note (cli->store, argv[1], text, 0, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static OvsCliCommand transfer_commands[] = {
  { "open", transfer_open, N_("Open an employee's transfer case with the standard checklist") },
  { "status", transfer_status, NULL /* describe_status() */ },
  { "plan", transfer_plan, N_("Set the planned transfer date") },
  { "moves", transfer_moves, N_("Choose what the transfer moves: the legal employer, the work organisation or both") },
  { "note", transfer_note, N_("Add a dated note to a case") },
  { NULL, NULL, NULL }
};

/* `transfer status` in the table: the ladder as ovs_transfer_status_next() climbs it, then the
 * statuses off the ladder that end a case at any step. */
static void
describe_status (void)
{
  const char * const *codes = ovs_vocab_codes (OVS_TYPE_TRANSFER_STATUS);
  g_autoptr(GPtrArray) ladder = g_ptr_array_new ();
  g_autoptr(GPtrArray) ends = g_ptr_array_new ();
  g_autofree char *steps = NULL, *endings = NULL;

  for (const char *status = codes[0]; status != NULL; status = ovs_transfer_status_next (status))
    g_ptr_array_add (ladder, (gpointer) status);
  for (guint i = 0; codes[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (ladder, codes[i], g_str_equal, NULL))
      g_ptr_array_add (ends, (gpointer) codes[i]);
  g_ptr_array_add (ladder, NULL);
  g_ptr_array_add (ends, NULL);
  steps = g_strjoinv (", ", (char **) ladder->pdata);
  endings = g_strjoinv ("/", (char **) ends->pdata);
  ovs_cli_describe_command (transfer_commands, "status", _("Move a case along %s, or to %s"), steps, endings);
}

int
ovs_cli_transfer (OvsCli *cli, int argc, char **argv)
{
  describe_status ();
  return ovs_cli_dispatch (cli, transfer_commands, "transfer", argc, argv);
}

/* --- checklist --- */

static int
tick (OvsCli *cli, int argc, char **argv, gboolean done)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  PARSE_OR_USAGE ("NR CODE", 2, done ? _("usage: checklist tick NR CODE [--date DATE]")
                                     : _("usage: checklist untick NR CODE"));
  if (!ovs_cli_date (NULL, opt_date, OVS_CLI_DATE_DEFAULT, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_transfers_tick (cli->store, argv[1], argv[2], done, date, 0, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
checklist_tick (OvsCli *cli, int argc, char **argv)
{
  return tick (cli, argc, argv, TRUE);
}

static int
checklist_untick (OvsCli *cli, int argc, char **argv)
{
  return tick (cli, argc, argv, FALSE);
}

static int
checklist_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;

  PARSE_OR_USAGE ("NR", 1, _("usage: checklist add NR --title TITLE"));
  if (opt_title == NULL)
    return ovs_cli_usage (_("usage: checklist add NR --title TITLE"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (ovs_transfers_add_item (cli->store, argv[1], opt_title, &error) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
checklist_show (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) items = NULL;

  PARSE_OR_USAGE ("NR", 1, _("usage: checklist show NR [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((items = ovs_transfers_checklist_json (cli->store, argv[1], &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (items);
      return OVS_EXIT_OK;
    }
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      g_autofree char *on = ovs_date_iso_to_display (json_object_get_string_member (item, "done_on"));
      gboolean done = json_object_get_boolean_member (item, "done");

      printf ("[%s] %-22s %s", done ? "x" : " ", json_object_get_string_member (item, "code"),
              json_object_get_string_member (item, "title"));
      if (done)
        printf ("  (%s, %s)", on, json_object_get_string_member (item, "done_by"));
      printf ("\n");
    }
  return OVS_EXIT_OK;
}

static const OvsCliCommand checklist_commands[] = {
  { "tick", checklist_tick, N_("Tick a checklist item by its code") },
  { "untick", checklist_untick, N_("Untick a checklist item") },
  { "add", checklist_add, N_("Add an item to a case's checklist") },
  { "show", checklist_show, N_("Show a case's checklist") },
  { NULL, NULL, NULL }
};

int
ovs_cli_checklist (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, checklist_commands, "checklist", argc, argv);
}

/* --- transfers missing, list transfers --- */

static int
transfers_missing (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  PARSE_OR_USAGE (NULL, 0, _("usage: transfers missing [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_transfers_missing_json (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *planned = ovs_date_iso_to_display (json_object_get_string_member (row, "planned_date"));

      printf ("%-8s %-24s %-10s %s\n", json_object_get_string_member (row, "personnel_number"),
              json_object_get_string_member (row, "employee"), planned,
              json_object_get_string_member (row, "missing"));
    }
  return OVS_EXIT_OK;
}

static const OvsCliCommand transfers_commands[] = {
  { "missing", transfers_missing, N_("What is still missing per person: open cases with unticked items") },
  { NULL, NULL, NULL }
};

int
ovs_cli_transfers (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, transfers_commands, "transfers", argc, argv);
}

int
ovs_cli_list_transfers (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = NULL;

  PARSE_OR_USAGE (NULL, 0, _("usage: list transfers [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_transfers_list_json (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  table = ovs_cli_table_new (7);
  ovs_cli_table_add (table, _("Personnel no."), _("Employee"), _("From"), _("Destination"), _("Status"),
                     _("Planned"), _("Checklist"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *planned = ovs_cli_json_text (row, "planned_date", "");
      g_autofree char *destination = ovs_cli_json_label (row, "destination", OVS_TYPE_TRANSFER_DESTINATION, "");
      g_autofree char *status = ovs_cli_json_label (row, "status", OVS_TYPE_TRANSFER_STATUS, "");
      g_autofree char *ticks = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                                                json_object_get_int_member (row, "done"),
                                                json_object_get_int_member (row, "total"));

      ovs_cli_table_add (table, json_object_get_string_member (row, "personnel_number"),
                         json_object_get_string_member (row, "employee"),
                         json_object_get_string_member (row, "from_organisation"), destination, status, planned, ticks);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

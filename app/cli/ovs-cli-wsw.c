/* ovs-cli-wsw.c — ending (employments that end at the AOW age or on their end date), reindication
 * (requests at UWV and UWV's decisions), sheltered-advice (UWV's advice for nieuw beschut). */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static int opt_within_months = 12;
static gboolean opt_json, opt_apply;
static char *opt_date, *opt_note, *opt_category, *opt_valid_until;

static const GOptionEntry ending_entries[] = {
  { "within-months", 0, 0, G_OPTION_ARG_INT, &opt_within_months, N_("ends up to N months ahead (12)"), N_("N") },
  { "apply", 0, 0, G_OPTION_ARG_NONE, &opt_apply, N_("end the employments whose AOW date has come"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static const char *
reason_text (const char *reason)
{
  return g_strcmp0 (reason, "aow") == 0 ? _("AOW age") : _("end of employment");
}

static void
print_ending (JsonArray *rows)
{
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (6);

  if (json_array_get_length (rows) == 0)
    {
      printf (_("No employment ends in this period.\n"));
      return;
    }
  ovs_cli_table_add (table, _("NR"), _("NAME"), _("WORKS AT"), _("LAST DAY"), _("REASON"), _("DAYS LEFT"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *end = ovs_cli_json_text (row, "end_date", "");
      gint64 days = json_object_get_int_member (row, "days_left");
      g_autofree char *left = days < 0 ? g_strdup_printf (_("%lld (passed)"), (long long) days)
                                       : g_strdup_printf ("%" G_GINT64_FORMAT, days);

      ovs_cli_table_add (table, json_object_get_string_member (row, "personnel_number"),
                         json_object_get_string_member (row, "name"),
                         json_object_get_string_member (row, "work_organisation"), end,
                         reason_text (json_object_get_string_member (row, "reason")), left);
    }
  ovs_cli_table_print (table);
}

int
ovs_cli_ending (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  if (!ovs_cli_parse (&argc, &argv, ending_entries, NULL,
                      _("Lists the employments that end within N months: at the AOW age (the Wsw employment "
                        "ends the day before the AOW date) or on their end date; with --apply, first ends "
                        "those whose AOW date has come.")))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: ending [--within-months N] [--apply] [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (opt_apply)
    {
      int n = ovs_wsw_end_at_aow (cli->store, &error);

      if (n < 0)
        return ovs_cli_fail (g_steal_pointer (&error));
      if (!opt_json)
        printf (g_dngettext (NULL, "%d employment ended at the AOW age\n", "%d employments ended at the AOW age\n",
                             (gulong) n), n);
    }
  if ((rows = ovs_wsw_ending (cli->store, opt_within_months, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    ovs_cli_print_json_array (rows);
  else
    print_ending (rows);
  return OVS_EXIT_OK;
}

/* --- reindication --- */

static const GOptionEntry reindication_entries[] = {
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("the date (dd-mm-jjjj)"), N_("DATE") },
  { "note", 0, 0, G_OPTION_ARG_STRING, &opt_note, N_("a note"), N_("TEXT") },
  { "category", 0, 0, G_OPTION_ARG_STRING, &opt_category, N_("the new indication when granted: matig|ernstig"),
    N_("CATEGORY") },
  { "valid-until", 0, 0, G_OPTION_ARG_STRING, &opt_valid_until, N_("the new indication's end"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static int
reindication_request (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, reindication_entries, "NR", 1, 1,
                           _("usage: reindication request NR --date DATE [--note TEXT]")))
    return OVS_EXIT_USAGE;
  if (opt_date == NULL)
    return ovs_cli_usage (_("usage: reindication request NR --date DATE [--note TEXT]"));
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_WITH_VALUE, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_employee (cli, argv[1], &id))
    return OVS_EXIT_ERROR;
  if (ovs_wsw_request_reindication (cli->store, id, date, opt_note, &error) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Re-indication request of %s recorded\n"), argv[1]);
  return OVS_EXIT_OK;
}

static int
reindication_decide (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL, *until = NULL;
  const char *usage = _("usage: reindication decide NR granted|refused --date DATE [--category C] "
                        "[--valid-until DATE]");
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, reindication_entries, "NR DECISION", 2, 2, usage))
    return OVS_EXIT_USAGE;
  if (opt_date == NULL)
    return ovs_cli_usage ("%s", usage);
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_WITH_VALUE, &date, &error) ||
      !ovs_cli_date ("--valid-until", opt_valid_until, OVS_CLI_DATE_WITH_VALUE, &until, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_employee (cli, argv[1], &id))
    return OVS_EXIT_ERROR;
  if (!ovs_wsw_decide_reindication (cli->store, id, argv[2], date, opt_category, until, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("UWV's decision on the re-indication of %s recorded\n"), argv[1]);
  return OVS_EXIT_OK;
}

static int
reindication_list (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (4);
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, reindication_entries, "NR", 1, 1,
                           _("usage: reindication list NR [--json]")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_employee (cli, argv[1], &id))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_wsw_reindication_requests (cli->store, id, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    return (ovs_cli_print_json_array (rows), OVS_EXIT_OK);
  ovs_cli_table_add (table, _("REQUESTED"), _("IN TIME"), _("DECISION"), _("DECIDED"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *on = ovs_cli_json_text (row, "requested_on", "");
      g_autofree char *timely = ovs_cli_json_text (row, "timely", "");
      g_autofree char *decided = ovs_cli_json_text (row, "decided_on", "");
      const char *decision = json_object_get_string_member_with_default (row, "decision", NULL);

      ovs_cli_table_add (table, on, timely, decision ? ovs_vocab_label_for_code (OVS_TYPE_REINDICATION_DECISION,
                                                                                 decision) : "", decided);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

static const OvsCliCommand reindication_commands[] = {
  { "request", reindication_request, N_("Record that the re-indication was requested at UWV") },
  { "decide", reindication_decide, N_("Record UWV's decision (granted adds the new indication)") },
  { "list", reindication_list, N_("List an employee's re-indication requests") },
  { NULL, NULL, NULL }
};

int
ovs_cli_reindication (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, reindication_commands, "reindication", argc, argv);
}

/* --- sheltered-advice --- */

static int
advice_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL, *until = NULL;
  const char *usage = _("usage: sheltered-advice add NR --date DATE [--valid-until DATE] [--note TEXT]");
  gint64 id;

  if (!ovs_cli_parse_args (&argc, &argv, reindication_entries, "NR", 1, 1, usage))
    return OVS_EXIT_USAGE;
  if (opt_date == NULL)
    return ovs_cli_usage ("%s", usage);
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_WITH_VALUE, &date, &error) ||
      !ovs_cli_date ("--valid-until", opt_valid_until, OVS_CLI_DATE_WITH_VALUE, &until, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_employee (cli, argv[1], &id))
    return OVS_EXIT_ERROR;
  if (ovs_wsw_add_sheltered_advice (cli->store, id, date, until, opt_note, &error) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("UWV's advice on sheltered work for %s recorded\n"), argv[1]);
  return OVS_EXIT_OK;
}

static int
advice_check (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (3);

  if (!ovs_cli_parse_args (&argc, &argv, reindication_entries, NULL, 0, 0,
                           _("usage: sheltered-advice check [--json]")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_wsw_sheltered_check (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    return (ovs_cli_print_json_array (rows), OVS_EXIT_OK);
  ovs_cli_table_add (table, _("NR"), _("NAME"), _("MISSING"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      JsonArray *missing = json_object_get_array_member (row, "missing");
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint j = 0; j < json_array_get_length (missing); j++)
        g_string_append_printf (text, "%s%s", j > 0 ? ", " : "",
                                g_str_equal (json_array_get_string_element (missing, j), "advice")
                                  ? _("UWV advice in force") : _("wage value"));
      ovs_cli_table_add (table, json_object_get_string_member (row, "personnel_number"),
                         json_object_get_string_member (row, "name"), text->str);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

static const OvsCliCommand advice_commands[] = {
  { "add", advice_add, N_("Record UWV's advice on sheltered work (nieuw beschut)") },
  { "check", advice_check, N_("Nieuw beschut employees without an advice in force or a wage value") },
  { NULL, NULL, NULL }
};

int
ovs_cli_sheltered_advice (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, advice_commands, "sheltered-advice", argc, argv);
}

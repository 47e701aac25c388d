/* ovs-cli-reports.c — report se, report covenants, parameter set/list. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ovs-cli-commands.h"

static int opt_year;
static int opt_month;
static gboolean opt_json;
static char *opt_from;

static const GOptionEntry report_entries[] = {
  { "year", 'y', 0, G_OPTION_ARG_INT, &opt_year, N_("the calendar year"), N_("YEAR") },
  { "month", 'm', 0, G_OPTION_ARG_INT, &opt_month, N_("one month of that year (1–12)"), N_("MONTH") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

/* A placement type of the SE report by its label; SE without a placement have a key of their own. */
static const char *
placement_label (const char *code)
{
  if (g_str_equal (code, OVS_SE_NO_PLACEMENT))
    return _("no placement");
  return ovs_vocab_label_for_code (OVS_TYPE_PLACEMENT_KIND, code);
}

/* One table for the whole report, so that every figure lines up: a heading row per breakdown, then its
 * keys indented. */
static void
add_breakdown (OvsCliTable *table, OvsSeReport *report, OvsSeBreakdown breakdown, const char *title)
{
  g_auto(GStrv) keys = ovs_se_report_get_keys (report, breakdown);

  ovs_cli_table_add (table, "", "");
  ovs_cli_table_add (table, title, "");
  if (keys[0] == NULL)
    ovs_cli_table_add (table, _("  (none)"), "");
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = ovs_format_decimal (ovs_se_report_get (report, breakdown, keys[i]), 2);
      const char *label = breakdown == OVS_SE_BY_PLACEMENT_TYPE ? placement_label (keys[i]) : keys[i];
      g_autofree char *indented = g_strconcat ("  ", label, NULL);

      ovs_cli_table_add (table, indented, value);
    }
}

static void
print_se_table (OvsSeReport *report)
{
  g_autofree char *start = ovs_date_iso_to_display (ovs_se_report_get_start (report));
  g_autofree char *end = ovs_date_iso_to_display (ovs_se_report_get_end (report));
  g_autofree char *total = ovs_format_decimal (ovs_se_report_get_total (report), 2);
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (2);

  printf (_("Standard units (SE), %s to %s\n"), start, end);
  ovs_cli_table_align_right (table, 1);
  ovs_cli_table_add (table, _("Total"), total);
  add_breakdown (table, report, OVS_SE_BY_EMPLOYER, _("By employer"));
  add_breakdown (table, report, OVS_SE_BY_HOME_MUNICIPALITY, _("By home municipality"));
  add_breakdown (table, report, OVS_SE_BY_PLACEMENT_TYPE, _("By placement type"));
  add_breakdown (table, report, OVS_SE_BY_WORK_ORGANISATION, _("By work organisation"));
  add_breakdown (table, report, OVS_SE_BY_COVENANT, _("By covenant (covered SE only)"));
  ovs_cli_table_print (table);
}

static int
report_se (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsSeReport) report = NULL;

  if (!ovs_cli_parse (&argc, &argv, report_entries, NULL, _("Standard units (SE) per year or month, in total and "
                                                            "by employer, home municipality, placement type and "
                                                            "covenant.")))
    return OVS_EXIT_USAGE;
  if (argc != 1 || opt_year == 0)
    return ovs_cli_usage (_("usage: report se --year YEAR [--month MONTH] [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  report = opt_month != 0 ? ovs_se_report_new_month (cli->store, opt_year, opt_month, &error)
                          : ovs_se_report_new_year (cli->store, opt_year, &error);
  if (report == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      g_autoptr(JsonObject) body = ovs_se_report_to_json (report);
      g_autoptr(JsonObject) out = json_object_new ();
      GList *members = json_object_get_members (body);

      /* year (and month) first, then the report's own members in their order. */
      json_object_set_int_member (out, "year", opt_year);
      if (opt_month != 0)
        json_object_set_int_member (out, "month", opt_month);
      for (GList *l = members; l != NULL; l = l->next)
        json_object_set_member (out, l->data, json_node_copy (json_object_get_member (body, l->data)));
      g_list_free (members);
      ovs_cli_print_json_object (out);
      return OVS_EXIT_OK;
    }
  print_se_table (report);
  return OVS_EXIT_OK;
}

static void
add_covenant_row (OvsCliTable *table, JsonObject *row)
{
  g_autofree char *se = ovs_format_decimal (json_object_get_double_member (row, "se"), 2);
  g_autofree char *target = ovs_format_decimal (json_object_get_double_member (row, "target_se"), 2);
  g_autofree char *spend = ovs_format_decimal (json_object_get_double_member (row, "spend_cents") / 100.0, 2);
  g_autofree char *budget = ovs_format_decimal (json_object_get_int_member (row, "budget_cents") / 100.0, 2);
  g_autofree char *share = NULL;

  if (json_object_get_null_member (row, "budget_share"))
    share = g_strdup ("–");
  else
    {
      g_autofree char *pct = ovs_format_decimal (100 * json_object_get_double_member (row, "budget_share"), 1);

      share = g_strconcat (pct, "%", NULL);
    }
  ovs_cli_table_add (table, json_object_get_string_member (row, "name"), json_object_get_string_member (row, "party"),
                     se, target, spend, budget, share);
}

static int
report_covenants (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = NULL;

  if (!ovs_cli_parse (&argc, &argv, report_entries, NULL, _("Per covenant: SE covered against the target, and the "
                                                            "spend against the budget.")))
    return OVS_EXIT_USAGE;
  if (argc != 1 || opt_year == 0 || opt_month != 0)
    return ovs_cli_usage (_("usage: report covenants --year YEAR [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_se_covenant_spend (cli->store, opt_year, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      g_autoptr(JsonObject) out = json_object_new ();

      json_object_set_int_member (out, "year", opt_year);
      json_object_set_array_member (out, "covenants", json_array_ref (rows));
      ovs_cli_print_json_object (out);
      return OVS_EXIT_OK;
    }
  table = ovs_cli_table_new (7);
  for (guint c = 2; c < 7; c++)
    ovs_cli_table_align_right (table, c);
  ovs_cli_table_add (table, _("Covenant"), _("Party"), _("SE"), _("Target"), _("Spend (€)"), _("Budget (€)"),
                     _("Used"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    add_covenant_row (table, json_array_get_object_element (rows, i));
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

static const OvsCliCommand report_commands[] = {
  { "se", report_se, N_("Standard units (SE) per year or month") },
  { "covenants", report_covenants, N_("Covenants: SE against target, spend against budget") },
  { NULL, NULL, NULL }
};

int
ovs_cli_report (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, report_commands, "report", argc, argv);
}

/* --- parameter --- */

static const GOptionEntry parameter_entries[] = {
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("the first day the value holds (dd-mm-jjjj)"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

/* "fulltime_hours 38" is accepted as fulltime_minutes 2280: people think of the norm in hours. */
static int
parameter_set (OvsCli *cli, int argc, char **argv)
{
  const char *fulltime = ovs_vocab_code (OVS_TYPE_PARAMETER_NAME, OVS_PARAMETER_FULLTIME_MINUTES);
  g_autofree char *summary = g_strdup_printf (_("Names: %s, or fulltime_hours for %s in hours. The value holds "
                                                "from --from until the next change."),
                                              ovs_cli_codes (OVS_TYPE_PARAMETER_NAME, NULL), fulltime);
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  const char *name;
  double value;

  if (!ovs_cli_parse (&argc, &argv, parameter_entries, N_("NAME VALUE"), summary))
    return OVS_EXIT_USAGE;
  if (argc != 3 || opt_from == NULL)
    return ovs_cli_usage (_("usage: parameter set NAME VALUE --from dd-mm-jjjj"));
  if (!ovs_parse_decimal (argv[2], &value, &error) || !ovs_cli_date (NULL, opt_from, OVS_CLI_DATE_DEFAULT, &from, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  name = argv[1];
  if (g_str_equal (name, "fulltime_hours"))
    name = fulltime, value *= 60;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_parameters_set (cli->store, name, from, value, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  {
    g_autofree char *shown = ovs_format_decimal_trimmed (value, 4);

    printf (_("%s = %s from %s\n"), ovs_vocab_label_for_code (OVS_TYPE_PARAMETER_NAME, name), shown, opt_from);
  }
  return OVS_EXIT_OK;
}

static int
parameter_list (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = NULL;

  if (!ovs_cli_parse (&argc, &argv, parameter_entries, NULL, NULL))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: parameter list [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_parameters_list (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  table = ovs_cli_table_new (4);
  ovs_cli_table_align_right (table, 3);
  ovs_cli_table_add (table, _("Parameter"), _("From"), _("To"), _("Value"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *from = ovs_cli_json_text (row, "valid_from", "");
      g_autofree char *to = ovs_cli_json_text (row, "valid_to", "");
      g_autofree char *value = ovs_format_decimal_trimmed (json_object_get_double_member (row, "value"), 4);

      ovs_cli_table_add (table, ovs_vocab_label_for_code (OVS_TYPE_PARAMETER_NAME,
                                                          json_object_get_string_member (row, "name")),
                         from, to, value);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

static const OvsCliCommand parameter_commands[] = {
  { "set", parameter_set, N_("Set a parameter from a date on") },
  { "list", parameter_list, N_("List parameters and their history") },
  { NULL, NULL, NULL }
};

int
ovs_cli_parameter (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, parameter_commands, "parameter", argc, argv);
}

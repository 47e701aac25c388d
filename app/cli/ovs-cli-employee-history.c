/* ovs-cli-employee-history.c — indication, wage-value and qualification commands. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static char *opt_category, *opt_date, *opt_valid_until, *opt_method, *opt_percentage;
static char *opt_kind, *opt_detail, *opt_obtained;
static gboolean opt_json;

static GOptionEntry history_entries[] = {
  { "category", 0, 0, G_OPTION_ARG_STRING, &opt_category, NULL /* history_options() */, N_("CATEGORY") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("date (dd-mm-jjjj)"), N_("DATE") },
  { "valid-until", 0, 0, G_OPTION_ARG_STRING, &opt_valid_until, N_("valid until"), N_("DATE") },
  { "method", 0, 0, G_OPTION_ARG_STRING, &opt_method, N_("measurement method"), N_("METHOD") },
  { "percentage", 0, 0, G_OPTION_ARG_STRING, &opt_percentage, N_("wage value in percent, e.g. 55,5"), N_("PCT") },
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind, NULL /* history_options() */, N_("KIND") },
  { "detail", 0, 0, G_OPTION_ARG_STRING, &opt_detail, N_("e.g. the machine: bosmaaier"), N_("TEXT") },
  { "obtained", 0, 0, G_OPTION_ARG_STRING, &opt_obtained, N_("date obtained"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

/* The options, with the codes that --category and --kind take from the vocabulary. */
static const GOptionEntry *
history_options (void)
{
  ovs_cli_describe_option (history_entries, "category", _("one of %s"),
                           ovs_cli_codes (OVS_TYPE_INDICATION_CATEGORY, NULL));
  ovs_cli_describe_option (history_entries, "kind", _("one of %s"), ovs_cli_codes (OVS_TYPE_QUALIFICATION_KIND, NULL));
  return history_entries;
}

/* Parses the options and the personnel number (argv[1]) and opens the store: the common start. */
static int
begin (OvsCli *cli, int *argc, char ***argv, const char *usage, gint64 *id)
{
  if (!ovs_cli_parse_args (argc, argv, history_options (), N_("NR"), 1, 1, usage))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_employee (cli, (*argv)[1], id))
    return OVS_EXIT_ERROR;
  return OVS_EXIT_OK;
}

/* Prints @rows as JSON or as a table of @members under @headers. */
static int
print_rows (JsonArray *rows, const char * const *members, const char * const *headers, guint n)
{
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (n);
  g_auto(GStrv) cells = g_new0 (char *, n + 1);

  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  for (guint c = 0; c < n; c++)
    cells[c] = g_strdup (_(headers[c]));
  /* Tables here have at most 6 columns; unused arguments are ignored. */
  g_assert (n <= 6);
  ovs_cli_table_add (table, cells[0], n > 1 ? cells[1] : NULL, n > 2 ? cells[2] : NULL, n > 3 ? cells[3] : NULL,
                     n > 4 ? cells[4] : NULL, n > 5 ? cells[5] : NULL);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      for (guint c = 0; c < n; c++)
        {
          g_free (cells[c]);
          cells[c] = ovs_cli_json_text (row, members[c], "");
        }
      ovs_cli_table_add (table, cells[0], n > 1 ? cells[1] : NULL, n > 2 ? cells[2] : NULL,
                         n > 3 ? cells[3] : NULL, n > 4 ? cells[4] : NULL, n > 5 ? cells[5] : NULL);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

/* --- indication --- */

static int
indication_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *until = NULL;
  g_autofree char *usage = g_strdup_printf (_("usage: indication add NR --category %s --date DATE "
                                              "[--valid-until DATE]"),
                                            ovs_cli_codes (OVS_TYPE_INDICATION_CATEGORY, "|"));
  gint64 id = 0;
  int status = begin (cli, &argc, &argv, usage, &id);

  if (status != OVS_EXIT_OK)
    return status;
  if (opt_category == NULL || opt_date == NULL)
    return ovs_cli_usage (_("indication add needs --category and --date"));
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_WITH_VALUE, &date, &error) ||
      !ovs_cli_date ("--valid-until", opt_valid_until, OVS_CLI_DATE_WITH_VALUE, &until, &error) ||
      ovs_employees_add_indication (cli->store, id, opt_category, date, until, &error) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
indication_list (OvsCli *cli, int argc, char **argv)
{
  static const char *members[] = { "indication_date", "category", "valid_until", "reindication_deadline",
                                   "is_current" };
  static const char *headers[] = { N_("DATE"), N_("CATEGORY"), N_("VALID UNTIL"), N_("REQUEST BY"),
                                   N_("CURRENT") };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  gint64 id = 0;
  int status = begin (cli, &argc, &argv, _("usage: indication list NR [--json]"), &id);

  if (status != OVS_EXIT_OK)
    return status;
  if ((rows = ovs_employees_list_indications (cli->store, id, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  return print_rows (rows, members, headers, G_N_ELEMENTS (members));
}

static const OvsCliCommand indication_commands[] = {
  { "add", indication_add, N_("Record a new indication") },
  { "list", indication_list, N_("List an employee's indications") },
  { NULL, NULL, NULL }
};

int
ovs_cli_indication (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, indication_commands, "indication", argc, argv);
}

/* --- wage-value --- */

static int
wage_value_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  double percentage = 0;
  gint64 id = 0;
  int status = begin (cli, &argc, &argv, _("usage: wage-value add NR --date DATE --method METHOD "
                                           "--percentage PCT"), &id);

  if (status != OVS_EXIT_OK)
    return status;
  if (opt_date == NULL || opt_method == NULL || opt_percentage == NULL)
    return ovs_cli_usage (_("wage-value add needs --date, --method and --percentage"));
  if (!ovs_parse_decimal (opt_percentage, &percentage, &error))
    return (g_prefix_error (&error, "--percentage: "), ovs_cli_fail (g_steal_pointer (&error)));
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_WITH_VALUE, &date, &error) ||
      ovs_employees_add_wage_value (cli->store, id, date, opt_method, percentage, &error) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
wage_value_list (OvsCli *cli, int argc, char **argv)
{
  static const char *members[] = { "measured_on", "method", "percentage" };
  static const char *headers[] = { N_("DATE"), N_("METHOD"), N_("PERCENTAGE") };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  gint64 id = 0;
  int status = begin (cli, &argc, &argv, _("usage: wage-value list NR [--json]"), &id);

  if (status != OVS_EXIT_OK)
    return status;
  if ((rows = ovs_employees_list_wage_values (cli->store, id, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  return print_rows (rows, members, headers, G_N_ELEMENTS (members));
}

static const OvsCliCommand wage_value_commands[] = {
  { "add", wage_value_add, N_("Record a loonwaarde measurement") },
  { "list", wage_value_list, N_("List an employee's loonwaarde measurements") },
  { NULL, NULL, NULL }
};

int
ovs_cli_wage_value (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, wage_value_commands, "wage-value", argc, argv);
}

/* --- qualification --- */

static int
qualification_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *obtained = NULL;
  g_autofree char *until = NULL;
  gint64 id = 0, qid;
  int status = begin (cli, &argc, &argv, _("usage: qualification add NR --kind KIND [--detail TEXT] "
                                           "[--obtained DATE] [--valid-until DATE]"), &id);

  if (status != OVS_EXIT_OK)
    return status;
  if (opt_kind == NULL)
    return ovs_cli_usage (_("qualification add needs --kind"));
  if (!ovs_cli_date ("--obtained", opt_obtained, OVS_CLI_DATE_WITH_VALUE, &obtained, &error) ||
      !ovs_cli_date ("--valid-until", opt_valid_until, OVS_CLI_DATE_WITH_VALUE, &until, &error) ||
      (qid = ovs_employees_add_qualification (cli->store, id, opt_kind, opt_detail, obtained, until, &error)) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Qualification %lld added\n"), (long long) qid);
  return OVS_EXIT_OK;
}

static int
qualification_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 qid = 0;

  if (!ovs_cli_parse (&argc, &argv, history_options (), N_("ID"), NULL))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_date == NULL || !ovs_cli_parse_id (argv[1], &qid))
    return ovs_cli_usage (_("usage: qualification end ID --date DATE"));
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_WITH_VALUE, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_employees_end_qualification (cli->store, qid, date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
qualification_list (OvsCli *cli, int argc, char **argv)
{
  static const char *members[] = { "id", "kind", "detail", "obtained_on", "valid_until", "is_valid" };
  static const char *headers[] = { N_("ID"), N_("KIND"), N_("DETAIL"), N_("OBTAINED"), N_("VALID UNTIL"),
                                   N_("VALID") };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  gint64 id = 0;
  int status = begin (cli, &argc, &argv, _("usage: qualification list NR [--json]"), &id);

  if (status != OVS_EXIT_OK)
    return status;
  if ((rows = ovs_employees_list_qualifications (cli->store, id, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  return print_rows (rows, members, headers, G_N_ELEMENTS (members));
}

static const OvsCliCommand qualification_commands[] = {
  { "add", qualification_add, N_("Record a driving licence or machine certificate") },
  { "end", qualification_end, N_("End a qualification on a date") },
  { "list", qualification_list, N_("List an employee's qualifications") },
  { NULL, NULL, NULL }
};

int
ovs_cli_qualification (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, qualification_commands, "qualification", argc, argv);
}

/* ovs-cli-employees.c — employee add/change/end/status/show, list employees, reindications. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

/* --- employee add / change --- */

static char *opt_number, *opt_first, *opt_prefix, *opt_last, *opt_birth, *opt_bsn, *opt_residence;
static char *opt_municipality, *opt_category, *opt_indication_date, *opt_valid_until, *opt_hours;
static char *opt_scale, *opt_step, *opt_employer, *opt_start, *opt_type, *opt_date;
static char *opt_work, *opt_wsw_since;
static gboolean opt_json;
static int opt_within_weeks = 13;

static GOptionEntry employee_entries[] = {
  { "personnel-number", 0, 0, G_OPTION_ARG_STRING, &opt_number, N_("personnel number"), N_("NR") },
  { "first-name", 0, 0, G_OPTION_ARG_STRING, &opt_first, N_("first name"), N_("NAME") },
  { "prefix", 0, 0, G_OPTION_ARG_STRING, &opt_prefix, N_("name prefix (tussenvoegsel), e.g. “van der”"), N_("PREFIX") },
  { "last-name", 0, 0, G_OPTION_ARG_STRING, &opt_last, N_("last name"), N_("NAME") },
  { "birth-date", 0, 0, G_OPTION_ARG_STRING, &opt_birth, N_("birth date (dd-mm-jjjj)"), N_("DATE") },
  { "bsn", 0, 0, G_OPTION_ARG_STRING, &opt_bsn, N_("citizen service number"), N_("BSN") },
  { "residence", 0, 0, G_OPTION_ARG_STRING, &opt_residence, N_("place of residence (woonplaats)"), N_("PLACE") },
  { "home-municipality", 0, 0, G_OPTION_ARG_STRING, &opt_municipality, N_("home municipality (woongemeente)"),
    N_("MUNICIPALITY") },
  { "category", 0, 0, G_OPTION_ARG_STRING, &opt_category, NULL /* employee_options() */, N_("CATEGORY") },
  { "indication-date", 0, 0, G_OPTION_ARG_STRING, &opt_indication_date, N_("date of the indication"), N_("DATE") },
  { "valid-until", 0, 0, G_OPTION_ARG_STRING, &opt_valid_until, N_("indication valid until"), N_("DATE") },
  { "hours", 0, 0, G_OPTION_ARG_STRING, &opt_hours, N_("contract hours per week, e.g. 32,5"), N_("HOURS") },
  { "scale", 0, 0, G_OPTION_ARG_STRING, &opt_scale, N_("salary scale"), N_("N") },
  { "step", 0, 0, G_OPTION_ARG_STRING, &opt_step, N_("salary step"), N_("N") },
  { "employer", 0, 0, G_OPTION_ARG_STRING, &opt_employer, N_("employer (an organisation's name)"), N_("NAME") },
  { "start", 0, 0, G_OPTION_ARG_STRING, &opt_start, N_("employment start"), N_("DATE") },
  { "work-organisation", 0, 0, G_OPTION_ARG_STRING, &opt_work,
    N_("where the person works (default: the employer)"), N_("NAME") },
  { "wsw-since", 0, 0, G_OPTION_ARG_STRING, &opt_wsw_since,
    N_("start of the unbroken Wsw employment with any employer (a re-placement)"), N_("DATE") },
  { "type", 0, 0, G_OPTION_ARG_STRING, &opt_type, NULL /* employee_options() */, N_("TYPE") },
  { NULL }
};

/* The options, with the codes that --category and --type take from the vocabulary. */
static const GOptionEntry *
employee_options (void)
{
  ovs_cli_describe_option (employee_entries, "category", _("indication: one of %s"),
                           ovs_cli_codes (OVS_TYPE_INDICATION_CATEGORY, NULL));
  ovs_cli_describe_option (employee_entries, "type", _("one of %s"), ovs_cli_codes (OVS_TYPE_EMPLOYMENT_TYPE, NULL));
  return employee_entries;
}

/* The option that sets each CSV column, so that core's validation errors name the option. */
static const char *
option_for_field (const char *field)
{
  static const char *map[][2] = {
    { "personeelsnummer", "--personnel-number" }, { "voornaam", "--first-name" },
    { "tussenvoegsel", "--prefix" }, { "achternaam", "--last-name" }, { "geboortedatum", "--birth-date" },
    { "bsn", "--bsn" }, { "woonplaats", "--residence" }, { "woongemeente", "--home-municipality" },
    { "arbeidshandicap", "--category" }, { "indicatiedatum", "--indication-date" },
    { "indicatie_geldig_tot", "--valid-until" }, { "contracturen", "--hours" }, { "schaal", "--scale" },
    { "trede", "--step" }, { "werkgever", "--employer" }, { "in_dienst_sinds", "--start" },
    { "dienstverband", "--type" }, { "werkorganisatie", "--work-organisation" }, { "wsw_sinds", "--wsw-since" },
  };

  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (field, map[i][0]))
      return map[i][1];
  return NULL;
}

/* Applies the options given to @f; normalised values are kept alive in @owned. */
static gboolean
apply_options (OvsEmployeeFields *f, GPtrArray *owned, GError **error)
{
  struct { const char *option; const char *value; const char **slot; } dates[] = {
    { "--birth-date", opt_birth, &f->birth_date }, { "--indication-date", opt_indication_date, &f->indication_date },
    { "--valid-until", opt_valid_until, &f->indication_valid_until }, { "--start", opt_start, &f->employment_start },
    { "--wsw-since", opt_wsw_since, &f->wsw_since },
  };
  struct { const char *option; const char *value; gboolean *has; gint64 *slot; } ints[] = {
    { "--scale", opt_scale, &f->has_salary_scale, &f->salary_scale },
    { "--step", opt_step, &f->has_salary_step, &f->salary_step },
  };

#define TAKE(opt, member) if (opt != NULL) f->member = opt
  TAKE (opt_number, personnel_number); TAKE (opt_first, first_name); TAKE (opt_prefix, name_prefix);
  TAKE (opt_last, last_name); TAKE (opt_bsn, bsn); TAKE (opt_residence, residence);
  TAKE (opt_municipality, home_municipality); TAKE (opt_category, category); TAKE (opt_employer, employer);
  TAKE (opt_type, employment_type); TAKE (opt_work, work_organisation);
#undef TAKE
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      char *iso = NULL;

      if (!ovs_cli_date (dates[i].option, dates[i].value, OVS_CLI_DATE_WITH_VALUE, &iso, error))
        return FALSE;
      if (iso != NULL)
        {
          g_ptr_array_add (owned, iso);
          *dates[i].slot = iso;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    if (ints[i].value != NULL)
      {
        /* An empty value clears the scale or step. */
        *ints[i].has = *ints[i].value != '\0';
        if (*ints[i].has && !ovs_parse_int (ints[i].value, ints[i].slot, error))
          return (g_prefix_error (error, "%s: ", ints[i].option), FALSE);
      }
  if (opt_hours != NULL && !ovs_parse_contract_hours (opt_hours, &f->contract_minutes, error))
    return (g_prefix_error (error, "--hours: "), FALSE);
  return TRUE;
}

static int
fail_validation (GError *error, const char *field)
{
  const char *option = option_for_field (field);

  if (option != NULL && error->domain == OVS_VALIDATION_ERROR)
    g_prefix_error (&error, "%s: ", option);
  return ovs_cli_fail (error);
}

static int
employee_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  OvsEmployeeFields fields = { 0 };
  const char *field = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, employee_options (), NULL, _("Adds an employee with their home municipality "
                                                                 "and indication.")))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: employee add --personnel-number NR --first-name NAME --last-name NAME "
                            "--birth-date DATE --home-municipality NAME --category %s --hours H "
                            "--employer NAME --start DATE [more options, see --help]"),
                          ovs_cli_codes (OVS_TYPE_INDICATION_CATEGORY, "|"));
  if (!apply_options (&fields, owned, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((id = ovs_employees_add (cli->store, &fields, &field, &error)) == 0)
    return fail_validation (g_steal_pointer (&error), field);
  printf (_("Employee %s added\n"), opt_number);
  return OVS_EXIT_OK;
}

static int
employee_change (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(OvsEmployeeFields) before = NULL;
  OvsEmployeeFields after;
  const char *field = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, employee_options (), N_("NR"), _("Changes the options given; a new home "
                                                                     "municipality or indication is added to "
                                                                     "the history.")))
    return OVS_EXIT_USAGE;
  if (argc != 2)
    return ovs_cli_usage (_("usage: employee change NR [options as for employee add]"));
  if (!ovs_cli_open_employee (cli, argv[1], &id))
    return OVS_EXIT_ERROR;
  if ((before = ovs_employees_load_fields (cli->store, id, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  /* Only the options given are changed, on the row as it is when the change is written. */
  after = *before;
  if (!apply_options (&after, owned, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_employees_change (cli->store, id, before, &after, &field, &error))
    return fail_validation (g_steal_pointer (&error), field);
  printf (_("Employee %s changed\n"), argv[1]);
  return OVS_EXIT_OK;
}

static const GOptionEntry end_entries[] = {
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date, N_("last day of employment"), N_("DATE") },
  { NULL }
};

static int
employee_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, end_entries, N_("NR"), _("Ends the employment; the employee is kept.")))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_date == NULL)
    return ovs_cli_usage (_("usage: employee end NR --date DATE"));
  if (!ovs_cli_date ("--date", opt_date, OVS_CLI_DATE_WITH_VALUE, &date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_employee (cli, argv[1], &id))
    return OVS_EXIT_ERROR;
  if (!ovs_employees_end (cli->store, id, date, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Employment of %s ended on %s\n"), argv[1], opt_date);
  return OVS_EXIT_OK;
}

/* The statuses `employee status` sets, joined by @separator: all but ended, which `employee end` sets
 * together with the date. */
static const char *
settable_statuses (const char *separator)
{
  const char * const *codes = ovs_vocab_codes (OVS_TYPE_EMPLOYEE_STATUS);
  const char *ended = ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ENDED);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) settable = NULL;
  g_autofree char *joined = NULL;

  for (guint i = 0; codes[i] != NULL; i++)
    if (!g_str_equal (codes[i], ended))
      g_strv_builder_add (builder, codes[i]);
  settable = g_strv_builder_end (builder);
  joined = g_strjoinv (separator, settable);
  return g_intern_string (joined);
}

static int
employee_status (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *parameters = g_strdup_printf ("%s %s", _("NR"), settable_statuses ("|"));
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, NULL, parameters, NULL))
    return OVS_EXIT_USAGE;
  if (argc != 3)
    return ovs_cli_usage (_("usage: employee status NR %s"), settable_statuses ("|"));
  if (!ovs_cli_open_employee (cli, argv[1], &id))
    return OVS_EXIT_ERROR;
  if (!ovs_employees_set_status (cli->store, id, argv[2], &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static const GOptionEntry json_entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static void
print_employee (OvsEmployee *employee)
{
  g_autoptr(JsonObject) row = ovs_employee_to_json (employee);
  /* The full BSN where the role may see it, the masked one otherwise (to_json decides). */
  /* Codes (@codes: the GType of their list) are shown by their Dutch label. */
  static const struct { const char *label; const char *member; GType (*codes) (void); } lines[] = {
    { N_("Personnel number"), "personnel_number" }, { N_("Name"), "display_name" },
    { N_("Birth date"), "birth_date" }, { N_("BSN"), "bsn" }, { N_("Residence"), "residence" },
    { N_("Home municipality"), "home_municipality" },
    { N_("Employment type"), "employment_type", ovs_employment_type_get_type },
    { N_("Indication"), "category", ovs_indication_category_get_type },
    { N_("Valid until"), "indication_valid_until" },
    { N_("Re-indication by"), "reindication_deadline" }, { N_("Contract hours"), "contract_hours" },
    { N_("Salary scale"), "salary_scale" }, { N_("Salary step"), "salary_step" }, { N_("Employer"), "employer" },
    { N_("Works at"), "work_organisation" }, { N_("Wsw since"), "wsw_since" }, { N_("AOW date"), "aow_date" },
    { N_("Employed since"), "employment_start" }, { N_("Employed until"), "employment_end" },
    { N_("Status"), "status", ovs_employee_status_get_type }, { N_("Crew"), "crew" },
    { N_("Transfer"), "transfer_status", ovs_transfer_status_get_type },
  };
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (2);

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *label = g_strconcat (_(lines[i].label), ":", NULL);
      g_autofree char *text = lines[i].codes != NULL
                              ? ovs_cli_json_label (row, lines[i].member, lines[i].codes (), "")
                              : ovs_cli_json_text (row, lines[i].member, "");

      ovs_cli_table_add (table, label, text);
    }
  ovs_cli_table_print (table);
}

static int
employee_show (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsEmployee) employee = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, json_entries, N_("NR"), NULL))
    return OVS_EXIT_USAGE;
  if (argc != 2)
    return ovs_cli_usage (_("usage: employee show NR [--json]"));
  if (!ovs_cli_open_employee (cli, argv[1], &id))
    return OVS_EXIT_ERROR;
  if ((employee = ovs_employees_get (cli->store, id, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      g_autoptr(JsonObject) row = ovs_employee_to_json (employee);

      ovs_cli_print_json_object (row);
    }
  else
    print_employee (employee);
  return OVS_EXIT_OK;
}

static OvsCliCommand employee_commands[] = {
  { "add", employee_add, N_("Add an employee") },
  { "change", employee_change, N_("Change an employee's details") },
  { "end", employee_end, N_("End an employment (the employee is kept)") },
  { "status", employee_status, NULL /* ovs_cli_employee() */ },
  { "show", employee_show, N_("Show one employee") },
  { NULL, NULL, NULL }
};

int
ovs_cli_employee (OvsCli *cli, int argc, char **argv)
{
  ovs_cli_describe_command (employee_commands, "status", _("Set the status: %s"), settable_statuses (", "));
  return ovs_cli_dispatch (cli, employee_commands, "employee", argc, argv);
}

/* --- list employees --- */

int
ovs_cli_list_employees (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (8);

  if (!ovs_cli_parse (&argc, &argv, json_entries, NULL, _("Lists all employees, ended ones too.")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_employees_list_json (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  ovs_cli_table_add (table, _("NR"), _("NAME"), _("BORN"), _("BSN"), _("EMPLOYER"), _("HOURS"), _("STATUS"),
                     _("CREW"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *bsn = json_object_get_string_member_with_default (row, "bsn", NULL);
      /* Lists always mask the BSN; `employee show` gives it in full to those allowed. */
      g_autofree char *masked = ovs_bsn_mask (bsn);
      g_autofree char *born = ovs_cli_json_text (row, "birth_date", "");
      g_autofree char *hours = ovs_cli_json_text (row, "contract_hours", "");
      g_autofree char *status = ovs_cli_json_label (row, "status", OVS_TYPE_EMPLOYEE_STATUS, "");

      ovs_cli_table_add (table, json_object_get_string_member (row, "personnel_number"),
                         json_object_get_string_member (row, "display_name"), born,
                         bsn && g_str_has_prefix (bsn, "*") ? bsn : masked,
                         json_object_get_string_member (row, "employer"), hours, status,
                         json_object_get_string_member_with_default (row, "crew", NULL));
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

/* --- reindications --- */

static const GOptionEntry reindication_entries[] = {
  { "within-weeks", 0, 0, G_OPTION_ARG_INT, &opt_within_weeks, N_("deadlines up to N weeks ahead (13)"), N_("N") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

int
ovs_cli_reindications (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = ovs_cli_table_new (6);

  if (!ovs_cli_parse (&argc, &argv, reindication_entries, NULL,
                      _("Lists Wsw employees whose re-indication must be requested at UWV (16 weeks before "
                        "the indication ends) within N weeks, or is overdue.")))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: reindications [--within-weeks N] [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_employees_reindications (cli->store, opt_within_weeks, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  ovs_cli_table_add (table, _("NR"), _("NAME"), _("EMPLOYER"), _("VALID UNTIL"), _("REQUEST BY"), _("DAYS LEFT"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *until = ovs_cli_json_text (row, "valid_until", "");
      g_autofree char *deadline = ovs_cli_json_text (row, "deadline", "");
      gint64 days = json_object_get_int_member (row, "days_left");
      g_autofree char *left = days < 0 ? g_strdup_printf (_("%lld (overdue)"), (long long) days)
                                       : g_strdup_printf ("%" G_GINT64_FORMAT, days);

      ovs_cli_table_add (table, json_object_get_string_member (row, "personnel_number"),
                         json_object_get_string_member (row, "name"),
                         json_object_get_string_member (row, "employer"), until, deadline, left);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

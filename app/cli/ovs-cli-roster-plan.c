/* ovs-cli-roster-plan.c — pattern add|change|end|except|list and absence add|end|list. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ovs-cli-commands.h"

static char *opt_days;
static char *opt_rrule;
static char *opt_start;
static char *opt_end;
static int opt_break = -1;
static char *opt_task;
static char *opt_location;
static char *opt_requires;
static char *opt_machine;
static char *opt_from;
static char *opt_to;
static char *opt_except;
static char *opt_for;
static char *opt_kind;
static char *opt_note;
static char *opt_employee;
static char *opt_crew;
static gboolean opt_all;
static gboolean opt_json;

static GOptionEntry pattern_entries[] = {
  { "days", 0, 0, G_OPTION_ARG_STRING, &opt_days, N_("weekdays, e.g. MO,TU,WE,TH"), N_("DAYS") },
  { "rrule", 0, 0, G_OPTION_ARG_STRING, &opt_rrule, N_("an RFC 5545 RRULE instead of --days"), N_("RULE") },
  { "start", 0, 0, G_OPTION_ARG_STRING, &opt_start, N_("start time"), N_("HH:MM") },
  { "end", 0, 0, G_OPTION_ARG_STRING, &opt_end, N_("end time"), N_("HH:MM") },
  { "break", 0, 0, G_OPTION_ARG_INT, &opt_break, N_("unpaid break in minutes"), N_("MIN") },
  { "task", 0, 0, G_OPTION_ARG_STRING, &opt_task, N_("the task"), N_("TEXT") },
  { "location", 0, 0, G_OPTION_ARG_STRING, &opt_location, N_("the location"), N_("TEXT") },
  { "requires", 0, 0, G_OPTION_ARG_STRING, &opt_requires, NULL /* pattern_options() */, N_("WHAT") },
  { "machine", 0, 0, G_OPTION_ARG_STRING, &opt_machine, NULL /* pattern_options() */, N_("NAME") },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("valid from (dd-mm-jjjj)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, N_("valid until (dd-mm-jjjj)"), N_("DATE") },
  { "except", 0, 0, G_OPTION_ARG_STRING, &opt_except, N_("days the crew does not work"), N_("DATE,DATE") },
  { "for", 0, 0, G_OPTION_ARG_STRING, &opt_for,
    N_("only these members (personnel numbers); empty: every member"), N_("NR,NR") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

/* --for as a 0-terminated array of employee ids; NULL without --for, { 0 } for an empty one. */
static gboolean
for_option (OvsCli *cli, gint64 **ids, GError **error)
{
  g_auto(GStrv) parts = g_strsplit (opt_for ? opt_for : "", ",", -1);
  g_autoptr(GArray) out = g_array_new (TRUE, TRUE, sizeof (gint64));

  *ids = NULL;
  if (opt_for == NULL)
    return TRUE;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id;

      if (*g_strstrip (parts[i]) == '\0')
        continue;
      if ((id = ovs_cli_employee_id (cli->store, parts[i], error)) == 0)
        return FALSE;
      g_array_append_val (out, id);
    }
  *ids = (gint64 *) g_array_free (g_steal_pointer (&out), FALSE);
  return TRUE;
}

/* The options, with the qualifications that --requires takes from the vocabulary. */
static const GOptionEntry *
pattern_options (void)
{
  ovs_cli_describe_option (pattern_entries, "requires", _("one of %s"),
                           ovs_cli_codes (OVS_TYPE_QUALIFICATION_KIND, NULL));
  ovs_cli_describe_option (pattern_entries, "machine", _("the machine, with --requires %s"),
                           ovs_vocab_code (OVS_TYPE_QUALIFICATION_KIND, OVS_QUALIFICATION_KIND_MACHINE));
  return pattern_entries;
}

/* --from and --to as ISO; either may be missing. */
static gboolean
from_to_options (char **from, char **to, GError **error)
{
  return ovs_cli_date ("--from", opt_from, OVS_CLI_DATE_DEFAULT, from, error) &&
         ovs_cli_date ("--to", opt_to, OVS_CLI_DATE_DEFAULT, to, error);
}

/* --except: each date as typed, normalised; the error names the option. */
static char *
except_option (GError **error)
{
  g_auto(GStrv) parts = g_strsplit (opt_except ? opt_except : "", ",", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *iso = NULL;

      if (*g_strstrip (parts[i]) == '\0')
        continue;
      if (!ovs_cli_date ("--except", parts[i], OVS_CLI_DATE_DEFAULT, &iso, error))
        return NULL;
      g_string_append_printf (out, "%s%s", out->len ? "," : "", iso);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static JsonObject *
find_pattern (JsonArray *patterns, gint64 id)
{
  for (guint i = 0; i < json_array_get_length (patterns); i++)
    {
      JsonObject *p = json_array_get_object_element (patterns, i);

      if (json_object_get_int_member (p, "id") == id)
        return p;
    }
  return NULL;
}

static char *
joined_exdates (JsonObject *p)
{
  JsonArray *dates = json_object_get_array_member (p, "exdates");
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (dates); i++)
    g_string_append_printf (out, "%s%s", out->len ? "," : "", json_array_get_string_element (dates, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The personnel numbers of the members a pattern names, "100018,100047"; "" for every member. */
static char *
joined_members (JsonObject *p)
{
  JsonArray *members = json_object_get_array_member (p, "members");
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; members != NULL && i < json_array_get_length (members); i++)
    g_string_append_printf (out, "%s%s", out->len ? "," : "",
                            json_object_get_string_member (json_array_get_object_element (members, i),
                                                           "personnel_number"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
pattern_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL, *to = NULL, *except = NULL;
  g_autofree gint64 *members = NULL;
  OvsPatternFields f = { 0 };
  gint64 crew_id, id;

  if (!ovs_cli_parse (&argc, &argv, pattern_options (), N_("CREW"), _("Adds a recurring working time to a crew.")))
    return OVS_EXIT_USAGE;
  if (argc != 2 || (opt_days == NULL && opt_rrule == NULL) || opt_start == NULL || opt_end == NULL || opt_from == NULL)
    return ovs_cli_usage (_("usage: pattern add CREW --days MO,TU,… --start HH:MM --end HH:MM [--break MIN] "
                            "[--task …] [--location …] [--requires %s [--machine NAME]] --from D [--to D] "
                            "[--except D,D] [--for NR,NR]"), ovs_cli_codes (OVS_TYPE_QUALIFICATION_KIND, "|"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((crew_id = ovs_roster_crew_id (cli->store, argv[1], &error)) == 0 ||
      !from_to_options (&from, &to, &error) ||
      (except = except_option (&error)) == NULL || !for_option (cli, &members, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  f = (OvsPatternFields) { opt_days, opt_rrule, opt_start, opt_end, MAX (opt_break, 0), opt_task, opt_location,
                           opt_requires, opt_machine, from, to, except, members };
  if ((id = ovs_pattern_add (cli->store, crew_id, &f, &error)) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Pattern %lld added to %s\n"), (long long) id, argv[1]);
  return OVS_EXIT_OK;
}

static gint64
pattern_id_argument (const char *text, GError **error)
{
  gint64 id = 0;

  if (!ovs_cli_parse_id (text, &id))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER,
                 _("ID: “%s” is not a pattern number (see pattern list)"), text);
  return id;
}

/* Changes only what is given; the rest stays as the pattern has it. */
static int
pattern_change (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) all = NULL;
  g_autofree char *from = NULL, *to = NULL, *except = NULL, *old_except = NULL;
  g_autofree gint64 *members = NULL;
  OvsPatternFields f;
  JsonObject *p;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, pattern_options (), N_("ID"), _("Changes a pattern; shifts follow on the next "
                                                                    "generate.")))
    return OVS_EXIT_USAGE;
  if (argc != 2)
    return ovs_cli_usage (_("usage: pattern change ID [--days …] [--start …] [--end …] [--break …] [--task …] …"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((id = pattern_id_argument (argv[1], &error)) == 0 || (all = ovs_pattern_list (cli->store, 0, &error)) == NULL ||
      !from_to_options (&from, &to, &error) ||
      (opt_except != NULL && (except = except_option (&error)) == NULL) || !for_option (cli, &members, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if ((p = find_pattern (all, id)) == NULL)
    return ovs_cli_fail (g_error_new (OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                                      _("ID: there is no pattern %s that you may change"), argv[1]));
  old_except = joined_exdates (p);
  f = (OvsPatternFields) {
    opt_days, opt_rrule ? opt_rrule : opt_days ? NULL : json_object_get_string_member (p, "rrule"),
    opt_start ? opt_start : json_object_get_string_member (p, "start_time"),
    opt_end ? opt_end : json_object_get_string_member (p, "end_time"),
    opt_break >= 0 ? opt_break : (int) json_object_get_int_member (p, "break_minutes"),
    opt_task ? opt_task : json_object_get_string_member (p, "task"),
    opt_location ? opt_location : json_object_get_string_member (p, "location"),
    opt_requires ? opt_requires : json_object_get_string_member (p, "requires"),
    opt_machine ? opt_machine : json_object_get_string_member (p, "requires_detail"),
    from ? from : json_object_get_string_member (p, "valid_from"),
    to ? to : json_object_get_string_member (p, "valid_to"),
    except ? except : old_except, members };
  if (!ovs_pattern_change (cli->store, id, &f, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Pattern %lld changed\n"), (long long) id);
  return OVS_EXIT_OK;
}

static int
pattern_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *to = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, pattern_options (), N_("ID"), _("Ends a pattern after the day given with --to.")))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_to == NULL)
    return ovs_cli_usage (_("usage: pattern end ID --to D"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((id = pattern_id_argument (argv[1], &error)) == 0 ||
      !ovs_cli_date ("--to", opt_to, OVS_CLI_DATE_DEFAULT, &to, &error) ||
      !ovs_pattern_end (cli->store, id, to, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
pattern_except (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *except = NULL;
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, pattern_options (), N_("ID DATE,DATE"), _("Adds days the crew does not work.")))
    return OVS_EXIT_USAGE;
  if (argc != 3)
    return ovs_cli_usage (_("usage: pattern except ID DATE,DATE"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  opt_except = argv[2];
  if ((id = pattern_id_argument (argv[1], &error)) == 0 || (except = except_option (&error)) == NULL ||
      !ovs_pattern_add_exdates (cli->store, id, except, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
pattern_list (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(OvsCliTable) table = NULL;
  gint64 crew_id = 0;

  if (!ovs_cli_parse (&argc, &argv, pattern_options (), N_("[CREW]"), _("Lists shift patterns.")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((argc > 1 && (crew_id = ovs_roster_crew_id (cli->store, argv[1], &error)) == 0) ||
      (rows = ovs_pattern_list (cli->store, crew_id, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    return (ovs_cli_print_json_array (rows), OVS_EXIT_OK);
  table = ovs_cli_table_new (8);
  ovs_cli_table_add (table, _("No."), _("Crew"), _("Days"), _("Times"), _("Period"), _("Task"), _("Except"),
                     _("For"));
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *p = json_array_get_object_element (rows, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (p, "id"));
      g_autofree char *days = ovs_format_weekdays (json_object_get_string_member (p, "days"));
      g_autofree char *times = g_strdup_printf ("%s–%s", json_object_get_string_member (p, "start_time"),
                                                json_object_get_string_member (p, "end_time"));
      g_autofree char *from = ovs_cli_json_text (p, "valid_from", "");
      g_autofree char *to = ovs_cli_json_text (p, "valid_to", "");
      g_autofree char *period = g_strdup_printf ("%s – %s", from, to);
      g_autofree char *except = joined_exdates (p);
      g_autofree char *members = joined_members (p);

      ovs_cli_table_add (table, id, json_object_get_string_member (p, "crew"), days, times, period,
                         json_object_get_string_member (p, "task"), except, members);
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

static const OvsCliCommand pattern_commands[] = {
  { "add", pattern_add, N_("Add a pattern to a crew") },
  { "change", pattern_change, N_("Change a pattern") },
  { "end", pattern_end, N_("End a pattern") },
  { "except", pattern_except, N_("Add days the crew does not work") },
  { "list", pattern_list, N_("List patterns") },
  { NULL, NULL, NULL }
};

int
ovs_cli_pattern (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, pattern_commands, "pattern", argc, argv);
}

/* --- absences --- */

static GOptionEntry absence_entries[] = {
  { "all", 0, 0, G_OPTION_ARG_NONE, &opt_all, N_("everybody (a public holiday)"), NULL },
  { "crew", 0, 0, G_OPTION_ARG_STRING, &opt_crew, N_("a whole crew"), N_("NAME") },
  { "employee", 0, 0, G_OPTION_ARG_STRING, &opt_employee, N_("list: one person"), N_("NUMBER") },
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind, NULL /* absence_options() */, N_("KIND") },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("first day (dd-mm-jjjj)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, N_("last day (dd-mm-jjjj)"), N_("DATE") },
  { "start", 0, 0, G_OPTION_ARG_STRING, &opt_start, N_("part of a day: from"), N_("HH:MM") },
  { "end", 0, 0, G_OPTION_ARG_STRING, &opt_end, N_("part of a day: until"), N_("HH:MM") },
  { "note", 0, 0, G_OPTION_ARG_STRING, &opt_note, N_("a note"), N_("TEXT") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

/* The options, with the kinds that --kind takes from the vocabulary. */
static const GOptionEntry *
absence_options (void)
{
  ovs_cli_describe_option (absence_entries, "kind", _("one of %s"), ovs_cli_codes (OVS_TYPE_ABSENCE_KIND, NULL));
  return absence_entries;
}

static int
absence_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL, *to = NULL;
  OvsAbsenceFields f = { 0 };
  gint64 id;

  if (!ovs_cli_parse (&argc, &argv, absence_options (), N_("(NUMBER | --all | --crew NAME)"),
                      _("Registers an absence for one person, a crew or everybody.")))
    return OVS_EXIT_USAGE;
  if ((argc == 2) + opt_all + (opt_crew != NULL) != 1 || argc > 2 || opt_kind == NULL || opt_from == NULL)
    return ovs_cli_usage (_("usage: absence add (NUMBER | --all | --crew NAME) --kind KIND --from D [--to D] "
                            "[--start HH:MM --end HH:MM] [--note TEXT]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_cli_date ("--from", opt_from, OVS_CLI_DATE_DEFAULT, &from, &error) ||
      !ovs_cli_date ("--to", opt_to ? opt_to : opt_from, OVS_CLI_DATE_DEFAULT, &to, &error) ||
      (argc == 2 && (f.employee_id = ovs_cli_employee_id (cli->store, argv[1], &error)) == 0) ||
      (opt_crew != NULL && (f.crew_id = ovs_roster_crew_id (cli->store, opt_crew, &error)) == 0))
    return ovs_cli_fail (g_steal_pointer (&error));
  f.kind = opt_kind;
  f.start_date = from;
  f.end_date = to;
  f.start_time = opt_start;
  f.end_time = opt_end;
  f.note = opt_note;
  if ((id = ovs_absence_add (cli->store, &f, &error)) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Absence %lld registered\n"), (long long) id);
  return OVS_EXIT_OK;
}

static int
absence_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *to = NULL;
  gint64 id = 0;

  if (!ovs_cli_parse (&argc, &argv, absence_options (), N_("ID"), _("Ends an absence on the day given with --to.")))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_to == NULL)
    return ovs_cli_usage (_("usage: absence end ID --to D"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_cli_parse_id (argv[1], &id))
    return ovs_cli_fail (g_error_new (OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER,
                                      _("ID: “%s” is not an absence number (see absence list)"), argv[1]));
  if (!ovs_cli_date ("--to", opt_to, OVS_CLI_DATE_DEFAULT, &to, &error) ||
      !ovs_absence_end (cli->store, id, to, 0, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static const char *
or_empty (JsonObject *o, const char *member)
{
  const char *value = json_object_get_string_member (o, member);

  return value ? value : "";
}

static int
absence_list (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autofree char *from = NULL, *to = NULL;
  gint64 employee_id = 0;

  if (!ovs_cli_parse (&argc, &argv, absence_options (), NULL, _("Lists absences.")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((opt_employee != NULL && (employee_id = ovs_cli_employee_id (cli->store, opt_employee, &error)) == 0) ||
      !from_to_options (&from, &to, &error) ||
      (rows = ovs_absence_list (cli->store, employee_id, from, to, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    return (ovs_cli_print_json_array (rows), OVS_EXIT_OK);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *a = json_array_get_object_element (rows, i);
      g_autofree char *start = ovs_date_iso_to_display (or_empty (a, "start_date"));
      g_autofree char *end = ovs_date_iso_to_display (or_empty (a, "end_date"));
      const char *who = json_object_get_string_member (a, "personnel_number");
      const char *crew = json_object_get_string_member (a, "crew");

      printf ("%4" G_GINT64_FORMAT "  %-10s %-24s %-20s %s – %s %s%s%s %s\n", json_object_get_int_member (a, "id"),
              who ? who : crew ? crew : _("everybody"), or_empty (a, "name"),
              ovs_vocab_label_for_code (OVS_TYPE_ABSENCE_KIND, json_object_get_string_member (a, "kind")), start, end,
              or_empty (a, "start_time"),
              json_object_get_string_member (a, "start_time") ? "–" : "", or_empty (a, "end_time"), or_empty (a, "note"));
    }
  return OVS_EXIT_OK;
}

static const OvsCliCommand absence_commands[] = {
  { "add", absence_add, N_("Register an absence") },
  { "end", absence_end, N_("End an absence early") },
  { "list", absence_list, N_("List absences") },
  { NULL, NULL, NULL }
};

int
ovs_cli_absence (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, absence_commands, "absence", argc, argv);
}

/* ovs-cli-roster-ical.c — roster export, roster publish, roster import: rosters, absences and deadlines
 * as iCalendar. The `roster` command table (ovs-cli-roster.c) hooks these handlers in. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "overstap/ical/ovs-caldav.h"

#include "ovs-cli-commands.h"

static char *opt_crew;
static char *opt_employee;
static gboolean opt_deadlines;
static gboolean opt_all;
static char *opt_from;
static char *opt_to;
static char *opt_output;
static char *opt_dir;
static char *opt_as;
static char *opt_caldav;
static char *opt_caldav_user;
static gboolean opt_json;

static const GOptionEntry export_entries[] = {
  { "crew", 0, 0, G_OPTION_ARG_STRING, &opt_crew, N_("the roster of this crew"), N_("NAME") },
  { "employee", 0, 0, G_OPTION_ARG_STRING, &opt_employee, N_("the roster of this employee"), N_("NUMBER") },
  { "deadlines", 0, 0, G_OPTION_ARG_NONE, &opt_deadlines, N_("covenant deadlines and milestones"), NULL },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("first day (dd-mm-jjjj)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, N_("last day (dd-mm-jjjj)"), N_("DATE") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output, N_("write to FILE.ics (default: standard output)"),
    N_("FILE") },
  { NULL }
};

static const GOptionEntry publish_entries[] = {
  { "dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_dir, N_("the folder to publish the .ics files in"), N_("DIR") },
  { "caldav", 0, 0, G_OPTION_ARG_STRING, &opt_caldav, N_("publish to the CalDAV server at this address, one "
    "calendar per feed"), N_("URL") },
  { "user", 0, 0, G_OPTION_ARG_STRING, &opt_caldav_user, N_("the CalDAV user (the password comes from "
    "OVERSTAP_CALDAV_PASSWORD or is asked for)"), N_("NAME") },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("first day (default: four weeks ago)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, N_("last day (default: thirteen weeks ahead)"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

static GOptionEntry import_entries[] = {
  { "employee", 0, 0, G_OPTION_ARG_STRING, &opt_employee, N_("the absences of this employee"), N_("NUMBER") },
  { "all", 0, 0, G_OPTION_ARG_NONE, &opt_all, N_("absences of everybody (public holidays)"), NULL },
  { "as", 0, 0, G_OPTION_ARG_STRING, &opt_as, NULL /* import_options() */, N_("KIND") },
  { "caldav", 0, 0, G_OPTION_ARG_STRING, &opt_caldav, N_("read the calendar at this CalDAV address instead of "
    "a file"), N_("URL") },
  { "user", 0, 0, G_OPTION_ARG_STRING, &opt_caldav_user, N_("the CalDAV user (the password comes from "
    "OVERSTAP_CALDAV_PASSWORD or is asked for)"), N_("NAME") },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from, N_("first day (default: 1 January this year)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, N_("last day (default: 31 December next year)"), N_("DATE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

/* Dates as users type them (dd-mm-jjjj) into ISO, in place; NULL stays NULL. */
static gboolean
normalize_dates (GError **error)
{
  char **dates[] = { &opt_from, &opt_to };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      char *iso;

      if (!ovs_cli_date (NULL, *dates[i], OVS_CLI_DATE_DEFAULT, &iso, error))
        return FALSE;
      g_free (*dates[i]);
      *dates[i] = iso;
    }
  return TRUE;
}

static char *
export_text (OvsCli *cli, GError **error)
{
  if (opt_crew != NULL)
    return ovs_ical_export_crew (cli->store, opt_crew, opt_from, opt_to, error);
  if (opt_employee != NULL)
    return ovs_ical_export_employee (cli->store, opt_employee, opt_from, opt_to, error);
  return ovs_ical_export_deadlines (cli->store, opt_from, opt_to, error);
}

int
ovs_cli_roster_export (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int chosen;

  if (!ovs_cli_parse (&argc, &argv, export_entries, NULL,
                      _("Writes a roster (of a crew or an employee) or the deadlines as an iCalendar file.")))
    return OVS_EXIT_USAGE;
  chosen = (opt_crew != NULL) + (opt_employee != NULL) + (opt_deadlines ? 1 : 0);
  if (argc != 1 || chosen != 1 || opt_from == NULL || opt_to == NULL)
    return ovs_cli_usage (_("usage: roster export (--crew NAME | --employee NUMBER | --deadlines) "
                            "--from DATE --to DATE [-o FILE.ics]"));
  if (!normalize_dates (&error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((text = export_text (cli, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_output == NULL || g_str_equal (opt_output, "-"))
    {
      fwrite (text, 1, strlen (text), stdout);
      return OVS_EXIT_OK;
    }
  /* g_file_set_contents() writes a temporary file and renames it: never half a file. */
  if (!ovs_file_set_private_contents (opt_output, text, -1, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

/* The CalDAV password: never an argument (it would show in the process list and the shell history), but
 * OVERSTAP_CALDAV_PASSWORD or, on a terminal, a prompt without echo. NULL without either. */
static char *
caldav_password (void)
{
  const char *env = g_getenv ("OVERSTAP_CALDAV_PASSWORD");
  struct termios saved, quiet;
  char line[1024];
  gboolean read_ok;

  if (env != NULL)
    return g_strdup (env);
  if (!isatty (STDIN_FILENO) || tcgetattr (STDIN_FILENO, &saved) != 0)
    return NULL;
  fprintf (stderr, _("CalDAV password for %s: "), opt_caldav_user ? opt_caldav_user : opt_caldav);
  fflush (stderr);
  quiet = saved;
  quiet.c_lflag &= ~(tcflag_t) ECHO;
  tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
  read_ok = fgets (line, sizeof line, stdin) != NULL;
  tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
  fputc ('\n', stderr);
  if (!read_ok)
    return NULL;
  line[strcspn (line, "\r\n")] = '\0';
  return g_strdup (line);
}

static void
print_dir_publish (const OvsIcalPublishStats *stats)
{
  if (opt_json)
    {
      g_autoptr(JsonObject) result = json_object_new ();

      json_object_set_string_member (result, "dir", opt_dir);
      json_object_set_int_member (result, "files", stats->files);
      json_object_set_int_member (result, "events", stats->events);
      json_object_set_int_member (result, "cancelled", stats->cancelled);
      ovs_cli_print_json_object (result);
    }
  else
    printf (_("Published %u files with %u events (%u cancelled) in %s\n"), stats->files, stats->events,
            stats->cancelled, opt_dir);
}

static void
print_caldav_publish (const OvsCaldavPublishStats *stats)
{
  if (opt_json)
    {
      g_autoptr(JsonObject) result = json_object_new ();

      json_object_set_string_member (result, "caldav", opt_caldav);
      json_object_set_int_member (result, "calendars", stats->calendars);
      json_object_set_int_member (result, "calendars_created", stats->calendars_created);
      json_object_set_int_member (result, "events", stats->events);
      json_object_set_int_member (result, "created", stats->created);
      json_object_set_int_member (result, "updated", stats->updated);
      json_object_set_int_member (result, "deleted", stats->deleted);
      json_object_set_int_member (result, "unchanged", stats->unchanged);
      json_object_set_int_member (result, "conflicts", stats->conflicts);
      json_object_set_int_member (result, "requests", stats->requests);
      ovs_cli_print_json_object (result);
    }
  else
    printf (_("Published %u calendars with %u events to %s: %u new, %u changed, %u removed, %u unchanged "
              "(%u requests)\n"), stats->calendars, stats->events, opt_caldav, stats->created, stats->updated,
            stats->deleted, stats->unchanged, stats->requests);
}

static int
publish_caldav (OvsCli *cli)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *password = caldav_password ();
  OvsCaldavTarget target = { opt_caldav, opt_caldav_user, password };
  OvsCaldavPublishStats stats = { 0 };
  gboolean ok = ovs_caldav_publish_period (cli->store, &target, opt_from, opt_to, &stats, &error);

  /* What did reach the server is worth knowing when something did not. */
  if (ok || g_error_matches (error, OVS_CALDAV_ERROR, OVS_CALDAV_ERROR_CONFLICT))
    print_caldav_publish (&stats);
  if (!ok)
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

int
ovs_cli_roster_publish (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  OvsIcalPublishStats stats = { 0 };

  if (!ovs_cli_parse (&argc, &argv, publish_entries, NULL,
                      _("Publishes one .ics file per crew, per employee with shifts, and the deadlines, in a "
                        "folder that calendar apps can subscribe to, or as calendars on a CalDAV server.")))
    return OVS_EXIT_USAGE;
  if (argc != 1 || (opt_dir == NULL) == (opt_caldav == NULL) || (opt_caldav_user != NULL && opt_caldav == NULL))
    return ovs_cli_usage (_("usage: roster publish (--dir DIR | --caldav URL [--user NAME]) [--from DATE --to DATE] "
                            "[--json]"));
  if (!normalize_dates (&error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (opt_caldav != NULL)
    return publish_caldav (cli);
  if (!ovs_ical_publish_period (cli->store, opt_dir, opt_from, opt_to, &stats, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  print_dir_publish (&stats);
  return OVS_EXIT_OK;
}

static JsonArray *
left_out_array (const OvsIcalImportStats *stats)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; stats->skipped_events != NULL && i < stats->skipped_events->len; i++)
    json_array_add_string_element (array, g_ptr_array_index (stats->skipped_events, i));
  return array;
}

static void
print_import (const char *file, const OvsIcalImportStats *stats)
{
  guint skipped = stats->already_present + stats->cancelled + stats->outside_period + stats->duplicates;

  if (opt_json)
    {
      g_autoptr(JsonObject) result = json_object_new ();

      json_object_set_string_member (result, "file", file);
      json_object_set_int_member (result, "imported", stats->imported);
      json_object_set_int_member (result, "updated", stats->updated);
      json_object_set_int_member (result, "skipped", skipped);
      json_object_set_int_member (result, "already_present", stats->already_present);
      json_object_set_int_member (result, "cancelled", stats->cancelled);
      json_object_set_int_member (result, "outside_period", stats->outside_period);
      json_object_set_int_member (result, "duplicates", stats->duplicates);
      json_object_set_int_member (result, "left_out", stats->skipped);
      json_object_set_array_member (result, "left_out_events", left_out_array (stats));
      ovs_cli_print_json_object (result);
      return;
    }
  printf (_("%s: %u imported, %u updated, %u skipped (%u already present, %u cancelled, "
            "%u outside the period, %u duplicate)\n"), file, stats->imported, stats->updated, skipped,
          stats->already_present, stats->cancelled, stats->outside_period, stats->duplicates);
  /* Events that could not become an absence; the rest of the file was imported. */
  for (guint i = 0; stats->skipped_events != NULL && i < stats->skipped_events->len; i++)
    printf (_("left out: %s\n"), (const char *) g_ptr_array_index (stats->skipped_events, i));
}

#define ABSENCE_CODE(value) ovs_vocab_code (OVS_TYPE_ABSENCE_KIND, (value))

/* The kind --as gives the imported events: "absence", which is leave, or leave or a public holiday as the
 * vocabulary reads them. Other kinds are no import's: a calendar file does not say who is sick. */
static const char *
import_kind (const char *as)
{
  int kind;

  if (g_strcmp0 (as, "absence") == 0)
    return ABSENCE_CODE (OVS_ABSENCE_KIND_LEAVE);
  if (!ovs_vocab_parse (OVS_TYPE_ABSENCE_KIND, as, &kind) ||
      (kind != OVS_ABSENCE_KIND_LEAVE && kind != OVS_ABSENCE_KIND_HOLIDAY))
    return NULL;
  return ABSENCE_CODE (kind);
}

/* The options, with the kinds that --as takes from the vocabulary. */
static const GOptionEntry *
import_options (void)
{
  ovs_cli_describe_option (import_entries, "as", _("absence (%s) or %s"), ABSENCE_CODE (OVS_ABSENCE_KIND_LEAVE),
                           ABSENCE_CODE (OVS_ABSENCE_KIND_HOLIDAY));
  return import_entries;
}

int
ovs_cli_roster_import (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  OvsIcalImportOptions options = { 0 };
  OvsIcalImportStats stats = { 0 };

  if (!ovs_cli_parse (&argc, &argv, import_options (), N_("FILE.ics"),
                      _("Imports absences or holidays from an iCalendar file (Outlook, Google, GNOME Calendar, "
                        "holiday calendars); recurring events are expanded within the period. Importing the "
                        "same file again adds nothing.")))
    return OVS_EXIT_USAGE;
  if (argc != (opt_caldav ? 1 : 2) || (opt_employee != NULL) == opt_all || import_kind (opt_as) == NULL ||
      (opt_caldav_user != NULL && opt_caldav == NULL))
    return ovs_cli_usage (_("usage: roster import (FILE.ics | --caldav URL [--user NAME]) (--employee NUMBER | --all) "
                            "--as absence|%s [--from DATE --to DATE] [--json]"), ABSENCE_CODE (OVS_ABSENCE_KIND_HOLIDAY));
  if (!normalize_dates (&error))
    return ovs_cli_fail (g_steal_pointer (&error));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  options.personnel_number = opt_employee;
  options.kind = import_kind (opt_as);
  options.from = opt_from;
  options.to = opt_to;
  if (opt_caldav != NULL)
    {
      g_autofree char *password = caldav_password ();
      OvsCaldavTarget target = { opt_caldav, opt_caldav_user, password };

      if (!ovs_caldav_import (cli->store, &target, &options, &stats, &error))
        return ovs_cli_fail (g_steal_pointer (&error));
      print_import (opt_caldav, &stats);
      return OVS_EXIT_OK;
    }
  if (!ovs_ical_import_file (cli->store, argv[1], &options, &stats, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  print_import (argv[1], &stats);
  ovs_ical_import_stats_clear (&stats);
  return OVS_EXIT_OK;
}

/* ovs-cli-import.c — import employees FILE, export employees. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "ovs-cli-commands.h"

static gboolean opt_update;
static gboolean opt_strict;
static gboolean opt_dry_run;
static gboolean opt_json;

static const GOptionEntry import_entries[] = {
  { "update", 0, 0, G_OPTION_ARG_NONE, &opt_update, N_("update employees whose personnel number already exists"), NULL },
  { "strict", 0, 0, G_OPTION_ARG_NONE, &opt_strict, N_("import nothing if any row is rejected"), NULL },
  { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &opt_dry_run, N_("check and report only; write nothing"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print the report as JSON"), NULL },
  { NULL }
};

/* The status the import ends with; a dry run answers what the real import would. */
static int
import_status (OvsImportReport *report)
{
  guint accepted = g_list_model_get_n_items (ovs_import_report_get_accepted (report));
  guint rejected = ovs_import_report_get_n_rejected (report);

  if (rejected == 0)
    return OVS_EXIT_OK;
  if (accepted == 0 || opt_strict)
    return OVS_EXIT_ERROR;
  return OVS_EXIT_PARTIAL;
}

static void
print_summary (OvsImportReport *report)
{
  guint accepted = g_list_model_get_n_items (ovs_import_report_get_accepted (report));
  guint rejected = ovs_import_report_get_n_rejected (report);

  if (ovs_import_report_get_dry_run (report))
    printf (_("Dry run of %s: %u rows would be imported or updated, %u rejected; nothing was written.\n"),
            ovs_import_report_get_file_name (report), accepted, rejected);
  else if (!ovs_import_report_get_written (report))
    printf (_("Nothing imported from %s: %u rows rejected.\n"), ovs_import_report_get_file_name (report), rejected);
  else
    printf (_("Imported from %s: %u new, %u updated, %u rejected.\n"), ovs_import_report_get_file_name (report),
            ovs_import_report_get_n_imported (report), ovs_import_report_get_n_updated (report), rejected);
}

static void
print_report (OvsImportReport *report)
{
  GListModel *rejected = ovs_import_report_get_rejected (report);
  const char * const *ignored = ovs_import_report_get_ignored_columns (report);

  print_summary (report);
  for (guint i = 0; i < g_list_model_get_n_items (rejected); i++)
    {
      g_autoptr(OvsImportRow) row = g_list_model_get_item (rejected, i);

      printf (_("line %u, column %s: %s\n"), ovs_import_row_get_line (row), ovs_import_row_get_column (row),
              ovs_import_row_get_message (row));
    }
  if (ignored[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) ignored);

      printf (_("Ignored columns: %s\n"), list);
    }
}

static int
import_employees (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OvsImportReport) report = NULL;
  OvsImportFlags flags = OVS_IMPORT_FLAGS_NONE;

  if (!ovs_cli_parse (&argc, &argv, import_entries, N_("FILE"),
                      _("Imports the personnel list (CSV from the HR system). Exit status: 0 all rows imported, "
                        "3 some rows rejected, 1 nothing imported.")))
    return OVS_EXIT_USAGE;
  if (argc != 2)
    return ovs_cli_usage (_("usage: import employees FILE [--update] [--strict] [--dry-run] [--json]"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  flags |= opt_update ? OVS_IMPORT_UPDATE : 0;
  flags |= opt_strict ? OVS_IMPORT_STRICT : 0;
  flags |= opt_dry_run ? OVS_IMPORT_DRY_RUN : 0;
  if ((report = ovs_import_employees (cli->store, argv[1], flags, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      g_autoptr(JsonObject) json = ovs_import_report_to_json (report);

      ovs_cli_print_json_object (json);
    }
  else
    print_report (report);
  return import_status (report);
}

static const OvsCliCommand import_commands[] = {
  { "employees", import_employees, N_("Import employees from a CSV file") },
  { NULL, NULL, NULL }
};

int
ovs_cli_import (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, import_commands, "import", argc, argv);
}

/* --- export --- */

static char *opt_format;
static char *opt_output;

static const GOptionEntry export_entries[] = {
  { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format, N_("csv (default) or xlsx"), N_("FORMAT") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output, N_("write to FILE instead of standard output"), N_("FILE") },
  { NULL }
};

/* Without --format, a file name ending in .xlsx asks for XLSX. */
static gboolean
choose_format (OvsExportFormat *format)
{
  if (opt_format != NULL)
    return ovs_export_format_from_string (opt_format, format);
  *format = opt_output != NULL && g_str_has_suffix (opt_output, ".xlsx") ? OVS_EXPORT_FORMAT_XLSX
                                                                           : OVS_EXPORT_FORMAT_CSV;
  return TRUE;
}

static int
export_to_stdout (OvsCli *cli, OvsExportFormat format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 0;
  const void *data;

  if (format == OVS_EXPORT_FORMAT_XLSX && isatty (STDOUT_FILENO))
    return ovs_cli_usage (_("an XLSX workbook is not for the terminal; use -o FILE"));
  if ((bytes = ovs_export_employees_bytes (cli->store, format, "-", &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  data = g_bytes_get_data (bytes, &size);
  if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
    return ovs_cli_usage (_("cannot write to standard output"));
  return OVS_EXIT_OK;
}

static int
export_employees (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  OvsExportFormat format;
  gint64 n;

  if (!ovs_cli_parse (&argc, &argv, export_entries, NULL,
                      _("Exports the current employees with the columns of the import, as CSV for Excel "
                        "(UTF-8, ';', dd-mm-jjjj) or as an XLSX workbook.")))
    return OVS_EXIT_USAGE;
  if (argc != 1)
    return ovs_cli_usage (_("usage: export employees [--format csv|xlsx] [-o FILE]"));
  if (!choose_format (&format))
    return ovs_cli_usage (_("unknown format “%s”: use csv or xlsx"), opt_format);
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (opt_output == NULL)
    return export_to_stdout (cli, format);
  if ((n = ovs_export_employees (cli->store, format, opt_output, &error)) < 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  count = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  printf (g_dngettext (GETTEXT_PACKAGE, "%s employee exported to %s\n", "%s employees exported to %s\n",
                       (gulong) n), count, opt_output);
  return OVS_EXIT_OK;
}

static const OvsCliCommand export_commands[] = {
  { "employees", export_employees, N_("Export employees as CSV or XLSX") },
  { NULL, NULL, NULL }
};

int
ovs_cli_export (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, export_commands, "export", argc, argv);
}

/* ovs-cli.h — what the command groups of overstap-cli share: the context, option parsing and
 * output. Each group (employees, organisations, reports, roster, …) lives in its own file and
 * registers its commands in the tables of ovs-cli.c. The helpers every group uses live here and in
 * ovs-cli-args.h (dates, ids, personnel numbers) and ovs-cli-table.h (aligned text output); a group
 * keeps a helper of its own only when no other group needs it. */
#pragma once

#include <overstap/overstap.h>
#include <json-glib/json-glib.h>

#include "ovs-cli-args.h"
#include "ovs-cli-table.h"

G_BEGIN_DECLS

/* Exit statuses, the same for every command. */
enum {
  OVS_EXIT_OK = 0,
  OVS_EXIT_ERROR = 1,     /* nothing done: an error */
  OVS_EXIT_USAGE = 2,     /* the command line is wrong */
  OVS_EXIT_PARTIAL = 3,   /* done in part: some rows rejected */
};

typedef struct
{
  char     *db_path;
  char     *user;       /* --user, or NULL: ovs_store_default_user() */
  OvsStore *store;      /* opened by ovs_cli_open_store() */
} OvsCli;

typedef int (*OvsCliHandler) (OvsCli *cli, int argc, char **argv);

/* Opens the database (which must exist unless @create) and sets the user. Prints the error itself
 * and returns FALSE when that fails. */
gboolean ovs_cli_open_store (OvsCli     *cli,
                             gboolean    create);
/* Opens the database (which must exist) and finds the employee with personnel number @number
 * (ovs_cli_employee_id(); both in ovs-cli-args.c) for a command that works on one employee. Prints what fails and returns
 * FALSE (exit with OVS_EXIT_ERROR). */
gboolean ovs_cli_open_employee (OvsCli      *cli,
                                const char  *number,
                                gint64      *id);

/* Parses a command's options with GOptionContext; @argv[0] is the command's name ("list employees").
 * On a usage error prints it with the usage line and returns FALSE (exit with OVS_EXIT_USAGE). */
gboolean ovs_cli_parse      (int         *argc,
                             char      ***argv,
                             const GOptionEntry *entries,
                             const char  *parameter_string,
                             const char  *summary);
/* ovs_cli_parse() without a summary, then checks that @min_args to @max_args arguments follow the
 * command's name; if not, prints @usage. FALSE means: exit with OVS_EXIT_USAGE. */
gboolean ovs_cli_parse_args (int         *argc,
                             char      ***argv,
                             const GOptionEntry *entries,
                             const char  *parameter_string,
                             int          min_args,
                             int          max_args,
                             const char  *usage);

/* Prints "overstap-cli: message" to stderr and returns OVS_EXIT_ERROR (or the status of a usage
 * error, for OVS_VALIDATION_ERROR it is still OVS_EXIT_ERROR). */
int      ovs_cli_fail       (GError      *error);
int      ovs_cli_usage      (const char  *format,
                             ...) G_GNUC_PRINTF (1, 2);

/* Prints @node as pretty JSON on stdout; takes ownership of nothing. */
void     ovs_cli_print_json (JsonNode    *node);
void     ovs_cli_print_json_array  (JsonArray   *array);
void     ovs_cli_print_json_object (JsonObject  *object);

/* Runs a sub-command from @table by argv[1]; prints the table on an unknown name. */
typedef struct { const char *name; OvsCliHandler handler; const char *help; } OvsCliCommand;
int      ovs_cli_dispatch   (OvsCli              *cli,
                             const OvsCliCommand *table,
                             const char          *group,
                             int                  argc,
                             char               **argv);
/* Sets the help of the command @name, which must be in @table, to @format filled in: for a help that
 * names a code list of the vocabulary (see ovs_cli_codes()). */
void     ovs_cli_describe_command (OvsCliCommand *table,
                                   const char    *name,
                                   const char    *format,
                                   ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS

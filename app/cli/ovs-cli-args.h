/* ovs-cli-args.h — reading what a command was given: date options, ids and personnel numbers. Every
 * command group uses these, so that a date, an id or a personnel number means the same thing, and is
 * refused the same way, in every command. */
#pragma once

#include <overstap/overstap.h>

G_BEGIN_DECLS

/* How ovs_cli_date() treats an empty value and how its error names the option. */
typedef enum
{
  OVS_CLI_DATE_DEFAULT    = 0,       /* "" is refused like any other text that is no date */
  OVS_CLI_DATE_KEEP_EMPTY = 1 << 0,  /* "" stays "": it clears a date in "change" commands */
  OVS_CLI_DATE_WITH_VALUE = 1 << 1,  /* the error names the value too: "--birth-date 31-02-1970: …" */
} OvsCliDateFlags;

/* A date option as typed (dd-mm-jjjj, d-m-jjjj or ISO) as ISO into *@iso; NULL (not given) stays
 * NULL. The error is core's ("“31-02-1970” is not an existing date"), after "@option: " when @option
 * is not NULL. */
gboolean ovs_cli_date            (const char       *option,
                                  const char       *value,
                                  OvsCliDateFlags   flags,
                                  char            **iso,
                                  GError          **error);

/* @text as an id: a positive whole number (blanks around it are ignored). FALSE for anything else,
 * with *@id left alone; the caller says what it wanted. */
gboolean ovs_cli_parse_id        (const char       *text,
                                  gint64           *id);
/* ovs_cli_parse_id(), or prints the usage error "@what must be a number, not “@text”" and returns
 * FALSE: exit with OVS_EXIT_USAGE. */
gboolean ovs_cli_id_argument     (const char       *text,
                                  const char       *what,
                                  gint64           *id);

/* The id of the employee with personnel number @number, or 0 with
 * OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE naming it. The CLI takes personnel numbers only, never a
 * part of a name as the window's forms do (ovs_employees_lookup()): a script must act on the person
 * it names, not on whoever happens to match today. */
gint64   ovs_cli_employee_id     (OvsStore         *store,
                                  const char       *number,
                                  GError          **error);

G_END_DECLS

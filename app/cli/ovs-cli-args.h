/* ovs-cli-args.h — reading what a command was given: date options, ids and personnel numbers, and the
 * code lists an option takes. Every command group uses these, so that a date, an id or a personnel
 * number means the same thing, and is refused the same way, in every command, and so that every help
 * text names the codes of the one vocabulary (overstap/vocab/ovs-vocab.h). */
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

/* The codes of @type (a list of overstap/vocab/ovs-codes.h, e.g. OVS_TYPE_PLACEMENT_KIND) joined by
 * @separator: "|" in usage lines; with NULL, for sentences, joined by ", " and each with its label where a
 * translation makes it differ (ovs_vocab_codes_described()). The string is interned, because help texts
 * are built before parsing and GOptionEntry and the command tables keep plain pointers. */
const char *ovs_cli_codes        (GType             type,
                                  const char       *separator);
/* Sets the description of the option --@long_name, which must be one of @entries, to @format filled in:
 * a translated sentence around a code list, e.g. _("one of %s") with ovs_cli_codes(). */
void     ovs_cli_describe_option (GOptionEntry     *entries,
                                  const char       *long_name,
                                  const char       *format,
                                  ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS

/* ovs-cli-args.c — date options, ids and personnel numbers as every command reads them, and the code
 * lists of the vocabulary as help texts name them. */
#include "config.h"

#include <glib/gi18n.h>

#include "ovs-cli.h"
#include "ovs-cli-args.h"

gboolean
ovs_cli_date (const char *option, const char *value, OvsCliDateFlags flags, char **iso, GError **error)
{
  *iso = NULL;
  if (value == NULL)
    return TRUE;
  if (*value == '\0' && (flags & OVS_CLI_DATE_KEEP_EMPTY))
    {
      *iso = g_strdup ("");
      return TRUE;
    }
  if ((*iso = ovs_date_normalize (value, error)) != NULL)
    return TRUE;
  if (option != NULL && (flags & OVS_CLI_DATE_WITH_VALUE))
    g_prefix_error (error, "%s %s: ", option, value);
  else if (option != NULL)
    g_prefix_error (error, "%s: ", option);
  return FALSE;
}

gboolean
ovs_cli_parse_id (const char *text, gint64 *id)
{
  gint64 value;

  if (!ovs_parse_int (text, &value, NULL) || value <= 0)
    return FALSE;
  *id = value;
  return TRUE;
}

gboolean
ovs_cli_id_argument (const char *text, const char *what, gint64 *id)
{
  if (ovs_cli_parse_id (text, id))
    return TRUE;
  ovs_cli_usage (_("%s must be a number, not “%s”"), what, text);
  return FALSE;
}

gint64
ovs_cli_employee_id (OvsStore *store, const char *number, GError **error)
{
  g_autoptr(GError) local = NULL;
  gint64 id = ovs_employees_find (store, number, &local);

  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  else if (id == 0)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                 _("There is no employee with personnel number %s"), number);
  return id;
}

gboolean
ovs_cli_open_employee (OvsCli *cli, const char *number, gint64 *id)
{
  g_autoptr(GError) error = NULL;

  if (!ovs_cli_open_store (cli, FALSE))
    return FALSE;
  if ((*id = ovs_cli_employee_id (cli->store, number, &error)) == 0)
    {
      ovs_cli_fail (g_steal_pointer (&error));
      return FALSE;
    }
  return TRUE;
}

const char *
ovs_cli_codes (GType type, const char *separator)
{
  /* In a sentence each code carries its Dutch label, as people may type either; a usage line stays short. */
  g_autofree char *codes = separator == NULL ? ovs_vocab_codes_described (type, ", ")
                                             : ovs_vocab_codes_joined (type, separator);

  return g_intern_string (codes);
}

void
ovs_cli_describe_option (GOptionEntry *entries, const char *long_name, const char *format, ...)
{
  g_autofree char *description = NULL;
  va_list args;
  guint i;

  for (i = 0; entries[i].long_name != NULL && !g_str_equal (entries[i].long_name, long_name); i++)
    ;
  g_assert (entries[i].long_name != NULL);
  va_start (args, format);
  description = g_strdup_vprintf (format, args);
  va_end (args);
  /* Interned: the entries are static and the text lives as long as they do. */
  entries[i].description = g_intern_string (description);
}

/* ovs-cli-admin.c — init, user, audit, backup, db. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ovs-cli-commands.h"

int
ovs_cli_init (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;

  if (!ovs_cli_parse (&argc, &argv, NULL, NULL, _("Creates the database (or completes it) with Wezo, Larcom, "
                                                  "the municipality and the municipal foundation, and makes the "
                                                  "operating-system user the first kwartiermaker.")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, TRUE))
    return OVS_EXIT_ERROR;
  /* The computer's user, or on a server the role that connects (ovs_store_default_user()). */
  first = ovs_store_default_user (cli->store);
  if (!ovs_store_init_defaults (cli->store, first, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Database ready: %s (schema version %d)\n"), ovs_store_get_path (cli->store),
          ovs_store_get_schema_version (cli->store));
  return OVS_EXIT_OK;
}

static char *opt_role;
static char *opt_crew;
static gboolean opt_json;

static GOptionEntry user_entries[] = {
  { "role", 0, 0, G_OPTION_ARG_STRING, &opt_role, NULL /* the roles, see user_options() */, N_("ROLE") },
  { "crew", 0, 0, G_OPTION_ARG_STRING, &opt_crew, N_("the crew a teamleider leads"), N_("CREW") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

/* The options, with the roles that --role takes from the vocabulary. */
static const GOptionEntry *
user_options (void)
{
  ovs_cli_describe_option (user_entries, "role", _("one of %s"), ovs_cli_codes (OVS_TYPE_ROLE, NULL));
  return user_entries;
}

static int
user_add (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int role = OVS_ROLE_NONE;

  if (!ovs_cli_parse (&argc, &argv, user_options (), N_("NAME"), NULL))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_role == NULL)
    return ovs_cli_usage (_("usage: user add NAME --role %s [--crew CREW]"), ovs_cli_codes (OVS_TYPE_ROLE, "|"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  /* Core takes the role as a value; a role the vocabulary does not read stays none, which core refuses
   * naming the roles there are. */
  ovs_vocab_parse (OVS_TYPE_ROLE, opt_role, &role);
  if (ovs_users_add (cli->store, argv[1], (OvsRole) role, opt_crew, &error) == 0)
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("User %s added as %s\n"), argv[1], opt_role);
  return OVS_EXIT_OK;
}

static int
user_grant (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;

  if (!ovs_cli_parse (&argc, &argv, user_options (), N_("NAME"), NULL))
    return OVS_EXIT_USAGE;
  if (argc != 2 || opt_crew == NULL)
    return ovs_cli_usage (_("usage: user grant NAME --crew CREW"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_users_grant_crew (cli->store, argv[1], opt_crew, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

static int
user_end (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;

  if (!ovs_cli_parse (&argc, &argv, NULL, N_("NAME"), NULL))
    return OVS_EXIT_USAGE;
  if (argc != 2)
    return ovs_cli_usage (_("usage: user end NAME"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_users_end (cli->store, argv[1], &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  return OVS_EXIT_OK;
}

/* The password comes on standard input, never on the command line (where `ps` and the shell's
 * history would show it): one line, without its line end. */
static int
user_password (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  char line[1024];
  g_autofree char *password = NULL;

  if (!ovs_cli_parse (&argc, &argv, NULL, N_("NAME"), _("Reads the password of NAME's server login from "
                                                        "standard input.")))
    return OVS_EXIT_USAGE;
  if (argc != 2)
    return ovs_cli_usage (_("usage: user password NAME < file-with-the-password"));
  if (fgets (line, sizeof line, stdin) == NULL)
    line[0] = '\0';
  line[strcspn (line, "\r\n")] = '\0';
  password = g_strdup (line);
  memset (line, 0, sizeof line);
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_users_set_password (cli->store, argv[1], password, &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Password of %s set\n"), argv[1]);
  return OVS_EXIT_OK;
}

static int
user_list (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) users = NULL;
  g_autoptr(OvsCliTable) table = NULL;

  if (!ovs_cli_parse (&argc, &argv, user_options (), NULL, NULL))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((users = ovs_users_list (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (users);
      return OVS_EXIT_OK;
    }
  table = ovs_cli_table_new (3);
  ovs_cli_table_add (table, _("User"), _("Role"), "");
  for (guint i = 0; i < json_array_get_length (users); i++)
    {
      JsonObject *u = json_array_get_object_element (users, i);
      g_autofree char *role = ovs_cli_json_label (u, "role", OVS_TYPE_ROLE, "");

      ovs_cli_table_add (table, json_object_get_string_member (u, "name"), role,
                         json_object_get_string_member (u, "ended_on") ? _("(ended)") : "");
    }
  ovs_cli_table_print (table);
  return OVS_EXIT_OK;
}

static const OvsCliCommand user_commands[] = {
  { "add", user_add, N_("Add a user with a role") },
  { "grant", user_grant, N_("Give a teamleider another crew") },
  { "end", user_end, N_("End a user's access") },
  { "password", user_password, N_("Set a user's server password (read from standard input)") },
  { "list", user_list, N_("List users") },
  { NULL, NULL, NULL }
};

int
ovs_cli_user (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, user_commands, "user", argc, argv);
}

static int opt_limit;

static const GOptionEntry audit_entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { "limit", 'n', 0, G_OPTION_ARG_INT, &opt_limit, N_("show only the newest N rows"), N_("N") },
  { NULL }
};

int
ovs_cli_audit (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) rows = NULL;

  /* `audit access`: the access log of health data (ovs-cli-privacy.c). */
  if (argc >= 2 && g_str_equal (argv[1], "access"))
    return ovs_cli_audit_access (cli, argc - 1, argv + 1);
  if (!ovs_cli_parse (&argc, &argv, audit_entries, NULL, _("Lists who changed what, and when, newest first.")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((rows = ovs_store_list_audit (cli->store, opt_limit, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    {
      ovs_cli_print_json_array (rows);
      return OVS_EXIT_OK;
    }
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      g_autofree char *changes = NULL;

      json_generator_set_root (gen, json_object_get_member (row, "changes"));
      changes = json_generator_to_data (gen, NULL);
      printf ("%s  %-12s %-8s %s #%" G_GINT64_FORMAT "  %s\n",
              json_object_get_string_member (row, "at"), json_object_get_string_member (row, "user_name"),
              json_object_get_string_member (row, "action"), json_object_get_string_member (row, "entity"),
              json_object_get_null_member (row, "entity_id") ? 0 : json_object_get_int_member (row, "entity_id"),
              changes);
    }
  return OVS_EXIT_OK;
}

int
ovs_cli_backup (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;

  if (!ovs_cli_parse (&argc, &argv, NULL, N_("FILE"), _("Copies the database with SQLite's online backup.")))
    return OVS_EXIT_USAGE;
  if (argc != 2)
    return ovs_cli_usage (_("usage: backup FILE"));
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_store_backup (cli->store, argv[1], &error))
    return ovs_cli_fail (g_steal_pointer (&error));
  printf (_("Backup written to %s\n"), argv[1]);
  return OVS_EXIT_OK;
}

static void
print_tables (JsonArray *tables)
{
  for (guint i = 0; i < json_array_get_length (tables); i++)
    {
      JsonObject *t = json_array_get_object_element (tables, i);

      printf ("%-20s %8" G_GINT64_FORMAT "  %s\n", json_object_get_string_member (t, "table"),
              json_object_get_int_member (t, "rows"), json_object_get_string_member (t, "digest"));
    }
}

static const GOptionEntry db_entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("print JSON"), NULL },
  { NULL }
};

/* FROM is opened as --db would be, in the name of --user, who must be a kwartiermaker there. */
static int
db_copy (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) tables = NULL;

  if (!ovs_cli_parse (&argc, &argv, db_entries, N_("FROM TO"),
                      _("Copies every table of the database FROM, the audit log included, into the new, empty "
                        "database TO (a file or a postgresql:// URI) in one transaction, and checks the row count "
                        "and digest of every table before it commits.")))
    return OVS_EXIT_USAGE;
  if (argc != 3)
    return ovs_cli_usage (_("usage: db copy FROM TO"));
  g_free (cli->db_path);
  cli->db_path = g_strdup (argv[1]);
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if ((tables = ovs_db_copy (cli->store, argv[2], &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    ovs_cli_print_json_array (tables);
  else
    {
      print_tables (tables);
      printf (_("Copied %u tables from %s to %s; row counts and digests match\n"), json_array_get_length (tables),
              argv[1], argv[2]);
    }
  return OVS_EXIT_OK;
}

static int
db_digest (OvsCli *cli, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) tables = NULL;

  if (!ovs_cli_parse (&argc, &argv, db_entries, NULL,
                      _("Prints the row count and digest of every table, as db copy compares them.")))
    return OVS_EXIT_USAGE;
  if (!ovs_cli_open_store (cli, FALSE))
    return OVS_EXIT_ERROR;
  if (!ovs_store_require (cli->store, OVS_PERM_BACKUP, &error) ||
      (tables = ovs_db_digest (cli->store, &error)) == NULL)
    return ovs_cli_fail (g_steal_pointer (&error));
  if (opt_json)
    ovs_cli_print_json_array (tables);
  else
    print_tables (tables);
  return OVS_EXIT_OK;
}

static const OvsCliCommand db_commands[] = {
  { "copy", db_copy, N_("Copy a whole database into a new, empty one, verified table by table") },
  { "digest", db_digest, N_("Row counts and digests per table") },
  { NULL, NULL, NULL }
};

int
ovs_cli_db (OvsCli *cli, int argc, char **argv)
{
  return ovs_cli_dispatch (cli, db_commands, "db", argc, argv);
}

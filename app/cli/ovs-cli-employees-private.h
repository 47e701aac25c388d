/* ovs-cli-employees-private.h — helpers the employee command files share. */
#pragma once

#include "ovs-cli.h"

G_BEGIN_DECLS

/* The id of the employee with personnel number @number; prints the error and returns 0 if none. */
gint64  ovs_cli_employee_id     (OvsCli      *cli,
                                 const char  *number);

/* Normalises a date option (any accepted form) to ISO; NULL stays NULL. On error the message names
 * the option and the value. */
gboolean ovs_cli_date_option    (const char  *option,
                                 const char  *value,
                                 char       **iso,
                                 GError     **error);

/* Collects rows of cells and prints them as columns aligned by character width (not bytes). */
typedef struct _OvsCliTable OvsCliTable;
OvsCliTable *ovs_cli_table_new   (guint        n_columns);
void         ovs_cli_table_add   (OvsCliTable *table,
                                  ...);          /* n_columns const char * (NULL prints "") */
void         ovs_cli_table_print (OvsCliTable *table);
void         ovs_cli_table_free  (OvsCliTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsCliTable, ovs_cli_table_free)

/* A member of a JSON row as display text: ISO dates as dd-mm-jjjj, null as "". */
char        *ovs_cli_json_text   (JsonObject  *row,
                                  const char  *member);

G_END_DECLS

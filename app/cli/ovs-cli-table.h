/* ovs-cli-table.h — printing rows as text: columns aligned by character width, and a JSON row's
 * members as the text a person reads. The commands' --json output is ovs_cli_print_json_*() in
 * ovs-cli.h. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Collects rows of cells and prints them as columns aligned by character width (not bytes). */
typedef struct _OvsCliTable OvsCliTable;
OvsCliTable *ovs_cli_table_new   (guint        n_columns);
void         ovs_cli_table_add   (OvsCliTable *table,
                                  ...);          /* n_columns const char * (NULL prints "") */
/* Numbers read best right-aligned: @column's cells are padded on the left. */
void         ovs_cli_table_align_right (OvsCliTable *table,
                                        guint        column);
void         ovs_cli_table_print (OvsCliTable *table);
void         ovs_cli_table_free  (OvsCliTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OvsCliTable, ovs_cli_table_free)

/* A member of a JSON row as display text: ISO dates as dd-mm-jjjj, booleans as yes or no, numbers
 * as they are, and a missing member or null as @if_null ("" in tables, "-" in fixed-width lines). */
char        *ovs_cli_json_text   (JsonObject  *row,
                                  const char  *member,
                                  const char  *if_null);

/* A code member of a JSON row (a status, kind, role…) as its Dutch label from the vocabulary of
 * @enum_type; an unknown code is shown as it is, a missing one as @if_null. */
char        *ovs_cli_json_label  (JsonObject  *row,
                                  const char  *member,
                                  GType        enum_type,
                                  const char  *if_null);
/* A decimal member (SE, hours, percentages) with the locale's separators and @digits decimals. */
char        *ovs_cli_json_decimal (JsonObject *row,
                                   const char *member,
                                   int         digits,
                                   const char *if_null);

G_END_DECLS

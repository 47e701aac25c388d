/* ovs-cli-table.c — aligned text tables and the display text of JSON members. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include <overstap/overstap.h>

#include "ovs-cli-table.h"

struct _OvsCliTable
{
  guint      n_columns;
  guint64    right;  /* bit per column: right-aligned */
  GPtrArray *rows;   /* of GStrv */
};

OvsCliTable *
ovs_cli_table_new (guint n_columns)
{
  OvsCliTable *table = g_new0 (OvsCliTable, 1);

  table->n_columns = n_columns;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

void
ovs_cli_table_add (OvsCliTable *table, ...)
{
  char **cells = g_new0 (char *, table->n_columns + 1);
  va_list args;

  va_start (args, table);
  for (guint i = 0; i < table->n_columns; i++)
    {
      const char *cell = va_arg (args, const char *);

      cells[i] = g_strdup (cell ? cell : "");
    }
  va_end (args);
  g_ptr_array_add (table->rows, cells);
}

void
ovs_cli_table_align_right (OvsCliTable *table, guint column)
{
  g_return_if_fail (column < table->n_columns && column < 64);
  table->right |= G_GUINT64_CONSTANT (1) << column;
}

static void
pad (GString *line, glong from, glong to)
{
  for (glong i = from; i < to; i++)
    g_string_append_c (line, ' ');
}

void
ovs_cli_table_print (OvsCliTable *table)
{
  g_autofree glong *widths = g_new0 (glong, table->n_columns);

  for (guint r = 0; r < table->rows->len; r++)
    for (guint c = 0; c < table->n_columns; c++)
      widths[c] = MAX (widths[c], g_utf8_strlen (((char **) table->rows->pdata[r])[c], -1));
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = table->rows->pdata[r];
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; c < table->n_columns; c++)
        {
          glong width = g_utf8_strlen (cells[c], -1);
          gboolean right = (table->right >> c) & 1;

          if (right)
            pad (line, width, widths[c]);
          g_string_append (line, cells[c]);
          if (c + 1 < table->n_columns)
            pad (line, right ? widths[c] : width, widths[c] + 2);
        }
      /* Trailing blanks of empty last columns help no one. */
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      printf ("%s\n", line->str);
    }
}

void
ovs_cli_table_free (OvsCliTable *table)
{
  g_ptr_array_unref (table->rows);
  g_free (table);
}

char *
ovs_cli_json_text (JsonObject *row, const char *member, const char *if_null)
{
  JsonNode *node = json_object_get_member (row, member);
  GDate date;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup (if_null);
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      return ovs_date_from_iso (text, &date) ? ovs_date_iso_to_display (text) : g_strdup (text);
    }
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return ovs_format_decimal_trimmed (json_node_get_double (node), 4);
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? _("yes") : _("no"));
  return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
}

char *
ovs_cli_json_label (JsonObject *row, const char *member, GType enum_type, const char *if_null)
{
  const char *code = json_object_has_member (row, member) && !json_object_get_null_member (row, member)
                     ? json_object_get_string_member (row, member) : NULL;

  if (code == NULL)
    return g_strdup (if_null);
  return g_strdup (ovs_vocab_label_for_code (enum_type, code));
}

char *
ovs_cli_json_decimal (JsonObject *row, const char *member, int digits, const char *if_null)
{
  if (!json_object_has_member (row, member) || json_object_get_null_member (row, member))
    return g_strdup (if_null);
  return ovs_format_decimal (json_object_get_double_member (row, member), digits);
}

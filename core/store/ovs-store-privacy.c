/* ovs-store-privacy.c — the access log of health data: who read whose indication, wage value,
 * sickness or UWV advice, and when (AVG art. 9 special categories; art. 32 asks for logging of access
 * to them). One row per read action, not per field; the kwartiermaker reads the log. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/ovs-store-private.h"

/* The stored word of each OvsHealthData flag, in bit order. */
static const char * const health_words[] = { "indication", "wage_value", "sickness", "advice" };

static char *
health_text (OvsHealthData what)
{
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (health_words); i++)
    if (what & (1u << i))
      g_strv_builder_add (words, health_words[i]);
  list = g_strv_builder_end (words);
  return g_strjoinv (",", list);
}

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
insert_access (OvsStore *self, gint64 employee_id, const char *what, const char *channel, guint count,
               GError **error)
{
  g_autofree char *at = now_utc ();
  OvsStmt *stmt = ovs_store_prepare (self, "INSERT INTO access_log (at, user_name, employee_id, what, channel, "
                                           "n_employees) VALUES (?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, at);
  ovs_stmt_bind_text (stmt, 2, self->user ? self->user : g_get_user_name ());
  ovs_stmt_bind_int_or_null (stmt, 3, employee_id > 0, employee_id);
  ovs_stmt_bind_text (stmt, 4, what);
  ovs_stmt_bind_text (stmt, 5, channel);
  ovs_stmt_bind_int64 (stmt, 6, employee_id > 0 ? 1 : count);
  return ovs_stmt_run (stmt, error);
}

gboolean
ovs_store_log_access (OvsStore *self, gint64 employee_id, OvsHealthData what, const char *channel, guint count,
                      GError **error)
{
  g_autofree char *words = NULL;

  g_return_val_if_fail (OVS_IS_STORE (self), FALSE);
  g_return_val_if_fail (channel != NULL, FALSE);

  if (what == 0)
    return TRUE;
  words = health_text (what);
  /* A read inside a read-only transaction cannot write its row: the caller logs after it ends. */
  g_return_val_if_fail (!self->reading, FALSE);
  if (!ovs_store_begin (self, error))
    return FALSE;
  return ovs_store_finish (self, insert_access (self, employee_id, words, channel, count, error), error);
}

static JsonObject *
access_row_to_json (OvsStmt *stmt)
{
  JsonObject *row = json_object_new ();

  json_object_set_int_member (row, "id", ovs_stmt_get_int64 (stmt, 0));
  json_object_set_string_member (row, "at", ovs_stmt_get_text (stmt, 1));
  json_object_set_string_member (row, "user_name", ovs_stmt_get_text (stmt, 2));
  if (ovs_stmt_is_null (stmt, 3))
    {
      json_object_set_null_member (row, "employee_id");
      json_object_set_null_member (row, "personnel_number");
    }
  else
    {
      json_object_set_int_member (row, "employee_id", ovs_stmt_get_int64 (stmt, 3));
      json_object_set_string_member (row, "personnel_number", ovs_stmt_get_text (stmt, 4));
    }
  json_object_set_string_member (row, "what", ovs_stmt_get_text (stmt, 5));
  json_object_set_string_member (row, "channel", ovs_stmt_get_text (stmt, 6));
  json_object_set_int_member (row, "n_employees", ovs_stmt_get_int64 (stmt, 7));
  return row;
}

JsonArray *
ovs_store_list_access (OvsStore *self, gint64 employee_id, GError **error)
{
  g_autoptr(JsonArray) rows = json_array_new ();
  OvsStmt *stmt;
  GError *local = NULL;

  g_return_val_if_fail (OVS_IS_STORE (self), NULL);

  if (!ovs_store_require (self, OVS_PERM_VIEW_ACCESS_LOG, error))
    return NULL;
  stmt = ovs_store_prepare (self, "SELECT a.id, a.at, a.user_name, a.employee_id, e.personnel_number, a.what, "
                                  "a.channel, a.n_employees FROM access_log a "
                                  "LEFT JOIN employee e ON e.id = a.employee_id "
                                  "WHERE ?1 = 0 OR a.employee_id = ?1 ORDER BY a.id DESC", error);
  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  while (ovs_stmt_next (stmt, &local))
    json_array_add_object_element (rows, access_row_to_json (stmt));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, local), NULL);
  return g_steal_pointer (&rows);
}

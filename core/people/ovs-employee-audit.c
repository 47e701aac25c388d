/* ovs-employee-audit.c — the audit rows of employee changes, written without json-glib.
 *
 * An import writes one audit row per employee, so building each row's JSON through JsonObject and
 * JsonGenerator, and formatting the time through GDateTime, cost more than the employee's own
 * inserts. Here the JSON text goes into one reused buffer and the time string is made once a second.
 * The rows are those ovs_store_audit() writes: the same columns, the same user, UTC seconds, and
 * JSON that json-glib reads back as the same object. */
#include "config.h"

#include <string.h>
#include <time.h>

#include "people/ovs-employee-private.h"

void
ovs_employee_audit_init (OvsEmployeeAudit *audit)
{
  memset (audit, 0, sizeof *audit);
  audit->json = g_string_sized_new (512);
  audit->second = -1;
}

void
ovs_employee_audit_clear (OvsEmployeeAudit *audit)
{
  if (audit->json != NULL)
    g_string_free (audit->json, TRUE);
  audit->json = NULL;
}

/* --- JSON --- */

static gboolean
needs_escape (unsigned char c)
{
  return c < 0x20 || c == '"' || c == '\\' || c == 0x7f;
}

static void
append_escaped (GString *out, const char *text)
{
  static const char hex[] = "0123456789abcdef";
  const unsigned char *p = (const unsigned char *) text;

  g_string_append_c (out, '"');
  while (*p != '\0')
    {
      const unsigned char *run = p;

      /* Names and dates rarely hold anything to escape: copy the plain stretch at once. */
      while (*p != '\0' && !needs_escape (*p))
        p++;
      g_string_append_len (out, (const char *) run, p - run);
      if (*p == '\0')
        break;
      switch (*p)
        {
        case '"': g_string_append_len (out, "\\\"", 2); break;
        case '\\': g_string_append_len (out, "\\\\", 2); break;
        case '\b': g_string_append_len (out, "\\b", 2); break;
        case '\f': g_string_append_len (out, "\\f", 2); break;
        case '\n': g_string_append_len (out, "\\n", 2); break;
        case '\r': g_string_append_len (out, "\\r", 2); break;
        case '\t': g_string_append_len (out, "\\t", 2); break;
        default:
          {
            char u[6] = { '\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 0xf] };

            g_string_append_len (out, u, 6);
          }
        }
      p++;
    }
  g_string_append_c (out, '"');
}

void
ovs_employee_audit_begin (OvsEmployeeAudit *audit)
{
  g_string_assign (audit->json, "{");
}

/* Keys are column names from the code: nothing in them needs escaping. */
static void
append_key (GString *out, const char *key)
{
  if (out->len > 1)
    g_string_append_c (out, ',');
  g_string_append_c (out, '"');
  g_string_append (out, key);
  g_string_append_len (out, "\":", 2);
}

void
ovs_employee_audit_text (OvsEmployeeAudit *audit, const char *key, const char *text)
{
  append_key (audit->json, key);
  if (text != NULL)
    append_escaped (audit->json, text);
  else
    g_string_append_len (audit->json, "null", 4);
}

void
ovs_employee_audit_int (OvsEmployeeAudit *audit, const char *key, gboolean is_set, gint64 value)
{
  char digits[24];
  int n = sizeof digits;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  append_key (audit->json, key);
  if (is_set)
    {
      /* By hand: g_string_append_printf() costs more than the rest of the row's JSON. */
      do
        digits[--n] = (char) ('0' + magnitude % 10);
      while ((magnitude /= 10) != 0);
      if (value < 0)
        digits[--n] = '-';
      g_string_append_len (audit->json, digits + n, (gssize) sizeof digits - n);
    }
  else
    g_string_append_len (audit->json, "null", 4);
}

/* --- the row --- */

/* "2025-06-15T08:30:00Z", as ovs_store_audit() writes it; made anew only when the second changes. */
const char *
ovs_employee_audit_now (OvsEmployeeAudit *audit)
{
  time_t now = time (NULL);
  struct tm tm;

  if ((gint64) now != audit->second && gmtime_r (&now, &tm) != NULL)
    {
      strftime (audit->at, sizeof audit->at, "%Y-%m-%dT%H:%M:%SZ", &tm);
      audit->second = (gint64) now;
    }
  return audit->at;
}

gboolean
ovs_employee_audit_write (OvsEmployeeAudit *audit, OvsStore *store, const char *action, gint64 id,
                          GError **error)
{
  const char *user = ovs_store_get_user (store);
  OvsStmt *stmt = audit->insert;

  g_string_append_c (audit->json, '}');
  if (stmt != NULL)
    {
      /* Every parameter is bound again below. */
      ovs_stmt_reset (stmt);
    }
  else if ((stmt = audit->insert = ovs_store_prepare (store, "INSERT INTO audit_log (at, user_name, action, entity, "
                                                             "entity_id, changes) VALUES (?, ?, ?, 'employee', ?, ?)",
                                                      error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text_static (stmt, 1, ovs_employee_audit_now (audit));
  ovs_stmt_bind_text_static (stmt, 2, user != NULL ? user : g_get_user_name ());
  ovs_stmt_bind_text_static (stmt, 3, action);
  ovs_stmt_bind_int_or_null (stmt, 4, id > 0, id);
  ovs_stmt_bind_text_static (stmt, 5, audit->json->str);
  return ovs_stmt_run (stmt, error);
}

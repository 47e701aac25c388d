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

/* Room for @extra more bytes at the end of @out; returns where they go. The caller sets the final
 * length (g_string_append_len() and friends cost more per call than the copying itself). */
static char *
reserve (GString *out, gsize extra)
{
  gsize len = out->len;

  g_string_set_size (out, len + extra);
  return out->str + len;
}

static void
append_escaped (GString *out, const char *text)
{
  static const char hex[] = "0123456789abcdef";
  const unsigned char *p = (const unsigned char *) text;
  gsize len = strlen (text);
  char *q;

  /* At most six bytes for every byte (\u00XX), and the quotes. */
  q = reserve (out, 6 * len + 2);
  *q++ = '"';
  for (; *p != '\0'; p++)
    {
      if (!needs_escape (*p))
        {
          *q++ = (char) *p;
          continue;
        }
      *q++ = '\\';
      switch (*p)
        {
        case '"': *q++ = '"'; break;
        case '\\': *q++ = '\\'; break;
        case '\b': *q++ = 'b'; break;
        case '\f': *q++ = 'f'; break;
        case '\n': *q++ = 'n'; break;
        case '\r': *q++ = 'r'; break;
        case '\t': *q++ = 't'; break;
        default:
          *q++ = 'u', *q++ = '0', *q++ = '0', *q++ = hex[*p >> 4], *q++ = hex[*p & 0xf];
        }
    }
  *q++ = '"';
  g_string_truncate (out, (gsize) (q - out->str));
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
  gsize len = strlen (key), comma = out->len > 1;
  char *q = reserve (out, comma + len + 3);

  if (comma)
    *q++ = ',';
  *q++ = '"';
  memcpy (q, key, len);
  q += len;
  *q++ = '"';
  *q = ':';
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

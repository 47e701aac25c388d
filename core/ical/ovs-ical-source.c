/* ovs-ical-source.c — the raw text of an .ics file being imported.
 *
 * libical parses leniently: it drops what it cannot read and leaves an X-LIC-ERROR property behind,
 * without a line number, and it quietly closes components that never end. So before parsing we check
 * the bytes and the BEGIN/END structure ourselves, and keep the lines to point at the line that a
 * later error concerns. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-files.h"
#include "ical/ovs-ical-private.h"

/* Deeper nesting than this is no calendar (VCALENDAR > VEVENT > VALARM is three). */
#define MAX_DEPTH 16

typedef struct
{
  guint  line;   /* of its first physical line, from 1 */
  char  *text;   /* unfolded */
} LogicalLine;

typedef struct
{
  char  *kind;
  guint  begin;  /* index into lines */
  guint  end;
} Component;

struct _OvsIcalSource
{
  char       *name;
  char       *text;
  GArray     *lines;        /* LogicalLine */
  GArray     *components;   /* Component, in document order of their BEGIN */
  GHashTable *by_kind;      /* kind -> GArray of guint (indices into components) */
};

static void
clear_line (gpointer data)
{
  g_free (((LogicalLine *) data)->text);
}

static void
clear_component (gpointer data)
{
  g_free (((Component *) data)->kind);
}

void
ovs_ical_source_free (OvsIcalSource *source)
{
  if (source == NULL)
    return;
  g_free (source->name);
  g_free (source->text);
  g_array_unref (source->lines);
  g_array_unref (source->components);
  g_hash_table_unref (source->by_kind);
  g_free (source);
}

static guint
line_of_offset (const char *data, gsize offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n' || (data[i] == '\r' && data[i + 1] != '\n'))
      line++;
  return line;
}

/* RFC 5545 text is UTF-8. UTF-16 with a byte-order mark (Outlook's "Unicode" save) is converted; any
 * other encoding is refused by its name rather than stored as mojibake. Returns the UTF-8 text. */
static char *
decode (const char *name, const char *data, gsize length, GError **error)
{
  const char *encoding = ovs_text_encoding_guess (data, length);
  const char *nul;
  const char *end = NULL;

  if (g_strcmp0 (encoding, "UTF-16LE") == 0 || g_strcmp0 (encoding, "UTF-16BE") == 0)
    {
      gboolean bom = length >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0);
      g_autofree char *text = bom ? g_convert (data + 2, (gssize) length - 2, "UTF-8", encoding, NULL, NULL, NULL)
                                  : NULL;

      if (text != NULL && memchr (text, '\0', strlen (text)) == NULL)
        return decode (name, text, strlen (text), error);
    }
  if (encoding != NULL)
    {
      /* For UTF-16 and UTF-32 the first line is as good as any; for 8-bit text, the first non-UTF-8 byte. */
      guint line = 1;

      if (g_str_has_prefix (encoding, "UTF") == FALSE && !g_utf8_validate (data, (gssize) length, &end))
        line = line_of_offset (data, (gsize) (end - data));
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_ENCODING,
                   _("%s, line %u: the text is in %s, not UTF-8; save it again as UTF-8"), name, line, encoding);
      return NULL;
    }
  if ((nul = memchr (data, '\0', length)) != NULL)
    {
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_PARSE, _("%s, line %u: the file contains a NUL byte"),
                   name, line_of_offset (data, (gsize) (nul - data)));
      return NULL;
    }
  if (!g_utf8_validate (data, (gssize) length, &end))
    {
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_PARSE, _("%s, line %u: the text is not valid UTF-8"),
                   name, line_of_offset (data, (gsize) (end - data)));
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;
  return g_strndup (data, length);
}

static void
push_line (OvsIcalSource *self, guint physical, GString *text)
{
  LogicalLine line = { physical, g_strndup (text->str, text->len) };

  g_array_append_val (self->lines, line);
  g_string_truncate (text, 0);
}

/* Splits into logical lines: CRLF, LF or a lone CR end a line; a line starting with a space or tab
 * continues the previous one. The pieces are joined in one buffer, so a value folded over 100,000
 * lines costs no more than one written on a single line. */
static void
split_lines (OvsIcalSource *self)
{
  g_autoptr(GString) current = g_string_new (NULL);
  const char *p = self->text;
  guint physical = 1, first = 0;
  gboolean open = FALSE;

  while (*p != '\0')
    {
      gsize len = strcspn (p, "\r\n");

      if ((*p == ' ' || *p == '\t') && open)
        g_string_append_len (current, p + 1, (gssize) len - 1);
      else
        {
          if (open)
            push_line (self, first, current);
          g_string_append_len (current, p, (gssize) len);
          first = physical;
          open = TRUE;
        }
      p += len;
      if (p[0] == '\r' && p[1] == '\n')
        p += 2;
      else if (*p != '\0')
        p++;
      physical++;
    }
  if (open)
    push_line (self, first, current);
}

static gboolean
starts_with (const char *text, const char *prefix)
{
  return g_ascii_strncasecmp (text, prefix, strlen (prefix)) == 0;
}

static char *
component_name (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return g_ascii_strup (copy, -1);
}

static void
index_component (OvsIcalSource *self, const char *kind, guint index)
{
  GArray *list = g_hash_table_lookup (self->by_kind, kind);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->by_kind, g_strdup (kind), list);
    }
  g_array_append_val (list, index);
}

/* Listed under its name, and X- components also under "X", which is all libical calls them. */
static void
add_component (OvsIcalSource *self, char *kind, guint line_index)
{
  Component component = { kind, line_index, 0 };
  guint index = self->components->len;

  index_component (self, kind, index);
  if (g_str_has_prefix (kind, "X-"))
    index_component (self, "X", index);
  g_array_append_val (self->components, component);
}

static guint
line_number (OvsIcalSource *self, guint index)
{
  return g_array_index (self->lines, LogicalLine, index).line;
}

/* A component name is letters, digits and '-' (RFC 5545 iana-token / x-name). */
static gboolean
valid_name (const char *kind)
{
  if (*kind == '\0')
    return FALSE;
  for (const char *p = kind; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
close_component (OvsIcalSource *self, GArray *stack, const char *kind, guint index, GError **error)
{
  Component *open;

  if (!valid_name (kind))
    {
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_PARSE, _("%s, line %u: END without a component name"),
                   self->name, line_number (self, index));
      return FALSE;
    }
  if (stack->len == 0)
    {
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_UNTERMINATED, _("%s, line %u: END:%s without BEGIN:%s"),
                   self->name, line_number (self, index), kind, kind);
      return FALSE;
    }
  open = &g_array_index (self->components, Component, g_array_index (stack, guint, stack->len - 1));
  if (g_strcmp0 (open->kind, kind) != 0)
    {
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_UNTERMINATED,
                   _("%s, line %u: END:%s, but the %s begun on line %u is not terminated"),
                   self->name, line_number (self, index), kind, open->kind, line_number (self, open->begin));
      return FALSE;
    }
  open->end = index;
  g_array_set_size (stack, stack->len - 1);
  return TRUE;
}

static gboolean
open_component (OvsIcalSource *self, GArray *stack, char *kind, guint index, GError **error)
{
  guint component = self->components->len;

  if (!valid_name (kind))
    g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_PARSE, _("%s, line %u: BEGIN without a component name"),
                 self->name, line_number (self, index));
  else if (stack->len == 0 && g_strcmp0 (kind, "VCALENDAR") != 0)
    g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_NO_CALENDAR, _("%s, line %u: %s outside a VCALENDAR"),
                 self->name, line_number (self, index), kind);
  else if (stack->len >= MAX_DEPTH)
    g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_LIMIT,
                 _("%s, line %u: %s nested more than %d components deep"),
                 self->name, line_number (self, index), kind, MAX_DEPTH);
  else
    {
      add_component (self, kind, index);
      g_array_append_val (stack, component);
      return TRUE;
    }
  g_free (kind);
  return FALSE;
}

static gboolean
blank (OvsIcalSource *self)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      const char *text = g_array_index (self->lines, LogicalLine, i).text;

      if (text[strspn (text, " \t")] != '\0')
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_structure (OvsIcalSource *self, GError **error)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < self->lines->len; i++)
    {
      const char *text = g_array_index (self->lines, LogicalLine, i).text;
      gboolean ok = TRUE;

      if (starts_with (text, "BEGIN:"))
        ok = open_component (self, stack, component_name (text + 6), i, error);
      else if (starts_with (text, "END:"))
        {
          g_autofree char *kind = component_name (text + 4);

          ok = close_component (self, stack, kind, i, error);
        }
      if (!ok)
        return FALSE;
    }
  if (stack->len > 0)
    {
      Component *open = &g_array_index (self->components, Component, g_array_index (stack, guint, stack->len - 1));

      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_UNTERMINATED,
                   _("%s, line %u: the %s begun here is not terminated (no END:%s)"),
                   self->name, line_number (self, open->begin), open->kind, open->kind);
      return FALSE;
    }
  if (self->components->len == 0 && blank (self))
    {
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_EMPTY, _("%s is empty"), self->name);
      return FALSE;
    }
  if (self->components->len == 0)
    {
      g_set_error (error, OVS_ICAL_ERROR, OVS_ICAL_ERROR_NO_CALENDAR, _("%s holds no VCALENDAR"), self->name);
      return FALSE;
    }
  return TRUE;
}

OvsIcalSource *
ovs_ical_source_new (const char *name, const char *data, gsize length, GError **error)
{
  g_autoptr(OvsIcalSource) self = g_new0 (OvsIcalSource, 1);

  self->name = g_strdup (name);
  self->lines = g_array_new (FALSE, FALSE, sizeof (LogicalLine));
  g_array_set_clear_func (self->lines, clear_line);
  self->components = g_array_new (FALSE, FALSE, sizeof (Component));
  g_array_set_clear_func (self->components, clear_component);
  self->by_kind = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  if ((self->text = decode (name, data, length, error)) == NULL)
    return NULL;
  split_lines (self);
  if (!check_structure (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

const char *
ovs_ical_source_text (OvsIcalSource *source)
{
  return source->text;
}

const char *
ovs_ical_source_name (OvsIcalSource *source)
{
  return source->name;
}

static Component *
find_component (OvsIcalSource *source, const char *kind, guint ordinal)
{
  GArray *list = g_hash_table_lookup (source->by_kind, kind);

  if (list == NULL || ordinal >= list->len)
    return NULL;
  return &g_array_index (source->components, Component, g_array_index (list, guint, ordinal));
}

guint
ovs_ical_source_begin_line (OvsIcalSource *source, const char *kind, guint ordinal)
{
  Component *component = find_component (source, kind, ordinal);

  return component != NULL ? line_number (source, component->begin) : 0;
}

/* NULL matches any value, "" only an empty one, anything else a value containing it. */
static gboolean
value_matches (const char *rest, const char *value)
{
  if (value == NULL)
    return TRUE;
  if (*value == '\0')
    return g_str_has_suffix (rest, ":");
  return strstr (rest, value) != NULL;
}

/* The index of the first logical line that starts on or after physical line @line. */
static guint
first_line_from (OvsIcalSource *source, guint line)
{
  guint low = 0, high = source->lines->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (line_number (source, mid) < line)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

/* Calls @match on each logical line of the component that begins on @begin_line, until it says yes. */
static guint
find_line (OvsIcalSource *source, guint begin_line, gboolean (*match) (const char *, gconstpointer, gconstpointer),
           gconstpointer a, gconstpointer b)
{
  guint i = first_line_from (source, begin_line);

  for (guint depth = 0; i < source->lines->len; i++)
    {
      const char *text = g_array_index (source->lines, LogicalLine, i).text;

      if (starts_with (text, "BEGIN:"))
        depth++;
      else if (starts_with (text, "END:") && --depth == 0)
        break;
      else if (match (text, a, b))
        return line_number (source, i);
    }
  return 0;
}

static gboolean
property_matches (const char *text, gconstpointer property, gconstpointer value)
{
  gsize len = strlen (property);

  return g_ascii_strncasecmp (text, property, len) == 0 && (text[len] == ':' || text[len] == ';') &&
         value_matches (text + len, value);
}

static gboolean
prefix_matches (const char *text, gconstpointer prefix, gconstpointer unused)
{
  return starts_with (text, prefix);
}

guint
ovs_ical_source_property_line (OvsIcalSource *source, guint begin_line, const char *property,
                               const char *value)
{
  guint line;

  if (property == NULL || *property == '\0')
    return begin_line;
  line = find_line (source, begin_line, property_matches, property, value);
  /* A property name libical could not read ("REFRESH - INTERVAL") at least starts the line. */
  if (line == 0)
    line = find_line (source, begin_line, prefix_matches, property, NULL);
  return line ? line : begin_line;
}

guint
ovs_ical_source_line_with (OvsIcalSource *source, guint begin_line, const char *text)
{
  guint line = text && *text ? find_line (source, begin_line, prefix_matches, text, NULL) : 0;

  return line ? line : begin_line;
}

guint
ovs_ical_source_n_lines (OvsIcalSource *source)
{
  return source->lines->len;
}

const char *
ovs_ical_source_line (OvsIcalSource *source, guint index, guint *line)
{
  LogicalLine *logical = &g_array_index (source->lines, LogicalLine, index);

  if (line != NULL)
    *line = logical->line;
  return logical->text;
}

char *
ovs_ical_source_begin_name (OvsIcalSource *source, guint begin_line)
{
  guint i = first_line_from (source, begin_line);
  const char *text;

  if (i >= source->lines->len || line_number (source, i) != begin_line)
    return NULL;
  text = g_array_index (source->lines, LogicalLine, i).text;
  return starts_with (text, "BEGIN:") ? component_name (text + 6) : NULL;
}

/* ovs-conflict.c — one roster conflict as a read-only row object, and its JSON form. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crews/ovs-roster-private.h"

struct _OvsConflict
{
  GObject              parent_instance;

  const char          *code;           /* the vocabulary's static nick */
  OvsConflictSeverity  severity;
  gint64               crew_id;
  char                *crew_name;
  char                 date[11];
  GArray              *employee_ids;   /* gint64, sorted like employees */
  GStrv                employees;      /* personnel numbers, sorted */
  char                *message;        /* NULL until asked for when the conflict is made lazily */
  /* A lazy message's arguments: a year's check finds tens of thousands of weekly-hours conflicts, and
   * most are counted, not read. */
  char                *who;
  int                  args[2];
};

G_DEFINE_FINAL_TYPE (OvsConflict, ovs_conflict, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE, PROP_SEVERITY, PROP_CREW_ID, PROP_CREW_NAME, PROP_DATE, PROP_EMPLOYEES, PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static const char *severity_names[] = { "info", "warning", "error" };

static void
ovs_conflict_finalize (GObject *object)
{
  OvsConflict *self = OVS_CONFLICT (object);

  g_free (self->crew_name);
  g_free (self->who);
  g_array_unref (self->employee_ids);
  g_strfreev (self->employees);
  g_free (self->message);
  G_OBJECT_CLASS (ovs_conflict_parent_class)->finalize (object);
}

static void
ovs_conflict_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsConflict *self = OVS_CONFLICT (object);

  switch (prop_id)
    {
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_SEVERITY: g_value_set_string (value, severity_names[self->severity]); break;
    case PROP_CREW_ID: g_value_set_int64 (value, self->crew_id); break;
    case PROP_CREW_NAME: g_value_set_string (value, self->crew_name); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_EMPLOYEES: g_value_set_boxed (value, self->employees); break;
    case PROP_MESSAGE: g_value_set_string (value, ovs_conflict_get_message (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_conflict_class_init (OvsConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ovs_conflict_finalize;
  object_class->get_property = ovs_conflict_get_property;

  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_SEVERITY] = g_param_spec_string ("severity", NULL, NULL, NULL, flags);
  properties[PROP_CREW_ID] = g_param_spec_int64 ("crew-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CREW_NAME] = g_param_spec_string ("crew-name", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_EMPLOYEES] = g_param_spec_boxed ("employees", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_conflict_init (OvsConflict *self)
{
}

/* --- the rows a check finds --- */

/* A conflict as the check finds it, before anybody asks for it as an object: a year's check finds tens
 * of thousands (mostly weekly hours), and most are counted or sorted, not shown. Strings live in the
 * rows' chunk, the people in the rows' shared arrays. */
typedef struct
{
  const char          *code;          /* the vocabulary's static nick */
  OvsConflictSeverity  severity;
  gint64               crew_id;
  const char          *crew_name;
  char                 date[11];
  guint                n_people;
  guint                people;        /* the first of them in ids and numbers */
  char                *message;       /* NULL: written from who and args when asked for */
  const char          *who;
  int                  args[2];
} Row;

struct _OvsConflictRows
{
  GArray       *rows;                 /* Row */
  GArray       *ids;                  /* gint64, each row's people sorted by number */
  GPtrArray    *numbers;              /* const char *, in strings */
  GStringChunk *strings;
  const char   *kept[3];              /* the last string kept of each kind: conflicts come in runs */
};

enum { KEEP_CREW, KEEP_NUMBER, KEEP_WHO };

/* @text in the rows' chunk (the roster data's strings go before the rows do); the same text as the last
 * one of its @kind is not hashed again. */
static const char *
keep (OvsConflictRows *rows, int kind, const char *text)
{
  if (rows->kept[kind] == NULL || strcmp (rows->kept[kind], text) != 0)
    rows->kept[kind] = g_string_chunk_insert_const (rows->strings, text);
  return rows->kept[kind];
}

OvsConflictRows *
ovs_conflict_rows_new (void)
{
  OvsConflictRows *rows = g_new0 (OvsConflictRows, 1);

  rows->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  rows->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  rows->numbers = g_ptr_array_new ();
  rows->strings = g_string_chunk_new (4096);
  return rows;
}

void
ovs_conflict_rows_free (OvsConflictRows *rows)
{
  if (rows == NULL)
    return;
  for (guint i = 0; i < rows->rows->len; i++)
    g_free (g_array_index (rows->rows, Row, i).message);
  g_array_unref (rows->rows);
  g_array_unref (rows->ids);
  g_ptr_array_unref (rows->numbers);
  g_string_chunk_free (rows->strings);
  g_free (rows);
}

guint
ovs_conflict_rows_len (OvsConflictRows *rows)
{
  return rows->rows->len;
}

typedef struct { const char *number; gint64 id; } Person;

static int
compare_people (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (((const Person *) a)->number, ((const Person *) b)->number);
}

static Row *
add_row (OvsConflictRows *rows, OvsRosterData *data, OvsConflictCode code, OvsConflictSeverity severity,
         gint64 crew_id, const char *date, const gint64 *employee_ids, guint n_ids, char *message)
{
  OvsRosterCrew *crew = ovs_roster_crew (data, crew_id);
  Row row = { ovs_vocab_code (OVS_TYPE_CONFLICT_CODE, code), severity, crew_id,
              keep (rows, KEEP_CREW, crew ? crew->name : ""), { 0 }, n_ids, rows->ids->len,
              message, NULL, { 0, 0 } };
  g_autoptr(GArray) people = NULL;

  g_strlcpy (row.date, date, sizeof row.date);
  /* Nearly every conflict is about one person or none: nothing to sort. */
  if (n_ids <= 1)
    {
      OvsRosterEmployee *e = n_ids == 1 ? ovs_roster_employee (data, employee_ids[0]) : NULL;

      if (n_ids == 1)
        {
          g_ptr_array_add (rows->numbers, (gpointer) keep (rows, KEEP_NUMBER, e ? e->number : ""));
          g_array_append_val (rows->ids, employee_ids[0]);
        }
      g_array_append_val (rows->rows, row);
      return &g_array_index (rows->rows, Row, rows->rows->len - 1);
    }
  people = g_array_sized_new (FALSE, FALSE, sizeof (Person), n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      OvsRosterEmployee *e = ovs_roster_employee (data, employee_ids[i]);
      Person p = { e ? e->number : "", employee_ids[i] };

      g_array_append_val (people, p);
    }
  if (n_ids > 1)
    g_array_sort (people, compare_people);
  for (guint i = 0; i < n_ids; i++)
    {
      Person *p = &g_array_index (people, Person, i);

      g_ptr_array_add (rows->numbers, g_string_chunk_insert_const (rows->strings, p->number));
      g_array_append_val (rows->ids, p->id);
    }
  g_array_append_val (rows->rows, row);
  return &g_array_index (rows->rows, Row, rows->rows->len - 1);
}

void
ovs_conflict_rows_add (OvsConflictRows *rows, OvsRosterData *data, OvsConflictCode code,
                       OvsConflictSeverity severity, gint64 crew_id, const char *date, const gint64 *employee_ids,
                       guint n_ids, char *message)
{
  add_row (rows, data, code, severity, crew_id, date, employee_ids, n_ids, message);
}

void
ovs_conflict_rows_add_hours_above_contract (OvsConflictRows *rows, OvsRosterData *data, gint64 crew_id,
                                            const char *monday, gint64 employee_id, const char *who, int minutes,
                                            int contract_minutes)
{
  Row *row = add_row (rows, data, OVS_CONFLICT_CODE_HOURS_ABOVE_CONTRACT, OVS_CONFLICT_WARNING, crew_id, monday,
                      &employee_id, 1, NULL);

  row->who = keep (rows, KEEP_WHO, who);
  row->args[0] = minutes;
  row->args[1] = contract_minutes;
}

static gint
compare_rows (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const Row *x = a, *y = b;
  GPtrArray *numbers = user_data;
  int c;

  if ((c = strcmp (x->date, y->date)) != 0 || (c = strcmp (x->crew_name, y->crew_name)) != 0 ||
      (c = strcmp (x->code, y->code)) != 0)
    return c;
  return g_strcmp0 (x->n_people > 0 ? g_ptr_array_index (numbers, x->people) : NULL,
                    y->n_people > 0 ? g_ptr_array_index (numbers, y->people) : NULL);
}

void
ovs_conflict_rows_sort (OvsConflictRows *rows, guint from)
{
  if (rows->rows->len > from)
    g_qsort_with_data (&g_array_index (rows->rows, Row, from), (gint) (rows->rows->len - from), sizeof (Row),
                       compare_rows, rows->numbers);
}

/* The object of row @i, owning copies of what it shows. */
static OvsConflict *
conflict_of_row (OvsConflictRows *rows, guint i)
{
  Row *row = &g_array_index (rows->rows, Row, i);
  OvsConflict *self = g_object_new (OVS_TYPE_CONFLICT, NULL);

  self->code = row->code;
  self->severity = row->severity;
  self->crew_id = row->crew_id;
  self->crew_name = g_strdup (row->crew_name);
  memcpy (self->date, row->date, sizeof self->date);
  self->message = g_strdup (row->message);
  self->who = g_strdup (row->who);
  self->args[0] = row->args[0];
  self->args[1] = row->args[1];
  self->employee_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), row->n_people);
  g_array_append_vals (self->employee_ids, &g_array_index (rows->ids, gint64, row->people), row->n_people);
  self->employees = g_new0 (char *, row->n_people + 1);
  for (guint k = 0; k < row->n_people; k++)
    self->employees[k] = g_strdup (g_ptr_array_index (rows->numbers, row->people + k));
  return self;
}

const char *
ovs_conflict_get_code (OvsConflict *self)
{
  g_return_val_if_fail (OVS_IS_CONFLICT (self), NULL);
  return self->code;
}

OvsConflictSeverity
ovs_conflict_get_severity (OvsConflict *self)
{
  g_return_val_if_fail (OVS_IS_CONFLICT (self), OVS_CONFLICT_INFO);
  return self->severity;
}

const char *
ovs_conflict_get_severity_name (OvsConflict *self)
{
  g_return_val_if_fail (OVS_IS_CONFLICT (self), NULL);
  return severity_names[self->severity];
}

gint64
ovs_conflict_get_crew_id (OvsConflict *self)
{
  g_return_val_if_fail (OVS_IS_CONFLICT (self), 0);
  return self->crew_id;
}

const char *
ovs_conflict_get_crew_name (OvsConflict *self)
{
  g_return_val_if_fail (OVS_IS_CONFLICT (self), NULL);
  return self->crew_name;
}

const char *
ovs_conflict_get_date (OvsConflict *self)
{
  g_return_val_if_fail (OVS_IS_CONFLICT (self), NULL);
  return self->date;
}

const char * const *
ovs_conflict_get_employees (OvsConflict *self)
{
  g_return_val_if_fail (OVS_IS_CONFLICT (self), NULL);
  return (const char * const *) self->employees;
}

const gint64 *
ovs_conflict_get_employee_ids (OvsConflict *self, guint *n_ids)
{
  g_return_val_if_fail (OVS_IS_CONFLICT (self), NULL);
  if (n_ids != NULL)
    *n_ids = self->employee_ids->len;
  return (const gint64 *) (gpointer) self->employee_ids->data;
}

const char *
ovs_conflict_get_message (OvsConflict *self)
{
  g_return_val_if_fail (OVS_IS_CONFLICT (self), NULL);
  if (self->message == NULL && self->who != NULL)
    {
      g_autofree char *day = ovs_roster_display (self->date);
      int minutes = self->args[0], contract = self->args[1];
      char *message = g_strdup_printf (_("%s is rostered %d:%02d hours in the week of %s; the contract has %d:%02d"),
                                       self->who, minutes / 60, minutes % 60, day, contract / 60, contract % 60);

      /* Two threads may ask at once: the first message made stays. */
      if (!g_atomic_pointer_compare_and_exchange (&self->message, NULL, message))
        g_free (message);
    }
  return self->message;
}

gboolean
ovs_conflict_concerns (OvsConflict *self, gint64 employee_id, const char *date)
{
  gboolean person = FALSE;

  g_return_val_if_fail (OVS_IS_CONFLICT (self), FALSE);
  for (guint i = 0; i < self->employee_ids->len; i++)
    person = person || g_array_index (self->employee_ids, gint64, i) == employee_id;
  if (!person)
    return FALSE;
  if (ovs_vocab_is (OVS_TYPE_CONFLICT_CODE, self->code, OVS_CONFLICT_CODE_HOURS_ABOVE_CONTRACT))
    {
      g_autofree char *monday = ovs_roster_monday (date);

      return g_strcmp0 (monday, self->date) == 0;
    }
  /* More than 60 hours concerns every day of the law's week (Sunday to Saturday) it is dated in. */
  if (ovs_vocab_is (OVS_TYPE_CONFLICT_CODE, self->code, OVS_CONFLICT_CODE_WEEK_OVER_60H))
    {
      g_autofree char *sunday = ovs_roster_add_days (self->date, -(ovs_roster_weekday (self->date) % 7));
      g_autofree char *saturday = ovs_roster_add_days (sunday, 6);

      return g_strcmp0 (sunday, date) <= 0 && g_strcmp0 (date, saturday) <= 0;
    }
  /* A short rest concerns the shift after it and the one before, on the previous day. */
  if (ovs_vocab_is (OVS_TYPE_CONFLICT_CODE, self->code, OVS_CONFLICT_CODE_SHORT_REST))
    {
      g_autofree char *before = ovs_roster_add_days (self->date, -1);

      return g_strcmp0 (date, self->date) == 0 || g_strcmp0 (date, before) == 0;
    }
  return g_strcmp0 (self->date, date) == 0;
}

JsonObject *
ovs_conflict_to_json (OvsConflict *self)
{
  JsonObject *o = json_object_new ();
  JsonArray *employees = json_array_new ();

  g_return_val_if_fail (OVS_IS_CONFLICT (self), o);
  for (guint i = 0; self->employees[i] != NULL; i++)
    json_array_add_string_element (employees, self->employees[i]);
  json_object_set_string_member (o, "code", self->code);
  json_object_set_string_member (o, "severity", severity_names[self->severity]);
  json_object_set_string_member (o, "crew", self->crew_name);
  json_object_set_string_member (o, "date", self->date);
  json_object_set_array_member (o, "employees", employees);
  json_object_set_string_member (o, "message", ovs_conflict_get_message (self));
  return o;
}

JsonArray *
ovs_conflicts_to_json (GListModel *conflicts)
{
  JsonArray *rows = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(OvsConflict) c = g_list_model_get_item (conflicts, i);

      json_array_add_object_element (rows, ovs_conflict_to_json (c));
    }
  return rows;
}

/* --- a found list --- */

/* A read-only GListModel over the rows a check found, making each row's object when it is first asked
 * for: a GListStore would want every object made and put in a sequence node first. */
#define OVS_TYPE_CONFLICT_LIST (ovs_conflict_list_get_type ())
G_DECLARE_FINAL_TYPE (OvsConflictList, ovs_conflict_list, OVS, CONFLICT_LIST, GObject)

struct _OvsConflictList
{
  GObject          parent_instance;
  OvsConflictRows *rows;
  OvsConflict    **items;   /* made on demand; NULL until then */
  GMutex           lock;
};

static GType
ovs_conflict_list_get_item_type (GListModel *model)
{
  return OVS_TYPE_CONFLICT;
}

static guint
ovs_conflict_list_get_n_items (GListModel *model)
{
  return OVS_CONFLICT_LIST (model)->rows->rows->len;
}

static gpointer
ovs_conflict_list_get_item (GListModel *model, guint position)
{
  OvsConflictList *self = OVS_CONFLICT_LIST (model);
  g_autoptr(GMutexLocker) locker = NULL;

  if (position >= self->rows->rows->len)
    return NULL;
  locker = g_mutex_locker_new (&self->lock);
  /* The same object every time: callers may keep it and compare. */
  if (self->items[position] == NULL)
    self->items[position] = conflict_of_row (self->rows, position);
  return g_object_ref (self->items[position]);
}

static void
ovs_conflict_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ovs_conflict_list_get_item_type;
  iface->get_n_items = ovs_conflict_list_get_n_items;
  iface->get_item = ovs_conflict_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (OvsConflictList, ovs_conflict_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, ovs_conflict_list_model_init))

static void
ovs_conflict_list_finalize (GObject *object)
{
  OvsConflictList *self = OVS_CONFLICT_LIST (object);

  for (guint i = 0; i < self->rows->rows->len; i++)
    g_clear_object (&self->items[i]);
  g_free (self->items);
  ovs_conflict_rows_free (self->rows);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (ovs_conflict_list_parent_class)->finalize (object);
}

static void
ovs_conflict_list_class_init (OvsConflictListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ovs_conflict_list_finalize;
}

static void
ovs_conflict_list_init (OvsConflictList *self)
{
  g_mutex_init (&self->lock);
}

GListModel *
ovs_conflict_list_new (OvsConflictRows *rows)
{
  OvsConflictList *self = g_object_new (OVS_TYPE_CONFLICT_LIST, NULL);

  self->rows = rows;
  self->items = g_new0 (OvsConflict *, rows->rows->len);
  return G_LIST_MODEL (self);
}

/* --- JSON without a tree --- */

/* g_string_append_len() for the writer's many short pieces, inline when they fit (as GLib's own
 * g_string_append_c() is). */
static inline void
put (GString *out, const char *text, gsize length)
{
  if (out->len + length < out->allocated_len)
    {
      memcpy (out->str + out->len, text, length);
      out->len += length;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, text, (gssize) length);
}

#define PUT_LITERAL(out, text) put ((out), "" text, sizeof (text) - 1)

/* The bytes JSON-GLib's generator escapes: quote, backslash, control characters (but 0x1f, which it
 * leaves) and DEL; bytes of multibyte UTF-8 characters pass as they are. */
static inline gboolean
json_escaped (char c)
{
  /* As bit masks, one test per byte: 0x01–0x1e and '"' below 64, '\\' and DEL from 64 to 127. */
  static const guint64 low = G_GUINT64_CONSTANT (0x7ffffffe) | G_GUINT64_CONSTANT (1) << '"';
  static const guint64 high = G_GUINT64_CONSTANT (1) << ('\\' - 64) | G_GUINT64_CONSTANT (1) << (0x7f - 64);
  guchar u = (guchar) c;

  return u < 64 ? (low >> u) & 1 : u < 128 && (high >> (u - 64)) & 1;
}

/* Escapes as JSON-GLib's generator does, so that both give the same bytes; the text between escapes
 * goes in one piece. */
static void
append_json_string (GString *out, const char *text)
{
  const char *run = text, *p;

  g_string_append_c (out, '"');
  for (p = text; *p != '\0'; p++)
    {
      if (!json_escaped (*p))
        continue;
      put (out, run, (gsize) (p - run));
      run = p + 1;
      switch (*p)
        {
        case '\\': PUT_LITERAL (out, "\\\\"); break;
        case '"': PUT_LITERAL (out, "\\\""); break;
        case '\b': PUT_LITERAL (out, "\\b"); break;
        case '\f': PUT_LITERAL (out, "\\f"); break;
        case '\n': PUT_LITERAL (out, "\\n"); break;
        case '\r': PUT_LITERAL (out, "\\r"); break;
        case '\t': PUT_LITERAL (out, "\\t"); break;
        default: g_string_append_printf (out, "\\u00%02x", (guint) *p); break;
        }
    }
  put (out, run, (gsize) (p - run));
  g_string_append_c (out, '"');
}

/* A member whose name needs no escaping: @start is its line up to the value, e.g. `    "code" : `. */
static void
append_member (GString *out, const char *start, gsize start_length, const char *value, gboolean last)
{
  put (out, start, start_length);
  append_json_string (out, value);
  if (last)
    PUT_LITERAL (out, "\n");
  else
    PUT_LITERAL (out, ",\n");
}

#define APPEND_MEMBER(out, start, value, last) append_member ((out), "" start, sizeof (start) - 1, (value), (last))

static void
append_conflict (GString *out, const char *code, OvsConflictSeverity severity, const char *crew_name,
                 const char *date, const char * const *numbers, guint n_numbers, const char *message)
{
  PUT_LITERAL (out, "  {\n");
  APPEND_MEMBER (out, "    \"code\" : ", code, FALSE);
  APPEND_MEMBER (out, "    \"severity\" : ", severity_names[severity], FALSE);
  APPEND_MEMBER (out, "    \"crew\" : ", crew_name, FALSE);
  APPEND_MEMBER (out, "    \"date\" : ", date, FALSE);
  PUT_LITERAL (out, "    \"employees\" : [");
  for (guint k = 0; k < n_numbers; k++)
    {
      if (k == 0)
        PUT_LITERAL (out, "\n      ");
      else
        PUT_LITERAL (out, "      ");
      append_json_string (out, numbers[k]);
      if (k + 1 < n_numbers)
        PUT_LITERAL (out, ",\n");
      else
        PUT_LITERAL (out, "\n    ");
    }
  PUT_LITERAL (out, "],\n");
  APPEND_MEMBER (out, "    \"message\" : ", message, TRUE);
  PUT_LITERAL (out, "  }");
}

/* The conversions of the weekly-hours message, in its order. */
static const char *const hours_conversions[] = { "s", "d", "02d", "s", "d", "02d" };

/* Has the (translated) weekly-hours @format exactly the message's conversions, in its order, and
 * nothing else but "%%"? Then append_hours_message() can write it without printf. */
static gboolean
hours_format_plain (const char *format)
{
  guint n = 0;

  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p, '%'))
    {
      gsize length;

      if (p[1] == '%')
        {
          p += 2;
          continue;
        }
      if (n == G_N_ELEMENTS (hours_conversions))
        return FALSE;
      length = strlen (hours_conversions[n]);
      if (strncmp (p + 1, hours_conversions[n], length) != 0)
        return FALSE;
      p += 1 + length;
      n++;
    }
  return n == G_N_ELEMENTS (hours_conversions);
}

/* @value as printf's %d, or %02d with @two_digits. */
static void
put_int (GString *out, int value, gboolean two_digits)
{
  char digits[16];
  int at = sizeof digits;
  unsigned int magnitude = value < 0 ? 0u - (unsigned int) value : (unsigned int) value;

  do
    digits[--at] = (char) ('0' + magnitude % 10);
  while ((magnitude /= 10) > 0);
  if (two_digits && value >= 0 && at == sizeof digits - 1)
    digits[--at] = '0';
  if (value < 0)
    digits[--at] = '-';
  put (out, digits + at, sizeof digits - (gsize) at);
}

/* The weekly-hours message from a @format that hours_format_plain() accepted, as printf writes it:
 * 25,000 of them cost a year's JSON more through printf than all the rest. */
static void
append_hours_message (GString *out, const char *format, const char *who, const char *day, int minutes,
                      int contract)
{
  const char *strings[] = { who, NULL, NULL, day, NULL, NULL };
  int numbers[] = { 0, minutes / 60, minutes % 60, 0, contract / 60, contract % 60 };
  const char *run = format;
  guint n = 0;

  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (run, '%'))
    {
      put (out, run, (gsize) (p - run));
      if (p[1] == '%')
        {
          g_string_append_c (out, '%');
          run = p + 2;
          continue;
        }
      if (strings[n] != NULL)
        put (out, strings[n], strlen (strings[n]));
      else
        put_int (out, numbers[n], hours_conversions[n][0] == '0');
      run = p + 1 + strlen (hours_conversions[n]);
      n++;
    }
  put (out, run, strlen (run));
}

/* A row's message: the one it has, or its lazy one written now into @scratch with @format (the
 * translated weekly-hours message, looked up once for all rows; @plain: hours_format_plain()). */
static const char *
row_message (Row *row, const char *format, gboolean plain, GString *scratch)
{
  char day[11];

  if (row->message != NULL || row->who == NULL)
    return row->message ? row->message : "";
  if (!ovs_roster_display_to (row->date, day))
    g_strlcpy (day, row->date, sizeof day);
  g_string_truncate (scratch, 0);
  if (plain)
    append_hours_message (scratch, format, row->who, day, row->args[0], row->args[1]);
  else
    g_string_append_printf (scratch, format, row->who, row->args[0] / 60, row->args[0] % 60, day,
                            row->args[1] / 60, row->args[1] % 60);
  return scratch->str;
}

/* Writes the JSON into @out; with @sink, hands @out's text to it whenever it holds more than a pipe's
 * worth and empties it, so that a year's 7 MB are never in memory at once. */
static void
write_json (GListModel *conflicts, GString *out, OvsTextSink sink, gpointer user_data)
{
  guint n = g_list_model_get_n_items (conflicts);
  g_autoptr(GString) scratch = g_string_new (NULL);
  const char *format = _("%s is rostered %d:%02d hours in the week of %s; the contract has %d:%02d");
  gboolean plain = hours_format_plain (format);
  OvsConflictRows *rows = OVS_IS_CONFLICT_LIST (conflicts) ? OVS_CONFLICT_LIST (conflicts)->rows : NULL;

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_string_append (out, i == 0 ? "\n" : ",\n");
      /* A check's own list: straight from its rows, without making the objects. */
      if (rows != NULL)
        {
          Row *row = &g_array_index (rows->rows, Row, i);

          append_conflict (out, row->code, row->severity, row->crew_name, row->date,
                           (const char * const *) &g_ptr_array_index (rows->numbers, row->people), row->n_people,
                           row_message (row, format, plain, scratch));
        }
      else
        {
          g_autoptr(OvsConflict) c = g_list_model_get_item (conflicts, i);

          append_conflict (out, c->code, c->severity, c->crew_name, c->date,
                           (const char * const *) c->employees, g_strv_length (c->employees),
                           ovs_conflict_get_message (c));
        }
      if (sink != NULL && out->len >= 60 * 1024)
        {
          sink (out->str, out->len, user_data);
          g_string_truncate (out, 0);
        }
    }
  if (n > 0)
    g_string_append_c (out, '\n');
  g_string_append_c (out, ']');
  if (sink != NULL)
    {
      sink (out->str, out->len, user_data);
      g_string_truncate (out, 0);
    }
}

void
ovs_conflicts_write_json (GListModel *conflicts, GString *out)
{
  g_return_if_fail (G_IS_LIST_MODEL (conflicts));
  write_json (conflicts, out, NULL, NULL);
}

void
ovs_conflicts_write_json_to (GListModel *conflicts, OvsTextSink sink, gpointer user_data)
{
  g_autoptr(GString) buffer = g_string_sized_new (64 * 1024);

  g_return_if_fail (G_IS_LIST_MODEL (conflicts));
  g_return_if_fail (sink != NULL);
  write_json (conflicts, buffer, sink, user_data);
}

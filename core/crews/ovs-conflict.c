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

typedef struct { const char *number; gint64 id; } Person;

static int
compare_people (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (((const Person *) a)->number, ((const Person *) b)->number);
}

static void
set_people (OvsConflict *self, OvsRosterData *data, const gint64 *employee_ids, guint n_ids)
{
  g_autoptr(GArray) people = NULL;

  self->employee_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  self->employees = g_new0 (char *, n_ids + 1);
  /* Nearly every conflict is about one person: nothing to sort. */
  if (n_ids == 1)
    {
      OvsRosterEmployee *e = ovs_roster_employee (data, employee_ids[0]);

      self->employees[0] = g_strdup (e ? e->number : "");
      g_array_append_val (self->employee_ids, employee_ids[0]);
      return;
    }
  people = g_array_sized_new (FALSE, FALSE, sizeof (Person), n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      OvsRosterEmployee *e = ovs_roster_employee (data, employee_ids[i]);
      Person p = { e ? e->number : "", employee_ids[i] };

      g_array_append_val (people, p);
    }
  g_array_sort (people, compare_people);
  for (guint i = 0; i < people->len; i++)
    {
      Person *p = &g_array_index (people, Person, i);

      self->employees[i] = g_strdup (p->number);
      g_array_append_val (self->employee_ids, p->id);
    }
}

OvsConflict *
ovs_conflict_new (OvsRosterData *data, OvsConflictCode code, OvsConflictSeverity severity, gint64 crew_id,
                  const char *date, const gint64 *employee_ids, guint n_ids, char *message)
{
  OvsConflict *self = g_object_new (OVS_TYPE_CONFLICT, NULL);
  OvsRosterCrew *crew = ovs_roster_crew (data, crew_id);

  self->code = ovs_vocab_code (OVS_TYPE_CONFLICT_CODE, code);
  self->severity = severity;
  self->crew_id = crew_id;
  self->crew_name = g_strdup (crew ? crew->name : "");
  g_strlcpy (self->date, date, sizeof self->date);
  self->message = message;
  set_people (self, data, employee_ids, n_ids);
  return self;
}

OvsConflict *
ovs_conflict_new_hours_above_contract (OvsRosterData *data, gint64 crew_id, const char *monday,
                                       gint64 employee_id, const char *who, int minutes, int contract_minutes)
{
  OvsConflict *self = ovs_conflict_new (data, OVS_CONFLICT_CODE_HOURS_ABOVE_CONTRACT, OVS_CONFLICT_WARNING, crew_id,
                                        monday, &employee_id, 1, NULL);

  self->who = g_strdup (who);
  self->args[0] = minutes;
  self->args[1] = contract_minutes;
  return self;
}

int
ovs_conflict_compare (OvsConflict *x, OvsConflict *y)
{
  int c;

  if ((c = strcmp (x->date, y->date)) != 0 || (c = strcmp (x->crew_name, y->crew_name)) != 0 ||
      (c = strcmp (x->code, y->code)) != 0)
    return c;
  return g_strcmp0 (x->employees[0], y->employees[0]);
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

/* A read-only GListModel over an array of conflicts: a year's check finds tens of thousands, and a
 * GListStore would put each in a sequence node one by one for a list that never changes. */
#define OVS_TYPE_CONFLICT_LIST (ovs_conflict_list_get_type ())
G_DECLARE_FINAL_TYPE (OvsConflictList, ovs_conflict_list, OVS, CONFLICT_LIST, GObject)

struct _OvsConflictList
{
  GObject    parent_instance;
  GPtrArray *items;
};

static GType
ovs_conflict_list_get_item_type (GListModel *model)
{
  return OVS_TYPE_CONFLICT;
}

static guint
ovs_conflict_list_get_n_items (GListModel *model)
{
  return OVS_CONFLICT_LIST (model)->items->len;
}

static gpointer
ovs_conflict_list_get_item (GListModel *model, guint position)
{
  GPtrArray *items = OVS_CONFLICT_LIST (model)->items;

  return position < items->len ? g_object_ref (g_ptr_array_index (items, position)) : NULL;
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
  g_ptr_array_unref (OVS_CONFLICT_LIST (object)->items);
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
}

GListModel *
ovs_conflict_list_new (GPtrArray *conflicts)
{
  OvsConflictList *self = g_object_new (OVS_TYPE_CONFLICT_LIST, NULL);

  self->items = g_ptr_array_ref (conflicts);
  return G_LIST_MODEL (self);
}

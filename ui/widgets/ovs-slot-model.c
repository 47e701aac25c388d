/* ovs-slot-model.c — see ovs-slot-model.h. */
#include "config.h"

#include "widgets/ovs-slot.h"
#include "widgets/ovs-slot-model.h"

struct _OvsSlotModel
{
  GObject     parent_instance;

  GListModel *model;
  GPtrArray  *rows;    /* instead of a model: set_rows() */
  /* One entry per row; a slot is made when the view first asks for its position (NULL until then),
   * so that a change of rows touches only the slots a view has seen, not 20,000. */
  GPtrArray  *slots;
  gboolean    stepwise;  /* the first positions appear a step at a time */
  /* The positions a view shows (set_in_view()); only rows set by set_rows() wait. */
  guint       view_first;
  guint       view_n;
  gboolean    has_view;
  gboolean    behind;    /* some slots made so far still hold an old row */
};

/* A view makes its row widgets when positions appear near those it shows: a list that grows from a
 * few rows to thousands gets up to a couple of hundred rows and their cells built at once, a tenth
 * of a second or more. Up to REVEAL_LIMIT positions appear REVEAL_STEP at a time (see
 * ovs_slot_model_reveal()), the rest at once: by then the view is full. A row of Medewerkers's nine
 * cells costs GTK about 0.45 ms to build, so a step of 12 leaves room in the frame for the rest. */
#define REVEAL_STEP  12
#define REVEAL_LIMIT 240

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OvsSlotModel, ovs_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum { PROP_0, PROP_MODEL, N_PROPS };
static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *list)
{
  return OVS_TYPE_SLOT;
}

static guint
get_n_items (GListModel *list)
{
  return OVS_SLOT_MODEL (list)->slots->len;
}

/* The row at @position (a new reference). */
static gpointer
row_at (OvsSlotModel *self, guint position)
{
  if (self->rows != NULL)
    return g_object_ref (g_ptr_array_index (self->rows, position));
  return g_list_model_get_item (self->model, position);
}

static guint
n_rows (OvsSlotModel *self)
{
  if (self->rows != NULL)
    return self->rows->len;
  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

static gpointer
get_item (GListModel *list, guint position)
{
  OvsSlotModel *self = OVS_SLOT_MODEL (list);
  OvsSlot *slot;

  if (position >= self->slots->len)
    return NULL;
  if ((slot = g_ptr_array_index (self->slots, position)) == NULL)
    {
      g_autoptr(GObject) row = row_at (self, position);

      slot = g_ptr_array_index (self->slots, position) = ovs_slot_new ();
      ovs_slot_set_item (slot, row);
    }
  return g_object_ref (slot);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* How many positions to show of @n rows, while @before are shown. */
static guint
positions_for (OvsSlotModel *self, guint before, guint n)
{
  if (!self->stepwise || n <= before + REVEAL_STEP || before >= REVEAL_LIMIT)
    return n;
  return before + REVEAL_STEP;
}

static gboolean
in_view (OvsSlotModel *self, guint position)
{
  return !self->has_view || self->rows == NULL ||
         (position >= self->view_first && position - self->view_first < self->view_n);
}

/* Whether the slot at @position (made, and a position there is) holds another row than its own. */
static gboolean
is_behind (OvsSlotModel *self, guint position)
{
  OvsSlot *slot = g_ptr_array_index (self->slots, position);

  return slot != NULL && self->rows != NULL && ovs_slot_get_item (slot) != g_ptr_array_index (self->rows, position);
}

static void
give_row (OvsSlotModel *self, guint position)
{
  g_autoptr(GObject) row = row_at (self, position);

  ovs_slot_set_item (g_ptr_array_index (self->slots, position), row);
}

/* Gives the slots made so far, from @from on, their new rows (those out of view later, see
 * ovs_slot_model_catch_up()), and adds or drops positions at the end. */
static void
sync_slots (OvsSlotModel *self, guint from)
{
  guint before = self->slots->len;
  guint after = positions_for (self, before, n_rows (self));

  for (guint i = from; i < MIN (before, after); i++)
    {
      if (g_ptr_array_index (self->slots, i) == NULL)
        continue;
      if (in_view (self, i))
        give_row (self, i);
      else
        self->behind = TRUE;
    }
  g_ptr_array_set_size (self->slots, after);
  if (after < before)
    g_list_model_items_changed (G_LIST_MODEL (self), after, before - after, 0);
  else if (after > before)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, after - before);
}

static void
items_changed_cb (OvsSlotModel *self, guint position, guint removed, guint added)
{
  sync_slots (self, position);
}

GListModel *
ovs_slot_model_get_model (OvsSlotModel *self)
{
  g_return_val_if_fail (OVS_IS_SLOT_MODEL (self), NULL);
  return self->model;
}

void
ovs_slot_model_set_model (OvsSlotModel *self, GListModel *model)
{
  g_return_if_fail (OVS_IS_SLOT_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));
  if (self->model == model)
    return;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_set_object (&self->model, model);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  if (model != NULL)
    g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);
  sync_slots (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

void
ovs_slot_model_set_stepwise (OvsSlotModel *self, gboolean stepwise)
{
  g_return_if_fail (OVS_IS_SLOT_MODEL (self));
  self->stepwise = !!stepwise;
}

gboolean
ovs_slot_model_reveal (OvsSlotModel *self)
{
  g_return_val_if_fail (OVS_IS_SLOT_MODEL (self), FALSE);

  sync_slots (self, self->slots->len);
  return self->slots->len < n_rows (self);
}

void
ovs_slot_model_set_in_view (OvsSlotModel *self, guint first, guint n)
{
  g_return_if_fail (OVS_IS_SLOT_MODEL (self));

  self->has_view = TRUE;
  self->view_first = first;
  self->view_n = n;
}

/* Gives the slots behind in view their rows, then up to @max others, the ones just below the view
 * first (where scrolling goes most); returns whether some are still behind. */
gboolean
ovs_slot_model_catch_up (OvsSlotModel *self, guint max)
{
  guint n = self->slots->len;
  guint start = MIN (self->view_first, n);
  guint given = 0;

  g_return_val_if_fail (OVS_IS_SLOT_MODEL (self), FALSE);

  if (!self->behind)
    return FALSE;
  for (guint i = start; i < n && i - start < self->view_n; i++)
    if (is_behind (self, i))
      give_row (self, i);
  start = MIN (start + MIN (self->view_n, n), n);
  for (guint k = 0; k < n; k++)
    {
      guint i = (start + k) % n;

      if (!is_behind (self, i))
        continue;
      if (given == max)
        return TRUE;
      give_row (self, i);
      given++;
    }
  self->behind = FALSE;
  return FALSE;
}

void
ovs_slot_model_set_rows (OvsSlotModel *self, GPtrArray *rows)
{
  g_return_if_fail (OVS_IS_SLOT_MODEL (self));
  g_return_if_fail (rows != NULL);

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
      g_clear_object (&self->model);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
    }
  g_ptr_array_ref (rows);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = rows;
  sync_slots (self, 0);
}

OvsSlotModel *
ovs_slot_model_new (GListModel *model)
{
  return g_object_new (OVS_TYPE_SLOT_MODEL, "model", model, NULL);
}

static void
ovs_slot_model_dispose (GObject *object)
{
  OvsSlotModel *self = OVS_SLOT_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (ovs_slot_model_parent_class)->dispose (object);
}

static void
ovs_slot_model_finalize (GObject *object)
{
  g_ptr_array_unref (OVS_SLOT_MODEL (object)->slots);
  G_OBJECT_CLASS (ovs_slot_model_parent_class)->finalize (object);
}

static void
ovs_slot_model_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_MODEL: g_value_set_object (value, OVS_SLOT_MODEL (object)->model); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_slot_model_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_MODEL: ovs_slot_model_set_model (OVS_SLOT_MODEL (object), g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_slot_model_class_init (OvsSlotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ovs_slot_model_dispose;
  object_class->finalize = ovs_slot_model_finalize;
  object_class->get_property = ovs_slot_model_get_property;
  object_class->set_property = ovs_slot_model_set_property;
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* Positions not seen yet have no slot. */
static void
unref_slot (gpointer slot)
{
  if (slot != NULL)
    g_object_unref (slot);
}

static void
ovs_slot_model_init (OvsSlotModel *self)
{
  self->slots = g_ptr_array_new_with_free_func (unref_slot);
}

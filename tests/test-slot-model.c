/* test-slot-model.c — OvsSlotModel: the positions in view keep their slot objects while the rows
 * under them change; only a change in the number of rows is told, at the end; each slot says when
 * it gets another row. */
#include "config.h"

#include <gio/gio.h>

#include "widgets/ovs-slot.h"
#include "widgets/ovs-slot-model.h"

typedef struct
{
  guint position, removed, added, calls;
} Change;

static void
items_changed_cb (GListModel *model, guint position, guint removed, guint added, Change *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->calls++;
}

static GListStore *
store_of (const char * const *names)
{
  GListStore *store = g_list_store_new (G_TYPE_APP_LAUNCH_CONTEXT);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GAppLaunchContext) item = g_app_launch_context_new ();

      g_object_set_data_full (G_OBJECT (item), "name", g_strdup (names[i]), g_free);
      g_list_store_append (store, item);
    }
  return store;
}

static const char *
name_at (GListModel *slots, guint position)
{
  g_autoptr(OvsSlot) slot = g_list_model_get_item (slots, position);

  return g_object_get_data (ovs_slot_get_item (slot), "name");
}

static void
test_positions_stay (void)
{
  const char * const before[] = { "a", "b", "c", "d", NULL };
  g_autoptr(GListStore) store = store_of (before);
  g_autoptr(OvsSlotModel) model = ovs_slot_model_new (G_LIST_MODEL (store));
  GListModel *slots = G_LIST_MODEL (model);
  g_autoptr(OvsSlot) first = g_list_model_get_item (slots, 0);
  Change change = { 0 };
  guint notified = 0;

  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 4);
  g_assert_true (g_list_model_get_item_type (slots) == OVS_TYPE_SLOT);
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &change);
  g_signal_connect_swapped (first, "notify::item", G_CALLBACK (g_nullify_pointer), &notified);
  notified = 1;

  /* A search keeps "b" and "d": two slots go, at the end; the first two take the rows. */
  g_list_store_remove (store, 2);
  g_list_store_remove (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 2);
  g_assert_cmpuint (change.calls, ==, 2);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpstr (name_at (slots, 0), ==, "b");
  g_assert_cmpstr (name_at (slots, 1), ==, "d");
  g_assert_cmpuint (notified, ==, 0);
  {
    g_autoptr(OvsSlot) still_first = g_list_model_get_item (slots, 0);

    g_assert_true (still_first == first);
  }
}

static void
test_grow_and_unwrap (void)
{
  const char * const names[] = { "x", NULL };
  g_autoptr(GListStore) store = store_of (names);
  g_autoptr(GListStore) more = store_of ((const char * const[]) { "p", "q", "r", NULL });
  g_autoptr(OvsSlotModel) model = ovs_slot_model_new (NULL);
  Change change = { 0 };

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &change);
  ovs_slot_model_set_model (model, G_LIST_MODEL (store));
  g_assert_cmpuint (change.added, ==, 1);
  ovs_slot_model_set_model (model, G_LIST_MODEL (more));
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.added, ==, 2);
  g_assert_cmpstr (name_at (G_LIST_MODEL (model), 0), ==, "p");
  g_assert_cmpstr (name_at (G_LIST_MODEL (model), 2), ==, "r");
  {
    g_autoptr(OvsSlot) slot = g_list_model_get_item (G_LIST_MODEL (model), 1);
    g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (more), 1);

    g_assert_true (ovs_slot_unwrap (slot) == (gpointer) row);
    g_assert_true (ovs_slot_unwrap (row) == (gpointer) row);
  }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 3));
}

/* Rows given as an array: only the slots a view asked for take their new rows; stepwise, a list
 * that grows from a few rows shows the new positions a step at a time, the rest at once. */
static void
test_rows_stepwise (void)
{
  g_autoptr(GPtrArray) few = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(OvsSlotModel) model = ovs_slot_model_new (NULL);
  GListModel *slots = G_LIST_MODEL (model);
  guint steps = 0;

  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(GAppLaunchContext) item = g_app_launch_context_new ();

      g_object_set_data_full (G_OBJECT (item), "name", g_strdup_printf ("%u", i), g_free);
      if (i < 3)
        g_ptr_array_add (few, g_object_ref (item));
      g_ptr_array_add (many, g_object_ref (item));
    }
  ovs_slot_model_set_stepwise (model, TRUE);
  ovs_slot_model_set_rows (model, few);
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 3);
  g_assert_false (ovs_slot_model_reveal (model));
  g_assert_cmpstr (name_at (slots, 2), ==, "2");
  {
    g_autoptr(OvsSlot) first = g_list_model_get_item (slots, 0);

    /* The slot a view has seen keeps its place; the new positions come a step at a time. */
    ovs_slot_model_set_rows (model, many);
    g_assert_cmpuint (g_list_model_get_n_items (slots), >, 3);
    g_assert_cmpuint (g_list_model_get_n_items (slots), <, 1000);
    while (ovs_slot_model_reveal (model))
      steps++;
    g_assert_cmpuint (steps, >, 1);
    g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 1000);
    g_assert_true (ovs_slot_get_item (first) == many->pdata[0]);
    g_assert_cmpstr (name_at (slots, 999), ==, "999");
  }
  /* Shrinking: at once. */
  ovs_slot_model_set_rows (model, few);
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 3);
}

static GPtrArray *
rows_named (const char *prefix, guint n)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      GAppLaunchContext *item = g_app_launch_context_new ();

      g_object_set_data_full (G_OBJECT (item), "name", g_strdup_printf ("%s%u", prefix, i), g_free);
      g_ptr_array_add (rows, item);
    }
  return rows;
}

/* With a view set, new rows reach the slots in view at once and the other slots made so far a step
 * at a time; a slot that a view asks for afresh holds its own row; a view that moves gets its slots
 * first. */
static void
test_rows_in_view_first (void)
{
  g_autoptr(GPtrArray) old = rows_named ("old", 300);
  g_autoptr(GPtrArray) new = rows_named ("new", 250);
  g_autoptr(OvsSlotModel) model = ovs_slot_model_new (NULL);
  GListModel *slots = G_LIST_MODEL (model);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_object_unref);
  guint steps = 0;

  ovs_slot_model_set_rows (model, old);
  /* A view that has built 200 rows, of which it shows 10 to 30. */
  for (guint i = 0; i < 200; i++)
    g_ptr_array_add (seen, g_list_model_get_item (slots, i));
  g_assert_false (ovs_slot_model_catch_up (model, 0));
  ovs_slot_model_set_in_view (model, 10, 20);
  ovs_slot_model_set_rows (model, new);
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 250);
  for (guint i = 10; i < 30; i++)
    g_assert_true (ovs_slot_get_item (seen->pdata[i]) == new->pdata[i]);
  g_assert_true (ovs_slot_get_item (seen->pdata[9]) == old->pdata[9]);
  g_assert_true (ovs_slot_get_item (seen->pdata[30]) == old->pdata[30]);
  /* Never made before: its own row at once. */
  g_assert_cmpstr (name_at (slots, 220), ==, "new220");

  /* Scrolled to 150: those first, whatever the step. */
  ovs_slot_model_set_in_view (model, 150, 20);
  g_assert_true (ovs_slot_get_item (seen->pdata[150]) == old->pdata[150]);
  g_assert_true (ovs_slot_model_catch_up (model, 0));
  for (guint i = 150; i < 170; i++)
    g_assert_true (ovs_slot_get_item (seen->pdata[i]) == new->pdata[i]);
  g_assert_true (ovs_slot_get_item (seen->pdata[0]) == old->pdata[0]);

  while (ovs_slot_model_catch_up (model, 32))
    steps++;
  /* 160 slots behind, 32 a step: the fifth step is the last. */
  g_assert_cmpuint (steps, ==, 4);
  for (guint i = 0; i < 200; i++)
    g_assert_true (ovs_slot_get_item (seen->pdata[i]) == new->pdata[i]);

  /* Back to the old rows with every position in view: all at once, as without a view. */
  ovs_slot_model_set_in_view (model, 0, G_MAXUINT);
  ovs_slot_model_set_rows (model, old);
  g_assert_false (ovs_slot_model_catch_up (model, 0));
  for (guint i = 0; i < 200; i++)
    g_assert_true (ovs_slot_get_item (seen->pdata[i]) == old->pdata[i]);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/slot-model/positions-stay", test_positions_stay);
  g_test_add_func ("/slot-model/grow-and-unwrap", test_grow_and_unwrap);
  g_test_add_func ("/slot-model/rows-stepwise", test_rows_stepwise);
  g_test_add_func ("/slot-model/rows-in-view-first", test_rows_in_view_first);
  return g_test_run ();
}

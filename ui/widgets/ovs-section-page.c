/* ovs-section-page.c — the section pages' base class: the store, one coalesced refresh for the
 * store's changes, search, and the properties of the empty state (ovs-section-page-empty.c). See
 * the header for what a section overrides. */
#include "config.h"

#include "widgets/ovs-section-page-private.h"

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OvsSectionPage, ovs_section_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MODEL,
  PROP_CONTENT,
  PROP_SEARCH_WIDGET,
  PROP_CAN_ADD,
  PROP_EMPTY,
  /* The empty state's texts, all named "empty-…" (see ovs-section-page-empty.c). */
  PROP_EMPTY_ICON_NAME,
  PROP_EMPTY_TITLE,
  PROP_EMPTY_DESCRIPTION,
  PROP_EMPTY_READ_ONLY_DESCRIPTION,
  PROP_EMPTY_ACTION_NAME,
  PROP_EMPTY_ACTION_LABEL,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

enum { REFRESHED, N_SIGNALS };
static guint signals[N_SIGNALS];

OvsSectionPagePrivate *
_ovs_section_page_get_private (OvsSectionPage *self)
{
  return ovs_section_page_get_instance_private (self);
}

static void
update_empty (OvsSectionPage *self)
{
  if (_ovs_section_page_empty_update (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
}

static void
set_model (OvsSectionPage *self, GListModel *model)
{
  OvsSectionPagePrivate *priv = ovs_section_page_get_instance_private (self);

  if (priv->model == model)
    return;
  if (priv->model != NULL)
    g_signal_handlers_disconnect_by_func (priv->model, update_empty, self);
  g_set_object (&priv->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (update_empty), self, G_CONNECT_SWAPPED);
  update_empty (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/* --- refresh --- */

void
ovs_section_page_refresh (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv;
  gint64 started = g_get_monotonic_time ();

  g_return_if_fail (OVS_IS_SECTION_PAGE (self));
  priv = ovs_section_page_get_instance_private (self);
  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  if (priv->store == NULL || OVS_SECTION_PAGE_GET_CLASS (self)->refresh == NULL)
    return;
  OVS_SECTION_PAGE_GET_CLASS (self)->refresh (self);
  g_signal_emit (self, signals[REFRESHED], 0, priv->model ? g_list_model_get_n_items (priv->model) : 0,
                 g_get_monotonic_time () - started);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  OvsSectionPage *self = data;
  OvsSectionPagePrivate *priv = ovs_section_page_get_instance_private (self);

  priv->refresh_id = 0;
  ovs_section_page_refresh (self);
  return G_SOURCE_REMOVE;
}

void
ovs_section_page_queue_refresh (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv;

  g_return_if_fail (OVS_IS_SECTION_PAGE (self));
  priv = ovs_section_page_get_instance_private (self);
  /* Low priority: after the frame that shows what the user just did. */
  if (priv->refresh_id == 0)
    priv->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_idle_cb, self, NULL);
}

gboolean
ovs_section_page_cancel_refresh (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv;

  g_return_val_if_fail (OVS_IS_SECTION_PAGE (self), FALSE);
  priv = ovs_section_page_get_instance_private (self);
  if (priv->refresh_id == 0)
    return FALSE;
  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  return TRUE;
}

static void
store_changed_cb (OvsSectionPage *self, const char *entity)
{
  const char * const *entities = OVS_SECTION_PAGE_GET_CLASS (self)->entities;

  if (entities == NULL || (entity != NULL && g_strv_contains (entities, entity)))
    ovs_section_page_queue_refresh (self);
}

/* --- search --- */

static void
search_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsSectionPagePrivate *priv = ovs_section_page_get_instance_private (OVS_SECTION_PAGE (widget));
  GtkWidget *search = priv->search_widget;

  if (search == NULL)
    return;
  gtk_widget_grab_focus (search);
  if (GTK_IS_EDITABLE (search))
    gtk_editable_select_region (GTK_EDITABLE (search), 0, -1);
}

static void
set_search_widget (OvsSectionPage *self, GtkWidget *widget)
{
  OvsSectionPagePrivate *priv = ovs_section_page_get_instance_private (self);

  if (!g_set_object (&priv->search_widget, widget))
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.search", widget != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_WIDGET]);
}

/* --- accessors --- */

OvsStore *
ovs_section_page_get_store (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv;

  g_return_val_if_fail (OVS_IS_SECTION_PAGE (self), NULL);
  priv = ovs_section_page_get_instance_private (self);
  return priv->store;
}

void
ovs_section_page_set_can_add (OvsSectionPage *self, gboolean can_add)
{
  OvsSectionPagePrivate *priv;

  g_return_if_fail (OVS_IS_SECTION_PAGE (self));
  priv = ovs_section_page_get_instance_private (self);
  if (priv->can_add == !!can_add)
    return;
  priv->can_add = !!can_add;
  update_empty (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_ADD]);
}

gboolean
ovs_section_page_get_can_add (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv;

  g_return_val_if_fail (OVS_IS_SECTION_PAGE (self), FALSE);
  priv = ovs_section_page_get_instance_private (self);
  return priv->can_add;
}

gboolean
ovs_section_page_get_empty (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv;

  g_return_val_if_fail (OVS_IS_SECTION_PAGE (self), FALSE);
  priv = ovs_section_page_get_instance_private (self);
  return priv->empty;
}

/* --- GObject --- */

static void
ovs_section_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsSectionPage *self = OVS_SECTION_PAGE (object);
  OvsSectionPagePrivate *priv = ovs_section_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&priv->store, g_value_get_object (value));
      break;
    case PROP_MODEL:
      set_model (self, g_value_get_object (value));
      break;
    case PROP_CONTENT:
      /* Placed beside its empty state once the templates are built, in constructed(). */
      if (g_set_object (&priv->content, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_SEARCH_WIDGET:
      set_search_widget (self, g_value_get_object (value));
      break;
    case PROP_CAN_ADD:
      ovs_section_page_set_can_add (self, g_value_get_boolean (value));
      break;
    case PROP_EMPTY_ICON_NAME ... PROP_EMPTY_ACTION_LABEL:
      if (_ovs_section_page_empty_set (self, pspec->name, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_section_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsSectionPage *self = OVS_SECTION_PAGE (object);
  OvsSectionPagePrivate *priv = ovs_section_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_MODEL:
      g_value_set_object (value, priv->model);
      break;
    case PROP_CONTENT:
      g_value_set_object (value, priv->content);
      break;
    case PROP_SEARCH_WIDGET:
      g_value_set_object (value, priv->search_widget);
      break;
    case PROP_CAN_ADD:
      g_value_set_boolean (value, priv->can_add);
      break;
    case PROP_EMPTY:
      g_value_set_boolean (value, priv->empty);
      break;
    case PROP_EMPTY_ICON_NAME ... PROP_EMPTY_ACTION_LABEL:
      g_value_take_string (value, _ovs_section_page_empty_get (self, pspec->name));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_section_page_constructed (GObject *object)
{
  OvsSectionPage *self = OVS_SECTION_PAGE (object);
  OvsSectionPagePrivate *priv = ovs_section_page_get_instance_private (self);
  OvsSectionPageClass *klass = OVS_SECTION_PAGE_GET_CLASS (self);

  G_OBJECT_CLASS (ovs_section_page_parent_class)->constructed (object);
  _ovs_section_page_empty_place (self);
  update_empty (self);
  if (priv->store == NULL)
    return;
  g_signal_connect_object (priv->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  if (klass->setup != NULL)
    klass->setup (self, priv->store);
  ovs_section_page_refresh (self);
}

static void
ovs_section_page_dispose (GObject *object)
{
  OvsSectionPage *self = OVS_SECTION_PAGE (object);
  OvsSectionPagePrivate *priv = ovs_section_page_get_instance_private (self);
  GtkWidget *child;

  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  if (priv->model != NULL)
    g_signal_handlers_disconnect_by_func (priv->model, update_empty, self);
  g_clear_object (&priv->model);
  _ovs_section_page_empty_clear (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&priv->content);
  g_clear_object (&priv->search_widget);
  g_clear_object (&priv->store);
  G_OBJECT_CLASS (ovs_section_page_parent_class)->dispose (object);
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const char *texts[] = { "empty-icon-name", "empty-title", "empty-description", "empty-read-only-description",
                          "empty-action-name", "empty-action-label" };

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, OVS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] = g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_CONTENT] = g_param_spec_object ("content", NULL, NULL, GTK_TYPE_WIDGET, flags);
  properties[PROP_SEARCH_WIDGET] = g_param_spec_object ("search-widget", NULL, NULL, GTK_TYPE_WIDGET, flags);
  properties[PROP_CAN_ADD] = g_param_spec_boolean ("can-add", NULL, NULL, FALSE, flags);
  properties[PROP_EMPTY] = g_param_spec_boolean ("empty", NULL, NULL, FALSE,
                                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    properties[PROP_EMPTY_ICON_NAME + i] = g_param_spec_string (texts[i], NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_section_page_class_init (OvsSectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = ovs_section_page_set_property;
  object_class->get_property = ovs_section_page_get_property;
  object_class->constructed = ovs_section_page_constructed;
  object_class->dispose = ovs_section_page_dispose;
  install_properties (object_class);

  /* ::refreshed (n_rows, microseconds): after each refresh, the rows of "model" and its duration. */
  signals[REFRESHED] = g_signal_new ("refreshed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                     NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ovs_section_page_init (OvsSectionPage *self)
{
  _ovs_section_page_empty_init (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.search", FALSE);
}

/* ovs-section-page.c — the section pages' base class: store, coalesced refresh, empty state and
 * search (see the header for what a section overrides). */
#include "config.h"

#include <adwaita.h>

#include "widgets/ovs-section-page.h"

typedef struct
{
  OvsStore   *store;
  guint       refresh_id;
  GListModel *model;
  GtkWidget  *content;
  GtkWidget  *search_widget;
  GtkWidget  *empty_page;    /* an AdwStatusPage, ours (a reference) wherever it is placed */
  GtkWidget  *empty_button;
  char       *description;
  char       *read_only_description;
  gboolean    can_add;
  gboolean    empty;
} OvsSectionPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OvsSectionPage, ovs_section_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MODEL,
  PROP_CONTENT,
  PROP_SEARCH_WIDGET,
  PROP_CAN_ADD,
  PROP_EMPTY,
  PROP_EMPTY_DESCRIPTION,
  PROP_EMPTY_READ_ONLY_DESCRIPTION,
  /* Passed on to the status page or its button as they are (see forwarded[]). */
  PROP_EMPTY_ICON_NAME,
  PROP_EMPTY_TITLE,
  PROP_EMPTY_ACTION_NAME,
  PROP_EMPTY_ACTION_LABEL,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static const struct { guint prop; gboolean on_button; const char *name; } forwarded[] = {
  { PROP_EMPTY_ICON_NAME, FALSE, "icon-name" },
  { PROP_EMPTY_TITLE, FALSE, "title" },
  { PROP_EMPTY_ACTION_NAME, TRUE, "action-name" },
  { PROP_EMPTY_ACTION_LABEL, TRUE, "label" },
};

enum { REFRESHED, N_SIGNALS };
static guint signals[N_SIGNALS];

#define PRIV(self) ((OvsSectionPagePrivate *) ovs_section_page_get_instance_private (self))

/* --- the empty state --- */

static void
update_empty (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv = PRIV (self);
  gboolean empty = priv->model != NULL && g_list_model_get_n_items (priv->model) == 0;
  gboolean has_action = gtk_actionable_get_action_name (GTK_ACTIONABLE (priv->empty_button)) != NULL;

  /* A button the user cannot use is no help: tell them who can fill the list instead. */
  adw_status_page_set_description (ADW_STATUS_PAGE (priv->empty_page),
                                   priv->can_add || priv->read_only_description == NULL
                                   ? priv->description : priv->read_only_description);
  gtk_widget_set_visible (priv->empty_button, priv->can_add && has_action);
  gtk_widget_set_visible (priv->empty_page, empty && priv->content != NULL);
  if (priv->content != NULL)
    gtk_widget_set_visible (priv->content, !empty);
  if (priv->empty != empty)
    {
      priv->empty = empty;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
    }
}

/* Right after the content, in the same box (or the page itself, whose bin layout shows the one
 * that is visible). */
static void
place_empty_page (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv = PRIV (self);
  GtkWidget *parent = priv->content ? gtk_widget_get_parent (priv->content) : NULL;

  if (parent == NULL)
    return;
  if (GTK_IS_BOX (parent))
    gtk_box_insert_child_after (GTK_BOX (parent), priv->empty_page, priv->content);
  else if (parent == GTK_WIDGET (self))
    gtk_widget_insert_after (priv->empty_page, parent, priv->content);
  else
    g_warning ("%s: the content's parent must be a GtkBox or the page", G_OBJECT_TYPE_NAME (self));
}

static void
build_empty_page (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv = PRIV (self);

  priv->empty_page = g_object_ref_sink (adw_status_page_new ());
  gtk_widget_set_vexpand (priv->empty_page, TRUE);
  gtk_widget_set_visible (priv->empty_page, FALSE);
  priv->empty_button = gtk_button_new ();
  gtk_button_set_use_underline (GTK_BUTTON (priv->empty_button), TRUE);
  gtk_widget_set_halign (priv->empty_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (priv->empty_button, "pill");
  gtk_widget_add_css_class (priv->empty_button, "suggested-action");
  adw_status_page_set_child (ADW_STATUS_PAGE (priv->empty_page), priv->empty_button);
}

static void
set_model (OvsSectionPage *self, GListModel *model)
{
  OvsSectionPagePrivate *priv = PRIV (self);

  if (priv->model != NULL)
    g_signal_handlers_disconnect_by_func (priv->model, update_empty, self);
  if (!g_set_object (&priv->model, model))
    return;
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (update_empty), self, G_CONNECT_SWAPPED);
  update_empty (self);
}

static void
set_string (OvsSectionPage *self, char **field, const char *value, guint prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  update_empty (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* --- refresh --- */

void
ovs_section_page_refresh (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv;
  gint64 started = g_get_monotonic_time ();

  g_return_if_fail (OVS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
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

  PRIV (self)->refresh_id = 0;
  ovs_section_page_refresh (self);
  return G_SOURCE_REMOVE;
}

void
ovs_section_page_queue_refresh (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv;

  g_return_if_fail (OVS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  /* Low priority: after the frame that shows what the user just did. */
  if (priv->refresh_id == 0)
    priv->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_idle_cb, self, NULL);
}

gboolean
ovs_section_page_cancel_refresh (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv;

  g_return_val_if_fail (OVS_IS_SECTION_PAGE (self), FALSE);
  priv = PRIV (self);
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
  GtkWidget *search = PRIV (OVS_SECTION_PAGE (widget))->search_widget;

  if (search == NULL)
    return;
  gtk_widget_grab_focus (search);
  if (GTK_IS_EDITABLE (search))
    gtk_editable_select_region (GTK_EDITABLE (search), 0, -1);
}

static void
set_search_widget (OvsSectionPage *self, GtkWidget *widget)
{
  if (g_set_object (&PRIV (self)->search_widget, widget))
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.search", widget != NULL);
}

/* --- accessors --- */

OvsStore *
ovs_section_page_get_store (OvsSectionPage *self)
{
  g_return_val_if_fail (OVS_IS_SECTION_PAGE (self), NULL);
  return PRIV (self)->store;
}

void
ovs_section_page_set_can_add (OvsSectionPage *self, gboolean can_add)
{
  OvsSectionPagePrivate *priv;

  g_return_if_fail (OVS_IS_SECTION_PAGE (self));
  priv = PRIV (self);
  if (priv->can_add == !!can_add)
    return;
  priv->can_add = !!can_add;
  update_empty (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_ADD]);
}

gboolean
ovs_section_page_get_can_add (OvsSectionPage *self)
{
  g_return_val_if_fail (OVS_IS_SECTION_PAGE (self), FALSE);
  return PRIV (self)->can_add;
}

gboolean
ovs_section_page_get_empty (OvsSectionPage *self)
{
  g_return_val_if_fail (OVS_IS_SECTION_PAGE (self), FALSE);
  return PRIV (self)->empty;
}

/* --- GObject --- */

static GObject *
forward_target (OvsSectionPage *self, guint prop_id, const char **name)
{
  for (guint i = 0; i < G_N_ELEMENTS (forwarded); i++)
    if (forwarded[i].prop == prop_id)
      {
        *name = forwarded[i].name;
        return G_OBJECT (forwarded[i].on_button ? PRIV (self)->empty_button : PRIV (self)->empty_page);
      }
  return NULL;
}

static void
ovs_section_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsSectionPage *self = OVS_SECTION_PAGE (object);
  OvsSectionPagePrivate *priv = PRIV (self);
  const char *name;
  GObject *target;

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&priv->store, g_value_get_object (value));
      break;
    case PROP_MODEL:
      set_model (self, g_value_get_object (value));
      break;
    case PROP_CONTENT:
      /* Placed once the templates are built, in constructed(). */
      g_set_object (&priv->content, g_value_get_object (value));
      break;
    case PROP_SEARCH_WIDGET:
      set_search_widget (self, g_value_get_object (value));
      break;
    case PROP_CAN_ADD:
      ovs_section_page_set_can_add (self, g_value_get_boolean (value));
      break;
    case PROP_EMPTY_DESCRIPTION:
      set_string (self, &priv->description, g_value_get_string (value), prop_id);
      break;
    case PROP_EMPTY_READ_ONLY_DESCRIPTION:
      set_string (self, &priv->read_only_description, g_value_get_string (value), prop_id);
      break;
    default:
      if ((target = forward_target (self, prop_id, &name)) == NULL)
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      else
        {
          g_object_set_property (target, name, value);
          update_empty (self);
        }
    }
}

static void
ovs_section_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsSectionPage *self = OVS_SECTION_PAGE (object);
  OvsSectionPagePrivate *priv = PRIV (self);
  const char *name;
  GObject *target;

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
    case PROP_EMPTY_DESCRIPTION:
      g_value_set_string (value, priv->description);
      break;
    case PROP_EMPTY_READ_ONLY_DESCRIPTION:
      g_value_set_string (value, priv->read_only_description);
      break;
    default:
      if ((target = forward_target (self, prop_id, &name)) == NULL)
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      else
        g_object_get_property (target, name, value);
    }
}

static void
ovs_section_page_constructed (GObject *object)
{
  OvsSectionPage *self = OVS_SECTION_PAGE (object);
  OvsSectionPagePrivate *priv = PRIV (self);
  OvsSectionPageClass *klass = OVS_SECTION_PAGE_GET_CLASS (self);

  G_OBJECT_CLASS (ovs_section_page_parent_class)->constructed (object);
  place_empty_page (self);
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
  OvsSectionPagePrivate *priv = PRIV (self);
  GtkWidget *child;

  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  set_model (self, NULL);
  if (priv->empty_page != NULL && gtk_widget_get_parent (priv->empty_page) != NULL)
    gtk_widget_unparent (priv->empty_page);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&priv->empty_page);
  g_clear_object (&priv->content);
  g_clear_object (&priv->search_widget);
  g_clear_object (&priv->store);
  G_OBJECT_CLASS (ovs_section_page_parent_class)->dispose (object);
}

static void
ovs_section_page_finalize (GObject *object)
{
  OvsSectionPagePrivate *priv = PRIV (OVS_SECTION_PAGE (object));

  g_free (priv->description);
  g_free (priv->read_only_description);
  G_OBJECT_CLASS (ovs_section_page_parent_class)->finalize (object);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
object_property (const char *name, GType type)
{
  return g_param_spec_object (name, NULL, NULL, type,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, OVS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] = object_property ("model", G_TYPE_LIST_MODEL);
  properties[PROP_CONTENT] = object_property ("content", GTK_TYPE_WIDGET);
  properties[PROP_SEARCH_WIDGET] = object_property ("search-widget", GTK_TYPE_WIDGET);
  properties[PROP_CAN_ADD] = g_param_spec_boolean ("can-add", NULL, NULL, FALSE,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY] = g_param_spec_boolean ("empty", NULL, NULL, FALSE,
                                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY_DESCRIPTION] = string_property ("empty-description");
  properties[PROP_EMPTY_READ_ONLY_DESCRIPTION] = string_property ("empty-read-only-description");
  properties[PROP_EMPTY_ICON_NAME] = string_property ("empty-icon-name");
  properties[PROP_EMPTY_TITLE] = string_property ("empty-title");
  properties[PROP_EMPTY_ACTION_NAME] = string_property ("empty-action-name");
  properties[PROP_EMPTY_ACTION_LABEL] = string_property ("empty-action-label");
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
  object_class->finalize = ovs_section_page_finalize;
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
  build_empty_page (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.search", FALSE);
}

/* ovs-list-detail.c — an AdwLeaflet of [list | separator | back bar + detail]. The back bar shows
 * only when folded; the "list-detail.show-list" action behind it also answers Alt+Left. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "widgets/ovs-list-detail.h"

struct _OvsListDetail
{
  GtkWidget   parent_instance;

  AdwLeaflet *leaflet;
  GtkWidget  *list_bin;
  GtkWidget  *detail_box;
  GtkWidget  *detail;

  GtkSingleSelection *selection;
  gint64      shown_id;   /* the "id" of the item whose detail shows, or 0 */
  gint64      picked_id;  /* the item ovs_list_detail_pick_first() chose, while the user keeps it */
  gboolean    picks_first;
  gboolean    picking;
};

G_DEFINE_FINAL_TYPE (OvsListDetail, ovs_list_detail, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_LIST, PROP_DETAIL, PROP_SELECTION, PROP_FOLDED, N_PROPS };
static GParamSpec *properties[N_PROPS];

void
ovs_list_detail_set_list (OvsListDetail *self, GtkWidget *list)
{
  g_return_if_fail (OVS_IS_LIST_DETAIL (self));
  adw_bin_set_child (ADW_BIN (self->list_bin), list);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST]);
}

void
ovs_list_detail_set_detail (OvsListDetail *self, GtkWidget *detail)
{
  g_return_if_fail (OVS_IS_LIST_DETAIL (self));
  if (self->detail == detail)
    return;
  if (self->detail != NULL)
    gtk_box_remove (GTK_BOX (self->detail_box), self->detail);
  self->detail = detail;
  if (detail != NULL)
    {
      gtk_widget_set_vexpand (detail, TRUE);
      gtk_box_append (GTK_BOX (self->detail_box), detail);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
}

gboolean
ovs_list_detail_get_folded (OvsListDetail *self)
{
  g_return_val_if_fail (OVS_IS_LIST_DETAIL (self), FALSE);
  return adw_leaflet_get_folded (self->leaflet);
}

void
ovs_list_detail_show_detail (OvsListDetail *self)
{
  g_return_if_fail (OVS_IS_LIST_DETAIL (self));
  adw_leaflet_set_visible_child (self->leaflet, self->detail_box);
}

void
ovs_list_detail_show_list (OvsListDetail *self)
{
  g_return_if_fail (OVS_IS_LIST_DETAIL (self));
  adw_leaflet_set_visible_child (self->leaflet, self->list_bin);
  if (self->selection != NULL && adw_leaflet_get_folded (self->leaflet))
    {
      self->shown_id = 0;
      /* Not gtk_selection_model_unselect_all(): GtkSingleSelection 4.8 ignores it. */
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
    }
}

static gint64
item_id (gpointer item)
{
  gint64 id = 0;

  if (item == NULL)
    return 0;
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (item), "id") != NULL)
    g_object_get (item, "id", &id, NULL);
  return id != 0 ? id : (gint64) GPOINTER_TO_SIZE (item);
}

static void
selected_item_cb (OvsListDetail *self)
{
  gint64 id = item_id (gtk_single_selection_get_selected_item (self->selection));

  /* Unselected in passing (a refresh replaces the rows): keep the id, to know the row again. */
  if (self->picking || id == 0 || id == self->shown_id)
    return;
  self->picked_id = 0;
  self->shown_id = id;
  ovs_list_detail_show_detail (self);
}

void
ovs_list_detail_set_selection (OvsListDetail *self, GtkSingleSelection *selection)
{
  g_return_if_fail (OVS_IS_LIST_DETAIL (self));
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selected_item_cb, self);
  if (!g_set_object (&self->selection, selection))
    return;
  self->shown_id = selection != NULL ? item_id (gtk_single_selection_get_selected_item (selection)) : 0;
  if (selection != NULL)
    g_signal_connect_object (selection, "notify::selected-item", G_CALLBACK (selected_item_cb), self,
                             G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

void
ovs_list_detail_pick_first (OvsListDetail *self)
{
  g_return_if_fail (OVS_IS_LIST_DETAIL (self));
  self->picks_first = TRUE;
  if (self->selection == NULL || adw_leaflet_get_folded (self->leaflet) ||
      gtk_single_selection_get_selected_item (self->selection) != NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return;
  self->picking = TRUE;
  gtk_single_selection_set_selected (self->selection, 0);
  self->picking = FALSE;
  self->picked_id = self->shown_id = item_id (gtk_single_selection_get_selected_item (self->selection));
  /* Should the window get narrow, the list shows first: the user picked nothing. */
  adw_leaflet_set_visible_child (self->leaflet, self->list_bin);
}

/* Folded, a row the user did not pick gives way to the list, with nothing selected so that any row
 * (the first too) can be picked; unfolded, the first row shows again if nothing else does. */
static void
follow_fold (OvsListDetail *self)
{
  gint64 id;

  if (!self->picks_first)
    return;
  if (!adw_leaflet_get_folded (self->leaflet))
    {
      ovs_list_detail_pick_first (self);
      return;
    }
  id = item_id (gtk_single_selection_get_selected_item (self->selection));
  if (self->picked_id != 0 && id == self->picked_id)
    {
      self->picked_id = 0;
      ovs_list_detail_show_list (self);
    }
}

static void
show_list_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ovs_list_detail_show_list (OVS_LIST_DETAIL (widget));
}

static void
folded_changed_cb (OvsListDetail *self)
{
  /* Unfolded there is no way back to take: leave Alt+Left to the window. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list-detail.show-list", adw_leaflet_get_folded (self->leaflet));
  follow_fold (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static GtkWidget *
back_bar (OvsListDetail *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "go-previous-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Back to the List"));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "list-detail.show-list");
  gtk_widget_set_margin_start (bar, 6);
  gtk_widget_set_margin_top (bar, 6);
  gtk_box_append (GTK_BOX (bar), button);
  g_object_bind_property (self->leaflet, "folded", bar, "visible", G_BINDING_SYNC_CREATE);
  return bar;
}

static void
ovs_list_detail_dispose (GObject *object)
{
  OvsListDetail *self = OVS_LIST_DETAIL (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selected_item_cb, self);
  g_clear_object (&self->selection);
  if (self->leaflet != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->leaflet));
  self->leaflet = NULL;
  G_OBJECT_CLASS (ovs_list_detail_parent_class)->dispose (object);
}

static void
ovs_list_detail_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsListDetail *self = OVS_LIST_DETAIL (object);

  switch (prop_id)
    {
    case PROP_LIST: g_value_set_object (value, adw_bin_get_child (ADW_BIN (self->list_bin))); break;
    case PROP_DETAIL: g_value_set_object (value, self->detail); break;
    case PROP_SELECTION: g_value_set_object (value, self->selection); break;
    case PROP_FOLDED: g_value_set_boolean (value, ovs_list_detail_get_folded (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_list_detail_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OvsListDetail *self = OVS_LIST_DETAIL (object);

  switch (prop_id)
    {
    case PROP_LIST: ovs_list_detail_set_list (self, g_value_get_object (value)); break;
    case PROP_DETAIL: ovs_list_detail_set_detail (self, g_value_get_object (value)); break;
    case PROP_SELECTION: ovs_list_detail_set_selection (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_list_detail_class_init (OvsListDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_list_detail_dispose;
  object_class->get_property = ovs_list_detail_get_property;
  object_class->set_property = ovs_list_detail_set_property;

  properties[PROP_LIST] =
    g_param_spec_object ("list", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DETAIL] =
    g_param_spec_object ("detail", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, GTK_TYPE_SINGLE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "list-detail.show-list", NULL, show_list_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "list-detail.show-list", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ovs_list_detail_init (OvsListDetail *self)
{
  GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);

  self->leaflet = ADW_LEAFLET (adw_leaflet_new ());
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
  adw_leaflet_set_transition_type (self->leaflet, ADW_LEAFLET_TRANSITION_TYPE_SLIDE);
  gtk_widget_set_parent (GTK_WIDGET (self->leaflet), GTK_WIDGET (self));

  self->list_bin = adw_bin_new ();
  gtk_widget_set_hexpand (self->list_bin, TRUE);
  adw_leaflet_append (self->leaflet, self->list_bin);
  adw_leaflet_page_set_navigatable (adw_leaflet_append (self->leaflet, separator), FALSE);

  self->detail_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (self->detail_box, TRUE);
  gtk_box_append (GTK_BOX (self->detail_box), back_bar (self));
  adw_leaflet_append (self->leaflet, self->detail_box);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list-detail.show-list", FALSE);
}

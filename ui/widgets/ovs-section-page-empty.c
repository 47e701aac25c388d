/* ovs-section-page-empty.c — a section page's empty state: an AdwStatusPage in the place of the
 * page's content while its model has no rows, whose description names what fills the list and whose
 * button, if the page has such an action, is bound to it. A user who may not fill the list sees
 * no button, and a description that says who can. */
#include "config.h"

#include <adwaita.h>

#include "widgets/ovs-section-page-private.h"

/* The "empty-*" properties that the status page or its button hold themselves. */
static const struct { const char *property; gboolean on_button; const char *name; } forwarded[] = {
  { "empty-icon-name", FALSE, "icon-name" },
  { "empty-title", FALSE, "title" },
  { "empty-action-name", TRUE, "action-name" },
  { "empty-action-label", TRUE, "label" },
};

void
_ovs_section_page_empty_init (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv = _ovs_section_page_get_private (self);

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

/* Right after the content, in the same box (or in the page itself, whose bin layout shows the one
 * that is visible). */
void
_ovs_section_page_empty_place (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv = _ovs_section_page_get_private (self);
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

gboolean
_ovs_section_page_empty_update (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv = _ovs_section_page_get_private (self);
  gboolean empty = priv->model != NULL && g_list_model_get_n_items (priv->model) == 0;
  gboolean has_action = gtk_actionable_get_action_name (GTK_ACTIONABLE (priv->empty_button)) != NULL;
  gboolean changed = empty != priv->empty;

  /* A button the user cannot use is no help: tell them who can fill the list instead. */
  adw_status_page_set_description (ADW_STATUS_PAGE (priv->empty_page),
                                   priv->can_add || priv->read_only_description == NULL
                                   ? priv->description : priv->read_only_description);
  gtk_widget_set_visible (priv->empty_button, priv->can_add && has_action);
  gtk_widget_set_visible (priv->empty_page, empty && priv->content != NULL);
  if (priv->content != NULL)
    gtk_widget_set_visible (priv->content, !empty);
  priv->empty = empty;
  return changed;
}

static char **
text_field (OvsSectionPagePrivate *priv, const char *property)
{
  if (g_str_equal (property, "empty-description"))
    return &priv->description;
  if (g_str_equal (property, "empty-read-only-description"))
    return &priv->read_only_description;
  return NULL;
}

static GObject *
forward_target (OvsSectionPagePrivate *priv, const char *property, const char **name)
{
  for (guint i = 0; i < G_N_ELEMENTS (forwarded); i++)
    if (g_str_equal (forwarded[i].property, property))
      {
        *name = forwarded[i].name;
        return G_OBJECT (forwarded[i].on_button ? priv->empty_button : priv->empty_page);
      }
  g_return_val_if_reached (NULL);
}

char *
_ovs_section_page_empty_get (OvsSectionPage *self, const char *property)
{
  OvsSectionPagePrivate *priv = _ovs_section_page_get_private (self);
  char **field = text_field (priv, property);
  const char *name;
  GObject *target;
  char *value = NULL;

  if (field != NULL)
    return g_strdup (*field);
  if ((target = forward_target (priv, property, &name)) != NULL)
    g_object_get (target, name, &value, NULL);
  return value;
}

gboolean
_ovs_section_page_empty_set (OvsSectionPage *self, const char *property, const char *value)
{
  OvsSectionPagePrivate *priv = _ovs_section_page_get_private (self);
  g_autofree char *old = _ovs_section_page_empty_get (self, property);
  char **field = text_field (priv, property);
  const char *name;
  GObject *target;

  if (g_strcmp0 (old, value) == 0)
    return FALSE;
  if (field != NULL)
    {
      g_free (*field);
      *field = g_strdup (value);
    }
  else if ((target = forward_target (priv, property, &name)) != NULL)
    g_object_set (target, name, value, NULL);
  _ovs_section_page_empty_update (self);
  return TRUE;
}

void
_ovs_section_page_empty_clear (OvsSectionPage *self)
{
  OvsSectionPagePrivate *priv = _ovs_section_page_get_private (self);

  if (priv->empty_page != NULL && gtk_widget_get_parent (priv->empty_page) != NULL)
    gtk_widget_unparent (priv->empty_page);
  g_clear_object (&priv->empty_page);
  priv->empty_button = NULL;
  g_clear_pointer (&priv->description, g_free);
  g_clear_pointer (&priv->read_only_description, g_free);
}

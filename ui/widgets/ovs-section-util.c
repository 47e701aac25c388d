/* ovs-section-util.c — helpers the section pages share. */
#include "config.h"

#include <glib/gi18n.h>

#include "widgets/ovs-section-util.h"
#include "window/ovs-window.h"

void
ovs_section_replace_items (GListStore *target, GListStore *fresh)
{
  guint n = fresh != NULL ? g_list_model_get_n_items (G_LIST_MODEL (fresh)) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (fresh), i));
  /* One splice, so that the views see one items-changed rather than one per row. */
  g_list_store_splice (target, 0, g_list_model_get_n_items (G_LIST_MODEL (target)), items->pdata, n);
  g_clear_object (&fresh);
}

gint64
ovs_section_selected_id (GtkSingleSelection *selection)
{
  GObject *item = gtk_single_selection_get_selected_item (selection);
  gint64 id = 0;

  if (item != NULL)
    g_object_get (item, "id", &id, NULL);
  return id;
}

gboolean
ovs_section_select_id (GtkSingleSelection *selection, gint64 id)
{
  GListModel *model = G_LIST_MODEL (selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = 0;

      g_object_get (item, "id", &item_id, NULL);
      if (item_id == id)
        {
          gtk_single_selection_set_selected (selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

void
ovs_section_toast (GtkWidget *widget, const char *message)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (OVS_IS_WINDOW (root))
    ovs_window_add_toast (OVS_WINDOW (root), message);
  else
    g_printerr ("%s\n", message);
}

void
ovs_section_fit_dialog (GtkWindow *dialog)
{
  GtkWindow *parent = gtk_window_get_transient_for (dialog);
  int parent_width, width, height;

  if (parent == NULL || (parent_width = gtk_widget_get_width (GTK_WIDGET (parent))) <= 0)
    return;
  gtk_window_get_default_size (dialog, &width, &height);
  if (width > parent_width)
    gtk_window_set_default_size (dialog, parent_width, height);
}

gboolean
ovs_section_parse_date (const char *text, const char *what, char **iso, GError **error)
{
  g_autoptr(GError) local = NULL;

  *iso = NULL;
  if (text == NULL || *text == '\0')
    return TRUE;
  if ((*iso = ovs_date_normalize (text, &local)) != NULL)
    return TRUE;
  /* Translators: a date field's name, then why the date was refused, e.g. "Einddatum: …". */
  g_set_error (error, local->domain, local->code, _("%s: %s"), what, local->message);
  return FALSE;
}

gint64
ovs_section_find_employee (OvsStore *store, const char *text, GError **error)
{
  return ovs_employees_lookup (store, text, error);
}

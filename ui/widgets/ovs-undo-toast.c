/* ovs-undo-toast.c — "… toegevoegd" with "Ongedaan maken" after a record is made (see the header). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "widgets/ovs-undo-toast.h"

/* What the button needs once the page that made the record may have moved on. */
typedef struct
{
  OvsStore   *store;
  char       *table;
  gint64      id;
  GWeakRef    overlay;
} Undo;

static void
undo_free (gpointer data, GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_free (undo->table);
  g_weak_ref_clear (&undo->overlay);
  g_free (undo);
}

static AdwToastOverlay *
first_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *found = first_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The overlay around @widget; from a form dialog, the first one in the window it is over. */
static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  GtkWidget *ancestor = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root;
  GtkWindow *parent;

  if (ancestor != NULL)
    return ADW_TOAST_OVERLAY (ancestor);
  root = gtk_widget_get_root (widget);
  parent = GTK_IS_WINDOW (root) ? gtk_window_get_transient_for (GTK_WINDOW (root)) : NULL;
  return first_overlay (parent != NULL ? GTK_WIDGET (parent) : GTK_WIDGET (root));
}

static void
button_clicked_cb (AdwToast *toast, Undo *undo)
{
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&undo->overlay);
  g_autoptr(GError) error = NULL;
  AdwToast *result;

  /* A new record is at version 1: anything else means someone changed it since. */
  if (ovs_store_undo_insert (undo->store, undo->table, undo->id, 1, &error))
    result = adw_toast_new (_("Undone"));
  else
    {
      result = adw_toast_new (error->message);
      adw_toast_set_timeout (result, 10);
    }
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, result);
  else
    {
      g_printerr ("%s\n", adw_toast_get_title (result));
      g_object_unref (result);
    }
}

void
ovs_undo_toast_show (GtkWidget *widget, OvsStore *store, const char *table, gint64 id, const char *message)
{
  AdwToastOverlay *overlay;
  AdwToast *toast;
  Undo *undo;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (OVS_IS_STORE (store));
  g_return_if_fail (ovs_store_undo_allowed (table));

  toast = adw_toast_new (message);
  if ((overlay = find_overlay (widget)) == NULL)
    {
      g_printerr ("%s\n", message);
      g_object_unref (toast);
      return;
    }
  if (id > 0)
    {
      undo = g_new0 (Undo, 1);
      undo->store = g_object_ref (store);
      undo->table = g_strdup (table);
      undo->id = id;
      g_weak_ref_init (&undo->overlay, overlay);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (button_clicked_cb), undo, undo_free, 0);
    }
  adw_toast_overlay_add_toast (overlay, toast);
}

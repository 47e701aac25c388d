/* ovs-first-start-page.c — the first start: the new database is there, now fill it. */
#include "config.h"

#include <glib/gi18n.h>
#include <overstap/overstap.h>

#include "window/ovs-first-start-page.h"
#include "window/ovs-window.h"

struct _OvsFirstStartPage
{
  AdwBin         parent_instance;

  OvsStore      *store;

  AdwStatusPage *status_page;
  GtkLabel      *message_label;
};

G_DEFINE_FINAL_TYPE (OvsFirstStartPage, ovs_first_start_page, ADW_TYPE_BIN)

static void
show_message (OvsFirstStartPage *self, const char *message)
{
  gtk_label_set_text (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
leave (OvsFirstStartPage *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), OVS_TYPE_WINDOW);

  if (window != NULL)
    ovs_window_show_sections (OVS_WINDOW (window));
}

static void
load_demo_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsFirstStartPage *self = OVS_FIRST_START_PAGE (widget);
  g_autoptr(GError) error = NULL;

  /* A fixed seed: everybody who tries the demo sees the same people and figures. */
  if (!ovs_demo_generate (self->store, OVS_DEMO_EMPLOYEES, 2014, &error))
    {
      show_message (self, error->message);
      return;
    }
  leave (self);
}

static void
start_empty_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  leave (OVS_FIRST_START_PAGE (widget));
}

void
ovs_first_start_page_set_store (OvsFirstStartPage *self, OvsStore *store)
{
  g_autofree char *description = NULL;

  g_return_if_fail (OVS_IS_FIRST_START_PAGE (self));
  g_return_if_fail (OVS_IS_STORE (store));

  g_set_object (&self->store, store);
  /* Translators: %s is the path of the database file. */
  description = g_strdup_printf (_("A new database has been made in %s. "
                                   "Load demo data to try Overstap, import your employees, or start empty."),
                                 ovs_store_get_path (store));
  adw_status_page_set_description (self->status_page, description);
  show_message (self, NULL);
}

static void
ovs_first_start_page_dispose (GObject *object)
{
  OvsFirstStartPage *self = OVS_FIRST_START_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_FIRST_START_PAGE);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ovs_first_start_page_parent_class)->dispose (object);
}

static void
ovs_first_start_page_class_init (OvsFirstStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_first_start_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-first-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsFirstStartPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, OvsFirstStartPage, message_label);
  gtk_widget_class_install_action (widget_class, "first-start.load-demo", NULL, load_demo_cb);
  gtk_widget_class_install_action (widget_class, "first-start.start-empty", NULL, start_empty_cb);
}

static void
ovs_first_start_page_init (OvsFirstStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

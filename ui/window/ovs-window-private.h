/* ovs-window-private.h — what ovs-window.c shares with ovs-window-actions.c. */
#pragma once

#include "window/ovs-window.h"

G_BEGIN_DECLS

struct _OvsWindow
{
  AdwApplicationWindow  parent_instance;

  OvsStore             *store;

  /* template */
  AdwToastOverlay      *toast_overlay;
  AdwToast             *elsewhere_toast;   /* "Updated by …", while shown (a weak pointer) */
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *sidebar_title;
  GtkListBox           *sidebar;
  GtkStack             *content_stack;
  GtkWidget            *first_start_page;
  AdwStatusPage        *error_page;
};

void _ovs_window_class_actions_init (GtkWidgetClass *widget_class);

G_END_DECLS

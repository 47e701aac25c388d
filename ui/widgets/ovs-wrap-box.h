/* ovs-wrap-box.h — a row of widgets that wraps onto further lines when the window gets narrow:
 * the section pages' tool bars (search entry, filters, buttons). libadwaita 1.2 has no wrap box
 * (AdwWrapBox came in 1.7), and a GtkFlowBox would make every button a focusable grid cell. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OVS_TYPE_WRAP_BOX (ovs_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (OvsWrapBox, ovs_wrap_box, OVS, WRAP_BOX, GtkWidget)

GtkWidget *ovs_wrap_box_new (void);

G_END_DECLS

/* ovs-list-detail.h — a list beside the detail of its selected row; when the window is too narrow
 * for both, one at a time, with a button back to the list (an AdwLeaflet: libadwaita 1.2 has no
 * AdwNavigationSplitView). Used by the section pages instead of a GtkPaned, which cannot fold. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OVS_TYPE_LIST_DETAIL (ovs_list_detail_get_type ())
G_DECLARE_FINAL_TYPE (OvsListDetail, ovs_list_detail, OVS, LIST_DETAIL, GtkWidget)

void       ovs_list_detail_set_list    (OvsListDetail *self,
                                        GtkWidget     *list);
void       ovs_list_detail_set_detail  (OvsListDetail *self,
                                        GtkWidget     *detail);
gboolean   ovs_list_detail_get_folded  (OvsListDetail *self);
/* Follows the list's selection: when folded, picking another row shows its detail, and going back
 * to the list unselects, so that the same row can be picked again. A refresh that selects the same
 * item again (its "id" property, or itself) does not move. */
void       ovs_list_detail_set_selection (OvsListDetail      *self,
                                          GtkSingleSelection *selection);
/* Side by side, with nothing selected, selects the first row so that a detail shows. That is no
 * pick of the user's: when the window folds, it is unselected again and the list shows first. From
 * the first call on, this happens again whenever the window unfolds. Call it after a refresh. */
void       ovs_list_detail_pick_first  (OvsListDetail *self);
/* When folded, shows the detail (the user picked a row); unfolded, both are shown anyway. */
void       ovs_list_detail_show_detail (OvsListDetail *self);
void       ovs_list_detail_show_list   (OvsListDetail *self);

G_END_DECLS

/* ovs-covenant-detail.h — one covenant in the Convenanten section: its terms, the SE and spend
 * realised this year against its target and budget (level bars), its agreements (overdue ones
 * highlighted; add one, mark one done) and the employees it covers. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_COVENANT_DETAIL (ovs_covenant_detail_get_type ())
G_DECLARE_FINAL_TYPE (OvsCovenantDetail, ovs_covenant_detail, OVS, COVENANT_DETAIL, GtkWidget)

GtkWidget *ovs_covenant_detail_new          (OvsStore          *store);
/* Shows @covenant (NULL: none), reading its agreements and cover again; @spend is
 * ovs_se_covenant_spend() for @year (may be NULL when it could not be computed). */
void       ovs_covenant_detail_set_covenant (OvsCovenantDetail *self,
                                             OvsCovenant       *covenant,
                                             JsonArray         *spend,
                                             int                year);
/* Opens the form that adds an agreement to the covenant shown. */
void       ovs_covenant_detail_add_agreement (OvsCovenantDetail *self);

G_END_DECLS

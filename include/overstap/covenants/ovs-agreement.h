/* ovs-agreement.h — an agreement (afspraak) of a covenant: a row object with read-only properties.
 *
 * Made by the list functions (ovs_transfers_list(), ovs_covenants_list(), …) from the same row the
 * CLI prints as JSON; each property is that row's member of the same name (with '-' for '_'). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_AGREEMENT (ovs_agreement_get_type ())
G_DECLARE_FINAL_TYPE (OvsAgreement, ovs_agreement, OVS, AGREEMENT, GObject)

gint64      ovs_agreement_get_id (OvsAgreement *self);
const char *ovs_agreement_get_title (OvsAgreement *self);
const char *ovs_agreement_get_status (OvsAgreement *self);
gboolean    ovs_agreement_get_overdue (OvsAgreement *self);

G_END_DECLS

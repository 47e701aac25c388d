/* ovs-organisation.h — one organisation as a row of a list: Wezo, Larcom, the municipality, the
 * foundation, employers and hirers (inleners). Read-only properties, so that list views can bind,
 * sort and filter on them without C. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OVS_TYPE_ORGANISATION (ovs_organisation_get_type ())
G_DECLARE_FINAL_TYPE (OvsOrganisation, ovs_organisation, OVS, ORGANISATION, GObject)

gint64      ovs_organisation_get_id        (OvsOrganisation *self);
const char *ovs_organisation_get_name      (OvsOrganisation *self);
/* sheltered_company, municipality, foundation, employer or hirer */
const char *ovs_organisation_get_kind      (OvsOrganisation *self);
/* ISO date, or NULL while the organisation is current */
const char *ovs_organisation_get_ended_on  (OvsOrganisation *self);

G_END_DECLS

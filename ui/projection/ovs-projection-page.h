/* ovs-projection-page.h — the Prognose section: the projection to 2040 in charts and words, and the
 * scenarios side by side. */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

#define OVS_TYPE_PROJECTION_PAGE (ovs_projection_page_get_type ())
G_DECLARE_FINAL_TYPE (OvsProjectionPage, ovs_projection_page, OVS, PROJECTION_PAGE, OvsSectionPage)

G_END_DECLS

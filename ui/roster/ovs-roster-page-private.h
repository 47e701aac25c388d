/* ovs-roster-page-private.h — what ovs-roster-page.c shares with ovs-roster-page-actions.c. */
#pragma once

#include <adwaita.h>

#include "roster/ovs-roster-grid.h"
#include "roster/ovs-roster-page.h"

G_BEGIN_DECLS

struct _OvsRosterPage
{
  OvsSectionPage   parent_instance;

  GArray          *crew_ids;      /* gint64, in the drop-down's order */
  gint64           crew_id;       /* 0: none chosen (no crews) */
  char            *monday;        /* ISO */
  gboolean         filling;

  /* template */
  AdwToastOverlay *toast_overlay;
  GtkDropDown     *crew_dropdown;
  GtkStringList   *crew_names;    /* the drop-down's, and the page's "model": none, no roster to plan */
  GtkLabel        *week_label;
  GtkMenuButton   *calendar_button;
  GtkCalendar     *calendar;
  GtkWidget       *readonly_box;
  GtkLabel        *readonly_label;
  GtkLabel        *error_label;
  OvsRosterGrid   *grid;
};

static inline OvsStore *
_ovs_roster_page_store (OvsRosterPage *self)
{
  return ovs_section_page_get_store (OVS_SECTION_PAGE (self));
}

void  _ovs_roster_page_class_actions_init (GtkWidgetClass *widget_class);
void  _ovs_roster_page_update_actions     (OvsRosterPage  *self);
void  _ovs_roster_page_toast              (OvsRosterPage  *self,
                                           const char     *message);
/* Shows the week holding @date (ISO). */
void  _ovs_roster_page_go_to              (OvsRosterPage  *self,
                                           const char     *date);
gboolean _ovs_roster_page_can_edit        (OvsRosterPage  *self);

G_END_DECLS

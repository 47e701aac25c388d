/* ovs-absence-form.h — recording an absence from the Roosters page for one employee, the whole crew
 * (a training day) or everybody (a public holiday), as overstap-cli absence add does. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

/* Opens the form; @crew_id is the crew shown (the one "the whole crew" means), @monday the week's
 * first day (the form's default date). */
void ovs_absence_form_open (GtkWidget  *page,
                            OvsStore   *store,
                            gint64      crew_id,
                            const char *monday);

G_END_DECLS

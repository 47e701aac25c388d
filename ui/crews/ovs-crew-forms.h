/* ovs-crew-forms.h — the Ploegen section's forms for a crew itself and its working times: a new
 * crew, a crew's details, and a pattern (which days and hours, for which members). Each calls the
 * same core function as overstap-cli (crew add, crew change, pattern add). */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

/* Opens the form for a new crew (@crew NULL) or for changing @crew's details. */
void  ovs_crew_forms_edit_crew    (GtkWidget *page,
                                   OvsStore  *store,
                                   OvsCrew   *crew);
/* Opens the form that adds a pattern to @crew. */
void  ovs_crew_forms_add_pattern  (GtkWidget *page,
                                   OvsStore  *store,
                                   OvsCrew   *crew);
/* Opens the form that adds days off (exdates) to one of @crew's patterns. */
void  ovs_crew_forms_add_exdates  (GtkWidget *page,
                                   OvsStore  *store,
                                   OvsCrew   *crew);
/* A pattern's days in Dutch ("ma, di, wo") from the stored codes ("MO,TU,WE"). */
char *ovs_crew_forms_days_label   (const char *codes);

G_END_DECLS

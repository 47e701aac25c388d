/* ovs-section-util.h — what the section pages (Plaatsingen, Ploegen, Overgang, Convenanten,
 * Mijlpalen) do alike: refresh their lists once after the store changed, keep the selected row
 * across a refresh, and tell the user about a change or a refusal. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

/* Replaces the items of @target by those of @fresh (consumed; NULL empties @target). */
void      ovs_section_replace_items (GListStore         *target,
                                     GListStore         *fresh);
/* The "id" (int64) of the selected item of @selection, or 0. */
gint64    ovs_section_selected_id   (GtkSingleSelection *selection);
/* Selects the item with "id" @id, if it is there. Returns whether it was. */
gboolean  ovs_section_select_id     (GtkSingleSelection *selection,
                                     gint64              id);
/* A toast in the main window @widget is in (or a message on stderr, outside one). */
void      ovs_section_toast         (GtkWidget          *widget,
                                     const char         *message);
/* Calls @func(@widget) once, at idle, however often it is asked before then: a change touching
 * many rows (an import) announces itself per entity. @source_id is the caller's slot. */
void      ovs_section_queue_refresh (GtkWidget          *widget,
                                     guint              *source_id,
                                     void              (*func) (GtkWidget *widget));
/* Whether @entity (from the store's ::changed) is one of @entities (NULL-terminated). */
gboolean  ovs_section_entity_in     (const char         *entity,
                                     const char * const *entities);
/* The date the user typed (dd-mm-jjjj or ISO) as ISO in *iso, or NULL for an empty entry; a bad
 * date fails naming @what. */
gboolean  ovs_section_parse_date    (const char         *text,
                                     const char         *what,
                                     char              **iso,
                                     GError            **error);

G_END_DECLS

G_BEGIN_DECLS
/* The employee the user means by @text: a personnel number, or (part of) one employee's name.
 * Fails with OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE naming the text, or when it fits several. */
gint64    ovs_section_find_employee (OvsStore           *store,
                                     const char         *text,
                                     GError            **error);
G_END_DECLS

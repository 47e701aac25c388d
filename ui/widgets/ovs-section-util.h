/* ovs-section-util.h — helpers the section pages (Plaatsingen, Ploegen, Overgang, Convenanten,
 * Mijlpalen) share beside their base class OvsSectionPage: replace a list's rows, keep the selected
 * row across a refresh, and tell the user about a change or a refusal. */
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
/* Makes @dialog no wider than the window it is transient for, when that one is narrower than the
 * dialog's default width (a phone-sized window): the dialog then takes the window's width instead of
 * running off a small screen. Call before presenting it. */
void      ovs_section_fit_dialog    (GtkWindow          *dialog);
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

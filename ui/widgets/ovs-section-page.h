/* ovs-section-page.h — what every section page (Overzicht, Medewerkers, Plaatsingen, Ploegen,
 * Roosters, Overgang, Convenanten, Mijlpalen) has in common, after GNOME sysprof's SysprofSection.
 *
 * The page owns:
 *   - the construct-only "store"; it listens to the store's ::changed once, and for the entities in
 *     its class's `entities` (table names; NULL: every change) asks for one refresh at idle, however
 *     many changes come before then (an import announces itself per row);
 *   - the empty state: an AdwStatusPage that takes the place of the "content" widget while the
 *     "model" has no rows. Its description names what fills the list, and its button (when the
 *     page has such an action) is bound to it. A user who may not add rows ("can-add", FALSE until
 *     the page says otherwise) sees no button and the "empty-read-only-description" instead, which
 *     says who can;
 *   - "page.search" (Ctrl+F, forwarded by the window): focuses the "search-widget", if any;
 *   - the "refreshed" signal, with the number of rows and how long the refresh took (what
 *     ui/bench/ observes; the pages themselves hold no benchmark code).
 *
 * A new section derives from it (G_DECLARE_FINAL_TYPE (…, OvsSectionPage)), names it as the
 * `parent` of its template, and
 *   - in class_init sets `entities` and `refresh` (required: read the rows again from the store,
 *     keeping the selection) and, if it needs the store before its first refresh (a detail widget,
 *     what the role sees, ovs_section_page_set_can_add()), `setup`;
 *   - in its template sets "model" (all its rows, before any search or filter) and "content" (the
 *     widget the empty state replaces; its parent must be a GtkBox or the page itself), the empty
 *     state's "empty-icon-name", "empty-title", "empty-description" and, where they apply,
 *     "empty-read-only-description", "empty-action-name" and "empty-action-label"; and, if it
 *     has one, the "search-widget";
 *   - disposes its template and chains up, as usual.
 * The base calls `setup` and the first `refresh` when the page is constructed. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_SECTION_PAGE (ovs_section_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (OvsSectionPage, ovs_section_page, OVS, SECTION_PAGE, GtkWidget)

struct _OvsSectionPageClass
{
  GtkWidgetClass parent_class;

  /* The entities (NULL-terminated) whose ::changed refreshes the page; NULL: every entity. */
  const char * const *entities;

  /* Once, at construction, before the first refresh. Optional. */
  void (*setup)   (OvsSectionPage *self,
                   OvsStore       *store);
  /* Reads the page's rows again. Called only while the page has a store. */
  void (*refresh) (OvsSectionPage *self);
};

OvsStore  *ovs_section_page_get_store      (OvsSectionPage *self);
/* Refreshes now, dropping a refresh that was queued. */
void       ovs_section_page_refresh        (OvsSectionPage *self);
/* Refreshes once at idle, however often it is asked before then. */
void       ovs_section_page_queue_refresh  (OvsSectionPage *self);
/* Drops a queued refresh; returns whether there was one (a page that has put the one changed row
 * in place itself needs no full refresh). */
gboolean   ovs_section_page_cancel_refresh (OvsSectionPage *self);
/* Whether the user may fill the list (the empty state's button and description follow). */
void       ovs_section_page_set_can_add    (OvsSectionPage *self,
                                            gboolean        can_add);
gboolean   ovs_section_page_get_can_add    (OvsSectionPage *self);
/* Whether the empty state is shown instead of the content. */
gboolean   ovs_section_page_get_empty      (OvsSectionPage *self);

G_END_DECLS

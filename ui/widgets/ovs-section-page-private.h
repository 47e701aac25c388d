/* ovs-section-page-private.h — what ovs-section-page.c (store, refresh, search, properties) shares
 * with ovs-section-page-empty.c (the empty state). */
#pragma once

#include "widgets/ovs-section-page.h"

G_BEGIN_DECLS

typedef struct
{
  OvsStore   *store;
  guint       refresh_id;
  GListModel *model;
  GtkWidget  *content;
  GtkWidget  *search_widget;
  GtkWidget  *empty_page;    /* an AdwStatusPage, ours (a reference) wherever it is placed */
  GtkWidget  *empty_button;
  char       *description;
  char       *read_only_description;
  gboolean    can_add;
  gboolean    empty;
} OvsSectionPagePrivate;

OvsSectionPagePrivate *_ovs_section_page_get_private (OvsSectionPage *self);

void      _ovs_section_page_empty_init   (OvsSectionPage *self);
/* Puts the status page beside the content; once the templates are built. */
void      _ovs_section_page_empty_place  (OvsSectionPage *self);
/* Shows the status page or the content, as the model has rows; returns whether "empty" changed. */
gboolean  _ovs_section_page_empty_update (OvsSectionPage *self);
/* The texts of the empty state, by their property's name ("empty-title", …); set returns whether
 * the text changed. */
gboolean  _ovs_section_page_empty_set    (OvsSectionPage *self,
                                          const char     *property,
                                          const char     *value);
char     *_ovs_section_page_empty_get    (OvsSectionPage *self,
                                          const char     *property);
void      _ovs_section_page_empty_clear  (OvsSectionPage *self);

G_END_DECLS

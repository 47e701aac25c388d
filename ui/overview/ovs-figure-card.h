/* ovs-figure-card.h — one key figure of the monitor: a large number, a caption, detail lines, and
 * the note that interprets it, which the kwartiermaker can edit in place. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OVS_TYPE_FIGURE_CARD (ovs_figure_card_get_type ())
G_DECLARE_FINAL_TYPE (OvsFigureCard, ovs_figure_card, OVS, FIGURE_CARD, AdwBin)

/* ::save-note (const char *text) → gboolean: the handler stores the note and returns TRUE, or calls
 * ovs_figure_card_show_error() and returns FALSE to keep the editor open. */
GtkWidget  *ovs_figure_card_new          (const char          *figure,
                                          const char          *title);
const char *ovs_figure_card_get_figure   (OvsFigureCard       *self);
void        ovs_figure_card_set_value    (OvsFigureCard       *self,
                                          const char          *value,
                                          const char          *caption);
/* A bar filled to @fraction (0…1, more shows as full); negative hides it. With @warn_over_one a
 * fraction above 1 (over budget) shows in the error colour. */
void        ovs_figure_card_set_level    (OvsFigureCard       *self,
                                          double               fraction,
                                          gboolean             warn_over_one);
void        ovs_figure_card_set_details  (OvsFigureCard       *self,
                                          const char * const  *lines);
/* @source says whose note it is ("Note by anna, 03-02-2025" or "Computed from the figures"). */
void        ovs_figure_card_set_note     (OvsFigureCard       *self,
                                          const char          *note,
                                          const char          *source,
                                          gboolean             stored);
void        ovs_figure_card_set_editable (OvsFigureCard       *self,
                                          gboolean             editable);
void        ovs_figure_card_show_error   (OvsFigureCard       *self,
                                          const char          *message);

G_END_DECLS

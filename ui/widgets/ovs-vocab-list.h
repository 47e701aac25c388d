/* ovs-vocab-list.h — the vocabulary's code lists (overstap/vocab/ovs-vocab.h) in the window: the text
 * of a stored code, and a list as a drop-down's model that shows the labels and gives back the codes.
 * Built from the enum each time, so that a value added to ovs-codes.h shows up without a change in ui/. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

typedef enum {
  OVS_VOCAB_LABEL,  /* lower case, as in a sentence or a cell among numbers: "beschut werk" */
  OVS_VOCAB_TITLE,  /* a capital first, for a column cell or a filter of the Medewerkers section: "Actief" */
} OvsVocabStyle;

/* The text of the stored @code of list @type in @style; "" for NULL or "", the code itself (in @style) when
 * it is not in the list. */
char          *ovs_vocab_text                 (GType           type,
                                               const char     *code,
                                               OvsVocabStyle   style);
/* A model for a drop-down or combo row: the @leading items (NULL-terminated, or NULL), which stand for
 * no code ("Every kind", "Not recorded"), then the texts of ovs_vocab_codes (@type) in their order. */
GtkStringList *ovs_vocab_string_list          (GType           type,
                                               OvsVocabStyle   style,
                                               const char * const *leading);
/* The stored code at @position of a model made by ovs_vocab_string_list(); NULL for a leading item
 * and for a position past the end (GTK_INVALID_LIST_POSITION). */
const char    *ovs_vocab_string_list_get_code (GListModel     *list,
                                               guint           position);
/* The position of @code in such a model; GTK_INVALID_LIST_POSITION when it is not one of its codes. */
guint          ovs_vocab_string_list_find     (GListModel     *list,
                                               const char     *code);

G_END_DECLS

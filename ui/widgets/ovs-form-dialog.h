/* ovs-form-dialog.h — a small modal form for one change (add a placement, end a membership, tick a
 * status with its date…): titled fields in an AdwPreferencesGroup, Cancel and an action button.
 * The action runs the submit function; when it fails, its message (the core's validation message)
 * is shown inline under the fields and the form stays open, with the field named by
 * ovs_form_dialog_mark_field() marked as the one to correct. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OVS_TYPE_FORM_DIALOG (ovs_form_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OvsFormDialog, ovs_form_dialog, OVS, FORM_DIALOG, AdwWindow)

/* Returns TRUE when the change was made (the form then closes), or FALSE with @error set. */
typedef gboolean (*OvsFormSubmitFunc) (OvsFormDialog *form,
                                       gpointer       user_data,
                                       GError       **error);

OvsFormDialog *ovs_form_dialog_new         (GtkWidget         *parent,
                                            const char        *title,
                                            const char        *description,
                                            const char        *action_label);
/* An entry row titled @title, under @key; @initial may be NULL. Returns the row. */
GtkWidget     *ovs_form_dialog_add_entry   (OvsFormDialog     *self,
                                            const char        *key,
                                            const char        *title,
                                            const char        *initial);
/* A choice (AdwComboRow) over @model (consumed), showing @expression (consumed) of its items. */
GtkWidget     *ovs_form_dialog_add_choice  (OvsFormDialog     *self,
                                            const char        *key,
                                            const char        *title,
                                            GListModel        *model,
                                            GtkExpression     *expression);
/* A choice among @labels (NULL-terminated, shown as given). */
GtkWidget     *ovs_form_dialog_add_strings (OvsFormDialog     *self,
                                            const char        *key,
                                            const char        *title,
                                            const char * const *labels);
/* A choice among the labels of the vocabulary's list @codes (OVS_TYPE_PLACEMENT_KIND, …), in its
 * order, the first chosen; ovs_form_dialog_get_code() gives the stored code. */
GtkWidget     *ovs_form_dialog_add_codes   (OvsFormDialog     *self,
                                            const char        *key,
                                            const char        *title,
                                            GType              codes);
/* The row of field @key (borrowed). */
GtkWidget     *ovs_form_dialog_get_row     (OvsFormDialog     *self,
                                            const char        *key);
/* The trimmed text of entry @key (valid until the next call for @key); NULL when it is empty. */
const char    *ovs_form_dialog_get_text    (OvsFormDialog     *self,
                                            const char        *key);
/* The position chosen in choice @key, and its item (borrowed; NULL if none). */
guint          ovs_form_dialog_get_selected (OvsFormDialog    *self,
                                            const char        *key);
gpointer       ovs_form_dialog_get_item    (OvsFormDialog     *self,
                                            const char        *key);
/* The stored code chosen in choice @key (made by ovs_form_dialog_add_codes()), or NULL. */
const char    *ovs_form_dialog_get_code    (OvsFormDialog     *self,
                                            const char        *key);
/* Hides the message of the last refused save, e.g. once the form shows another person's values
 * after a conflict ("Opnieuw laden"): the message no longer describes what the form holds. */
void           ovs_form_dialog_clear_error (OvsFormDialog     *self);
/* Checks the text of one field (NULL when empty) by the core's rules; FALSE with @error set
 * says what is wrong. */
typedef gboolean (*OvsFormCheckFunc) (const char  *text,
                                      GError     **error);
/* Checks field @key when the user leaves it, and again as they type while it is wrong; the message
 * shows right under the field. Every check runs before the submit function too. */
void           ovs_form_dialog_set_check   (OvsFormDialog     *self,
                                            const char        *key,
                                            OvsFormCheckFunc   check);
/* An entry row for a date (dd-mm-jjjj or ISO), checked as above; @initial ISO or NULL. */
GtkWidget     *ovs_form_dialog_add_date    (OvsFormDialog     *self,
                                            const char        *key,
                                            const char        *title,
                                            const char        *initial,
                                            gboolean           required);
/* The ISO date in field @key (newly allocated), or NULL when it is empty or wrong. */
char          *ovs_form_dialog_get_date    (OvsFormDialog     *self,
                                            const char        *key);
/* Marks field @key as wrong until the next try. */
void           ovs_form_dialog_mark_field  (OvsFormDialog     *self,
                                            const char        *key);
void           ovs_form_dialog_set_submit  (OvsFormDialog     *self,
                                            OvsFormSubmitFunc  func,
                                            gpointer           user_data,
                                            GDestroyNotify     destroy);

G_END_DECLS

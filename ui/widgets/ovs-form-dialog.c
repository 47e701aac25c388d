/* ovs-form-dialog.c — the modal form the section pages use for their changes. */
#include "config.h"

#include <glib/gi18n.h>

#include <overstap/overstap.h>

#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-vocab-list.h"

struct _OvsFormDialog
{
  AdwWindow          parent_instance;

  GHashTable        *fields;      /* key → row widget */
  AdwPreferencesGroup *group;
  GtkLabel          *error_label;
  GtkWidget         *action_button;

  OvsFormSubmitFunc  submit;
  gpointer           submit_data;
  GDestroyNotify     submit_destroy;
};

G_DEFINE_FINAL_TYPE (OvsFormDialog, ovs_form_dialog, ADW_TYPE_WINDOW)

static void
clear_marks (OvsFormDialog *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    gtk_widget_remove_css_class (row, "error");
}

/* --- checks under the fields --- */

#define CHECK_KEY  "ovs-form-check"
#define LABEL_KEY  "ovs-form-check-label"

static char *
row_text (GtkWidget *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* Runs the check of @row, if it has one, and shows or hides its message; returns whether it passed. */
static gboolean
check_row (GtkWidget *row)
{
  OvsFormCheckFunc check = g_object_get_data (G_OBJECT (row), CHECK_KEY);
  GtkWidget *label = g_object_get_data (G_OBJECT (row), LABEL_KEY);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (check == NULL)
    return TRUE;
  text = row_text (row);
  ok = check (text, &error);
  gtk_label_set_text (GTK_LABEL (label), ok ? "" : error->message);
  gtk_widget_set_visible (gtk_widget_get_parent (label), !ok);
  if (ok)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  ok ? "" : error->message, -1);
  return ok;
}

static void
check_left_cb (GtkEventControllerFocus *focus)
{
  check_row (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus)));
}

/* While a field is marked wrong, it is checked again as the user types, so the mark goes as soon
 * as the text is right. */
static void
check_changed_cb (GtkWidget *row)
{
  if (gtk_widget_has_css_class (row, "error"))
    check_row (row);
}

static gboolean
check_all (OvsFormDialog *self)
{
  GHashTableIter iter;
  gpointer row;
  gboolean ok = TRUE;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    if (!check_row (row))
      ok = FALSE;
  return ok;
}

void
ovs_form_dialog_clear_error (OvsFormDialog *self)
{
  g_return_if_fail (OVS_IS_FORM_DIALOG (self));

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->action_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
submit (OvsFormDialog *self)
{
  g_autoptr(GError) error = NULL;

  clear_marks (self);
  if (!check_all (self))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (self->submit == NULL || self->submit (self, self->submit_data, &error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  /* A screen reader announces the problem, since focus stays where it was. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->action_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  error->message, -1);
}

static GtkWidget *
header_bar (OvsFormDialog *self, const char *action_label)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->action_button = gtk_button_new_with_mnemonic (action_label);
  gtk_widget_add_css_class (self->action_button, "suggested-action");
  g_signal_connect_swapped (self->action_button, "clicked", G_CALLBACK (submit), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->action_button);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->action_button);
  return header;
}

OvsFormDialog *
ovs_form_dialog_new (GtkWidget *parent, const char *title, const char *description, const char *action_label)
{
  OvsFormDialog *self = g_object_new (OVS_TYPE_FORM_DIALOG, "modal", TRUE, "title", title,
                                      "default-width", 520, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  /* The title ("Nieuw lid van Groenploeg Berkelwolde-Noord") heads the form, where it wraps, rather
   * than the header bar, where it was cut off between the buttons; it stays the window's title for
   * screen readers. The description explains. */
  adw_preferences_group_set_title (self->group, title);
  adw_preferences_group_set_description (self->group, description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->group);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->error_label), 18);

  gtk_box_append (GTK_BOX (box), header_bar (self, action_label));
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  gtk_widget_set_vexpand (page, TRUE);
  adw_window_set_content (ADW_WINDOW (self), box);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  ovs_section_fit_dialog (GTK_WINDOW (self));
  return self;
}

static void
add_row (OvsFormDialog *self, const char *key, GtkWidget *row)
{
  guint n;
  int width, height;

  g_hash_table_replace (self->fields, g_strdup (key), row);
  adw_preferences_group_add (self->group, row);
  /* Tall enough to show every field and a two-line message without scrolling; as wide as it was made
   * (narrower in a phone-sized window, see ovs_section_fit_dialog()). */
  n = g_hash_table_size (self->fields);
  /* GTK 4.8 writes both sizes: neither may be NULL. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, MIN (760, 230 + 58 * (int) n));
}

static void
entry_activated_cb (OvsFormDialog *self)
{
  submit (self);
}

GtkWidget *
ovs_form_dialog_add_entry (OvsFormDialog *self, const char *key, const char *title, const char *initial)
{
  GtkWidget *row = adw_entry_row_new ();

  g_return_val_if_fail (OVS_IS_FORM_DIALOG (self), NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), initial ? initial : "");
  /* The row's title is its accessible name already (libadwaita labels the entry by it). */
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (entry_activated_cb), self);
  add_row (self, key, row);
  return row;
}

GtkWidget *
ovs_form_dialog_add_choice (OvsFormDialog *self, const char *key, const char *title, GListModel *model,
                            GtkExpression *expression)
{
  GtkWidget *row = adw_combo_row_new ();

  g_return_val_if_fail (OVS_IS_FORM_DIALOG (self), NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_expression (ADW_COMBO_ROW (row), expression);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  g_clear_object (&model);
  g_clear_pointer (&expression, gtk_expression_unref);
  add_row (self, key, row);
  return row;
}

GtkWidget *
ovs_form_dialog_add_strings (OvsFormDialog *self, const char *key, const char *title,
                             const char * const *labels)
{
  GtkStringList *list = gtk_string_list_new ((const char **) labels);
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  return ovs_form_dialog_add_choice (self, key, title, G_LIST_MODEL (list), expression);
}

GtkWidget *
ovs_form_dialog_add_codes (OvsFormDialog *self, const char *key, const char *title, GType codes)
{
  /* A choice stands on its own, as a cell does: "Ernstig", as the employee editor writes it. */
  GtkStringList *list = ovs_vocab_string_list (codes, OVS_VOCAB_TITLE, NULL);
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  return ovs_form_dialog_add_choice (self, key, title, G_LIST_MODEL (list), expression);
}

void
ovs_form_dialog_set_check (OvsFormDialog *self, const char *key, OvsFormCheckFunc check)
{
  GtkWidget *row, *message_row, *label;
  GtkEventController *focus;

  g_return_if_fail (OVS_IS_FORM_DIALOG (self));
  row = g_hash_table_lookup (self->fields, key);
  g_return_if_fail (GTK_IS_EDITABLE (row));
  g_return_if_fail (g_object_get_data (G_OBJECT (row), CHECK_KEY) == NULL);

  /* The message is a row of its own right under the field, shown only while there is one. */
  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "error");
  message_row = adw_preferences_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (message_row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (message_row), FALSE);
  gtk_widget_set_visible (message_row, FALSE);
  adw_preferences_group_add (self->group, message_row);

  g_object_set_data (G_OBJECT (row), CHECK_KEY, check);
  g_object_set_data (G_OBJECT (row), LABEL_KEY, label);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (check_left_cb), NULL);
  gtk_widget_add_controller (row, focus);
  g_signal_connect (row, "changed", G_CALLBACK (check_changed_cb), NULL);
}

static gboolean
check_date (const char *text, GError **error)
{
  g_autofree char *iso = NULL;

  return text == NULL || (iso = ovs_date_normalize (text, error)) != NULL;
}

static gboolean
check_required_date (const char *text, GError **error)
{
  if (text == NULL)
    {
      g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                           _("Fill in a date (dd-mm-jjjj)."));
      return FALSE;
    }
  return check_date (text, error);
}

GtkWidget *
ovs_form_dialog_add_date (OvsFormDialog *self, const char *key, const char *title, const char *initial,
                          gboolean required)
{
  g_autofree char *shown = initial ? ovs_date_iso_to_display (initial) : NULL;
  GtkWidget *row = ovs_form_dialog_add_entry (self, key, title, shown);

  ovs_form_dialog_set_check (self, key, required ? check_required_date : check_date);
  return row;
}

char *
ovs_form_dialog_get_date (OvsFormDialog *self, const char *key)
{
  const char *text = ovs_form_dialog_get_text (self, key);

  return text ? ovs_date_normalize (text, NULL) : NULL;
}

GtkWidget *
ovs_form_dialog_get_row (OvsFormDialog *self, const char *key)
{
  g_return_val_if_fail (OVS_IS_FORM_DIALOG (self), NULL);
  return g_hash_table_lookup (self->fields, key);
}

const char *
ovs_form_dialog_get_text (OvsFormDialog *self, const char *key)
{
  GtkWidget *row;
  char *text;

  g_return_val_if_fail (OVS_IS_FORM_DIALOG (self), NULL);
  row = g_hash_table_lookup (self->fields, key);
  g_return_val_if_fail (GTK_IS_EDITABLE (row), NULL);
  /* Kept per field, so that the texts of several fields can be held at once. */
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_object_set_data_full (G_OBJECT (row), "ovs-form-text", text, g_free);
  return *text != '\0' ? text : NULL;
}

guint
ovs_form_dialog_get_selected (OvsFormDialog *self, const char *key)
{
  GtkWidget *row;

  g_return_val_if_fail (OVS_IS_FORM_DIALOG (self), GTK_INVALID_LIST_POSITION);
  row = g_hash_table_lookup (self->fields, key);
  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), GTK_INVALID_LIST_POSITION);
  return adw_combo_row_get_selected (ADW_COMBO_ROW (row));
}

gpointer
ovs_form_dialog_get_item (OvsFormDialog *self, const char *key)
{
  GtkWidget *row;

  g_return_val_if_fail (OVS_IS_FORM_DIALOG (self), NULL);
  row = g_hash_table_lookup (self->fields, key);
  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), NULL);
  return adw_combo_row_get_selected_item (ADW_COMBO_ROW (row));
}

const char *
ovs_form_dialog_get_code (OvsFormDialog *self, const char *key)
{
  GtkWidget *row;

  g_return_val_if_fail (OVS_IS_FORM_DIALOG (self), NULL);
  row = g_hash_table_lookup (self->fields, key);
  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), NULL);
  return ovs_vocab_string_list_get_code (adw_combo_row_get_model (ADW_COMBO_ROW (row)),
                                         adw_combo_row_get_selected (ADW_COMBO_ROW (row)));
}

void
ovs_form_dialog_mark_field (OvsFormDialog *self, const char *key)
{
  GtkWidget *row;

  g_return_if_fail (OVS_IS_FORM_DIALOG (self));
  if ((row = g_hash_table_lookup (self->fields, key)) != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
}

void
ovs_form_dialog_set_submit (OvsFormDialog *self, OvsFormSubmitFunc func, gpointer user_data,
                            GDestroyNotify destroy)
{
  g_return_if_fail (OVS_IS_FORM_DIALOG (self));
  if (self->submit_destroy != NULL)
    self->submit_destroy (self->submit_data);
  self->submit = func;
  self->submit_data = user_data;
  self->submit_destroy = destroy;
}

static void
ovs_form_dialog_dispose (GObject *object)
{
  OvsFormDialog *self = OVS_FORM_DIALOG (object);

  ovs_form_dialog_set_submit (self, NULL, NULL, NULL);
  G_OBJECT_CLASS (ovs_form_dialog_parent_class)->dispose (object);
}

static void
ovs_form_dialog_finalize (GObject *object)
{
  OvsFormDialog *self = OVS_FORM_DIALOG (object);

  g_hash_table_unref (self->fields);
  G_OBJECT_CLASS (ovs_form_dialog_parent_class)->finalize (object);
}

static void
ovs_form_dialog_class_init (OvsFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_form_dialog_dispose;
  object_class->finalize = ovs_form_dialog_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ovs_form_dialog_init (OvsFormDialog *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

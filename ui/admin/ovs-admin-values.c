/* ovs-admin-values.c — the Beheer section's forms for dated values: a parameter's value from a date on,
 * and whether a public holiday is a day off from a date on (the CAO). A parameter form keeps the rows
 * it read when it opened; saving a value on a date that someone else has saved since is refused by the
 * core (OVS_STORE_ERROR_CONFLICT), and the conflict dialog offers their value or saving over it. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "admin/ovs-admin-page-private.h"
#include "widgets/ovs-conflict-dialog.h"
#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-vocab-list.h"

static OvsStore *
store_of (OvsAdminPage *self)
{
  return ovs_section_page_get_store (OVS_SECTION_PAGE (self));
}

static void
choose_code (OvsFormDialog *form, const char *key, const char *code)
{
  AdwComboRow *row = ADW_COMBO_ROW (ovs_form_dialog_get_row (form, key));
  guint position = ovs_vocab_string_list_find (adw_combo_row_get_model (row), code);

  if (position != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (row, position);
}

/* --- parameters --- */

typedef struct
{
  OvsAdminPage *page;
  JsonArray    *read;   /* the rows as the form read them: each with its version */
} ParameterEdit;

static void
parameter_edit_free (gpointer data)
{
  ParameterEdit *edit = data;

  g_object_unref (edit->page);
  g_clear_pointer (&edit->read, json_array_unref);
  g_free (edit);
}

/* The row of @name on @from that the form read, or NULL. */
static JsonObject *
row_read (ParameterEdit *edit, const char *name, const char *from)
{
  for (guint i = 0; edit->read != NULL && i < json_array_get_length (edit->read); i++)
    {
      JsonObject *row = json_array_get_object_element (edit->read, i);

      if (g_strcmp0 (json_object_get_string_member (row, "name"), name) == 0 &&
          g_strcmp0 (json_object_get_string_member (row, "valid_from"), from) == 0)
        return row;
    }
  return NULL;
}

/* A value as the user types one: "2280", "1,25" — no thousands separator, which the parser would read
 * as a decimal point. */
static char *
editable_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4f", value));
  char *end = text + strlen (text) - 1;

  while (end > text && *end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return g_strdelimit (text, ".", ',');
}

static gboolean
check_decimal (const char *text, GError **error)
{
  double value;

  if (text != NULL)
    return ovs_parse_decimal (text, &value, error);
  g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("Fill in the value."));
  return FALSE;
}

/* Saves the form's value; @version as ovs_parameters_set_checked() takes it. */
static gboolean
save_parameter (OvsFormDialog *form, ParameterEdit *edit, gboolean check, GError **error)
{
  const char *name = ovs_form_dialog_get_code (form, "name");
  g_autofree char *from = ovs_form_dialog_get_date (form, "from");
  JsonObject *read;
  double value;

  if (!ovs_parse_decimal (ovs_form_dialog_get_text (form, "value"), &value, error))
    return ovs_form_dialog_mark_field (form, "value"), FALSE;
  read = from != NULL ? row_read (edit, name, from) : NULL;
  if (!ovs_parameters_set_checked (store_of (edit->page), name, from, value,
                                   !check ? 0 : read != NULL ? json_object_get_int_member (read, "version")
                                                             : OVS_PARAMETERS_NO_ROW, error))
    {
      if (g_error_matches (*error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_DATE))
        ovs_form_dialog_mark_field (form, "from");
      else
        ovs_form_dialog_mark_field (form, "value");
      return FALSE;
    }
  ovs_section_toast (GTK_WIDGET (edit->page), _("Value saved"));
  return TRUE;
}

static gboolean
destroy_cb (gpointer form)
{
  gtk_window_destroy (GTK_WINDOW (form));
  return G_SOURCE_REMOVE;
}

/* After a conflict: their value in the form and the rows read again (reload), or ours saved over it. */
static void
conflict_choice_cb (GObject *owner, gboolean apply)
{
  OvsFormDialog *form = OVS_FORM_DIALOG (owner);
  ParameterEdit *edit = g_object_get_data (owner, "ovs-parameter-edit");
  g_autoptr(GError) error = NULL;
  g_autofree char *from = ovs_form_dialog_get_date (form, "from");
  JsonObject *row;

  if (apply)
    {
      /* The conflict dialog, transient for the form, is still answering: the form goes after it. */
      if (save_parameter (form, edit, FALSE, &error))
        g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_cb, g_object_ref (form), g_object_unref);
      else
        ovs_section_toast (GTK_WIDGET (edit->page), error->message);
      return;
    }
  g_clear_pointer (&edit->read, json_array_unref);
  edit->read = ovs_parameters_list (store_of (edit->page), NULL);
  if ((row = row_read (edit, ovs_form_dialog_get_code (form, "name"), from)) != NULL)
    {
      g_autofree char *value = editable_value (json_object_get_double_member (row, "value"));

      gtk_editable_set_text (GTK_EDITABLE (ovs_form_dialog_get_row (form, "value")), value);
    }
  ovs_form_dialog_clear_error (form);
}

static gboolean
parameter_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  ParameterEdit *edit = data;

  if (save_parameter (form, edit, TRUE, error))
    return TRUE;
  if (g_error_matches (*error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT))
    {
      /* The other change came from another program: the list shows it too. */
      ovs_section_page_refresh (OVS_SECTION_PAGE (edit->page));
      ovs_conflict_dialog_present (GTK_WIDGET (form), *error, conflict_choice_cb, G_OBJECT (form));
    }
  return FALSE;
}

void
ovs_admin_parameter_form (OvsAdminPage *self)
{
  OvsAdminRow *selected = ovs_admin_page_selected (self->parameters_selection);
  ParameterEdit *edit = g_new0 (ParameterEdit, 1);
  g_autofree char *value = NULL;
  g_autofree char *from = NULL;
  OvsFormDialog *form;

  edit->page = g_object_ref (self);
  edit->read = ovs_parameters_list (store_of (self), NULL);
  form = ovs_form_dialog_new (GTK_WIDGET (self), _("Parameter Value"),
                              _("The value holds from the date on until the next value of the parameter; what "
                                "earlier periods report stays as it was. A value on a date that has one "
                                "already corrects it."),
                              _("_Save"));
  ovs_form_dialog_add_codes (form, "name", _("Parameter"), OVS_TYPE_PARAMETER_NAME);
  if (selected != NULL)
    {
      choose_code (form, "name", ovs_admin_row_get_string (selected, "name"));
      from = g_strdup (ovs_admin_row_get_string (selected, "valid_from"));
      value = editable_value (json_object_get_double_member (ovs_admin_row_get_object (selected), "value"));
    }
  else
    from = ovs_date_today_iso ();
  ovs_form_dialog_add_date (form, "from", _("From (dd-mm-jjjj)"), from, TRUE);
  ovs_form_dialog_add_entry (form, "value", _("Value"), value);
  ovs_form_dialog_set_check (form, "value", check_decimal);
  g_object_set_data (G_OBJECT (form), "ovs-parameter-edit", edit);
  ovs_form_dialog_set_submit (form, parameter_submit, edit, parameter_edit_free);
  gtk_window_present (GTK_WINDOW (form));
}

/* --- public holidays --- */

static gboolean
holiday_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsAdminPage *self = data;
  g_autofree char *from = ovs_form_dialog_get_date (form, "from");
  gboolean free = ovs_form_dialog_get_selected (form, "free") == 0;

  if (!ovs_holidays_set_free (store_of (self), ovs_form_dialog_get_code (form, "holiday"), from, free, error))
    return ovs_form_dialog_mark_field (form, "from"), FALSE;
  ovs_section_toast (GTK_WIDGET (self), free ? _("Day off from then on") : _("Working day from then on"));
  return TRUE;
}

void
ovs_admin_holiday_form (OvsAdminPage *self)
{
  OvsAdminRow *selected = ovs_admin_page_selected (self->holidays_selection);
  const char *choices[] = { _("Day off"), _("Working day"), NULL };
  g_autofree char *from = g_strdup_printf ("%04d-01-01", ovs_admin_page_year (self));
  OvsFormDialog *form = ovs_form_dialog_new (GTK_WIDGET (self), _("Public Holiday under the CAO"),
                                             _("From the date on the holiday is a day off or a working day in "
                                               "every roster, until the next setting of that holiday."),
                                             _("_Save"));

  ovs_form_dialog_add_codes (form, "holiday", _("Public holiday"), OVS_TYPE_HOLIDAY);
  ovs_form_dialog_add_strings (form, "free", _("Under the CAO"), choices);
  if (selected != NULL)
    {
      choose_code (form, "holiday", ovs_admin_row_get_string (selected, "holiday"));
      /* The setting one comes to change is the other one. */
      if (json_object_get_boolean_member (ovs_admin_row_get_object (selected), "free"))
        adw_combo_row_set_selected (ADW_COMBO_ROW (ovs_form_dialog_get_row (form, "free")), 1);
    }
  ovs_form_dialog_add_date (form, "from", _("From (dd-mm-jjjj)"), from, TRUE);
  ovs_form_dialog_set_submit (form, holiday_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

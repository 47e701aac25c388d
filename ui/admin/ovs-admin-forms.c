/* ovs-admin-forms.c — the Beheer section's forms: a new user, another crew for a team leader, ending
 * access, a server password, a parameter's value from a date on (with the row version it read), and
 * whether a public holiday is a day off. Each saves through the same core function as overstap-cli,
 * in one transaction there, and shows the core's message under the fields when it refuses. */
#include "config.h"

#include <glib/gi18n.h>

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

static gboolean
check_required (const char *text, GError **error)
{
  if (text != NULL)
    return TRUE;
  g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("Fill in this field."));
  return FALSE;
}

/* Selects @code in the choice @key made by ovs_form_dialog_add_codes(). */
static void
choose_code (OvsFormDialog *form, const char *key, const char *code)
{
  AdwComboRow *row = ADW_COMBO_ROW (ovs_form_dialog_get_row (form, key));
  guint position = ovs_vocab_string_list_find (adw_combo_row_get_model (row), code);

  if (position != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (row, position);
}

/* The names of the crews that have not ended, after @first (may be NULL), for a choice. */
static GPtrArray *
crew_names (OvsStore *store, const char *first)
{
  g_autoptr(JsonArray) crews = ovs_crews_list_json (store, NULL, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  if (first != NULL)
    g_ptr_array_add (names, g_strdup (first));
  for (guint i = 0; crews != NULL && i < json_array_get_length (crews); i++)
    {
      JsonObject *crew = json_array_get_object_element (crews, i);

      if (json_object_get_null_member (crew, "ended_on"))
        g_ptr_array_add (names, g_strdup (json_object_get_string_member (crew, "name")));
    }
  g_ptr_array_add (names, NULL);
  return names;
}

/* The crew chosen in choice @key (a name from crew_names()), or NULL for the leading "no crew". */
static const char *
chosen_crew (OvsFormDialog *form, const char *key, guint leading)
{
  GtkStringObject *item = ovs_form_dialog_get_item (form, key);

  if (item == NULL || ovs_form_dialog_get_selected (form, key) < leading)
    return NULL;
  return gtk_string_object_get_string (item);
}

/* --- users --- */

static gboolean
new_user_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsAdminPage *self = data;
  g_autofree char *name = g_strdup (ovs_form_dialog_get_text (form, "name"));
  int role = OVS_ROLE_NONE;
  gint64 id;

  ovs_vocab_parse (OVS_TYPE_ROLE, ovs_form_dialog_get_code (form, "role"), &role);
  if ((id = ovs_users_add (store_of (self), name, (OvsRole) role, chosen_crew (form, "crew", 1), error)) == 0)
    return ovs_form_dialog_mark_field (form, "name"), FALSE;
  ovs_section_page_refresh (OVS_SECTION_PAGE (self));
  ovs_section_select_id (self->users_selection, id);
  ovs_section_toast (GTK_WIDGET (self), _("User added"));
  return TRUE;
}

void
ovs_admin_new_user_form (OvsAdminPage *self)
{
  g_autoptr(GPtrArray) crews = crew_names (store_of (self), _("No crew"));
  OvsFormDialog *form = ovs_form_dialog_new (GTK_WIDGET (self), _("New User"),
                                             _("Their login name on this computer or the database server. A "
                                               "team leader plans the crews they are given; HR and the "
                                               "kwartiermaker see everyone."),
                                             _("_Add"));

  ovs_form_dialog_add_entry (form, "name", _("Login name"), NULL);
  ovs_form_dialog_set_check (form, "name", check_required);
  ovs_form_dialog_add_codes (form, "role", _("Role"), OVS_TYPE_ROLE);
  choose_code (form, "role", ovs_vocab_code (OVS_TYPE_ROLE, OVS_ROLE_TEAMLEIDER));
  ovs_form_dialog_add_strings (form, "crew", _("Crew (for a team leader)"), (const char * const *) crews->pdata);
  ovs_form_dialog_set_submit (form, new_user_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static const char *
selected_user (OvsAdminPage *self)
{
  OvsAdminRow *row = ovs_admin_page_selected (self->users_selection);

  return row != NULL ? ovs_admin_row_get_string (row, "name") : NULL;
}

static gboolean
grant_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsAdminPage *self = data;
  const char *name = selected_user (self);

  if (name == NULL)
    return TRUE;
  if (!ovs_users_grant_crew (store_of (self), name, chosen_crew (form, "crew", 0), error))
    return ovs_form_dialog_mark_field (form, "crew"), FALSE;
  ovs_section_toast (GTK_WIDGET (self), _("Crew given"));
  return TRUE;
}

void
ovs_admin_grant_crew_form (OvsAdminPage *self)
{
  g_autoptr(GPtrArray) crews = crew_names (store_of (self), NULL);
  g_autofree char *description = NULL;
  OvsFormDialog *form;

  if (selected_user (self) == NULL)
    return;
  /* Translators: %s is a team leader's login name. */
  description = g_strdup_printf (_("%s may then plan this crew too, besides the crews they have."),
                                 selected_user (self));
  form = ovs_form_dialog_new (GTK_WIDGET (self), _("Give Crew"), description, _("_Give"));
  ovs_form_dialog_add_strings (form, "crew", _("Crew"), (const char * const *) crews->pdata);
  ovs_form_dialog_set_submit (form, grant_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static gboolean
end_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsAdminPage *self = data;
  const char *name = selected_user (self);

  if (name == NULL)
    return TRUE;
  if (!ovs_users_end (store_of (self), name, error))
    return FALSE;
  ovs_section_toast (GTK_WIDGET (self), _("Access ended"));
  return TRUE;
}

void
ovs_admin_end_user_form (OvsAdminPage *self)
{
  g_autofree char *description = NULL;
  OvsFormDialog *form;

  if (selected_user (self) == NULL)
    return;
  /* Translators: %s is a login name. */
  description = g_strdup_printf (_("%s can no longer use Overstap from today on. The audit log keeps their "
                                   "name with what they did."), selected_user (self));
  form = ovs_form_dialog_new (GTK_WIDGET (self), _("End Access"), description, _("_End Access"));
  ovs_form_dialog_set_submit (form, end_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

/* An entry row whose text shows as dots. */
static void
hide_text (OvsFormDialog *form, const char *key)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (ovs_form_dialog_get_row (form, key)));

  if (GTK_IS_TEXT (delegate))
    gtk_text_set_visibility (GTK_TEXT (delegate), FALSE);
}

static gboolean
password_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsAdminPage *self = data;
  const char *name = selected_user (self);
  g_autofree char *password = g_strdup (ovs_form_dialog_get_text (form, "password"));

  if (name == NULL)
    return TRUE;
  if (g_strcmp0 (password, ovs_form_dialog_get_text (form, "again")) != 0)
    {
      g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                           _("The two passwords differ."));
      return ovs_form_dialog_mark_field (form, "again"), FALSE;
    }
  if (!ovs_users_set_password (store_of (self), name, password ? password : "", error))
    return ovs_form_dialog_mark_field (form, "password"), FALSE;
  ovs_section_toast (GTK_WIDGET (self), _("Password set"));
  return TRUE;
}

void
ovs_admin_password_form (OvsAdminPage *self)
{
  g_autofree char *description = NULL;
  OvsFormDialog *form;

  if (selected_user (self) == NULL)
    return;
  /* Translators: %s is a login name. */
  description = g_strdup_printf (_("The password %s logs in to the database server with. The audit log notes "
                                   "that it changed, never what to."), selected_user (self));
  form = ovs_form_dialog_new (GTK_WIDGET (self), _("Password"), description, _("_Set"));
  ovs_form_dialog_add_entry (form, "password", _("New password"), NULL);
  ovs_form_dialog_set_check (form, "password", check_required);
  hide_text (form, "password");
  ovs_form_dialog_add_entry (form, "again", _("The same again"), NULL);
  hide_text (form, "again");
  ovs_form_dialog_set_submit (form, password_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

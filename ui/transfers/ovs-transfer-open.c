/* ovs-transfer-open.c — opening transfer cases from the window (see ovs-transfer-open.h). Every
 * employee named is looked up before any case is opened, so that a typing error opens nothing;
 * each case is then opened by ovs_transfers_open() in its own transaction, like the CLI. */
#include "config.h"

#include <glib/gi18n.h>

#include "transfers/ovs-transfer-open.h"
#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-undo-toast.h"

typedef struct
{
  GtkWidget *page;
  OvsStore  *store;
} OpenData;

static void
open_data_free (gpointer p)
{
  OpenData *data = p;

  g_object_unref (data->page);
  g_object_unref (data->store);
  g_free (data);
}

/* The personnel numbers of the employees in @text, or NULL with the first unknown one named. */
static GPtrArray *
personnel_numbers (OvsStore *store, const char *text, GError **error)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(OvsEmployee) employee = NULL;
      gint64 id;

      if (*g_strstrip (parts[i]) == '\0')
        continue;
      if ((id = ovs_section_find_employee (store, parts[i], error)) == 0 ||
          (employee = ovs_employees_get (store, id, error)) == NULL)
        return NULL;
      g_ptr_array_add (numbers, g_strdup (ovs_employee_get_personnel_number (employee)));
    }
  if (numbers->len == 0)
    {
      g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                           _("Name at least one employee."));
      return NULL;
    }
  return g_steal_pointer (&numbers);
}

static gboolean
open_submit (OvsFormDialog *form, gpointer user_data, GError **error)
{
  gint64 id = 0;
  OpenData *data = user_data;
  g_autoptr(GPtrArray) numbers = personnel_numbers (data->store, ovs_form_dialog_get_text (form, "employees"), error);
  g_autofree char *planned = ovs_form_dialog_get_date (form, "planned");
  const char *destination = ovs_form_dialog_get_code (form, "destination");
  g_autofree char *message = NULL;

  if (numbers == NULL)
    return ovs_form_dialog_mark_field (form, "employees"), FALSE;
  for (guint i = 0; i < numbers->len; i++)
    if ((id = ovs_transfers_open (data->store, g_ptr_array_index (numbers, i), destination, planned, error)) == 0)
      {
        /* The cases before this one are open: say so, and leave the rest in the field. */
        g_autoptr(GString) rest = g_string_new (NULL);

        for (guint k = i; k < numbers->len; k++)
          g_string_append_printf (rest, "%s%s", k > i ? ", " : "", (char *) g_ptr_array_index (numbers, k));

        g_prefix_error (error, _("%u of %u opened; %s: "), i, numbers->len, (char *) g_ptr_array_index (numbers, i));
        gtk_editable_set_text (GTK_EDITABLE (ovs_form_dialog_get_row (form, "employees")), rest->str);
        return ovs_form_dialog_mark_field (form, "employees"), FALSE;
      }
  /* Translators: a toast after opening transfer cases. */
  message = g_strdup_printf (ngettext ("%u transfer case opened", "%u transfer cases opened", numbers->len),
                             numbers->len);
  /* One case opened can be taken back; several are undone one by one in Overgang. */
  ovs_undo_toast_show (data->page, data->store, "transfer_case", numbers->len == 1 ? id : 0, message);
  return TRUE;
}

void
ovs_transfer_open_form (GtkWidget *page, OvsStore *store, const char *employees)
{
  OvsFormDialog *form = ovs_form_dialog_new (page, _("Open Transfer Cases"),
                                             _("A case for each employee of Wezo or Larcom named below, with the "
                                               "standard checklist."),
                                             _("_Open"));
  OpenData *data = g_new0 (OpenData, 1);

  ovs_form_dialog_add_entry (form, "employees", _("Employees (personnel numbers or names, separated by commas)"),
                             employees);
  ovs_form_dialog_add_codes (form, "destination", _("Destination"), OVS_TYPE_TRANSFER_DESTINATION);
  ovs_form_dialog_add_date (form, "planned", _("Planned date (optional)"), NULL, FALSE);
  data->page = g_object_ref (page);
  data->store = g_object_ref (store);
  ovs_form_dialog_set_submit (form, open_submit, data, open_data_free);
  gtk_window_present (GTK_WINDOW (form));
}

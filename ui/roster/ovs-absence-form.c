/* ovs-absence-form.c — an absence for one person, the crew or everybody (see ovs-absence-form.h).
 * Whole-day absences of the crew or of everybody are days the patterns leave out; who may record
 * which is the core's to say (a team leader: their own crews, never everybody's holidays). */
#include "config.h"

#include <glib/gi18n.h>

#include "roster/ovs-absence-form.h"
#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-undo-toast.h"

enum { FOR_EMPLOYEE, FOR_CREW, FOR_EVERYBODY };

typedef struct
{
  GtkWidget *page;
  OvsStore  *store;
  gint64     crew_id;
} FormData;

static void
form_data_free (gpointer p)
{
  FormData *data = p;

  g_object_unref (data->page);
  g_object_unref (data->store);
  g_free (data);
}

static gboolean
submit (OvsFormDialog *form, gpointer user_data, GError **error)
{
  gint64 id = 0;
  FormData *data = user_data;
  guint who = ovs_form_dialog_get_selected (form, "who");
  const char *employee = ovs_form_dialog_get_text (form, "employee");
  g_autofree char *from = ovs_form_dialog_get_date (form, "from");
  g_autofree char *to = ovs_form_dialog_get_date (form, "to");
  OvsAbsenceFields f = { 0 };

  if (who == FOR_EMPLOYEE && (f.employee_id = ovs_section_find_employee (data->store, employee, error)) == 0)
    return ovs_form_dialog_mark_field (form, "employee"), FALSE;
  f.crew_id = who == FOR_CREW ? data->crew_id : 0;
  f.kind = ovs_form_dialog_get_code (form, "kind");
  f.start_date = from;
  f.end_date = to ? to : from;
  f.note = ovs_form_dialog_get_text (form, "note");
  if ((id = ovs_absence_add (data->store, &f, error)) == 0)
    return FALSE;
  ovs_undo_toast_show (data->page, data->store, "absence", id, _("Absence recorded; generate the week to plan around it"));
  return TRUE;
}

void
ovs_absence_form_open (GtkWidget *page, OvsStore *store, gint64 crew_id, const char *monday)
{
  const char *whom[] = { N_("One employee"), N_("The whole crew"), N_("Everybody (a public holiday)"), NULL };
  const char *labels[G_N_ELEMENTS (whom)] = { NULL };
  OvsFormDialog *form = ovs_form_dialog_new (page, _("New Absence"),
                                             _("Leave, sickness, a training day of the crew or a public holiday "
                                               "for everybody. The roster leaves whole days out."),
                                             _("_Add"));
  FormData *data = g_new0 (FormData, 1);

  for (guint i = 0; whom[i] != NULL; i++)
    labels[i] = _(whom[i]);
  ovs_form_dialog_add_strings (form, "who", _("For"), labels);
  ovs_form_dialog_add_entry (form, "employee", _("Employee (personnel number or name)"), NULL);
  ovs_form_dialog_add_codes (form, "kind", _("Kind"), OVS_TYPE_ABSENCE_KIND);
  ovs_form_dialog_add_date (form, "from", _("From (dd-mm-jjjj)"), monday, TRUE);
  ovs_form_dialog_add_date (form, "to", _("Until (optional)"), NULL, FALSE);
  ovs_form_dialog_add_entry (form, "note", _("Note (optional)"), NULL);
  data->page = g_object_ref (page);
  data->store = g_object_ref (store);
  data->crew_id = crew_id;
  ovs_form_dialog_set_submit (form, submit, data, form_data_free);
  gtk_window_present (GTK_WINDOW (form));
}

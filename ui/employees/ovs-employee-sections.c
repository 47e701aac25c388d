/* ovs-employee-sections.c — the editor's sections below the form: indication history, loonwaarde
 * measurements, qualifications, placements and the transfer case. A handful of rows per employee,
 * rebuilt when another employee is shown; each section only for roles that may read it. Roles that
 * may edit employees add and end qualifications here, with the core's functions that
 * `overstap-cli qualification add/end` calls. */
#include "config.h"

#include <glib/gi18n.h>

#include "employees/ovs-employee-editor-private.h"
#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-section-util.h"
#include <overstap/overstap.h>

enum { LIST_INDICATIONS, LIST_WAGE_VALUES, LIST_QUALIFICATIONS, LIST_PLACEMENTS, LIST_TRANSFER };

static GtkListBox *
new_list (AdwPreferencesGroup *group)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  adw_preferences_group_add (group, GTK_WIDGET (list));
  return list;
}

void
_ovs_employee_sections_init (OvsEmployeeSections *s)
{
  AdwPreferencesGroup *groups[] = { s->indications, s->wage_values, s->qualifications, s->placements, s->transfer };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    s->lists[i] = new_list (groups[i]);
  s->requests = new_list (s->reindications);
  s->advices = new_list (s->advice);
}

/* The sections' and the Wsw records' lists: emptied, then filled with read-only rows. */
void
_ovs_employee_list_clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

void
_ovs_employee_list_add_row (GtkListBox *list, const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
}

static const char *
member_text (JsonObject *object, const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static char *
member_date (JsonObject *object, const char *member)
{
  return ovs_date_iso_to_display (member_text (object, member));
}

/* "01-01-2015 – 31-12-2017", or "vanaf 01-01-2015" while open-ended. */
static char *
period (JsonObject *object, const char *from, const char *until)
{
  g_autofree char *start = member_date (object, from);
  g_autofree char *end = member_date (object, until);

  if (*end == '\0')
    /* Translators: an open-ended period, e.g. "from 01-01-2015". */
    return g_strdup_printf (_("from %s"), start);
  /* Translators: a period from one date to another. */
  return g_strdup_printf (_("%s to %s"), start, end);
}

static void
fill_indications (GtkListBox *list, JsonArray *rows)
{
  for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
    {
      JsonObject *o = json_array_get_object_element (rows, i);
      g_autofree char *when = period (o, "indication_date", "valid_until");
      g_autofree char *deadline = member_date (o, "reindication_deadline");
      g_autofree char *subtitle = *deadline ? g_strdup_printf (_("%s; request re-indication by %s"), when, deadline)
                                            : g_strdup (when);
      g_autofree char *category = ovs_vocab_title_for_code (OVS_TYPE_INDICATION_CATEGORY, member_text (o, "category"));
      g_autofree char *title = g_strdup_printf ("%s%s", category,
                                                json_object_get_boolean_member (o, "is_current") ? _(" (current)") : "");

      _ovs_employee_list_add_row (list, title, subtitle);
    }
}

static void
fill_wage_values (GtkListBox *list, JsonArray *rows)
{
  for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
    {
      JsonObject *o = json_array_get_object_element (rows, i);
      g_autofree char *percentage = ovs_format_decimal (json_object_get_double_member (o, "percentage"), 0);
      /* Translators: a loonwaarde percentage, e.g. "62%". */
      g_autofree char *title = g_strdup_printf (_("%s%%"), percentage);
      g_autofree char *date = member_date (o, "measured_on");
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", date, member_text (o, "method"));

      _ovs_employee_list_add_row (list, title, subtitle);
    }
}

/* --- qualifications: what the forms need after the editor has moved on to another employee --- */

typedef struct
{
  OvsStore   *store;
  gint64      employee_id;
  GtkListBox *list;
  gint64      qualification_id;   /* the one to end */
} Qualifications;

static void
qualifications_clear (gpointer p)
{
  Qualifications *q = p;

  g_object_unref (q->store);
  g_object_unref (q->list);
}

static Qualifications *
qualifications_new (OvsStore *store, gint64 employee_id, GtkListBox *list, gint64 qualification_id)
{
  Qualifications *q = g_rc_box_new0 (Qualifications);

  q->store = g_object_ref (store);
  q->employee_id = employee_id;
  q->list = g_object_ref (list);
  q->qualification_id = qualification_id;
  return q;
}

static void
qualifications_release (gpointer p)
{
  g_rc_box_release_full (p, qualifications_clear);
}

static void
qualifications_closure_notify (gpointer data, GClosure *closure)
{
  qualifications_release (data);
}

static void fill_qualifications (GtkListBox *list, JsonArray *rows, OvsStore *store, gint64 employee_id);

/* Rebuilds the list after a change, unless the editor shows someone else by now. */
static void
qualifications_refill (Qualifications *q)
{
  g_autoptr(JsonArray) rows = NULL;

  if (GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (q->list), "ovs-employee-id")) != (gsize) q->employee_id)
    return;
  rows = ovs_employees_list_qualifications (q->store, q->employee_id, NULL);
  _ovs_employee_list_clear (q->list);
  fill_qualifications (q->list, rows, q->store, q->employee_id);
  if (gtk_widget_get_first_child (GTK_WIDGET (q->list)) == NULL)
    _ovs_employee_list_add_row (q->list, _("None recorded"), NULL);
}

static gboolean
add_qualification_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  Qualifications *q = data;
  g_autofree char *obtained = ovs_form_dialog_get_date (form, "obtained");
  g_autofree char *until = ovs_form_dialog_get_date (form, "until");
  g_autofree char *detail = g_strdup (ovs_form_dialog_get_text (form, "detail"));

  if (ovs_employees_add_qualification (q->store, q->employee_id, ovs_form_dialog_get_code (form, "kind"), detail,
                                       obtained, until, error) == 0)
    return ovs_form_dialog_mark_field (form, "detail"), FALSE;
  qualifications_refill (q);
  ovs_section_toast (GTK_WIDGET (q->list), _("Qualification added"));
  return TRUE;
}

static void
add_qualification_clicked_cb (GtkButton *button, Qualifications *q)
{
  OvsFormDialog *form;

  form = ovs_form_dialog_new (GTK_WIDGET (button), _("New Qualification"),
                              _("A driving licence or a machine certificate; a machine needs its name, "
                                "e.g. bosmaaier."), _("_Add"));
  ovs_form_dialog_add_codes (form, "kind", _("Kind"), OVS_TYPE_QUALIFICATION_KIND);
  ovs_form_dialog_add_entry (form, "detail", _("Machine or detail (optional for a licence)"), NULL);
  ovs_form_dialog_add_date (form, "obtained", _("Obtained on (optional)"), NULL, FALSE);
  ovs_form_dialog_add_date (form, "until", _("Valid until (optional)"), NULL, FALSE);
  ovs_form_dialog_set_submit (form, add_qualification_submit, g_rc_box_acquire (q), qualifications_release);
  gtk_window_present (GTK_WINDOW (form));
}

static gboolean
end_qualification_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  Qualifications *q = data;
  g_autofree char *date = ovs_form_dialog_get_date (form, "date");

  if (!ovs_employees_end_qualification (q->store, q->qualification_id, date, error))
    return ovs_form_dialog_mark_field (form, "date"), FALSE;
  qualifications_refill (q);
  ovs_section_toast (GTK_WIDGET (q->list), _("Qualification ended"));
  return TRUE;
}

static void
end_qualification_clicked_cb (GtkButton *button, Qualifications *q)
{
  g_autofree char *today = ovs_date_today_iso ();
  const char *title = g_object_get_data (G_OBJECT (button), "ovs-title");
  g_autofree char *description = NULL;
  OvsFormDialog *form;

  /* Translators: %s is a qualification, e.g. "Machinecertificaat: bosmaaier". */
  description = g_strdup_printf (_("%s is no longer valid after the date below."), title);
  form = ovs_form_dialog_new (GTK_WIDGET (button), _("End Qualification"), description, _("_End"));
  ovs_form_dialog_add_date (form, "date", _("Valid until (dd-mm-jjjj)"), today, TRUE);
  ovs_form_dialog_set_submit (form, end_qualification_submit, g_rc_box_acquire (q), qualifications_release);
  gtk_window_present (GTK_WINDOW (form));
}

/* An "End…" button on a valid qualification's row, for the roles that may edit employees. */
static void
add_end_button (GtkListBox *list, const char *title, OvsStore *store, gint64 employee_id, gint64 id)
{
  GtkWidget *row = gtk_widget_get_last_child (GTK_WIDGET (list));
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_End…"));
  g_autofree char *name = g_strdup_printf (_("End %s"), title);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (button), "ovs-title", g_strdup (title), g_free);
  g_signal_connect_data (button, "clicked", G_CALLBACK (end_qualification_clicked_cb),
                         qualifications_new (store, employee_id, list, id), qualifications_closure_notify, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
fill_qualifications (GtkListBox *list, JsonArray *rows, OvsStore *store, gint64 employee_id)
{
  gboolean editable = store != NULL && ovs_store_can (store, OVS_PERM_EDIT_EMPLOYEES);

  g_object_set_data (G_OBJECT (list), "ovs-employee-id", GSIZE_TO_POINTER ((gsize) employee_id));
  for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
    {
      JsonObject *o = json_array_get_object_element (rows, i);
      const char *detail = member_text (o, "detail");
      g_autofree char *kind = ovs_vocab_title_for_code (OVS_TYPE_QUALIFICATION_KIND, member_text (o, "kind"));
      g_autofree char *title = detail ? g_strdup_printf ("%s: %s", kind, detail) : g_strdup (kind);
      g_autofree char *until = member_date (o, "valid_until");
      g_autofree char *subtitle = NULL;

      if (!json_object_get_boolean_member (o, "is_valid"))
        subtitle = g_strdup_printf (_("expired on %s"), until);
      else if (*until != '\0')
        subtitle = g_strdup_printf (_("valid until %s"), until);
      _ovs_employee_list_add_row (list, title, subtitle);
      if (editable && json_object_get_boolean_member (o, "is_valid"))
        add_end_button (list, title, store, employee_id, json_object_get_int_member (o, "id"));
    }
}

static void
fill_placements (GtkListBox *list, JsonArray *rows)
{
  for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
    {
      JsonObject *o = json_array_get_object_element (rows, i);
      const char *hirer = member_text (o, "hirer");
      g_autofree char *kind = ovs_vocab_title_for_code (OVS_TYPE_PLACEMENT_KIND, member_text (o, "kind"));
      g_autofree char *title = hirer ? g_strdup_printf ("%s · %s", kind, hirer) : g_strdup (kind);
      g_autofree char *hours = ovs_format_hours (json_object_get_int_member (o, "minutes_per_week") / 60.0);
      g_autofree char *when = period (o, "start_date", "end_date");
      /* Translators: a placement's period and hours, e.g. "from 01-01-2015, 32 hours a week". */
      g_autofree char *subtitle = g_strdup_printf (_("%s, %s hours a week"), when, hours);

      _ovs_employee_list_add_row (list, title, subtitle);
    }
}

static void
fill_transfer (GtkListBox *list, JsonObject *o)
{
  g_autofree char *planned = NULL, *subtitle = NULL, *status = NULL;

  if (o == NULL)
    {
      _ovs_employee_list_add_row (list, _("No transfer case"), NULL);
      return;
    }
  planned = member_date (o, "planned_date");
  /* Translators: the transfer checklist's progress and the planned date, e.g. "4 of 9 items done; planned 01-01-2015". */
  subtitle = g_strdup_printf (_("%lld of %lld items done; planned %s"),
                              (long long) json_object_get_int_member (o, "done"),
                              (long long) json_object_get_int_member (o, "total"),
                              *planned ? planned : _("not yet"));
  status = ovs_vocab_title_for_code (OVS_TYPE_TRANSFER_STATUS, member_text (o, "status"));
  _ovs_employee_list_add_row (list, status, subtitle);
}

static void
show (AdwPreferencesGroup *group, GtkListBox *list, gboolean visible)
{
  gtk_widget_set_visible (GTK_WIDGET (group), visible);
  if (visible && gtk_widget_get_first_child (GTK_WIDGET (list)) == NULL)
    _ovs_employee_list_add_row (list, _("None recorded"), NULL);
}

/* The group's "Add…" button, for the employee shown and roles that may edit employees. */
static void
set_add_qualification (OvsEmployeeSections *s, OvsStore *store, gint64 id)
{
  GtkWidget *button;

  adw_preferences_group_set_header_suffix (s->qualifications, NULL);
  if (id == 0 || !ovs_store_can (store, OVS_PERM_EDIT_EMPLOYEES))
    return;
  /* A short label, so that the group's title keeps its room beside it; the name says the rest. */
  button = gtk_button_new_with_mnemonic (_("_Add…"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Add a qualification"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add a qualification"), -1);
  g_signal_connect_data (button, "clicked", G_CALLBACK (add_qualification_clicked_cb),
                         qualifications_new (store, id, s->lists[LIST_QUALIFICATIONS], 0),
                         qualifications_closure_notify, 0);
  adw_preferences_group_set_header_suffix (s->qualifications, button);
}

void
_ovs_employee_sections_fill (OvsEmployeeSections *s, OvsStore *store, OvsEmployee *employee)
{
  gint64 id = employee ? ovs_employee_get_id (employee) : 0;
  gboolean health = id != 0 && ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
  gboolean hr = id != 0 && ovs_store_can (store, OVS_PERM_VIEW_HR_SECTIONS);

  for (guint i = 0; i < G_N_ELEMENTS (s->lists); i++)
    _ovs_employee_list_clear (s->lists[i]);
  g_object_set_data (G_OBJECT (s->lists[LIST_QUALIFICATIONS]), "ovs-employee-id", NULL);
  if (health)
    {
      g_autoptr(JsonArray) indications = ovs_employees_list_indications (store, id, NULL);
      g_autoptr(JsonArray) wage_values = ovs_employees_list_wage_values (store, id, NULL);

      fill_indications (s->lists[LIST_INDICATIONS], indications);
      fill_wage_values (s->lists[LIST_WAGE_VALUES], wage_values);
    }
  if (id != 0)
    {
      g_autoptr(JsonArray) qualifications = ovs_employees_list_qualifications (store, id, NULL);

      fill_qualifications (s->lists[LIST_QUALIFICATIONS], qualifications, store, id);
    }
  if (hr)
    {
      g_autoptr(JsonArray) placements = ovs_placements_list_json (store, id, NULL);
      g_autoptr(JsonObject) transfer = ovs_transfers_get_json (store, ovs_employee_get_personnel_number (employee),
                                                               NULL);

      fill_placements (s->lists[LIST_PLACEMENTS], placements);
      fill_transfer (s->lists[LIST_TRANSFER], transfer);
    }
  show (s->indications, s->lists[LIST_INDICATIONS], health);
  show (s->wage_values, s->lists[LIST_WAGE_VALUES], health);
  show (s->qualifications, s->lists[LIST_QUALIFICATIONS], id != 0);
  set_add_qualification (s, store, id);
  show (s->placements, s->lists[LIST_PLACEMENTS], hr);
  show (s->transfer, s->lists[LIST_TRANSFER], hr);
  _ovs_employee_wsw_fill (s, store, id);
}

/* ovs-employee-wsw.c — the editor's Wsw sections for health data: re-indication requests at UWV with
 * UWV's decisions, and UWV's advice on sheltered work (nieuw beschut). Only roles that may read
 * health data see them (a team leader never does); core writes each read to the access log. Roles
 * that may also edit employees record a request, a decision or an advice here, with the core's
 * functions that `overstap-cli reindication` and `sheltered-advice` call: one transaction each. */
#include "config.h"

#include <glib/gi18n.h>

#include "employees/ovs-employee-editor-private.h"
#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-section-util.h"
#include <overstap/overstap.h>

/* What a form needs after the editor has moved on to another employee. */
typedef struct
{
  OvsStore   *store;
  gint64      employee_id;
  GtkListBox *requests;
  GtkListBox *advices;
} Wsw;

static void
wsw_clear (gpointer p)
{
  Wsw *w = p;

  g_object_unref (w->store);
  g_object_unref (w->requests);
  g_object_unref (w->advices);
}

static Wsw *
wsw_new (OvsStore *store, gint64 employee_id, OvsEmployeeSections *s)
{
  Wsw *w = g_rc_box_new0 (Wsw);

  w->store = g_object_ref (store);
  w->employee_id = employee_id;
  w->requests = g_object_ref (s->requests);
  w->advices = g_object_ref (s->advices);
  return w;
}

static void
wsw_release (gpointer p)
{
  g_rc_box_release_full (p, wsw_clear);
}

static void
wsw_closure_notify (gpointer data, GClosure *closure)
{
  wsw_release (data);
}

static char *
member_date (JsonObject *object, const char *member)
{
  return ovs_date_iso_to_display (json_object_get_string_member_with_default (object, member, NULL));
}

/* "Aangevraagd 01-09-2023 (op tijd)", then UWV's decision and its date, or that it is awaited. */
static void
add_request_row (GtkListBox *list, JsonObject *o)
{
  g_autofree char *on = member_date (o, "requested_on");
  g_autofree char *decided = member_date (o, "decided_on");
  const char *decision = json_object_get_string_member_with_default (o, "decision", NULL);
  const char *note = json_object_get_string_member_with_default (o, "note", NULL);
  g_autofree char *title = NULL, *subtitle = NULL;

  title = json_object_get_boolean_member (o, "timely")
            /* Translators: a re-indication request at UWV and its date. */
            ? g_strdup_printf (_("Requested on %s"), on)
            : g_strdup_printf (_("Requested on %s (after the deadline)"), on);
  if (decision != NULL)
    /* Translators: UWV's decision and its date, e.g. "Granted on 15-12-2023". */
    subtitle = g_strdup_printf (_("%s on %s"), ovs_vocab_label_for_code (OVS_TYPE_REINDICATION_DECISION, decision),
                                decided);
  else
    subtitle = g_strdup (_("Awaiting UWV's decision"));
  if (note != NULL)
    {
      char *with_note = g_strdup_printf ("%s · %s", subtitle, note);

      g_free (subtitle);
      subtitle = with_note;
    }
  _ovs_employee_list_add_row (list, title, subtitle);
}

static void
add_advice_row (GtkListBox *list, JsonObject *o)
{
  g_autofree char *date = member_date (o, "advice_date");
  g_autofree char *until = member_date (o, "valid_until");
  const char *note = json_object_get_string_member_with_default (o, "note", NULL);
  /* Translators: UWV's advice on sheltered work and the day it was given. */
  g_autofree char *title = g_strdup_printf (_("Advice of %s"), date);
  g_autofree char *valid = *until ? g_strdup_printf (_("valid until %s"), until) : g_strdup (_("no end date"));
  g_autofree char *subtitle = note ? g_strdup_printf ("%s · %s", valid, note) : g_strdup (valid);

  _ovs_employee_list_add_row (list, title, subtitle);
}

/* As `overstap-cli reindications` (13 weeks ahead): when this employee's re-indication is due soon
 * or overdue and not yet requested, a first row says by when. */
#define DUE_WEEKS 13

static void
add_due_row (GtkListBox *list, OvsStore *store, gint64 employee_id)
{
  g_autoptr(JsonArray) due = ovs_employees_reindications (store, DUE_WEEKS, NULL);

  for (guint i = 0; due != NULL && i < json_array_get_length (due); i++)
    {
      JsonObject *o = json_array_get_object_element (due, i);
      gint64 days = json_object_get_int_member (o, "days_left");
      g_autofree char *deadline = member_date (o, "deadline");
      g_autofree char *title = NULL, *subtitle = NULL;

      if (json_object_get_int_member (o, "id") != employee_id ||
          json_object_get_string_member_with_default (o, "requested_on", NULL) != NULL)
        continue;
      /* Translators: the last day to request the re-indication at UWV. */
      title = g_strdup_printf (_("Request the re-indication by %s"), deadline);
      subtitle = days < 0
        ? g_strdup_printf (g_dngettext (NULL, "%d day overdue", "%d days overdue", (gulong) -days), (int) -days)
        : g_strdup_printf (g_dngettext (NULL, "%d day left", "%d days left", (gulong) days), (int) days);
      _ovs_employee_list_add_row (list, title, subtitle);
      if (days < 0)
        gtk_widget_add_css_class (gtk_widget_get_last_child (GTK_WIDGET (list)), "error");
      return;
    }
}

/* Rebuilds both lists from core (which logs the read), unless the editor shows someone else. */
static void
refill (OvsStore *store, gint64 employee_id, GtkListBox *requests, GtkListBox *advices)
{
  g_autoptr(JsonArray) r = NULL;
  g_autoptr(JsonArray) a = NULL;

  if (GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (requests), "ovs-employee-id")) != (gsize) employee_id)
    return;
  _ovs_employee_list_clear (requests);
  _ovs_employee_list_clear (advices);
  add_due_row (requests, store, employee_id);
  r = ovs_wsw_reindication_requests (store, employee_id, NULL);
  a = ovs_wsw_sheltered_advices (store, employee_id, NULL);
  for (guint i = 0; r != NULL && i < json_array_get_length (r); i++)
    add_request_row (requests, json_array_get_object_element (r, i));
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    add_advice_row (advices, json_array_get_object_element (a, i));
  if (gtk_widget_get_first_child (GTK_WIDGET (requests)) == NULL)
    _ovs_employee_list_add_row (requests, _("None recorded"), NULL);
  if (gtk_widget_get_first_child (GTK_WIDGET (advices)) == NULL)
    _ovs_employee_list_add_row (advices, _("None recorded"), NULL);
}

static void
wsw_refill (Wsw *w)
{
  refill (w->store, w->employee_id, w->requests, w->advices);
}

/* --- the forms --- */

static gboolean
request_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  Wsw *w = data;
  g_autofree char *date = ovs_form_dialog_get_date (form, "date");
  g_autofree char *note = g_strdup (ovs_form_dialog_get_text (form, "note"));

  if (ovs_wsw_request_reindication (w->store, w->employee_id, date, note, error) == 0)
    return ovs_form_dialog_mark_field (form, "date"), FALSE;
  wsw_refill (w);
  ovs_section_toast (GTK_WIDGET (w->requests), _("Re-indication request recorded"));
  return TRUE;
}

static void
request_clicked_cb (GtkButton *button, Wsw *w)
{
  g_autofree char *today = ovs_date_today_iso ();
  OvsFormDialog *form;

  form = ovs_form_dialog_new (GTK_WIDGET (button), _("Re-indication Requested"),
                              _("The day the re-indication was requested at UWV: 16 weeks before the "
                                "indication ends at the latest."), _("_Record"));
  ovs_form_dialog_add_date (form, "date", _("Requested on (dd-mm-jjjj)"), today, TRUE);
  ovs_form_dialog_add_entry (form, "note", _("Note (optional)"), NULL);
  ovs_form_dialog_set_submit (form, request_submit, g_rc_box_acquire (w), wsw_release);
  gtk_window_present (GTK_WINDOW (form));
}

static gboolean
decision_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  Wsw *w = data;
  g_autofree char *date = ovs_form_dialog_get_date (form, "date");
  g_autofree char *until = ovs_form_dialog_get_date (form, "until");
  const char *decision = ovs_form_dialog_get_code (form, "decision");
  const char *category = ovs_form_dialog_get_code (form, "category");

  GtkWidget *editor = gtk_widget_get_ancestor (GTK_WIDGET (w->requests), OVS_TYPE_EMPLOYEE_EDITOR);

  if (!ovs_wsw_decide_reindication (w->store, w->employee_id, decision, date, category, until, error))
    return ovs_form_dialog_mark_field (form, "date"), FALSE;
  /* A granted re-indication is the new current indication: the form and its history show it. */
  if (editor != NULL && ovs_employee_editor_get_employee_id (OVS_EMPLOYEE_EDITOR (editor)) == w->employee_id)
    _ovs_employee_editor_reload (OVS_EMPLOYEE_EDITOR (editor));
  else
    wsw_refill (w);
  ovs_section_toast (GTK_WIDGET (w->requests), _("UWV's decision recorded"));
  return TRUE;
}

static void
decision_clicked_cb (GtkButton *button, Wsw *w)
{
  g_autofree char *today = ovs_date_today_iso ();
  OvsFormDialog *form;

  form = ovs_form_dialog_new (GTK_WIDGET (button), _("UWV's Decision"),
                              _("UWV's decision on the open request. A granted re-indication becomes the "
                                "new indication from the decision's date."), _("_Record"));
  ovs_form_dialog_add_codes (form, "decision", _("Decision"), OVS_TYPE_REINDICATION_DECISION);
  ovs_form_dialog_add_date (form, "date", _("Decided on (dd-mm-jjjj)"), today, TRUE);
  ovs_form_dialog_add_codes (form, "category", _("New indication (when granted)"), OVS_TYPE_INDICATION_CATEGORY);
  ovs_form_dialog_add_date (form, "until", _("New indication valid until (optional)"), NULL, FALSE);
  ovs_form_dialog_set_submit (form, decision_submit, g_rc_box_acquire (w), wsw_release);
  gtk_window_present (GTK_WINDOW (form));
}

static gboolean
advice_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  Wsw *w = data;
  g_autofree char *date = ovs_form_dialog_get_date (form, "date");
  g_autofree char *until = ovs_form_dialog_get_date (form, "until");
  g_autofree char *note = g_strdup (ovs_form_dialog_get_text (form, "note"));

  if (ovs_wsw_add_sheltered_advice (w->store, w->employee_id, date, until, note, error) == 0)
    return ovs_form_dialog_mark_field (form, "until"), FALSE;
  wsw_refill (w);
  ovs_section_toast (GTK_WIDGET (w->advices), _("Advice on sheltered work recorded"));
  return TRUE;
}

static void
advice_clicked_cb (GtkButton *button, Wsw *w)
{
  OvsFormDialog *form;

  form = ovs_form_dialog_new (GTK_WIDGET (button), _("Advice on Sheltered Work"),
                              _("UWV's advice that this employee needs a sheltered workplace (nieuw beschut)."),
                              _("_Record"));
  ovs_form_dialog_add_date (form, "date", _("Advice given on (dd-mm-jjjj)"), NULL, TRUE);
  ovs_form_dialog_add_date (form, "until", _("Valid until (optional)"), NULL, FALSE);
  ovs_form_dialog_add_entry (form, "note", _("Note (optional)"), NULL);
  ovs_form_dialog_set_submit (form, advice_submit, g_rc_box_acquire (w), wsw_release);
  gtk_window_present (GTK_WINDOW (form));
}

/* A flat header button with a short label; its accessible name and tooltip say the rest. */
static GtkWidget *
header_button (const char *label, const char *name, GCallback clicked, Wsw *w)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect_data (button, "clicked", clicked, g_rc_box_acquire (w), wsw_closure_notify, 0);
  return button;
}

static void
set_buttons (OvsEmployeeSections *s, OvsStore *store, gint64 id)
{
  GtkWidget *box;
  Wsw *w;

  adw_preferences_group_set_header_suffix (s->reindications, NULL);
  adw_preferences_group_set_header_suffix (s->advice, NULL);
  if (id == 0 || !ovs_store_can (store, OVS_PERM_EDIT_EMPLOYEES))
    return;
  w = wsw_new (store, id, s);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (box), header_button (_("_Request…"), _("Record a re-indication request"),
                                                G_CALLBACK (request_clicked_cb), w));
  gtk_box_append (GTK_BOX (box), header_button (_("_Decision…"), _("Record UWV's decision"),
                                                G_CALLBACK (decision_clicked_cb), w));
  adw_preferences_group_set_header_suffix (s->reindications, box);
  adw_preferences_group_set_header_suffix (s->advice,
                                           header_button (_("_Add…"), _("Record an advice on sheltered work"),
                                                          G_CALLBACK (advice_clicked_cb), w));
  wsw_release (w);
}

void
_ovs_employee_wsw_fill (OvsEmployeeSections *s, OvsStore *store, gint64 id)
{
  gboolean health = id != 0 && ovs_store_can (store, OVS_PERM_VIEW_HEALTH);

  _ovs_employee_list_clear (s->requests);
  _ovs_employee_list_clear (s->advices);
  g_object_set_data (G_OBJECT (s->requests), "ovs-employee-id", GSIZE_TO_POINTER ((gsize) (health ? id : 0)));
  gtk_widget_set_visible (GTK_WIDGET (s->reindications), health);
  gtk_widget_set_visible (GTK_WIDGET (s->advice), health);
  set_buttons (s, store, health ? id : 0);
  if (health)
    refill (store, id, s->requests, s->advices);
}

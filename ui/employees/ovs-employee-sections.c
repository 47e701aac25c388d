/* ovs-employee-sections.c — the editor's read-only sections: indication history, loonwaarde
 * measurements, qualifications, placements and the transfer case. A handful of rows per employee,
 * rebuilt when another employee is shown; each section only for roles that may read it. */
#include "config.h"

#include <glib/gi18n.h>

#include "employees/ovs-employee-editor-private.h"
#include <overstap/overstap.h>

enum { LIST_INDICATIONS, LIST_WAGE_VALUES, LIST_QUALIFICATIONS, LIST_PLACEMENTS, LIST_TRANSFER };

void
_ovs_employee_sections_init (OvsEmployeeSections *s)
{
  AdwPreferencesGroup *groups[] = { s->indications, s->wage_values, s->qualifications, s->placements, s->transfer };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      s->lists[i] = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_list_box_set_selection_mode (s->lists[i], GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (s->lists[i]), "boxed-list");
      adw_preferences_group_add (groups[i], GTK_WIDGET (s->lists[i]));
    }
}

static void
clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_row (GtkListBox *list, const char *title, const char *subtitle)
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

      add_row (list, title, subtitle);
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

      add_row (list, title, subtitle);
    }
}

static void
fill_qualifications (GtkListBox *list, JsonArray *rows)
{
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
      add_row (list, title, subtitle);
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

      add_row (list, title, subtitle);
    }
}

static void
fill_transfer (GtkListBox *list, JsonObject *o)
{
  g_autofree char *planned = NULL, *subtitle = NULL, *status = NULL;

  if (o == NULL)
    {
      add_row (list, _("No transfer case"), NULL);
      return;
    }
  planned = member_date (o, "planned_date");
  /* Translators: the transfer checklist's progress and the planned date, e.g. "4 of 9 items done; planned 01-01-2015". */
  subtitle = g_strdup_printf (_("%lld of %lld items done; planned %s"),
                              (long long) json_object_get_int_member (o, "done"),
                              (long long) json_object_get_int_member (o, "total"),
                              *planned ? planned : _("not yet"));
  status = ovs_vocab_title_for_code (OVS_TYPE_TRANSFER_STATUS, member_text (o, "status"));
  add_row (list, status, subtitle);
}

static void
show (AdwPreferencesGroup *group, GtkListBox *list, gboolean visible)
{
  gtk_widget_set_visible (GTK_WIDGET (group), visible);
  if (visible && gtk_widget_get_first_child (GTK_WIDGET (list)) == NULL)
    add_row (list, _("None recorded"), NULL);
}

void
_ovs_employee_sections_fill (OvsEmployeeSections *s, OvsStore *store, OvsEmployee *employee)
{
  gint64 id = employee ? ovs_employee_get_id (employee) : 0;
  gboolean health = id != 0 && ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
  gboolean hr = id != 0 && ovs_store_can (store, OVS_PERM_VIEW_HR_SECTIONS);

  for (guint i = 0; i < G_N_ELEMENTS (s->lists); i++)
    clear (s->lists[i]);
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

      fill_qualifications (s->lists[LIST_QUALIFICATIONS], qualifications);
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
  show (s->placements, s->lists[LIST_PLACEMENTS], hr);
  show (s->transfer, s->lists[LIST_TRANSFER], hr);
}

/* ovs-crews-page.c — the Ploegen section: ovs_crews_list() beside the selected crew's
 * ovs_crew_memberships_list() (its whole history) in an OvsListDetail, refreshed on the store's
 * ::changed. Whether the user may change a crew's members is the core's to say
 * (ovs_store_can_edit_crew()). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "widgets/ovs-columns.h"
#include "crews/ovs-crew-forms.h"
#include "crews/ovs-crews-page.h"
#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-list-detail.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-wrap-box.h"
#include "widgets/ovs-undo-toast.h"

struct _OvsCrewsPage
{
  OvsSectionPage      parent_instance;

  char               *today;
  OvsNameIndex       *names;

  /* template */
  OvsListDetail      *list_detail;
  GListStore         *crews;
  GListStore         *members;
  GtkCustomFilter    *member_filter;
  GtkColumnView      *crew_view;
  GtkSingleSelection *crew_selection;
  GtkLabel           *crew_title;
  GtkLabel           *crew_details;
  GtkLabel           *pattern_label;
  GtkWidget          *new_crew_button;
  GtkWidget          *pattern_button;
  GtkWidget          *exdates_button;
  GtkWidget          *change_button;
  GtkCheckButton     *current_check;
  GtkWidget          *add_button;
  GtkWidget          *end_button;
  GtkWidget          *role_button;
  GtkStack           *member_stack;
  AdwStatusPage      *member_message;
  GtkColumnView      *member_view;
  GtkSingleSelection *member_selection;
};

G_DEFINE_FINAL_TYPE (OvsCrewsPage, ovs_crews_page, OVS_TYPE_SECTION_PAGE)

static const char * const watched[] = { "crew", "crew_membership", "employee", "shift_pattern", NULL };

static OvsCrew *
selected_crew (OvsCrewsPage *self)
{
  return gtk_single_selection_get_selected_item (self->crew_selection);
}

static OvsCrewMembership *
selected_member (OvsCrewsPage *self)
{
  return gtk_single_selection_get_selected_item (self->member_selection);
}

static gboolean
member_filter_func (gpointer item, gpointer data)
{
  OvsCrewsPage *self = data;
  const char *end = ovs_crew_membership_get_end_date (item);
  const char *start = ovs_crew_membership_get_start_date (item);

  if (!gtk_check_button_get_active (self->current_check))
    return TRUE;
  return strcmp (start, self->today) <= 0 && (end == NULL || strcmp (end, self->today) >= 0);
}

static void
member_filter_changed_cb (OvsCrewsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->member_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
update_actions (OvsCrewsPage *self)
{
  OvsCrew *crew = selected_crew (self);
  OvsCrewMembership *member = selected_member (self);
  OvsStore *store = ovs_section_page_get_store (OVS_SECTION_PAGE (self));
  gboolean can_edit = crew != NULL && ovs_store_can_edit_crew (store, ovs_crew_get_id (crew));
  const char *end = member ? ovs_crew_membership_get_end_date (member) : NULL;

  gboolean running = crew != NULL && ovs_crew_get_ended_on (crew) == NULL;
  gboolean can_add = ovs_section_page_get_can_add (OVS_SECTION_PAGE (self));

  gtk_widget_set_visible (self->add_button, can_edit);
  gtk_widget_set_visible (self->end_button, can_edit);
  gtk_widget_set_visible (self->role_button, can_edit);
  gtk_widget_set_visible (self->pattern_button, can_edit);
  gtk_widget_set_visible (self->exdates_button, can_edit);
  gtk_widget_set_visible (self->change_button, can_edit);
  gtk_widget_set_visible (self->new_crew_button, can_add);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", can_add);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-member", can_edit && running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-pattern", can_edit && running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-exdates", can_edit && running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.change-crew", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.end",
                                 can_edit && member != NULL && (end == NULL || strcmp (end, self->today) >= 0));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.change-role",
                                 can_edit && running && member != NULL && (end == NULL || strcmp (end, self->today) >= 0));
}

static void
show_crew_header (OvsCrewsPage *self, OvsCrew *crew)
{
  g_autofree char *details = NULL;
  const char *leader = crew ? ovs_crew_get_team_leader (crew) : NULL;
  const char *area = crew ? ovs_crew_get_area (crew) : NULL;
  const char *vehicle = crew ? ovs_crew_get_vehicle (crew) : NULL;

  gtk_label_set_text (self->crew_title, crew ? ovs_crew_get_name (crew) : _("No crew selected"));
  if (crew == NULL)
    {
      gtk_label_set_text (self->crew_details, "");
      return;
    }
  /* Translators: a crew's details: its team leader, work area, vehicle and minimum size. */
  details = g_strdup_printf (_("Team leader: %s · Area: %s · Vehicle: %s · At least %d people a day"),
                             leader ? leader : _("none"), area ? area : _("none"), vehicle ? vehicle : _("none"),
                             ovs_crew_get_min_size (crew));
  gtk_label_set_text (self->crew_details, details);
}

/* One line per pattern: its days, hours and, if it names them, whom it is for. */
static void
show_patterns (OvsCrewsPage *self, OvsCrew *crew)
{
  g_autoptr(JsonArray) patterns = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (crew != NULL)
    patterns = ovs_pattern_list (ovs_section_page_get_store (OVS_SECTION_PAGE (self)), ovs_crew_get_id (crew), NULL);
  for (guint i = 0; patterns != NULL && i < json_array_get_length (patterns); i++)
    {
      JsonObject *p = json_array_get_object_element (patterns, i);
      g_autofree char *days = ovs_crew_forms_days_label (json_object_get_string_member (p, "days"));
      g_autofree char *from = ovs_date_iso_to_display (json_object_get_string_member (p, "valid_from"));
      JsonArray *members = json_object_get_array_member (p, "members");

      /* Translators: a crew's pattern: days, start and end time, break in minutes, first day. */
      g_string_append (text, "• ");
      g_string_append_printf (text, _("%s %s–%s (break %d min.), from %s"), days,
                              json_object_get_string_member (p, "start_time"),
                              json_object_get_string_member (p, "end_time"),
                              (int) json_object_get_int_member (p, "break_minutes"), from);
      if (members != NULL && json_array_get_length (members) > 0)
        {
          g_string_append (text, _(", for "));
          for (guint m = 0; m < json_array_get_length (members); m++)
            g_string_append_printf (text, "%s%s", m ? ", " : "",
                                    json_object_get_string_member (json_array_get_object_element (members, m), "name"));
        }
      g_string_append_c (text, '\n');
    }
  if (text->len > 0)
    g_string_truncate (text, text->len - 1);
  else if (crew != NULL)
    g_string_assign (text, _("No patterns yet: add the days and hours this crew works with ‘Add Pattern’."));
  gtk_label_set_text (self->pattern_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->pattern_label), crew != NULL);
}

static void
load_members (OvsCrewsPage *self)
{
  OvsCrew *crew = selected_crew (self);
  gint64 selected = ovs_section_selected_id (self->member_selection);
  g_autoptr(GError) error = NULL;
  GListStore *fresh = NULL;

  show_crew_header (self, crew);
  show_patterns (self, crew);
  if (crew != NULL)
    fresh = ovs_crew_memberships_list (ovs_section_page_get_store (OVS_SECTION_PAGE (self)), ovs_crew_get_id (crew),
                                       NULL, &error);
  ovs_section_replace_items (self->members, fresh);
  ovs_section_select_id (self->member_selection, selected);
  if (crew != NULL && error != NULL)
    {
      /* A team leader sees the members of their own crews only. */
      adw_status_page_set_title (self->member_message, _("Members not shown"));
      adw_status_page_set_description (self->member_message,
                                       g_error_matches (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED)
                                       ? _("Only this crew's team leader, HR and the programme lead see its members.")
                                       : error->message);
    }
  gtk_stack_set_visible_child_name (self->member_stack, crew != NULL && error != NULL ? "message" : "list");
  update_actions (self);
}

static void
crew_selected_cb (OvsCrewsPage *self)
{
  load_members (self);
}

static void
member_selected_cb (OvsCrewsPage *self)
{
  update_actions (self);
}

static void
ovs_crews_page_refresh (OvsSectionPage *page)
{
  OvsCrewsPage *self = OVS_CREWS_PAGE (page);
  OvsStore *store = ovs_section_page_get_store (page);
  g_autoptr(GError) error = NULL;
  gint64 selected = ovs_section_selected_id (self->crew_selection);
  GListStore *fresh;

  g_free (self->today);
  self->today = ovs_date_today_iso ();
  ovs_name_index_update (self->names, store);
  if ((fresh = ovs_crews_list (store, NULL, &error)) == NULL)
    ovs_section_toast (GTK_WIDGET (self), error->message);
  ovs_section_replace_items (self->crews, fresh);
  ovs_section_select_id (self->crew_selection, selected);
  /* Side by side, a crew's members always show: the first crew's until the user picks another. */
  ovs_list_detail_pick_first (self->list_detail);
  member_filter_changed_cb (self);
  load_members (self);
}

/* --- the forms --- */

static gboolean
add_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsCrewsPage *self = data;
  OvsStore *store = ovs_section_page_get_store (OVS_SECTION_PAGE (self));
  OvsCrew *crew = selected_crew (self);
  const char *role = ovs_form_dialog_get_code (form, "role");
  g_autofree char *start = NULL, *end = NULL;
  gint64 employee, id;

  if (crew == NULL)
    return TRUE;
  if ((employee = ovs_section_find_employee (store, ovs_form_dialog_get_text (form, "employee"), error)) == 0)
    return ovs_form_dialog_mark_field (form, "employee"), FALSE;
  if (!ovs_section_parse_date (ovs_form_dialog_get_text (form, "start"), _("Start date"), &start, error))
    return ovs_form_dialog_mark_field (form, "start"), FALSE;
  if (!ovs_section_parse_date (ovs_form_dialog_get_text (form, "end"), _("End date"), &end, error))
    return ovs_form_dialog_mark_field (form, "end"), FALSE;
  if ((id = ovs_crew_memberships_add (store, ovs_crew_get_id (crew), employee, role, start, end, error)) == 0)
    return FALSE;
  ovs_section_page_refresh (OVS_SECTION_PAGE (self));
  ovs_section_select_id (self->member_selection, id);
  ovs_undo_toast_show (GTK_WIDGET (self), store, "crew_membership", id, _("Member added"));
  return TRUE;
}

static void
new_action (GtkWidget *widget, const char *name, GVariant *param)
{
  ovs_crew_forms_edit_crew (widget, ovs_section_page_get_store (OVS_SECTION_PAGE (widget)), NULL);
}

static void
change_crew_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsCrew *crew = selected_crew (OVS_CREWS_PAGE (widget));

  if (crew != NULL)
    ovs_crew_forms_edit_crew (widget, ovs_section_page_get_store (OVS_SECTION_PAGE (widget)), crew);
}

static void
add_pattern_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsCrew *crew = selected_crew (OVS_CREWS_PAGE (widget));

  if (crew != NULL)
    ovs_crew_forms_add_pattern (widget, ovs_section_page_get_store (OVS_SECTION_PAGE (widget)), crew);
}

static void
add_exdates_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsCrew *crew = selected_crew (OVS_CREWS_PAGE (widget));

  if (crew != NULL)
    ovs_crew_forms_add_exdates (widget, ovs_section_page_get_store (OVS_SECTION_PAGE (widget)), crew);
}

static void
add_member_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsCrewsPage *self = OVS_CREWS_PAGE (widget);
  OvsCrew *crew = selected_crew (self);
  g_autofree char *today = ovs_date_iso_to_display (self->today);
  g_autofree char *title = NULL;
  OvsFormDialog *form;

  if (crew == NULL)
    return;
  /* Translators: the title of the form that adds a member to crew %s. */
  title = g_strdup_printf (_("New Member of %s"), ovs_crew_get_name (crew));
  form = ovs_form_dialog_new (widget, title, _("An employee is in one crew at a time."), _("_Add"));
  ovs_form_dialog_add_entry (form, "employee", _("Employee (personnel number or name)"), NULL);
  ovs_form_dialog_add_codes (form, "role", _("Role"), OVS_TYPE_CREW_ROLE);
  ovs_form_dialog_add_entry (form, "start", _("Start date (dd-mm-jjjj)"), today);
  ovs_form_dialog_add_entry (form, "end", _("End date (optional)"), NULL);
  ovs_form_dialog_set_submit (form, add_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static gboolean
end_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsCrewsPage *self = data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "ovs-membership-id"));
  g_autofree char *end = NULL;

  if (!ovs_section_parse_date (ovs_form_dialog_get_text (form, "end"), _("End date"), &end, error) ||
      !ovs_crew_memberships_end (ovs_section_page_get_store (OVS_SECTION_PAGE (self)), id, end, error))
    return ovs_form_dialog_mark_field (form, "end"), FALSE;
  ovs_section_page_refresh (OVS_SECTION_PAGE (self));
  ovs_section_toast (GTK_WIDGET (self), _("Membership ended"));
  return TRUE;
}

static void
end_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsCrewsPage *self = OVS_CREWS_PAGE (widget);
  OvsCrewMembership *member = selected_member (self);
  g_autofree char *today = ovs_date_iso_to_display (self->today);
  g_autofree char *description = NULL;
  OvsFormDialog *form;

  if (member == NULL)
    return;
  /* Translators: ending employee %s's membership of crew %s. */
  description = g_strdup_printf (_("%s leaves %s on the date below."),
                                 ovs_name_index_lookup (self->names, ovs_crew_membership_get_employee_id (member)),
                                 ovs_crew_membership_get_crew (member));
  form = ovs_form_dialog_new (widget, _("End Membership"), description, _("_End"));
  ovs_form_dialog_add_entry (form, "end", _("End date (dd-mm-jjjj)"), today);
  g_object_set_data (G_OBJECT (form), "ovs-membership-id",
                     GSIZE_TO_POINTER (ovs_crew_membership_get_id (member)));
  ovs_form_dialog_set_submit (form, end_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

/* A new role from a date: the running membership ends the day before and a new one, with the
 * role, takes over until the old end — in one transaction, with the same core functions as
 * `overstap-cli membership end` and `membership add`, so the history keeps who had which role. */
static gboolean
role_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsCrewsPage *self = data;
  OvsStore *store = ovs_section_page_get_store (OVS_SECTION_PAGE (self));
  OvsCrewMembership *member = selected_member (self);
  g_autofree char *from = ovs_form_dialog_get_date (form, "from");
  g_autofree char *before = NULL;
  gint64 id;

  if (member == NULL || from == NULL)
    return ovs_form_dialog_mark_field (form, "from"), FALSE;
  if (strcmp (from, ovs_crew_membership_get_start_date (member)) <= 0)
    {
      g_autofree char *start = ovs_date_iso_to_display (ovs_crew_membership_get_start_date (member));

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   /* Translators: %s is the date the membership started. */
                   _("The new role starts after the membership began (%s)."), start);
      return ovs_form_dialog_mark_field (form, "from"), FALSE;
    }
  before = ovs_date_iso_add_days (from, -1);
  if (!ovs_store_begin (store, error))
    return FALSE;
  if (!ovs_crew_memberships_end (store, ovs_crew_membership_get_id (member), before, error) ||
      (id = ovs_crew_memberships_add (store, ovs_crew_membership_get_crew_id (member),
                                      ovs_crew_membership_get_employee_id (member),
                                      ovs_form_dialog_get_code (form, "role"), from,
                                      ovs_crew_membership_get_end_date (member), error)) == 0 ||
      !ovs_store_commit (store, error))
    {
      ovs_store_rollback (store);
      return ovs_form_dialog_mark_field (form, "from"), FALSE;
    }
  ovs_section_page_refresh (OVS_SECTION_PAGE (self));
  ovs_section_select_id (self->member_selection, id);
  ovs_section_toast (GTK_WIDGET (self), _("Role changed"));
  return TRUE;
}

static void
change_role_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsCrewsPage *self = OVS_CREWS_PAGE (widget);
  OvsCrewMembership *member = selected_member (self);
  g_autofree char *description = NULL;
  OvsFormDialog *form;

  if (member == NULL)
    return;
  /* Translators: changing employee %s's role in crew %s. */
  description = g_strdup_printf (_("%s has the new role in %s from the date below; the history keeps the old one."),
                                 ovs_name_index_lookup (self->names, ovs_crew_membership_get_employee_id (member)),
                                 ovs_crew_membership_get_crew (member));
  form = ovs_form_dialog_new (widget, _("Change Role"), description, _("_Change"));
  ovs_form_dialog_add_codes (form, "role", _("Role"), OVS_TYPE_CREW_ROLE);
  ovs_form_dialog_add_date (form, "from", _("From (dd-mm-jjjj)"), self->today, TRUE);
  ovs_form_dialog_set_submit (form, role_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

/* --- construction --- */

static void
add_columns (OvsCrewsPage *self)
{
  GtkColumnView *crews = self->crew_view, *members = self->member_view;
  GtkColumnViewColumn *name, *start;

  name = ovs_column_add (crews, _("Crew"), OVS_TYPE_CREW, "name", OVS_CELL_TEXT);
  gtk_column_view_column_set_expand (name, TRUE);
  gtk_column_view_column_set_expand (ovs_column_add (crews, _("Team leader"), OVS_TYPE_CREW, "team-leader",
                                                     OVS_CELL_TEXT), TRUE);
  ovs_column_add (crews, _("Area"), OVS_TYPE_CREW, "area", OVS_CELL_TEXT);
  gtk_column_view_column_set_expand (ovs_column_add (crews, _("Vehicle"), OVS_TYPE_CREW, "vehicle", OVS_CELL_TEXT),
                                     TRUE);
  ovs_column_add (crews, _("Minimum"), OVS_TYPE_CREW, "min-size", OVS_CELL_INT);
  ovs_column_add (crews, _("Members"), OVS_TYPE_CREW, "member-count", OVS_CELL_INT);
  ovs_column_add (crews, _("Ended on"), OVS_TYPE_CREW, "ended-on", OVS_CELL_DATE);
  gtk_column_view_sort_by_column (crews, name, GTK_SORT_ASCENDING);

  ovs_column_add_employee (members, _("Name"), OVS_TYPE_CREW_MEMBERSHIP, self->names);
  ovs_column_add (members, _("Pers. no."), OVS_TYPE_CREW_MEMBERSHIP, "personnel-number", OVS_CELL_TEXT);
  ovs_column_add_code (members, _("Role"), OVS_TYPE_CREW_MEMBERSHIP, "role", OVS_TYPE_CREW_ROLE);
  start = ovs_column_add (members, _("Start"), OVS_TYPE_CREW_MEMBERSHIP, "start-date", OVS_CELL_DATE);
  ovs_column_add (members, _("End"), OVS_TYPE_CREW_MEMBERSHIP, "end-date", OVS_CELL_DATE);
  gtk_column_view_sort_by_column (members, start, GTK_SORT_DESCENDING);
}

/* Who may make crews sees ‘New Crew’ (Ctrl+N), in the empty state too; the others who may. */
static void
ovs_crews_page_setup (OvsSectionPage *page, OvsStore *store)
{
  ovs_section_page_set_can_add (page, ovs_store_can (store, OVS_PERM_EDIT_CREWS));
}

static void
ovs_crews_page_dispose (GObject *object)
{
  OvsCrewsPage *self = OVS_CREWS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_CREWS_PAGE);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->names, ovs_name_index_free);
  G_OBJECT_CLASS (ovs_crews_page_parent_class)->dispose (object);
}

static void
ovs_crews_page_class_init (OvsCrewsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_crews_page_dispose;
  page_class->entities = watched;
  page_class->setup = ovs_crews_page_setup;
  page_class->refresh = ovs_crews_page_refresh;

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.change-crew", NULL, change_crew_action);
  gtk_widget_class_install_action (widget_class, "page.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "page.add-pattern", NULL, add_pattern_action);
  gtk_widget_class_install_action (widget_class, "page.add-exdates", NULL, add_exdates_action);
  gtk_widget_class_install_action (widget_class, "page.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "page.change-role", NULL, change_role_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-crews-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, list_detail);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, crews);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, members);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, member_filter);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, crew_view);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, crew_selection);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, crew_title);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, crew_details);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, pattern_label);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, new_crew_button);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, pattern_button);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, exdates_button);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, change_button);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, current_check);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, end_button);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, role_button);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, member_stack);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, member_message);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, member_view);
  gtk_widget_class_bind_template_child (widget_class, OvsCrewsPage, member_selection);
  gtk_widget_class_bind_template_callback (widget_class, crew_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_filter_changed_cb);
}

static void
ovs_crews_page_init (OvsCrewsPage *self)
{
  g_type_ensure (OVS_TYPE_CREW);
  g_type_ensure (OVS_TYPE_CREW_MEMBERSHIP);
  g_type_ensure (OVS_TYPE_LIST_DETAIL);
  g_type_ensure (OVS_TYPE_WRAP_BOX);
  self->today = ovs_date_today_iso ();
  self->names = ovs_name_index_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_custom_filter_set_filter_func (self->member_filter, member_filter_func, self, NULL);
  add_columns (self);
}

GtkWidget *
ovs_crews_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_CREWS_PAGE, "store", store, NULL);
}

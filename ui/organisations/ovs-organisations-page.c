/* ovs-organisations-page.c — the Organisaties section: ovs_organisations_list() in a column view,
 * refreshed on the store's ::changed; a new organisation and ending one go through the same core
 * functions as overstap-cli organisation add|end. Whether the user may is the core's to say
 * (OVS_PERM_EDIT_ORGANISATIONS). */
#include "config.h"

#include <glib/gi18n.h>

#include "organisations/ovs-organisations-page.h"
#include "widgets/ovs-columns.h"
#include "widgets/ovs-conflict-dialog.h"
#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-wrap-box.h"
#include "widgets/ovs-undo-toast.h"

/* An organisation ended, with the version it started from: kept when someone else saved the
 * organisation first, to end it over their change if the person chooses so. */
typedef struct
{
  char   *name;
  char   *end;
  gint64  version;
} EndChange;

static void
end_change_free (EndChange *change)
{
  g_free (change->name);
  g_free (change->end);
  g_free (change);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EndChange, end_change_free)

struct _OvsOrganisationsPage
{
  OvsSectionPage      parent_instance;

  /* template */
  GListStore         *organisations;
  GtkWidget          *new_button;
  GtkWidget          *end_button;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;

  EndChange          *pending;   /* refused because someone else saved the organisation first */
};

G_DEFINE_FINAL_TYPE (OvsOrganisationsPage, ovs_organisations_page, OVS_TYPE_SECTION_PAGE)

static const char * const watched[] = { "organisation", NULL };

static OvsOrganisation *
selected (OvsOrganisationsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
selection_changed_cb (OvsOrganisationsPage *self)
{
  gboolean can_edit = ovs_section_page_get_can_add (OVS_SECTION_PAGE (self));
  OvsOrganisation *org = selected (self);

  gtk_widget_set_visible (self->new_button, can_edit);
  gtk_widget_set_visible (self->end_button, can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.end",
                                 can_edit && org != NULL && ovs_organisation_get_ended_on (org) == NULL);
}

static void
ovs_organisations_page_refresh (OvsSectionPage *page)
{
  OvsOrganisationsPage *self = OVS_ORGANISATIONS_PAGE (page);
  g_autoptr(GError) error = NULL;
  gint64 id = ovs_section_selected_id (self->selection);
  GListStore *fresh;

  if ((fresh = ovs_organisations_list (ovs_section_page_get_store (page), &error)) == NULL)
    ovs_section_toast (GTK_WIDGET (self), error->message);
  ovs_section_replace_items (self->organisations, fresh);
  ovs_section_select_id (self->selection, id);
  selection_changed_cb (self);
}

static gboolean
check_name (const char *text, GError **error)
{
  if (text != NULL)
    return TRUE;
  g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("Fill in the name."));
  return FALSE;
}

static gboolean
new_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsOrganisationsPage *self = data;
  g_autofree char *name = g_strdup (ovs_form_dialog_get_text (form, "name"));
  gint64 id;

  if ((id = ovs_organisations_add (ovs_section_page_get_store (OVS_SECTION_PAGE (self)), name,
                                   ovs_form_dialog_get_code (form, "kind"), error)) == 0)
    return ovs_form_dialog_mark_field (form, "name"), FALSE;
  ovs_section_page_refresh (OVS_SECTION_PAGE (self));
  ovs_section_select_id (self->selection, id);
  ovs_undo_toast_show (GTK_WIDGET (self), ovs_section_page_get_store (OVS_SECTION_PAGE (self)), "organisation", id,
                       _("Organisation added"));
  return TRUE;
}

static void
new_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsFormDialog *form = ovs_form_dialog_new (widget, _("New Organisation"),
                                             _("An employer of the employees (a sheltered-work company, the "
                                               "municipality, the foundation) or a hirer that places them."),
                                             _("_Add"));

  ovs_form_dialog_add_entry (form, "name", _("Name"), NULL);
  ovs_form_dialog_set_check (form, "name", check_name);
  ovs_form_dialog_add_codes (form, "kind", _("Kind"), OVS_TYPE_ORGANISATION_KIND);
  ovs_form_dialog_set_submit (form, new_submit, g_object_ref (widget), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static gboolean
end_organisation (OvsOrganisationsPage *self, const EndChange *change, GError **error)
{
  return ovs_organisations_end (ovs_section_page_get_store (OVS_SECTION_PAGE (self)), change->name, change->end,
                                change->version, error);
}

static void
conflict_choice_cb (GObject *owner, gboolean apply)
{
  OvsOrganisationsPage *self = OVS_ORGANISATIONS_PAGE (owner);
  g_autoptr(EndChange) change = g_steal_pointer (&self->pending);
  g_autoptr(GError) error = NULL;

  if (change == NULL)
    return;
  if (!apply)
    {
      ovs_section_page_refresh (OVS_SECTION_PAGE (self));
      return;
    }
  /* End it over the other change, on purpose: no version to compare with. */
  change->version = 0;
  ovs_section_toast (GTK_WIDGET (self), end_organisation (self, change, &error) ? _("Organisation ended")
                                                                                : error->message);
}

static gboolean
end_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsOrganisationsPage *self = data;
  g_autoptr(EndChange) change = g_new0 (EndChange, 1);
  g_autoptr(GError) local = NULL;

  change->name = g_strdup (g_object_get_data (G_OBJECT (form), "ovs-name"));
  change->version = *(gint64 *) g_object_get_data (G_OBJECT (form), "ovs-version");
  change->end = ovs_form_dialog_get_date (form, "end");
  if (end_organisation (self, change, &local))
    {
      ovs_section_toast (GTK_WIDGET (self), _("Organisation ended"));
      return TRUE;
    }
  if (!g_error_matches (local, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return ovs_form_dialog_mark_field (form, "end"), FALSE;
    }
  /* The form closes; the conflict dialog asks whether to reload or to end it anyway. */
  g_clear_pointer (&self->pending, end_change_free);
  self->pending = g_steal_pointer (&change);
  ovs_conflict_dialog_present (GTK_WIDGET (self), local, conflict_choice_cb, G_OBJECT (self));
  return TRUE;
}

static void
end_action (GtkWidget *widget, const char *name, GVariant *param)
{
  OvsOrganisation *org = selected (OVS_ORGANISATIONS_PAGE (widget));
  g_autofree char *today = ovs_date_today_iso ();
  g_autofree char *description = NULL;
  OvsFormDialog *form;
  gint64 version;

  if (org == NULL)
    return;
  /* Translators: %s is an organisation; ending it keeps its history. */
  description = g_strdup_printf (_("%s takes nobody new after the date below; its history stays."),
                                 ovs_organisation_get_name (org));
  form = ovs_form_dialog_new (widget, _("End Organisation"), description, _("_End"));
  ovs_form_dialog_add_date (form, "end", _("End date (dd-mm-jjjj)"), today, TRUE);
  /* The organisation the form names, as it is now: ending it after someone else saved it since is a
   * conflict. */
  version = ovs_store_row_version (ovs_section_page_get_store (OVS_SECTION_PAGE (widget)), "organisation",
                                   ovs_organisation_get_id (org), NULL);
  g_object_set_data_full (G_OBJECT (form), "ovs-name", g_strdup (ovs_organisation_get_name (org)), g_free);
  g_object_set_data_full (G_OBJECT (form), "ovs-version", g_memdup2 (&version, sizeof version), g_free);
  ovs_form_dialog_set_submit (form, end_submit, g_object_ref (widget), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static void
add_columns (OvsOrganisationsPage *self)
{
  GtkColumnView *view = self->column_view;
  GtkColumnViewColumn *name = ovs_column_add (view, _("Organisation"), OVS_TYPE_ORGANISATION, "name", OVS_CELL_TEXT);

  gtk_column_view_column_set_expand (name, TRUE);
  ovs_column_add_code (view, _("Kind"), OVS_TYPE_ORGANISATION, "kind", OVS_TYPE_ORGANISATION_KIND);
  ovs_column_add (view, _("Ended on"), OVS_TYPE_ORGANISATION, "ended-on", OVS_CELL_DATE);
  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
}

static void
ovs_organisations_page_setup (OvsSectionPage *page, OvsStore *store)
{
  ovs_section_page_set_can_add (page, ovs_store_can (store, OVS_PERM_EDIT_ORGANISATIONS));
}

static void
ovs_organisations_page_dispose (GObject *object)
{
  g_clear_pointer (&OVS_ORGANISATIONS_PAGE (object)->pending, end_change_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), OVS_TYPE_ORGANISATIONS_PAGE);
  G_OBJECT_CLASS (ovs_organisations_page_parent_class)->dispose (object);
}

static void
ovs_organisations_page_class_init (OvsOrganisationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OvsSectionPageClass *page_class = OVS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = ovs_organisations_page_dispose;
  page_class->entities = watched;
  page_class->setup = ovs_organisations_page_setup;
  page_class->refresh = ovs_organisations_page_refresh;

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.end", NULL, end_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-organisations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsOrganisationsPage, organisations);
  gtk_widget_class_bind_template_child (widget_class, OvsOrganisationsPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, OvsOrganisationsPage, end_button);
  gtk_widget_class_bind_template_child (widget_class, OvsOrganisationsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OvsOrganisationsPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
}

static void
ovs_organisations_page_init (OvsOrganisationsPage *self)
{
  g_type_ensure (OVS_TYPE_ORGANISATION);
  g_type_ensure (OVS_TYPE_WRAP_BOX);
  gtk_widget_init_template (GTK_WIDGET (self));
  add_columns (self);
}

GtkWidget *
ovs_organisations_page_new (OvsStore *store)
{
  return g_object_new (OVS_TYPE_ORGANISATIONS_PAGE, "store", store, NULL);
}

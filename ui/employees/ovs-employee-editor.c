/* ovs-employee-editor.c — the form beside the employee list: load, check, save, undo. */
#include "config.h"

#include <glib/gi18n.h>

#include "employees/ovs-employee-editor-private.h"
#include "widgets/ovs-conflict-dialog.h"

struct _OvsEmployeeEditor
{
  GtkWidget            parent_instance;

  OvsStore            *store;
  OvsEmployee         *employee;   /* shown, or NULL for a new one */
  gboolean             adding;
  gboolean             filling;
  gboolean             dirty;
  OvsEmployeeForm      form;
  OvsEmployeeSections  sections;

  /* What the form showed when it was filled, read as a save reads it: a save sends only the fields
   * that differ from it, so that it keeps what others changed meanwhile in the other fields. */
  OvsEmployeeFields    shown;
  GPtrArray           *shown_strings;

  /* What the last update overwrote and what it wrote, so that it can be put back. */
  gint64               undo_id;
  OvsEmployeeFields   *undo_fields;
  OvsEmployeeFields   *undone_fields;

  /* template */
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkWidget           *save_button;
  GtkRevealer         *banner;
  GtkLabel            *banner_label;
  GtkWidget           *readonly_label;
  AdwPreferencesGroup *person_group;
  AdwPreferencesGroup *indication_group;
  AdwPreferencesGroup *employment_group;
};

G_DEFINE_FINAL_TYPE (OvsEmployeeEditor, ovs_employee_editor, GTK_TYPE_WIDGET)

enum { SAVED, CLOSED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
show_banner (OvsEmployeeEditor *self, const char *message)
{
  gtk_label_set_text (self->banner_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->banner, message != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->banner), message != NULL);
}

static gboolean
can_edit (OvsEmployeeEditor *self)
{
  return self->store != NULL && ovs_store_can (self->store, OVS_PERM_EDIT_EMPLOYEES);
}

static void
update_title (OvsEmployeeEditor *self)
{
  g_autofree char *subtitle = NULL;
  const char *title = "";

  if (self->adding)
    title = _("New employee");
  else if (self->employee != NULL)
    {
      title = ovs_employee_get_text (self->employee, OVS_EMPLOYEE_FULL_NAME);
      /* Translators: under the employee's name in the editor, e.g. "Personnel no. 100084 · Wezo". */
      subtitle = g_strdup_printf (_("Personnel no. %s · %s"), ovs_employee_get_personnel_number (self->employee),
                                  ovs_employee_get_text (self->employee, OVS_EMPLOYEE_EMPLOYER_NAME));
    }
  gtk_label_set_text (self->title_label, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), title);
  gtk_label_set_text (self->subtitle_label, subtitle ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);
}

/* The rows a role without VIEW_PERSONAL (a teamleider) does not get: what a roster does not need. */
static const OvsField personal_fields[] = {
  OVS_FIELD_BIRTH_DATE, OVS_FIELD_RESIDENCE, OVS_FIELD_HOME_MUNICIPALITY, OVS_FIELD_SALARY_SCALE,
  OVS_FIELD_SALARY_STEP, OVS_FIELD_EMPLOYER, OVS_FIELD_EMPLOYMENT_START,
};

/* What each role sees: BSN only with VIEW_BSN, the indication only with VIEW_HEALTH, the personal
 * details only with VIEW_PERSONAL. */
static void
apply_role (OvsEmployeeEditor *self)
{
  gboolean editable = can_edit (self);
  gboolean personal = self->store && ovs_store_can (self->store, OVS_PERM_VIEW_PERSONAL);

  for (guint i = 0; i < G_N_ELEMENTS (personal_fields); i++)
    gtk_widget_set_visible (self->form.fields[personal_fields[i]].row, personal);
  gtk_widget_set_visible (self->form.fields[OVS_FIELD_BSN].row,
                          self->store && ovs_store_can (self->store, OVS_PERM_VIEW_BSN));
  gtk_widget_set_visible (GTK_WIDGET (self->indication_group),
                          self->store && ovs_store_can (self->store, OVS_PERM_VIEW_HEALTH));
  _ovs_employee_form_set_editable (&self->form, editable);
  gtk_widget_set_visible (self->save_button, editable);
  gtk_widget_set_visible (self->readonly_label, !editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", editable);
}

static void
remember_shown (OvsEmployeeEditor *self)
{
  g_clear_pointer (&self->shown_strings, g_ptr_array_unref);
  self->shown = (OvsEmployeeFields) { 0 };
  if (self->employee == NULL || self->adding)
    return;
  self->shown_strings = g_ptr_array_new_with_free_func (g_free);
  _ovs_employee_form_snapshot (&self->form, &self->shown, self->shown_strings);
  self->shown.employment_type = g_strdup (ovs_employee_get_text (self->employee, OVS_EMPLOYEE_EMPLOYMENT_TYPE));
  g_ptr_array_add (self->shown_strings, (char *) self->shown.employment_type);
  /* The version the form shows: a save of a field someone else has changed since is refused, and
   * the conflict dialog below lets the user reload or apply theirs over it. */
  if (self->store != NULL)
    self->shown.version = ovs_store_row_version (self->store, "employee", ovs_employee_get_id (self->employee), NULL);
}

static void
fill (OvsEmployeeEditor *self)
{
  self->filling = TRUE;
  _ovs_employee_form_fill (&self->form, self->employee);
  self->filling = FALSE;
  remember_shown (self);
  self->dirty = FALSE;
  show_banner (self, NULL);
  update_title (self);
  if (self->store != NULL)
    _ovs_employee_sections_fill (&self->sections, self->store, self->employee);
}

void
ovs_employee_editor_load (OvsEmployeeEditor *self, OvsEmployee *employee)
{
  gboolean same;

  g_return_if_fail (OVS_IS_EMPLOYEE_EDITOR (self));

  same = employee != NULL && self->employee != NULL && !self->adding &&
         ovs_employee_get_id (employee) == ovs_employee_get_id (self->employee);
  g_set_object (&self->employee, employee);
  self->adding = FALSE;
  /* A refresh of the list hands over a new row for the same person: keep what is being typed. */
  if (same && self->dirty)
    {
      update_title (self);
      _ovs_employee_sections_fill (&self->sections, self->store, self->employee);
      return;
    }
  fill (self);
}

void
ovs_employee_editor_new_employee (OvsEmployeeEditor *self)
{
  g_return_if_fail (OVS_IS_EMPLOYEE_EDITOR (self));

  g_clear_object (&self->employee);
  self->adding = TRUE;
  /* Organisations may have been added since the editor was made (after "Leeg beginnen", first). */
  if (self->store != NULL)
    _ovs_employee_form_set_employers (&self->form, self->store);
  fill (self);
}

gint64
ovs_employee_editor_get_employee_id (OvsEmployeeEditor *self)
{
  g_return_val_if_fail (OVS_IS_EMPLOYEE_EDITOR (self), 0);
  return self->employee && !self->adding ? ovs_employee_get_id (self->employee) : 0;
}

void
ovs_employee_editor_focus_first (OvsEmployeeEditor *self)
{
  g_return_if_fail (OVS_IS_EMPLOYEE_EDITOR (self));
  gtk_widget_grab_focus (self->form.fields[OVS_FIELD_PERSONNEL_NUMBER].row);
}

/* A core error names its field: show it there, and in the banner with the field's name. */
static void
show_core_error (OvsEmployeeEditor *self, const char *column, const GError *error)
{
  OvsField field = _ovs_employee_form_field_for_column (column);
  g_autofree char *message = NULL;

  if (field == OVS_N_FIELDS)
    {
      show_banner (self, error->message);
      return;
    }
  _ovs_employee_form_show_error (&self->form, field, error->message);
  /* Translators: an error from saving, naming the field, e.g. "BSN: 123456789 does not pass the elfproef". */
  message = g_strdup_printf (_("Not saved. %s: %s"), _ovs_employee_form_title (field), error->message);
  show_banner (self, message);
  gtk_widget_grab_focus (self->form.fields[field].row);
}

static void
focus_first_invalid (OvsEmployeeEditor *self)
{
  for (guint i = 0; i < OVS_N_FIELDS; i++)
    if (self->form.fields[i].invalid)
      {
        gtk_widget_grab_focus (self->form.fields[i].row);
        return;
      }
}

static gboolean
save_update (OvsEmployeeEditor *self, const OvsEmployeeFields *fields, const char **column, GError **error)
{
  gint64 id = ovs_employee_get_id (self->employee);
  g_autoptr(OvsEmployeeFields) before = ovs_employees_load_fields (self->store, id, error);

  if (before == NULL || !ovs_employees_change (self->store, id, &self->shown, fields, column, error))
    return FALSE;
  g_clear_pointer (&self->undo_fields, ovs_employee_fields_free);
  g_clear_pointer (&self->undone_fields, ovs_employee_fields_free);
  self->undo_fields = g_steal_pointer (&before);
  self->undone_fields = ovs_employees_load_fields (self->store, id, NULL);
  self->undo_id = id;
  return TRUE;
}

static void ask_about_conflict (OvsEmployeeEditor *self, const GError *error);

gboolean
ovs_employee_editor_save (OvsEmployeeEditor *self)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  OvsEmployeeFields fields = { 0 };
  const char *column = NULL;
  gboolean added = self->adding;
  gint64 id = 0;

  g_return_val_if_fail (OVS_IS_EMPLOYEE_EDITOR (self), FALSE);
  if (!can_edit (self) || (!self->adding && self->employee == NULL))
    return FALSE;
  if (!_ovs_employee_form_read (&self->form, &fields, strings))
    {
      show_banner (self, _("Not saved: correct the fields marked in red."));
      focus_first_invalid (self);
      return FALSE;
    }
  if (self->adding)
    id = ovs_employees_add (self->store, &fields, &column, &error);
  else
    {
      /* What the form does not show stays as it was; a changed indication starts today. */
      fields.employment_type = ovs_employee_get_text (self->employee, OVS_EMPLOYEE_EMPLOYMENT_TYPE);
      if (save_update (self, &fields, &column, &error))
        id = ovs_employee_get_id (self->employee);
    }
  if (id == 0 && g_error_matches (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT))
    {
      ask_about_conflict (self, error);
      return FALSE;
    }
  if (id == 0)
    {
      show_core_error (self, column, error);
      return FALSE;
    }
  show_banner (self, NULL);
  self->dirty = FALSE;
  self->adding = FALSE;
  /* The next save is compared with what is saved now. */
  remember_shown (self);
  g_signal_emit (self, signals[SAVED], 0, id, added);
  return TRUE;
}

gboolean
ovs_employee_editor_can_undo (OvsEmployeeEditor *self)
{
  g_return_val_if_fail (OVS_IS_EMPLOYEE_EDITOR (self), FALSE);
  return self->undo_fields != NULL;
}

gboolean
ovs_employee_editor_undo (OvsEmployeeEditor *self, GError **error)
{
  g_autoptr(OvsEmployeeFields) fields = NULL;
  g_autoptr(OvsEmployeeFields) saved = NULL;

  g_return_val_if_fail (OVS_IS_EMPLOYEE_EDITOR (self), FALSE);
  if (self->undo_fields == NULL)
    return TRUE;
  fields = g_steal_pointer (&self->undo_fields);
  saved = g_steal_pointer (&self->undone_fields);
  /* The form is about to show the restored values; drop what is typed there. */
  self->dirty = FALSE;
  /* Put back only what the save changed; without its result at hand, all of it. */
  if (saved != NULL)
    return ovs_employees_change (self->store, self->undo_id, saved, fields, NULL, error);
  return ovs_employees_update (self->store, self->undo_id, fields, NULL, error);
}

/* --- someone else saved the same field meanwhile --- */

static void
reload (OvsEmployeeEditor *self)
{
  g_autoptr(OvsEmployee) fresh = ovs_employees_get (self->store, ovs_employee_get_id (self->employee), NULL);

  self->dirty = FALSE;
  if (fresh != NULL)
    ovs_employee_editor_load (self, fresh);
}

void
_ovs_employee_editor_reload (OvsEmployeeEditor *self)
{
  g_autoptr(OvsEmployee) fresh = NULL;

  if (self->employee == NULL || self->adding || self->store == NULL)
    return;
  if (!self->dirty)
    {
      reload (self);
      return;
    }
  /* The user is typing: leave the form alone, show the new history below it. */
  if ((fresh = ovs_employees_get (self->store, ovs_employee_get_id (self->employee), NULL)) != NULL)
    _ovs_employee_sections_fill (&self->sections, self->store, fresh);
}

static void
conflict_choice_cb (GObject *owner, gboolean apply)
{
  OvsEmployeeEditor *self = OVS_EMPLOYEE_EDITOR (owner);

  if (self->employee == NULL || self->adding)
    return;
  if (!apply)
    reload (self);
  else
    {
      /* Apply what this form changed over the other save, on purpose: no version to compare with. */
      self->shown.version = 0;
      ovs_employee_editor_save (self);
    }
}

static void
ask_about_conflict (OvsEmployeeEditor *self, const GError *error)
{
  show_banner (self, error->message);
  ovs_conflict_dialog_present (GTK_WIDGET (self), error, conflict_choice_cb, G_OBJECT (self));
}

/* --- typing and leaving fields --- */

static void
changed_cb (OvsEmployeeEditor *self)
{
  if (self->filling)
    return;
  self->dirty = TRUE;
  /* A field showing an error is checked on every keystroke, so that the message goes as soon as
   * the value is right; other fields wait until the user leaves them. */
  for (guint i = 0; i < OVS_N_FIELDS; i++)
    if (self->form.fields[i].invalid)
      _ovs_employee_form_check (&self->form, i);
}

static void
leave_cb (OvsEmployeeEditor *self, GObject *source)
{
  GtkWidget *row = GTK_IS_EVENT_CONTROLLER (source) ? g_object_get_data (source, "ovs-row") : GTK_WIDGET (source);
  OvsField field = _ovs_employee_form_field_of_row (&self->form, row);

  if (field == OVS_N_FIELDS || self->filling || !can_edit (self))
    return;
  /* Passing an empty field on the way through the form is no mistake yet: Save says what is missing. */
  if (ADW_IS_ENTRY_ROW (row) && *gtk_editable_get_text (GTK_EDITABLE (row)) == '\0' &&
      !self->form.fields[field].invalid)
    return;
  _ovs_employee_form_check (&self->form, field);
}

static void
save_action (GtkWidget *widget, const char *name, GVariant *param)
{
  ovs_employee_editor_save (OVS_EMPLOYEE_EDITOR (widget));
}

static void
close_action (GtkWidget *widget, const char *name, GVariant *param)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

/* --- size --- */

/* Beside the list the editor asks for 400 pixels, whatever the employee's texts; its minimum stays
 * what the form needs, so that in a narrow window it still fits over the list. */
#define NATURAL_WIDTH 400

static void
measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum, int *natural,
         int *minimum_baseline, int *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, NATURAL_WIDTH);
}

static void
allocate (GtkWidget *widget, int width, int height, int baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

/* --- object --- */

void
ovs_employee_editor_set_store (OvsEmployeeEditor *self, OvsStore *store)
{
  g_return_if_fail (OVS_IS_EMPLOYEE_EDITOR (self));

  g_set_object (&self->store, store);
  if (store != NULL)
    _ovs_employee_form_set_employers (&self->form, store);
  apply_role (self);
}

static void
ovs_employee_editor_dispose (GObject *object)
{
  OvsEmployeeEditor *self = OVS_EMPLOYEE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_EMPLOYEE_EDITOR);
  g_clear_object (&self->employee);
  g_clear_object (&self->store);
  g_clear_object (&self->form.employers);
  g_clear_pointer (&self->undo_fields, ovs_employee_fields_free);
  g_clear_pointer (&self->undone_fields, ovs_employee_fields_free);
  g_clear_pointer (&self->shown_strings, g_ptr_array_unref);
  G_OBJECT_CLASS (ovs_employee_editor_parent_class)->dispose (object);
}

static void
ovs_employee_editor_class_init (OvsEmployeeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_employee_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-employee-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeeEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeeEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeeEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeeEditor, banner);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeeEditor, banner_label);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeeEditor, readonly_label);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeeEditor, person_group);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeeEditor, indication_group);
  gtk_widget_class_bind_template_child (widget_class, OvsEmployeeEditor, employment_group);
  gtk_widget_class_bind_template_child_full (widget_class, "indications_group", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeeEditor, sections.indications));
  gtk_widget_class_bind_template_child_full (widget_class, "wage_group", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeeEditor, sections.wage_values));
  gtk_widget_class_bind_template_child_full (widget_class, "qualifications_group", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeeEditor, sections.qualifications));
  gtk_widget_class_bind_template_child_full (widget_class, "placements_group", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeeEditor, sections.placements));
  gtk_widget_class_bind_template_child_full (widget_class, "transfer_group", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeeEditor, sections.transfer));
  gtk_widget_class_bind_template_child_full (widget_class, "reindication_group", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeeEditor, sections.reindications));
  gtk_widget_class_bind_template_child_full (widget_class, "advice_group", FALSE,
                                             G_STRUCT_OFFSET (OvsEmployeeEditor, sections.advice));

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.close", NULL);
}

static void
ovs_employee_editor_init (OvsEmployeeEditor *self)
{
  AdwPreferencesGroup *groups[3];

  gtk_widget_set_layout_manager (GTK_WIDGET (self), gtk_custom_layout_new (NULL, measure, allocate));
  gtk_widget_init_template (GTK_WIDGET (self));
  groups[OVS_GROUP_PERSON] = self->person_group;
  groups[OVS_GROUP_INDICATION] = self->indication_group;
  groups[OVS_GROUP_EMPLOYMENT] = self->employment_group;
  _ovs_employee_form_build (&self->form, groups, G_CALLBACK (changed_cb), G_CALLBACK (leave_cb), self);
  _ovs_employee_sections_init (&self->sections);
  show_banner (self, NULL);
  fill (self);
}

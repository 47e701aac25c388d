/* ovs-employee-editor-private.h — what the editor's files share: the form's field table and rows
 * (ovs-employee-fields.c) and the read-only sections (ovs-employee-sections.c). */
#pragma once

#include <adwaita.h>

#include "employees/ovs-employee-editor.h"

G_BEGIN_DECLS

typedef enum {
  OVS_FIELD_PERSONNEL_NUMBER,
  OVS_FIELD_FIRST_NAME,
  OVS_FIELD_NAME_PREFIX,
  OVS_FIELD_LAST_NAME,
  OVS_FIELD_BIRTH_DATE,
  OVS_FIELD_BSN,
  OVS_FIELD_RESIDENCE,
  OVS_FIELD_HOME_MUNICIPALITY,
  OVS_FIELD_CATEGORY,
  OVS_FIELD_INDICATION_VALID_UNTIL,
  OVS_FIELD_CONTRACT_HOURS,
  OVS_FIELD_SALARY_SCALE,
  OVS_FIELD_SALARY_STEP,
  OVS_FIELD_EMPLOYER,
  OVS_FIELD_EMPLOYMENT_START,
  OVS_N_FIELDS
} OvsField;

typedef enum { OVS_GROUP_PERSON, OVS_GROUP_INDICATION, OVS_GROUP_EMPLOYMENT } OvsFieldGroup;

/* One input of the form: its row, the row under it that shows what is wrong, and whether it is. */
typedef struct
{
  GtkWidget *row;       /* AdwEntryRow, or AdwComboRow for category and employer */
  GtkWidget *error_row; /* AdwActionRow, hidden while the value is fine */
  gboolean   invalid;
} OvsFieldRow;

/* The form's inputs, built once from the field table into the three groups. */
typedef struct
{
  OvsFieldRow   fields[OVS_N_FIELDS];
  GtkStringList *employers;  /* organisation names; item 0 is "choose" */
} OvsEmployeeForm;

void        _ovs_employee_form_build        (OvsEmployeeForm   *form,
                                             AdwPreferencesGroup *groups[3],
                                             GCallback          changed_cb,
                                             GCallback          leave_cb,
                                             gpointer           user_data);
/* The field that a core error names ("bsn", "contracturen", …), or OVS_N_FIELDS. */
OvsField    _ovs_employee_form_field_for_column (const char    *column);
OvsField    _ovs_employee_form_field_of_row (OvsEmployeeForm   *form,
                                             GtkWidget         *row);
const char *_ovs_employee_form_title        (OvsField           field);
void        _ovs_employee_form_set_employers (OvsEmployeeForm  *form,
                                             OvsStore          *store);
/* Fills the form from @employee, or empties it (NULL). */
void        _ovs_employee_form_fill         (OvsEmployeeForm   *form,
                                             OvsEmployee       *employee);
void        _ovs_employee_form_set_editable (OvsEmployeeForm   *form,
                                             gboolean           editable);
/* Checks one field with the core's rules; shows or hides its message. Returns TRUE when fine. */
gboolean    _ovs_employee_form_check        (OvsEmployeeForm   *form,
                                             OvsField           field);
/* Shows @message (NULL: none) under @field, on its row and as its accessible description. */
void        _ovs_employee_form_show_error   (OvsEmployeeForm   *form,
                                             OvsField           field,
                                             const char        *message);
/* Reads the form into @fields (strings owned by @strings); FALSE if a field does not parse. */
gboolean    _ovs_employee_form_read         (OvsEmployeeForm   *form,
                                             OvsEmployeeFields *fields,
                                             GPtrArray         *strings);
/* The same without checking or marking fields: what the form shows, read the way a save reads it
 * (for the values a save compares with, to send only what the user changed). */
void        _ovs_employee_form_snapshot     (OvsEmployeeForm   *form,
                                             OvsEmployeeFields *fields,
                                             GPtrArray         *strings);

/* The read-only sections for employee @id (0: hide them all). */
typedef struct
{
  AdwPreferencesGroup *indications;
  AdwPreferencesGroup *wage_values;
  AdwPreferencesGroup *qualifications;
  AdwPreferencesGroup *placements;
  AdwPreferencesGroup *transfer;
  AdwPreferencesGroup *reindications;   /* health data: ovs-employee-wsw.c */
  AdwPreferencesGroup *advice;
  GtkListBox          *lists[5];
  GtkListBox          *requests;
  GtkListBox          *advices;
} OvsEmployeeSections;

void        _ovs_employee_list_clear        (GtkListBox          *list);
void        _ovs_employee_list_add_row      (GtkListBox          *list,
                                             const char          *title,
                                             const char          *subtitle);
void        _ovs_employee_sections_init     (OvsEmployeeSections *sections);
void        _ovs_employee_sections_fill     (OvsEmployeeSections *sections,
                                             OvsStore            *store,
                                             OvsEmployee         *employee);
/* Shows what the store holds now for the employee shown (after a change that also changed the
 * employee, such as a granted re-indication); keeps what is being typed in the form. */
void        _ovs_employee_editor_reload     (OvsEmployeeEditor   *self);
/* The re-indication and sheltered-work advice sections for employee @id (0: hidden), shown only
 * with OVS_PERM_VIEW_HEALTH; with OVS_PERM_EDIT_EMPLOYEES too, their buttons record new ones. */
void        _ovs_employee_wsw_fill          (OvsEmployeeSections *sections,
                                             OvsStore            *store,
                                             gint64               id);

G_END_DECLS

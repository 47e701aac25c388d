/* ovs-employee-editor.h — one employee's details as a form, with inline validation using the core's
 * own rules and messages; saving goes through ovs_employees_add()/_change() and can be undone. Below
 * the form, read-only sections: indication history, loonwaarde, qualifications, placements and the
 * transfer case, each shown only to roles that may see it. */
#pragma once

#include <gtk/gtk.h>
#include <overstap/overstap.h>

G_BEGIN_DECLS

#define OVS_TYPE_EMPLOYEE_EDITOR (ovs_employee_editor_get_type ())
G_DECLARE_FINAL_TYPE (OvsEmployeeEditor, ovs_employee_editor, OVS, EMPLOYEE_EDITOR, GtkWidget)

/* Signals: "saved" (gint64 id, gboolean added) after a successful save or undo; "closed" when the
 * user closes the editor. */

void         ovs_employee_editor_set_store     (OvsEmployeeEditor *self,
                                                OvsStore          *store);
/* Shows @employee (NULL: nothing). */
void         ovs_employee_editor_load          (OvsEmployeeEditor *self,
                                                OvsEmployee       *employee);
/* An empty form for a new employee. */
void         ovs_employee_editor_new_employee  (OvsEmployeeEditor *self);
gint64       ovs_employee_editor_get_employee_id (OvsEmployeeEditor *self);
/* Validates and saves; on failure the message shows under the field or in the banner. */
gboolean     ovs_employee_editor_save          (OvsEmployeeEditor *self);
/* Whether the last update can be undone, and undoing it (another audited update). */
gboolean     ovs_employee_editor_can_undo      (OvsEmployeeEditor *self);
gboolean     ovs_employee_editor_undo          (OvsEmployeeEditor *self,
                                                GError           **error);
/* Puts the keyboard focus in the first field. */
void         ovs_employee_editor_focus_first   (OvsEmployeeEditor *self);

G_END_DECLS

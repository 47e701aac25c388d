/* ovs-employees-page-private.h — what the page's files share: ovs-employees-page.c (model, filters,
 * selection) and ovs-employees-page-actions.c (new, undo, import, export). */
#pragma once

#include <adwaita.h>

#include "employees/ovs-employee-editor.h"
#include "employees/ovs-employees-page.h"

G_BEGIN_DECLS

enum { CHOICE_EMPLOYER, CHOICE_STATUS, CHOICE_CATEGORY, CHOICE_CREW, CHOICE_TRANSFER, N_CHOICES };

struct _OvsEmployeesPage
{
  OvsSectionPage       parent_instance;

  guint                settle_id;
  /* The employee to select again once a refresh has been filtered (0: none). */
  gint64               restore_id;
  gboolean             restoring;
  gboolean             filling_choices;
  /* The value behind each item of each filter drop-down (NULL: any), and the one chosen. */
  GPtrArray           *choice_values[N_CHOICES];
  const char          *choice[N_CHOICES];
  GtkDropDown         *dropdowns[N_CHOICES];

  /* template */
  AdwToastOverlay     *toast_overlay;
  AdwFlap             *flap;
  GtkSearchEntry      *search_entry;
  GtkWidget           *new_button;
  GtkWidget           *import_button;
  GtkLabel            *count_label;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *bsn_column;
  GListStore          *employees;
  GtkStringFilter     *search_filter;
  GtkCustomFilter     *choice_filter;
  GtkFilterListModel  *filter_model;
  GtkSingleSelection  *selection;
  gint64               selected_id;  /* the employee selected by the user, followed through searches */
  gboolean             following;    /* moving the selection after them: not the user's choice */
  OvsEmployeeEditor   *editor;
};

void  _ovs_employees_page_class_actions_init (GtkWidgetClass   *widget_class);
void  _ovs_employees_page_update_actions     (OvsEmployeesPage *self);
void  _ovs_employees_page_toast              (OvsEmployeesPage *self,
                                              const char       *message);
void  _ovs_employees_page_select_id          (OvsEmployeesPage *self,
                                              gint64            id);
void  _ovs_employees_page_patch_row          (OvsEmployeesPage *self,
                                              gint64            id);

G_END_DECLS

/* ovs-employees-page-private.h — what the page's files share: ovs-employees-page.c (search, filters,
 * count, selection), ovs-employees-page-load.c (reading and sorting the rows on a worker thread) and
 * ovs-employees-page-actions.c (new, undo, import, export). */
#pragma once

#include <adwaita.h>

#include "employees/ovs-employee-editor.h"
#include "employees/ovs-employees-page.h"
#include "widgets/ovs-slot-model.h"

G_BEGIN_DECLS

enum { CHOICE_EMPLOYER, CHOICE_STATUS, CHOICE_CATEGORY, CHOICE_CREW, CHOICE_TRANSFER, N_CHOICES };

/* The columns that sort, at most (see the cells in ovs-employees-page.c). */
#define OVS_EMPLOYEES_PAGE_N_SORT 12

struct _OvsEmployeesPage
{
  OvsSectionPage       parent_instance;

  /* Every row, in the order the column headers ask for (NULL until the first load), and the rows the
   * search and the drop-downs let through, which the slots show. */
  GPtrArray           *rows;
  GPtrArray           *shown;
  /* The folded search that made `shown`; a longer one that contains it filters `shown` only. */
  char                *query;
  /* The searches `query` grew from and their rows, shortest first (the first one every row that
   * passes the drop-downs): erasing a letter takes its rows back. Empty when the drop-downs change. */
  GPtrArray           *trail_queries;
  GPtrArray           *trail_shown;
  gboolean             choices_changed;
  OvsSlotModel        *all_model;    /* every row: what the empty state looks at */
  OvsEmployeeSortKey   sort_keys[OVS_EMPLOYEES_PAGE_N_SORT];
  guint                n_sort_keys;
  /* The worker reading or sorting the rows; a newer job replaces it. */
  GCancellable        *cancellable;
  gint64               load_started;

  /* The employee to select again once new rows are in (0: none). */
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
  GtkStack            *content_stack;
  GtkWidget           *loading_page;
  guint                reveal_tick_id;   /* showing the slots, and filling those out of view, a step per frame */
  gboolean             searched;         /* a search has just changed the rows in view: they go first */
  guint                choices_idle_id;  /* filling the drop-downs after the rows are shown */
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *bsn_column;
  OvsSlotModel        *slot_model;
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

/* ovs-employees-page.c: takes @rows (sorted) as the page's rows, filters them and keeps the selection. */
void  _ovs_employees_page_set_rows           (OvsEmployeesPage *self,
                                              GPtrArray        *rows);
void  _ovs_employees_page_fill_choices       (OvsEmployeesPage *self);
/* ovs-employees-page-load.c */
void  _ovs_employees_page_load               (OvsEmployeesPage *self);
void  _ovs_employees_page_sort               (OvsEmployeesPage *self);
void  _ovs_employees_page_cancel_load        (OvsEmployeesPage *self);
/* The sort order the column view's headers ask for, in self->sort_keys; @columns maps the index
 * given to each column's sorter (ovs_employees_page_column_sorter()) to the row's sort column. */
void  _ovs_employees_page_read_sort_keys     (OvsEmployeesPage *self,
                                              const int        *columns);
GtkSorter *_ovs_employees_page_column_sorter (guint             index);

G_END_DECLS

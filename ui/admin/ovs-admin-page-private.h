/* ovs-admin-page-private.h — what the Beheer page shares with its forms (ovs-admin-forms.c). */
#pragma once

#include <adwaita.h>

#include "admin/ovs-admin-page.h"
#include "admin/ovs-admin-row.h"

G_BEGIN_DECLS

struct _OvsAdminPage
{
  OvsSectionPage      parent_instance;

  /* template */
  GListStore         *users;
  GListStore         *parameters;
  GListStore         *holidays;
  AdwViewStack       *stack;
  GtkWidget          *new_user_button;
  GtkWidget          *grant_button;
  GtkWidget          *password_button;
  GtkWidget          *end_user_button;
  GtkWidget          *set_parameter_button;
  GtkWidget          *set_holiday_button;
  GtkWidget          *parameters_empty;
  GtkWidget          *parameters_scroller;
  GtkColumnView      *users_view;
  GtkColumnView      *parameters_view;
  GtkColumnView      *holidays_view;
  GtkSingleSelection *users_selection;
  GtkSingleSelection *parameters_selection;
  GtkSingleSelection *holidays_selection;
  GtkSpinButton      *year_spin;
};

/* The selected row of @selection, or NULL. */
OvsAdminRow *ovs_admin_page_selected     (GtkSingleSelection *selection);
/* The year whose holidays the page shows. */
int          ovs_admin_page_year         (OvsAdminPage       *self);

/* The forms, one per change (ovs-admin-forms.c); each is modal over the page's window. */
void         ovs_admin_new_user_form     (OvsAdminPage       *self);
void         ovs_admin_grant_crew_form   (OvsAdminPage       *self);
void         ovs_admin_end_user_form     (OvsAdminPage       *self);
void         ovs_admin_password_form     (OvsAdminPage       *self);
void         ovs_admin_parameter_form    (OvsAdminPage       *self);
void         ovs_admin_holiday_form      (OvsAdminPage       *self);

G_END_DECLS

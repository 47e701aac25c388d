/* ovs-covenant-form.c — a new covenant (see ovs-covenant-form.h). The party is chosen among the
 * sheltered-work companies; amounts are typed as people write euros ("1.250,50") and read by the
 * core's ovs_parse_euro_cents(), which also checks them as the user leaves the field. */
#include "config.h"

#include <glib/gi18n.h>

#include "covenants/ovs-covenant-form.h"
#include "widgets/ovs-form-dialog.h"
#include "widgets/ovs-section-util.h"
#include "widgets/ovs-undo-toast.h"

typedef struct
{
  GtkWidget *page;
  OvsStore  *store;
} FormData;

static void
form_data_free (gpointer p)
{
  FormData *data = p;

  g_object_unref (data->page);
  g_object_unref (data->store);
  g_free (data);
}

static gboolean
check_required (const char *text, GError **error)
{
  if (text != NULL)
    return TRUE;
  g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("Fill this in."));
  return FALSE;
}

static gboolean
check_euros (const char *text, GError **error)
{
  gint64 cents;

  return text == NULL || ovs_parse_euro_cents (text, &cents, error);
}

static gboolean
parse_number (const char *text, double *value, GError **error)
{
  g_autofree char *dotted = g_strdelimit (g_strdup (text), ",", '.');
  char *end = NULL;

  *value = g_ascii_strtod (dotted, &end);
  if (*dotted == '\0' || *end != '\0' || *value < 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("“%s” is not a number of 0 or more"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_number (const char *text, GError **error)
{
  double value;

  return text == NULL || parse_number (text, &value, error);
}

/* The sheltered-work companies that have not ended: the parties a covenant can have. */
static GtkStringList *
parties (OvsStore *store)
{
  g_autoptr(GListStore) organisations = ovs_organisations_list (store, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; organisations != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (organisations)); i++)
    {
      g_autoptr(OvsOrganisation) org = g_list_model_get_item (G_LIST_MODEL (organisations), i);

      if (ovs_organisation_get_ended_on (org) == NULL &&
          ovs_vocab_is (OVS_TYPE_ORGANISATION_KIND, ovs_organisation_get_kind (org),
                        OVS_ORGANISATION_KIND_SHELTERED_COMPANY))
        gtk_string_list_append (names, ovs_organisation_get_name (org));
    }
  return names;
}

static gboolean
amounts (OvsFormDialog *form, OvsCovenantFields *f, GError **error)
{
  const char *text;

  if ((text = ovs_form_dialog_get_text (form, "price")) != NULL &&
      !(f->has_price = ovs_parse_euro_cents (text, &f->price_cents, error)))
    return ovs_form_dialog_mark_field (form, "price"), FALSE;
  if ((text = ovs_form_dialog_get_text (form, "budget")) != NULL &&
      !(f->has_budget = ovs_parse_euro_cents (text, &f->budget_cents, error)))
    return ovs_form_dialog_mark_field (form, "budget"), FALSE;
  if ((text = ovs_form_dialog_get_text (form, "target")) != NULL &&
      !(f->has_target_se = parse_number (text, &f->target_se, error)))
    return ovs_form_dialog_mark_field (form, "target"), FALSE;
  return TRUE;
}

static gboolean
covenant_submit (OvsFormDialog *form, gpointer user_data, GError **error)
{
  gint64 id = 0;
  FormData *data = user_data;
  GtkStringObject *party = ovs_form_dialog_get_item (form, "party");
  g_autofree char *name = g_strdup (ovs_form_dialog_get_text (form, "name"));
  g_autofree char *legal = g_strdup (ovs_form_dialog_get_text (form, "legal"));
  g_autofree char *start = ovs_form_dialog_get_date (form, "start");
  g_autofree char *end = ovs_form_dialog_get_date (form, "end");
  OvsCovenantFields f = { 0 };

  if (!amounts (form, &f, error))
    return FALSE;
  f.name = name;
  f.party = party ? gtk_string_object_get_string (party) : NULL;
  f.start_date = start;
  f.end_date = end;
  f.price_unit = ovs_form_dialog_get_code (form, "unit");
  f.legal_basis = legal;
  if ((id = ovs_covenants_add (data->store, &f, error)) == 0)
    return FALSE;
  ovs_undo_toast_show (data->page, data->store, "covenant", id, _("Covenant added; add its agreements beside it"));
  return TRUE;
}

void
ovs_covenant_form_new (GtkWidget *page, OvsStore *store)
{
  OvsFormDialog *form = ovs_form_dialog_new (page, _("New Covenant"),
                                             _("A covenant with Wezo or Larcom for the employees who stay there. "
                                               "Its agreements and covered employees are added after."),
                                             _("_Add"));
  GtkExpression *string = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  FormData *data = g_new0 (FormData, 1);
  g_autofree char *today = ovs_date_today_iso ();

  ovs_form_dialog_add_entry (form, "name", _("Name"), NULL);
  ovs_form_dialog_set_check (form, "name", check_required);
  ovs_form_dialog_add_choice (form, "party", _("Party"), G_LIST_MODEL (parties (store)), string);
  ovs_form_dialog_add_date (form, "start", _("Start date (dd-mm-jjjj)"), today, TRUE);
  ovs_form_dialog_add_date (form, "end", _("End date (optional)"), NULL, FALSE);
  ovs_form_dialog_add_entry (form, "price", _("Price in euros (optional)"), NULL);
  ovs_form_dialog_set_check (form, "price", check_euros);
  ovs_form_dialog_add_codes (form, "unit", _("Price per"), OVS_TYPE_PRICE_UNIT);
  ovs_form_dialog_add_entry (form, "budget", _("Budget in euros (optional)"), NULL);
  ovs_form_dialog_set_check (form, "budget", check_euros);
  ovs_form_dialog_add_entry (form, "target", _("Target in SE (optional)"), NULL);
  ovs_form_dialog_set_check (form, "target", check_number);
  ovs_form_dialog_add_entry (form, "legal", _("Legal basis (optional)"), NULL);
  data->page = g_object_ref (page);
  data->store = g_object_ref (store);
  ovs_form_dialog_set_submit (form, covenant_submit, data, form_data_free);
  gtk_window_present (GTK_WINDOW (form));
}

/* --- an employer agreement (werkgeversdienstverlening) --- */

static gboolean
check_count (const char *text, GError **error)
{
  gint64 n;

  return text == NULL || ovs_parse_int (text, &n, error);
}

/* The organisations an employer agreement can be with: employers, hirers and the sheltered-work
 * companies, as the core allows them. */
static GtkStringList *
employers (OvsStore *store)
{
  g_autoptr(GListStore) organisations = ovs_organisations_list (store, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; organisations != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (organisations)); i++)
    {
      g_autoptr(OvsOrganisation) org = g_list_model_get_item (G_LIST_MODEL (organisations), i);
      const char *kind = ovs_organisation_get_kind (org);

      if (ovs_organisation_get_ended_on (org) == NULL &&
          (ovs_vocab_is (OVS_TYPE_ORGANISATION_KIND, kind, OVS_ORGANISATION_KIND_EMPLOYER) ||
           ovs_vocab_is (OVS_TYPE_ORGANISATION_KIND, kind, OVS_ORGANISATION_KIND_HIRER) ||
           ovs_vocab_is (OVS_TYPE_ORGANISATION_KIND, kind, OVS_ORGANISATION_KIND_SHELTERED_COMPANY)))
        gtk_string_list_append (names, ovs_organisation_get_name (org));
    }
  return names;
}

static gboolean
agreement_figures (OvsFormDialog *form, OvsCovenantFields *f, GError **error)
{
  const char *text;

  if ((text = ovs_form_dialog_get_text (form, "places")) != NULL &&
      !(f->has_places_offered = ovs_parse_int (text, &f->places_offered, error)))
    return ovs_form_dialog_mark_field (form, "places"), FALSE;
  if ((text = ovs_form_dialog_get_text (form, "placed")) != NULL &&
      !(f->has_people_placed = ovs_parse_int (text, &f->people_placed, error)))
    return ovs_form_dialog_mark_field (form, "placed"), FALSE;
  if ((text = ovs_form_dialog_get_text (form, "social")) != NULL &&
      !(f->has_social_return = ovs_parse_euro_cents (text, &f->social_return_cents, error)))
    return ovs_form_dialog_mark_field (form, "social"), FALSE;
  return TRUE;
}

static gboolean
employer_agreement_submit (OvsFormDialog *form, gpointer user_data, GError **error)
{
  gint64 id = 0;
  FormData *data = user_data;
  GtkStringObject *party = ovs_form_dialog_get_item (form, "party");
  g_autofree char *name = g_strdup (ovs_form_dialog_get_text (form, "name"));
  g_autofree char *start = ovs_form_dialog_get_date (form, "start");
  g_autofree char *end = ovs_form_dialog_get_date (form, "end");
  OvsCovenantFields f = { 0 };

  if (!agreement_figures (form, &f, error))
    return FALSE;
  f.name = name;
  f.kind = ovs_vocab_code (OVS_TYPE_COVENANT_KIND, OVS_COVENANT_KIND_EMPLOYER_AGREEMENT);
  f.party = party ? gtk_string_object_get_string (party) : NULL;
  f.start_date = start;
  f.end_date = end;
  if ((id = ovs_covenants_add (data->store, &f, error)) == 0)
    return FALSE;
  ovs_undo_toast_show (data->page, data->store, "covenant", id, _("Employer agreement added"));
  return TRUE;
}

void
ovs_covenant_form_new_employer_agreement (GtkWidget *page, OvsStore *store)
{
  OvsFormDialog *form = ovs_form_dialog_new (page, _("New Employer Agreement"),
                                             _("Werkgeversdienstverlening: an employer offers places to people "
                                               "with a Wsw indication, often as its social return."),
                                             _("_Add"));
  GtkExpression *string = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  FormData *data = g_new0 (FormData, 1);
  g_autofree char *today = ovs_date_today_iso ();

  ovs_form_dialog_add_entry (form, "name", _("Name"), NULL);
  ovs_form_dialog_set_check (form, "name", check_required);
  ovs_form_dialog_add_choice (form, "party", _("Employer"), G_LIST_MODEL (employers (store)), string);
  ovs_form_dialog_add_date (form, "start", _("Start date (dd-mm-jjjj)"), today, TRUE);
  ovs_form_dialog_add_date (form, "end", _("End date (optional)"), NULL, FALSE);
  ovs_form_dialog_add_entry (form, "places", _("Places offered (optional)"), NULL);
  ovs_form_dialog_set_check (form, "places", check_count);
  ovs_form_dialog_add_entry (form, "placed", _("People placed (optional)"), NULL);
  ovs_form_dialog_set_check (form, "placed", check_count);
  ovs_form_dialog_add_entry (form, "social", _("Social return in euros (optional)"), NULL);
  ovs_form_dialog_set_check (form, "social", check_euros);
  data->page = g_object_ref (page);
  data->store = g_object_ref (store);
  ovs_form_dialog_set_submit (form, employer_agreement_submit, data, form_data_free);
  gtk_window_present (GTK_WINDOW (form));
}

/* --- a contact moment --- */

typedef struct
{
  FormData  base;
  char     *covenant;
} ContactData;

static void
contact_data_free (gpointer p)
{
  ContactData *data = p;

  g_free (data->covenant);
  g_object_unref (data->base.page);
  g_object_unref (data->base.store);
  g_free (data);
}

static gboolean
contact_submit (OvsFormDialog *form, gpointer user_data, GError **error)
{
  ContactData *data = user_data;
  g_autofree char *date = ovs_form_dialog_get_date (form, "date");
  g_autofree char *subject = g_strdup (ovs_form_dialog_get_text (form, "subject"));
  g_autofree char *owner = g_strdup (ovs_form_dialog_get_text (form, "owner"));

  if (ovs_covenants_add_contact (data->base.store, data->covenant, date, subject, owner, error) == 0)
    return ovs_form_dialog_mark_field (form, "subject"), FALSE;
  ovs_section_toast (data->base.page, _("Contact moment recorded"));
  return TRUE;
}

void
ovs_covenant_form_contact (GtkWidget *page, OvsStore *store, const char *covenant)
{
  g_autofree char *title = g_strdup_printf (_("Contact with %s"), covenant);
  OvsFormDialog *form = ovs_form_dialog_new (page, title, _("A conversation or visit with the party, for the file."),
                                             _("_Add"));
  ContactData *data = g_new0 (ContactData, 1);
  g_autofree char *today = ovs_date_today_iso ();

  ovs_form_dialog_add_date (form, "date", _("Date (dd-mm-jjjj)"), today, TRUE);
  ovs_form_dialog_add_entry (form, "subject", _("Subject"), NULL);
  ovs_form_dialog_set_check (form, "subject", check_required);
  ovs_form_dialog_add_entry (form, "owner", _("Who had the contact (optional)"), NULL);
  data->base.page = g_object_ref (page);
  data->base.store = g_object_ref (store);
  data->covenant = g_strdup (covenant);
  ovs_form_dialog_set_submit (form, contact_submit, data, contact_data_free);
  gtk_window_present (GTK_WINDOW (form));
}

/* --- covering an employee --- */

typedef struct
{
  FormData  base;
  char     *covenant;
} CoverData;

static void
cover_data_free (gpointer p)
{
  CoverData *data = p;

  g_object_unref (data->base.page);
  g_object_unref (data->base.store);
  g_free (data->covenant);
  g_free (data);
}

static gboolean
check_hours (const char *text, GError **error)
{
  double hours;

  return text == NULL || parse_number (text, &hours, error);
}

static gboolean
cover_submit (OvsFormDialog *form, gpointer user_data, GError **error)
{
  CoverData *data = user_data;
  g_autofree char *start = ovs_form_dialog_get_date (form, "start");
  g_autofree char *end = ovs_form_dialog_get_date (form, "end");
  const char *hours_text = ovs_form_dialog_get_text (form, "hours");
  g_autoptr(OvsEmployee) employee = NULL;
  double hours = 0;
  gint64 id;

  if ((id = ovs_section_find_employee (data->base.store, ovs_form_dialog_get_text (form, "employee"), error)) == 0 ||
      (employee = ovs_employees_get (data->base.store, id, error)) == NULL)
    return ovs_form_dialog_mark_field (form, "employee"), FALSE;
  if (hours_text != NULL && !parse_number (hours_text, &hours, error))
    return ovs_form_dialog_mark_field (form, "hours"), FALSE;
  if ((id = ovs_covenants_cover (data->base.store, data->covenant, ovs_employee_get_personnel_number (employee), start,
                                 end, hours_text != NULL, (int) (hours * 60 + 0.5), FALSE, 0, error)) == 0)
    return FALSE;
  ovs_undo_toast_show (data->base.page, data->base.store, "covenant_employee", id,
                       _("Employee covered by the covenant"));
  return TRUE;
}

void
ovs_covenant_form_cover (GtkWidget *page, OvsStore *store, const char *covenant)
{
  g_autofree char *today = ovs_date_today_iso ();
  OvsFormDialog *form = ovs_form_dialog_new (page, _("Cover an Employee"), covenant, _("_Add"));
  CoverData *data = g_new0 (CoverData, 1);

  ovs_form_dialog_add_entry (form, "employee", _("Employee (personnel number or name)"), NULL);
  ovs_form_dialog_add_date (form, "start", _("Start date (dd-mm-jjjj)"), today, TRUE);
  ovs_form_dialog_add_date (form, "end", _("End date (optional)"), NULL, FALSE);
  ovs_form_dialog_add_entry (form, "hours", _("Hours per week (optional; else the contract hours)"), NULL);
  ovs_form_dialog_set_check (form, "hours", check_hours);
  data->base.page = g_object_ref (page);
  data->base.store = g_object_ref (store);
  data->covenant = g_strdup (covenant);
  ovs_form_dialog_set_submit (form, cover_submit, data, cover_data_free);
  gtk_window_present (GTK_WINDOW (form));
}

/* ovs-employee-fields.c — the employee form's inputs: built from one table, filled from an
 * OvsEmployee row, checked with the core's own parsers (so that the form and the importer say the
 * same thing about the same value) and read back into OvsEmployeeFields. */
#include "config.h"

#include <glib/gi18n.h>

#include "employees/ovs-employee-editor-private.h"
#include <overstap/overstap.h>
#include "widgets/ovs-vocab-list.h"

typedef enum {
  KIND_TEXT,
  KIND_DATE,
  KIND_BSN,
  KIND_HOURS,
  KIND_SCALE,
  KIND_STEP,
  KIND_CATEGORY,
  KIND_EMPLOYER,
} FieldKind;

typedef struct
{
  const char    *column;     /* the name the core's errors use for this field */
  const char    *title;      /* what the form calls it */
  const char    *core_label; /* what the core's "The %s is missing" calls it */
  OvsFieldGroup  group;
  FieldKind      kind;
  gboolean       required;
  int            text;       /* OvsEmployeeText to fill from, or -1 */
} FieldInfo;

static const FieldInfo field_info[OVS_N_FIELDS] = {
  { "personeelsnummer", N_("Personnel number"), N_("personnel number"), OVS_GROUP_PERSON, KIND_TEXT, TRUE,
    OVS_EMPLOYEE_PERSONNEL_NUMBER },
  { "voornaam", N_("First name"), N_("first name"), OVS_GROUP_PERSON, KIND_TEXT, TRUE, OVS_EMPLOYEE_FIRST_NAME },
  { "tussenvoegsel", N_("Name prefix"), N_("name prefix"), OVS_GROUP_PERSON, KIND_TEXT, FALSE,
    OVS_EMPLOYEE_NAME_PREFIX },
  { "achternaam", N_("Last name"), N_("last name"), OVS_GROUP_PERSON, KIND_TEXT, TRUE, OVS_EMPLOYEE_LAST_NAME },
  { "geboortedatum", N_("Birth date (dd-mm-yyyy)"), N_("birth date"), OVS_GROUP_PERSON, KIND_DATE, TRUE,
    OVS_EMPLOYEE_BIRTH_DATE },
  { "bsn", N_("BSN"), NULL, OVS_GROUP_PERSON, KIND_BSN, FALSE, OVS_EMPLOYEE_BSN },
  { "woonplaats", N_("Residence"), N_("residence"), OVS_GROUP_PERSON, KIND_TEXT, FALSE, OVS_EMPLOYEE_RESIDENCE },
  { "woongemeente", N_("Home municipality"), N_("home municipality"), OVS_GROUP_PERSON, KIND_TEXT, TRUE,
    OVS_EMPLOYEE_HOME_MUNICIPALITY },
  { "arbeidshandicap", N_("Indication category"), NULL, OVS_GROUP_INDICATION, KIND_CATEGORY, FALSE,
    OVS_EMPLOYEE_CATEGORY },
  { "indicatie_geldig_tot", N_("Indication valid until (dd-mm-yyyy)"), N_("indication end date"),
    OVS_GROUP_INDICATION, KIND_DATE, FALSE, OVS_EMPLOYEE_INDICATION_VALID_UNTIL },
  { "contracturen", N_("Contract hours per week"), NULL, OVS_GROUP_EMPLOYMENT, KIND_HOURS, TRUE, -1 },
  { "schaal", N_("Salary scale"), NULL, OVS_GROUP_EMPLOYMENT, KIND_SCALE, FALSE, -1 },
  { "trede", N_("Salary step"), NULL, OVS_GROUP_EMPLOYMENT, KIND_STEP, FALSE, -1 },
  { "werkgever", N_("Employer"), N_("employer"), OVS_GROUP_EMPLOYMENT, KIND_EMPLOYER, TRUE,
    OVS_EMPLOYEE_EMPLOYER_NAME },
  { "in_dienst_sinds", N_("Employment start (dd-mm-yyyy)"), N_("employment start"), OVS_GROUP_EMPLOYMENT,
    KIND_DATE, TRUE, OVS_EMPLOYEE_EMPLOYMENT_START },
};

const char *
_ovs_employee_form_title (OvsField field)
{
  g_assert (field < OVS_N_FIELDS);
  return _(field_info[field].title);
}

OvsField
_ovs_employee_form_field_for_column (const char *column)
{
  for (guint i = 0; column != NULL && i < OVS_N_FIELDS; i++)
    if (g_str_equal (field_info[i].column, column))
      return i;
  /* The indication date is not on the form; its errors belong with the category. */
  if (g_strcmp0 (column, "indicatiedatum") == 0 || g_strcmp0 (column, "dienstverband") == 0)
    return OVS_FIELD_CATEGORY;
  return OVS_N_FIELDS;
}

OvsField
_ovs_employee_form_field_of_row (OvsEmployeeForm *form, GtkWidget *row)
{
  for (guint i = 0; i < OVS_N_FIELDS; i++)
    if (form->fields[i].row == row)
      return i;
  return OVS_N_FIELDS;
}

/* The node a screen reader (and a test) reaches is the row itself: AdwEntryRow is the text box. */
static GtkAccessible *
accessible_of (GtkWidget *row)
{
  return GTK_ACCESSIBLE (row);
}

static GtkWidget *
combo_row (const FieldInfo *info, OvsEmployeeForm *form)
{
  GtkWidget *row = adw_combo_row_new ();

  if (info->kind == KIND_CATEGORY)
    {
      /* "Not recorded" first, then the categories, "Matig" and "Ernstig". */
      const char *none[] = { _("Not recorded"), NULL };
      g_autoptr(GtkStringList) model = ovs_vocab_string_list (OVS_TYPE_INDICATION_CATEGORY, OVS_VOCAB_TITLE, none);

      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
    }
  else
    adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (form->employers));
  return row;
}

static GtkWidget *
error_row (void)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "dialog-warning-symbolic");
  gtk_widget_add_css_class (row, "error");
  gtk_widget_add_css_class (row, "ovs-field-error");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_visible (row, FALSE);
  return row;
}

void
_ovs_employee_form_build (OvsEmployeeForm *form, AdwPreferencesGroup *groups[3], GCallback changed_cb,
                          GCallback leave_cb, gpointer user_data)
{
  const char *choose[] = { _("Choose an employer"), NULL };

  form->employers = gtk_string_list_new (choose);
  for (guint i = 0; i < OVS_N_FIELDS; i++)
    {
      const FieldInfo *info = &field_info[i];
      GtkWidget *row;

      if (info->kind == KIND_CATEGORY || info->kind == KIND_EMPLOYER)
        {
          row = combo_row (info, form);
          g_signal_connect_swapped (row, "notify::selected", changed_cb, user_data);
        }
      else
        {
          GtkEventController *focus = gtk_event_controller_focus_new ();

          row = adw_entry_row_new ();
          g_signal_connect_swapped (row, "changed", changed_cb, user_data);
          g_signal_connect_swapped (row, "entry-activated", leave_cb, user_data);
          g_signal_connect_object (focus, "leave", leave_cb, user_data, G_CONNECT_SWAPPED);
          g_object_set_data (G_OBJECT (focus), "ovs-row", row);
          gtk_widget_add_controller (row, focus);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->title));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* The row is labelled by its title (libadwaita relates the two); a LABEL property on top would
       * make GTK 4.8 read the name twice. */
      gtk_accessible_update_property (accessible_of (row), GTK_ACCESSIBLE_PROPERTY_REQUIRED, info->required, -1);
      form->fields[i].row = row;
      form->fields[i].error_row = error_row ();
      adw_preferences_group_add (groups[info->group], row);
      adw_preferences_group_add (groups[info->group], form->fields[i].error_row);
    }
}

void
_ovs_employee_form_set_employers (OvsEmployeeForm *form, OvsStore *store)
{
  g_autoptr(GListStore) organisations = ovs_organisations_list (store, NULL);
  guint n = organisations ? g_list_model_get_n_items (G_LIST_MODEL (organisations)) : 0;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvsOrganisation) org = g_list_model_get_item (G_LIST_MODEL (organisations), i);

      /* Hirers place people but do not employ them; ended organisations take nobody new. */
      if (ovs_organisation_get_ended_on (org) == NULL &&
          !ovs_vocab_is (OVS_TYPE_ORGANISATION_KIND, ovs_organisation_get_kind (org), OVS_ORGANISATION_KIND_HIRER))
        g_ptr_array_add (names, g_strdup (ovs_organisation_get_name (org)));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (form->employers, 1, g_list_model_get_n_items (G_LIST_MODEL (form->employers)) - 1,
                          (const char * const *) names->pdata);
  for (guint i = 0; names->pdata[i] != NULL; i++)
    g_free (names->pdata[i]);
}

static guint
employer_position (OvsEmployeeForm *form, const char *name)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (form->employers));

  for (guint i = 1; name != NULL && *name != '\0' && i < n; i++)
    if (g_ascii_strcasecmp (gtk_string_list_get_string (form->employers, i), name) == 0)
      return i;
  return 0;
}

static char *
display_value (const FieldInfo *info, OvsEmployee *employee)
{
  int number;

  switch (info->kind)
    {
    case KIND_DATE:
      return ovs_date_iso_to_display (ovs_employee_get_text (employee, info->text));
    case KIND_HOURS:
      return ovs_format_hours (ovs_employee_get_contract_hours (employee));
    case KIND_SCALE:
    case KIND_STEP:
      number = info->kind == KIND_SCALE ? ovs_employee_get_salary_scale (employee)
                                        : ovs_employee_get_salary_step (employee);
      return number < 0 ? g_strdup ("") : g_strdup_printf ("%d", number);
    default:
      return g_strdup (ovs_employee_get_text (employee, info->text));
    }
}

void
_ovs_employee_form_fill (OvsEmployeeForm *form, OvsEmployee *employee)
{
  for (guint i = 0; i < OVS_N_FIELDS; i++)
    {
      const FieldInfo *info = &field_info[i];
      GtkWidget *row = form->fields[i].row;

      _ovs_employee_form_show_error (form, i, NULL);
      if (info->kind == KIND_CATEGORY)
        {
          const char *category = employee ? ovs_employee_get_text (employee, info->text) : NULL;
          guint position = ovs_vocab_string_list_find (adw_combo_row_get_model (ADW_COMBO_ROW (row)), category);

          /* Not recorded (position 0) for none, or a category the list does not know. */
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), position != GTK_INVALID_LIST_POSITION ? position : 0);
        }
      else if (info->kind == KIND_EMPLOYER)
        adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                                    employer_position (form, employee ? ovs_employee_get_text (employee, info->text)
                                                                      : NULL));
      else
        {
          g_autofree char *value = employee ? display_value (info, employee) : g_strdup ("");

          gtk_editable_set_text (GTK_EDITABLE (row), value);
        }
    }
}

void
_ovs_employee_form_set_editable (OvsEmployeeForm *form, gboolean editable)
{
  for (guint i = 0; i < OVS_N_FIELDS; i++)
    {
      GtkWidget *row = form->fields[i].row;

      if (ADW_IS_ENTRY_ROW (row))
        gtk_editable_set_editable (GTK_EDITABLE (row), editable);
      else
        gtk_widget_set_sensitive (row, editable);
    }
}

void
_ovs_employee_form_show_error (OvsEmployeeForm *form, OvsField field, const char *message)
{
  OvsFieldRow *f = &form->fields[field];
  GtkAccessible *accessible = accessible_of (f->row);

  f->invalid = message != NULL;
  gtk_widget_set_visible (f->error_row, f->invalid);
  if (f->invalid)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->error_row), message);
      gtk_widget_add_css_class (f->row, "error");
      gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_accessible_update_state (accessible, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (f->row, "error");
      gtk_accessible_reset_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (accessible, GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static const char *
text_of (OvsEmployeeForm *form, OvsField field)
{
  return gtk_editable_get_text (GTK_EDITABLE (form->fields[field].row));
}

static const char *
category_of (OvsEmployeeForm *form)
{
  AdwComboRow *row = ADW_COMBO_ROW (form->fields[OVS_FIELD_CATEGORY].row);
  const char *code = ovs_vocab_string_list_get_code (adw_combo_row_get_model (row), adw_combo_row_get_selected (row));

  return code != NULL ? code : "";
}

static const char *
employer_of (OvsEmployeeForm *form)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (form->fields[OVS_FIELD_EMPLOYER].row));

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION
         ? "" : gtk_string_list_get_string (form->employers, selected);
}

/* A scale or step: empty, or a whole number from 0 to 99 (the core's range and message). */
static gboolean
check_scale (const FieldInfo *info, const char *text, gboolean *has, gint64 *value, GError **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  *has = *trimmed != '\0';
  if (!*has)
    return TRUE;
  if (!ovs_parse_int (trimmed, value, error))
    return FALSE;
  if (*value >= 0 && *value <= 99)
    return TRUE;
  if (info->kind == KIND_SCALE)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                 _("Salary scale %lld is outside 0 to 99"), (long long) *value);
  else
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                 _("Salary step %lld is outside 0 to 99"), (long long) *value);
  return FALSE;
}

/* Checks @text as the core would; on success *out (if asked) gets the stored form. */
static gboolean
check_value (OvsEmployeeForm *form, const FieldInfo *info, const char *text, char **out, GError **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  gboolean has;
  gint64 number;
  int minutes;

  if (*trimmed == '\0' && info->required && info->core_label != NULL)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("The %s is missing"),
                   _(info->core_label));
      return FALSE;
    }
  switch (info->kind)
    {
    case KIND_DATE:
      return *trimmed == '\0' || (*out = ovs_date_normalize (trimmed, error)) != NULL;
    case KIND_BSN:
      return *trimmed == '\0' || ovs_bsn_validate (trimmed, out, error);
    case KIND_HOURS:
      return ovs_parse_contract_hours (trimmed, &minutes, error);
    case KIND_SCALE:
    case KIND_STEP:
      return check_scale (info, trimmed, &has, &number, error);
    case KIND_CATEGORY:
      {
        const char *category;

        return *trimmed == '\0' || ovs_parse_category (trimmed, &category, error);
      }
    default:
      return TRUE;
    }
}

static const char *
raw_value (OvsEmployeeForm *form, OvsField field)
{
  switch (field_info[field].kind)
    {
    case KIND_CATEGORY:
      return category_of (form);
    case KIND_EMPLOYER:
      return employer_of (form);
    default:
      return text_of (form, field);
    }
}

gboolean
_ovs_employee_form_check (OvsEmployeeForm *form, OvsField field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  gboolean ok;

  if (!gtk_widget_get_visible (form->fields[field].row))
    return TRUE;
  ok = check_value (form, &field_info[field], raw_value (form, field), &out, &error);
  _ovs_employee_form_show_error (form, field, ok ? NULL : error->message);
  return ok;
}

static const char *
keep (GPtrArray *strings, char *text)
{
  g_ptr_array_add (strings, text);
  return text;
}

static const char *
stored_text (OvsEmployeeForm *form, OvsField field, GPtrArray *strings)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (raw_value (form, field)));
  char *out = NULL;

  if (*trimmed == '\0')
    return NULL;
  if (field_info[field].kind == KIND_DATE || field_info[field].kind == KIND_BSN)
    {
      check_value (form, &field_info[field], trimmed, &out, NULL);
      return out ? keep (strings, out) : NULL;
    }
  return keep (strings, g_steal_pointer (&trimmed));
}

gboolean
_ovs_employee_form_read (OvsEmployeeForm *form, OvsEmployeeFields *f, GPtrArray *strings)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < OVS_N_FIELDS; i++)
    ok = _ovs_employee_form_check (form, i) && ok;
  if (!ok)
    return FALSE;
  _ovs_employee_form_snapshot (form, f, strings);
  return TRUE;
}

void
_ovs_employee_form_snapshot (OvsEmployeeForm *form, OvsEmployeeFields *f, GPtrArray *strings)
{
  f->personnel_number = stored_text (form, OVS_FIELD_PERSONNEL_NUMBER, strings);
  f->first_name = stored_text (form, OVS_FIELD_FIRST_NAME, strings);
  f->name_prefix = stored_text (form, OVS_FIELD_NAME_PREFIX, strings);
  f->last_name = stored_text (form, OVS_FIELD_LAST_NAME, strings);
  f->birth_date = stored_text (form, OVS_FIELD_BIRTH_DATE, strings);
  f->bsn = stored_text (form, OVS_FIELD_BSN, strings);
  f->residence = stored_text (form, OVS_FIELD_RESIDENCE, strings);
  f->home_municipality = stored_text (form, OVS_FIELD_HOME_MUNICIPALITY, strings);
  f->category = stored_text (form, OVS_FIELD_CATEGORY, strings);
  f->indication_valid_until = stored_text (form, OVS_FIELD_INDICATION_VALID_UNTIL, strings);
  f->employer = stored_text (form, OVS_FIELD_EMPLOYER, strings);
  f->employment_start = stored_text (form, OVS_FIELD_EMPLOYMENT_START, strings);
  ovs_parse_contract_hours (text_of (form, OVS_FIELD_CONTRACT_HOURS), &f->contract_minutes, NULL);
  check_scale (&field_info[OVS_FIELD_SALARY_SCALE], text_of (form, OVS_FIELD_SALARY_SCALE),
               &f->has_salary_scale, &f->salary_scale, NULL);
  check_scale (&field_info[OVS_FIELD_SALARY_STEP], text_of (form, OVS_FIELD_SALARY_STEP),
               &f->has_salary_step, &f->salary_step, NULL);
}

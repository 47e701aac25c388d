/* ovs-employee.c — one employee as a read-only row object for lists and editors. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-aow.h"
#include "overstap/people/ovs-employee-list.h"
#include "people/ovs-employee-private.h"

struct _OvsEmployee
{
  GObject  parent_instance;

  gint64   id;
  gint64   employer_id;
  int      contract_minutes;
  int      salary_scale;
  int      salary_step;
  char    *texts[OVS_EMPLOYEE_N_TEXTS];
};

G_DEFINE_FINAL_TYPE (OvsEmployee, ovs_employee, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_EMPLOYER_ID,
  PROP_CONTRACT_HOURS,
  PROP_SALARY_SCALE,
  PROP_SALARY_STEP,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + OVS_EMPLOYEE_N_TEXTS
};

static GParamSpec *properties[N_PROPS];

/* Property names of the texts, in OvsEmployeeText order. */
static const char *text_names[OVS_EMPLOYEE_N_TEXTS] = {
  "personnel-number", "first-name", "name-prefix", "last-name", "birth-date", "bsn", "residence",
  "home-municipality", "category", "indication-valid-until", "employer-name", "employment-start",
  "employment-end", "employment-type", "status", "crew-name", "work-organisation-name", "wsw-since",
  "transfer-status", "display-name", "full-name", "bsn-masked", "reindication-deadline", "search-key", "aow-date",
};

static void
ovs_employee_finalize (GObject *object)
{
  OvsEmployee *self = OVS_EMPLOYEE (object);

  for (guint i = 0; i < OVS_EMPLOYEE_N_TEXTS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (ovs_employee_parent_class)->finalize (object);
}

static void
ovs_employee_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OvsEmployee *self = OVS_EMPLOYEE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_EMPLOYER_ID:
      g_value_set_int64 (value, self->employer_id);
      break;
    case PROP_CONTRACT_HOURS:
      g_value_set_double (value, ovs_employee_get_contract_hours (self));
      break;
    case PROP_SALARY_SCALE:
      g_value_set_int (value, self->salary_scale);
      break;
    case PROP_SALARY_STEP:
      g_value_set_int (value, self->salary_step);
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ovs_employee_class_init (OvsEmployeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ovs_employee_finalize;
  object_class->get_property = ovs_employee_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_EMPLOYER_ID] = g_param_spec_int64 ("employer-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CONTRACT_HOURS] = g_param_spec_double ("contract-hours", NULL, NULL, 0, 40, 0, flags);
  properties[PROP_SALARY_SCALE] = g_param_spec_int ("salary-scale", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_SALARY_STEP] = g_param_spec_int ("salary-step", NULL, NULL, -1, G_MAXINT, -1, flags);
  /* The names come from a static table, so G_PARAM_STATIC_STRINGS holds. */
  for (guint i = 0; i < OVS_EMPLOYEE_N_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ovs_employee_init (OvsEmployee *self)
{
  self->salary_scale = -1;
  self->salary_step = -1;
}

char *
ovs_employee_format_display_name (const char *first_name, const char *name_prefix, const char *last_name)
{
  if (name_prefix != NULL && *name_prefix != '\0')
    return g_strdup_printf ("%s, %s %s", last_name, first_name, name_prefix);
  return g_strdup_printf ("%s, %s", last_name, first_name);
}

char *
ovs_employee_format_full_name (const char *first_name, const char *name_prefix, const char *last_name)
{
  if (name_prefix != NULL && *name_prefix != '\0')
    return g_strdup_printf ("%s %s %s", first_name, name_prefix, last_name);
  return g_strdup_printf ("%s %s", first_name, last_name);
}

char *
ovs_reindication_deadline (const char *valid_until)
{
  GDate date;

  if (!ovs_date_from_iso (valid_until, &date))
    return NULL;
  g_date_subtract_days (&date, OVS_REINDICATION_LEAD_DAYS);
  return ovs_date_to_iso (&date);
}

static void
derive_texts (OvsEmployee *self, const char *raw_bsn)
{
  char **t = self->texts;
  g_autofree char *search = NULL;

  t[OVS_EMPLOYEE_DISPLAY_NAME] = ovs_employee_format_display_name (t[OVS_EMPLOYEE_FIRST_NAME],
                                                                   t[OVS_EMPLOYEE_NAME_PREFIX],
                                                                   t[OVS_EMPLOYEE_LAST_NAME]);
  t[OVS_EMPLOYEE_FULL_NAME] = ovs_employee_format_full_name (t[OVS_EMPLOYEE_FIRST_NAME],
                                                             t[OVS_EMPLOYEE_NAME_PREFIX],
                                                             t[OVS_EMPLOYEE_LAST_NAME]);
  t[OVS_EMPLOYEE_BSN_MASKED] = ovs_bsn_mask (raw_bsn);
  t[OVS_EMPLOYEE_REINDICATION_DEADLINE] = ovs_reindication_deadline (t[OVS_EMPLOYEE_INDICATION_VALID_UNTIL]);
  search = g_strdup_printf ("%s %s %s", t[OVS_EMPLOYEE_FULL_NAME], t[OVS_EMPLOYEE_LAST_NAME],
                            t[OVS_EMPLOYEE_PERSONNEL_NUMBER]);
  t[OVS_EMPLOYEE_SEARCH_KEY] = ovs_employee_search_fold (search);
  /* Derived from the birth date as shown: a role that may not see it gets no AOW date either. */
  t[OVS_EMPLOYEE_AOW_DATE] = ovs_aow_date_iso (t[OVS_EMPLOYEE_BIRTH_DATE]);
}

void
ovs_employee_visibility_get (OvsStore *store, OvsEmployeeVisibility *visibility)
{
  visibility->view_bsn = ovs_store_can (store, OVS_PERM_VIEW_BSN);
  visibility->view_health = ovs_store_can (store, OVS_PERM_VIEW_HEALTH);
  visibility->view_personal = ovs_store_can (store, OVS_PERM_VIEW_PERSONAL);
}

/* What a roster does not need (AVG art. 5(1)(c)): a role without OVS_PERM_VIEW_PERSONAL keeps the
 * name, personnel number, contract hours, crew and status. The employment type and Wsw start are left
 * out too, because "nieuw beschut" or Wsw itself tells of a disability; the AOW date, derived from the
 * birth date, stays empty with it. */
static const OvsEmployeeText personal_texts[] = {
  OVS_EMPLOYEE_BIRTH_DATE, OVS_EMPLOYEE_RESIDENCE, OVS_EMPLOYEE_HOME_MUNICIPALITY, OVS_EMPLOYEE_EMPLOYER_NAME,
  OVS_EMPLOYEE_EMPLOYMENT_START, OVS_EMPLOYEE_EMPLOYMENT_END, OVS_EMPLOYEE_EMPLOYMENT_TYPE,
  OVS_EMPLOYEE_TRANSFER_STATUS, OVS_EMPLOYEE_WORK_ORGANISATION_NAME, OVS_EMPLOYEE_WSW_SINCE,
};

static void
hide_personal (OvsEmployee *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (personal_texts); i++)
    g_clear_pointer (&self->texts[personal_texts[i]], g_free);
  self->employer_id = 0;
  self->salary_scale = -1;
  self->salary_step = -1;
}

OvsEmployee *
ovs_employee_new_from_row (gint64 id, gint64 employer_id, int contract_minutes, int salary_scale,
                           int salary_step, const char * const *texts, const OvsEmployeeVisibility *visibility)
{
  OvsEmployee *self = g_object_new (OVS_TYPE_EMPLOYEE, NULL);

  self->id = id;
  self->employer_id = employer_id;
  self->contract_minutes = contract_minutes;
  self->salary_scale = salary_scale;
  self->salary_step = salary_step;
  for (guint i = 0; i <= OVS_EMPLOYEE_TRANSFER_STATUS; i++)
    self->texts[i] = g_strdup (texts[i] ? texts[i] : "");
  if (!visibility->view_bsn)
    g_clear_pointer (&self->texts[OVS_EMPLOYEE_BSN], g_free);
  if (!visibility->view_health)
    {
      g_clear_pointer (&self->texts[OVS_EMPLOYEE_CATEGORY], g_free);
      g_clear_pointer (&self->texts[OVS_EMPLOYEE_INDICATION_VALID_UNTIL], g_free);
      /* A Wsw start tells that a disability was indicated: health data too. */
      g_clear_pointer (&self->texts[OVS_EMPLOYEE_WSW_SINCE], g_free);
    }
  g_free (self->texts[OVS_EMPLOYEE_STATUS]);
  /* Sickness is health data: a role without VIEW_HEALTH sees only that the person is away. */
  self->texts[OVS_EMPLOYEE_STATUS] = g_strdup (ovs_employee_status_shown (texts[OVS_EMPLOYEE_STATUS],
                                                                          visibility->view_health));
  if (!visibility->view_personal)
    hide_personal (self);
  /* Not even the masked BSN's last digits for a role that sees nothing personal. */
  derive_texts (self, visibility->view_personal ? texts[OVS_EMPLOYEE_BSN] : NULL);
  /* Hidden or absent values read as "", never NULL, so that expressions need no NULL checks. */
  for (guint i = 0; i < OVS_EMPLOYEE_N_TEXTS; i++)
    if (self->texts[i] == NULL)
      self->texts[i] = g_strdup ("");
  return self;
}

gint64
ovs_employee_get_id (OvsEmployee *self)
{
  g_return_val_if_fail (OVS_IS_EMPLOYEE (self), 0);
  return self->id;
}

gint64
ovs_employee_get_employer_id (OvsEmployee *self)
{
  g_return_val_if_fail (OVS_IS_EMPLOYEE (self), 0);
  return self->employer_id;
}

double
ovs_employee_get_contract_hours (OvsEmployee *self)
{
  g_return_val_if_fail (OVS_IS_EMPLOYEE (self), 0);
  return self->contract_minutes / 60.0;
}

int
ovs_employee_get_salary_scale (OvsEmployee *self)
{
  g_return_val_if_fail (OVS_IS_EMPLOYEE (self), -1);
  return self->salary_scale;
}

int
ovs_employee_get_salary_step (OvsEmployee *self)
{
  g_return_val_if_fail (OVS_IS_EMPLOYEE (self), -1);
  return self->salary_step;
}

const char *
ovs_employee_get_text (OvsEmployee *self, OvsEmployeeText which)
{
  g_return_val_if_fail (OVS_IS_EMPLOYEE (self), "");
  g_return_val_if_fail ((guint) which < OVS_EMPLOYEE_N_TEXTS, "");
  return self->texts[which];
}

const char *
ovs_employee_get_personnel_number (OvsEmployee *self)
{
  return ovs_employee_get_text (self, OVS_EMPLOYEE_PERSONNEL_NUMBER);
}

const char *
ovs_employee_get_display_name (OvsEmployee *self)
{
  return ovs_employee_get_text (self, OVS_EMPLOYEE_DISPLAY_NAME);
}

const char *
ovs_employee_get_status (OvsEmployee *self)
{
  return ovs_employee_get_text (self, OVS_EMPLOYEE_STATUS);
}

/* JSON keys and the texts they carry; empty texts become null. */
static const struct { const char *key; OvsEmployeeText text; } json_texts[] = {
  { "personnel_number", OVS_EMPLOYEE_PERSONNEL_NUMBER },
  { "first_name", OVS_EMPLOYEE_FIRST_NAME },
  { "name_prefix", OVS_EMPLOYEE_NAME_PREFIX },
  { "last_name", OVS_EMPLOYEE_LAST_NAME },
  { "display_name", OVS_EMPLOYEE_DISPLAY_NAME },
  { "birth_date", OVS_EMPLOYEE_BIRTH_DATE },
  { "residence", OVS_EMPLOYEE_RESIDENCE },
  { "home_municipality", OVS_EMPLOYEE_HOME_MUNICIPALITY },
  { "category", OVS_EMPLOYEE_CATEGORY },
  { "indication_valid_until", OVS_EMPLOYEE_INDICATION_VALID_UNTIL },
  { "reindication_deadline", OVS_EMPLOYEE_REINDICATION_DEADLINE },
  { "employer", OVS_EMPLOYEE_EMPLOYER_NAME },
  { "employment_start", OVS_EMPLOYEE_EMPLOYMENT_START },
  { "employment_end", OVS_EMPLOYEE_EMPLOYMENT_END },
  { "employment_type", OVS_EMPLOYEE_EMPLOYMENT_TYPE },
  { "status", OVS_EMPLOYEE_STATUS },
  { "crew", OVS_EMPLOYEE_CREW_NAME },
  { "transfer_status", OVS_EMPLOYEE_TRANSFER_STATUS },
  { "work_organisation", OVS_EMPLOYEE_WORK_ORGANISATION_NAME },
  { "wsw_since", OVS_EMPLOYEE_WSW_SINCE },
  { "aow_date", OVS_EMPLOYEE_AOW_DATE },
};

static void
set_text_or_null (JsonObject *object, const char *key, const char *text)
{
  if (text != NULL && *text != '\0')
    json_object_set_string_member (object, key, text);
  else
    json_object_set_null_member (object, key);
}

JsonObject *
ovs_employee_to_json (OvsEmployee *self)
{
  JsonObject *object;
  const char *bsn;

  g_return_val_if_fail (OVS_IS_EMPLOYEE (self), NULL);

  object = json_object_new ();
  json_object_set_int_member (object, "id", self->id);
  for (guint i = 0; i < G_N_ELEMENTS (json_texts); i++)
    set_text_or_null (object, json_texts[i].key, self->texts[json_texts[i].text]);
  /* The full BSN only where the role may see it; the masked form otherwise. */
  bsn = *self->texts[OVS_EMPLOYEE_BSN] ? self->texts[OVS_EMPLOYEE_BSN] : self->texts[OVS_EMPLOYEE_BSN_MASKED];
  set_text_or_null (object, "bsn", bsn);
  json_object_set_double_member (object, "contract_hours", ovs_employee_get_contract_hours (self));
  if (self->salary_scale >= 0)
    json_object_set_int_member (object, "salary_scale", self->salary_scale);
  else
    json_object_set_null_member (object, "salary_scale");
  if (self->salary_step >= 0)
    json_object_set_int_member (object, "salary_step", self->salary_step);
  else
    json_object_set_null_member (object, "salary_step");
  json_object_set_int_member (object, "employer_id", self->employer_id);
  return object;
}

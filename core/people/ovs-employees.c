/* ovs-employees.c — adding employees, one at a time or as the importer's batch: validation, history rows and audit.
 *
 * The importer calls ovs_employees_add() for every CSV row inside its own transaction, so a call
 * costs a handful of cached statements and no schema queries. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stddef.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-aow.h"
#include "overstap/people/ovs-employees.h"
#include "people/ovs-employee-row-private.h"

/* The statements an import runs for every row. */
typedef enum
{
  STMT_FIND,
  STMT_INSERT_EMPLOYEE,
  STMT_HOME_MUNICIPALITY,
  STMT_INDICATION,
  N_STMTS
} Stmt;

static const char * const stmt_sql[N_STMTS] = {
  [STMT_FIND] = "SELECT id FROM employee WHERE personnel_number = ?",
  [STMT_INSERT_EMPLOYEE] =
    "INSERT INTO employee (" OVS_EMPLOYEE_INSERT_COLUMNS ") "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
  [STMT_HOME_MUNICIPALITY] =
    "INSERT INTO home_municipality (employee_id, municipality, valid_from) VALUES (?, ?, ?) "
    "ON CONFLICT (employee_id, valid_from) DO UPDATE SET municipality = excluded.municipality",
  [STMT_INDICATION] =
    "INSERT INTO indication (employee_id, category, indication_date, valid_until) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (employee_id, indication_date) DO UPDATE SET category = excluded.category, "
    "valid_until = excluded.valid_until",
};

struct _OvsEmployeeBatch
{
  OvsStore         *store;
  OvsEmployeeAudit  audit;
  GHashTable       *employers;   /* name as given -> organisation id, 0 for none */
  OvsStmt *stmts[N_STMTS];   /* the store's, kept at hand */
};

/* The statement @which, reset and unbound. The store's cache hashes the whole SQL text on every
 * call, which an import of 100,000 rows does half a million times, so a batch keeps the pointers
 * (the store owns the statements for its lifetime, and the batch holds a reference to the store). */
static OvsStmt *
prepare_stmt (OvsStore *store, OvsEmployeeBatch *batch, Stmt which, GError **error)
{
  OvsStmt *stmt;

  if (batch == NULL || batch->stmts[which] == NULL)
    {
      stmt = ovs_store_prepare (store, stmt_sql[which], error);
      if (batch != NULL)
        batch->stmts[which] = stmt;
      return stmt;
    }
  stmt = batch->stmts[which];
  /* Every parameter is bound again by the caller. */
  ovs_stmt_reset (stmt);
  return stmt;
}

/* Text that lives until the statement has run: SQLite need not copy it. NULL and "" bind NULL. */
static void
bind_text_static (OvsStmt *stmt, int index, const char *text)
{
  ovs_stmt_bind_text_static (stmt, index, text != NULL && *text != '\0' ? text : NULL);
}

/* --- the validated row (ovs-employee-row-private.h) --- */

void
ovs_employee_row_clear (OvsEmployeeRow *row)
{
  char **strings[] = { &row->personnel_number, &row->first_name, &row->name_prefix, &row->last_name,
                       &row->birth_date, &row->bsn, &row->residence, &row->employment_start,
                       &row->employment_type, &row->home_municipality, &row->category,
                       &row->indication_date, &row->valid_until, &row->wsw_since };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_clear_pointer (strings[i], g_free);
}

const OvsEmployeeRowText ovs_employee_row_texts[] = {
  { "personnel_number", offsetof (OvsEmployeeRow, personnel_number) },
  { "first_name", offsetof (OvsEmployeeRow, first_name) },
  { "name_prefix", offsetof (OvsEmployeeRow, name_prefix) },
  { "last_name", offsetof (OvsEmployeeRow, last_name) },
  { "birth_date", offsetof (OvsEmployeeRow, birth_date) },
  { "bsn", offsetof (OvsEmployeeRow, bsn) },
  { "residence", offsetof (OvsEmployeeRow, residence) },
  { "employment_start", offsetof (OvsEmployeeRow, employment_start) },
  { "employment_type", offsetof (OvsEmployeeRow, employment_type) },
};
const guint ovs_employee_n_row_texts = G_N_ELEMENTS (ovs_employee_row_texts);

/* --- helpers shared with the other employee modules (ovs-employee-private.h) --- */

gboolean
ovs_employee_invalid (const char **field, const char *column, GError **error, OvsValidationError code,
                      const char *format, ...)
{
  va_list args;

  if (field != NULL)
    *field = column;
  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (OVS_VALIDATION_ERROR, code, format, args));
  va_end (args);
  return FALSE;
}

/* TRUE for an existing date written exactly as ISO 'YYYY-MM-DD' in the years ovs_date_parse()
 * accepts: such a date normalises to itself, and the importer's dates all look like this. */
static gboolean
is_normal_iso_date (const char *text)
{
  guint year, month, day;

  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return FALSE;
  if (text[10] != '\0')
    return FALSE;
  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) (text[5] - '0') * 10 + (guint) (text[6] - '0');
  day = (guint) (text[8] - '0') * 10 + (guint) (text[9] - '0');
  return year >= 1900 && year <= 2200 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

gboolean
ovs_employee_check_date (const char *text, const char *column, const char *label, gboolean required,
                         char **out, const char **field, GError **error)
{
  g_autofree char *trimmed = NULL;

  if (text != NULL && is_normal_iso_date (text))
    {
      *out = g_strdup (text);
      return TRUE;
    }
  trimmed = g_strstrip (g_strdup (text ? text : ""));
  *out = NULL;
  if (*trimmed == '\0')
    {
      if (!required)
        return TRUE;
      return ovs_employee_invalid (field, column, error, OVS_VALIDATION_ERROR_REQUIRED,
                                   _("The %s is missing"), _(label));
    }
  if ((*out = ovs_date_normalize (trimmed, error)) == NULL)
    {
      if (field != NULL)
        *field = column;
      g_prefix_error (error, "%s: ", _(label));
      return FALSE;
    }
  return TRUE;
}

gboolean
ovs_employee_require_exists (OvsStore *store, gint64 id, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT 1 FROM employee WHERE id = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  found = ovs_stmt_next (stmt, &local);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (!found)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                 _("There is no employee with id %lld"), (long long) id);
  return found;
}

/* --- validation --- */

static gboolean
check_text (const char *text, const char *column, const char *label, gboolean required, char **out,
            const char **field, GError **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  *out = NULL;
  if (*trimmed != '\0')
    {
      *out = g_steal_pointer (&trimmed);
      return TRUE;
    }
  if (!required)
    return TRUE;
  return ovs_employee_invalid (field, column, error, OVS_VALIDATION_ERROR_REQUIRED, _("The %s is missing"),
                               _(label));
}

static gboolean
validate_texts (const OvsEmployeeFields *f, OvsEmployeeRow *row, const char **field, GError **error)
{
  return check_text (f->personnel_number, "personeelsnummer", N_("personnel number"), TRUE,
                     &row->personnel_number, field, error) &&
         check_text (f->first_name, "voornaam", N_("first name"), TRUE, &row->first_name, field, error) &&
         check_text (f->name_prefix, "tussenvoegsel", N_("name prefix"), FALSE, &row->name_prefix, field, error) &&
         check_text (f->last_name, "achternaam", N_("last name"), TRUE, &row->last_name, field, error) &&
         check_text (f->residence, "woonplaats", N_("residence"), FALSE, &row->residence, field, error) &&
         check_text (f->home_municipality, "woongemeente", N_("home municipality"), TRUE,
                     &row->home_municipality, field, error);
}

static gboolean
validate_dates (const OvsEmployeeFields *f, OvsEmployeeRow *row, gboolean adding, const char **field, GError **error)
{
  const char *indicated;

  if (!ovs_employee_check_date (f->birth_date, "geboortedatum", N_("birth date"), TRUE, &row->birth_date,
                                field, error) ||
      !ovs_employee_check_date (f->employment_start, "in_dienst_sinds", N_("employment start"), TRUE,
                                &row->employment_start, field, error) ||
      !ovs_employee_check_date (f->indication_date, "indicatiedatum", N_("indication date"), FALSE,
                                &row->indication_date, field, error) ||
      !ovs_employee_check_date (f->indication_valid_until, "indicatie_geldig_tot", N_("indication end date"),
                                FALSE, &row->valid_until, field, error))
    return FALSE;
  if (strcmp (row->birth_date, row->employment_start) >= 0)
    return ovs_employee_invalid (field, "geboortedatum", error, OVS_VALIDATION_ERROR_DATE_ORDER,
                                 _("The birth date %s is not before the employment start %s"),
                                 row->birth_date, row->employment_start);
  /* On update a missing indication date means "today": check_new_indication() checks that one. */
  indicated = row->indication_date ? row->indication_date : (adding ? row->employment_start : NULL);
  if (row->valid_until != NULL && indicated != NULL && strcmp (row->valid_until, indicated) < 0)
    return ovs_employee_invalid (field, "indicatie_geldig_tot", error, OVS_VALIDATION_ERROR_DATE_ORDER,
                                 _("The indication ends on %s, before it starts on %s"), row->valid_until,
                                 indicated);
  return TRUE;
}

static gboolean
validate_type_and_category (const OvsEmployeeFields *f, OvsEmployeeRow *row, const char **field, GError **error)
{
  const char *type = f->employment_type;
  const char *category = NULL;
  int value = OVS_EMPLOYMENT_TYPE_WSW;

  if (type != NULL && !ovs_vocab_parse (OVS_TYPE_EMPLOYMENT_TYPE, type, &value))
    {
      g_autofree char *types = ovs_vocab_codes_joined (OVS_TYPE_EMPLOYMENT_TYPE, NULL);

      return ovs_employee_invalid (field, "dienstverband", error, OVS_VALIDATION_ERROR_INVALID_VALUE,
                                   _("“%s” is not an employment type (%s)"), type, types);
    }
  row->employment_type = g_strdup (ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, value));

  /* A Wsw employment rests on an indication; nieuw beschut (Participatiewet) may lack one. */
  if (f->category == NULL || *f->category == '\0')
    {
      if (value == OVS_EMPLOYMENT_TYPE_NEW_SHELTERED)
        return TRUE;
      return ovs_employee_invalid (field, "arbeidshandicap", error, OVS_VALIDATION_ERROR_REQUIRED,
                                   _("The indication category is missing: a Wsw employee needs matig or ernstig"));
    }
  if (!ovs_parse_category (f->category, &category, error))
    {
      if (field != NULL)
        *field = "arbeidshandicap";
      return FALSE;
    }
  row->category = g_strdup (category);
  return TRUE;
}

static gboolean
validate_numbers (const OvsEmployeeFields *f, OvsEmployeeRow *row, const char **field, GError **error)
{
  if (f->contract_minutes <= 0 || f->contract_minutes > 40 * 60)
    return ovs_employee_invalid (field, "contracturen", error, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                                 _("%g contract hours per week is outside 0 to 40"), f->contract_minutes / 60.0);
  if (f->has_salary_scale && (f->salary_scale < 0 || f->salary_scale > 99))
    return ovs_employee_invalid (field, "schaal", error, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                                 _("Salary scale %lld is outside 0 to 99"), (long long) f->salary_scale);
  if (f->has_salary_step && (f->salary_step < 0 || f->salary_step > 99))
    return ovs_employee_invalid (field, "trede", error, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                                 _("Salary step %lld is outside 0 to 99"), (long long) f->salary_step);
  row->contract_minutes = f->contract_minutes;
  row->has_scale = f->has_salary_scale;
  row->scale = f->salary_scale;
  row->has_step = f->has_salary_step;
  row->step = f->salary_step;
  if (f->bsn != NULL && *f->bsn != '\0' && !ovs_bsn_validate (f->bsn, &row->bsn, error))
    {
      if (field != NULL)
        *field = "bsn";
      return FALSE;
    }
  return TRUE;
}

/* The id, or 0 when no row matches or (with @error set) the database failed. Without @error a failed
 * read is still logged by ovs_stmt_next(). */
static gint64
lookup_id (OvsStore *store, const char *sql, const char *text, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);
  g_autoptr(GError) local = NULL;
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, text);
  if (ovs_stmt_next (stmt, error != NULL ? &local : NULL))
    id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  return id;
}

/* The employee with the personnel number (trimmed first), as lookup_id(). */
static gint64
find_number (OvsStore *store, const char *personnel_number, GError **error)
{
  g_autofree char *trimmed = NULL;

  if (personnel_number == NULL)
    return 0;
  trimmed = g_strstrip (g_strdup (personnel_number));
  return lookup_id (store, "SELECT id FROM employee WHERE personnel_number = ?", trimmed, error);
}

/* The checks that read the database: the employer exists, the personnel number is free. A batch
 * has its employers cached, and its caller has checked the personnel number. */
static gboolean
validate_references (OvsStore *store, OvsEmployeeBatch *batch, const OvsEmployeeFields *f, OvsEmployeeRow *row,
                     gint64 self_id, const char **field, GError **error)
{
  g_autofree char *employer = g_strstrip (g_strdup (f->employer ? f->employer : ""));
  g_autoptr(GError) local = NULL;
  gint64 other;

  if (*employer == '\0')
    return ovs_employee_invalid (field, "werkgever", error, OVS_VALIDATION_ERROR_REQUIRED,
                                 _("The %s is missing"), _("employer"));
  /* organisation.name is COLLATE NOCASE, so this lookup ignores case. */
  row->employer_id = batch != NULL ? ovs_employee_batch_employer (batch, employer, &local)
                                   : lookup_id (store, "SELECT id FROM organisation WHERE name = ?", employer, &local);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (row->employer_id == 0)
    return ovs_employee_invalid (field, "werkgever", error, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION,
                                 _("There is no organisation named “%s” to be the employer"), employer);
  if (batch != NULL)
    return TRUE;
  other = find_number (store, row->personnel_number, &local);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (other != 0 && other != self_id)
    return ovs_employee_invalid (field, "personeelsnummer", error, OVS_VALIDATION_ERROR_DUPLICATE,
                                 _("Personnel number %s is already in use"), row->personnel_number);
  return TRUE;
}

/* The work organisation: the one named, else the employer (a new employee works where they are
 * employed until a secondment or a transfer says otherwise). */
static gboolean
validate_work_organisation (OvsStore *store, OvsEmployeeBatch *batch, const OvsEmployeeFields *f,
                            OvsEmployeeRow *row, const char **field, GError **error)
{
  g_autofree char *name = g_strstrip (g_strdup (f->work_organisation ? f->work_organisation : ""));
  g_autoptr(GError) local = NULL;

  if (*name == '\0')
    {
      row->work_organisation_id = row->employer_id;
      return TRUE;
    }
  row->work_organisation_id = batch != NULL ? ovs_employee_batch_employer (batch, name, &local)
                                            : lookup_id (store, "SELECT id FROM organisation WHERE name = ?", name,
                                                         &local);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (row->work_organisation_id == 0)
    return ovs_employee_invalid (field, "werkorganisatie", error, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION,
                                 _("There is no organisation named “%s” to be the work organisation"), name);
  return TRUE;
}

/* The Wsw since the Participatiewet: nobody enters after 2014 (a re-placement keeps the Wsw), and the
 * employment ends at the AOW age, so it cannot start on or after it. */
static gboolean
validate_wsw (const OvsEmployeeFields *f, OvsEmployeeRow *row, const char **field, GError **error)
{
  g_autofree char *aow = ovs_aow_date_iso (row->birth_date);

  if (aow != NULL && strcmp (row->employment_start, aow) >= 0)
    return ovs_employee_invalid (field, "in_dienst_sinds", error, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                                 _("The employment start %s is on or after the AOW date %s"),
                                 row->employment_start, aow);
  if (!ovs_vocab_is (OVS_TYPE_EMPLOYMENT_TYPE, row->employment_type, OVS_EMPLOYMENT_TYPE_WSW))
    return TRUE;
  if (!ovs_employee_check_date (f->wsw_since, "wsw_sinds", N_("Wsw employment start"), FALSE, &row->wsw_since,
                                field, error))
    return FALSE;
  if (row->wsw_since == NULL)
    row->wsw_since = g_strdup (row->employment_start);
  if (strcmp (row->wsw_since, row->employment_start) > 0)
    return ovs_employee_invalid (field, "wsw_sinds", error, OVS_VALIDATION_ERROR_DATE_ORDER,
                                 _("The Wsw employment since %s starts after this employment (%s)"),
                                 row->wsw_since, row->employment_start);
  if (strcmp (row->employment_start, OVS_WSW_INTAKE_STOP) >= 0 && strcmp (row->wsw_since, OVS_WSW_LAST_INTAKE_DAY) > 0)
    return ovs_employee_invalid (field, "in_dienst_sinds", error, OVS_VALIDATION_ERROR_INTAKE_STOP,
                                 _("No new Wsw employment since 1 January 2015: a Wsw employment starting on %s "
                                   "needs a Wsw employment on 31-12-2014 (give its start as Wsw since); "
                                   "consider nieuw beschut"), row->employment_start);
  return TRUE;
}

gboolean
ovs_employee_validate_row (OvsStore *store, OvsEmployeeBatch *batch, const OvsEmployeeFields *f,
                           OvsEmployeeRow *row, gint64 self_id, const char **field, GError **error)
{
  return validate_texts (f, row, field, error) &&
         validate_dates (f, row, self_id == 0, field, error) &&
         validate_type_and_category (f, row, field, error) &&
         validate_numbers (f, row, field, error) &&
         validate_references (store, batch, f, row, self_id, field, error) &&
         validate_work_organisation (store, batch, f, row, field, error) &&
         validate_wsw (f, row, field, error);
}

/* --- writing --- */

void
ovs_employee_json_text (JsonObject *object, const char *key, const char *text)
{
  if (text != NULL)
    json_object_set_string_member (object, key, text);
  else
    json_object_set_null_member (object, key);
}

void
ovs_employee_json_int (JsonObject *object, const char *key, gboolean is_set, gint64 value)
{
  if (is_set)
    json_object_set_int_member (object, key, value);
  else
    json_object_set_null_member (object, key);
}

/* The audit log is readable by hr: it keeps the BSN masked, like the lists do. */
void
ovs_employee_json_bsn (JsonObject *object, const char *bsn)
{
  g_autofree char *masked = bsn ? ovs_bsn_mask (bsn) : NULL;

  ovs_employee_json_text (object, "bsn", masked);
}

/* The strings bound here live until the statement has run (the callers step it at once). */
gboolean
ovs_employee_upsert_home_municipality (OvsStore *store, OvsEmployeeBatch *batch, gint64 id,
                                       const char *municipality, const char *valid_from, GError **error)
{
  OvsStmt *stmt = prepare_stmt (store, batch, STMT_HOME_MUNICIPALITY, error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  ovs_stmt_bind_text_static (stmt, 2, municipality);
  ovs_stmt_bind_text_static (stmt, 3, valid_from);
  return ovs_stmt_run (stmt, error);
}

gboolean
ovs_employee_upsert_indication (OvsStore *store, OvsEmployeeBatch *batch, gint64 id, const char *category,
                                const char *date, const char *valid_until, GError **error)
{
  OvsStmt *stmt = prepare_stmt (store, batch, STMT_INDICATION, error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  ovs_stmt_bind_text_static (stmt, 2, category);
  ovs_stmt_bind_text_static (stmt, 3, date);
  bind_text_static (stmt, 4, valid_until);
  return ovs_stmt_run (stmt, error);
}

/* Binds the employee columns in the order both INSERT and UPDATE below use. */
void
ovs_employee_bind_row (OvsStmt *stmt, const OvsEmployeeRow *row)
{
  bind_text_static (stmt, 1, row->personnel_number);
  bind_text_static (stmt, 2, row->first_name);
  bind_text_static (stmt, 3, row->name_prefix);
  bind_text_static (stmt, 4, row->last_name);
  bind_text_static (stmt, 5, row->birth_date);
  bind_text_static (stmt, 6, row->bsn);
  bind_text_static (stmt, 7, row->residence);
  ovs_stmt_bind_int (stmt, 8, row->contract_minutes);
  ovs_stmt_bind_int_or_null (stmt, 9, row->has_scale, row->scale);
  ovs_stmt_bind_int_or_null (stmt, 10, row->has_step, row->step);
  ovs_stmt_bind_int64 (stmt, 11, row->employer_id);
  bind_text_static (stmt, 12, row->employment_start);
  bind_text_static (stmt, 13, row->employment_type);
  ovs_stmt_bind_int64 (stmt, 14, row->work_organisation_id);
  bind_text_static (stmt, 15, row->wsw_since);
}

/* The audit row of a new employee: every field, the BSN masked (the audit log is readable by hr). */
void
ovs_employee_audit_inserted (OvsEmployeeAudit *audit, const OvsEmployeeRow *row)
{
  g_autofree char *masked = row->bsn ? ovs_bsn_mask (row->bsn) : NULL;

  ovs_employee_audit_begin (audit);
  for (guint i = 0; i < ovs_employee_n_row_texts; i++)
    ovs_employee_audit_text (audit, ovs_employee_row_texts[i].key,
                             g_str_equal (ovs_employee_row_texts[i].key, "bsn") ? masked
                                                                                : OVS_EMPLOYEE_ROW_TEXT (row, i));
  ovs_employee_audit_int (audit, "contract_minutes", TRUE, row->contract_minutes);
  ovs_employee_audit_int (audit, "salary_scale", row->has_scale, row->scale);
  ovs_employee_audit_int (audit, "salary_step", row->has_step, row->step);
  ovs_employee_audit_int (audit, "employer_id", TRUE, row->employer_id);
  ovs_employee_audit_text (audit, "home_municipality", row->home_municipality);
  ovs_employee_audit_text (audit, "category", row->category);
  ovs_employee_audit_text (audit, "indication_valid_until", row->valid_until);
  ovs_employee_audit_int (audit, "work_organisation_id", TRUE, row->work_organisation_id);
  ovs_employee_audit_text (audit, "wsw_since", row->wsw_since);
}

/* The employee row alone, as one statement: it is written whole or not at all. Returns the id. */
static gint64
insert_employee_row (OvsStore *store, OvsEmployeeBatch *batch, const OvsEmployeeRow *row, GError **error)
{
  OvsStmt *stmt = prepare_stmt (store, batch, STMT_INSERT_EMPLOYEE, error);
  gint64 id;

  if (stmt == NULL)
    return 0;
  ovs_employee_bind_row (stmt, row);
  return ovs_stmt_run_returning_id (stmt, &id, error) ? id : 0;
}

/* What follows the employee row: the first home municipality and indication, and the audit row.
 * For a new employee none of these can break a rule the validation has not checked. */
static gboolean
insert_history_and_audit (OvsStore *store, OvsEmployeeBatch *batch, OvsEmployeeAudit *audit, gint64 id,
                          const OvsEmployeeRow *row, GError **error)
{
  if (!ovs_employee_upsert_home_municipality (store, batch, id, row->home_municipality, row->employment_start, error))
    return FALSE;
  if (row->category != NULL &&
      !ovs_employee_upsert_indication (store, batch, id, row->category,
                          row->indication_date ? row->indication_date : row->employment_start,
                          row->valid_until, error))
    return FALSE;
  ovs_employee_audit_inserted (audit, row);
  return ovs_employee_audit_write (audit, store, "insert", id, error);
}

static gint64
insert_employee (OvsStore *store, const OvsEmployeeRow *row, GError **error)
{
  OvsEmployeeAudit audit;
  gint64 id;

  ovs_employee_audit_init (&audit);
  id = insert_employee_row (store, NULL, row, error);
  if (id != 0 && !insert_history_and_audit (store, NULL, &audit, id, row, error))
    id = 0;
  ovs_employee_audit_clear (&audit);
  return id;
}

gint64
ovs_employees_add (OvsStore *store, const OvsEmployeeFields *fields, const char **field, GError **error)
{
  g_auto(OvsEmployeeRow) row = { 0 };
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (field != NULL)
    *field = NULL;
  /* The personnel number is checked free in the transaction that takes it. */
  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error) || !ovs_store_begin (store, error))
    return 0;
  id = ovs_employee_validate_row (store, NULL, fields, &row, 0, field, error)
       ? insert_employee (store, &row, error) : 0;
  if (!ovs_store_finish (store, id != 0, error))
    return 0;
  ovs_store_emit_changed (store, "employee");
  return id;
}

/* --- the importer's batch (ovs-employee-private.h) --- */

OvsEmployeeBatch *
ovs_employee_batch_new (OvsStore *store)
{
  OvsEmployeeBatch *batch = g_new0 (OvsEmployeeBatch, 1);

  batch->store = g_object_ref (store);
  batch->employers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ovs_employee_audit_init (&batch->audit);
  return batch;
}

void
ovs_employee_batch_free (OvsEmployeeBatch *batch)
{
  if (batch == NULL)
    return;
  g_clear_object (&batch->store);
  g_clear_pointer (&batch->employers, g_hash_table_unref);
  ovs_employee_audit_clear (&batch->audit);
  g_free (batch);
}

gint64
ovs_employee_batch_employer (OvsEmployeeBatch *batch, const char *name, GError **error)
{
  gpointer id;

  if (!g_hash_table_lookup_extended (batch->employers, name, NULL, &id))
    {
      g_autoptr(GError) local = NULL;
      gint64 found = lookup_id (batch->store, "SELECT id FROM organisation WHERE name = ?", name, &local);

      /* A failed read is not remembered as "no such organisation". */
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), 0);
      id = g_memdup2 (&found, sizeof found);
      g_hash_table_insert (batch->employers, g_strdup (name), id);
    }
  return *(gint64 *) id;
}

gint64
ovs_employee_batch_find (OvsEmployeeBatch *batch, const char *personnel_number, GError **error)
{
  OvsStmt *stmt = prepare_stmt (batch->store, batch, STMT_FIND, error);
  g_autoptr(GError) local = NULL;
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text_static (stmt, 1, personnel_number);
  if (ovs_stmt_next (stmt, &local))
    id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  return id;
}

gint64
ovs_employee_batch_add (OvsEmployeeBatch *batch, const OvsEmployeeFields *fields, const char **field,
                        GError **error)
{
  g_auto(OvsEmployeeRow) row = { 0 };
  g_autoptr(GError) local = NULL;
  gint64 id;

  if (field != NULL)
    *field = NULL;
  if (!ovs_employee_validate_row (batch->store, batch, fields, &row, 0, field, error) ||
      (id = insert_employee_row (batch->store, batch, &row, error)) == 0)
    return 0;
  if (insert_history_and_audit (batch->store, batch, &batch->audit, id, &row, &local))
    return id;
  /* The employee row is in but the rest is not: only undoing the caller's transaction repairs that. */
  g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_FAILED,
               _("Employee %s was only partly written (%s); the whole import is undone"),
               row.personnel_number, local->message);
  return 0;
}

gint64
ovs_employees_find (OvsStore *store, const char *personnel_number, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  return find_number (store, personnel_number, error);
}


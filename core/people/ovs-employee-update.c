/* ovs-employee-update.c — changing an employee: the row read inside the transaction that writes it, the
 * fields a caller changed merged into it (ovs_employees_change), the history rows and the audit row; and
 * the fields an editor starts from (ovs_employees_load_fields). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-employees.h"
#include "people/ovs-employee-row-private.h"
#include "store/ovs-version-private.h"

/* --- update --- */

#define LOAD_SQL \
  "SELECT e.personnel_number, e.first_name, e.name_prefix, e.last_name, e.birth_date, e.bsn, e.residence, " \
  "  e.employment_start, e.employment_type, " \
  "  (SELECT municipality FROM home_municipality h WHERE h.employee_id = e.id " \
  "   ORDER BY h.valid_from DESC LIMIT 1), " \
  "  i.category, i.indication_date, i.valid_until, " \
  "  e.contract_minutes, e.salary_scale, e.salary_step, e.employer_id, o.name, " \
  "  e.work_organisation_id, w.name, e.wsw_since, e.version " \
  "FROM employee e JOIN organisation o ON o.id = e.employer_id " \
  "LEFT JOIN organisation w ON w.id = e.work_organisation_id " \
  "LEFT JOIN indication i ON i.id = (SELECT id FROM indication WHERE employee_id = e.id " \
  "                                  ORDER BY indication_date DESC LIMIT 1) " \
  "WHERE e.id = ?"

/* Reads the stored employee into @row (and the employer's name into @employer and the row version into
 * @version, if not NULL). */
static gboolean
load_row (OvsStore *store, gint64 id, OvsEmployeeRow *row, char **employer, char **work, gint64 *version,
          GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, LOAD_SQL, error);
  char **texts[] = { &row->personnel_number, &row->first_name, &row->name_prefix, &row->last_name,
                     &row->birth_date, &row->bsn, &row->residence, &row->employment_start,
                     &row->employment_type, &row->home_municipality, &row->category,
                     &row->indication_date, &row->valid_until };
  g_autoptr(GError) local = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if (!ovs_stmt_next (stmt, &local))
    {
      ovs_stmt_reset (stmt);
      if (local != NULL)
        return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                   _("There is no employee with id %lld"), (long long) id);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    *texts[i] = ovs_stmt_dup_text (stmt, (int) i);
  row->contract_minutes = ovs_stmt_get_int (stmt, 13);
  row->has_scale = !ovs_stmt_is_null (stmt, 14);
  row->scale = ovs_stmt_get_int64 (stmt, 14);
  row->has_step = !ovs_stmt_is_null (stmt, 15);
  row->step = ovs_stmt_get_int64 (stmt, 15);
  row->employer_id = ovs_stmt_get_int64 (stmt, 16);
  if (employer != NULL)
    *employer = ovs_stmt_dup_text (stmt, 17);
  row->work_organisation_id = ovs_stmt_get_int64 (stmt, 18);
  if (work != NULL)
    *work = ovs_stmt_dup_text (stmt, 19);
  row->wsw_since = ovs_stmt_dup_text (stmt, 20);
  if (version != NULL)
    *version = ovs_stmt_get_int64 (stmt, 21);
  ovs_stmt_reset (stmt);
  return TRUE;
}

static gboolean
same_municipality (const char *a, const char *b)
{
  g_autofree char *fa = a ? g_utf8_casefold (a, -1) : NULL;
  g_autofree char *fb = b ? g_utf8_casefold (b, -1) : NULL;

  return g_strcmp0 (fa, fb) == 0;
}

static gboolean
indication_changed (const OvsEmployeeRow *old, const OvsEmployeeRow *row)
{
  return g_strcmp0 (old->category, row->category) != 0 || g_strcmp0 (old->valid_until, row->valid_until) != 0 ||
         (row->indication_date != NULL && g_strcmp0 (old->indication_date, row->indication_date) != 0);
}

/* The changed employee columns only; the history tables are compared by the caller. */
static void
diff_employee (const OvsEmployeeRow *old, const OvsEmployeeRow *row, JsonObject *changes)
{
  for (guint i = 0; i < ovs_employee_n_row_texts; i++)
    if (g_strcmp0 (OVS_EMPLOYEE_ROW_TEXT (old, i), OVS_EMPLOYEE_ROW_TEXT (row, i)) != 0)
      ovs_employee_json_text (changes, ovs_employee_row_texts[i].key, OVS_EMPLOYEE_ROW_TEXT (row, i));
  if (json_object_has_member (changes, "bsn"))
    ovs_employee_json_bsn (changes, row->bsn);
  if (old->contract_minutes != row->contract_minutes)
    json_object_set_int_member (changes, "contract_minutes", row->contract_minutes);
  if (old->has_scale != row->has_scale || (row->has_scale && old->scale != row->scale))
    ovs_employee_json_int (changes, "salary_scale", row->has_scale, row->scale);
  if (old->has_step != row->has_step || (row->has_step && old->step != row->step))
    ovs_employee_json_int (changes, "salary_step", row->has_step, row->step);
  if (old->employer_id != row->employer_id)
    json_object_set_int_member (changes, "employer_id", row->employer_id);
  if (old->work_organisation_id != row->work_organisation_id)
    json_object_set_int_member (changes, "work_organisation_id", row->work_organisation_id);
  if (g_strcmp0 (old->wsw_since, row->wsw_since) != 0)
    ovs_employee_json_text (changes, "wsw_since", row->wsw_since);
}

static gboolean
update_employee_row (OvsStore *store, gint64 id, const OvsEmployeeRow *row, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "UPDATE employee SET personnel_number = ?1, first_name = ?2, name_prefix = ?3, last_name = ?4, "
    "birth_date = ?5, bsn = ?6, residence = ?7, contract_minutes = ?8, salary_scale = ?9, salary_step = ?10, "
    "employer_id = ?11, employment_start = ?12, employment_type = ?13, work_organisation_id = ?14, "
    "wsw_since = ?15 WHERE id = ?16", error);

  if (stmt == NULL)
    return FALSE;
  ovs_employee_bind_row (stmt, row);
  ovs_stmt_bind_int64 (stmt, 16, id);
  return ovs_stmt_run (stmt, error);
}

/* The date of the indication row an update writes: the one given, else today when it renews an
 * indication on record, else the employment start (the first indication). */
static const char *
new_indication_date (const OvsEmployeeRow *old, const OvsEmployeeRow *row, const char *today)
{
  if (row->indication_date != NULL)
    return row->indication_date;
  return old->category != NULL ? today : row->employment_start;
}

/* A new indication dated today that ended before today is a mistake, not a renewal: ask for its date. */
static gboolean
check_new_indication (const OvsEmployeeRow *old, const OvsEmployeeRow *row, const char **field, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  const char *date = new_indication_date (old, row, today);

  if (!indication_changed (old, row) || row->valid_until == NULL || strcmp (row->valid_until, date) >= 0)
    return TRUE;
  return ovs_employee_invalid (field, "indicatie_geldig_tot", error, OVS_VALIDATION_ERROR_DATE_ORDER,
                               _("The new indication would start on %s and end on %s, before it starts; "
                                 "give the indication's own date"), date, row->valid_until);
}

/* Writes what differs between @old and @row: the employee columns, a new home municipality row and a
 * new indication row, and one audit row naming the changed fields. */
static gboolean
write_update (OvsStore *store, gint64 id, const OvsEmployeeRow *old, const OvsEmployeeRow *row, JsonObject *changes,
              GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  gboolean moved = !same_municipality (old->home_municipality, row->home_municipality);
  gboolean reindicated = indication_changed (old, row) && row->category != NULL;
  const char *date = new_indication_date (old, row, today);

  if (json_object_get_size (changes) > 0 && !update_employee_row (store, id, row, error))
    return FALSE;
  if (moved)
    json_object_set_string_member (changes, "home_municipality", row->home_municipality);
  if (moved && !ovs_employee_upsert_home_municipality (store, NULL, id, row->home_municipality, today, error))
    return FALSE;
  if (reindicated)
    {
      ovs_employee_json_text (changes, "category", row->category);
      json_object_set_string_member (changes, "indication_date", date);
      ovs_employee_json_text (changes, "indication_valid_until", row->valid_until);
      if (!ovs_employee_upsert_indication (store, NULL, id, row->category, date, row->valid_until, error))
        return FALSE;
    }
  return json_object_get_size (changes) == 0 || ovs_store_audit (store, "update", "employee", id, changes, error);
}

/* The fields of a stored row; the strings stay @row's and @employer's. indication_date is left NULL,
 * so that a changed category or end date is recorded as a new indication dated today. */
static void
fields_from_row (const OvsEmployeeRow *r, const char *employer, const char *work, OvsEmployeeFields *f)
{
  *f = (OvsEmployeeFields) {
    .personnel_number = r->personnel_number, .first_name = r->first_name, .name_prefix = r->name_prefix,
    .last_name = r->last_name, .birth_date = r->birth_date, .bsn = r->bsn, .residence = r->residence,
    .home_municipality = r->home_municipality, .category = r->category, .indication_date = NULL,
    .indication_valid_until = r->valid_until, .contract_minutes = r->contract_minutes,
    .has_salary_scale = r->has_scale, .salary_scale = r->scale, .has_salary_step = r->has_step,
    .salary_step = r->step, .employer = employer, .employment_start = r->employment_start,
    .employment_type = r->employment_type, .work_organisation = work, .wsw_since = r->wsw_since,
  };
}

/* The text members of OvsEmployeeFields, for the three-way merge. */
static const gsize field_texts[] = {
  G_STRUCT_OFFSET (OvsEmployeeFields, personnel_number), G_STRUCT_OFFSET (OvsEmployeeFields, first_name),
  G_STRUCT_OFFSET (OvsEmployeeFields, name_prefix), G_STRUCT_OFFSET (OvsEmployeeFields, last_name),
  G_STRUCT_OFFSET (OvsEmployeeFields, birth_date), G_STRUCT_OFFSET (OvsEmployeeFields, bsn),
  G_STRUCT_OFFSET (OvsEmployeeFields, residence), G_STRUCT_OFFSET (OvsEmployeeFields, home_municipality),
  G_STRUCT_OFFSET (OvsEmployeeFields, category), G_STRUCT_OFFSET (OvsEmployeeFields, indication_date),
  G_STRUCT_OFFSET (OvsEmployeeFields, indication_valid_until), G_STRUCT_OFFSET (OvsEmployeeFields, employer),
  G_STRUCT_OFFSET (OvsEmployeeFields, employment_start), G_STRUCT_OFFSET (OvsEmployeeFields, employment_type),
  G_STRUCT_OFFSET (OvsEmployeeFields, work_organisation), G_STRUCT_OFFSET (OvsEmployeeFields, wsw_since),
};

#define FIELD_TEXT(f, i) (*(const char **) ((char *) (f) + field_texts[i]))

/* Applies to @current what the caller changed from @before to @after, and nothing else: a field the
 * caller left alone keeps the value stored now, whoever wrote it since the caller read it. */
static void
merge_changed (OvsEmployeeFields *current, const OvsEmployeeFields *before, const OvsEmployeeFields *after)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_texts); i++)
    if (g_strcmp0 (FIELD_TEXT (before, i), FIELD_TEXT (after, i)) != 0)
      FIELD_TEXT (current, i) = FIELD_TEXT (after, i);
  if (before->contract_minutes != after->contract_minutes)
    current->contract_minutes = after->contract_minutes;
  if (before->has_salary_scale != after->has_salary_scale ||
      (after->has_salary_scale && before->salary_scale != after->salary_scale))
    {
      current->has_salary_scale = after->has_salary_scale;
      current->salary_scale = after->salary_scale;
    }
  if (before->has_salary_step != after->has_salary_step ||
      (after->has_salary_step && before->salary_step != after->salary_step))
    {
      current->has_salary_step = after->has_salary_step;
      current->salary_step = after->salary_step;
    }
}

static void
seen_int (JsonObject *seen, const char *key, gboolean is_set, gint64 value)
{
  if (is_set)
    json_object_set_int_member (seen, key, value);
  else
    json_object_set_null_member (seen, key);
}

/* The audit keys of the fields a caller changed from @before to @after (NULL-terminated, static), and
 * in @seen the values they had in @before (the employer by name). */
static const char **
changed_keys (const OvsEmployeeFields *before, const OvsEmployeeFields *after, JsonObject *seen)
{
  static const char *const text_keys[] = {
    "personnel_number", "first_name", "name_prefix", "last_name", "birth_date", "bsn", "residence",
    "home_municipality", "category", "indication_date", "indication_valid_until", "employer_id",
    "employment_start", "employment_type", "work_organisation_id", "wsw_since",
  };
  GPtrArray *keys = g_ptr_array_new ();

  G_STATIC_ASSERT (G_N_ELEMENTS (text_keys) == G_N_ELEMENTS (field_texts));
  for (guint i = 0; i < G_N_ELEMENTS (field_texts); i++)
    if (g_strcmp0 (FIELD_TEXT (before, i), FIELD_TEXT (after, i)) != 0)
      {
        g_ptr_array_add (keys, (gpointer) text_keys[i]);
        ovs_employee_json_text (seen, text_keys[i], FIELD_TEXT (before, i));
      }
  if (json_object_has_member (seen, "bsn"))
    ovs_employee_json_bsn (seen, before->bsn);
  if (before->contract_minutes != after->contract_minutes)
    {
      g_ptr_array_add (keys, "contract_minutes");
      json_object_set_int_member (seen, "contract_minutes", before->contract_minutes);
    }
  if (before->has_salary_scale != after->has_salary_scale || before->salary_scale != after->salary_scale)
    {
      g_ptr_array_add (keys, "salary_scale");
      seen_int (seen, "salary_scale", before->has_salary_scale, before->salary_scale);
    }
  if (before->has_salary_step != after->has_salary_step || before->salary_step != after->salary_step)
    {
      g_ptr_array_add (keys, "salary_step");
      seen_int (seen, "salary_step", before->has_salary_step, before->salary_step);
    }
  g_ptr_array_add (keys, NULL);
  return (const char **) g_ptr_array_free (keys, FALSE);
}

/* A whole-row update conflicts with any change since its version; a merge only with a change of one
 * of the fields it changes itself, since then one of the two would be lost (ovs-version-private.h). */
static gboolean
check_version (OvsStore *store, gint64 id, const OvsEmployeeFields *before, const OvsEmployeeFields *after,
               GError **error)
{
  g_autofree const char **keys = NULL;
  g_autoptr(JsonObject) seen = NULL;

  if (before == NULL)
    return ovs_store_check_version (store, "employee", id, after->version, error);
  seen = json_object_new ();
  keys = changed_keys (before, after, seen);
  return ovs_store_check_fields (store, "employee", id, before->version, keys, seen, error);
}

/* Inside the caller's transaction: reads the stored row, works out the new one (@after whole when
 * @before is NULL, else merged), validates it and writes the difference with its audit row. */
static gboolean
update_in_transaction (OvsStore *store, gint64 id, const OvsEmployeeFields *before, const OvsEmployeeFields *after,
                       JsonObject *changes, const char **field, GError **error)
{
  g_auto(OvsEmployeeRow) old = { 0 };
  g_auto(OvsEmployeeRow) row = { 0 };
  g_autofree char *employer = NULL, *work = NULL;
  OvsEmployeeFields merged = *after;

  if (!check_version (store, id, before, after, error) || !load_row (store, id, &old, &employer, &work, NULL, error))
    return FALSE;
  if (before != NULL)
    {
      fields_from_row (&old, employer, work, &merged);
      merge_changed (&merged, before, after);
    }
  /* Not given: unchanged. */
  if (merged.work_organisation == NULL)
    merged.work_organisation = work;
  if (merged.wsw_since == NULL)
    merged.wsw_since = old.wsw_since;
  /* A Wsw start that was this employment's own start follows it when the start is corrected. */
  if (g_strcmp0 (merged.wsw_since, old.wsw_since) == 0 && g_strcmp0 (old.wsw_since, old.employment_start) == 0)
    merged.wsw_since = NULL;
  if (!ovs_employee_validate_row (store, NULL, &merged, &row, id, field, error) ||
      !check_new_indication (&old, &row, field, error))
    return FALSE;
  diff_employee (&old, &row, changes);
  return write_update (store, id, &old, &row, changes, error);
}

static gboolean
update (OvsStore *store, gint64 id, const OvsEmployeeFields *before, const OvsEmployeeFields *after,
        const char **field, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();

  if (field != NULL)
    *field = NULL;
  /* The row is read inside the transaction, which holds the write lock: what it checks and merges is
   * what it writes over, and a concurrent change waits for it instead of being lost. */
  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error) || !ovs_store_begin (store, error) ||
      !ovs_store_finish (store, update_in_transaction (store, id, before, after, changes, field, error), error))
    return FALSE;
  if (json_object_get_size (changes) > 0)
    ovs_store_emit_changed (store, "employee");
  return TRUE;
}

gboolean
ovs_employees_update (OvsStore *store, gint64 id, const OvsEmployeeFields *fields, const char **field,
                      GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  return update (store, id, NULL, fields, field, error);
}

gboolean
ovs_employees_change (OvsStore *store, gint64 id, const OvsEmployeeFields *before, const OvsEmployeeFields *after,
                      const char **field, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (before != NULL && after != NULL, FALSE);
  return update (store, id, before, after, field, error);
}

/* --- loading fields for editors --- */

/* The fields and the strings they point into, freed together. */
typedef struct
{
  OvsEmployeeFields fields;
  OvsEmployeeRow               row;
  char             *employer;
  char             *work;
} LoadedFields;

OvsEmployeeFields *
ovs_employees_load_fields (OvsStore *store, gint64 id, GError **error)
{
  LoadedFields *loaded;
  OvsEmployeeFields *f;
  OvsEmployeeRow *r;
  gint64 version = 0;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_EDIT_EMPLOYEES, error))
    return NULL;
  loaded = g_new0 (LoadedFields, 1);
  f = &loaded->fields;
  r = &loaded->row;
  if (!load_row (store, id, r, &loaded->employer, &loaded->work, &version, error))
    {
      ovs_employee_fields_free (f);
      return NULL;
    }
  fields_from_row (r, loaded->employer, loaded->work, f);
  f->version = version;
  return f;
}

void
ovs_employee_fields_free (OvsEmployeeFields *fields)
{
  /* Only ovs_employees_load_fields() makes these, and fields is LoadedFields' first member. */
  LoadedFields *loaded = (LoadedFields *) fields;

  if (loaded == NULL)
    return;
  ovs_employee_row_clear (&loaded->row);
  g_free (loaded->employer);
  g_free (loaded->work);
  g_free (loaded);
}

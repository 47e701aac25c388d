/* ovs-employee-list.c — the employee list (one query for all rows) and the re-indication list. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/people/ovs-employee-list.h"
#include "overstap/people/ovs-employees.h"
#include "people/ovs-employee-private.h"

/* Columns 0-4 are numbers; 5 onwards the texts in OvsEmployeeText order. The current home
 * municipality, indication, crew membership and transfer case come from correlated subqueries that
 * each use an index on employee_id, so the whole list is a single pass over employee. ?1 is today, ?2
 * the crew scope (ovs_store_crew_scope()): a teamleider sees only their own crew's name.
 *
 * A role selects only the columns it may see, and NULL for the others: on a server the database's
 * own column privileges refuse the rest (core/store/sql/pg-access.sql), so a team leader's query that
 * named the BSN column would fail even though core blanks it afterwards. The %s are filled in by
 * list_select(). */
#define LIST_SELECT_FORMAT \
  "SELECT e.id, %s, e.contract_minutes, %s, %s, " \
  "  e.personnel_number, e.first_name, e.name_prefix, e.last_name, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, " \
  "  e.status, " \
  "  (SELECT c.name FROM crew_membership m JOIN crew c ON c.id = m.crew_id " \
  "   WHERE m.employee_id = e.id AND m.start_date <= ?1 AND (m.end_date IS NULL OR m.end_date >= ?1) " \
  "     AND (?2 IS NULL OR c.id IN (SELECT su.crew_id FROM user_crew su JOIN app_user sa ON sa.id = su.user_id " \
  "                                 WHERE sa.name = ?2)) " \
  "   ORDER BY m.start_date DESC LIMIT 1), " \
  "  %s, %s, %s " \
  "FROM %s e %s %s "

#define HOME_MUNICIPALITY \
  "(SELECT h.municipality FROM home_municipality h WHERE h.employee_id = e.id ORDER BY h.valid_from DESC LIMIT 1)"
#define TRANSFER_STATUS "(SELECT t.status FROM transfer_case t WHERE t.employee_id = e.id)"
#define ORGANISATION_JOINS \
  "JOIN organisation o ON o.id = e.employer_id LEFT JOIN organisation w ON w.id = e.work_organisation_id"
#define INDICATION_JOIN \
  "LEFT JOIN indication i ON i.id = (SELECT x.id FROM indication x WHERE x.employee_id = e.id " \
  "                                  ORDER BY x.indication_date DESC LIMIT 1)"

/* The SELECT … FROM … of the list for what @visibility lets the role see (a new string). */
static char *
list_select (OvsStore *store, const OvsEmployeeVisibility *visibility)
{
  gboolean personal = visibility->view_personal;
  gboolean health = visibility->view_health;

#define IF(cond, column) ((cond) ? (column) : "NULL")
  return g_strdup_printf (LIST_SELECT_FORMAT,
                          personal ? "e.employer_id" : "0", IF (personal, "e.salary_scale"),
                          IF (personal, "e.salary_step"),
                          IF (personal, "e.birth_date"), IF (visibility->view_bsn, "e.bsn"),
                          IF (personal, "e.residence"), IF (personal, HOME_MUNICIPALITY),
                          IF (health, "i.category"), IF (health, "i.valid_until"), IF (personal, "o.name"),
                          IF (personal, "e.employment_start"), IF (personal, "e.employment_end"),
                          IF (personal, "e.employment_type"),
                          IF (personal, "w.name"), IF (personal && health, "e.wsw_since"),
                          IF (personal, TRANSFER_STATUS),
                          ovs_store_employee_source (store), personal ? ORGANISATION_JOINS : "",
                          health ? INDICATION_JOIN : "");
#undef IF
}

#define FIRST_TEXT_COLUMN 5

/* A teamleider sees the people of their own crews (ovs_store_crew_scope(): their user name, bound as
 * parameter N, or NULL for everybody): anyone with a membership of such a crew that has not ended
 * before today (?1), so future members too. */
#define CREW_SCOPE(n) \
  "(?" #n " IS NULL OR EXISTS (SELECT 1 FROM crew_membership sm " \
  "  JOIN user_crew su ON su.crew_id = sm.crew_id JOIN app_user sa ON sa.id = su.user_id " \
  "  WHERE sm.employee_id = e.id AND sa.name = ?" #n " AND (sm.end_date IS NULL OR sm.end_date >= ?1))) "

static OvsEmployee *
row_from_statement (OvsStmt *stmt, const OvsEmployeeVisibility *visibility)
{
  const char *texts[OVS_EMPLOYEE_TRANSFER_STATUS + 1];

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    texts[i] = ovs_stmt_get_text (stmt, FIRST_TEXT_COLUMN + (int) i);
  return ovs_employee_new_from_row (ovs_stmt_get_int64 (stmt, 0), ovs_stmt_get_int64 (stmt, 1),
                                    ovs_stmt_get_int (stmt, 2),
                                    ovs_stmt_is_null (stmt, 3) ? -1 : ovs_stmt_get_int (stmt, 3),
                                    ovs_stmt_is_null (stmt, 4) ? -1 : ovs_stmt_get_int (stmt, 4),
                                    texts, visibility);
}


GPtrArray *
ovs_employees_list_rows (OvsStore *store, GError **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = ovs_date_today_iso ();
  g_autofree char *select = NULL;
  g_autofree char *sql = NULL;
  OvsEmployeeVisibility visibility;
  OvsStmt *stmt;
  GError *local = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error))
    return NULL;
  ovs_employee_visibility_get (store, &visibility);
  select = list_select (store, &visibility);
  sql = g_strconcat (select, "WHERE " CREW_SCOPE (2) "ORDER BY e.last_name, e.first_name, e.personnel_number",
                     NULL);
  stmt = ovs_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_text_or_null (stmt, 2, ovs_store_crew_scope (store));
  while (ovs_stmt_next (stmt, &local))
    g_ptr_array_add (rows, row_from_statement (stmt, &visibility));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GListStore *
ovs_employees_list (OvsStore *store, GError **error)
{
  g_autoptr(GPtrArray) rows = ovs_employees_list_rows (store, error);
  GListStore *list;

  if (rows == NULL)
    return NULL;
  /* One splice, so that a bound view sees a single items-changed. */
  list = g_list_store_new (OVS_TYPE_EMPLOYEE);
  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return list;
}

OvsEmployee *
ovs_employees_get (OvsStore *store, gint64 id, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  g_autofree char *select = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) local = NULL;
  OvsEmployeeVisibility visibility;
  OvsEmployee *employee = NULL;
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error))
    return NULL;
  ovs_employee_visibility_get (store, &visibility);
  select = list_select (store, &visibility);
  sql = g_strconcat (select, "WHERE e.id = ?3 AND " CREW_SCOPE (2), NULL);
  stmt = ovs_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_text_or_null (stmt, 2, ovs_store_crew_scope (store));
  ovs_stmt_bind_int64 (stmt, 3, id);
  if (ovs_stmt_next (stmt, &local))
    employee = row_from_statement (stmt, &visibility);
  ovs_stmt_reset (stmt);
  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  else if (employee == NULL && ovs_store_crew_scope (store) != NULL)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_PERMISSION_DENIED,
                 _("%s (role %s) sees only the people of their own crews"), ovs_store_get_user (store),
                 ovs_role_to_string (ovs_store_get_role (store)));
  else if (employee == NULL)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                 _("There is no employee with id %lld"), (long long) id);
  return employee;
}

gboolean
ovs_employee_require_visible (OvsStore *store, gint64 id, GError **error)
{
  g_autoptr(OvsEmployee) employee = NULL;

  if (!ovs_employee_require_exists (store, id, error))
    return FALSE;
  if (ovs_store_crew_scope (store) == NULL)
    return TRUE;
  employee = ovs_employees_get (store, id, error);
  return employee != NULL;
}

/* The health data a row shows: what the access log records of a read. */
static OvsHealthData
health_shown (OvsEmployee *employee)
{
  OvsHealthData what = 0;

  if (*ovs_employee_get_text (employee, OVS_EMPLOYEE_CATEGORY) != '\0' ||
      *ovs_employee_get_text (employee, OVS_EMPLOYEE_INDICATION_VALID_UNTIL) != '\0')
    what |= OVS_HEALTH_INDICATION;
  if (ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, ovs_employee_get_status (employee), OVS_EMPLOYEE_STATUS_SICK))
    what |= OVS_HEALTH_SICKNESS;
  return what;
}

OvsEmployee *
ovs_employees_read (OvsStore *store, gint64 id, const char *channel, GError **error)
{
  g_autoptr(OvsEmployee) employee = ovs_employees_get (store, id, error);

  g_return_val_if_fail (channel != NULL, NULL);

  if (employee == NULL ||
      !ovs_store_log_access (store, id, health_shown (employee), channel, 1, error))
    return NULL;
  return g_steal_pointer (&employee);
}

JsonArray *
ovs_employees_list_json (OvsStore *store, GError **error)
{
  g_autoptr(GListStore) list = ovs_employees_list (store, error);
  JsonArray *array;
  guint n;

  if (list == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  array = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OvsEmployee) employee = g_list_model_get_item (G_LIST_MODEL (list), i);

      json_array_add_object_element (array, ovs_employee_to_json (employee));
    }
  return array;
}

/* --- searching and sorting --- */

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

char *
ovs_employee_search_fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  for (p = text; *p != '\0' && (guchar) *p < 0x80; p++)
    ;
  if (*p == '\0')
    return g_ascii_strdown (text, -1);
  /* Compatibility decomposition after case folding splits "é" into "e" and its accent, and the
   * ligature "ĳ" into "ij"; the accents (combining marks) are then left out. */
  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_steal_pointer (&folded);
  out = g_string_sized_new (strlen (decomposed));
  for (p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_mark (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
ovs_employee_search_matches (OvsEmployee *row, const char *folded_query)
{
  g_return_val_if_fail (folded_query != NULL, FALSE);

  return *folded_query == '\0' ||
         strstr (ovs_employee_get_text (row, OVS_EMPLOYEE_SEARCH_KEY), folded_query) != NULL;
}

/* A GtkStringSorter's key (ignoring case, as it does by default): the same order without GTK. */
static char *
collate_key (OvsEmployee *row, int column)
{
  g_autofree char *folded = g_utf8_casefold (ovs_employee_get_text (row, column), -1);

  return g_utf8_collate_key (folded, -1);
}

static int
compare_hours (OvsEmployee *a, OvsEmployee *b)
{
  double x = ovs_employee_get_contract_hours (a);
  double y = ovs_employee_get_contract_hours (b);

  return x < y ? -1 : x > y ? 1 : 0;
}

typedef struct
{
  OvsEmployee  *row;
  char        **keys;   /* one collation key per sort key (NULL for the hours) */
} SortEntry;

typedef struct
{
  const OvsEmployeeSortKey *keys;
  guint                     n_keys;
} SortSpec;

static int
compare_entries (gconstpointer a, gconstpointer b, gpointer data)
{
  const SortEntry *x = a, *y = b;
  const SortSpec *spec = data;

  for (guint k = 0; k < spec->n_keys; k++)
    {
      int result = spec->keys[k].column == OVS_EMPLOYEE_SORT_HOURS ? compare_hours (x->row, y->row)
                                                                   : strcmp (x->keys[k], y->keys[k]);

      if (result != 0)
        return spec->keys[k].descending ? -result : result;
    }
  return 0;
}

void
ovs_employees_sort (GPtrArray *rows, const OvsEmployeeSortKey *keys, guint n_keys)
{
  g_autofree SortEntry *entries = NULL;
  g_autofree char **all_keys = NULL;
  SortSpec spec = { keys, n_keys };

  g_return_if_fail (rows != NULL);
  g_return_if_fail (keys != NULL || n_keys == 0);

  if (n_keys == 0 || rows->len < 2)
    return;
  entries = g_new (SortEntry, rows->len);
  all_keys = g_new0 (char *, (gsize) rows->len * n_keys);
  for (guint i = 0; i < rows->len; i++)
    {
      entries[i].row = rows->pdata[i];
      entries[i].keys = all_keys + (gsize) i * n_keys;
      for (guint k = 0; k < n_keys; k++)
        if (keys[k].column != OVS_EMPLOYEE_SORT_HOURS)
          entries[i].keys[k] = collate_key (entries[i].row, keys[k].column);
    }
  /* g_qsort_with_data() is a stable merge sort. */
  g_qsort_with_data (entries, (gint) rows->len, sizeof (SortEntry), compare_entries, &spec);
  for (guint i = 0; i < rows->len; i++)
    rows->pdata[i] = entries[i].row;
  for (gsize i = 0; i < (gsize) rows->len * n_keys; i++)
    g_free (all_keys[i]);
}

int
ovs_employees_compare (OvsEmployee *a, OvsEmployee *b, const OvsEmployeeSortKey *keys, guint n_keys)
{
  for (guint k = 0; k < n_keys; k++)
    {
      int result;

      if (keys[k].column == OVS_EMPLOYEE_SORT_HOURS)
        result = compare_hours (a, b);
      else
        {
          g_autofree char *x = collate_key (a, keys[k].column);
          g_autofree char *y = collate_key (b, keys[k].column);

          result = strcmp (x, y);
        }
      if (result != 0)
        return keys[k].descending ? -result : result;
    }
  return 0;
}

/* --- re-indications --- */

/* Wsw employees still employed, with the current (latest) indication: ?1 today, ?2 the last end of
 * validity to include. The deadline and the days left are computed in C, where date arithmetic
 * means the same whatever the engine; a deadline is a fixed number of days before the end, so
 * ordering by the end orders by the deadline. */
#define REINDICATION_SQL \
  "SELECT e.id, e.personnel_number, e.first_name, e.name_prefix, e.last_name, o.name, i.category, " \
  "  i.valid_until, r.requested_on, r.decision " \
  "FROM employee e JOIN organisation o ON o.id = e.employer_id " \
  "JOIN indication i ON i.id = (SELECT x.id FROM indication x WHERE x.employee_id = e.id " \
  "                             ORDER BY x.indication_date DESC LIMIT 1) " \
  "LEFT JOIN reindication_request r ON r.id = (SELECT y.id FROM reindication_request y " \
  "  WHERE y.employee_id = e.id AND y.requested_on >= i.indication_date ORDER BY y.requested_on DESC LIMIT 1) " \
  "WHERE e.employment_type = ?3 AND e.status != ?4 " \
  "  AND (e.employment_end IS NULL OR e.employment_end >= ?1) " \
  "  AND i.valid_until IS NOT NULL AND i.valid_until <= ?2 " \
  "ORDER BY i.valid_until, e.last_name, e.first_name"

static JsonObject *
reindication_from_statement (OvsStmt *stmt, const char *today)
{
  JsonObject *row = json_object_new ();
  g_autofree char *name = ovs_employee_format_display_name (ovs_stmt_get_text (stmt, 2),
                                                           ovs_stmt_get_text (stmt, 3),
                                                           ovs_stmt_get_text (stmt, 4));
  g_autofree char *deadline = ovs_date_iso_add_days (ovs_stmt_get_text (stmt, 7), -OVS_REINDICATION_LEAD_DAYS);
  gint days_left = 0;

  ovs_date_iso_days_between (today, deadline, &days_left);
  json_object_set_int_member (row, "id", ovs_stmt_get_int64 (stmt, 0));
  json_object_set_string_member (row, "personnel_number", ovs_stmt_get_text (stmt, 1));
  json_object_set_string_member (row, "name", name);
  json_object_set_string_member (row, "employer", ovs_stmt_get_text (stmt, 5));
  json_object_set_string_member (row, "category", ovs_stmt_get_text (stmt, 6));
  json_object_set_string_member (row, "valid_until", ovs_stmt_get_text (stmt, 7));
  json_object_set_string_member (row, "deadline", deadline);
  json_object_set_int_member (row, "days_left", days_left);
  /* The request made for this indication and UWV's decision; an indication that has ended without a
   * request made by the deadline is flagged. */
  ovs_employee_json_text (row, "requested_on", ovs_stmt_get_text (stmt, 8));
  ovs_employee_json_text (row, "decision", ovs_stmt_get_text (stmt, 9));
  json_object_set_boolean_member (row, "flagged",
                                  strcmp (ovs_stmt_get_text (stmt, 7), today) < 0 &&
                                  (ovs_stmt_is_null (stmt, 8) || strcmp (ovs_stmt_get_text (stmt, 8), deadline) > 0));
  return row;
}

JsonArray *
ovs_employees_reindications (OvsStore *store, int within_weeks, GError **error)
{
  g_autoptr(JsonArray) rows = json_array_new ();
  g_autofree char *today = NULL;
  g_autofree char *horizon = NULL;
  OvsStmt *stmt;
  GDate date;
  GError *local = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_HEALTH, error))
    return NULL;
  if (within_weeks < 0 || within_weeks > 520)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("%d weeks is outside 0 to 520"), within_weeks);
      return NULL;
    }
  ovs_date_today (&date);
  today = ovs_date_to_iso (&date);
  /* The horizon is the last deadline; the query filters on the end of validity behind it. */
  g_date_add_days (&date, (guint) within_weeks * 7 + OVS_REINDICATION_LEAD_DAYS);
  horizon = ovs_date_to_iso (&date);
  if ((stmt = ovs_store_prepare (store, REINDICATION_SQL, error)) == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_text (stmt, 2, horizon);
  ovs_stmt_bind_text (stmt, 3, ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_WSW));
  ovs_stmt_bind_text (stmt, 4, ovs_vocab_code (OVS_TYPE_EMPLOYEE_STATUS, OVS_EMPLOYEE_STATUS_ENDED));
  while (ovs_stmt_next (stmt, &local))
    json_array_add_object_element (rows, reindication_from_statement (stmt, today));
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

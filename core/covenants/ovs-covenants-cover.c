/* ovs-covenants-cover.c — a covenant's agreements (afspraken) and the employees it covers. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "overstap/programme/ovs-parameters.h"
#include "covenants/ovs-covenants-private.h"
#include "store/ovs-version-private.h"

#define DONE ovs_vocab_code (OVS_TYPE_AGREEMENT_STATUS, OVS_AGREEMENT_STATUS_DONE)
#define PARAMETER(value) ovs_vocab_code (OVS_TYPE_PARAMETER_NAME, (value))

#define OPEN_END "9999-12-31"

/* --- agreements --- */

static gint64
add_agreement_in_transaction (OvsStore *store, const char *covenant, const char *title, const char *due_date,
                              const char *owner, GError **error)
{
  g_auto(OvsCovenantRow) row = { 0 };
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;
  gint64 id;

  if (!ovs_covenants_load (store, covenant, &row, error))
    return 0;
  if (title == NULL)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("title: an agreement needs a title"));
      return 0;
    }
  if (!ovs_check_iso_date ("due_date", due_date, TRUE, error) ||
      (stmt = ovs_store_prepare (store, "INSERT INTO covenant_agreement (covenant_id, title, owner, due_date) "
                                        "VALUES (?, ?, ?, ?) RETURNING id", error)) == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, row.id);
  ovs_stmt_bind_text (stmt, 2, title);
  ovs_stmt_bind_text_or_null (stmt, 3, owner);
  ovs_stmt_bind_text (stmt, 4, due_date);
  json_object_set_int_member (changes, "covenant_id", row.id);
  json_object_set_string_member (changes, "title", title);
  json_object_set_string_member (changes, "owner", owner);
  json_object_set_string_member (changes, "due_date", due_date);
  if ((id = ovs_insert_and_audit (store, stmt, "covenant_agreement", changes, error)) != 0)
    ovs_store_emit_changed (store, "covenant_agreement");
  return id;
}

gint64
ovs_covenants_add_agreement (OvsStore *store, const char *covenant, const char *title, const char *due_date,
                             const char *owner, GError **error)
{
  g_autofree char *clean_title = ovs_dup_optional_text (title);
  g_autofree char *clean_owner = ovs_dup_optional_text (owner);
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  if (!ovs_store_require (store, OVS_PERM_EDIT_COVENANTS, error) || !ovs_store_begin (store, error))
    return 0;
  id = add_agreement_in_transaction (store, covenant, clean_title, due_date, clean_owner, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

static gboolean
agreement_exists (OvsStore *store, gint64 id, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT 1 FROM covenant_agreement WHERE id = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  found = ovs_stmt_next (stmt, error);
  ovs_stmt_reset (stmt);
  if (!found && (error == NULL || *error == NULL))
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                 _("There is no agreement %lld; see “overstap-cli covenant show”"), (long long) id);
  return found;
}

static const char *
check_agreement_status (const char *status, const char *date, GError **error)
{
  const char *code = NULL;

  if (!ovs_vocab_check (OVS_TYPE_AGREEMENT_STATUS, "status", status, &code, error))
    return NULL;
  if (date != NULL && !g_str_equal (code, DONE))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("date: a date belongs only to the status done, not to %s"), code);
      return NULL;
    }
  return ovs_check_iso_date ("done_on", date, FALSE, error) ? code : NULL;
}

/* The agreement is compared with the version the caller read (0: no check) in the transaction that
 * writes it. */
static gboolean
set_status_in_transaction (OvsStore *store, gint64 agreement_id, const char *code, const char *evidence,
                           const char *done_on, gint64 version, GError **error)
{
  g_autoptr(JsonObject) changes = json_object_new ();
  g_autofree char *clean = ovs_dup_optional_text (evidence);
  OvsStmt *stmt;

  if (!agreement_exists (store, agreement_id, error) ||
      !ovs_store_check_version (store, "covenant_agreement", agreement_id, version, error) ||
      (stmt = ovs_store_prepare (store, "UPDATE covenant_agreement SET status = ?1, done_on = ?2, "
                                        "evidence = CASE WHEN ?3 <> 0 THEN ?4 ELSE evidence END WHERE id = ?5",
                                 error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, code);
  ovs_stmt_bind_text_or_null (stmt, 2, done_on);
  ovs_stmt_bind_int (stmt, 3, evidence != NULL);
  ovs_stmt_bind_text_or_null (stmt, 4, clean);
  ovs_stmt_bind_int64 (stmt, 5, agreement_id);
  json_object_set_string_member (changes, "status", code);
  json_object_set_string_member (changes, "done_on", done_on);
  if (evidence != NULL)
    json_object_set_string_member (changes, "evidence", clean);
  if (!ovs_step_and_audit (store, stmt, "update", "covenant_agreement", agreement_id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "covenant_agreement");
  return TRUE;
}

gboolean
ovs_covenants_set_agreement_status (OvsStore *store, gint64 agreement_id, const char *status, const char *evidence,
                                    const char *date, gint64 version, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  const char *code, *done_on;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_COVENANTS, error) ||
      (code = check_agreement_status (status, date, error)) == NULL || !ovs_store_begin (store, error))
    return FALSE;
  done_on = g_str_equal (code, DONE) ? (date ? date : today) : NULL;
  return ovs_store_finish (store, set_status_in_transaction (store, agreement_id, code, evidence, done_on, version,
                                                             error), error);
}

/* --- covered employees --- */

typedef struct { gint64 id; gint64 employer_id; int contract_minutes; char *status; } Worker;

static void
worker_clear (Worker *w)
{
  g_clear_pointer (&w->status, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Worker, worker_clear)

static gboolean
load_worker (OvsStore *store, const char *personnel_number, Worker *out, GError **error)
{
  /* Covered is who works at the party: the work organisation, whoever holds the employment. */
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, coalesce (work_organisation_id, employer_id), "
                                                 "contract_minutes, status FROM employee "
                                                 "WHERE personnel_number = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, personnel_number ? personnel_number : "");
  if ((found = ovs_stmt_next (stmt, error)))
    {
      out->id = ovs_stmt_get_int64 (stmt, 0);
      out->employer_id = ovs_stmt_get_int64 (stmt, 1);
      out->contract_minutes = ovs_stmt_get_int (stmt, 2);
      out->status = ovs_stmt_dup_text (stmt, 3);
    }
  ovs_stmt_reset (stmt);
  if (!found && (error == NULL || *error == NULL))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_EMPLOYEE,
                 _("There is no employee with personnel number “%s”"), personnel_number ? personnel_number : "");
  return found;
}

static gboolean
check_within_covenant (const OvsCovenantRow *cov, const char *start, const char *end, GError **error)
{
  g_autofree char *from = ovs_date_iso_to_display (cov->start_date);
  g_autofree char *to = ovs_date_iso_to_display (cov->end_date);

  if (end != NULL && strcmp (end, start) < 0)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                   _("end_date: the cover ends before it starts"));
      return FALSE;
    }
  if (strcmp (start, cov->start_date) >= 0 && (cov->end_date == NULL ||
      (strcmp (start, cov->end_date) <= 0 && (end == NULL || strcmp (end, cov->end_date) <= 0))))
    return TRUE;
  if (cov->end_date != NULL)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                 _("start_date, end_date: the cover must lie within the covenant “%s”, %s to %s"), cov->name, from, to);
  else
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                 _("start_date: the cover cannot start before the covenant “%s” does (%s)"), cov->name, from);
  return FALSE;
}

/* The most SE one person can be: their contract as a share of full time, times the highest weight.
 * The larger weight is taken in C: SQLite's two-argument max() does not exist in PostgreSQL. */
static double
max_se (OvsStore *store, int contract_minutes, const char *date)
{
  double fulltime = 2160, weight = 1, matig, ernstig;

  /* A missing parameter leaves the default in place. */
  ovs_parameters_value_at (store, PARAMETER (OVS_PARAMETER_FULLTIME_MINUTES), date, &fulltime, NULL);
  if (ovs_parameters_value_at (store, PARAMETER (OVS_PARAMETER_SE_WEIGHT_MATIG), date, &matig, NULL) &&
      ovs_parameters_value_at (store, PARAMETER (OVS_PARAMETER_SE_WEIGHT_ERNSTIG), date, &ernstig, NULL))
    weight = MAX (matig, ernstig);
  return fulltime > 0 ? contract_minutes / fulltime * weight : weight;
}

static gboolean
check_amount (OvsStore *store, const Worker *w, const char *nr, const char *start, gboolean has_minutes,
              int minutes, gboolean has_se, double se, GError **error)
{
  double most = has_se ? max_se (store, w->contract_minutes, start) : 0;

  if (has_minutes && has_se)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                 _("hours, se: give either hours a week or a fixed SE, not both"));
  else if (has_minutes && (minutes <= 0 || minutes > w->contract_minutes))
    g_set_error (error, OVS_VALIDATION_ERROR, minutes <= 0 ? OVS_VALIDATION_ERROR_OUT_OF_RANGE
                                                           : OVS_VALIDATION_ERROR_HOURS_ABOVE_CONTRACT,
                 _("hours: %.2f hours a week for %s; must be above 0 and at most the contract's %.2f"),
                 minutes / 60.0, nr, w->contract_minutes / 60.0);
  else if (has_se && (se <= 0 || se > most + 1e-9))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                 _("se: %.3f SE for %s; must be above 0 and at most %.3f (their contract hours)"), se, nr, most);
  else
    return TRUE;
  return FALSE;
}

static gboolean
check_employee (const Worker *w, const OvsCovenantRow *cov, const char *nr, GError **error)
{
  if (ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, w->status, OVS_EMPLOYEE_STATUS_ENDED))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_NOT_ELIGIBLE,
                 _("Employee %s is no longer employed and cannot be covered"), nr);
  else if (w->employer_id != cov->party_id)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_NOT_ELIGIBLE,
                 _("Employee %s does not work for %s, the party of covenant “%s”"), nr, cov->party, cov->name);
  else
    return TRUE;
  return FALSE;
}

/* One person is covered by one covenant at a time: a second cover would count their SE twice. */
static gboolean
check_overlap (OvsStore *store, gint64 employee_id, const char *nr, const char *start, const char *end,
               GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT c.name, ce.start_date, coalesce (ce.end_date, c.end_date) FROM covenant_employee ce "
    "JOIN covenant c ON c.id = ce.covenant_id WHERE ce.employee_id = ?1 AND ce.start_date <= ?3 "
    "AND coalesce (ce.end_date, c.end_date, '" OPEN_END "') >= ?2 LIMIT 1", error);
  gboolean overlap;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, employee_id);
  ovs_stmt_bind_text (stmt, 2, start);
  ovs_stmt_bind_text (stmt, 3, end);
  if ((overlap = ovs_stmt_next (stmt, error)))
    {
      g_autofree char *from = ovs_date_iso_to_display (ovs_stmt_get_text (stmt, 1));
      g_autofree char *to = ovs_date_iso_to_display (ovs_stmt_get_text (stmt, 2));

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE,
                   _("Employee %s is already covered by “%s” from %s to %s; end that cover first"), nr,
                   ovs_stmt_get_text (stmt, 0), from, *to ? to : _("open end"));
    }
  ovs_stmt_reset (stmt);
  return !overlap && (error == NULL || *error == NULL);
}

static gint64
insert_cover (OvsStore *store, gint64 covenant_id, gint64 employee_id, const char *start, const char *end,
              gboolean has_minutes, int minutes, gboolean has_se, double se, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO covenant_employee (covenant_id, employee_id, "
                                            "minutes_per_week, se, start_date, end_date) "
                                            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id", error);
  g_autoptr(JsonObject) changes = json_object_new ();

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, covenant_id);
  ovs_stmt_bind_int64 (stmt, 2, employee_id);
  ovs_stmt_bind_int_or_null (stmt, 3, has_minutes, minutes);
  if (has_se)
    ovs_stmt_bind_double (stmt, 4, se);
  ovs_stmt_bind_text (stmt, 5, start);
  ovs_stmt_bind_text_or_null (stmt, 6, end);
  json_object_set_int_member (changes, "covenant_id", covenant_id);
  json_object_set_int_member (changes, "employee_id", employee_id);
  if (has_minutes)
    json_object_set_int_member (changes, "minutes_per_week", minutes);
  if (has_se)
    json_object_set_double_member (changes, "se", se);
  json_object_set_string_member (changes, "start_date", start);
  json_object_set_string_member (changes, "end_date", end);
  return ovs_insert_and_audit (store, stmt, "covenant_employee", changes, error);
}

/* One person is covered by one covenant at a time: the covenant, the employee and their other covers
 * are read inside the transaction that inserts, so two covers written at once cannot both pass. */
static gint64
cover_in_transaction (OvsStore *store, const char *covenant, const char *personnel_number, const char *start_date,
                      const char *end_date, gboolean has_minutes, int minutes_per_week, gboolean has_se, double se,
                      GError **error)
{
  g_auto(OvsCovenantRow) cov = { 0 };
  g_auto(Worker) w = { 0 };
  gint64 id;

  if (!ovs_covenants_load (store, covenant, &cov, error) || !load_worker (store, personnel_number, &w, error) ||
      !check_employee (&w, &cov, personnel_number, error) ||
      !check_within_covenant (&cov, start_date, end_date, error) ||
      !check_amount (store, &w, personnel_number, start_date, has_minutes, minutes_per_week, has_se, se, error) ||
      !check_overlap (store, w.id, personnel_number, start_date,
                      end_date ? end_date : cov.end_date ? cov.end_date : OPEN_END, error))
    return 0;
  id = insert_cover (store, cov.id, w.id, start_date, end_date, has_minutes, minutes_per_week, has_se, se, error);
  if (id != 0)
    ovs_store_emit_changed (store, "covenant_employee");
  return id;
}

gint64
ovs_covenants_cover (OvsStore *store, const char *covenant, const char *personnel_number, const char *start_date,
                     const char *end_date, gboolean has_minutes, int minutes_per_week, gboolean has_se, double se,
                     GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  if (!ovs_store_require (store, OVS_PERM_EDIT_COVENANTS, error) ||
      !ovs_check_iso_date ("start_date", start_date, TRUE, error) ||
      !ovs_check_iso_date ("end_date", end_date, FALSE, error) || !ovs_store_begin (store, error))
    return 0;
  id = cover_in_transaction (store, covenant, personnel_number, start_date, end_date, has_minutes, minutes_per_week,
                             has_se, se, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

/* A cover ends on or after its start, and never later than it already ends (itself or its covenant). */
static gboolean
check_cover_end (gint64 id, gboolean found, const char *start, const char *current_end, const char *end_date,
                 GError **error)
{
  if (!found)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                 _("There is no covered employee %lld; see “overstap-cli covenant show”"), (long long) id);
  else if (strcmp (end_date, start) < 0)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DATE_ORDER,
                 _("end_date: the cover %lld would end before it starts"), (long long) id);
  else if (current_end != NULL && strcmp (end_date, current_end) > 0)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                 _("end_date: the cover %lld already ends earlier, on %s"), (long long) id, current_end);
  else
    return TRUE;
  return FALSE;
}

/* The cover is read and compared with the version the caller read (0: no check) in the transaction
 * that ends it. */
static gboolean
end_cover_in_transaction (OvsStore *store, gint64 covered_id, const char *end_date, gint64 version,
                          GError **error)
{
  g_autofree char *start = NULL, *end = NULL, *cov_end = NULL;
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;
  gboolean found;

  if ((stmt = ovs_store_prepare (store, "SELECT ce.start_date, ce.end_date, c.end_date FROM covenant_employee ce "
                                        "JOIN covenant c ON c.id = ce.covenant_id WHERE ce.id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, covered_id);
  if ((found = ovs_stmt_next (stmt, error)))
    {
      start = ovs_stmt_dup_text (stmt, 0);
      end = ovs_stmt_dup_text (stmt, 1);
      cov_end = ovs_stmt_dup_text (stmt, 2);
    }
  ovs_stmt_reset (stmt);
  /* Someone else's change first: their end may be why ours no longer fits. */
  if ((error != NULL && *error != NULL) ||
      (found && !ovs_store_check_version (store, "covenant_employee", covered_id, version, error)) ||
      !check_cover_end (covered_id, found, start, end ? end : cov_end, end_date, error) ||
      (stmt = ovs_store_prepare (store, "UPDATE covenant_employee SET end_date = ? WHERE id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, end_date);
  ovs_stmt_bind_int64 (stmt, 2, covered_id);
  json_object_set_string_member (changes, "end_date", end_date);
  if (!ovs_step_and_audit (store, stmt, "end", "covenant_employee", covered_id, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "covenant_employee");
  return TRUE;
}

gboolean
ovs_covenants_end_cover (OvsStore *store, gint64 covered_id, const char *end_date, gint64 version,
                         GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_COVENANTS, error) ||
      !ovs_check_iso_date ("end_date", end_date, TRUE, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_cover_in_transaction (store, covered_id, end_date, version, error), error);
}

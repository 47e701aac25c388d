/* ovs-scenario.c — saving scenarios: add, assign by person or filter, list, adopt. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "overstap/people/ovs-aow.h"
#include "overstap/programme/ovs-scenario.h"
#include "overstap/transfers/ovs-transfers.h"
#include "programme/ovs-scenario-private.h"
#include "store/ovs-store-private.h"

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
ovs_scenario_lookup (OvsStore *store, const char *name, gint64 *id, gboolean *adopted, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, adopted_at FROM scenario WHERE name = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, name);
  found = ovs_stmt_next (stmt, error);
  if (found)
    {
      *id = ovs_stmt_get_int64 (stmt, 0);
      if (adopted != NULL)
        *adopted = !ovs_stmt_is_null (stmt, 1);
    }
  ovs_stmt_reset (stmt);
  if (!found && (error == NULL || *error == NULL))
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND, _("There is no scenario named “%s”"), name);
  return found;
}

static gint64
insert_scenario (OvsStore *store, const char *name, const char *description, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "INSERT INTO scenario (name, description, created_by, created_at) "
                                            "VALUES (?, ?, ?, ?) RETURNING id", error);
  g_autofree char *now = now_utc ();
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  ovs_stmt_bind_text (stmt, 1, name);
  ovs_stmt_bind_text (stmt, 2, description);
  ovs_stmt_bind_text (stmt, 3, ovs_store_get_user (store));
  ovs_stmt_bind_text (stmt, 4, now);
  if (!ovs_stmt_run_returning_id (stmt, &id, error))
    return 0;
  return id;
}

gint64
ovs_scenario_add (OvsStore *store, const char *name, const char *description, GError **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));
  gint64 id = 0, existing;
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  if (!ovs_store_require (store, OVS_PERM_EDIT_PARAMETERS, error))
    return 0;
  if (*trimmed == '\0')
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("A scenario needs a name"));
      return 0;
    }
  if (!ovs_store_begin (store, error))
    return 0;
  /* Read inside the transaction: another writer cannot take the name in between. */
  if (ovs_scenario_lookup (store, trimmed, &existing, NULL, NULL))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE,
                   _("There is already a scenario named “%s”"), trimmed);
      ok = FALSE;
    }
  else
    ok = (id = insert_scenario (store, trimmed, description, error)) > 0 &&
         ovs_store_audit (store, "add", "scenario", id, NULL, error);
  return ovs_store_finish (store, ok, error) ? id : 0;
}

static int
age_on (const char *birth, const GDate *today)
{
  GDate date;
  int age;

  if (!ovs_date_from_iso (birth, &date))
    return -1;
  age = g_date_get_year (today) - g_date_get_year (&date);
  if (g_date_get_month (&date) > g_date_get_month (today) ||
      (g_date_get_month (&date) == g_date_get_month (today) && g_date_get_day (&date) > g_date_get_day (today)))
    age--;
  return age;
}

static OvsStmt *
prepare_filter (OvsStore *store, const OvsScenarioFilter *f, const char *today, const char *kind, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT e.id, e.birth_date FROM employee e JOIN organisation o ON o.id = e.employer_id "
    "WHERE e.employment_type = :wsw AND e.employment_start <= :today "
    "  AND (e.employment_end IS NULL OR e.employment_end >= :today) "
    "  AND (:nr = '' OR e.personnel_number = :nr) AND (:employer = '' OR o.name = :employer) "
    "  AND (:crew = '' OR EXISTS (SELECT 1 FROM crew_membership m JOIN crew c ON c.id = m.crew_id "
    "       WHERE m.employee_id = e.id AND c.name = :crew AND m.start_date <= :today "
    "       AND (m.end_date IS NULL OR m.end_date >= :today))) "
    "  AND (:kind = '' OR EXISTS (SELECT 1 FROM placement p WHERE p.employee_id = e.id AND p.kind = :kind "
    "       AND p.start_date <= :today AND (p.end_date IS NULL OR p.end_date >= :today))) "
    "ORDER BY e.id", error);

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, ovs_stmt_param_index (stmt, ":wsw"),
                      ovs_vocab_code (OVS_TYPE_EMPLOYMENT_TYPE, OVS_EMPLOYMENT_TYPE_WSW));
  ovs_stmt_bind_text (stmt, ovs_stmt_param_index (stmt, ":today"), today);
  ovs_stmt_bind_text (stmt, ovs_stmt_param_index (stmt, ":nr"), f->personnel_number ? f->personnel_number : "");
  ovs_stmt_bind_text (stmt, ovs_stmt_param_index (stmt, ":employer"), f->employer ? f->employer : "");
  ovs_stmt_bind_text (stmt, ovs_stmt_param_index (stmt, ":crew"), f->crew ? f->crew : "");
  ovs_stmt_bind_text (stmt, ovs_stmt_param_index (stmt, ":kind"), kind ? kind : "");
  return stmt;
}

/* The ids of today's Wsw employees the filter takes. */
static GArray *
select_employees (OvsStore *store, const OvsScenarioFilter *f, GError **error)
{
  g_autofree char *today_iso = ovs_date_today_iso ();
  const char *kind = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  OvsStmt *stmt;
  GDate today;
  int value;

  if (f->placement_kind != NULL && *f->placement_kind != '\0')
    {
      if (!ovs_vocab_parse (OVS_TYPE_PLACEMENT_KIND, f->placement_kind, &value))
        {
          g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                       _("“%s” is not a placement kind"), f->placement_kind);
          return NULL;
        }
      kind = ovs_vocab_code (OVS_TYPE_PLACEMENT_KIND, value);
    }
  ovs_date_from_iso (today_iso, &today);
  stmt = prepare_filter (store, f, today_iso, kind, error);
  if (stmt == NULL)
    return NULL;
  while (ovs_stmt_next (stmt, error))
    {
      gint64 id = ovs_stmt_get_int64 (stmt, 0);
      int age = age_on (ovs_stmt_get_text (stmt, 1), &today);
      g_autofree char *last_day = ovs_aow_last_working_day_iso (ovs_stmt_get_text (stmt, 1));

      /* Past the AOW date the employment ended by law, recorded or not: as in the projection. */
      if (last_day != NULL && g_strcmp0 (last_day, today_iso) < 0)
        continue;
      if ((f->age_from < 0 || age >= f->age_from) && (f->age_to < 0 || age <= f->age_to))
        g_array_append_val (ids, id);
    }
  ovs_stmt_reset (stmt);
  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&ids);
}

static gboolean
find_covenant (OvsStore *store, const char *name, gint64 *id, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id FROM covenant WHERE name = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, name);
  found = ovs_stmt_next (stmt, error);
  if (found)
    *id = ovs_stmt_get_int64 (stmt, 0);
  ovs_stmt_reset (stmt);
  if (!found && (error == NULL || *error == NULL))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                 _("There is no covenant named “%s”"), name);
  return found;
}

static gboolean
write_assignment (OvsStore *store, gint64 scenario, gint64 employee, int destination, gint64 covenant,
                  GError **error)
{
  OvsStmt *stmt;

  if (destination < 0)
    {
      stmt = ovs_store_prepare (store, "DELETE FROM scenario_assignment WHERE scenario_id = ? AND employee_id = ?",
                                error);
      if (stmt == NULL)
        return FALSE;
      ovs_stmt_bind_int64 (stmt, 1, scenario);
      ovs_stmt_bind_int64 (stmt, 2, employee);
      return ovs_stmt_run (stmt, error);
    }
  stmt = ovs_store_prepare (store,
    "INSERT INTO scenario_assignment (scenario_id, employee_id, destination, covenant_id) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (scenario_id, employee_id) DO UPDATE SET destination = excluded.destination, "
    "covenant_id = excluded.covenant_id", error);
  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, scenario);
  ovs_stmt_bind_int64 (stmt, 2, employee);
  ovs_stmt_bind_text (stmt, 3, ovs_vocab_code (OVS_TYPE_SCENARIO_DESTINATION, destination));
  ovs_stmt_bind_int_or_null (stmt, 4, covenant > 0, covenant);
  return ovs_stmt_run (stmt, error);
}

static gboolean
parse_destination (const char *text, const char *covenant, int *destination, GError **error)
{
  *destination = -1;
  if (text != NULL && !g_str_equal (text, "stay") &&
      !ovs_vocab_parse (OVS_TYPE_SCENARIO_DESTINATION, text, destination))
    {
      g_autofree char *codes = ovs_vocab_codes_joined (OVS_TYPE_SCENARIO_DESTINATION, ", ");

      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("“%s” is not a destination: %s or stay"), text, codes);
      return FALSE;
    }
  if ((*destination == OVS_SCENARIO_DESTINATION_COVENANT) != (covenant != NULL && *covenant != '\0'))
    {
      g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                           _("Destination covenant needs the covenant's name, and only it takes one"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
assign_all (OvsStore *store, const char *scenario, const OvsScenarioFilter *filter, int destination,
            const char *covenant, int *count, GError **error)
{
  g_autoptr(GArray) ids = NULL;
  gint64 id = 0, covenant_id = 0;
  gboolean adopted = FALSE;

  if (!ovs_scenario_lookup (store, scenario, &id, &adopted, error))
    return FALSE;
  if (adopted)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("Scenario “%s” was adopted and can no longer change"), scenario);
      return FALSE;
    }
  if (covenant != NULL && !find_covenant (store, covenant, &covenant_id, error))
    return FALSE;
  ids = select_employees (store, filter, error);
  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (!write_assignment (store, id, g_array_index (ids, gint64, i), destination, covenant_id, error))
      return FALSE;
  *count = (int) ids->len;
  return ovs_store_audit (store, "assign", "scenario", id, NULL, error);
}

int
ovs_scenario_assign (OvsStore *store, const char *scenario, const OvsScenarioFilter *filter,
                     const char *destination, const char *covenant, GError **error)
{
  int dest, count = 0;
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store) && scenario != NULL && filter != NULL, -1);
  if (!ovs_store_require (store, OVS_PERM_EDIT_PARAMETERS, error) ||
      !parse_destination (destination, covenant, &dest, error) || !ovs_store_begin (store, error))
    return -1;
  ok = assign_all (store, scenario, filter, dest, covenant, &count, error);
  return ovs_store_finish (store, ok, error) ? count : -1;
}

JsonArray *
ovs_scenario_list (OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) rows = json_array_new ();
  OvsStmt *stmt;

  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error))
    return NULL;
  stmt = ovs_store_prepare (store,
    "SELECT s.id, s.name, s.description, s.created_by, s.created_at, s.adopted_at, "
    "       (SELECT count(*) FROM scenario_assignment a WHERE a.scenario_id = s.id) "
    "FROM scenario s ORDER BY s.name", error);
  if (stmt == NULL)
    return NULL;
  while (ovs_stmt_next (stmt, error))
    {
      JsonObject *row = json_object_new ();

      json_object_set_int_member (row, "id", ovs_stmt_get_int64 (stmt, 0));
      json_object_set_string_member (row, "name", ovs_stmt_get_text (stmt, 1));
      json_object_set_string_member (row, "description", ovs_stmt_get_text (stmt, 2));
      json_object_set_string_member (row, "created_by", ovs_stmt_get_text (stmt, 3));
      json_object_set_string_member (row, "created_at", ovs_stmt_get_text (stmt, 4));
      json_object_set_string_member (row, "adopted_at", ovs_stmt_get_text (stmt, 5));
      json_object_set_int_member (row, "assigned", ovs_stmt_get_int64 (stmt, 6));
      json_array_add_object_element (rows, row);
    }
  ovs_stmt_reset (stmt);
  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&rows);
}

/* --- adopting --- */

typedef struct { char *number; int destination; } Move;

static void
move_clear (gpointer data)
{
  g_free (((Move *) data)->number);
}

static GArray *
read_moves (OvsStore *store, gint64 scenario, GError **error)
{
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (Move));
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT e.personnel_number, a.destination FROM scenario_assignment a JOIN employee e ON e.id = a.employee_id "
    "WHERE a.scenario_id = ? ORDER BY e.personnel_number", error);

  g_array_set_clear_func (moves, move_clear);
  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, scenario);
  while (ovs_stmt_next (stmt, error))
    {
      Move move = { g_strdup (ovs_stmt_get_text (stmt, 0)), 0 };

      ovs_vocab_lookup (OVS_TYPE_SCENARIO_DESTINATION, ovs_stmt_get_text (stmt, 1), &move.destination);
      g_array_append_val (moves, move);
    }
  ovs_stmt_reset (stmt);
  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&moves);
}

static const char *
transfer_destination (int destination)
{
  switch (destination)
    {
    case OVS_SCENARIO_DESTINATION_FOUNDATION:
      return ovs_vocab_code (OVS_TYPE_TRANSFER_DESTINATION, OVS_TRANSFER_DESTINATION_FOUNDATION);
    case OVS_SCENARIO_DESTINATION_COVENANT:
      return ovs_vocab_code (OVS_TYPE_TRANSFER_DESTINATION, OVS_TRANSFER_DESTINATION_COVENANT);
    default:
      return ovs_vocab_code (OVS_TYPE_TRANSFER_DESTINATION, OVS_TRANSFER_DESTINATION_OTHER);
    }
}

static gboolean
mark_adopted (OvsStore *store, gint64 id, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "UPDATE scenario SET adopted_by = ?, adopted_at = ? WHERE id = ?", error);
  g_autofree char *now = now_utc ();

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, ovs_store_get_user (store));
  ovs_stmt_bind_text (stmt, 2, now);
  ovs_stmt_bind_int64 (stmt, 3, id);
  return ovs_stmt_run (stmt, error) && ovs_store_audit (store, "adopt", "scenario", id, NULL, error);
}

static gboolean
adopt_in_transaction (OvsStore *store, const char *scenario, const char *planned_date, int *opened,
                      GError **error)
{
  g_autoptr(GArray) moves = NULL;
  gint64 id = 0;
  gboolean adopted = FALSE;

  if (!ovs_scenario_lookup (store, scenario, &id, &adopted, error))
    return FALSE;
  if (adopted)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("Scenario “%s” was adopted already"), scenario);
      return FALSE;
    }
  moves = read_moves (store, id, error);
  if (moves == NULL)
    return FALSE;
  for (guint i = 0; i < moves->len; i++)
    {
      const Move *move = &g_array_index (moves, Move, i);

      if (ovs_transfers_open (store, move->number, transfer_destination (move->destination), planned_date,
                              error) == 0)
        {
          g_prefix_error (error, _("Employee %s: "), move->number);
          return FALSE;
        }
    }
  *opened = (int) moves->len;
  return mark_adopted (store, id, error);
}

int
ovs_scenario_adopt (OvsStore *store, const char *scenario, const char *planned_date, GError **error)
{
  int opened = 0;
  gboolean ok;

  g_return_val_if_fail (OVS_IS_STORE (store) && scenario != NULL, -1);
  if (!ovs_store_require (store, OVS_PERM_EDIT_PARAMETERS, error) ||
      !ovs_store_require (store, OVS_PERM_EDIT_TRANSFERS, error) || !ovs_store_begin (store, error))
    return -1;
  /* One transaction: a case that cannot open undoes the ones opened before it. */
  ok = adopt_in_transaction (store, scenario, planned_date, &opened, error);
  return ovs_store_finish (store, ok, error) ? opened : -1;
}

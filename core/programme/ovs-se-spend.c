/* ovs-se-spend.c — what the covenants cost in a year: realised SE, hours or persons times the price. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "overstap/programme/ovs-parameters.h"
#include "overstap/programme/ovs-se.h"
#include "overstap/base/ovs-validate.h"
#include "programme/ovs-se-private.h"
#include "store/ovs-store-private.h"

static void
json_text_or_null (JsonObject *row, const char *key, const char *text)
{
  if (text != NULL)
    json_object_set_string_member (row, key, text);
  else
    json_object_set_null_member (row, key);
}

static double
lookup (GHashTable *table, const char *key)
{
  double *value = g_hash_table_lookup (table, key);

  return value ? *value : 0;
}

/* The state grant per SE in force on 1 January of @year (0 when none is set). */
static double
grant_per_se (OvsStore *store, int year)
{
  g_autofree char *first_day = g_strdup_printf ("%04d-01-01", year);
  double grant = 0;

  if (!ovs_parameters_value_at (store, ovs_vocab_code (OVS_TYPE_PARAMETER_NAME, OVS_PARAMETER_CENTS_PER_SE),
                                first_day, &grant, NULL))
    return 0;
  return grant;
}

/* The price raised by the indexation for every full year since the covenant started. A covenant that
 * does not say who keeps the grant and is priced per SE at 0 takes the state grant as its price. */
static double
indexed_price (OvsStore *store, OvsStmt *stmt, int year)
{
  double price = ovs_stmt_get_int64 (stmt, 5);
  double pct = ovs_stmt_get_double (stmt, 6);
  int start_year = (int) g_ascii_strtoll (ovs_stmt_get_text (stmt, 9), NULL, 10);

  if (price == 0 && ovs_stmt_is_null (stmt, 10) &&
      ovs_vocab_is (OVS_TYPE_PRICE_UNIT, ovs_stmt_get_text (stmt, 4), OVS_PRICE_UNIT_SE))
    price = grant_per_se (store, year);
  if (year > start_year)
    price *= pow (1 + pct / 100.0, year - start_year);
  return price;
}

/* The quantity the price is per: SE (also for an unknown unit), hours or persons. */
static double
quantity_for (const char *unit, double se, double hours, double persons)
{
  int per = OVS_PRICE_UNIT_SE;

  ovs_vocab_lookup (OVS_TYPE_PRICE_UNIT, unit, &per);
  return per == OVS_PRICE_UNIT_HOUR ? hours : per == OVS_PRICE_UNIT_PERSON ? persons : se;
}

static JsonObject *
spend_row (OvsStore *store, OvsStmt *stmt, int year, const OvsSeTotals *totals)
{
  JsonObject *row = json_object_new ();
  const char *name = ovs_stmt_get_text (stmt, 1);
  const char *unit = ovs_stmt_get_text (stmt, 4);
  double se = lookup (totals->by[OVS_SE_BY_COVENANT], name);
  double hours = lookup (totals->covenant_hours, name);
  double persons = lookup (totals->covenant_persons, name);
  double price = indexed_price (store, stmt, year);
  double quantity = quantity_for (unit, se, hours, persons);
  gint64 budget = ovs_stmt_get_int64 (stmt, 7);
  /* Who keeps the grant decides how the price reads: when the party keeps it, the municipality passes
   * the grant for the covered SE on and the price comes on top of it; when the municipality keeps it,
   * the price is all it pays. */
  gboolean party_keeps = ovs_vocab_is (OVS_TYPE_GRANT_HOLDER, ovs_stmt_get_text (stmt, 10), OVS_GRANT_HOLDER_PARTY);
  double grant = se * grant_per_se (store, year);
  double spend = quantity * price + (party_keeps ? grant : 0);

  json_object_set_int_member (row, "id", ovs_stmt_get_int64 (stmt, 0));
  json_object_set_string_member (row, "name", name);
  json_object_set_string_member (row, "party", ovs_stmt_get_text (stmt, 2));
  json_object_set_string_member (row, "status", ovs_stmt_get_text (stmt, 3));
  json_object_set_string_member (row, "price_unit", unit);
  json_object_set_int_member (row, "price_cents", ovs_stmt_get_int64 (stmt, 5));
  json_object_set_double_member (row, "indexed_price_cents", price);
  json_object_set_double_member (row, "se", se);
  json_object_set_double_member (row, "target_se", ovs_stmt_get_double (stmt, 8));
  json_object_set_double_member (row, "hours", hours);
  json_object_set_int_member (row, "persons", (gint64) persons);
  json_object_set_double_member (row, "spend_cents", spend);
  json_text_or_null (row, "grant_holder", ovs_stmt_get_text (stmt, 10));
  json_object_set_double_member (row, "grant_cents", grant);
  json_object_set_int_member (row, "budget_cents", budget);
  if (budget > 0)
    json_object_set_double_member (row, "budget_share", spend / budget);
  else
    json_object_set_null_member (row, "budget_share");
  return row;
}

JsonArray *
ovs_se_covenant_spend (OvsStore *store, int year, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(JsonArray) rows = json_array_new ();
  g_autofree char *start = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *end = g_strdup_printf ("%04d-12-31", year);
  OvsSeTotals totals = { 0 };
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);

  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error))
    return NULL;
  if (year < 1900 || year > 2200)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("Year %d is outside 1900 to 2200"), year);
      return NULL;
    }
  if (!ovs_se_compute (store, ovs_se_iso_to_day (start), ovs_se_iso_to_day (end), 0, &totals, error))
    return NULL;
  stmt = ovs_store_prepare (store,
    "SELECT c.id, c.name, o.name, c.status, c.price_unit, c.price_cents, c.indexation_pct, c.budget_cents, "
    "       c.target_se, c.start_date, c.grant_holder "
    "FROM covenant c JOIN organisation o ON o.id = c.party_id WHERE c.kind = ? ORDER BY c.name", error);
  if (stmt != NULL)
    {
      ovs_stmt_bind_text (stmt, 1, ovs_vocab_code (OVS_TYPE_COVENANT_KIND, OVS_COVENANT_KIND_WSW_COVENANT));
      while (ovs_stmt_next (stmt, &local))
        json_array_add_object_element (rows, spend_row (store, stmt, year, &totals));
      ovs_stmt_reset (stmt);
    }
  ovs_se_totals_clear (&totals);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), NULL);
  return stmt != NULL ? g_steal_pointer (&rows) : NULL;
}

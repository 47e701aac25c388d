/* ovs-covenants.c — adding, changing and ending covenants. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-validate.h"
#include "covenants/ovs-covenants-private.h"
#include "store/ovs-version-private.h"

#define STATUS(value) ovs_vocab_code (OVS_TYPE_COVENANT_STATUS, (value))

const char * const *
ovs_covenants_legal_basis_suggestions (void)
{
  static const char * const suggestions[] = { "inkooprelatie", "dienstverleningsovereenkomst", "alleenrecht", NULL };

  return suggestions;
}

/* Splits "1.250,50" into whole euros and cents. Dutch writes '.' between thousands and ',' before
 * the cents; a lone '.' followed by exactly three digits is read as thousands too ("12.500"). */
static gboolean
split_euros (char *text, gint64 *cents)
{
  char *comma = strrchr (text, ',');
  char *dot = strrchr (text, '.');
  const char *fraction = "";
  guint64 whole = 0, part = 0;

  if (comma != NULL || (dot != NULL && (dot != strchr (text, '.') || strlen (dot + 1) == 3)))
    {
      if (comma != NULL)
        *comma = '\0', fraction = comma + 1;
      for (char *p = text; (p = strchr (p, '.')) != NULL;)
        memmove (p, p + 1, strlen (p));
    }
  else if (dot != NULL)
    *dot = '\0', fraction = dot + 1;
  if (strlen (fraction) > 2 || (*fraction != '\0' && !g_ascii_string_to_unsigned (fraction, 10, 0, 99, &part, NULL)))
    return FALSE;
  if (strlen (fraction) == 1)
    part *= 10;
  if (!g_ascii_string_to_unsigned (*text ? text : "0", 10, 0, G_MAXINT64 / 100 - 1, &whole, NULL))
    return FALSE;
  *cents = (gint64) (whole * 100 + part);
  return TRUE;
}

gboolean
ovs_parse_euro_cents (const char *text, gint64 *cents, GError **error)
{
  g_autoptr(GString) clean = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) != 0x20AC && !g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (clean, g_utf8_get_char (p));
  if (clean->len > 0 && clean->str[0] == '-')
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("“%s”: an amount cannot be negative"), text);
      return FALSE;
    }
  if (clean->len > 0 && split_euros (clean->str, cents))
    return TRUE;
  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_NUMBER,
               _("“%s” is not an amount in euros, such as 1250 or 1.250,50"), text ? text : "");
  return FALSE;
}

/* --- loading --- */

void
ovs_covenant_row_clear (OvsCovenantRow *row)
{
  g_clear_pointer (&row->name, g_free);
  g_clear_pointer (&row->party, g_free);
  g_clear_pointer (&row->start_date, g_free);
  g_clear_pointer (&row->end_date, g_free);
  g_clear_pointer (&row->status, g_free);
  g_clear_pointer (&row->price_unit, g_free);
  g_clear_pointer (&row->legal_basis, g_free);
  g_clear_pointer (&row->grant_kept_by, g_free);
  g_clear_pointer (&row->notes, g_free);
  g_clear_pointer (&row->kind, g_free);
  g_clear_pointer (&row->grant_holder, g_free);
}

gboolean
ovs_covenants_load (OvsStore *store, const char *name, OvsCovenantRow *out, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store,
    "SELECT c.id, c.name, c.party_id, o.name, c.start_date, c.end_date, c.status, c.price_cents, c.price_unit, "
    "  c.indexation_pct, c.budget_cents, c.target_se, c.legal_basis, c.grant_kept_by, c.notes, "
    "  c.kind, c.grant_holder, c.places_offered, c.people_placed, c.social_return_cents "
    "FROM covenant c JOIN organisation o ON o.id = c.party_id WHERE lower (c.name) = lower (?)", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, name ? name : "");
  if ((found = ovs_stmt_next (stmt, error)))
    {
      out->id = ovs_stmt_get_int64 (stmt, 0);
      out->name = ovs_stmt_dup_text (stmt, 1);
      out->party_id = ovs_stmt_get_int64 (stmt, 2);
      out->party = ovs_stmt_dup_text (stmt, 3);
      out->start_date = ovs_stmt_dup_text (stmt, 4);
      out->end_date = ovs_stmt_dup_text (stmt, 5);
      out->status = ovs_stmt_dup_text (stmt, 6);
      out->price_cents = ovs_stmt_get_int64 (stmt, 7);
      out->price_unit = ovs_stmt_dup_text (stmt, 8);
      out->indexation_pct = ovs_stmt_get_double (stmt, 9);
      out->budget_cents = ovs_stmt_get_int64 (stmt, 10);
      out->target_se = ovs_stmt_get_double (stmt, 11);
      out->legal_basis = ovs_stmt_dup_text (stmt, 12);
      out->grant_kept_by = ovs_stmt_dup_text (stmt, 13);
      out->notes = ovs_stmt_dup_text (stmt, 14);
      out->kind = ovs_stmt_dup_text (stmt, 15);
      out->grant_holder = ovs_stmt_dup_text (stmt, 16);
      out->has_places_offered = !ovs_stmt_is_null (stmt, 17);
      out->places_offered = ovs_stmt_get_int64 (stmt, 17);
      out->has_people_placed = !ovs_stmt_is_null (stmt, 18);
      out->people_placed = ovs_stmt_get_int64 (stmt, 18);
      out->has_social_return = !ovs_stmt_is_null (stmt, 19);
      out->social_return_cents = ovs_stmt_get_int64 (stmt, 19);
    }
  ovs_stmt_reset (stmt);
  if (!found && (error == NULL || *error == NULL))
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                 _("There is no covenant named “%s”; see “overstap-cli list covenants”"), name ? name : "");
  return found;
}

/* --- merging fields into a row and validating it --- */

static gboolean
is_employer_agreement (const char *kind)
{
  return ovs_vocab_is (OVS_TYPE_COVENANT_KIND, kind, OVS_COVENANT_KIND_EMPLOYER_AGREEMENT);
}

/* A Wsw covenant is made with an SW company; employer services with any employer or hirer (an SW
 * company can hire too). Never with the municipality or its own foundation. */
static gboolean
party_fits (const char *covenant_kind, const char *organisation_kind)
{
  int kind = -1;

  if (organisation_kind == NULL || !ovs_vocab_lookup (OVS_TYPE_ORGANISATION_KIND, organisation_kind, &kind))
    return FALSE;
  if (!is_employer_agreement (covenant_kind))
    return kind == OVS_ORGANISATION_KIND_SHELTERED_COMPANY;
  return kind == OVS_ORGANISATION_KIND_EMPLOYER || kind == OVS_ORGANISATION_KIND_HIRER ||
         kind == OVS_ORGANISATION_KIND_SHELTERED_COMPANY;
}

/* "gemeente", "partij" (or the party's own name) in grant_kept_by also say who holds the grant. */
static void
grant_holder_from_text (OvsCovenantRow *row, const char *text)
{
  int value = -1;

  if (text == NULL || *text == '\0')
    return;
  if (row->party != NULL && g_ascii_strcasecmp (text, row->party) == 0)
    value = OVS_GRANT_HOLDER_PARTY;
  else if (!ovs_vocab_parse (OVS_TYPE_GRANT_HOLDER, text, &value))
    return;   /* free text that names neither: the holder stays as it is */
  g_free (row->grant_holder);
  row->grant_holder = g_strdup (ovs_vocab_code (OVS_TYPE_GRANT_HOLDER, value));
}

static gboolean
resolve_party (OvsStore *store, const char *party, OvsCovenantRow *row, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT id, name, kind FROM organisation WHERE name = ?", error);
  g_autofree char *kind = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, party);
  if (ovs_stmt_next (stmt, error))
    {
      row->party_id = ovs_stmt_get_int64 (stmt, 0);
      g_free (row->party);
      row->party = ovs_stmt_dup_text (stmt, 1);
      kind = ovs_stmt_dup_text (stmt, 2);
    }
  ovs_stmt_reset (stmt);
  if (error != NULL && *error != NULL)
    return FALSE;
  if (kind == NULL)
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_UNKNOWN_ORGANISATION,
                 _("party: there is no organisation named “%s”"), party);
  else if (!party_fits (row->kind, kind))
    g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                 is_employer_agreement (row->kind)
                   ? _("party: an employer agreement is made with an employer, a hirer or a sheltered-work "
                       "company; “%s” is not one")
                   : _("party: a covenant is made with a sheltered-work company such as Wezo or Larcom; "
                       "“%s” is not one"), party);
  return kind != NULL && party_fits (row->kind, kind);
}

/* NULL keeps @slot, "" clears it, anything else replaces it (stripped). */
static void
merge_text (char **slot, const char *value)
{
  if (value == NULL)
    return;
  g_free (*slot);
  *slot = ovs_dup_optional_text (value);
}

static gboolean
merge_fields (OvsStore *store, OvsCovenantRow *row, const OvsCovenantFields *f, GError **error)
{
  if (f->kind != NULL)
    {
      const char *kind = ovs_vocab_parse_code (OVS_TYPE_COVENANT_KIND, f->kind);

      merge_text (&row->kind, kind != NULL ? kind : f->kind);
    }
  if (row->kind == NULL)
    row->kind = g_strdup (ovs_vocab_code (OVS_TYPE_COVENANT_KIND, OVS_COVENANT_KIND_WSW_COVENANT));
  if (f->grant_holder != NULL)
    {
      const char *holder = ovs_vocab_parse_code (OVS_TYPE_GRANT_HOLDER, f->grant_holder);

      merge_text (&row->grant_holder, holder != NULL ? holder : f->grant_holder);
    }
  if (f->has_places_offered)
    row->places_offered = f->places_offered, row->has_places_offered = TRUE;
  if (f->has_people_placed)
    row->people_placed = f->people_placed, row->has_people_placed = TRUE;
  if (f->has_social_return)
    row->social_return_cents = f->social_return_cents, row->has_social_return = TRUE;
  merge_text (&row->name, f->name);
  merge_text (&row->start_date, f->start_date);
  merge_text (&row->end_date, f->end_date);
  merge_text (&row->legal_basis, f->legal_basis);
  merge_text (&row->grant_kept_by, f->grant_kept_by);
  merge_text (&row->notes, f->notes);
  if (f->status != NULL)
    merge_text (&row->status, f->status);
  if (f->price_unit != NULL)
    {
      const char *unit = ovs_vocab_parse_code (OVS_TYPE_PRICE_UNIT, f->price_unit);

      /* An unknown unit is kept as typed, so that validation names it. */
      merge_text (&row->price_unit, unit != NULL ? unit : f->price_unit);
    }
  if (f->has_price)
    row->price_cents = f->price_cents;
  if (f->has_indexation)
    row->indexation_pct = f->indexation_pct;
  if (f->has_budget)
    row->budget_cents = f->budget_cents;
  if (f->has_target_se)
    row->target_se = f->target_se;
  if (f->party != NULL && !resolve_party (store, f->party, row, error))
    return FALSE;
  if (f->grant_holder == NULL)
    grant_holder_from_text (row, f->grant_kept_by);
  return TRUE;
}

static gboolean
fail (GError **error, OvsValidationError code, const char *message)
{
  g_set_error_literal (error, OVS_VALIDATION_ERROR, code, message);
  return FALSE;
}

static gboolean
validate_terms (const OvsCovenantRow *row, GError **error)
{
  if (!ovs_vocab_require (OVS_TYPE_PRICE_UNIT, "price_unit", row->price_unit, error) ||
      !ovs_vocab_require (OVS_TYPE_COVENANT_STATUS, "status", row->status, error) ||
      !ovs_vocab_require (OVS_TYPE_COVENANT_KIND, "kind", row->kind, error) ||
      (row->grant_holder != NULL &&
       !ovs_vocab_require (OVS_TYPE_GRANT_HOLDER, "grant_holder", row->grant_holder, error)))
    return FALSE;
  if ((row->has_places_offered && row->places_offered < 0) || (row->has_people_placed && row->people_placed < 0) ||
      (row->has_social_return && row->social_return_cents < 0))
    return fail (error, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                 _("places_offered, people_placed, social_return_cents: cannot be negative"));
  if (row->price_cents < 0 || row->budget_cents < 0)
    return fail (error, OVS_VALIDATION_ERROR_OUT_OF_RANGE, _("price_cents, budget_cents: amounts cannot be negative"));
  if (row->indexation_pct <= -100 || row->indexation_pct > 100)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("indexation_pct: %g must lie above -100 and at most 100"), row->indexation_pct);
      return FALSE;
    }
  if (row->target_se < 0)
    return fail (error, OVS_VALIDATION_ERROR_OUT_OF_RANGE, _("target_se: cannot be negative"));
  return TRUE;
}

static gboolean
validate_row (const OvsCovenantRow *row, GError **error)
{
  if (row->name == NULL)
    return fail (error, OVS_VALIDATION_ERROR_REQUIRED, _("name: a covenant needs a name"));
  if (row->party_id == 0)
    return fail (error, OVS_VALIDATION_ERROR_REQUIRED, _("party: a covenant needs a party (Wezo or Larcom)"));
  if (!ovs_check_iso_date ("start_date", row->start_date, TRUE, error) ||
      !ovs_check_iso_date ("end_date", row->end_date, FALSE, error))
    return FALSE;
  if (row->end_date != NULL && strcmp (row->end_date, row->start_date) < 0)
    return fail (error, OVS_VALIDATION_ERROR_DATE_ORDER, _("end_date: the covenant ends before it starts"));
  return validate_terms (row, error);
}

/* Whether another covenant has @name; FALSE with @error set when the database failed. */
static gboolean
name_taken (OvsStore *store, const char *name, gint64 except_id, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT 1 FROM covenant WHERE lower (name) = lower (?) AND id != ?",
                                          error);
  gboolean taken;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, name);
  ovs_stmt_bind_int64 (stmt, 2, except_id);
  taken = ovs_stmt_next (stmt, error);
  ovs_stmt_reset (stmt);
  return taken;
}

/* --- writing --- */

static void
json_int_or_null (JsonObject *o, const char *key, gboolean is_set, gint64 value)
{
  if (is_set)
    json_object_set_int_member (o, key, value);
  else
    json_object_set_null_member (o, key);
}

static JsonObject *
row_to_json (const OvsCovenantRow *row)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "name", row->name);
  json_object_set_int_member (o, "party_id", row->party_id);
  json_object_set_string_member (o, "start_date", row->start_date);
  json_object_set_string_member (o, "end_date", row->end_date);
  json_object_set_string_member (o, "status", row->status);
  json_object_set_int_member (o, "price_cents", row->price_cents);
  json_object_set_string_member (o, "price_unit", row->price_unit);
  json_object_set_double_member (o, "indexation_pct", row->indexation_pct);
  json_object_set_int_member (o, "budget_cents", row->budget_cents);
  json_object_set_double_member (o, "target_se", row->target_se);
  json_object_set_string_member (o, "legal_basis", row->legal_basis);
  json_object_set_string_member (o, "grant_kept_by", row->grant_kept_by);
  json_object_set_string_member (o, "notes", row->notes);
  json_object_set_string_member (o, "kind", row->kind);
  json_object_set_string_member (o, "grant_holder", row->grant_holder);
  json_int_or_null (o, "places_offered", row->has_places_offered, row->places_offered);
  json_int_or_null (o, "people_placed", row->has_people_placed, row->people_placed);
  json_int_or_null (o, "social_return_cents", row->has_social_return, row->social_return_cents);
  return o;
}

/* The members of @after that differ from @before: what the audit row of a change records. */
static JsonObject *
diff_json (JsonObject *before, JsonObject *after)
{
  JsonObject *changes = json_object_new ();
  g_autoptr(GList) names = json_object_get_members (after);

  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *old = json_object_get_member (before, l->data);
      JsonNode *now = json_object_get_member (after, l->data);

      if (old == NULL || !json_node_equal (old, now))
        json_object_set_member (changes, l->data, json_node_copy (now));
    }
  return changes;
}

/* A new covenant is inserted (its id made by the database), an existing one updated: no upsert on
 * id, since only SQLite makes an id for an explicit NULL. */
static gboolean
write_row (OvsStore *store, OvsCovenantRow *row, JsonObject *changes, GError **error)
{
  gboolean is_new = row->id == 0;
  OvsStmt *stmt = ovs_store_prepare (store, is_new ?
    "INSERT INTO covenant (name, party_id, start_date, end_date, status, price_cents, price_unit, "
    "  indexation_pct, budget_cents, target_se, legal_basis, grant_kept_by, notes, kind, grant_holder, "
    "  places_offered, people_placed, social_return_cents) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?15, ?16, ?17, ?18, ?19) RETURNING id" :
    "UPDATE covenant SET name = ?1, party_id = ?2, start_date = ?3, end_date = ?4, status = ?5, "
    "  price_cents = ?6, price_unit = ?7, indexation_pct = ?8, budget_cents = ?9, target_se = ?10, "
    "  legal_basis = ?11, grant_kept_by = ?12, notes = ?13, kind = ?15, grant_holder = ?16, "
    "  places_offered = ?17, people_placed = ?18, social_return_cents = ?19 WHERE id = ?14", error);

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, row->name);
  ovs_stmt_bind_int64 (stmt, 2, row->party_id);
  ovs_stmt_bind_text (stmt, 3, row->start_date);
  ovs_stmt_bind_text_or_null (stmt, 4, row->end_date);
  ovs_stmt_bind_text (stmt, 5, row->status);
  ovs_stmt_bind_int64 (stmt, 6, row->price_cents);
  ovs_stmt_bind_text (stmt, 7, row->price_unit);
  ovs_stmt_bind_double (stmt, 8, row->indexation_pct);
  ovs_stmt_bind_int64 (stmt, 9, row->budget_cents);
  ovs_stmt_bind_double (stmt, 10, row->target_se);
  ovs_stmt_bind_text_or_null (stmt, 11, row->legal_basis);
  ovs_stmt_bind_text_or_null (stmt, 12, row->grant_kept_by);
  ovs_stmt_bind_text_or_null (stmt, 13, row->notes);
  if (!is_new)
    ovs_stmt_bind_int64 (stmt, 14, row->id);
  ovs_stmt_bind_text (stmt, 15, row->kind);
  ovs_stmt_bind_text_or_null (stmt, 16, row->grant_holder);
  ovs_stmt_bind_int_or_null (stmt, 17, row->has_places_offered, row->places_offered);
  ovs_stmt_bind_int_or_null (stmt, 18, row->has_people_placed, row->people_placed);
  ovs_stmt_bind_int_or_null (stmt, 19, row->has_social_return, row->social_return_cents);
  if (is_new)
    return (row->id = ovs_insert_and_audit (store, stmt, "covenant", changes, error)) != 0;
  return ovs_step_and_audit (store, stmt, "update", "covenant", row->id, changes, error);
}

/* Inside the caller's transaction: the name is checked free and the row written. */
static gboolean
save (OvsStore *store, OvsCovenantRow *row, JsonObject *changes, GError **error)
{
  g_autoptr(GError) local = NULL;

  if (name_taken (store, row->name, row->id, &local))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_DUPLICATE,
                   _("name: there is already a covenant named “%s”"), row->name);
      return FALSE;
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!write_row (store, row, changes, error))
    return FALSE;
  ovs_store_emit_changed (store, "covenant");
  return TRUE;
}

static gint64
add_in_transaction (OvsStore *store, const OvsCovenantFields *fields, GError **error)
{
  g_auto(OvsCovenantRow) row = { .status = g_strdup (STATUS (OVS_COVENANT_STATUS_ACTIVE)),
                                 .price_unit = g_strdup (ovs_vocab_code (OVS_TYPE_PRICE_UNIT, OVS_PRICE_UNIT_SE)) };
  g_autoptr(JsonObject) changes = NULL;

  if (!merge_fields (store, &row, fields, error) || !validate_row (&row, error))
    return 0;
  changes = row_to_json (&row);
  return save (store, &row, changes, error) ? row.id : 0;
}

gint64
ovs_covenants_add (OvsStore *store, const OvsCovenantFields *fields, GError **error)
{
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);
  if (!ovs_store_require (store, OVS_PERM_EDIT_COVENANTS, error) || !ovs_store_begin (store, error))
    return 0;
  id = add_in_transaction (store, fields, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

/* A changed period must still hold every covered employee, so no cover falls outside its covenant. */
static gboolean
check_period_holds_cover (OvsStore *store, const OvsCovenantRow *row, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT count (*) FROM covenant_employee WHERE covenant_id = ?1 "
                                                 "AND (start_date < ?2 OR (?3 IS NOT NULL AND "
                                                 "     coalesce (end_date, '9999-12-31') > ?3))", error);
  gint64 outside;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, row->id);
  ovs_stmt_bind_text (stmt, 2, row->start_date);
  ovs_stmt_bind_text_or_null (stmt, 3, row->end_date);
  outside = ovs_stmt_next (stmt, error) ? ovs_stmt_get_int64 (stmt, 0) : 0;
  ovs_stmt_reset (stmt);
  if (error != NULL && *error != NULL)
    return FALSE;
  if (outside == 0)
    return TRUE;
  g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_OUT_OF_RANGE,
               g_dngettext (GETTEXT_PACKAGE, "start_date, end_date: %lld covered employee would fall "
                            "outside the new period; end or change their cover first",
                            "start_date, end_date: %lld covered employees would fall outside the "
                            "new period; end or change their cover first", outside), (long long) outside);
  return FALSE;
}

/* The fields given are merged into the covenant as it is inside the transaction that writes it, so a
 * concurrent change of other fields stays, and the covers checked are the ones there. */
static gboolean
change_in_transaction (OvsStore *store, const char *name, const OvsCovenantFields *fields, GError **error)
{
  g_auto(OvsCovenantRow) row = { 0 };
  g_autoptr(JsonObject) before = NULL, after = NULL, changes = NULL;

  if (!ovs_covenants_load (store, name, &row, error) ||
      !ovs_store_check_version (store, "covenant", row.id, fields->version, error))
    return FALSE;
  before = row_to_json (&row);
  if (!merge_fields (store, &row, fields, error) || !validate_row (&row, error) ||
      !check_period_holds_cover (store, &row, error))
    return FALSE;
  after = row_to_json (&row);
  changes = diff_json (before, after);
  return json_object_get_size (changes) == 0 || save (store, &row, changes, error);
}

gboolean
ovs_covenants_change (OvsStore *store, const char *name, const OvsCovenantFields *fields, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_COVENANTS, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, change_in_transaction (store, name, fields, error), error);
}

static gboolean
end_covers (OvsStore *store, const OvsCovenantRow *row, const char *end_date, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, "UPDATE covenant_employee SET end_date = ?1 WHERE covenant_id = ?2 "
                                                 "AND coalesce (end_date, '9999-12-31') > ?1 RETURNING id", error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, end_date);
  ovs_stmt_bind_int64 (stmt, 2, row->id);
  while (ovs_stmt_next (stmt, &local))
    {
      gint64 id = ovs_stmt_get_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(JsonObject) changes = json_object_new ();

      json_object_set_string_member (changes, "end_date", end_date);
      json_object_set_string_member (changes, "reason", "covenant_ended");
      if (!ovs_store_audit (store, "end", "covenant_employee", g_array_index (ids, gint64, i), changes, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
end_in_transaction (OvsStore *store, const char *name, const char *end_date, GError **error)
{
  g_auto(OvsCovenantRow) row = { 0 };
  g_autoptr(JsonObject) changes = json_object_new ();

  if (!ovs_covenants_load (store, name, &row, error))
    return FALSE;
  if (strcmp (end_date, row.start_date) < 0)
    return fail (error, OVS_VALIDATION_ERROR_DATE_ORDER, _("end_date: the covenant would end before it starts"));
  merge_text (&row.end_date, end_date);
  merge_text (&row.status, STATUS (OVS_COVENANT_STATUS_ENDED));
  json_object_set_string_member (changes, "end_date", end_date);
  json_object_set_string_member (changes, "status", STATUS (OVS_COVENANT_STATUS_ENDED));
  if (!write_row (store, &row, changes, error) || !end_covers (store, &row, end_date, error))
    return FALSE;
  ovs_store_emit_changed (store, "covenant");
  ovs_store_emit_changed (store, "covenant_employee");
  return TRUE;
}

gboolean
ovs_covenants_end (OvsStore *store, const char *name, const char *end_date, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_COVENANTS, error) ||
      !ovs_check_iso_date ("end_date", end_date, TRUE, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, end_in_transaction (store, name, end_date, error), error);
}

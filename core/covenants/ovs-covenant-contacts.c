/* ovs-covenant-contacts.c — contact moments with the party of a covenant or employer agreement
 * (werkgeversdienstverlening keeps track of who spoke to which employer, when and about what). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "covenants/ovs-covenants-private.h"
#include "overstap/base/ovs-validate.h"

static gint64
insert_contact (OvsStore *store, const char *name, const char *date, const char *subject, const char *owner,
                GError **error)
{
  g_auto(OvsCovenantRow) row = { 0 };
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;

  if (!ovs_covenants_load (store, name, &row, error))
    return 0;
  if ((stmt = ovs_store_prepare (store, "INSERT INTO covenant_contact (covenant_id, contact_date, subject, owner) "
                                        "VALUES (?, ?, ?, ?) RETURNING id", error)) == NULL)
    return 0;
  ovs_stmt_bind_int64 (stmt, 1, row.id);
  ovs_stmt_bind_text (stmt, 2, date);
  ovs_stmt_bind_text (stmt, 3, subject);
  ovs_stmt_bind_text_or_null (stmt, 4, owner);
  json_object_set_int_member (changes, "covenant_id", row.id);
  json_object_set_string_member (changes, "contact_date", date);
  json_object_set_string_member (changes, "subject", subject);
  return ovs_insert_and_audit (store, stmt, "covenant_contact", changes, error);
}

gint64
ovs_covenants_add_contact (OvsStore *store, const char *name, const char *contact_date, const char *subject,
                           const char *owner, GError **error)
{
  g_autofree char *text = ovs_dup_optional_text (subject);
  g_autofree char *who = ovs_dup_optional_text (owner);
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  if (!ovs_store_require (store, OVS_PERM_EDIT_COVENANTS, error) ||
      !ovs_check_iso_date ("contact_date", contact_date, TRUE, error))
    return 0;
  if (text == NULL)
    {
      g_set_error_literal (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED,
                           _("subject: a contact moment needs a subject"));
      return 0;
    }
  if (!ovs_store_begin (store, error))
    return 0;
  id = insert_contact (store, name, contact_date, text, who, error);
  if (!ovs_store_finish (store, id != 0, error))
    return 0;
  ovs_store_emit_changed (store, "covenant");
  return id;
}

JsonArray *
ovs_covenants_list_contacts (OvsStore *store, const char *name, GError **error)
{
  g_auto(OvsCovenantRow) row = { 0 };
  OvsStmt *stmt;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_HR_SECTIONS, error) || !ovs_covenants_load (store, name, &row, error))
    return NULL;
  if ((stmt = ovs_store_prepare (store, "SELECT id, contact_date, subject, owner FROM covenant_contact "
                                        "WHERE covenant_id = ? ORDER BY contact_date, id", error)) == NULL)
    return NULL;
  ovs_stmt_bind_int64 (stmt, 1, row.id);
  return ovs_row_json_collect (stmt, error);
}

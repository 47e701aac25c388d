/* ovs-milestones.c — the programme's milestones. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "overstap/base/ovs-date.h"
#include "overstap/programme/ovs-milestone.h"
#include "overstap/programme/ovs-milestones.h"
#include "overstap/base/ovs-validate.h"
#include "transfers/ovs-transfers-private.h"
#include "store/ovs-version-private.h"

#define STATUS(value) ovs_vocab_code (OVS_TYPE_MILESTONE_STATUS, (value))

typedef struct
{
  char *title;
  char *description;
  char *owner;
  char *due_date;
  char *track;
} Milestone;

static void
milestone_clear (Milestone *m)
{
  g_clear_pointer (&m->title, g_free);
  g_clear_pointer (&m->description, g_free);
  g_clear_pointer (&m->owner, g_free);
  g_clear_pointer (&m->due_date, g_free);
  g_clear_pointer (&m->track, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Milestone, milestone_clear)

static void
merge_text (char **slot, const char *value)
{
  if (value == NULL)
    return;
  g_free (*slot);
  *slot = ovs_dup_optional_text (value);
}

static void
merge (Milestone *m, const OvsMilestoneFields *f)
{
  merge_text (&m->title, f->title);
  merge_text (&m->description, f->description);
  merge_text (&m->owner, f->owner);
  merge_text (&m->due_date, f->due_date);
  if (f->track != NULL)
    {
      const char *code = ovs_vocab_parse_code (OVS_TYPE_PROGRAMME_TRACK, f->track);

      /* An unknown track is kept as typed, so that validation names it. */
      merge_text (&m->track, code != NULL ? code : f->track);
    }
  if (m->track == NULL)
    m->track = g_strdup (ovs_vocab_code (OVS_TYPE_PROGRAMME_TRACK, OVS_PROGRAMME_TRACK_WSW));
}

static gboolean
validate (const Milestone *m, GError **error)
{
  if (m->title == NULL)
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_REQUIRED, _("title: a milestone needs a title"));
      return FALSE;
    }
  return ovs_check_iso_date ("due_date", m->due_date, TRUE, error) &&
         ovs_vocab_require (OVS_TYPE_PROGRAMME_TRACK, "track", m->track, error);
}

static gboolean
load (OvsStore *store, gint64 id, Milestone *out, GError **error)
{
  g_autoptr(GError) local = NULL;
  OvsStmt *stmt = ovs_store_prepare (store, "SELECT title, description, owner, due_date, track "
                                                 "FROM milestone WHERE id = ?", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 1, id);
  if ((found = ovs_stmt_next (stmt, &local)))
    {
      out->title = ovs_stmt_dup_text (stmt, 0);
      out->description = ovs_stmt_dup_text (stmt, 1);
      out->owner = ovs_stmt_dup_text (stmt, 2);
      out->due_date = ovs_stmt_dup_text (stmt, 3);
      out->track = ovs_stmt_dup_text (stmt, 4);
    }
  ovs_stmt_reset (stmt);
  if (local != NULL)
    return (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  if (!found)
    g_set_error (error, OVS_STORE_ERROR, OVS_STORE_ERROR_NOT_FOUND,
                 _("There is no milestone %lld; see “overstap-cli list milestones”"), (long long) id);
  return found;
}

static JsonObject *
to_json (const Milestone *m)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "title", m->title);
  json_object_set_string_member (o, "description", m->description);
  json_object_set_string_member (o, "owner", m->owner);
  json_object_set_string_member (o, "due_date", m->due_date);
  json_object_set_string_member (o, "track", m->track);
  return o;
}

/* Runs one statement with its audit row inside the caller's transaction: an insert when @id is 0
 * (returning the new id), else an update of @id (returning @id); 0 on error. */
static gint64
write_one (OvsStore *store, OvsStmt *stmt, gint64 id, JsonObject *changes, GError **error)
{
  if (id == 0)
    id = ovs_insert_and_audit (store, stmt, "milestone", changes, error);
  else if (!ovs_step_and_audit (store, stmt, "update", "milestone", id, changes, error))
    id = 0;
  if (id != 0)
    ovs_store_emit_changed (store, "milestone");
  return id;
}

static OvsStmt *
bind_milestone (OvsStore *store, const char *sql, const Milestone *m, GError **error)
{
  OvsStmt *stmt = ovs_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, m->title);
  ovs_stmt_bind_text_or_null (stmt, 2, m->description);
  ovs_stmt_bind_text_or_null (stmt, 3, m->owner);
  ovs_stmt_bind_text (stmt, 4, m->due_date);
  ovs_stmt_bind_text (stmt, 6, m->track);
  return stmt;
}

gint64
ovs_milestones_add (OvsStore *store, const OvsMilestoneFields *fields, GError **error)
{
  g_auto(Milestone) m = { 0 };
  g_autoptr(JsonObject) changes = NULL;
  OvsStmt *stmt;
  gint64 id;

  g_return_val_if_fail (OVS_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);
  if (!ovs_store_require (store, OVS_PERM_EDIT_MILESTONES, error))
    return 0;
  merge (&m, fields);
  if (!validate (&m, error) ||
      (stmt = bind_milestone (store, "INSERT INTO milestone (title, description, owner, due_date, track) "
                                     "VALUES (?1, ?2, ?3, ?4, ?6) RETURNING id", &m, error)) == NULL)
    return 0;
  changes = to_json (&m);
  if (!ovs_store_begin (store, error))
    return 0;
  id = write_one (store, stmt, 0, changes, error);
  return ovs_store_finish (store, id != 0, error) ? id : 0;
}

/* The fields given are merged into the milestone as it is inside the transaction that writes it. */
static gboolean
change_in_transaction (OvsStore *store, gint64 id, const OvsMilestoneFields *fields, GError **error)
{
  g_auto(Milestone) m = { 0 };
  g_autoptr(JsonObject) before = NULL, changes = json_object_new ();
  g_autoptr(JsonObject) after = NULL;
  g_autoptr(GList) names = NULL;
  OvsStmt *stmt;

  if (!ovs_store_check_version (store, "milestone", id, fields->version, error) || !load (store, id, &m, error))
    return FALSE;
  before = to_json (&m);
  merge (&m, fields);
  if (!validate (&m, error))
    return FALSE;
  after = to_json (&m);
  names = json_object_get_members (after);
  for (GList *l = names; l != NULL; l = l->next)
    if (!json_node_equal (json_object_get_member (before, l->data), json_object_get_member (after, l->data)))
      json_object_set_member (changes, l->data, json_node_copy (json_object_get_member (after, l->data)));
  if (json_object_get_size (changes) == 0)
    return TRUE;
  if ((stmt = bind_milestone (store, "UPDATE milestone SET title = ?1, description = ?2, owner = ?3, due_date = ?4, "
                                     "track = ?6 WHERE id = ?5", &m, error)) == NULL)
    return FALSE;
  ovs_stmt_bind_int64 (stmt, 5, id);
  return write_one (store, stmt, id, changes, error) != 0;
}

gboolean
ovs_milestones_change (OvsStore *store, gint64 id, const OvsMilestoneFields *fields, GError **error)
{
  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_MILESTONES, error) || !ovs_store_begin (store, error))
    return FALSE;
  return ovs_store_finish (store, change_in_transaction (store, id, fields, error), error);
}

static const char *
milestone_status (const char *status, const char *date, GError **error)
{
  const char *code = NULL;

  if (!ovs_vocab_check (OVS_TYPE_MILESTONE_STATUS, "status", status, &code, error))
    return NULL;
  if (date != NULL && !g_str_equal (code, STATUS (OVS_MILESTONE_STATUS_DONE)))
    {
      g_set_error (error, OVS_VALIDATION_ERROR, OVS_VALIDATION_ERROR_INVALID_VALUE,
                   _("date: a date belongs only to the status done, not to %s"), code);
      return NULL;
    }
  return ovs_check_iso_date ("done_on", date, FALSE, error) ? code : NULL;
}

static gboolean
set_status_in_transaction (OvsStore *store, gint64 id, const char *code, const char *done_on, GError **error)
{
  g_auto(Milestone) m = { 0 };
  g_autoptr(JsonObject) changes = json_object_new ();
  OvsStmt *stmt;

  if (!load (store, id, &m, error) ||
      (stmt = ovs_store_prepare (store, "UPDATE milestone SET status = ?, done_on = ? WHERE id = ?", error)) == NULL)
    return FALSE;
  ovs_stmt_bind_text (stmt, 1, code);
  ovs_stmt_bind_text_or_null (stmt, 2, done_on);
  ovs_stmt_bind_int64 (stmt, 3, id);
  json_object_set_string_member (changes, "status", code);
  json_object_set_string_member (changes, "done_on", done_on);
  return write_one (store, stmt, id, changes, error) != 0;
}

gboolean
ovs_milestones_set_status (OvsStore *store, gint64 id, const char *status, const char *date, GError **error)
{
  g_autofree char *today = ovs_date_today_iso ();
  const char *code, *done_on;

  g_return_val_if_fail (OVS_IS_STORE (store), FALSE);
  if (!ovs_store_require (store, OVS_PERM_EDIT_MILESTONES, error) ||
      (code = milestone_status (status, date, error)) == NULL || !ovs_store_begin (store, error))
    return FALSE;
  done_on = g_str_equal (code, STATUS (OVS_MILESTONE_STATUS_DONE)) ? (date ? date : today) : NULL;
  return ovs_store_finish (store, set_status_in_transaction (store, id, code, done_on, error), error);
}

JsonArray *
ovs_milestones_list_json (OvsStore *store, GError **error)
{
  static const char * const booleans[] = { "late", NULL };
  g_autofree char *today = ovs_date_today_iso ();
  OvsStmt *stmt;
  JsonArray *rows;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  if (!ovs_store_require (store, OVS_PERM_VIEW_EMPLOYEES, error) ||
      (stmt = ovs_store_prepare (store, "SELECT id, title, description, owner, due_date, status, done_on, track, "
                                        "  CASE WHEN due_date < ?1 AND status NOT IN (?2, ?3) "
                                        "       THEN 1 ELSE 0 END AS late "
                                        "FROM milestone ORDER BY due_date, id", error)) == NULL)
    return NULL;
  ovs_stmt_bind_text (stmt, 1, today);
  ovs_stmt_bind_text (stmt, 2, STATUS (OVS_MILESTONE_STATUS_DONE));
  ovs_stmt_bind_text (stmt, 3, STATUS (OVS_MILESTONE_STATUS_DROPPED));
  if ((rows = ovs_row_json_collect (stmt, error)) == NULL)
    return NULL;
  ovs_row_json_booleans (rows, booleans);
  return rows;
}

GListStore *
ovs_milestones_list (OvsStore *store, GError **error)
{
  g_autoptr(JsonArray) rows = ovs_milestones_list_json (store, error);

  return rows ? ovs_row_json_list_store (OVS_TYPE_MILESTONE, rows) : NULL;
}

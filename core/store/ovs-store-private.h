/* ovs-store-private.h — what core modules share about the store: its connection and the statement
 * interface (ovs-sql-private.h). Not installed; ui/ and app/ never see SQL. */
#pragma once

#include "overstap/store/ovs-store.h"
#include "store/ovs-sql-private.h"

G_BEGIN_DECLS

typedef struct _OvsEngine OvsEngine;


/* Shared by the files of core/store/ only. */
struct _OvsStore
{
  GObject     parent_instance;

  const OvsEngine *engine;  /* see ovs-engine-private.h */
  gpointer    conn;         /* the engine's connection */
  char       *path;
  GHashTable *statements;   /* SQL text -> OvsStmt */
  guint       depth;        /* open transaction levels: the transaction, then savepoints */
  gboolean    reading;      /* the outermost level is a read-only transaction */

  char       *user;
  OvsRole     role;
  GHashTable *own_crews;    /* crew ids (gint64*) a teamleider may edit */
  GHashTable *pending_changes; /* entities changed inside the open transaction */
  char       *pg_schema;    /* PostgreSQL: the schema the connection works in (one per municipality) */
};


/* Ends the transaction level ovs_store_begin() opened: commits when @ok, and rolls back when not or
 * when the commit fails. Returns whether it committed. For rules that read, check and write inside
 * one transaction: begin, then `ok = read && check && write`, then finish. */
gboolean      ovs_store_finish         (OvsStore     *self,
                                        gboolean      ok,
                                        GError      **error);

/* Opens @path and migrates it no further than @up_to: tests use it to make databases of every
 * earlier schema version. */
OvsStore     *ovs_store_open_at_version (const char *path,
                                       int           up_to,
                                       GError      **error);

/* The table or view to read employees from: "employee", or on a server for a role without
 * OVS_PERM_VIEW_PERSONAL the view "employee_roster" (core/store/sql/pg-access.sql), which has only the
 * columns such a role may read: id, personnel_number, first_name, name_prefix, last_name,
 * contract_minutes, employer_id, employment_end, status (sick and on leave as absent) and version. */
const char   *ovs_store_employee_source (OvsStore *self);
/* Likewise for absences: "absence", or "absence_roster", whose kind shows sickness and medical
 * appointments as absent and whose note is NULL for them. */
const char   *ovs_store_absence_source (OvsStore *self);

G_END_DECLS

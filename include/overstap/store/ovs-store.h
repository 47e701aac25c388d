/* ovs-store.h — the store: opening, migrations, transactions, roles, audit.
 *
 * One OvsStore is the context every core function takes (no globals). It knows the current user and
 * role, so that every rule and permission is checked in core, for the app and the CLI alike.
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "overstap/vocab/ovs-vocab.h"

G_BEGIN_DECLS

#define OVS_STORE_ERROR (ovs_store_error_quark ())

typedef enum {
  OVS_STORE_ERROR_FAILED,            /* SQLite reported an error */
  OVS_STORE_ERROR_NOT_FOUND,         /* no such row */
  OVS_STORE_ERROR_PERMISSION_DENIED, /* the current role may not do this */
  OVS_STORE_ERROR_UNKNOWN_USER,      /* the user named is not in app_user */
  OVS_STORE_ERROR_DUPLICATE,         /* a unique value is already taken */
  OVS_STORE_ERROR_MIGRATION,         /* the schema could not be brought up to date */
  OVS_STORE_ERROR_TOO_NEW,           /* the file was made by a newer Overstap */
  OVS_STORE_ERROR_CONSTRAINT,        /* the database refused a value (CHECK, NOT NULL, foreign key) */
  OVS_STORE_ERROR_BUSY,              /* another connection holds a lock longer than the time-out */
  OVS_STORE_ERROR_CONFLICT,          /* the row changed since it was read, or two writers collided */
  OVS_STORE_ERROR_NEEDS_PASSWORD,    /* the database server asks for a password, or refused the one given */
} OvsStoreError;

/* What a role may do; ovs_store_can() maps roles onto these. */
typedef enum {
  OVS_PERM_VIEW_EMPLOYEES,   /* see employees at all (every role) */
  OVS_PERM_VIEW_BSN,         /* see an unmasked BSN: kwartiermaker, hr */
  OVS_PERM_VIEW_HEALTH,      /* indication category, loonwaarde, sickness: kwartiermaker, hr */
  OVS_PERM_EDIT_EMPLOYEES,   /* employees, indications, qualifications: kwartiermaker, hr */
  OVS_PERM_EDIT_PLACEMENTS,  /* kwartiermaker, hr */
  OVS_PERM_EDIT_TRANSFERS,   /* kwartiermaker, hr */
  OVS_PERM_EDIT_COVENANTS,   /* kwartiermaker, hr */
  OVS_PERM_EDIT_CREWS,       /* all crews: kwartiermaker, hr; a teamleider only their own (see _can_edit_crew) */
  OVS_PERM_EDIT_ORGANISATIONS, /* kwartiermaker, hr */
  OVS_PERM_EDIT_MILESTONES,  /* kwartiermaker */
  OVS_PERM_EDIT_PARAMETERS,  /* kwartiermaker */
  OVS_PERM_EDIT_USERS,       /* kwartiermaker */
  OVS_PERM_EDIT_NOTES,       /* the monitor's notes: kwartiermaker */
  OVS_PERM_VIEW_AUDIT,       /* kwartiermaker, hr */
  OVS_PERM_VIEW_HR_SECTIONS, /* placements, transfers, covenants: kwartiermaker, hr */
  /* Appended for privacy per role (AVG art. 5(1)(c), 9); see README "Privacy per role". */
  OVS_PERM_VIEW_PERSONAL,    /* birth date, residence, home municipality, salary scale and step, employment
                              * type, employer, employment dates, transfer status: kwartiermaker, hr */
  OVS_PERM_BACKUP,           /* a backup or copy of the whole database (every BSN in it): kwartiermaker */
  OVS_PERM_VIEW_ACCESS_LOG,  /* who read whose health data: kwartiermaker */
  OVS_PERM_PURGE,            /* purge old health data: kwartiermaker */
} OvsPermission;

#define OVS_TYPE_STORE (ovs_store_get_type ())
G_DECLARE_FINAL_TYPE (OvsStore, ovs_store, OVS, STORE, GObject)

GQuark       ovs_store_error_quark          (void);

char        *ovs_store_default_path         (void);
/* Whether @where is a PostgreSQL server's libpq URI (postgresql://… or postgres://…) rather than the
 * path of a SQLite file. */
gboolean     ovs_store_is_server_address    (const char  *where);
OvsStore    *ovs_store_open                 (const char  *path,
                                             GError     **error);
/* ovs_store_open() with a password for a server database (from the app's password dialog or the
 * Secret Service; never from a command line). @password NULL is ovs_store_open(). */
OvsStore    *ovs_store_open_with_password   (const char  *path,
                                             const char  *password,
                                             GError     **error);
const char  *ovs_store_get_path             (OvsStore    *self);
int          ovs_store_get_schema_version   (OvsStore    *self);
int          ovs_store_latest_schema_version (void);
/* Sets @empty to whether the database holds no employee yet; FALSE with @error when it cannot tell. */
gboolean     ovs_store_is_empty             (OvsStore    *self,
                                             gboolean    *empty,
                                             GError     **error);

/* The current user. ovs_store_set_user() looks the name up in app_user; an unknown name fails. @name
 * NULL is ovs_store_default_user(). On PostgreSQL a user's own login role is that user: another name
 * is refused (only the tables' owner, IT's account, may name any user, as on SQLite). */
gboolean     ovs_store_set_user             (OvsStore    *self,
                                             const char  *name,
                                             GError     **error);
const char  *ovs_store_get_user             (OvsStore    *self);
/* Who is using the store when nobody says: the role connected to a server, else the computer's user. */
char        *ovs_store_default_user         (OvsStore    *self);
OvsRole      ovs_store_get_role             (OvsStore    *self);
gboolean     ovs_store_can                  (OvsStore     *self,
                                             OvsPermission perm);
gboolean     ovs_store_require              (OvsStore     *self,
                                             OvsPermission perm,
                                             GError      **error);
gboolean     ovs_store_can_edit_crew        (OvsStore    *self,
                                             gint64       crew_id);
gboolean     ovs_store_require_crew         (OvsStore    *self,
                                             gint64       crew_id,
                                             GError     **error);

/* The user whose own crews bound what the current role sees of people (a teamleider's name), or NULL
 * when the role sees everybody. Core's queries bind it to limit rows to members of those crews. */
const char  *ovs_store_crew_scope           (OvsStore    *self);

/* A typed wrapper over OVS_TYPE_ROLE of the vocabulary: the stored code, "" for OVS_ROLE_NONE. */
const char  *ovs_role_to_string             (OvsRole      role);

/* Transactions nest (savepoints): a function that writes several rows wraps them in begin/commit,
 * and a caller such as the importer can wrap many such calls in one outer transaction.
 * The outermost begin takes the write lock at once (another writer waits, up to the busy time-out),
 * so a rule that reads inside begin/commit and then writes sees the state it writes over: read the
 * rows a rule checks or merges inside the transaction, not before it.
 * On any error call ovs_store_rollback(); it undoes the innermost level. */
gboolean     ovs_store_begin                (OvsStore    *self,
                                             GError     **error);
gboolean     ovs_store_commit               (OvsStore    *self,
                                             GError     **error);
void         ovs_store_rollback             (OvsStore    *self);
/* A read-only transaction, for several queries that must see one consistent state (the monitor's
 * figures): it takes no write lock, so it neither waits for writers nor holds them up. Nothing may
 * be written inside it (ovs_store_begin() refuses); end it with ovs_store_rollback(). */
gboolean     ovs_store_begin_read           (OvsStore    *self,
                                             GError     **error);

/* Writes one audit_log row (now, current user). @changes may be NULL; it is not consumed. */
gboolean     ovs_store_audit                (OvsStore    *self,
                                             const char  *action,
                                             const char  *entity,
                                             gint64       entity_id,
                                             JsonObject  *changes,
                                             GError     **error);

/* Tells listeners (list models, views) that rows of @entity changed; emits ::changed. */
void         ovs_store_emit_changed         (OvsStore    *self,
                                             const char  *entity);

/* The version of row @id of @entity (a table: "employee", "placement", "crew", "milestone", …), which
 * every saved change raises: an editor reads it when it opens and passes it back in its fields, and
 * a save from an older version fails with OVS_STORE_ERROR_CONFLICT naming who changed what since.
 * 0 with OVS_STORE_ERROR_NOT_FOUND when there is no such row. */
gint64       ovs_store_row_version          (OvsStore    *self,
                                             const char  *entity,
                                             gint64       id,
                                             GError     **error);

/* Copies the database to @dest_path. Needs OVS_PERM_BACKUP (a copy holds every employee's health
 * data); a backup made is written to the audit log with who made it and where. */
gboolean     ovs_store_backup               (OvsStore    *self,
                                             const char  *dest_path,
                                             GError     **error);

/* --- the access log of health data (AVG art. 9, 32) --- */

/* What was read: bit flags, stored as their words joined by commas. */
typedef enum {
  OVS_HEALTH_INDICATION = 1 << 0,  /* indication category and validity */
  OVS_HEALTH_WAGE_VALUE = 1 << 1,  /* loonwaarde */
  OVS_HEALTH_SICKNESS   = 1 << 2,  /* sickness status or absence kinds sickness/medical */
  OVS_HEALTH_ADVICE     = 1 << 3,  /* UWV's advice on sheltered work (nieuw beschut) */
} OvsHealthData;

/* Writes one access_log row: now, the current user, @employee_id (0: many employees, as in an export
 * of @count rows), what was read and through which @channel ("employee show", "export", "editor").
 * One row per read action, not per field. Does nothing when @what is 0. */
gboolean     ovs_store_log_access           (OvsStore      *self,
                                             gint64         employee_id,
                                             OvsHealthData  what,
                                             const char    *channel,
                                             guint          count,
                                             GError       **error);
/* The access log, newest first: [{id, at, user_name, employee_id, personnel_number, what, channel,
 * count}]; @employee_id 0 means all. Needs OVS_PERM_VIEW_ACCESS_LOG. */
JsonArray   *ovs_store_list_access          (OvsStore      *self,
                                             gint64         employee_id,
                                             GError       **error);

/* The audit log, newest first, as a JSON array of objects (id, at, user_name, action, entity,
 * entity_id, changes). Needs OVS_PERM_VIEW_AUDIT. @limit <= 0 means all. */
JsonArray   *ovs_store_list_audit           (OvsStore    *self,
                                             int          limit,
                                             GError     **error);

/* Creates the standard organisations (Wezo, Larcom, the municipality, the municipal foundation)
 * if absent, and makes @user a kwartiermaker if there is no user yet. Idempotent. */
gboolean     ovs_store_init_defaults        (OvsStore    *self,
                                             const char  *user,
                                             GError     **error);

G_END_DECLS

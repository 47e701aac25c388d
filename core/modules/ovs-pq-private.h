/* ovs-pq-private.h — the functions of libpq, the PostgreSQL client library,
 * as core calls them: through the module libovs-pq.so (see ovs-module-private.h). Only
 * core/store/ovs-engine-pg.c includes it, in place of the library's own headers: it includes them for
 * the types, then defines each function's name as a call through the loaded table, so the calling
 * code reads as plain library code. Call ovs_pq_load() before the first call. */
#pragma once

#include <libpq-fe.h>

#include "modules/ovs-module-private.h"

G_BEGIN_DECLS

#define OVS_PQ_FUNCTIONS(F) \
  F (PQbackendPID) \
  F (PQclear) \
  F (PQcmdTuples) \
  F (PQconnectdbParams) \
  F (PQconnectionNeedsPassword) \
  F (PQconnectionUsedPassword) \
  F (PQconninfoFree) \
  F (PQconninfoParse) \
  F (PQconsumeInput) \
  F (PQerrorMessage) \
  F (PQexec) \
  F (PQexecPrepared) \
  F (PQfinish) \
  F (PQfname) \
  F (PQfreemem) \
  F (PQftype) \
  F (PQgetisnull) \
  F (PQgetvalue) \
  F (PQnfields) \
  F (PQnotifies) \
  F (PQntuples) \
  F (PQprepare) \
  F (PQresultErrorField) \
  F (PQresultErrorMessage) \
  F (PQresultStatus) \
  F (PQsocket) \
  F (PQstatus) \
  F (PQtransactionStatus)

typedef struct
{
  OvsModuleApi base;
  OVS_PQ_FUNCTIONS (OVS_MODULE_MEMBER)
} OvsPqApi;

extern const OvsPqApi *ovs_pq;

/* Loads libovs-pq.so the first time; FALSE with an error saying why it cannot be loaded. */
gboolean ovs_pq_load (GError **error);

#ifndef OVS_MODULE_BUILD
#define PQbackendPID              (ovs_pq->PQbackendPID)
#define PQclear                   (ovs_pq->PQclear)
#define PQcmdTuples               (ovs_pq->PQcmdTuples)
#define PQconnectdbParams         (ovs_pq->PQconnectdbParams)
#define PQconnectionNeedsPassword (ovs_pq->PQconnectionNeedsPassword)
#define PQconnectionUsedPassword  (ovs_pq->PQconnectionUsedPassword)
#define PQconninfoFree            (ovs_pq->PQconninfoFree)
#define PQconninfoParse           (ovs_pq->PQconninfoParse)
#define PQconsumeInput            (ovs_pq->PQconsumeInput)
#define PQerrorMessage            (ovs_pq->PQerrorMessage)
#define PQexec                    (ovs_pq->PQexec)
#define PQexecPrepared            (ovs_pq->PQexecPrepared)
#define PQfinish                  (ovs_pq->PQfinish)
#define PQfname                   (ovs_pq->PQfname)
#define PQfreemem                 (ovs_pq->PQfreemem)
#define PQftype                   (ovs_pq->PQftype)
#define PQgetisnull               (ovs_pq->PQgetisnull)
#define PQgetvalue                (ovs_pq->PQgetvalue)
#define PQnfields                 (ovs_pq->PQnfields)
#define PQnotifies                (ovs_pq->PQnotifies)
#define PQntuples                 (ovs_pq->PQntuples)
#define PQprepare                 (ovs_pq->PQprepare)
#define PQresultErrorField        (ovs_pq->PQresultErrorField)
#define PQresultErrorMessage      (ovs_pq->PQresultErrorMessage)
#define PQresultStatus            (ovs_pq->PQresultStatus)
#define PQsocket                  (ovs_pq->PQsocket)
#define PQstatus                  (ovs_pq->PQstatus)
#define PQtransactionStatus       (ovs_pq->PQtransactionStatus)
#endif

G_END_DECLS

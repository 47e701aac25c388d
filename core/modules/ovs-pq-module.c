/* ovs-pq-module.c — libovs-pq.so: the one place that links libpq (see ovs-module-private.h).
 * It gives core the table of the functions it uses. */
#define OVS_MODULE_BUILD 1

#include "modules/ovs-pq-private.h"

OVS_MODULE_DEFINE_API (OvsPqApi, OVS_PQ_FUNCTIONS)

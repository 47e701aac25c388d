/* ovs-bridges.c — the table pointers and loaders of the four bridge modules (ovs-module-private.h). */
#define OVS_MODULE_BUILD 1

#include "config.h"

#include "modules/ovs-cairo-private.h"
#include "modules/ovs-pq-private.h"
#include "modules/ovs-soup-private.h"
#include "modules/ovs-xlsx-private.h"

OVS_MODULE_DEFINE_LOADER (pq, OvsPqApi)
OVS_MODULE_DEFINE_LOADER (cairo, OvsCairoApi)
OVS_MODULE_DEFINE_LOADER (soup, OvsSoupApi)
OVS_MODULE_DEFINE_LOADER (xlsx, OvsXlsxApi)

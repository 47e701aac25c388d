/* ovs-xlsx-module.c — libovs-xlsx.so: the one place that links libxlsxwriter (see ovs-module-private.h).
 * It gives core the table of the functions it uses. */
#define OVS_MODULE_BUILD 1

#include "modules/ovs-xlsx-private.h"

OVS_MODULE_DEFINE_API (OvsXlsxApi, OVS_XLSX_FUNCTIONS)

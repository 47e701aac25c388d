/* ovs-cairo-module.c — libovs-cairo.so: the one place that links cairo and Pango (see ovs-module-private.h).
 * It gives core the table of the functions it uses. */
#define OVS_MODULE_BUILD 1

#include "modules/ovs-cairo-private.h"

OVS_MODULE_DEFINE_API (OvsCairoApi, OVS_CAIRO_FUNCTIONS)

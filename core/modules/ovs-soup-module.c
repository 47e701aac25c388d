/* ovs-soup-module.c — libovs-soup.so: the one place that links libsoup (see ovs-module-private.h).
 * It gives core the table of the functions it uses. */
#define OVS_MODULE_BUILD 1

#include "modules/ovs-soup-private.h"

OVS_MODULE_DEFINE_API (OvsSoupApi, OVS_SOUP_FUNCTIONS)

/* ovs-pq-module.c — libovs-pq.so: the one place that links libpq (see
 * ovs-module-private.h). It gives core the table of the functions it uses. */
#define OVS_MODULE_BUILD 1

#include <gmodule.h>

#include "modules/ovs-pq-private.h"

#define OVS_MODULE_INIT(function) .function = function,

G_MODULE_EXPORT const OvsModuleApi *ovs_module_api (void);

G_MODULE_EXPORT const OvsModuleApi *
ovs_module_api (void)
{
  static const OvsPqApi api = {
    .base.size = sizeof (OvsPqApi),
    OVS_PQ_FUNCTIONS (OVS_MODULE_INIT)
  };

  return &api.base;
}

/* ovs-soup-module.c — libovs-soup.so: the one place that links libsoup (see
 * ovs-module-private.h). It gives core the table of the functions it uses. */
#define OVS_MODULE_BUILD 1

#include <gmodule.h>

#include "modules/ovs-soup-private.h"

#define OVS_MODULE_INIT(function) .function = function,

G_MODULE_EXPORT const OvsModuleApi *ovs_module_api (void);

G_MODULE_EXPORT const OvsModuleApi *
ovs_module_api (void)
{
  static const OvsSoupApi api = {
    .base.size = sizeof (OvsSoupApi),
    OVS_SOUP_FUNCTIONS (OVS_MODULE_INIT)
  };

  return &api.base;
}

/* ovs-cairo-module.c — libovs-cairo.so: the one place that links cairo (see
 * ovs-module-private.h). It gives core the table of the functions it uses. */
#define OVS_MODULE_BUILD 1

#include <gmodule.h>

#include "modules/ovs-cairo-private.h"

#define OVS_MODULE_INIT(function) .function = function,

G_MODULE_EXPORT const OvsModuleApi *ovs_module_api (void);

G_MODULE_EXPORT const OvsModuleApi *
ovs_module_api (void)
{
  static const OvsCairoApi api = {
    .base.size = sizeof (OvsCairoApi),
    OVS_CAIRO_FUNCTIONS (OVS_MODULE_INIT)
  };

  return &api.base;
}

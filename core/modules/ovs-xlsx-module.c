/* ovs-xlsx-module.c — libovs-xlsx.so: the one place that links libxlsxwriter (see
 * ovs-module-private.h). It gives core the table of the functions it uses. */
#define OVS_MODULE_BUILD 1

#include <gmodule.h>

#include "modules/ovs-xlsx-private.h"

#define OVS_MODULE_INIT(function) .function = function,

G_MODULE_EXPORT const OvsModuleApi *ovs_module_api (void);

G_MODULE_EXPORT const OvsModuleApi *
ovs_module_api (void)
{
  static const OvsXlsxApi api = {
    .base.size = sizeof (OvsXlsxApi),
    OVS_XLSX_FUNCTIONS (OVS_MODULE_INIT)
  };

  return &api.base;
}

/* ovs-xlsx-private.h — the functions of libxlsxwriter, which writes the Excel export,
 * as core calls them: through the module libovs-xlsx.so (see ovs-module-private.h). Only
 * core/people/ovs-export.c includes it, in place of the library's own headers: it includes them for
 * the types, then defines each function's name as a call through the loaded table, so the calling
 * code reads as plain library code. Call ovs_xlsx_load() before the first call. */
#pragma once

#include <xlsxwriter.h>

#include "modules/ovs-module-private.h"

G_BEGIN_DECLS

#define OVS_XLSX_FUNCTIONS(F) \
  F (format_set_bold) \
  F (format_set_num_format) \
  F (lxw_strerror) \
  F (workbook_add_format) \
  F (workbook_add_worksheet) \
  F (workbook_close) \
  F (workbook_new) \
  F (worksheet_autofilter) \
  F (worksheet_freeze_panes) \
  F (worksheet_set_column) \
  F (worksheet_write_datetime) \
  F (worksheet_write_number) \
  F (worksheet_write_string)

typedef struct
{
  OvsModuleApi base;
  OVS_XLSX_FUNCTIONS (OVS_MODULE_MEMBER)
} OvsXlsxApi;

extern const OvsXlsxApi *ovs_xlsx;

/* Loads libovs-xlsx.so the first time; FALSE with an error saying why it cannot be loaded. */
gboolean ovs_xlsx_load (GError **error);

#ifndef OVS_MODULE_BUILD
#define format_set_bold          (ovs_xlsx->format_set_bold)
#define format_set_num_format    (ovs_xlsx->format_set_num_format)
#define lxw_strerror             (ovs_xlsx->lxw_strerror)
#define workbook_add_format      (ovs_xlsx->workbook_add_format)
#define workbook_add_worksheet   (ovs_xlsx->workbook_add_worksheet)
#define workbook_close           (ovs_xlsx->workbook_close)
#define workbook_new             (ovs_xlsx->workbook_new)
#define worksheet_autofilter     (ovs_xlsx->worksheet_autofilter)
#define worksheet_freeze_panes   (ovs_xlsx->worksheet_freeze_panes)
#define worksheet_set_column     (ovs_xlsx->worksheet_set_column)
#define worksheet_write_datetime (ovs_xlsx->worksheet_write_datetime)
#define worksheet_write_number   (ovs_xlsx->worksheet_write_number)
#define worksheet_write_string   (ovs_xlsx->worksheet_write_string)
#endif

G_END_DECLS

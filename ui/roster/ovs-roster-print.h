/* ovs-roster-print.h — the printed week roster for the canteen wall: A4 landscape, large type, names
 * as rows and Monday to Sunday as columns, absences marked, no conflicts and no health data.
 *
 * The drawing works on any cairo_t in points (a PDF surface in the tests, the GtkPrintContext when
 * printing), from an OvsRosterWeek loaded with OVS_ROSTER_WEEK_PRINT. */
#pragma once

#include <cairo.h>
#include <gtk/gtk.h>

#include "roster/ovs-roster-week.h"

G_BEGIN_DECLS

/* A4 landscape in points, and the margin the tests and the print dialog's default page use. */
#define OVS_ROSTER_PRINT_PAGE_WIDTH  841.89
#define OVS_ROSTER_PRINT_PAGE_HEIGHT 595.28
#define OVS_ROSTER_PRINT_MARGIN      28.35   /* 10 mm */

/* How many pages the week needs in an area of @width × @height points (@cr only measures text). */
guint              ovs_roster_print_n_pages       (cairo_t       *cr,
                                                   double         width,
                                                   double         height,
                                                   OvsRosterWeek *week);
/* Draws page @page (from 0) of @week into the area (0, 0, @width, @height) of @cr, in points.
 * @printed_on (ISO) is the date in the footer. */
void               ovs_roster_print_draw_page     (cairo_t       *cr,
                                                   double         width,
                                                   double         height,
                                                   OvsRosterWeek *week,
                                                   const char    *printed_on,
                                                   guint          page);
/* A print operation for @week: A4 landscape, 10 mm margins, the job named after crew and week. */
GtkPrintOperation *ovs_roster_print_operation_new (OvsRosterWeek *week);

G_END_DECLS

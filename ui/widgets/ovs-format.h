/* ovs-format.h — numbers, money and dates as Dutch readers expect them (decimal comma, a dot between
 * thousands, € before the amount, dd-mm-jjjj), following the locale so that C and English still work. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ovs_format_int      (gint64       value);
char *ovs_format_decimal  (double       value,
                           int          digits);
/* Whole euros: "€ 12.345". */
char *ovs_format_money    (gint64       cents);
char *ovs_format_percent  (double       part,
                           double       whole);
/* An ISO 8601 timestamp or date as 'dd-mm-jjjj' (local date for timestamps). */
char *ovs_format_date     (const char  *iso);

G_END_DECLS

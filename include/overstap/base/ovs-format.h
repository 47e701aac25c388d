/* ovs-format.h — numbers, money and dates for the window and the CLI's human output, as Dutch readers
 * expect them (decimal comma, a dot between thousands, € before the amount, dd-mm-jjjj), following the
 * locale so that C and English still work. JSON output never goes through these. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ovs_format_int      (gint64       value);
char *ovs_format_decimal  (double       value,
                           int          digits);
/* Whole euros: "€ 12.345". */
char *ovs_format_money    (gint64       cents);
/* As ovs_format_decimal() without trailing zeros: "0,25", "12", "1.234,5". */
char *ovs_format_decimal_trimmed (double value,
                                  int    digits);
char *ovs_format_percent  (double       part,
                           double       whole);
/* An ISO 8601 timestamp or date as 'dd-mm-jjjj' (local date for timestamps). */
char *ovs_format_date     (const char  *iso);
/* "€ 4.250,00" (cents, with the locale's separators); "" for a negative amount (not set). */
char *ovs_format_euro_cents       (gint64       cents);
/* Minutes as hours: "36", "19,5", "7,25" (no trailing zeros); "" for a negative number. */
char *ovs_format_minutes_as_hours (int          minutes);
/* Hours as "32", "32,5", "18,25": no trailing zeros, the locale's decimal separator, no thousands
 * separator (contract hours in the Medewerkers section). */
char *ovs_format_hours            (double       hours);
/* RFC 5545 weekday codes "MO,TU,WE" as the locale's day names: "ma, di, wo". */
char *ovs_format_weekdays         (const char  *codes);

G_END_DECLS

/* ovs-date.h — dates as users type them and as the store keeps them.
 *
 * The store keeps ISO 'YYYY-MM-DD'; people read and type 'dd-mm-jjjj'. Dates are calendar dates
 * (GDate), with no time zone: a working day in Europe/Amsterdam. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses 'dd-mm-jjjj', 'd-m-jjjj' or 'jjjj-mm-dd' (also with '/' or '.'); an impossible date such as
 * 31-02-2024 fails with OVS_VALIDATION_ERROR_INVALID_DATE. */
gboolean  ovs_date_parse           (const char  *text,
                                    GDate       *out,
                                    GError     **error);
/* Parses exactly 'YYYY-MM-DD' as stored. */
gboolean  ovs_date_from_iso        (const char  *iso,
                                    GDate       *out);
char     *ovs_date_to_iso          (const GDate *date);
/* 'YYYY-MM-DD' -> 'dd-mm-jjjj' for display; NULL or invalid gives "". */
char     *ovs_date_iso_to_display  (const char  *iso);
/* Normalises any accepted input to ISO, or fails as ovs_date_parse(). */
char     *ovs_date_normalize       (const char  *text,
                                    GError     **error);
/* Today as ISO; OVERSTAP_TODAY=YYYY-MM-DD in the environment fixes it (tests, demos). */
char     *ovs_date_today_iso       (void);
void      ovs_date_today           (GDate       *out);
/* Days from @a to @b (b - a). */
gint      ovs_date_days_between    (const GDate *a,
                                    const GDate *b);
/* Date arithmetic on stored dates, done in C so that SQL stays free of an engine's date functions:
 * 'YYYY-MM-DD' plus @days (negative goes back), or NULL when @iso is not a stored date. */
char     *ovs_date_iso_add_days    (const char  *iso,
                                    int          days);
/* Days from @a to @b (b - a) in @days; FALSE when either is not a stored date. */
gboolean  ovs_date_iso_days_between (const char  *a,
                                     const char  *b,
                                     gint        *days);

G_END_DECLS

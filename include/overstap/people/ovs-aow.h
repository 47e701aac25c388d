/* ovs-aow.h — the AOW age (pensioengerechtigde leeftijd) by birth date, as the SVB publishes it.
 *
 * A Wsw employment ends by law when the AOW age is reached, and nobody counts SE after it; the
 * projection of the population uses the same dates. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The AOW age of someone born on @birth: whole years and months. @provisional (may be NULL) is set
 * when the age for that birth date has not been fixed by law yet (it is fixed five years ahead); the
 * last fixed age is given then, which the law says is the least it can be. */
void     ovs_aow_age          (const GDate *birth,
                               int         *years,
                               int         *months,
                               gboolean    *provisional);

/* The day the AOW age is reached (the first day of the AOW) for someone born on @birth: the birth
 * date plus the AOW age, the birthday's day of the month (the last day of a shorter month). The
 * employment's last day is the day before. Returns NULL for an invalid date. Free with g_date_free(). */
GDate   *ovs_aow_date         (const GDate *birth);

/* ovs_aow_date() for ISO 'YYYY-MM-DD' texts: the AOW date as ISO, or NULL for a text that is not a
 * date. */
char    *ovs_aow_date_iso     (const char  *birth_iso);

/* The last day of a Wsw employment for someone born on @birth_iso: the day before the AOW date. */
char    *ovs_aow_last_working_day_iso (const char *birth_iso);

G_END_DECLS

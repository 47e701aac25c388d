/* ovs-holidays.h — Dutch public holidays for any year, and the CAO setting of which are days off.
 *
 * The dates are computed: Easter by the Gregorian computus, Good Friday, Easter Monday, Ascension Day
 * and Whitsun from it; King's Day on 27 April, or 26 April when the 27th is a Sunday (since 2014;
 * Queen's Day on 30 April, or the 29th when that is a Sunday, 1980–2013); Liberation Day 5 May. The CAO
 * setting is dated like the parameters: from valid_from on a holiday is free or not, until the next row
 * of that holiday. A holiday without a row is a working day. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"
#include "overstap/vocab/ovs-vocab.h"

G_BEGIN_DECLS

/* Easter Sunday of @year (1583–9999) as ISO. */
char      *ovs_holiday_easter       (int          year);
/* The date of @holiday in @year as ISO. */
char      *ovs_holiday_date         (OvsHoliday   holiday,
                                     int          year);
/* The holiday on @iso, or -1 when it is none. */
int        ovs_holiday_on           (const char  *iso);

/* Sets whether @holiday (a code or Dutch word) is free from @valid_from (ISO) on; a row already starting
 * on that date is corrected in place. Needs OVS_PERM_EDIT_PARAMETERS; audited. */
gboolean   ovs_holidays_set_free    (OvsStore    *store,
                                     const char  *holiday,
                                     const char  *valid_from,
                                     gboolean     free,
                                     GError     **error);
/* The holidays of @year in the order of OvsHoliday: [{holiday, name, date, free}], free as the CAO setting in force
 * on that date says. */
JsonArray *ovs_holidays_list        (OvsStore    *store,
                                     int          year,
                                     GError     **error);

G_END_DECLS

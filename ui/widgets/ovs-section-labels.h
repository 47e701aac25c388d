/* ovs-section-labels.h — how the Plaatsingen, Ploegen, Overgang, Convenanten and Mijlpalen sections
 * word the core's codes (placement kinds, crew roles, statuses, price units) and amounts: in the
 * user's language, money as "€ 4.250,00", hours with a decimal comma. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each returns the translated word for a code, or the code itself when it is unknown ("" for NULL). */
const char *ovs_placement_kind_label     (const char *kind);
const char *ovs_crew_role_label          (const char *role);
const char *ovs_transfer_destination_label (const char *destination);
const char *ovs_covenant_status_label    (const char *status);
const char *ovs_price_unit_label         (const char *unit);
const char *ovs_agreement_status_label   (const char *status);
const char *ovs_milestone_status_label   (const char *status);

/* The codes in the order the filters and menus show them (NULL-terminated). */
const char * const *ovs_placement_kind_codes     (void);
const char * const *ovs_crew_role_codes          (void);
const char * const *ovs_transfer_status_codes    (void);
const char * const *ovs_milestone_status_codes   (void);

/* The position of a transfer status on the ladder (candidate 0 … declined 6), for sorting. */

/* "€ 4.250,00" (cents, with the locale's separators); "" for a negative amount (not set). */
char       *ovs_format_euro_cents        (gint64      cents);
/* Minutes as hours: "36", "19,5", "7,25" (no trailing zeros); "" for a negative number. */
char       *ovs_format_minutes_as_hours  (int         minutes);

G_END_DECLS

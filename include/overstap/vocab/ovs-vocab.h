/* ovs-vocab.h — the domain's code lists (ovs-codes.h) as one vocabulary: stored codes, Dutch labels,
 * the words people type, and the questions the rules ask.
 *
 * Every list is a GEnum whose nick is the stored code (OVS_TYPE_PLACEMENT_KIND, …, generated from
 * ovs-codes.h). The functions below take the list's GType, so the window's drop-downs, the CLI's help
 * and every parser are built from the same definition. A few values are "shown only" (never stored):
 * OVS_EMPLOYEE_STATUS_ABSENT, OVS_ROLE_NONE; ovs_vocab_codes() leaves them out.
 */
#pragma once

#include <glib-object.h>

#include "overstap/vocab/ovs-codes.h"
#include "ovs-codes-enums.h"

G_BEGIN_DECLS

/* The stored codes of @type in their order, NULL-terminated (static; shown-only values left out). */
const char * const *ovs_vocab_codes          (GType        type);
/* The codes joined by @separator (", " when NULL), for help texts and error messages. */
char               *ovs_vocab_codes_joined   (GType        type,
                                              const char  *separator);
/* The codes joined by @separator, each followed by its label in parentheses where a translation makes the
 * label differ from the code ("candidate (kandidaat), interviewed (gesprek gevoerd)"): what people may
 * type, for help texts and errors under a Dutch locale. */
char               *ovs_vocab_codes_described (GType       type,
                                               const char *separator);
/* The code of @value, or NULL when @value is not in the list. */
const char         *ovs_vocab_code           (GType        type,
                                              int          value);
/* @code (exactly as stored) as its value; FALSE when it is not one of the list. */
gboolean            ovs_vocab_lookup         (GType        type,
                                              const char  *code,
                                              int         *value);
/* Whether the stored @code is @value: ovs_vocab_is (OVS_TYPE_EMPLOYEE_STATUS, status,
 * OVS_EMPLOYEE_STATUS_ENDED). FALSE for NULL and for codes not in the list. */
gboolean            ovs_vocab_is             (GType        type,
                                              const char  *code,
                                              int          value);
/* What a person typed as a value: the code or one of its Dutch words or labels, in any case, with
 * spaces, dashes or underscores alike ("Gesprek gevoerd", "gesprek_gevoerd", "interviewed").
 * Shown-only values are never parsed. */
gboolean            ovs_vocab_parse          (GType        type,
                                              const char  *text,
                                              int         *value);
/* ovs_vocab_parse() giving the stored code, or NULL. */
const char         *ovs_vocab_parse_code     (GType        type,
                                              const char  *text);
/* ovs_vocab_parse_code() with an OVS_VALIDATION_ERROR_INVALID_VALUE naming @field, the text and the
 * codes allowed: "kind: “x” is not one of sheltered_work, group_secondment, …" (under a translation,
 * each code followed by its translated label, so that the words people may type show too). */
gboolean            ovs_vocab_check          (GType        type,
                                              const char  *field,
                                              const char  *text,
                                              const char **code,
                                              GError     **error);
/* For values that must already be stored codes (no Dutch words): TRUE when @code is one of the list,
 * else the same OVS_VALIDATION_ERROR_INVALID_VALUE as ovs_vocab_check(). */
gboolean            ovs_vocab_require        (GType        type,
                                              const char  *field,
                                              const char  *code,
                                              GError     **error);
/* The translated label of @value, lower case as in a sentence ("aanbod gedaan"). */
const char         *ovs_vocab_label          (GType        type,
                                              int          value);
/* The label of a stored @code; the code itself when it is not in the list, "" for NULL. */
const char         *ovs_vocab_label_for_code (GType        type,
                                              const char  *code);
/* The label with a capital first letter, for a column cell or a heading ("Aanbod gedaan"). */
char               *ovs_vocab_title_for_code (GType        type,
                                              const char  *code);
/* The translated labels of the stored codes, in ovs_vocab_codes() order, for a drop-down. */
GStrv               ovs_vocab_labels         (GType        type);

/* --- the questions the rules ask --- */

/* What the roster conflict @code (OvsConflictCode) means and, for the Arbeidstijdenwet's rules, its
 * article: one translated sentence, "" for an unknown code. */
const char         *ovs_conflict_code_explanation (int code);

/* Sickness and medical appointments are health data (AVG art. 9). */
gboolean            ovs_absence_kind_is_health (const char *kind);
/* What a role sees of an absence of @kind: the kind itself, or "absent" for health data when
 * @can_view_health is FALSE. */
const char         *ovs_absence_kind_shown     (const char *kind,
                                                gboolean    can_view_health);
/* Sick and on leave reveal health; roles without health data see "absent" for both. */
const char         *ovs_employee_status_shown  (const char *status,
                                                gboolean    can_view_health);
/* Transferred, stays and declined close a case. */
gboolean            ovs_transfer_status_is_closed (const char *status);
/* The position on the ladder (candidate 0 … transferred 4, stays 5, declined 6); G_MAXINT when unknown,
 * so unknown codes sort last. */
int                 ovs_transfer_status_rank   (const char *status);
/* The next step on the ladder after @status, or NULL at its end or for a closed status. */
const char         *ovs_transfer_status_next   (const char *status);
/* Whether an open case may move from @from to @to: one step forward at a time, so no stage is
 * skipped unrecorded; stays and declined can end any open case. */
gboolean            ovs_transfer_status_allows (const char *from,
                                                const char *to);
/* The statuses an open case at @from may move to, NULL-terminated (free with g_free; the strings are
 * static). */
const char        **ovs_transfer_status_next_allowed (const char *from);
/* A licence of a higher class covers a lower one: BE and C also count as B for a driver. */
gboolean            ovs_qualification_covers   (const char *held,
                                                const char *required);

G_END_DECLS

/* ovs-covenants.h — covenants (convenanten) with Wezo and Larcom for the employees who stay there:
 * their terms, their agreements (afspraken) and the employees they cover.
 *
 * Dates are ISO 'YYYY-MM-DD', money euro cents, hours minutes. Changes need OVS_PERM_EDIT_COVENANTS,
 * lists OVS_PERM_VIEW_HR_SECTIONS. Nothing is deleted: covenants and covered employees are ended,
 * agreements dropped. Covenants are found by name, case-insensitively. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

/* For add, NULL and has_* = FALSE give the defaults; for change they leave the value as it is, and ""
 * clears an optional text or the end date. */
typedef struct
{
  const char *name;            /* required, unique */
  const char *party;           /* a covenant: a sheltered_company (Wezo, Larcom); an employer agreement:
                                * an employer, hirer or sheltered_company */
  const char *start_date;      /* required */
  const char *end_date;        /* NULL: open-ended */
  const char *status;          /* an OVS_TYPE_COVENANT_STATUS code; active by default */
  gboolean    has_price;
  gint64      price_cents;     /* >= 0 */
  const char *price_unit;      /* an OVS_TYPE_PRICE_UNIT code or Dutch word ("uur"); se by default */
  gboolean    has_indexation;
  double      indexation_pct;  /* > -100 and <= 100 */
  gboolean    has_budget;
  gint64      budget_cents;    /* >= 0 */
  gboolean    has_target_se;
  double      target_se;       /* >= 0 */
  const char *legal_basis;     /* free text; see ovs_covenants_legal_basis_suggestions() */
  const char *grant_kept_by;   /* who keeps the state grant for these SE: "gemeente"/"municipality",
                                * "partij"/"party" or the party's name set grant_holder too */
  const char *notes;
  const char *kind;            /* an OVS_TYPE_COVENANT_KIND code; wsw_covenant by default */
  const char *grant_holder;    /* an OVS_TYPE_GRANT_HOLDER code; "" clears */
  gboolean    has_places_offered;
  gint64      places_offered;  /* employer agreements: places the employer offers */
  gboolean    has_people_placed;
  gint64      people_placed;   /* employer agreements: people placed with the employer so far */
  gboolean    has_social_return;
  gint64      social_return_cents; /* the social return (SROI) the employer committed to */
  gint64      version;            /* the row version the caller read (ovs_store_row_version()); a save
                                   * after someone else's is refused (OVS_STORE_ERROR_CONFLICT). 0: no check */
} OvsCovenantFields;

/* Records a contact moment with the party of covenant or employer agreement @name. Returns its id. */
gint64      ovs_covenants_add_contact     (OvsStore                *store,
                                           const char              *name,
                                           const char              *contact_date,
                                           const char              *subject,
                                           const char              *owner,
                                           GError                 **error);
/* [{id, contact_date, subject, owner}] of covenant @name, oldest first. */
JsonArray  *ovs_covenants_list_contacts   (OvsStore                *store,
                                           const char              *name,
                                           GError                 **error);

/* "inkooprelatie", "dienstverleningsovereenkomst", "alleenrecht" (NULL-terminated). */
const char * const *ovs_covenants_legal_basis_suggestions (void);

/* Euros as people type them ("1250", "1250,50", "1.250,50", "€ 12,5") into cents; negative fails. */
gboolean    ovs_parse_euro_cents          (const char              *text,
                                           gint64                  *cents,
                                           GError                 **error);

gint64      ovs_covenants_add             (OvsStore                *store,
                                           const OvsCovenantFields *fields,
                                           GError                 **error);
/* Changes the covenant called @name; a new period must still hold every covered employee. */
gboolean    ovs_covenants_change          (OvsStore                *store,
                                           const char              *name,
                                           const OvsCovenantFields *fields,
                                           GError                 **error);
/* Ends the covenant on @end_date (status ended) and, in the same transaction, every covered
 * employee whose cover runs past that date. */
gboolean    ovs_covenants_end             (OvsStore                *store,
                                           const char              *name,
                                           const char              *end_date,
                                           GError                 **error);

/* An agreement of the covenant @covenant; returns its id. */
gint64      ovs_covenants_add_agreement   (OvsStore                *store,
                                           const char              *covenant,
                                           const char              *title,
                                           const char              *due_date,
                                           const char              *owner,
                                           GError                 **error);
/* Sets the status (an OVS_TYPE_AGREEMENT_STATUS code or Dutch word, "bezig", "klaar"); done sets
 * done_on (@date, or today), any other status clears it. @evidence, if not NULL, replaces the evidence.
 * @version is the agreement's version the caller read ("covenant_agreement"); when someone else saved
 * it since, nothing is written (OVS_STORE_ERROR_CONFLICT, naming who changed what and when). 0: no check. */
gboolean    ovs_covenants_set_agreement_status (OvsStore           *store,
                                           gint64                   agreement_id,
                                           const char              *status,
                                           const char              *evidence,
                                           const char              *date,
                                           gint64                   version,
                                           GError                 **error);

/* Covers an employee from @start_date to @end_date (NULL: as long as the covenant) with
 * @minutes_per_week (if @has_minutes; at most the contract) or a fixed @se (if @has_se), else their
 * contract hours. The employee must work for the covenant's party, the period must lie within the
 * covenant's, and no employee may be covered twice at once. Returns the row's id. */
gint64      ovs_covenants_cover           (OvsStore                *store,
                                           const char              *covenant,
                                           const char              *personnel_number,
                                           const char              *start_date,
                                           const char              *end_date,
                                           gboolean                 has_minutes,
                                           int                      minutes_per_week,
                                           gboolean                 has_se,
                                           double                   se,
                                           GError                 **error);
/* Ends a cover on @end_date (not before its start, not later than an end it already has). @version is
 * the cover's version the caller read ("covenant_employee"), as above; 0: no check. */
gboolean    ovs_covenants_end_cover       (OvsStore                *store,
                                           gint64                   covered_id,
                                           const char              *end_date,
                                           gint64                   version,
                                           GError                 **error);

/* [{id, name, party_id, party, start_date, end_date, status, price_cents, price_unit, indexation_pct,
 *   budget_cents, target_se, legal_basis, grant_kept_by, notes, covered_count (covered today),
 *   covered_total, agreements_open (open or in progress), agreements_done}], by name. */
JsonArray  *ovs_covenants_list_json       (OvsStore                *store,
                                           GError                 **error);
GListStore *ovs_covenants_list            (OvsStore                *store,
                                           GError                 **error);
/* One covenant as in the list, plus agreements: [...] and covered: [...] as below. */
JsonObject *ovs_covenants_show_json       (OvsStore                *store,
                                           const char              *name,
                                           GError                 **error);
/* [{id, covenant_id, covenant, title, owner, due_date, status, evidence, done_on, overdue,
 *   days_left}], by due date; @covenant NULL: of every covenant. */
JsonArray  *ovs_covenants_agreements_json (OvsStore                *store,
                                           const char              *covenant,
                                           GError                 **error);
GListStore *ovs_covenants_agreements      (OvsStore                *store,
                                           const char              *covenant,
                                           GError                 **error);
/* Agreements open or in progress due within @within_days from today, or overdue; by due date. */
JsonArray  *ovs_covenants_agreements_due_json (OvsStore            *store,
                                           int                      within_days,
                                           GError                 **error);
/* [{id, covenant_id, covenant, employee_id, employee, personnel_number, minutes_per_week (null: the
 *   contract), contract_minutes, se (null: computed), start_date, end_date}]; @covenant NULL: all. */
JsonArray  *ovs_covenants_covered_json    (OvsStore                *store,
                                           const char              *covenant,
                                           GError                 **error);
GListStore *ovs_covenants_covered         (OvsStore                *store,
                                           const char              *covenant,
                                           GError                 **error);

G_END_DECLS

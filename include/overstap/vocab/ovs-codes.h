/* ovs-codes.h — every code list of the domain, defined once.
 *
 * Each enum's nick (the `nick=` annotation) is the code stored in the database and written in JSON and
 * CSV; glib-mkenums turns this file into GTypes (ovs-codes-enums.h), and ovs-vocab.h gives each value
 * its Dutch label, the words people type for it, and the questions the rules ask. The schema's
 * CHECK (… IN (…)) lists are held against these codes by tests/test-vocab.c, so the two cannot drift.
 * Append new values at the end of a list only where order does not carry meaning (the transfer
 * status ladder does).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  OVS_ORGANISATION_KIND_SHELTERED_COMPANY,      /*< nick=sheltered_company >*/
  OVS_ORGANISATION_KIND_MUNICIPALITY,           /*< nick=municipality >*/
  OVS_ORGANISATION_KIND_FOUNDATION,             /*< nick=foundation >*/
  OVS_ORGANISATION_KIND_EMPLOYER,               /*< nick=employer >*/
  OVS_ORGANISATION_KIND_HIRER,                  /*< nick=hirer >*/
} OvsOrganisationKind;

typedef enum {
  OVS_EMPLOYMENT_TYPE_WSW,                      /*< nick=wsw >*/
  OVS_EMPLOYMENT_TYPE_NEW_SHELTERED,            /*< nick=new_sheltered >*/
} OvsEmploymentType;

/* ABSENT is never stored: it is how sick and on_leave show to roles without health data. */
typedef enum {
  OVS_EMPLOYEE_STATUS_ACTIVE,                   /*< nick=active >*/
  OVS_EMPLOYEE_STATUS_SICK,                     /*< nick=sick >*/
  OVS_EMPLOYEE_STATUS_ON_LEAVE,                 /*< nick=on_leave >*/
  OVS_EMPLOYEE_STATUS_ENDED,                    /*< nick=ended >*/
  OVS_EMPLOYEE_STATUS_ABSENT,                   /*< nick=absent >*/
} OvsEmployeeStatus;

typedef enum {
  OVS_INDICATION_CATEGORY_MATIG,                /*< nick=matig >*/
  OVS_INDICATION_CATEGORY_ERNSTIG,              /*< nick=ernstig >*/
} OvsIndicationCategory;

typedef enum {
  OVS_QUALIFICATION_KIND_LICENCE_B,             /*< nick=licence_b >*/
  OVS_QUALIFICATION_KIND_LICENCE_BE,            /*< nick=licence_be >*/
  OVS_QUALIFICATION_KIND_LICENCE_C,             /*< nick=licence_c >*/
  OVS_QUALIFICATION_KIND_MACHINE,               /*< nick=machine >*/
} OvsQualificationKind;

typedef enum {
  OVS_PLACEMENT_KIND_SHELTERED_WORK,            /*< nick=sheltered_work >*/
  OVS_PLACEMENT_KIND_GROUP_SECONDMENT,          /*< nick=group_secondment >*/
  OVS_PLACEMENT_KIND_INDIVIDUAL_SECONDMENT,     /*< nick=individual_secondment >*/
  OVS_PLACEMENT_KIND_SUPPORTED_EMPLOYMENT,      /*< nick=supported_employment >*/
} OvsPlacementKind;

/* How many placement kinds there are: the size of an array indexed by OvsPlacementKind. */
#define OVS_PLACEMENT_N_KINDS (OVS_PLACEMENT_KIND_SUPPORTED_EMPLOYMENT + 1)

typedef enum {
  OVS_CREW_ROLE_MEMBER,                         /*< nick=member >*/
  OVS_CREW_ROLE_TEAM_LEADER,                    /*< nick=team_leader >*/
  OVS_CREW_ROLE_STAND_IN,                       /*< nick=stand_in >*/
} OvsCrewRole;

typedef enum {
  OVS_TRANSFER_DESTINATION_FOUNDATION,          /*< nick=foundation >*/
  OVS_TRANSFER_DESTINATION_COVENANT,            /*< nick=covenant >*/
  OVS_TRANSFER_DESTINATION_OTHER,               /*< nick=other >*/
} OvsTransferDestination;

/* The ladder, in its order: candidate → interviewed → offered → signed → transferred; stays and
 * declined end an open case at any step. */
typedef enum {
  OVS_TRANSFER_STATUS_CANDIDATE,                /*< nick=candidate >*/
  OVS_TRANSFER_STATUS_INTERVIEWED,              /*< nick=interviewed >*/
  OVS_TRANSFER_STATUS_OFFERED,                  /*< nick=offered >*/
  OVS_TRANSFER_STATUS_SIGNED,                   /*< nick=signed >*/
  OVS_TRANSFER_STATUS_TRANSFERRED,              /*< nick=transferred >*/
  OVS_TRANSFER_STATUS_STAYS,                    /*< nick=stays >*/
  OVS_TRANSFER_STATUS_DECLINED,                 /*< nick=declined >*/
} OvsTransferStatus;

/* How many transfer statuses there are: the size of an array indexed by OvsTransferStatus. */
#define OVS_TRANSFER_N_STATUSES (OVS_TRANSFER_STATUS_DECLINED + 1)

typedef enum {
  OVS_COVENANT_STATUS_DRAFT,                    /*< nick=draft >*/
  OVS_COVENANT_STATUS_ACTIVE,                   /*< nick=active >*/
  OVS_COVENANT_STATUS_ENDED,                    /*< nick=ended >*/
} OvsCovenantStatus;

typedef enum {
  OVS_PRICE_UNIT_SE,                            /*< nick=se >*/
  OVS_PRICE_UNIT_HOUR,                          /*< nick=hour >*/
  OVS_PRICE_UNIT_PERSON,                        /*< nick=person >*/
} OvsPriceUnit;

typedef enum {
  OVS_AGREEMENT_STATUS_OPEN,                    /*< nick=open >*/
  OVS_AGREEMENT_STATUS_IN_PROGRESS,             /*< nick=in_progress >*/
  OVS_AGREEMENT_STATUS_DONE,                    /*< nick=done >*/
  OVS_AGREEMENT_STATUS_DROPPED,                 /*< nick=dropped >*/
} OvsAgreementStatus;

typedef enum {
  OVS_MILESTONE_STATUS_PLANNED,                 /*< nick=planned >*/
  OVS_MILESTONE_STATUS_IN_PROGRESS,             /*< nick=in_progress >*/
  OVS_MILESTONE_STATUS_DONE,                    /*< nick=done >*/
  OVS_MILESTONE_STATUS_DROPPED,                 /*< nick=dropped >*/
} OvsMilestoneStatus;

typedef enum {
  OVS_PARAMETER_FULLTIME_MINUTES,               /*< nick=fulltime_minutes >*/
  OVS_PARAMETER_SE_WEIGHT_MATIG,                /*< nick=se_weight_matig >*/
  OVS_PARAMETER_SE_WEIGHT_ERNSTIG,              /*< nick=se_weight_ernstig >*/
  OVS_PARAMETER_CENTS_PER_SE,                   /*< nick=cents_per_se >*/
} OvsParameterName;

/* NONE is never stored: it is the role of a user not (yet) known. */
typedef enum {
  OVS_ROLE_NONE,                                /*< nick=none >*/
  OVS_ROLE_KWARTIERMAKER,                       /*< nick=kwartiermaker >*/
  OVS_ROLE_HR,                                  /*< nick=hr >*/
  OVS_ROLE_TEAMLEIDER,                          /*< nick=teamleider >*/
} OvsRole;

/* ABSENT is how sickness and medical appointments show to roles without health data, and (stored
 * since schema 8) what a teamleider records: an absence without its reason (AVG art. 9). */
typedef enum {
  OVS_ABSENCE_KIND_LEAVE,                       /*< nick=leave >*/
  OVS_ABSENCE_KIND_SICKNESS,                    /*< nick=sickness >*/
  OVS_ABSENCE_KIND_MEDICAL,                     /*< nick=medical >*/
  OVS_ABSENCE_KIND_TRAINING,                    /*< nick=training >*/
  OVS_ABSENCE_KIND_HOLIDAY,                     /*< nick=holiday >*/
  OVS_ABSENCE_KIND_ABSENT,                      /*< nick=absent >*/
} OvsAbsenceKind;

typedef enum {
  OVS_SHIFT_ORIGIN_PATTERN,                     /*< nick=pattern >*/
  OVS_SHIFT_ORIGIN_AUTOFILL,                    /*< nick=autofill >*/
  OVS_SHIFT_ORIGIN_MANUAL,                      /*< nick=manual >*/
} OvsShiftOrigin;

/* Roster conflicts (ovs_roster_check()); computed, never stored. */
typedef enum {
  OVS_CONFLICT_CODE_SHIFT_DURING_ABSENCE,       /*< nick=shift_during_absence >*/
  OVS_CONFLICT_CODE_DOUBLE_BOOKING,             /*< nick=double_booking >*/
  OVS_CONFLICT_CODE_HOURS_ABOVE_CONTRACT,       /*< nick=hours_above_contract >*/
  OVS_CONFLICT_CODE_BELOW_MINIMUM_SIZE,         /*< nick=below_minimum_size >*/
  OVS_CONFLICT_CODE_NO_TEAM_LEADER,             /*< nick=no_team_leader >*/
  OVS_CONFLICT_CODE_STAND_IN_LEADS,             /*< nick=stand_in_leads >*/
  OVS_CONFLICT_CODE_NO_DRIVER,                  /*< nick=no_driver >*/
  OVS_CONFLICT_CODE_MISSING_CERTIFICATE,        /*< nick=missing_certificate >*/
  OVS_CONFLICT_CODE_OUTSIDE_EMPLOYMENT,         /*< nick=outside_employment >*/
  OVS_CONFLICT_CODE_OUTSIDE_MEMBERSHIP,         /*< nick=outside_membership >*/
  OVS_CONFLICT_CODE_AFTER_TRANSFER,             /*< nick=after_transfer >*/
  OVS_CONFLICT_CODE_SHIFT_TOO_LONG,             /*< nick=shift_too_long >*/
  OVS_CONFLICT_CODE_SHORT_REST,                 /*< nick=short_rest >*/
  /* Arbeidstijdenwet (day work), thresholds in core/crews/ovs-worktime.c. */
  OVS_CONFLICT_CODE_WEEK_OVER_60H,              /*< nick=week_over_60h >*/
  OVS_CONFLICT_CODE_AVERAGE_OVER_48H,           /*< nick=average_over_48h >*/
  OVS_CONFLICT_CODE_BREAK_TOO_SHORT,            /*< nick=break_too_short >*/
  OVS_CONFLICT_CODE_WEEKLY_REST_TOO_SHORT,      /*< nick=weekly_rest_too_short >*/
  OVS_CONFLICT_CODE_SUNDAYS_BELOW_13,           /*< nick=sundays_below_13 >*/
  OVS_CONFLICT_CODE_NIGHT_SHIFT_TOO_LONG,       /*< nick=night_shift_too_long >*/
  OVS_CONFLICT_CODE_TOO_MANY_NIGHT_SHIFTS,      /*< nick=too_many_night_shifts >*/
  OVS_CONFLICT_CODE_WORK_ON_HOLIDAY,            /*< nick=work_on_holiday >*/
} OvsConflictCode;

/* Dutch public holidays (ovs-holidays.h); the CAO setting (table cao_holiday) says which are free. */
typedef enum {
  OVS_HOLIDAY_NEW_YEAR,                         /*< nick=new_year >*/
  OVS_HOLIDAY_GOOD_FRIDAY,                      /*< nick=good_friday >*/
  OVS_HOLIDAY_EASTER_SUNDAY,                    /*< nick=easter_sunday >*/
  OVS_HOLIDAY_EASTER_MONDAY,                    /*< nick=easter_monday >*/
  OVS_HOLIDAY_KINGS_DAY,                        /*< nick=kings_day >*/
  OVS_HOLIDAY_LIBERATION_DAY,                   /*< nick=liberation_day >*/
  OVS_HOLIDAY_ASCENSION_DAY,                    /*< nick=ascension_day >*/
  OVS_HOLIDAY_WHIT_SUNDAY,                      /*< nick=whit_sunday >*/
  OVS_HOLIDAY_WHIT_MONDAY,                      /*< nick=whit_monday >*/
  OVS_HOLIDAY_CHRISTMAS_DAY,                    /*< nick=christmas_day >*/
  OVS_HOLIDAY_BOXING_DAY,                       /*< nick=boxing_day >*/
} OvsHoliday;

/* --- the Wsw since the Participatiewet, employer services and the programme (issue 10) --- */

/* Who keeps the state grant (rijksbijdrage) for the SE a covenant covers. */
typedef enum {
  OVS_GRANT_HOLDER_MUNICIPALITY,                /*< nick=municipality >*/
  OVS_GRANT_HOLDER_PARTY,                       /*< nick=party >*/
} OvsGrantHolder;

/* A covenant with an SW company about the Wsw employees who stay there, or an agreement with any
 * employer or hirer (werkgeversdienstverlening). */
typedef enum {
  OVS_COVENANT_KIND_WSW_COVENANT,               /*< nick=wsw_covenant >*/
  OVS_COVENANT_KIND_EMPLOYER_AGREEMENT,         /*< nick=employer_agreement >*/
} OvsCovenantKind;

/* The four tracks of the municipality's plan. */
typedef enum {
  OVS_PROGRAMME_TRACK_WSW,                      /*< nick=wsw >*/
  OVS_PROGRAMME_TRACK_SHELTERED_WORK,           /*< nick=sheltered_work >*/
  OVS_PROGRAMME_TRACK_EMPLOYER_SERVICES,        /*< nick=employer_services >*/
  OVS_PROGRAMME_TRACK_POLICY_PLAN,              /*< nick=policy_plan >*/
} OvsProgrammeTrack;

/* UWV's decision on a re-indication request (none stored: not decided yet). */
typedef enum {
  OVS_REINDICATION_DECISION_GRANTED,            /*< nick=granted >*/
  OVS_REINDICATION_DECISION_REFUSED,            /*< nick=refused >*/
} OvsReindicationDecision;

/* --- scenarios (issue 12) --- */

/* Where a scenario sends a Wsw employee (table scenario_assignment). */
typedef enum {
  OVS_SCENARIO_DESTINATION_FOUNDATION,            /*< nick=foundation >*/
  OVS_SCENARIO_DESTINATION_COVENANT,              /*< nick=covenant >*/
  OVS_SCENARIO_DESTINATION_INDIVIDUAL_SECONDMENT, /*< nick=individual_secondment >*/
  OVS_SCENARIO_DESTINATION_SUPPORTED_EMPLOYMENT,  /*< nick=supported_employment >*/
} OvsScenarioDestination;
#define OVS_SCENARIO_N_DESTINATIONS (OVS_SCENARIO_DESTINATION_SUPPORTED_EMPLOYMENT + 1)

G_END_DECLS

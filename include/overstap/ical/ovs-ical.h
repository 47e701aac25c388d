/* ovs-ical.h — iCalendar (RFC 5545) export, publishing and import of rosters, absences and deadlines.
 *
 * Exports are written as libical writes them (the events directly, without a component each), with CRLF
 * line endings and lines folded at 75 octets. Times are Europe/Amsterdam wall-clock times with a VTIMEZONE of our own (the compact
 * two-rule form). No feed ever carries a BSN, an indication or the kind of a sickness absence.
 *
 * Dates passed in are ISO 'YYYY-MM-DD'; @from and @to are inclusive. */
#pragma once

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

#define OVS_ICAL_ERROR (ovs_ical_error_quark ())

typedef enum {
  OVS_ICAL_ERROR_NO_CALENDAR,          /* the file holds no VCALENDAR */
  OVS_ICAL_ERROR_UNTERMINATED,         /* BEGIN without END, or END without BEGIN */
  OVS_ICAL_ERROR_PARSE,                /* libical reported an error (X-LIC-ERROR), or bad bytes */
  OVS_ICAL_ERROR_MISSING_PROPERTY,     /* e.g. a VEVENT without DTSTART */
  OVS_ICAL_ERROR_DATE_ORDER,           /* DTEND before DTSTART */
  OVS_ICAL_ERROR_UNKNOWN_TIMEZONE,     /* a TZID that is neither in the file nor known */
  OVS_ICAL_ERROR_TOO_MANY_RECURRENCES, /* a recurrence that would not end within reason */
  OVS_ICAL_ERROR_IO,                   /* a file could not be read or written */
  OVS_ICAL_ERROR_EMPTY,                /* the file is empty, or only blank lines */
  OVS_ICAL_ERROR_ENCODING,             /* not UTF-8 (UTF-16 with a byte-order mark is converted) */
  OVS_ICAL_ERROR_LIMIT,                /* beyond what any calendar needs: nesting, size, time-zone rules */
} OvsIcalError;

GQuark    ovs_ical_error_quark       (void);

/* The roster of the crew named @crew (one VEVENT per shift, cancelled shifts as STATUS:CANCELLED).
 * Needs the right to edit that crew (kwartiermaker, hr, or its teamleider). Returns the .ics text. */
char     *ovs_ical_export_crew       (OvsStore    *store,
                                      const char  *crew,
                                      const char  *from,
                                      const char  *to,
                                      GError     **error);
/* The shifts and absences of one employee (by personnel number). Absences appear as "Verlof",
 * "Opleiding", "Feestdag" or, for sickness and medical appointments, only as "Afwezig". */
char     *ovs_ical_export_employee   (OvsStore    *store,
                                      const char  *personnel_number,
                                      const char  *from,
                                      const char  *to,
                                      GError     **error);
/* Covenant agreement due dates and milestones as all-day events. Needs OVS_PERM_VIEW_HR_SECTIONS. */
char     *ovs_ical_export_deadlines  (OvsStore    *store,
                                      const char  *from,
                                      const char  *to,
                                      GError     **error);

typedef struct
{
  guint files;      /* .ics files written */
  guint events;     /* VEVENTs in them */
  guint cancelled;  /* of which STATUS:CANCELLED */
} OvsIcalPublishStats;

/* Writes one .ics per crew, per employee with shifts, and the deadlines, into @dir, each file replaced
 * atomically and only after every file was built; records what was published so that a shift removed
 * later is published as STATUS:CANCELLED. Needs OVS_PERM_EDIT_CREWS for all crews (kwartiermaker, hr).
 * @from/@to NULL: from four weeks ago to thirteen weeks ahead. @stats may be NULL. */
gboolean  ovs_ical_publish_period    (OvsStore            *store,
                                      const char          *dir,
                                      const char          *from,
                                      const char          *to,
                                      OvsIcalPublishStats *stats,
                                      GError             **error);
gboolean  ovs_ical_publish           (OvsStore            *store,
                                      const char          *dir,
                                      GError             **error);

typedef struct
{
  const char *personnel_number;  /* NULL: for everybody (absence.employee_id NULL) */
  const char *kind;              /* an OVS_TYPE_ABSENCE_KIND code: leave or holiday only */
  const char *from;              /* ISO; NULL: 1 January of this year */
  const char *to;                /* ISO; NULL: 31 December of next year */
} OvsIcalImportOptions;

typedef struct
{
  guint imported;         /* new absence rows */
  guint updated;          /* rows of an earlier import of the same event, changed */
  guint already_present;  /* the same event imported before, unchanged */
  guint cancelled;        /* STATUS:CANCELLED events or instances */
  guint outside_period;   /* events or instances outside from..to */
  guint duplicates;       /* the same UID and instance twice in the file */
  guint skipped;          /* events left out: no DTSTART, a broken VALARM, a time after 2199 */
  GPtrArray *skipped_events; /* char *: "file.ics, line 14, VEVENT uid: reason" of each; owned by the
                              * caller after a successful import, free with ovs_ical_import_stats_clear() */
} OvsIcalImportStats;

void      ovs_ical_import_stats_clear (OvsIcalImportStats        *stats);

/* Imports the events of @path as absences in one transaction: all or nothing. Recurrences are
 * expanded within the period; each instance keeps UID and recurrence date as source_uid, so importing
 * the same file again adds nothing. A malformed file fails with an OVS_ICAL_ERROR naming the component
 * and line; an event that cannot be an absence (no DTSTART, a broken VALARM, a time after 2199) is left
 * out and listed in @stats while the rest imports. Nesting, size and time-zone rules are limited. @stats may be NULL. */
gboolean  ovs_ical_import_file       (OvsStore                   *store,
                                      const char                 *path,
                                      const OvsIcalImportOptions *options,
                                      OvsIcalImportStats         *stats,
                                      GError                    **error);
/* As above, from memory; @name is used in messages. */
gboolean  ovs_ical_import_data       (OvsStore                   *store,
                                      const char                 *data,
                                      gsize                       length,
                                      const char                 *name,
                                      const OvsIcalImportOptions *options,
                                      OvsIcalImportStats         *stats,
                                      GError                    **error);

/* Re-folds iCalendar text so that every line has at most 75 octets (never inside a UTF-8 sequence)
 * and ends in CRLF. */
char     *ovs_ical_fold              (const char  *text);
/* A file-name-safe slug: lower-case ASCII letters, digits and '-' ("Groenploeg Noord" → "groenploeg-noord"). */
char     *ovs_ical_slug              (const char  *name);

G_END_DECLS

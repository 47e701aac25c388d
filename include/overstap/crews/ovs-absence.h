/* ovs-absence.h — leave, sickness, medical appointments, training and public holidays.
 *
 * An absence is for one employee, for a whole crew (employee 0, crew set) or for everybody (both 0: a
 * public holiday). It may be part of a day (start_time and end_time both set). Sickness and medical
 * appointments are health data (AVG art. 9): roles without OVS_PERM_VIEW_HEALTH (teamleider) see them as
 * kind "absent", without the note. */
#pragma once

#include <json-glib/json-glib.h>

#include "overstap/store/ovs-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      employee_id;  /* 0: not one person (see crew_id) */
  gint64      crew_id;      /* with employee_id 0: the whole crew; both 0: everybody */
  const char *kind;         /* an OVS_TYPE_ABSENCE_KIND code */
  const char *start_date;   /* ISO, required */
  const char *end_date;     /* ISO, required, not before start_date */
  const char *start_time;   /* 'HH:MM' or NULL; part-day when both times are set */
  const char *end_time;
  const char *note;         /* may be NULL */
  const char *source_uid;   /* UID of an imported iCalendar event, or NULL */
} OvsAbsenceFields;

/* Who may: kwartiermaker and hr anything; a teamleider absences of people in their own crews (today or
 * during the absence) and of their own crews as a whole, never everybody's holidays. */
gint64      ovs_absence_add        (OvsStore               *store,
                                    const OvsAbsenceFields *fields,
                                    GError                **error);
/* Ends an absence early: it lasts until @end_date (ISO), which may not be before its start. @version
 * is the absence's version the caller read (ovs_store_row_version()); when someone else saved it
 * since, nothing is written (OVS_STORE_ERROR_CONFLICT). 0: no check. */
gboolean    ovs_absence_end        (OvsStore               *store,
                                    gint64                  absence_id,
                                    const char             *end_date,
                                    gint64                  version,
                                    GError                **error);
/* [{id, employee_id, personnel_number, name, crew_id, crew, kind, start_date, end_date, start_time,
 *   end_time, note, source_uid}] overlapping [@from, @to] (either may be NULL), for @employee_id (0: all
 * the user may see). A teamleider sees absences of the members of their crews and the general ones,
 * with sickness and medical shown as "absent". */
JsonArray  *ovs_absence_list       (OvsStore               *store,
                                    gint64                  employee_id,
                                    const char             *from,
                                    const char             *to,
                                    GError                **error);

G_END_DECLS

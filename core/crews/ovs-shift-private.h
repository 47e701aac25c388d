/* ovs-shift-private.h — what the manual roster changes (ovs-shift-edit.c) share with copying a week
 * (ovs-shift-copy.c): a free UID for an extra shift, inserting one as an override, cancelling one.
 * Each runs inside the caller's transaction. Not installed. */
#pragma once

#include "store/ovs-store-private.h"

G_BEGIN_DECLS

char     *ovs_shift_extra_uid     (OvsStore    *store,
                                   gint64       crew_id,
                                   gint64       employee_id,
                                   const char  *date,
                                   const char  *start,
                                   GError     **error);
/* Inserts a manual override shift and gives its id, or 0. */
gint64    ovs_shift_insert_extra  (OvsStore    *store,
                                   const char  *uid,
                                   gint64       crew_id,
                                   gint64       employee_id,
                                   const char  *date,
                                   const char  *start,
                                   const char  *end,
                                   int          break_minutes,
                                   const char  *task,
                                   const char  *location,
                                   GError     **error);
/* Cancels shift @id as an override (regeneration leaves it cancelled). */
gboolean  ovs_shift_cancel_row    (OvsStore    *store,
                                   gint64       id,
                                   GError     **error);

G_END_DECLS

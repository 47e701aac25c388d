/* ovs-milestone-timeline.h — the programme's milestones on a time axis, drawn with cairo: years
 * and quarters (2013–2016, wider when a milestone falls outside), each milestone a marker coloured
 * by its status with its due date, and a line for today. Its accessible description says in words
 * what the drawing shows. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OVS_TYPE_MILESTONE_TIMELINE (ovs_milestone_timeline_get_type ())
G_DECLARE_FINAL_TYPE (OvsMilestoneTimeline, ovs_milestone_timeline, OVS, MILESTONE_TIMELINE, GtkWidget)

GtkWidget *ovs_milestone_timeline_new          (void);
/* @milestones: OvsMilestone rows (watched for items-changed); NULL shows an empty axis. */
void       ovs_milestone_timeline_set_model    (OvsMilestoneTimeline *self,
                                                GListModel           *milestones);
/* Today as ISO 'YYYY-MM-DD'. */
void       ovs_milestone_timeline_set_today    (OvsMilestoneTimeline *self,
                                                const char           *today);
/* Rings the milestone with this id (0: none). */
void       ovs_milestone_timeline_set_selected (OvsMilestoneTimeline *self,
                                                gint64                id);

G_END_DECLS

/* ovs-shift-editor.c — one member's day: the shift's times, break, task and location; removing it;
 * swapping it or handing it over; an absence. The core checks every rule and permission, and its
 * message is shown above the form when it refuses. */
#include "config.h"

#include <glib/gi18n.h>

#include "roster/ovs-roster-week-private.h"
#include "roster/ovs-shift-editor.h"
#include "widgets/ovs-conflict-dialog.h"

typedef struct
{
  char   *uid;          /* the colleague's shift, or NULL: hand ours over to @employee_id */
  gint64  employee_id;
} SwapCandidate;

struct _OvsShiftEditor
{
  AdwWindow       parent_instance;

  OvsStore       *store;
  OvsRosterWeek  *week;
  guint           row;
  guint           day;
  GArray         *candidates;   /* SwapCandidate */
  gint64          version;      /* of the shift shown, as read when it was shown (0: a new one) */

  AdwWindowTitle *window_title;
  GtkLabel       *error_label;
  GtkWidget      *save_button;
  AdwComboRow    *shift_row;
  AdwEntryRow    *start_row;
  AdwEntryRow    *end_row;
  GtkSpinButton  *break_spin;
  AdwEntryRow    *task_row;
  AdwEntryRow    *location_row;
  GtkWidget      *remove_row;
  GtkWidget      *swap_group;
  AdwComboRow    *swap_row;
  AdwComboRow    *kind_row;
  GtkSwitch      *whole_day_switch;
  AdwEntryRow    *from_row;
  AdwEntryRow    *until_row;
};

G_DEFINE_FINAL_TYPE (OvsShiftEditor, ovs_shift_editor, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const OvsRosterWeekRow *
member (OvsShiftEditor *self)
{
  return ovs_roster_week_get_row (self->week, self->row);
}

static GPtrArray *
cell_shifts (OvsShiftEditor *self)
{
  return member (self)->days[self->day].shifts;
}

/* The shift being edited, or NULL for a new one. */
static OvsShift *
current_shift (OvsShiftEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->shift_row);

  return selected < cell_shifts (self)->len ? g_ptr_array_index (cell_shifts (self), selected) : NULL;
}

static gboolean
invert_cb (gpointer unused, gboolean value)
{
  return !value;
}

static void
show_error (OvsShiftEditor *self, const GError *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->error_label));
}

/* @table and @id name a record just made that "Ongedaan maken" may take back (NULL, 0: none). */
static void
finish_undoable (OvsShiftEditor *self, const char *message, const char *table, gint64 id)
{
  g_signal_emit (self, signals[SAVED], 0, message, table, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
finish (OvsShiftEditor *self, const char *message)
{
  finish_undoable (self, message, NULL, 0);
}

/* A new shift starts like the others of the crew that day, or at the crew's usual times. */
static OvsShift *
model_shift (OvsShiftEditor *self)
{
  for (guint r = 0; r < ovs_roster_week_get_n_rows (self->week); r++)
    {
      GPtrArray *shifts = ovs_roster_week_get_row (self->week, r)->days[self->day].shifts;

      if (shifts->len > 0)
        return g_ptr_array_index (shifts, 0);
    }
  return NULL;
}

static void
fill_fields (OvsShiftEditor *self)
{
  OvsShift *shift = current_shift (self);
  OvsShift *model = shift ? shift : model_shift (self);

  /* The version a save starts from: a change saved by someone else after this is a conflict. */
  self->version = shift ? ovs_store_row_version (self->store, "shift", ovs_shift_get_id (shift), NULL) : 0;

  gtk_editable_set_text (GTK_EDITABLE (self->start_row), model ? ovs_shift_get_start_time (model) : "07:30");
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), model ? ovs_shift_get_end_time (model) : "16:00");
  gtk_spin_button_set_value (self->break_spin, model ? ovs_shift_get_break_minutes (model) : 30);
  gtk_editable_set_text (GTK_EDITABLE (self->task_row), model && ovs_shift_get_task (model) ? ovs_shift_get_task (model) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->location_row),
                         model && ovs_shift_get_location (model) ? ovs_shift_get_location (model) : "");
  gtk_widget_set_visible (self->remove_row, shift != NULL);
  gtk_widget_set_visible (self->swap_group, shift != NULL && self->candidates->len > 0);
  gtk_button_set_label (GTK_BUTTON (self->save_button), shift ? _("_Save shift") : _("_Add shift"));
}

static void
shift_selected_cb (OvsShiftEditor *self)
{
  if (self->week != NULL)
    fill_fields (self);
}

static void
fill_shift_choices (OvsShiftEditor *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  GPtrArray *shifts = cell_shifts (self);

  for (guint i = 0; i < shifts->len; i++)
    {
      OvsShift *shift = g_ptr_array_index (shifts, i);
      g_autofree char *times = ovs_roster_shift_times (shift);
      g_autofree char *text = g_strdup_printf ("%s %s", times, ovs_shift_get_task (shift) ? ovs_shift_get_task (shift) : "");

      gtk_string_list_append (list, g_strstrip (text));
    }
  gtk_string_list_append (list, _("New shift"));
  adw_combo_row_set_model (self->shift_row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (self->shift_row, 0);
}

/* Colleagues that day: those with a shift to swap with, those without one to hand ours over to. */
static void
fill_swap_choices (OvsShiftEditor *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint r = 0; r < ovs_roster_week_get_n_rows (self->week); r++)
    {
      const OvsRosterWeekRow *other = ovs_roster_week_get_row (self->week, r);
      const OvsRosterWeekCell *cell = &other->days[self->day];
      SwapCandidate candidate = { NULL, other->employee_id };
      g_autofree char *text = NULL;

      if (r == self->row || (!cell->member && cell->shifts->len == 0))
        continue;
      if (cell->shifts->len > 0)
        {
          g_autofree char *times = ovs_roster_shift_times (g_ptr_array_index (cell->shifts, 0));

          candidate.uid = g_strdup (ovs_shift_get_uid (g_ptr_array_index (cell->shifts, 0)));
          /* Translators: a colleague to swap shifts with: name and their shift's times. */
          text = g_strdup_printf (_("%s (%s)"), other->name, times);
        }
      else
        /* Translators: a colleague without a shift that day, who would take this one over. */
        text = g_strdup_printf (_("%s (free: hand over)"), other->name);
      g_array_append_val (self->candidates, candidate);
      gtk_string_list_append (list, text);
    }
  adw_combo_row_set_model (self->swap_row, G_LIST_MODEL (list));
}

/* A member's day may have every absence kind of the vocabulary but the public holiday: that one is
 * everybody's, and comes in for all at once (overstap-cli absence add --all, or a holiday calendar). */
static gboolean
is_personal_kind (const char *kind)
{
  return !ovs_vocab_is (OVS_TYPE_ABSENCE_KIND, kind, OVS_ABSENCE_KIND_HOLIDAY);
}

/* The kind at @position of the kind row; NULL past its end. */
static const char *
kind_at (guint position)
{
  const char * const *codes = ovs_vocab_codes (OVS_TYPE_ABSENCE_KIND);

  for (guint i = 0; codes[i] != NULL; i++)
    if (is_personal_kind (codes[i]) && position-- == 0)
      return codes[i];
  return NULL;
}

/* Worded as the grid words them ("Verlof", "Ziek", …). */
static void
fill_kinds (OvsShiftEditor *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  const char *kind;

  for (guint i = 0; (kind = kind_at (i)) != NULL; i++)
    {
      g_autofree char *label = _ovs_roster_absence_label (kind, OVS_ROSTER_WEEK_SCREEN);

      gtk_string_list_append (list, label);
    }
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (list));
}

/* --- writing --- */

static void save_clicked_cb (OvsShiftEditor *self);

/* The shift as it is saved now (a new reference), or NULL. */
static OvsShift *
fetch_shift (OvsStore *store, OvsShift *shift)
{
  g_autoptr(GListModel) day = ovs_roster_list_shifts (store, ovs_shift_get_crew_id (shift), ovs_shift_get_date (shift),
                                                      ovs_shift_get_date (shift), FALSE, FALSE, NULL);

  for (guint i = 0; day != NULL && i < g_list_model_get_n_items (day); i++)
    {
      g_autoptr(OvsShift) candidate = g_list_model_get_item (day, i);

      if (g_strcmp0 (ovs_shift_get_uid (candidate), ovs_shift_get_uid (shift)) == 0)
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

/* Someone else saved the shift since it was shown: reload shows their times, "save anyway" saves
 * these over them (version 0: no check). */
static void
conflict_choice_cb (GObject *owner, gboolean apply)
{
  OvsShiftEditor *self = OVS_SHIFT_EDITOR (owner);
  g_autoptr(OvsShift) fresh = NULL;
  OvsShift *shift = current_shift (self);

  if (shift == NULL)
    return;
  if (apply)
    {
      self->version = 0;
      save_clicked_cb (self);
      return;
    }
  fresh = fetch_shift (self->store, shift);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (fresh == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), ovs_shift_get_start_time (fresh));
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), ovs_shift_get_end_time (fresh));
  gtk_spin_button_set_value (self->break_spin, ovs_shift_get_break_minutes (fresh));
  gtk_editable_set_text (GTK_EDITABLE (self->task_row), ovs_shift_get_task (fresh) ? ovs_shift_get_task (fresh) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->location_row),
                         ovs_shift_get_location (fresh) ? ovs_shift_get_location (fresh) : "");
  self->version = ovs_store_row_version (self->store, "shift", ovs_shift_get_id (fresh), NULL);
}

static void
save_clicked_cb (OvsShiftEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = NULL;
  OvsShift *shift = current_shift (self);
  const char *start = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  const char *end = gtk_editable_get_text (GTK_EDITABLE (self->end_row));
  int pause = gtk_spin_button_get_value_as_int (self->break_spin);
  const char *task = gtk_editable_get_text (GTK_EDITABLE (self->task_row));
  const char *location = gtk_editable_get_text (GTK_EDITABLE (self->location_row));

  if (shift == NULL)
    {
      uid = ovs_roster_shift_add (self->store, ovs_roster_week_get_crew_id (self->week), member (self)->employee_id,
                                  ovs_roster_week_get_date (self->week, self->day), start, end, pause, task, location,
                                  &error);
      if (uid != NULL)
        finish (self, _("Shift added"));
    }
  else
    {
      OvsShiftChange change = { 0, start, end, pause, task, location, self->version };

      if (ovs_roster_shift_change (self->store, ovs_shift_get_uid (shift), &change, &error))
        finish (self, _("Shift changed"));
    }
  if (g_error_matches (error, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT))
    {
      show_error (self, error);
      ovs_conflict_dialog_present (GTK_WIDGET (self), error, conflict_choice_cb, G_OBJECT (self));
    }
  else if (error != NULL)
    show_error (self, error);
}

static void
remove_clicked_cb (OvsShiftEditor *self)
{
  g_autoptr(GError) error = NULL;
  OvsShift *shift = current_shift (self);

  if (shift != NULL && ovs_roster_shift_remove (self->store, ovs_shift_get_uid (shift), &error))
    finish (self, _("Shift removed"));
  else if (error != NULL)
    show_error (self, error);
}

static void
swap_clicked_cb (OvsShiftEditor *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->swap_row);
  OvsShift *shift = current_shift (self);
  SwapCandidate *candidate;
  gboolean done;

  if (shift == NULL || selected >= self->candidates->len)
    return;
  candidate = &g_array_index (self->candidates, SwapCandidate, selected);
  if (candidate->uid != NULL)
    done = ovs_roster_shift_swap (self->store, ovs_shift_get_uid (shift), candidate->uid, &error);
  else
    {
      OvsShiftChange change = { candidate->employee_id, NULL, NULL, -1, NULL, NULL };

      done = ovs_roster_shift_change (self->store, ovs_shift_get_uid (shift), &change, &error);
    }
  if (done)
    finish (self, candidate->uid ? _("Shifts swapped") : _("Shift handed over"));
  else
    show_error (self, error);
}

static void
absence_clicked_cb (OvsShiftEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean whole = gtk_switch_get_active (self->whole_day_switch);
  const char *date = ovs_roster_week_get_date (self->week, self->day);
  OvsAbsenceFields fields = {
    .employee_id = member (self)->employee_id,
    .kind = kind_at (adw_combo_row_get_selected (self->kind_row)),
    .start_date = date,
    .end_date = date,
    .start_time = whole ? NULL : gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
    .end_time = whole ? NULL : gtk_editable_get_text (GTK_EDITABLE (self->until_row)),
  };

  gint64 id;

  if ((id = ovs_absence_add (self->store, &fields, &error)) > 0)
    finish_undoable (self, _("Absence recorded"), "absence", id);
  else
    show_error (self, error);
}

/* --- life cycle --- */

GtkWidget *
ovs_shift_editor_new (GtkWindow *parent, OvsStore *store, OvsRosterWeek *week, guint row, guint day)
{
  OvsShiftEditor *self = g_object_new (OVS_TYPE_SHIFT_EDITOR, "transient-for", parent, NULL);
  g_autofree char *date = NULL, *subtitle = NULL;

  g_return_val_if_fail (OVS_IS_STORE (store), NULL);
  g_return_val_if_fail (row < ovs_roster_week_get_n_rows (week) && day < 7, NULL);

  self->store = g_object_ref (store);
  self->week = g_object_ref (week);
  self->row = row;
  self->day = day;
  date = ovs_date_iso_to_display (ovs_roster_week_get_date (week, day));
  /* Translators: the shift editor's subtitle: day name and date, e.g. "maandag 23-11-2026". */
  subtitle = g_strdup_printf (_("%s %s"), ovs_roster_day_name (day), date);
  adw_window_title_set_title (self->window_title, member (self)->name);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), member (self)->name);
  fill_swap_choices (self);
  fill_shift_choices (self);
  fill_kinds (self);
  fill_fields (self);
  return GTK_WIDGET (self);
}

static void
clear_candidate (gpointer data)
{
  g_free (((SwapCandidate *) data)->uid);
}

static void
ovs_shift_editor_dispose (GObject *object)
{
  OvsShiftEditor *self = OVS_SHIFT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OVS_TYPE_SHIFT_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->week);
  g_clear_pointer (&self->candidates, g_array_unref);
  G_OBJECT_CLASS (ovs_shift_editor_parent_class)->dispose (object);
}

static void
ovs_shift_editor_class_init (OvsShiftEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_shift_editor_dispose;

  /* ::saved (message, table, id): a change was written; the message suits a toast. A new absence
   * names its table and id, so that the toast can offer to take it back (ovs-undo-toast.h). */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-shift-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, shift_row);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, break_spin);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, task_row);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, remove_row);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, swap_group);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, swap_row);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, whole_day_switch);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, from_row);
  gtk_widget_class_bind_template_child (widget_class, OvsShiftEditor, until_row);
  gtk_widget_class_bind_template_callback (widget_class, invert_cb);
  gtk_widget_class_bind_template_callback (widget_class, shift_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, swap_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, absence_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ovs_shift_editor_init (OvsShiftEditor *self)
{
  self->candidates = g_array_new (FALSE, TRUE, sizeof (SwapCandidate));
  g_array_set_clear_func (self->candidates, clear_candidate);
  gtk_widget_init_template (GTK_WIDGET (self));
}

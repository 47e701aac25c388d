/* ovs-transfer-detail.c — the selected transfer case: header, banner, checklist, steps, notes. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "widgets/ovs-conflict-dialog.h"
#include "widgets/ovs-form-dialog.h"
#include <overstap/overstap.h>
#include "widgets/ovs-section-util.h"
#include "transfers/ovs-transfer-detail.h"
#include "widgets/ovs-wrap-box.h"

/* One change of the case as the person made it, with the version it started from: kept when someone
 * else saved first, to apply again over their change if the person chooses so. */
typedef enum { CHANGE_TICK, CHANGE_STATUS, CHANGE_PLAN, CHANGE_MOVES, CHANGE_NOTE } ChangeKind;

typedef struct
{
  ChangeKind  kind;
  char       *number;   /* the personnel number of the case's employee */
  char       *first;    /* the item's code, the status, the planned date, the employer or the note */
  char       *second;   /* the status's date or the work organisation */
  gboolean    done;     /* a tick or an untick */
  gint64      version;  /* of the item (a tick) or of the case (the rest); 0: no check */
} Change;

static void
change_free (Change *change)
{
  g_free (change->number);
  g_free (change->first);
  g_free (change->second);
  g_free (change);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Change, change_free)

static Change *
change_new (ChangeKind kind, const char *number, const char *first, const char *second, gint64 version)
{
  Change *change = g_new0 (Change, 1);

  change->kind = kind;
  change->number = g_strdup (number);
  change->first = g_strdup (first);
  change->second = g_strdup (second);
  change->version = version;
  return change;
}

typedef enum { SAVED, CONFLICT, FAILED } SaveResult;

struct _OvsTransferDetail
{
  GtkWidget        parent_instance;

  OvsStore        *store;
  OvsTransferCase *transfer_case;
  /* The version of the case shown, as read when it was shown: a change saved by someone else since
   * is refused, and the conflict dialog offers to reload or to apply this change over theirs. */
  gint64           version;
  Change          *pending;   /* the change refused by such a conflict */

  GtkWidget       *stack;
  GtkLabel        *title;
  GtkLabel        *subtitle;
  GtkLabel        *status;
  GtkLevelBar     *progress;
  GtkLabel        *progress_label;
  GtkLabel        *missing;
  GtkRevealer     *banner;
  GtkLabel        *banner_label;
  GtkListBox      *checklist;
  GtkWidget       *steps_box;
  GtkWidget       *plan_box;
  GtkLabel        *notes;
  GtkWidget       *note_box;
  GtkEntry        *note_entry;
};

G_DEFINE_FINAL_TYPE (OvsTransferDetail, ovs_transfer_detail, GTK_TYPE_WIDGET)


static gboolean
can_edit (OvsTransferDetail *self)
{
  return ovs_store_can (self->store, OVS_PERM_EDIT_TRANSFERS);
}

static void
show_error (OvsTransferDetail *self, const char *message)
{
  gtk_label_set_text (self->banner_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->banner, message != NULL);
}

static const char *
personnel_number (OvsTransferDetail *self)
{
  return ovs_transfer_case_get_personnel_number (self->transfer_case);
}

/* --- saving a change, and a change someone else saved first --- */

/* A change of the case shown, from the version shown. */
static Change *
case_change (OvsTransferDetail *self, ChangeKind kind, const char *first, const char *second)
{
  return change_new (kind, personnel_number (self), first, second, self->version);
}

static gboolean
apply_change (OvsTransferDetail *self, const Change *c, GError **error)
{
  const char *nr = c->number;

  switch (c->kind)
    {
    case CHANGE_TICK:
      return ovs_transfers_tick (self->store, nr, c->first, c->done, NULL, c->version, error);
    case CHANGE_STATUS:
      return ovs_transfers_set_status (self->store, nr, c->first, c->second, c->version, error);
    case CHANGE_PLAN:
      return ovs_transfers_set_planned_date (self->store, nr, c->first, c->version, error);
    case CHANGE_MOVES:
      return ovs_transfers_set_moves (self->store, nr, c->first, c->second, c->version, error);
    case CHANGE_NOTE:
      return ovs_transfers_add_note (self->store, nr, c->first, c->version, error);
    default:
      g_assert_not_reached ();
    }
}

static void
conflict_choice_cb (GObject *owner, gboolean apply)
{
  OvsTransferDetail *self = OVS_TRANSFER_DETAIL (owner);
  g_autoptr(Change) change = g_steal_pointer (&self->pending);
  g_autoptr(GError) error = NULL;

  if (change == NULL)
    return;
  show_error (self, NULL);
  if (!apply)
    {
      /* Every view of the cases shows the other person's change, this one included. */
      ovs_store_emit_changed (self->store, "transfer_case");
      return;
    }
  /* Apply this change over the other one, on purpose: no version to compare with. */
  change->version = 0;
  if (!apply_change (self, change, &error))
    show_error (self, error->message);
}

/* Saves @change (taken). A conflict keeps the change and asks whether to reload or to apply it over
 * the other person's change; any other refusal is in @error. */
static SaveResult
save_change (OvsTransferDetail *self, Change *change, GError **error)
{
  g_autoptr(Change) owned = change;
  g_autoptr(GError) local = NULL;

  show_error (self, NULL);
  if (apply_change (self, owned, &local))
    {
      /* The next change of the case starts from this one, before the list shows it. */
      if (owned->kind != CHANGE_TICK)
        self->version = ovs_store_row_version (self->store, "transfer_case",
                                               ovs_transfer_case_get_id (self->transfer_case), NULL);
      return SAVED;
    }
  if (!g_error_matches (local, OVS_STORE_ERROR, OVS_STORE_ERROR_CONFLICT))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FAILED;
    }
  g_clear_pointer (&self->pending, change_free);
  self->pending = g_steal_pointer (&owned);
  show_error (self, local->message);
  ovs_conflict_dialog_present (GTK_WIDGET (self), local, conflict_choice_cb, G_OBJECT (self));
  return CONFLICT;
}

/* --- the checklist --- */

static void
item_toggled_cb (GtkCheckButton *button, OvsTransferDetail *self)
{
  OvsChecklistItem *item = g_object_get_data (G_OBJECT (button), "ovs-item");
  gint64 *version = g_object_get_data (G_OBJECT (button), "ovs-version");
  gboolean done = gtk_check_button_get_active (button);
  Change *change = change_new (CHANGE_TICK, personnel_number (self), ovs_checklist_item_get_code (item), NULL,
                               *version);
  g_autoptr(GError) error = NULL;
  SaveResult result;

  change->done = done;
  if ((result = save_change (self, change, &error)) == SAVED)
    {
      *version = ovs_store_row_version (self->store, "checklist_item", ovs_checklist_item_get_id (item), NULL);
      return;
    }
  /* The core refused: put the box back as it was, without calling the core again. */
  g_signal_handlers_block_by_func (button, item_toggled_cb, self);
  gtk_check_button_set_active (button, !done);
  g_signal_handlers_unblock_by_func (button, item_toggled_cb, self);
  if (result == FAILED)
    show_error (self, error->message);
}

static GtkWidget *
checklist_row (OvsTransferDetail *self, OvsChecklistItem *item, gboolean closed)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *done_on = NULL, *done_by = NULL, *date = NULL, *subtitle = NULL;
  gint64 version;

  g_object_get (item, "done-on", &done_on, "done-by", &done_by, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ovs_checklist_item_get_title (item));
  if (ovs_checklist_item_get_done (item))
    {
      date = ovs_format_date (done_on);
      /* Translators: when and by whom a checklist item was ticked, e.g. "afgevinkt op 02-11-2026 door hr". */
      subtitle = g_strdup_printf (_("ticked on %s by %s"), date, done_by ? done_by : "?");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ovs_checklist_item_get_done (item));
  gtk_widget_set_sensitive (check, can_edit (self) && !closed);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "ovs-item", g_object_ref (item), g_object_unref);
  /* The item's version as shown: a tick after someone else's change of the item is a conflict. */
  version = ovs_store_row_version (self->store, "checklist_item", ovs_checklist_item_get_id (item), NULL);
  g_object_set_data_full (G_OBJECT (check), "ovs-version", g_memdup2 (&version, sizeof version), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (item_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  /* The row's title (the item's title) then labels the box for screen readers and the GUI tests;
   * a label of our own would be read twice. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

static void
fill_checklist (OvsTransferDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = ovs_transfers_checklist (self->store, personnel_number (self), &error);
  gboolean closed = FALSE;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checklist))) != NULL)
    gtk_list_box_remove (self->checklist, child);
  if (items == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_object_get (self->transfer_case, "is-closed", &closed, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(OvsChecklistItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);

      gtk_list_box_append (self->checklist, checklist_row (self, item, closed));
    }
}

/* --- status steps --- */

static gboolean
step_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsTransferDetail *self = data;
  const char *status = g_object_get_data (G_OBJECT (form), "ovs-status");
  g_autofree char *date = NULL;

  if (self->transfer_case == NULL)
    return TRUE;
  if (!ovs_section_parse_date (ovs_form_dialog_get_text (form, "date"), _("Date"), &date, error))
    return ovs_form_dialog_mark_field (form, "date"), FALSE;
  /* A conflict closes the form: the conflict dialog takes over. */
  return save_change (self, case_change (self, CHANGE_STATUS, status, date), error) != FAILED;
}

/* Transferred, stays and declined close the case on a date: ask for it, today filled in. */
static void
ask_date (OvsTransferDetail *self, const char *status)
{
  g_autofree char *today_iso = ovs_date_today_iso ();
  g_autofree char *today = ovs_date_iso_to_display (today_iso);
  g_autofree char *title = g_strdup_printf ("%s: %s", ovs_transfer_case_get_employee (self->transfer_case),
                                            ovs_vocab_label_for_code (OVS_TYPE_TRANSFER_STATUS, status));
  OvsFormDialog *form = ovs_form_dialog_new (GTK_WIDGET (self), title,
                                             ovs_vocab_is (OVS_TYPE_TRANSFER_STATUS, status,
                                                           OVS_TRANSFER_STATUS_TRANSFERRED)
                                             ? _("The date the transfer took effect. Every checklist item must be ticked.")
                                             : _("This closes the case; it cannot change afterwards."),
                                             _("_Save"));

  ovs_form_dialog_add_entry (form, "date", _("Date (dd-mm-jjjj)"), today);
  g_object_set_data_full (G_OBJECT (form), "ovs-status", g_strdup (status), g_free);
  ovs_form_dialog_set_submit (form, step_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static void
step_clicked_cb (GtkButton *button, OvsTransferDetail *self)
{
  const char *status = g_object_get_data (G_OBJECT (button), "ovs-status");
  g_autoptr(GError) error = NULL;

  show_error (self, NULL);
  if (ovs_transfer_status_is_closed (status))
    ask_date (self, status);
  else if (save_change (self, case_change (self, CHANGE_STATUS, status, NULL), &error) == FAILED)
    show_error (self, error->message);
}

static GtkWidget *
add_step (OvsTransferDetail *self, const char *status, const char *label, gboolean suggested)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  g_object_set_data_full (G_OBJECT (button), "ovs-status", g_strdup (status), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (step_clicked_cb), self);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

/* A move that ends the case and asks for its date first (stays, declined): "Afgezien…", sharing a
 * line with the others, one under the other when the window is too narrow for all. */
static void
add_closing_step (OvsTransferDetail *self, GtkWidget *closing, const char *status)
{
  g_autofree char *title = ovs_vocab_title_for_code (OVS_TYPE_TRANSFER_STATUS, status);
  /* Translators: a button that ends a transfer case after asking for the date, e.g. "Afgezien…". */
  g_autofree char *label = g_strdup_printf (_("%s…"), title);
  GtkWidget *button = add_step (self, status, label, FALSE);

  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_parent (button, closing);
}

/* The ladder's next rung (candidate … transferred) on its own line, then the other moves the core
 * allows from here. */
static void
fill_steps (OvsTransferDetail *self)
{
  const char *status = ovs_transfer_case_get_status (self->transfer_case);
  const char *next = ovs_transfer_status_next (status);
  g_autofree const char **allowed = ovs_transfer_status_next_allowed (status);
  GtkWidget *child, *closing;

  while ((child = gtk_widget_get_first_child (self->steps_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->steps_box), child);
  gtk_widget_set_visible (self->steps_box, can_edit (self) && !ovs_transfer_status_is_closed (status));
  if (ovs_transfer_status_is_closed (status))
    return;
  if (next != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Next: %s"),
                                                ovs_vocab_label_for_code (OVS_TYPE_TRANSFER_STATUS, next));

      gtk_box_append (GTK_BOX (self->steps_box), add_step (self, next, label, TRUE));
    }
  closing = ovs_wrap_box_new ();
  for (guint i = 0; allowed[i] != NULL; i++)
    if (g_strcmp0 (allowed[i], next) != 0)
      add_closing_step (self, closing, allowed[i]);
  gtk_box_append (GTK_BOX (self->steps_box), closing);
}

/* --- the planned date and what the transfer moves, as `overstap-cli transfer plan` and `moves` --- */

static gboolean
plan_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsTransferDetail *self = data;
  g_autofree char *date = ovs_form_dialog_get_date (form, "date");

  SaveResult result;

  if (self->transfer_case == NULL)
    return TRUE;
  if ((result = save_change (self, case_change (self, CHANGE_PLAN, date, NULL), error)) == FAILED)
    return ovs_form_dialog_mark_field (form, "date"), FALSE;
  if (result == CONFLICT)
    return TRUE;
  ovs_section_toast (GTK_WIDGET (self), date ? _("Transfer date planned") : _("Planned date cleared"));
  return TRUE;
}

static void
plan_clicked_cb (OvsTransferDetail *self)
{
  g_autofree char *planned = NULL;
  OvsFormDialog *form;

  if (self->transfer_case == NULL)
    return;
  g_object_get (self->transfer_case, "planned-date", &planned, NULL);
  form = ovs_form_dialog_new (GTK_WIDGET (self), _("Plan Transfer"),
                              _("The date the transfer is planned to take effect; leave it empty to clear it."),
                              _("_Save"));
  ovs_form_dialog_add_date (form, "date", _("Planned date (dd-mm-jjjj)"), planned, FALSE);
  ovs_form_dialog_set_submit (form, plan_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

/* The choices of a move: keep it as it is, the destination's default, or one organisation. */
enum { MOVE_KEEP, MOVE_DEFAULT, MOVE_FIRST_ORGANISATION };

static const char *
move_choice (OvsFormDialog *form, const char *key)
{
  guint chosen = ovs_form_dialog_get_selected (form, key);
  GtkStringObject *item = ovs_form_dialog_get_item (form, key);

  if (chosen == MOVE_KEEP || item == NULL)
    return NULL;
  return chosen == MOVE_DEFAULT ? "" : gtk_string_object_get_string (item);
}

static gboolean
moves_submit (OvsFormDialog *form, gpointer data, GError **error)
{
  OvsTransferDetail *self = data;
  const char *employer = move_choice (form, "employer");
  const char *work = move_choice (form, "work");

  SaveResult result;

  if (self->transfer_case == NULL || (employer == NULL && work == NULL))
    return TRUE;
  if ((result = save_change (self, case_change (self, CHANGE_MOVES, employer, work), error)) == FAILED)
    return ovs_form_dialog_mark_field (form, "employer"), FALSE;
  if (result == CONFLICT)
    return TRUE;
  ovs_section_toast (GTK_WIDGET (self), _("What the transfer moves is recorded"));
  return TRUE;
}

static void
moves_clicked_cb (OvsTransferDetail *self)
{
  g_autoptr(JsonArray) organisations = ovs_organisations_list_json (self->store, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  OvsFormDialog *form;

  if (self->transfer_case == NULL)
    return;
  g_ptr_array_add (labels, (gpointer) _("Keep as it is"));
  g_ptr_array_add (labels, (gpointer) _("The destination's default"));
  for (guint i = 0; organisations != NULL && i < json_array_get_length (organisations); i++)
    {
      JsonObject *o = json_array_get_object_element (organisations, i);

      /* Hirers only lend work out: neither employs nor organises the work of Wsw employees. */
      if (json_object_get_null_member (o, "ended_on") &&
          !ovs_vocab_is (OVS_TYPE_ORGANISATION_KIND, json_object_get_string_member (o, "kind"),
                         OVS_ORGANISATION_KIND_HIRER))
        g_ptr_array_add (labels, (gpointer) json_object_get_string_member (o, "name"));
    }
  g_ptr_array_add (labels, NULL);
  form = ovs_form_dialog_new (GTK_WIDGET (self), _("What the Transfer Moves"),
                              _("The legal employer holds the Wsw employment; the work organisation is where the "
                                "person works. Each moves on the transfer date."),
                              _("_Save"));
  ovs_form_dialog_add_strings (form, "employer", _("Legal employer after the transfer"),
                               (const char * const *) labels->pdata);
  ovs_form_dialog_add_strings (form, "work", _("Work organisation after the transfer"),
                               (const char * const *) labels->pdata);
  ovs_form_dialog_set_submit (form, moves_submit, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (form));
}

static void
build_plan (OvsTransferDetail *self, GtkWidget *box)
{
  GtkWidget *plan = gtk_button_new_with_mnemonic (_("_Plan Date…"));
  GtkWidget *moves = gtk_button_new_with_mnemonic (_("What _Moves…"));

  self->plan_box = ovs_wrap_box_new ();
  gtk_widget_set_tooltip_text (plan, _("Set the planned transfer date"));
  gtk_widget_set_tooltip_text (moves, _("Choose the legal employer and the work organisation after the transfer"));
  g_signal_connect_swapped (plan, "clicked", G_CALLBACK (plan_clicked_cb), self);
  g_signal_connect_swapped (moves, "clicked", G_CALLBACK (moves_clicked_cb), self);
  gtk_widget_set_parent (plan, self->plan_box);
  gtk_widget_set_parent (moves, self->plan_box);
  gtk_box_append (GTK_BOX (box), self->plan_box);
}

/* --- notes --- */

static void
add_note_cb (OvsTransferDetail *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  g_autoptr(GError) error = NULL;

  if (*text == '\0' || self->transfer_case == NULL)
    return;
  switch (save_change (self, case_change (self, CHANGE_NOTE, text, NULL), &error))
    {
    case FAILED:
      show_error (self, error->message);
      break;
    case SAVED:
      gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
      break;
    case CONFLICT:
      /* The note stays in the entry until it is saved after all. */
      break;
    default:
      g_assert_not_reached ();
    }
}

/* --- the header --- */

static void
fill_header (OvsTransferDetail *self)
{
  OvsTransferCase *c = self->transfer_case;
  g_autofree char *from = NULL, *destination = NULL, *planned = NULL, *actual = NULL, *notes = NULL;
  g_autofree char *planned_text = NULL, *subtitle = NULL, *status = NULL, *progress = NULL, *missing = NULL;
  int done = ovs_transfer_case_get_done (c), total = ovs_transfer_case_get_total (c);
  const char *still_open = ovs_transfer_case_get_missing (c);

  g_object_get (c, "from-organisation", &from, "destination", &destination, "planned-date", &planned,
                "actual-date", &actual, "notes", &notes, NULL);
  gtk_label_set_text (self->title, ovs_transfer_case_get_employee (c));
  planned_text = ovs_format_date (actual ? actual : planned);
  /* Translators: e.g. "100090 · van Wezo naar de gemeentelijke stichting · datum 01-03-2027". */
  subtitle = g_strdup_printf (_("%s · from %s to %s · date %s"), personnel_number (self), from ? from : "?",
                              ovs_vocab_label_for_code (OVS_TYPE_TRANSFER_DESTINATION, destination),
                              *planned_text ? planned_text : _("not planned"));
  gtk_label_set_text (self->subtitle, subtitle);
  status = g_strdup_printf (_("Status: %s"),
                            ovs_vocab_label_for_code (OVS_TYPE_TRANSFER_STATUS, ovs_transfer_case_get_status (c)));
  gtk_label_set_text (self->status, status);
  gtk_level_bar_set_max_value (self->progress, MAX (total, 1));
  gtk_level_bar_set_value (self->progress, done);
  /* Translators: checklist progress, e.g. "5 van 8". */
  progress = g_strdup_printf (_("%d of %d"), done, total);
  gtk_label_set_text (self->progress_label, progress);
  missing = still_open && *still_open ? g_strdup_printf (_("Still missing: %s"), still_open)
                                      : g_strdup (_("Nothing missing: every checklist item is ticked."));
  gtk_label_set_text (self->missing, missing);
  gtk_label_set_text (self->notes, notes && *notes ? notes : _("No notes yet."));
  gtk_widget_set_visible (self->note_box, can_edit (self));
  gtk_widget_set_visible (self->plan_box,
                          can_edit (self) && !ovs_transfer_status_is_closed (ovs_transfer_case_get_status (c)));
}

void
ovs_transfer_detail_set_case (OvsTransferDetail *self, OvsTransferCase *transfer_case)
{
  g_return_if_fail (OVS_IS_TRANSFER_DETAIL (self));

  /* Another case: an old refusal no longer applies. The same case refreshed keeps it. */
  if (transfer_case == NULL || self->transfer_case == NULL ||
      ovs_transfer_case_get_id (transfer_case) != ovs_transfer_case_get_id (self->transfer_case))
    show_error (self, NULL);
  g_set_object (&self->transfer_case, transfer_case);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), transfer_case ? "case" : "empty");
  if (transfer_case == NULL)
    return;
  self->version = ovs_store_row_version (self->store, "transfer_case", ovs_transfer_case_get_id (transfer_case),
                                         NULL);
  fill_header (self);
  fill_checklist (self);
  fill_steps (self);
}

/* --- construction (in code: the pieces are few and filled from code anyway) --- */

/* A wrapping label asks for no more width than its longest word, so that it never makes the
 * detail wider than a narrow window; a word longer than the line breaks (WORD_CHAR). */
static GtkLabel *
new_label (const char *css_class, gboolean wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return GTK_LABEL (label);
}

static GtkLabel *
add_label (GtkWidget *box, const char *css_class, gboolean wrap)
{
  GtkLabel *label = new_label (css_class, wrap);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
  return label;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  return label;
}

static void
build_banner (OvsTransferDetail *self, GtkWidget *box)
{
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon;

  self->banner = GTK_REVEALER (gtk_revealer_new ());
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (frame, "card");
  g_object_set (icon, "margin-start", 12, "margin-top", 12, "valign", GTK_ALIGN_START, NULL);
  gtk_widget_add_css_class (icon, "error");
  gtk_box_append (GTK_BOX (frame), icon);
  self->banner_label = add_label (frame, "error", TRUE);
  g_object_set (self->banner_label, "margin-top", 12, "margin-bottom", 12, "margin-end", 12, "hexpand", TRUE, NULL);
  gtk_label_set_selectable (self->banner_label, TRUE);
  gtk_revealer_set_child (self->banner, frame);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->banner));
}

/* "Status: …", the bar and "n of m" on one line; the bar and count go to the next line when the
 * window is too narrow for all three. */
static void
build_progress (OvsTransferDetail *self, GtkWidget *box)
{
  GtkWidget *row = ovs_wrap_box_new ();

  g_object_set (row, "spacing", 12, NULL);
  self->status = new_label ("heading", TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->status), row);
  self->progress = GTK_LEVEL_BAR (gtk_level_bar_new ());
  gtk_level_bar_remove_offset_value (self->progress, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->progress, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->progress, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->progress), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->progress), GTK_ALIGN_CENTER);
  gtk_widget_set_parent (GTK_WIDGET (self->progress), row);
  self->progress_label = new_label ("numeric", FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->progress_label), row);
  gtk_box_append (GTK_BOX (box), row);
}

static void
build_notes (OvsTransferDetail *self, GtkWidget *box)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Add _Note"));

  gtk_box_append (GTK_BOX (box), heading (_("Notes")));
  self->notes = add_label (box, NULL, TRUE);
  gtk_label_set_selectable (self->notes, TRUE);
  self->note_box = ovs_wrap_box_new ();
  self->note_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->note_entry), TRUE);
  gtk_entry_set_placeholder_text (self->note_entry, _("A note for the case file"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New note"), -1);
  g_signal_connect_swapped (self->note_entry, "activate", G_CALLBACK (add_note_cb), self);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_note_cb), self);
  gtk_widget_set_parent (GTK_WIDGET (self->note_entry), self->note_box);
  gtk_widget_set_parent (button, self->note_box);
  gtk_box_append (GTK_BOX (box), self->note_box);
}

static GtkWidget *
build_case (OvsTransferDetail *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  g_object_set (box, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);
  self->title = add_label (box, "title-3", TRUE);
  self->subtitle = add_label (box, "dim-label", TRUE);
  build_banner (self, box);
  build_progress (self, box);
  self->missing = add_label (box, NULL, TRUE);
  self->steps_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (self->steps_box, 6);
  gtk_box_append (GTK_BOX (box), self->steps_box);
  build_plan (self, box);
  gtk_box_append (GTK_BOX (box), heading (_("Checklist")));
  self->checklist = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->checklist, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->checklist), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->checklist), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Checklist"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->checklist));
  build_notes (self, box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  return scroller;
}

static void
ovs_transfer_detail_dispose (GObject *object)
{
  OvsTransferDetail *self = OVS_TRANSFER_DETAIL (object);

  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_object (&self->transfer_case);
  g_clear_pointer (&self->pending, change_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ovs_transfer_detail_parent_class)->dispose (object);
}

static void
ovs_transfer_detail_class_init (OvsTransferDetailClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ovs_transfer_detail_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
ovs_transfer_detail_init (OvsTransferDetail *self)
{
  GtkWidget *empty = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "emblem-documents-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No case selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("Choose a transfer case to see its checklist."));
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_stack_add_named (GTK_STACK (self->stack), build_case (self), "case");
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
}

GtkWidget *
ovs_transfer_detail_new (OvsStore *store)
{
  OvsTransferDetail *self = g_object_new (OVS_TYPE_TRANSFER_DETAIL, NULL);

  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}

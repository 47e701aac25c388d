/* ovs-figure-card.c — a key figure with its note. */
#include "config.h"

#include <glib/gi18n.h>

#include "overview/ovs-figure-card.h"

struct _OvsFigureCard
{
  AdwBin       parent_instance;

  char        *figure;
  char        *title;
  char        *note;
  gboolean     stored;

  GtkLabel    *title_label;
  GtkLabel    *value_label;
  GtkLabel    *caption_label;
  GtkLevelBar *level_bar;
  GtkBox      *details_box;
  GtkStack    *note_stack;
  GtkLabel    *note_label;
  GtkLabel    *source_label;
  GtkButton   *edit_button;
  GtkTextView *note_view;
  GtkLabel    *error_label;
  GtkButton   *save_button;
};

G_DEFINE_FINAL_TYPE (OvsFigureCard, ovs_figure_card, ADW_TYPE_BIN)

enum { SAVE_NOTE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
edit_clicked_cb (OvsFigureCard *self)
{
  /* A computed note is a starting point only when there is no note of one's own yet. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), self->stored ? self->note : "", -1);
  ovs_figure_card_show_error (self, NULL);
  gtk_stack_set_visible_child_name (self->note_stack, "edit");
  gtk_widget_grab_focus (GTK_WIDGET (self->note_view));
}

static void
cancel_clicked_cb (OvsFigureCard *self)
{
  gtk_stack_set_visible_child_name (self->note_stack, "view");
  gtk_widget_grab_focus (GTK_WIDGET (self->edit_button));
}

static void
save_clicked_cb (OvsFigureCard *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  gboolean saved = FALSE;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_signal_emit (self, signals[SAVE_NOTE], 0, text, &saved);
  if (saved)
    cancel_clicked_cb (self);
}

void
ovs_figure_card_show_error (OvsFigureCard *self, const char *message)
{
  g_return_if_fail (OVS_IS_FIGURE_CARD (self));
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

const char *
ovs_figure_card_get_figure (OvsFigureCard *self)
{
  g_return_val_if_fail (OVS_IS_FIGURE_CARD (self), NULL);
  return self->figure;
}

void
ovs_figure_card_set_value (OvsFigureCard *self, const char *value, const char *caption)
{
  g_return_if_fail (OVS_IS_FIGURE_CARD (self));
  gtk_label_set_text (self->value_label, value);
  gtk_label_set_text (self->caption_label, caption ? caption : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption_label), caption != NULL && *caption != '\0');
}

void
ovs_figure_card_set_level (OvsFigureCard *self, double fraction, gboolean warn_over_one)
{
  g_return_if_fail (OVS_IS_FIGURE_CARD (self));
  gtk_widget_set_visible (GTK_WIDGET (self->level_bar), fraction >= 0);
  if (fraction >= 0)
    gtk_level_bar_set_value (self->level_bar, MIN (fraction, 1.0));
  if (warn_over_one && fraction > 1.0)
    gtk_widget_add_css_class (GTK_WIDGET (self->level_bar), "over");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->level_bar), "over");
}

void
ovs_figure_card_set_details (OvsFigureCard *self, const char * const *lines)
{
  GtkWidget *child;

  g_return_if_fail (OVS_IS_FIGURE_CARD (self));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->details_box))) != NULL)
    gtk_box_remove (self->details_box, child);
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (lines[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_widget_add_css_class (label, "figure-detail");
      gtk_box_append (self->details_box, label);
    }
}

void
ovs_figure_card_set_note (OvsFigureCard *self, const char *note, const char *source, gboolean stored)
{
  g_return_if_fail (OVS_IS_FIGURE_CARD (self));

  g_free (self->note);
  self->note = g_strdup (note);
  self->stored = stored;
  gtk_label_set_text (self->note_label, note);
  gtk_label_set_text (self->source_label, source);
  if (stored)
    gtk_widget_remove_css_class (GTK_WIDGET (self->note_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->note_label), "dim-label");
}

void
ovs_figure_card_set_editable (OvsFigureCard *self, gboolean editable)
{
  g_return_if_fail (OVS_IS_FIGURE_CARD (self));
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), editable);
  if (!editable)
    gtk_stack_set_visible_child_name (self->note_stack, "view");
}

static void
ovs_figure_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OVS_TYPE_FIGURE_CARD);
  G_OBJECT_CLASS (ovs_figure_card_parent_class)->dispose (object);
}

static void
ovs_figure_card_finalize (GObject *object)
{
  OvsFigureCard *self = OVS_FIGURE_CARD (object);

  g_free (self->figure);
  g_free (self->title);
  g_free (self->note);
  G_OBJECT_CLASS (ovs_figure_card_parent_class)->finalize (object);
}

static void
ovs_figure_card_class_init (OvsFigureCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ovs_figure_card_dispose;
  object_class->finalize = ovs_figure_card_finalize;

  signals[SAVE_NOTE] = g_signal_new ("save-note", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overstap/Overstap/ovs-figure-card.ui");
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, caption_label);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, level_bar);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, details_box);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, note_stack);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, note_label);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, source_label);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, edit_button);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, note_view);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvsFigureCard, save_button);
  gtk_widget_class_bind_template_callback (widget_class, edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
ovs_figure_card_init (OvsFigureCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The buttons and the editor are named after the figure, so that a screen reader (and a test) can
 * tell the six cards' buttons apart. */
static void
label_controls (OvsFigureCard *self)
{
  g_autofree char *edit = g_strdup_printf (_("Edit note on “%s”"), self->title);
  g_autofree char *view = g_strdup_printf (_("Note on “%s”"), self->title);
  g_autofree char *save = g_strdup_printf (_("Save note on “%s”"), self->title);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->edit_button), edit);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_button), GTK_ACCESSIBLE_PROPERTY_LABEL, edit, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_view), GTK_ACCESSIBLE_PROPERTY_LABEL, view, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button), GTK_ACCESSIBLE_PROPERTY_LABEL, save, -1);
}

GtkWidget *
ovs_figure_card_new (const char *figure, const char *title)
{
  OvsFigureCard *self = g_object_new (OVS_TYPE_FIGURE_CARD, NULL);

  self->figure = g_strdup (figure);
  self->title = g_strdup (title);
  gtk_label_set_text (self->title_label, title);
  label_controls (self);
  return GTK_WIDGET (self);
}

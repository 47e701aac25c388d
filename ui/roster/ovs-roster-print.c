/* ovs-roster-print.c — drawing the week roster on paper. Sizes are in points so that the type is
 * the size the canteen needs: 20 pt title, 14 pt names and times, 12 pt tasks and notes. */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "roster/ovs-roster-print.h"

/* Condensed, so that a task such as "Groenonderhoud: maaien" fits a day column at 12 pt. */
#define FONT            "Sans"
#define TITLE_PT        20.0
#define MIN_TITLE_PT    18.0
#define SUBTITLE_PT     13.0
#define HEAD_PT         13.0
#define NAME_PT         14.0
#define TIME_PT         14.0
#define TEXT_PT         12.0
#define FOOTER_PT       11.0
#define PAD             4.0
#define MIN_ROW         54.0
#define MAX_STRETCH     1.5

typedef struct
{
  double  width, height;
  double  title_pt;
  double  table_top, header_h, footer_h;
  double  name_w, day_x[8];
  double *row_h;          /* natural height of each row */
  guint   n_rows;
} Layout;

static PangoLayout *
text_layout (cairo_t *cr, const char *text, double size, gboolean bold, double width, int max_lines)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same line breaks on screen, in the PDF and on the printer. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_stretch (font, PANGO_STRETCH_SEMI_CONDENSED);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

/* Draws @text at (@x, @y) and returns its height. */
static double
draw_text (cairo_t *cr, double x, double y, const char *text, double size, gboolean bold, double width,
           int max_lines)
{
  g_autoptr(PangoLayout) layout = text_layout (cr, text, size, bold, width, max_lines);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return layout_height (layout);
}

static double
measure_text (cairo_t *cr, const char *text, double size, gboolean bold, double width, int max_lines)
{
  g_autoptr(PangoLayout) layout = text_layout (cr, text, size, bold, width, max_lines);

  return layout_height (layout);
}

/* --- texts --- */

static char *
sheet_title (OvsRosterWeek *week)
{
  g_autofree char *first = ovs_date_iso_to_display (ovs_roster_week_get_date (week, 0));
  g_autofree char *last = ovs_date_iso_to_display (ovs_roster_week_get_date (week, 6));

  /* Translators: the printed roster's title: crew, week number, first and last day (dd-mm-jjjj), e.g.
   * "Rooster Groenploeg Noord — week 48 (23-11-2026 t/m 29-11-2026)". */
  return g_strdup_printf (_("Roster %s — week %u (%s to %s)"), ovs_roster_week_get_crew_name (week),
                          ovs_roster_week_get_number (week), first, last);
}

static char *
day_heading (OvsRosterWeek *week, guint day)
{
  const char *name = ovs_roster_day_name (day);
  g_autofree char *first = g_utf8_strup (name, g_utf8_next_char (name) - name);
  GDate date;

  ovs_date_from_iso (ovs_roster_week_get_date (week, day), &date);
  /* A heading starts with a capital: "Maandag", then the date as dd-mm. */
  return g_strdup_printf ("%s%s\n%02d-%02d", first, g_utf8_next_char (name), g_date_get_day (&date),
                          g_date_get_month (&date));
}

static char *
row_detail (const OvsRosterWeekRow *row)
{
  g_autofree char *hours = ovs_roster_format_minutes (row->planned_minutes);
  g_autofree char *role = ovs_roster_week_row_role (row);

  /* The role, then the hours this week (the column's heading says so). */
  if (role == NULL)
    return g_steal_pointer (&hours);
  return g_strdup_printf ("%s\n%s", role, hours);
}

/* An empty weekend column is headed "Za 28-11" in a narrow column. */
static char *
short_heading (OvsRosterWeek *week, guint day)
{
  static const char *names[] = { N_("Sat"), N_("Sun") };
  const char *name = _(names[day == 6]);
  g_autofree char *first = g_utf8_strup (name, g_utf8_next_char (name) - name);
  GDate date;

  ovs_date_from_iso (ovs_roster_week_get_date (week, day), &date);
  return g_strdup_printf ("%s%s\n%02d-%02d", first, g_utf8_next_char (name), g_date_get_day (&date),
                          g_date_get_month (&date));
}

static gboolean
narrow_day (OvsRosterWeek *week, guint day)
{
  return day >= 5 && !ovs_roster_week_day_has_shifts (week, day);
}

/* --- layout --- */

static double
cell_height (cairo_t *cr, const OvsRosterWeekCell *cell, double width)
{
  double h = 0;

  for (guint i = 0; i < cell->shifts->len; i++)
    {
      OvsShift *shift = g_ptr_array_index (cell->shifts, i);
      const char *task = ovs_shift_get_task (shift);

      h += measure_text (cr, "07:00–16:00", TIME_PT, TRUE, width, 1);
      if (task != NULL && *task)
        h += measure_text (cr, task, TEXT_PT, FALSE, width, 4);
      h += 2;
    }
  if (cell->absence != NULL)
    h += measure_text (cr, cell->absence, TEXT_PT + 1, TRUE, width, 2);
  return h;
}

static double
row_height (cairo_t *cr, Layout *l, const OvsRosterWeekRow *row)
{
  g_autofree char *detail = row_detail (row);
  double h = measure_text (cr, row->name, NAME_PT, TRUE, l->name_w - 2 * PAD, 2) +
             measure_text (cr, detail, TEXT_PT, FALSE, l->name_w - 2 * PAD, 2);

  for (guint d = 0; d < 7; d++)
    h = MAX (h, cell_height (cr, &row->days[d], l->day_x[d + 1] - l->day_x[d] - 2 * PAD));
  return MAX (h + 2 * PAD, MIN_ROW);
}

/* Weekend days nobody works get columns just wide enough for their heading, so that the working
 * days have room for their tasks. */
static void
place_columns (Layout *l, cairo_t *cr, OvsRosterWeek *week)
{
  double narrow[7] = { 0 }, fixed = 0, x;
  guint n_wide = 0;

  l->name_w = CLAMP (l->width * 0.15, 110, 160);
  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *heading = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      int w, h;

      if (!narrow_day (week, d))
        {
          n_wide++;
          continue;
        }
      heading = short_heading (week, d);
      layout = text_layout (cr, heading, HEAD_PT, TRUE, -1, 0);
      pango_layout_get_size (layout, &w, &h);
      fixed += narrow[d] = (double) w / PANGO_SCALE + 2 * PAD + 2;
    }
  x = l->name_w;
  for (guint d = 0; d < 7; d++)
    {
      l->day_x[d] = x;
      x += narrow[d] > 0 ? narrow[d] : (l->width - l->name_w - fixed) / MAX (n_wide, 1);
    }
  l->day_x[7] = l->width;
}

/* The title on one line if it fits at 18 pt or more. */
static double
title_size (cairo_t *cr, const char *title, double width)
{
  for (double size = TITLE_PT; size > MIN_TITLE_PT; size -= 0.5)
    {
      g_autoptr(PangoLayout) layout = text_layout (cr, title, size, TRUE, -1, 0);
      int w, h;

      pango_layout_get_size (layout, &w, &h);
      if ((double) w / PANGO_SCALE <= width)
        return size;
    }
  return MIN_TITLE_PT;
}

static void
layout_init (Layout *l, cairo_t *cr, double width, double height, OvsRosterWeek *week)
{
  g_autofree char *title = sheet_title (week);

  l->width = width;
  l->height = height;
  l->title_pt = title_size (cr, title, width);
  l->table_top = measure_text (cr, title, l->title_pt, TRUE, width, 2) +
                 measure_text (cr, "X", SUBTITLE_PT, FALSE, width, 1) + 12;
  l->header_h = measure_text (cr, "X\nX", HEAD_PT, TRUE, width, 2) + 2 * PAD;
  l->footer_h = measure_text (cr, "X", FOOTER_PT, FALSE, width, 1) + 8;
  place_columns (l, cr, week);
  l->n_rows = ovs_roster_week_get_n_rows (week);
  l->row_h = g_new0 (double, MAX (l->n_rows, 1));
  for (guint i = 0; i < l->n_rows; i++)
    l->row_h[i] = row_height (cr, l, ovs_roster_week_get_row (week, i));
}

static void
layout_clear (Layout *l)
{
  g_clear_pointer (&l->row_h, g_free);
}

static double
rows_space (Layout *l)
{
  return l->height - l->table_top - l->header_h - l->footer_h;
}

/* The first row of each page, and the number of pages; rows never split over pages. */
static guint
paginate (Layout *l, guint *first_rows, guint max_pages)
{
  guint pages = 1;
  double used = 0;

  if (first_rows != NULL && max_pages > 0)
    first_rows[0] = 0;
  for (guint i = 0; i < l->n_rows; i++)
    {
      if (used > 0 && used + l->row_h[i] > rows_space (l))
        {
          if (first_rows != NULL && pages < max_pages)
            first_rows[pages] = i;
          pages++;
          used = 0;
        }
      used += l->row_h[i];
    }
  return pages;
}

guint
ovs_roster_print_n_pages (cairo_t *cr, double width, double height, OvsRosterWeek *week)
{
  Layout l = { 0 };
  guint pages;

  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (week), 0);
  layout_init (&l, cr, width, height, week);
  pages = paginate (&l, NULL, 0);
  layout_clear (&l);
  return pages;
}

/* --- drawing --- */

static void
fill_rect (cairo_t *cr, double x, double y, double w, double h, double grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
}

static void
draw_header (cairo_t *cr, Layout *l, OvsRosterWeek *week)
{
  double y = l->table_top;

  fill_rect (cr, 0, y, l->width, l->header_h, 0.86);
  cairo_set_source_rgb (cr, 0, 0, 0);
  /* Translators: the printed roster's first column heading: names, and under them their hours this week. */
  draw_text (cr, PAD, y + PAD, _("Name\nhours this week"), HEAD_PT, TRUE, l->name_w - 2 * PAD, 2);
  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *heading = narrow_day (week, d) ? short_heading (week, d) : day_heading (week, d);

      draw_text (cr, l->day_x[d] + PAD, y + PAD, heading, HEAD_PT, TRUE, l->day_x[d + 1] - l->day_x[d] - 2 * PAD, 2);
    }
}

static void
draw_cell (cairo_t *cr, Layout *l, const OvsRosterWeekCell *cell, guint d, double y, double h)
{
  double x = l->day_x[d] + PAD, w = l->day_x[d + 1] - l->day_x[d] - 2 * PAD;

  if (cell->absent_all_day)
    fill_rect (cr, l->day_x[d], y, l->day_x[d + 1] - l->day_x[d], h, 0.80);
  else if (!cell->member && cell->shifts->len == 0)
    fill_rect (cr, l->day_x[d], y, l->day_x[d + 1] - l->day_x[d], h, 0.90);
  cairo_set_source_rgb (cr, 0, 0, 0);
  y += PAD;
  for (guint i = 0; i < cell->shifts->len; i++)
    {
      OvsShift *shift = g_ptr_array_index (cell->shifts, i);
      g_autofree char *times = ovs_roster_shift_times (shift);
      const char *task = ovs_shift_get_task (shift);

      y += draw_text (cr, x, y, times, TIME_PT, TRUE, w, 1);
      if (task != NULL && *task)
        y += draw_text (cr, x, y, task, TEXT_PT, FALSE, w, 4);
      y += 2;
    }
  if (cell->absence != NULL)
    draw_text (cr, x, y, cell->absence, TEXT_PT + 1, TRUE, w, 2);
}

static void
draw_row (cairo_t *cr, Layout *l, const OvsRosterWeekRow *row, guint index, double y, double h)
{
  g_autofree char *detail = row_detail (row);
  double name_h;

  /* Light bands help the eye follow a row across the sheet from a distance. */
  if (index % 2 == 1)
    fill_rect (cr, 0, y, l->width, h, 0.95);
  for (guint d = 0; d < 7; d++)
    draw_cell (cr, l, &row->days[d], d, y, h);
  cairo_set_source_rgb (cr, 0, 0, 0);
  name_h = draw_text (cr, PAD, y + PAD, row->name, NAME_PT, TRUE, l->name_w - 2 * PAD, 2);
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  draw_text (cr, PAD, y + PAD + name_h, detail, TEXT_PT, FALSE, l->name_w - 2 * PAD, 2);
}

static void
draw_lines (cairo_t *cr, Layout *l, double bottom)
{
  double top = l->table_top;

  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_set_line_width (cr, 0.8);
  for (guint d = 0; d < 7; d++)
    {
      cairo_move_to (cr, l->day_x[d], top);
      cairo_line_to (cr, l->day_x[d], bottom);
    }
  cairo_stroke (cr);
  cairo_set_line_width (cr, 1.5);
  cairo_rectangle (cr, 0, top, l->width, bottom - top);
  cairo_move_to (cr, 0, top + l->header_h);
  cairo_line_to (cr, l->width, top + l->header_h);
  cairo_stroke (cr);
}

static void
draw_row_rules (cairo_t *cr, Layout *l, double y)
{
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, l->width, y);
  cairo_stroke (cr);
}

static void
draw_titles (cairo_t *cr, Layout *l, OvsRosterWeek *week)
{
  g_autofree char *title = sheet_title (week);
  const char *leader = ovs_roster_week_get_team_leader (week);
  g_autofree char *subtitle = NULL;
  double y;

  cairo_set_source_rgb (cr, 0, 0, 0);
  y = draw_text (cr, 0, 0, title, l->title_pt, TRUE, l->width, 2);
  if (*leader != '\0')
    /* Translators: under the printed roster's title. */
    subtitle = g_strdup_printf (_("Team leader: %s"), leader);
  else
    subtitle = g_strdup (_("No team leader"));
  draw_text (cr, 0, y, subtitle, SUBTITLE_PT, FALSE, l->width, 1);
}

static void
draw_footer (cairo_t *cr, Layout *l, OvsRosterWeek *week, const char *printed_on, guint page, guint pages)
{
  g_autofree char *date = ovs_date_iso_to_display (printed_on);
  g_autofree char *left = NULL, *right = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  int w, h;

  /* Translators: the printed roster's footer, left: the day it was printed (dd-mm-jjjj). */
  left = g_strdup_printf (_("Printed on %s"), date);
  /* Translators: the printed roster's footer, right: week number, page and pages. */
  right = g_strdup_printf (_("Week %u · page %u of %u"), ovs_roster_week_get_number (week), page + 1, pages);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  draw_text (cr, 0, l->height - l->footer_h + 6, left, FOOTER_PT, FALSE, -1, 1);
  layout = text_layout (cr, right, FOOTER_PT, FALSE, -1, 1);
  pango_layout_get_size (layout, &w, &h);
  cairo_move_to (cr, l->width - (double) w / PANGO_SCALE, l->height - l->footer_h + 6);
  pango_cairo_show_layout (cr, layout);
}

/* Rows stretch to fill the page (up to half as high again), so a small crew still reads large. */
static double
stretch (Layout *l, guint first, guint last)
{
  double used = 0;

  for (guint i = first; i < last; i++)
    used += l->row_h[i];
  return used > 0 ? CLAMP (rows_space (l) / used, 1.0, MAX_STRETCH) : 1.0;
}

void
ovs_roster_print_draw_page (cairo_t *cr, double width, double height, OvsRosterWeek *week,
                            const char *printed_on, guint page)
{
  Layout l = { 0 };
  guint first[64], pages, last;
  double y, factor;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (OVS_IS_ROSTER_WEEK (week));

  layout_init (&l, cr, width, height, week);
  pages = paginate (&l, first, G_N_ELEMENTS (first));
  page = MIN (page, MIN (pages, G_N_ELEMENTS (first)) - 1);
  last = page + 1 < MIN (pages, G_N_ELEMENTS (first)) ? first[page + 1] : l.n_rows;
  factor = stretch (&l, first[page], last);

  draw_titles (cr, &l, week);
  draw_header (cr, &l, week);
  y = l.table_top + l.header_h;
  for (guint i = first[page]; i < last; i++)
    {
      double h = l.row_h[i] * factor;

      draw_row (cr, &l, ovs_roster_week_get_row (week, i), i, y, h);
      y += h;
      if (i + 1 < last)
        draw_row_rules (cr, &l, y);
    }
  if (l.n_rows == 0)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_text (cr, PAD, y + PAD, _("Nobody is in this crew this week."), TEXT_PT, FALSE, width, 1);
      y += MIN_ROW;
    }
  draw_lines (cr, &l, y);
  draw_footer (cr, &l, week, printed_on, page, pages);
  layout_clear (&l);
}

/* --- the print operation --- */

static void
begin_print_cb (GtkPrintOperation *operation, GtkPrintContext *context, OvsRosterWeek *week)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  gtk_print_operation_set_n_pages (operation,
                                   ovs_roster_print_n_pages (cr, gtk_print_context_get_width (context),
                                                             gtk_print_context_get_height (context), week));
}

static void
draw_page_cb (GtkPrintOperation *operation, GtkPrintContext *context, int page, OvsRosterWeek *week)
{
  g_autofree char *today = ovs_date_today_iso ();

  ovs_roster_print_draw_page (gtk_print_context_get_cairo_context (context), gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context), week, today, (guint) page);
}

GtkPrintOperation *
ovs_roster_print_operation_new (OvsRosterWeek *week)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *job = NULL;

  g_return_val_if_fail (OVS_IS_ROSTER_WEEK (week), NULL);
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_page_setup_set_top_margin (setup, 10, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, 10, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, 10, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, 10, GTK_UNIT_MM);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* Points, so that the drawing's type sizes are real type sizes on paper. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* Translators: the print job's name: crew and week number. */
  job = g_strdup_printf (_("Roster %s week %u"), ovs_roster_week_get_crew_name (week), ovs_roster_week_get_number (week));
  gtk_print_operation_set_job_name (operation, job);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb), g_object_ref (week),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), week);
  return operation;
}

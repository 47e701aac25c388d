/* ovs-dashboard-report.c — the council report: the dashboard's figures, notes and charts on A4 pages,
 * drawn with cairo and Pango, the charts by ovs_chart_render() as in the window. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "overstap/base/ovs-date.h"
#include "overstap/base/ovs-format.h"
#include "overstap/report/ovs-chart-render.h"
#include "programme/ovs-dashboard-private.h"
#include "programme/ovs-projection-private.h"
#include "modules/ovs-cairo-private.h"

/* A4 in points, with 50-point margins. */
#define PAGE_W 595.0
#define PAGE_H 842.0
#define MARGIN 50.0
#define CHART_H 190.0

typedef struct { cairo_t *cr; double y; } Page;

gboolean
ovs_dashboard_chart_from_json (JsonObject *figure, OvsDashboardChart *chart)
{
  JsonObject *c = json_object_has_member (figure, "chart") ? json_object_get_object_member (figure, "chart") : NULL;
  JsonArray *labels, *values;

  memset (chart, 0, sizeof *chart);
  if (c == NULL)
    return FALSE;
  labels = json_object_get_array_member (c, "labels");
  values = json_object_get_array_member (c, "values");
  chart->title = g_strdup (json_object_get_string_member (c, "title"));
  chart->unit = g_strdup (json_object_get_string_member (c, "unit"));
  chart->n = json_array_get_length (labels);
  chart->labels = g_new0 (char *, chart->n + 1);
  chart->values = g_new0 (double, chart->n);
  for (guint i = 0; i < chart->n; i++)
    {
      chart->labels[i] = g_strdup (json_array_get_string_element (labels, i));
      chart->values[i] = json_array_get_double_element (values, i);
    }
  return TRUE;
}

void
ovs_dashboard_chart_clear (OvsDashboardChart *chart)
{
  g_clear_pointer (&chart->title, g_free);
  g_clear_pointer (&chart->unit, g_free);
  g_clear_pointer (&chart->labels, g_strfreev);
  g_clear_pointer (&chart->values, g_free);
}

static void
need (Page *page, double height)
{
  if (page->y + height <= PAGE_H - MARGIN)
    return;
  cairo_show_page (page->cr);
  page->y = MARGIN;
}

static void
text (Page *page, const char *markup, const char *font)
{
  PangoLayout *layout = pango_cairo_create_layout (page->cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  int w, h;

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) ((PAGE_W - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  need (page, h + 4);
  cairo_set_source_rgb (page->cr, 0.1, 0.1, 0.1);
  cairo_move_to (page->cr, MARGIN, page->y);
  pango_cairo_show_layout (page->cr, layout);
  page->y += h + 4;
  pango_font_description_free (desc);
  g_object_unref (layout);
}

static char *
value_text (JsonObject *figure, const char *member)
{
  const char *unit = json_object_get_string_member (figure, "unit");
  double value;

  if (json_object_get_null_member (figure, member))
    return g_strdup ("–");
  value = json_object_get_double_member (figure, member);
  if (g_str_equal (unit, "€"))
    return ovs_format_money ((gint64) round (value) * 100);
  {
    g_autofree char *number = ovs_format_decimal (value, fabs (value - round (value)) < 1e-9 ? 0 : 1);

    return g_strdup_printf ("%s %s", number, unit);
  }
}

static void
figure_block (Page *page, JsonObject *figure)
{
  g_autofree char *value = value_text (figure, "value");
  g_autofree char *last = value_text (figure, "last_year");
  g_autofree char *title = g_markup_escape_text (json_object_get_string_member (figure, "title"), -1);
  g_autofree char *note = g_markup_escape_text (json_object_get_string_member (figure, "note"), -1);
  g_autofree char *head = g_strdup_printf ("<b>%s: %s</b>  (%s %s)", title, value, _("last year:"), last);

  text (page, head, "Sans 11");
  text (page, note, "Sans 10");
  page->y += 6;
}

static void
chart_block (Page *page, const OvsDashboardChart *chart)
{
  OvsChartSpec spec = {
    .kind = OVS_CHART_BARS, .title = chart->title, .unit = chart->unit, .n = chart->n,
    .labels = (const char * const *) chart->labels, .values = chart->values, .digits = 0, .target = -1,
  };
  g_autofree char *title = g_markup_escape_text (chart->title, -1);
  g_autofree char *bold = g_strdup_printf ("<b>%s</b>", title);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 8");

  need (page, CHART_H + 30);
  text (page, bold, "Sans 11");
  cairo_save (page->cr);
  cairo_translate (page->cr, MARGIN, page->y);
  ovs_chart_render (page->cr, &spec, (int) (PAGE_W - 2 * MARGIN), (int) CHART_H, NULL, font);
  cairo_restore (page->cr);
  page->y += CHART_H + 16;
  pango_font_description_free (font);
}

/* The projection's headcount to 2040, when the report is this year's. */
static void
projection_chart (Page *page, OvsStore *store, int year)
{
  g_autoptr(OvsProjection) proj = ovs_projection_compute (store, year, 0, OVS_PROJECTION_OUTFLOW_ALL, NULL);
  OvsDashboardChart chart = { 0 };

  if (proj == NULL)
    return;
  chart.title = g_strdup (_("Expected employees at the end of each year"));
  chart.unit = g_strdup (_("employees"));
  chart.n = proj->n_years;
  chart.labels = g_new0 (char *, chart.n + 1);
  chart.values = g_new0 (double, chart.n);
  for (guint k = 0; k < proj->n_years; k++)
    {
      chart.labels[k] = g_strdup_printf ("’%02d", proj->years[k].year % 100);
      chart.values[k] = proj->years[k].headcount_end;
    }
  chart_block (page, &chart);
  ovs_dashboard_chart_clear (&chart);
}

static void
draw_report (cairo_t *cr, OvsStore *store, JsonObject *dash, gboolean this_year)
{
  JsonArray *figures = json_object_get_array_member (dash, "figures");
  Page page = { cr, MARGIN };
  g_autofree char *as_of = ovs_format_date (json_object_get_string_member (dash, "as_of"));
  g_autofree char *title = g_strdup_printf (_("Wsw monitor: report to the council, %d"),
                                            (int) json_object_get_int_member (dash, "year"));
  g_autofree char *stand = g_strdup_printf (_("Figures as of %s"), as_of);
  g_autofree char *bold = g_strdup_printf ("<b>%s</b>", title);

  text (&page, bold, "Sans 18");
  text (&page, stand, "Sans 10");
  page.y += 10;
  for (guint i = 0; i < json_array_get_length (figures); i++)
    figure_block (&page, json_array_get_object_element (figures, i));
  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      OvsDashboardChart chart;

      if (ovs_dashboard_chart_from_json (json_array_get_object_element (figures, i), &chart))
        chart_block (&page, &chart);
      ovs_dashboard_chart_clear (&chart);
    }
  if (this_year)
    projection_chart (&page, store, (int) json_object_get_int_member (dash, "year"));
  cairo_show_page (cr);
}

/* The file exists with mode 0600 before cairo writes into it, so nobody else can read it meanwhile. */
static gboolean
create_private (const char *path, GError **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), _("Cannot write %s: %s"), path,
                   g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return g_chmod (path, 0600) == 0 || TRUE;
}

gboolean
ovs_dashboard_write_pdf (OvsStore *store, int year, const char *path, GError **error)
{
  g_autoptr(JsonObject) dash = ovs_dashboard_compute (store, year, error);
  g_autofree char *today = ovs_date_today_iso ();
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (dash == NULL || !ovs_cairo_load (error) || !create_private (path, error))
    return FALSE;
  surface = cairo_pdf_surface_create (path, PAGE_W, PAGE_H);
  cr = cairo_create (surface);
  draw_report (cr, store, dash, json_object_get_int_member (dash, "year") == g_ascii_strtoll (today, NULL, 10));
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("Cannot write %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

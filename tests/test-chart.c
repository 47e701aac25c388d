/* test-chart.c — the monitor's chart drawing (core/report): rounded axis steps, the text alternative,
 * and drawing onto an image and a PDF surface without a display. */
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <overstap/overstap.h>

static void
test_nice_step (void)
{
  /* About four ticks of 1, 2, 2.5 or 5 × 10ⁿ. */
  g_assert_cmpfloat_with_epsilon (ovs_chart_nice_step (100, 4), 25, 1e-9);
  g_assert_cmpfloat_with_epsilon (ovs_chart_nice_step (88.7, 4), 25, 1e-9);
  g_assert_cmpfloat_with_epsilon (ovs_chart_nice_step (7.3, 4), 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (ovs_chart_nice_step (1, 4), 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (ovs_chart_nice_step (45000, 4), 20000, 1e-9);
  g_assert_cmpfloat_with_epsilon (ovs_chart_nice_step (0, 4), 1, 1e-9);
}

static const char *months[] = { "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec" };
static const double se[] = { 88.7, 88.7, 88.1, 87.9, 87.9, 86.4, 86.4, 86.4, 85.0, 85.0, 84.2, 84.2 };

static OvsChartSpec
se_spec (void)
{
  return (OvsChartSpec) { OVS_CHART_BARS, "SE per maand", "SE", 12, months, se, 1, 90, "Taakstelling 90" };
}

static void
test_describe (void)
{
  OvsChartSpec spec = se_spec ();
  g_autofree char *text = NULL;

  setlocale (LC_NUMERIC, "C");
  text = ovs_chart_describe (&spec);
  g_assert_true (g_str_has_prefix (text, "SE per maand (SE): jan 88.7; feb 88.7; mrt 88.1"));
  g_assert_true (g_str_has_suffix (text, "dec 84.2; Taakstelling 90"));
}

/* Counts the pixels that are not blank: a drawn chart has bars, an axis and text. */
static guint
inked_pixels (cairo_surface_t *surface)
{
  unsigned char *data;
  int stride, width, height;
  guint inked = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (((guint32 *) (data + y * stride))[x] != 0)
        inked++;
  return inked;
}

static void
test_draw_image (void)
{
  OvsChartSpec spec = se_spec ();
  const char *statuses[] = { "Kandidaat", "Gesprek gevoerd", "Aanbod gedaan", "Getekend", "Overgegaan",
                             "Blijft bij SW-bedrijf", "Afgezien" };
  const double counts[] = { 5, 1, 4, 4, 77, 20, 4 };
  OvsChartSpec stacked = { OVS_CHART_STACKED, "Dossiers", NULL, 7, statuses, counts, 0, -1, NULL };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cairo_t *cr = cairo_create (surface);
  int narrow, wide;

  ovs_chart_render (cr, &spec, 400, 200, NULL, NULL);
  g_assert_cmpuint (inked_pixels (surface), >, 400 * 200 / 10);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* The legend wraps into more rows on a narrower card, and the height follows, so nothing is cut off. */
  narrow = ovs_chart_stacked_height (&stacked, 240, NULL);
  wide = ovs_chart_stacked_height (&stacked, 900, NULL);
  g_assert_cmpint (narrow, >, wide);
  g_assert_cmpint (narrow, >=, 28 + 10 + 22 * 4);
}

static void
test_draw_pdf (void)
{
  OvsChartSpec spec = se_spec ();
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "overstap-test-chart.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *bytes = NULL;
  gsize length;

  ovs_chart_render (cr, &spec, 500, 240, NULL, NULL);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_true (g_str_has_prefix (bytes, "%PDF"));
  g_assert_cmpuint (length, >, 1000);
  g_unlink (path);
}

/* A few categories that do not fit under their bars are each shortened, not thinned out: both
 * scenarios of a narrow window keep a label (the second one was left out). Read back with pdftotext,
 * which gives the whole text of a shortened label (cairo keeps it with the glyphs). */
static void
test_few_labels_kept (void)
{
  static const char *names[] = { "Alles naar de stichting", "Convenanten met Wezo en Larcom" };
  static const double costs[] = { 8203, 4409 };
  OvsChartSpec spec = { OVS_CHART_BARS, "Kosten", "× € 1.000", 2, names, costs, 0, -1, NULL };
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "overstap-test-chart-labels.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  cairo_surface_t *surface;
  cairo_t *cr;
  int status = 0;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  surface = cairo_pdf_surface_create (path, 300, 200);
  cr = cairo_create (surface);
  ovs_chart_render (cr, &spec, 150, 200, NULL, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { pdftotext, path, "-", NULL }, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &text, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (text, "Alles"));
  g_assert_nonnull (strstr (text, "Conven"));
  g_unlink (path);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ovs_init ();
  g_test_add_func ("/chart/nice-step", test_nice_step);
  g_test_add_func ("/chart/describe", test_describe);
  g_test_add_func ("/chart/draw-image", test_draw_image);
  g_test_add_func ("/chart/draw-pdf", test_draw_pdf);
  g_test_add_func ("/chart/few-labels-kept", test_few_labels_kept);
  return g_test_run ();
}

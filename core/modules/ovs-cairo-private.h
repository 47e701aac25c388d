/* ovs-cairo-private.h — the functions of cairo and Pango, which draw the charts and the PDF council
 * report, as core calls them: through the module libovs-cairo.so (see ovs-module-private.h). Only
 * core/report/ovs-chart-render.c and core/programme/ovs-dashboard-report.c include it, in place of
 * the library's own headers: it includes them for the types, then defines each function's name as a
 * call through the loaded table, so the calling code reads as plain library code. Call
 * ovs_cairo_load() before the first call. */
#pragma once

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "modules/ovs-module-private.h"

G_BEGIN_DECLS

#define OVS_CAIRO_FUNCTIONS(F) \
  F (cairo_create) \
  F (cairo_destroy) \
  F (cairo_fill) \
  F (cairo_image_surface_create) \
  F (cairo_line_to) \
  F (cairo_move_to) \
  F (cairo_pdf_surface_create) \
  F (cairo_rectangle) \
  F (cairo_restore) \
  F (cairo_save) \
  F (cairo_set_dash) \
  F (cairo_set_line_width) \
  F (cairo_set_source_rgb) \
  F (cairo_set_source_rgba) \
  F (cairo_show_page) \
  F (cairo_status_to_string) \
  F (cairo_stroke) \
  F (cairo_surface_destroy) \
  F (cairo_surface_finish) \
  F (cairo_surface_status) \
  F (cairo_translate) \
  F (pango_attr_list_insert) \
  F (pango_attr_list_new) \
  F (pango_attr_list_unref) \
  F (pango_attr_scale_new) \
  F (pango_cairo_create_layout) \
  F (pango_cairo_show_layout) \
  F (pango_font_description_free) \
  F (pango_font_description_from_string) \
  F (pango_layout_get_pixel_size) \
  F (pango_layout_set_attributes) \
  F (pango_layout_set_ellipsize) \
  F (pango_layout_set_font_description) \
  F (pango_layout_set_markup) \
  F (pango_layout_set_text) \
  F (pango_layout_set_width) \
  F (pango_layout_set_wrap)

typedef struct
{
  OvsModuleApi base;
  OVS_CAIRO_FUNCTIONS (OVS_MODULE_MEMBER)
} OvsCairoApi;

extern const OvsCairoApi *ovs_cairo;

/* Loads libovs-cairo.so the first time; FALSE with an error saying why it cannot be loaded. */
gboolean ovs_cairo_load (GError **error);

#ifndef OVS_MODULE_BUILD
#define cairo_create                       (ovs_cairo->cairo_create)
#define cairo_destroy                      (ovs_cairo->cairo_destroy)
#define cairo_fill                         (ovs_cairo->cairo_fill)
#define cairo_image_surface_create         (ovs_cairo->cairo_image_surface_create)
#define cairo_line_to                      (ovs_cairo->cairo_line_to)
#define cairo_move_to                      (ovs_cairo->cairo_move_to)
#define cairo_pdf_surface_create           (ovs_cairo->cairo_pdf_surface_create)
#define cairo_rectangle                    (ovs_cairo->cairo_rectangle)
#define cairo_restore                      (ovs_cairo->cairo_restore)
#define cairo_save                         (ovs_cairo->cairo_save)
#define cairo_set_dash                     (ovs_cairo->cairo_set_dash)
#define cairo_set_line_width               (ovs_cairo->cairo_set_line_width)
#define cairo_set_source_rgb               (ovs_cairo->cairo_set_source_rgb)
#define cairo_set_source_rgba              (ovs_cairo->cairo_set_source_rgba)
#define cairo_show_page                    (ovs_cairo->cairo_show_page)
#define cairo_status_to_string             (ovs_cairo->cairo_status_to_string)
#define cairo_stroke                       (ovs_cairo->cairo_stroke)
#define cairo_surface_destroy              (ovs_cairo->cairo_surface_destroy)
#define cairo_surface_finish               (ovs_cairo->cairo_surface_finish)
#define cairo_surface_status               (ovs_cairo->cairo_surface_status)
#define cairo_translate                    (ovs_cairo->cairo_translate)
#define pango_attr_list_insert             (ovs_cairo->pango_attr_list_insert)
#define pango_attr_list_new                (ovs_cairo->pango_attr_list_new)
#define pango_attr_list_unref              (ovs_cairo->pango_attr_list_unref)
#define pango_attr_scale_new               (ovs_cairo->pango_attr_scale_new)
#define pango_cairo_create_layout          (ovs_cairo->pango_cairo_create_layout)
#define pango_cairo_show_layout            (ovs_cairo->pango_cairo_show_layout)
#define pango_font_description_free        (ovs_cairo->pango_font_description_free)
#define pango_font_description_from_string (ovs_cairo->pango_font_description_from_string)
#define pango_layout_get_pixel_size        (ovs_cairo->pango_layout_get_pixel_size)
#define pango_layout_set_attributes        (ovs_cairo->pango_layout_set_attributes)
#define pango_layout_set_ellipsize         (ovs_cairo->pango_layout_set_ellipsize)
#define pango_layout_set_font_description  (ovs_cairo->pango_layout_set_font_description)
#define pango_layout_set_markup            (ovs_cairo->pango_layout_set_markup)
#define pango_layout_set_text              (ovs_cairo->pango_layout_set_text)
#define pango_layout_set_width             (ovs_cairo->pango_layout_set_width)
#define pango_layout_set_wrap              (ovs_cairo->pango_layout_set_wrap)
#endif

G_END_DECLS

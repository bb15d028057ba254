/* SPDX-License-Identifier: GPL-3.0-or-later */
/* chart-gallery.c: draws every kind of chart with demo numbers to PNG files, to look at.
 *
 * Usage: chart-gallery OUTPUT-DIR SUFFIX [--chinese] [--dark] [--focus] [WIDTHxHEIGHT]
 * --focus rings the middle point of each chart as the screen's keyboard focus does. The
 * labels the renderer makes (dates, money on the axes) follow the translation in effect
 * (LANGUAGE and HALLKEEPER_LOCALEDIR); --chinese picks Chinese names and titles.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "chart-test-util.h"
#include "reports/hk-chart-layout.h"

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("HALLKEEPER_LOCALEDIR");
  gboolean chinese = FALSE;
  gboolean dark = FALSE;
  gboolean focus = FALSE;
  int width = 640;
  int height = 360;
  HkChartStyle style;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 3)
    {
      g_printerr ("usage: %s OUTPUT-DIR SUFFIX [--chinese] [--dark] [--focus] [WIDTHxHEIGHT]\n",
                  argv[0]);
      return 2;
    }

  for (int i = 3; i < argc; i++)
    {
      if (strcmp (argv[i], "--chinese") == 0)
        chinese = TRUE;
      else if (strcmp (argv[i], "--dark") == 0)
        dark = TRUE;
      else if (strcmp (argv[i], "--focus") == 0)
        focus = TRUE;
      else if (sscanf (argv[i], "%dx%d", &width, &height) != 2)
        {
          g_printerr ("%s: unknown argument %s\n", argv[0], argv[i]);
          return 2;
        }
    }

  if (dark)
    hk_chart_style_init_dark (&style);
  else
    hk_chart_style_init_light (&style);

  g_mkdir_with_parents (argv[1], 0755);

  for (ChartDemo demo = 0; demo < CHART_N_DEMOS; demo++)
    {
      g_autoptr(HkChart) chart = chart_test_demo (demo, chinese);
      g_autofree char *file = g_strdup_printf ("chart-%s-%s.png", chart_test_demo_name (demo),
                                               argv[2]);
      g_autofree char *path = g_build_filename (argv[1], file, NULL);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_t *cr = cairo_create (surface);

      g_autoptr(HkChartLayout) layout = hk_chart_layout_new (chart, cr, width, height, &style);
      guint middle = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (chart))
                     / 2;

      hk_chart_layout_draw (layout, cr, &style);
      if (focus)
        hk_chart_layout_draw_highlight (layout, cr, &style, &style.accent,
                                        hk_chart_get_n_series (chart) > 1 ? 1 : 0, middle);
      cairo_destroy (cr);
      if (cairo_surface_write_to_png (surface, path) != CAIRO_STATUS_SUCCESS)
        {
          g_printerr ("cannot write %s\n", path);
          return 1;
        }
      cairo_surface_destroy (surface);
      g_print ("%s\n", path);
    }

  return 0;
}

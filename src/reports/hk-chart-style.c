/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-style.c: the default light and dark chart styles, for files and tests.
 *
 * The colours are the GNOME palette that libadwaita names (blue_3, orange_4, …), so a chart in
 * a PDF looks like the same chart on the screen in the default theme.
 */

#include "config.h"

#include "hk-chart-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0, 1.0 }

#define DEFAULT_FONT_SIZE 11.0

/**
 * hk_chart_style_init_light:
 * @style: the style to fill
 *
 * Fills @style with dark text on white and the light palette: blue, orange, green, purple,
 * brown and grey, each dark enough to read against white.
 */
void
hk_chart_style_init_light (HkChartStyle *style)
{
  static const HkChartStyle light = {
    .foreground = { 0.0, 0.0, 0.0, 0.8 },
    .background = RGB (0xffffff),
    .grid = { 0.0, 0.0, 0.0, 0.12 },
    .accent = RGB (0x1c71d8),
    .palette = {
      RGB (0x3584e4),  /* blue_3 */
      RGB (0xe66100),  /* orange_4 */
      RGB (0x26a269),  /* green_5 */
      RGB (0x9141ac),  /* purple_3 */
      RGB (0x986a44),  /* brown_3 */
      RGB (0x5e5c64),  /* dark_2 */
    },
    .font_family = NULL,
    .font_size = DEFAULT_FONT_SIZE,
  };

  g_return_if_fail (style != NULL);

  *style = light;
}

/**
 * hk_chart_style_init_dark:
 * @style: the style to fill
 *
 * Fills @style with white text on libadwaita's dark view colour and the lighter palette.
 */
void
hk_chart_style_init_dark (HkChartStyle *style)
{
  static const HkChartStyle dark = {
    .foreground = { 1.0, 1.0, 1.0, 1.0 },
    .background = RGB (0x1e1e1e),
    .grid = { 1.0, 1.0, 1.0, 0.15 },
    .accent = RGB (0x78aeed),
    .palette = {
      RGB (0x62a0ea),  /* blue_2 */
      RGB (0xffa348),  /* orange_2 */
      RGB (0x33d17a),  /* green_3 */
      RGB (0xdc8add),  /* purple_1 */
      RGB (0xcdab8f),  /* brown_1 */
      RGB (0xc0bfbc),  /* light_4 */
    },
    .font_family = NULL,
    .font_size = DEFAULT_FONT_SIZE,
  };

  g_return_if_fail (style != NULL);

  *style = dark;
}

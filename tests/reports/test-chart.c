/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-chart.c: the chart model and its one renderer: ticks, labels, pixels, hit tests, files. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "chart-test-util.h"
#include "export-test-util.h"
#include "reports/hk-chart-export.h"
#include "reports/hk-chart-layout.h"

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hk-chart-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

/* Ticks: covering, round, few enough. */

static void
assert_ticks (HkChartUnit unit,
              double      low,
              double      high,
              guint       max_ticks,
              double      min,
              double      max,
              double      step)
{
  HkChartTicks ticks;

  hk_chart_nice_ticks (unit, low, high, max_ticks, &ticks);
  g_test_message ("%g … %g in %u: %g … %g by %g (%u)", low, high, max_ticks, ticks.min,
                  ticks.max, ticks.step, ticks.n_ticks);
  g_assert_cmpfloat_with_epsilon (ticks.min, min, 1e-9);
  g_assert_cmpfloat_with_epsilon (ticks.max, max, 1e-9);
  g_assert_cmpfloat_with_epsilon (ticks.step, step, 1e-9);
  g_assert_cmpuint (ticks.n_ticks, ==, (guint) llround ((max - min) / step) + 1);
}

static void
test_ticks_ranges (void)
{
  /* 0–7 things: by 2 in six ticks, by 1 when ten may be. */
  assert_ticks (HK_CHART_UNIT_COUNT, 0, 7, 6, 0, 8, 2);
  assert_ticks (HK_CHART_UNIT_COUNT, 0, 7, 10, 0, 7, 1);

  /* 0–1,234,567 fen (¥12,345.67): by ¥5,000, or ¥2,000 when eight ticks may be. */
  assert_ticks (HK_CHART_UNIT_MONEY, 0, 1234567, 6, 0, 1500000, 500000);
  assert_ticks (HK_CHART_UNIT_MONEY, 0, 1234567, 8, 0, 1400000, 200000);

  /* Money never steps below a whole yuan, counts below one. */
  assert_ticks (HK_CHART_UNIT_MONEY, 0, 250, 6, 0, 300, 100);
  assert_ticks (HK_CHART_UNIT_COUNT, 0, 2, 8, 0, 2, 1);

  /* Negative values: the ticks reach below them. */
  assert_ticks (HK_CHART_UNIT_COUNT, -300, 1200, 6, -500, 1500, 500);
  assert_ticks (HK_CHART_UNIT_MONEY, -456789, 0, 6, -500000, 0, 100000);

  /* A single value reaches to zero, from above or below. */
  assert_ticks (HK_CHART_UNIT_COUNT, 500, 500, 6, 0, 500, 100);
  assert_ticks (HK_CHART_UNIT_COUNT, -3, -3, 6, -3, 0, 1);

  /* All zeros: one step of the unit; a rate gets 0–100 %. */
  assert_ticks (HK_CHART_UNIT_COUNT, 0, 0, 6, 0, 1, 1);
  assert_ticks (HK_CHART_UNIT_MONEY, 0, 0, 6, 0, 100, 100);
  assert_ticks (HK_CHART_UNIT_RATIO, 0, 0, 6, 0, 1, 0.2);

  /* Rates. */
  assert_ticks (HK_CHART_UNIT_RATIO, 0, 0.953, 6, 0, 1, 0.2);
  assert_ticks (HK_CHART_UNIT_RATIO, 0.9, 0.953, 6, 0.9, 0.96, 0.02);

  /* Reversed and infinite input does not break it. */
  assert_ticks (HK_CHART_UNIT_COUNT, 7, 0, 6, 0, 8, 2);
  assert_ticks (HK_CHART_UNIT_COUNT, -INFINITY, NAN, 6, 0, 1, 1);
}

/* Every range: the ticks cover it, are at most max, and step by 1, 2 or 5 × 10^k. */
static void
test_ticks_properties (void)
{
  GRand *rand = g_rand_new_with_seed (20261021);

  for (guint i = 0; i < 5000; i++)
    {
      HkChartUnit unit = g_rand_int_range (rand, 0, 3);
      double scale = pow (10.0, g_rand_int_range (rand, 0, 10));
      double a = g_rand_double_range (rand, -1.0, 1.0) * scale;
      double b = g_rand_double_range (rand, -0.2, 1.0) * scale;
      guint max_ticks = g_rand_int_range (rand, 2, 11);
      HkChartTicks ticks;
      double mantissa;

      if (unit == HK_CHART_UNIT_RATIO)
        {
          a /= scale;
          b /= scale;
        }

      hk_chart_nice_ticks (unit, a, b, max_ticks, &ticks);
      if (ticks.min > MIN (a, b) + 1e-9 * scale || ticks.max < MAX (a, b) - 1e-9 * scale)
        g_test_message ("unit %d, %g … %g in %u: %g … %g by %g", unit, a, b, max_ticks,
                        ticks.min, ticks.max, ticks.step);

      g_assert_cmpfloat (ticks.min, <=, MIN (a, b) + 1e-9 * scale);
      g_assert_cmpfloat (ticks.max, >=, MAX (a, b) - 1e-9 * scale);
      /* Around zero there are at least three: below, zero, above. */
      g_assert_cmpuint (ticks.n_ticks, <=, MIN (a, b) < 0 && MAX (a, b) > 0 ?
                                           MAX (max_ticks, 3) : max_ticks);
      g_assert_cmpuint (ticks.n_ticks, >=, 2);
      g_assert_cmpfloat_with_epsilon (ticks.min + ticks.step * (ticks.n_ticks - 1), ticks.max,
                                      ticks.step * 1e-6);
      mantissa = ticks.step / pow (10.0, floor (log10 (ticks.step) + 1e-9));
      g_assert_true (fabs (mantissa - 1) < 1e-6 || fabs (mantissa - 2) < 1e-6 ||
                     fabs (mantissa - 5) < 1e-6);
      if (unit == HK_CHART_UNIT_MONEY)
        g_assert_cmpfloat (ticks.step, >=, 100.0);
      if (unit == HK_CHART_UNIT_COUNT)
        g_assert_cmpfloat (ticks.step, >=, 1.0);
    }

  g_rand_free (rand);
}

static void
assert_tick_labels (HkChartValueAxis   *axis,
                    double              low,
                    double              high,
                    guint               max_ticks,
                    const char * const *expected)
{
  HkChartTicks ticks;
  g_auto(GStrv) labels = NULL;

  hk_chart_value_axis_compute_ticks (axis, low, high, max_ticks, &ticks);
  labels = hk_chart_value_axis_format_ticks (axis, &ticks);
  if (!g_strv_equal ((const char * const *) labels, expected))
    {
      g_autofree char *joined = g_strjoinv (" ", labels);

      g_test_message ("%g … %g: %s", low, high, joined);
    }
  g_assert_cmpstrv (labels, expected);
}

static void
test_money_labels (void)
{
  g_autoptr(HkChartValueAxis) axis = hk_chart_value_axis_new (HK_CHART_UNIT_MONEY);
  HkChartTicks ticks = { .min = 1000000, .max = 1002000, .step = 1000, .n_ticks = 3 };
  g_auto(GStrv) labels = NULL;
  g_autofree char *thousands = NULL;
  g_autofree char *wan = NULL;
  g_autofree char *exact = NULL;

  hk_chart_value_axis_set_money_style (axis, HK_CHART_MONEY_STYLE_THOUSANDS);
  assert_tick_labels (axis, 0, 1234567, 6,
                      (const char *[]) { "¥0", "¥5k", "¥10k", "¥15k", NULL });
  assert_tick_labels (axis, 0, 123456789, 6,
                      (const char *[]) { "¥0", "¥500k", "¥1M", "¥1.5M", NULL });
  assert_tick_labels (axis, -250000, 250000, 6,
                      (const char *[]) { "-¥4k", "-¥2k", "¥0", "¥2k", "¥4k", NULL });
  thousands = hk_chart_value_axis_format_short (axis, 12345678);
  g_assert_cmpstr (thousands, ==, "¥123.5k");

  hk_chart_value_axis_set_money_style (axis, HK_CHART_MONEY_STYLE_WAN);
  assert_tick_labels (axis, 0, 1234567, 6,
                      (const char *[]) { "¥0", "¥5,000", "¥1万", "¥1.5万", NULL });
  assert_tick_labels (axis, 0, 123456789, 6,
                      (const char *[]) { "¥0", "¥50万", "¥100万", "¥150万", NULL });
  assert_tick_labels (axis, 0, 25000000000, 6,
                      (const char *[]) { "¥0", "¥5,000万", "¥1亿", "¥1.5亿", "¥2亿", "¥2.5亿",
                                         NULL });
  wan = hk_chart_value_axis_format_short (axis, 12345678);
  g_assert_cmpstr (wan, ==, "¥12.3万");

  /* Short labels that would read alike become exact, all of them. */
  labels = hk_chart_value_axis_format_ticks (axis, &ticks);
  g_assert_cmpstrv (labels, ((const char *[]) { "¥10,000.00", "¥10,010.00", "¥10,020.00",
                                                NULL }));

  /* The exact value is the same in both. */
  exact = hk_chart_value_axis_format_value (axis, 123450);
  g_assert_cmpstr (exact, ==, "¥1,234.50");
}

static void
test_other_labels (void)
{
  g_autoptr(HkChartValueAxis) counts = hk_chart_value_axis_new (HK_CHART_UNIT_COUNT);
  g_autoptr(HkChartValueAxis) rates = hk_chart_value_axis_new (HK_CHART_UNIT_RATIO);
  g_autofree char *short_rate = NULL;
  g_autofree char *exact_rate = NULL;

  assert_tick_labels (counts, 0, 7, 6, (const char *[]) { "0", "2", "4", "6", "8", NULL });
  assert_tick_labels (rates, 0, 0.953, 6,
                      (const char *[]) { "0 %", "20 %", "40 %", "60 %", "80 %", "100 %",
                                         NULL });
  assert_tick_labels (rates, 0.95, 0.953, 6,
                      (const char *[]) { "95.0 %", "95.1 %", "95.2 %", "95.3 %", NULL });

  short_rate = hk_chart_value_axis_format_short (rates, 0.953);
  exact_rate = hk_chart_value_axis_format_value (rates, 0.95);
  g_assert_cmpstr (short_rate, ==, "95.3 %");
  g_assert_cmpstr (exact_rate, ==, "95.0 %");

  /* A fixed range wins over the data. */
  hk_chart_value_axis_set_range (rates, 0.8, 1.0);
  assert_tick_labels (rates, 0, 0.2, 6,
                      (const char *[]) { "80 %", "85 %", "90 %", "95 %", "100 %", NULL });
}

/* Writes a message catalogue with the chart's Chinese strings into dir. */
static gboolean
write_chinese_catalogue (const char *dir)
{
  static const char po[] =
    "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
    "msgctxt \"chart axis money units\"\nmsgid \"k/M\"\nmsgstr \"万/亿\"\n\n"
    "msgctxt \"chart day\"\nmsgid \"%-d %b\"\nmsgstr \"%-m月%-d日\"\n\n"
    "msgctxt \"chart month\"\nmsgid \"%b %Y\"\nmsgstr \"%Y年%-m月\"\n\n"
    "msgctxt \"chart month without year\"\nmsgid \"%b\"\nmsgstr \"%-m月\"\n\n"
    "msgctxt \"chart point\"\nmsgid \"%s, %s: %s\"\nmsgstr \"%s，%s：%s\"\n";
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autofree char *po_path = g_build_filename (dir, "zh_CN.po", NULL);
  g_autofree char *mo_dir = g_build_filename (dir, "zh_CN", "LC_MESSAGES", NULL);
  g_autofree char *mo_path = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { msgfmt, "-o", mo_path, po_path, NULL };
  int status;

  if (msgfmt == NULL)
    return FALSE;

  g_assert_true (g_file_set_contents (po_path, po, -1, NULL));
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
  out = export_test_run (argv, &status);
  g_assert_cmpint (status, ==, 0);

  return TRUE;
}

/* The money style and the date labels follow the translation in effect. */
static void
test_translation (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(HkChart) chart = NULL;
  g_autoptr(HkChartSeries) series = hk_chart_series_new ("收入");
  HkChartCategoryAxis *categories;
  HkChartValueAxis *values;
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *english_day = NULL;
  g_autofree char *english_money = NULL;
  g_autofree char *chinese_day = NULL;
  g_autofree char *chinese_month = NULL;
  g_autofree char *chinese_money = NULL;
  g_autofree char *chinese_point = NULL;

  if (!write_chinese_catalogue (dir))
    {
      g_test_skip ("msgfmt is not installed (gettext)");
      export_test_remove_dir (dir);
      return;
    }

  /* LANGUAGE is honoured in any locale but C; C.UTF-8 is built into glibc. */
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    {
      g_test_skip ("the C.UTF-8 locale is missing");
      export_test_remove_dir (dir);
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  chart = hk_chart_new (HK_CHART_BARS, "收入", HK_CHART_UNIT_MONEY);
  categories = hk_chart_get_category_axis (chart);
  values = hk_chart_get_value_axis (chart);
  hk_chart_category_axis_append_date (categories, "2026-10-21");
  hk_chart_series_append (series, 123450);
  hk_chart_add_series (chart, series);

  g_setenv ("LANGUAGE", "C", TRUE);
  g_assert_cmpint (hk_chart_money_style_for_locale (), ==, HK_CHART_MONEY_STYLE_THOUSANDS);
  g_assert_cmpint (hk_chart_value_axis_get_money_style (values), ==,
                   HK_CHART_MONEY_STYLE_THOUSANDS);
  english_money = hk_chart_value_axis_format_short (values, 12345678);
  english_day = hk_chart_category_axis_get_label (categories, 0);
  g_assert_cmpstr (english_money, ==, "¥123.5k");
  g_assert_cmpstr (english_day, ==, "21 Oct");

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_assert_cmpint (hk_chart_money_style_for_locale (), ==, HK_CHART_MONEY_STYLE_WAN);
  chinese_money = hk_chart_value_axis_format_short (values, 12345678);
  chinese_day = hk_chart_category_axis_get_label (categories, 0);
  chinese_point = hk_chart_describe_point (chart, 0, 0);
  g_assert_cmpstr (chinese_money, ==, "¥12.3万");
  g_assert_cmpstr (chinese_day, ==, "10月21日");
  g_assert_cmpstr (chinese_point, ==, "收入，10月21日：¥1,234.50");

  {
    g_autoptr(HkChartCategoryAxis) months = hk_chart_category_axis_new ();

    hk_chart_category_axis_append_date (months, "2025-12");
    hk_chart_category_axis_append_date (months, "2026-01");
    chinese_month = hk_chart_category_axis_get_tick_label (months, 1, 0);
    g_assert_cmpstr (chinese_month, ==, "2026年1月");
  }

  g_setenv ("LANGUAGE", "C", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  setlocale (LC_ALL, old_locale);
  export_test_remove_dir (dir);
}

static void
test_categories (void)
{
  g_autoptr(HkChartCategoryAxis) days = hk_chart_category_axis_new ();
  g_autoptr(HkChartCategoryAxis) months = hk_chart_category_axis_new ();
  g_autoptr(HkChartCategoryAxis) names = hk_chart_category_axis_new ();
  const char *month_ticks[] = { "Oct 2025", "Nov", "Dec", "Jan 2026", "Feb", NULL };
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (hk_chart_category_axis_append_date (days, "2026-10-01"), ==, 0);
  g_assert_cmpuint (hk_chart_category_axis_append_date (days, "2026-10-02"), ==, 1);
  g_assert_cmpint (hk_chart_category_axis_get_kind (days), ==, HK_CHART_CATEGORY_DAYS);
  g_assert_cmpuint (hk_chart_category_axis_round_step (days, 0), ==, 1);
  g_assert_cmpuint (hk_chart_category_axis_round_step (days, 3), ==, 5);
  g_assert_cmpuint (hk_chart_category_axis_round_step (days, 6), ==, 7);
  g_assert_cmpuint (hk_chart_category_axis_round_step (days, 40), ==, 56);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *month = g_strdup_printf ("%04u-%02u", i < 3 ? 2025 : 2026,
                                                (9 + i) % 12 + 1);

      g_assert_cmpuint (hk_chart_category_axis_append_date (months, month), ==, i);
    }
  g_assert_cmpint (hk_chart_category_axis_get_kind (months), ==, HK_CHART_CATEGORY_MONTHS);
  for (guint i = 0; i < 5; i++)
    g_ptr_array_add (labels, hk_chart_category_axis_get_tick_label (months, i,
                                                                    i == 0 ? G_MAXUINT : i - 1));
  g_ptr_array_add (labels, NULL);
  g_assert_cmpstrv ((char **) labels->pdata, month_ticks);
  g_assert_cmpuint (hk_chart_category_axis_round_step (months, 5), ==, 6);
  g_assert_cmpuint (hk_chart_category_axis_round_step (months, 13), ==, 24);

  g_assert_cmpuint (hk_chart_category_axis_append_name (names, "Cash"), ==, 0);
  g_assert_cmpuint (hk_chart_category_axis_round_step (names, 3), ==, 3);

  /* Not a date, and not the axis' kind: refused. */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*category.date != NULL*");
  g_assert_cmpuint (hk_chart_category_axis_append_date (days, "2026-13-01"), ==, G_MAXUINT);
  g_test_assert_expected_messages ();
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*should not be reached*");
  g_assert_cmpuint (hk_chart_category_axis_append_date (days, "2026-10"), ==, G_MAXUINT);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (hk_chart_category_axis_get_n_categories (days), ==, 2);
}

/* Pixels. */

typedef struct
{
  cairo_surface_t *surface;
  HkChartLayout   *layout;
  int              width;
  int              height;
} Rendered;

static void
rendered_clear (Rendered *rendered)
{
  g_clear_pointer (&rendered->layout, hk_chart_layout_free);
  g_clear_pointer (&rendered->surface, cairo_surface_destroy);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Rendered, rendered_clear)

/* Draws chart in the light style on a transparent image: only what is drawn has alpha. */
static void
render (HkChart  *chart,
        int       width,
        int       height,
        Rendered *rendered)
{
  HkChartStyle style;
  cairo_t *cr;

  hk_chart_style_init_light (&style);
  style.background.alpha = 0.0;

  rendered->width = width;
  rendered->height = height;
  rendered->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (rendered->surface);
  rendered->layout = hk_chart_layout_new (chart, cr, width, height, &style);
  hk_chart_layout_draw (rendered->layout, cr, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (rendered->surface);
}

static guint32
get_pixel (Rendered *rendered,
           int       x,
           int       y)
{
  unsigned char *data = cairo_image_surface_get_data (rendered->surface);
  int stride = cairo_image_surface_get_stride (rendered->surface);

  return *(guint32 *) (data + y * stride + x * 4);
}

/* An opaque pixel of the colour, give or take a little. */
static gboolean
is_color (guint32             pixel,
          const HkChartColor *color)
{
  int a = pixel >> 24;
  int r = (pixel >> 16) & 0xff;
  int g = (pixel >> 8) & 0xff;
  int b = pixel & 0xff;

  return a == 255 && abs (r - (int) lround (color->red * 255)) <= 3 &&
         abs (g - (int) lround (color->green * 255)) <= 3 &&
         abs (b - (int) lround (color->blue * 255)) <= 3;
}

/* The run of the colour in a column, from its first pixel to its last. */
static int
measure_column (Rendered           *rendered,
                int                 x,
                const HkChartColor *color,
                int                *top,
                int                *bottom)
{
  int count = 0;

  *top = -1;
  *bottom = -1;
  for (int y = 0; y < rendered->height; y++)
    if (is_color (get_pixel (rendered, x, y), color))
      {
        if (*top < 0)
          *top = y;
        *bottom = y;
        count++;
      }

  return count;
}

static gboolean
in_rect (const cairo_rectangle_t *rect,
         double                   grow,
         int                      x,
         int                      y)
{
  return x + 0.5 >= rect->x - grow && x + 0.5 <= rect->x + rect->width + grow &&
         y + 0.5 >= rect->y - grow && y + 0.5 <= rect->y + rect->height + grow;
}

/* Bars are as high as their values: measured on the pixels, one bar against another. */
static void
test_bar_heights (void)
{
  static const double values[] = { 1000, 2500, 4000, 0, 3200, 777 };
  g_autoptr(HkChart) chart = hk_chart_new (HK_CHART_BARS, "Receipts", HK_CHART_UNIT_COUNT);
  g_autoptr(HkChartSeries) series = hk_chart_series_new ("Receipts");
  g_auto(Rendered) rendered = { 0 };
  HkChartStyle style;
  int heights[G_N_ELEMENTS (values)];
  int feet[G_N_ELEMENTS (values)];
  double per_unit;

  hk_chart_style_init_light (&style);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *name = g_strdup_printf ("Clerk %u", i + 1);

      hk_chart_category_axis_append_name (hk_chart_get_category_axis (chart), name);
      hk_chart_series_append (series, values[i]);
    }
  hk_chart_add_series (chart, series);

  render (chart, 480, 320, &rendered);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      cairo_rectangle_t area;
      int top;

      g_assert_true (hk_chart_layout_get_point_area (rendered.layout, 0, i, &area));
      heights[i] = measure_column (&rendered, (int) (area.x + area.width / 2),
                                   &style.palette[0], &top, &feet[i]);
      g_test_message ("bar %u: value %g, %d px high, foot at %d", i, values[i], heights[i],
                      feet[i]);

      /* The pixels are where the layout says the bar is. */
      if (values[i] > 0)
        {
          g_assert_cmpint (abs (top - (int) area.y), <=, 1);
          g_assert_cmpint (abs (heights[i] - (int) area.height), <=, 1);
        }
    }

  /* The highest bar is tall; every bar is its value's share of it; the empty one is flat. */
  g_assert_cmpint (heights[2], >, 150);
  per_unit = heights[2] / values[2];
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_assert_cmpfloat (fabs (heights[i] - values[i] * per_unit), <=, 1.5);
      if (values[i] > 0)
        g_assert_cmpint (feet[i], ==, feet[2]);
    }
  g_assert_cmpint (heights[3], ==, 0);
}

/* The same, lying down: bar lengths along rows. */
static void
test_horizontal_bar_lengths (void)
{
  g_autoptr(HkChart) chart = chart_test_demo (CHART_DEMO_CLERKS, FALSE);
  HkChartSeries *series = hk_chart_get_series (chart, 0);
  g_auto(Rendered) rendered = { 0 };
  HkChartStyle style;
  double per_fen = 0.0;

  hk_chart_style_init_light (&style);
  render (chart, 560, 300, &rendered);

  for (guint i = 0; i < hk_chart_series_get_n_values (series); i++)
    {
      cairo_rectangle_t area;
      int y;
      int length = 0;

      g_assert_true (hk_chart_layout_get_point_area (rendered.layout, 0, i, &area));
      y = (int) (area.y + area.height / 2);
      for (int x = 0; x < rendered.width; x++)
        if (is_color (get_pixel (&rendered, x, y), &style.palette[0]))
          length++;

      if (i == 0)
        per_fen = length / hk_chart_series_get_value (series, 0);
      g_assert_cmpfloat (fabs (length - hk_chart_series_get_value (series, i) * per_fen), <=,
                         1.5);
    }
  g_assert_cmpfloat (per_fen, >, 0.0);
}

/* Values on both sides of zero, lying down. */
static HkChart *
make_negative (HkChartKind kind)
{
  static const double fen[] = { 1234500, -456700, 89000, -1200000, 640000 };
  HkChart *chart = hk_chart_new (kind, "Cash differences", HK_CHART_UNIT_MONEY);
  g_autoptr(HkChartSeries) series = hk_chart_series_new ("Difference");

  for (guint i = 0; i < G_N_ELEMENTS (fen); i++)
    {
      g_autofree char *name = g_strdup_printf ("Clerk %u", i + 1);

      hk_chart_category_axis_append_name (hk_chart_get_category_axis (chart), name);
      hk_chart_series_append (series, fen[i]);
    }
  hk_chart_add_series (chart, series);

  return chart;
}

/* Nothing is drawn outside the chart's areas, and a single series' bars stay in the plot. */
static void
test_inside_areas (void)
{
  HkChartStyle style;

  hk_chart_style_init_light (&style);

  for (guint demo = 0; demo <= CHART_N_DEMOS; demo++)
    for (int chinese = 0; chinese < 2; chinese++)
      {
        g_autoptr(HkChart) chart = demo == CHART_N_DEMOS ?
                                   make_negative (HK_CHART_HORIZONTAL_BARS) :
                                   chart_test_demo (demo, chinese);
        g_auto(Rendered) rendered = { 0 };
        cairo_rectangle_t areas[HK_CHART_N_AREAS];
        gboolean one_series = hk_chart_get_n_series (chart) == 1 &&
                              hk_chart_get_kind (chart) != HK_CHART_DONUT;
        guint drawn = 0;

        render (chart, 420, 260, &rendered);
        for (HkChartArea area = 0; area < HK_CHART_N_AREAS; area++)
          hk_chart_layout_get_area (rendered.layout, area, &areas[area]);

        for (int y = 0; y < rendered.height; y++)
          for (int x = 0; x < rendered.width; x++)
            {
              guint32 pixel = get_pixel (&rendered, x, y);
              gboolean inside = FALSE;

              if ((pixel >> 24) == 0)
                continue;

              drawn++;
              for (HkChartArea area = 0; area < HK_CHART_N_AREAS; area++)
                inside = inside || in_rect (&areas[area], 1.5, x, y);
              if (!inside)
                g_error ("%s: pixel %08x at %d, %d is outside every area",
                         hk_chart_get_title (chart), pixel, x, y);

              if (one_series && is_color (pixel, &style.palette[0]) &&
                  !in_rect (&areas[HK_CHART_AREA_PLOT], 0.0, x, y))
                g_error ("%s: a bar's pixel at %d, %d is outside the plot",
                         hk_chart_get_title (chart), x, y);
            }

        /* The margins are empty and something was drawn. */
        for (int x = 0; x < rendered.width; x++)
          {
            g_assert_cmpuint (get_pixel (&rendered, x, 0) >> 24, ==, 0);
            g_assert_cmpuint (get_pixel (&rendered, x, rendered.height - 1) >> 24, ==, 0);
          }
        g_assert_cmpuint (drawn, >, 500);
      }
}

/* Every point's middle hits that point, in every kind of chart. */
static void
test_hit_test (void)
{
  for (ChartDemo demo = 0; demo < CHART_N_DEMOS; demo++)
    {
      g_autoptr(HkChart) chart = chart_test_demo (demo, FALSE);
      guint n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (chart));
      g_auto(Rendered) rendered = { 0 };
      cairo_rectangle_t title;
      guint n_points = 0;
      guint series;
      guint index;

      render (chart, 640, 360, &rendered);

      for (guint s = 0; s < hk_chart_get_n_series (chart); s++)
        for (guint i = 0; i < n; i++)
          {
            cairo_rectangle_t area;

            if (!hk_chart_has_point (chart, s, i))
              {
                g_assert_false (hk_chart_layout_get_point_area (rendered.layout, s, i, &area));
                continue;
              }

            g_assert_true (hk_chart_layout_get_point_area (rendered.layout, s, i, &area));
            g_assert_true (hk_chart_layout_hit_test (rendered.layout, area.x + area.width / 2,
                                                     area.y + area.height / 2, &series,
                                                     &index));
            g_assert_cmpuint (series, ==, s);
            g_assert_cmpuint (index, ==, i);
            n_points++;
          }

      /* The title is no point. */
      hk_chart_layout_get_area (rendered.layout, HK_CHART_AREA_TITLE, &title);
      g_assert_false (hk_chart_layout_hit_test (rendered.layout, title.x + 1, title.y + 1,
                                                NULL, NULL));

      if (demo == CHART_DEMO_EMPTY)
        g_assert_cmpuint (n_points, ==, 0);
      else
        g_assert_cmpuint (n_points, >, 0);
    }
}

/* Over a bar's column but above the bar, and between two lines: still the nearest point. */
static void
test_hit_near (void)
{
  g_autoptr(HkChart) bars = chart_test_demo (CHART_DEMO_DAYS, FALSE);
  g_autoptr(HkChart) lines = chart_test_demo (CHART_DEMO_MONTHS, FALSE);
  g_auto(Rendered) rendered_bars = { 0 };
  g_auto(Rendered) rendered_lines = { 0 };
  cairo_rectangle_t plot;
  cairo_rectangle_t area;
  cairo_rectangle_t other;
  guint series;
  guint index;

  render (bars, 640, 360, &rendered_bars);
  hk_chart_layout_get_area (rendered_bars.layout, HK_CHART_AREA_PLOT, &plot);
  g_assert_true (hk_chart_layout_get_point_area (rendered_bars.layout, 0, 20, &area));
  g_assert_true (hk_chart_layout_hit_test (rendered_bars.layout, area.x + 1, area.y - 10,
                                           &series, &index));
  g_assert_cmpuint (index, ==, 20);
  g_assert_false (hk_chart_layout_hit_test (rendered_bars.layout, plot.x - 3, area.y + 2, NULL,
                                            NULL));

  render (lines, 640, 360, &rendered_lines);
  g_assert_true (hk_chart_layout_get_point_area (rendered_lines.layout, 0, 4, &area));
  g_assert_true (hk_chart_layout_get_point_area (rendered_lines.layout, 1, 4, &other));
  g_assert_cmpfloat (area.y, <, other.y);
  g_assert_true (hk_chart_layout_hit_test (rendered_lines.layout, area.x + area.width / 2,
                                           area.y - 20, &series, &index));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpuint (index, ==, 4);
  g_assert_true (hk_chart_layout_hit_test (rendered_lines.layout, other.x + other.width / 2,
                                           other.y + 20, &series, &index));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (index, ==, 4);
}

static void
test_describe (void)
{
  g_autoptr(HkChart) chart = hk_chart_new (HK_CHART_BARS, "Revenue by day",
                                           HK_CHART_UNIT_MONEY);
  g_autoptr(HkChart) donut = chart_test_demo (CHART_DEMO_METHODS, FALSE);
  g_autoptr(HkChart) rates = chart_test_demo (CHART_DEMO_ON_TIME, FALSE);
  g_autoptr(HkChartSeries) series = hk_chart_series_new ("Revenue");
  g_autofree char *point = NULL;
  g_autofree char *none = NULL;
  g_autofree char *slice = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *target = NULL;

  hk_chart_category_axis_append_date (hk_chart_get_category_axis (chart), "2026-10-21");
  hk_chart_category_axis_append_date (hk_chart_get_category_axis (chart), "2026-10-22");
  hk_chart_series_append (series, 123450);
  hk_chart_series_append (series, NAN);
  hk_chart_add_series (chart, series);

  point = hk_chart_describe_point (chart, 0, 0);
  none = hk_chart_describe_point (chart, 0, 1);
  slice = hk_chart_describe_point (donut, 0, 0);
  rate = hk_chart_describe_point (rates, 0, 0);
  target = hk_chart_get_target_label (rates);

  g_assert_cmpstr (point, ==, "Revenue, 21 Oct: ¥1,234.50");
  g_assert_cmpstr (none, ==, "Revenue, 22 Oct: no value");
  g_assert_cmpstr (slice, ==, "Revenue, Cash: ¥234,580.00 (37.5 %)");
  g_assert_cmpstr (rate, ==, "On time, Week 40: 93.1 %");
  g_assert_cmpstr (target, ==, "Target 95 %");
  g_assert_false (hk_chart_has_point (chart, 0, 1));
  g_assert_false (hk_chart_is_empty (chart));
}

static char *
run_tool (const char *tool,
          const char *arg1,
          const char *arg2)
{
  g_autofree char *program = g_find_program_in_path (tool);
  const char *argv[] = { program, arg1, arg2, NULL };
  char *out;
  int status;

  if (program == NULL)
    return NULL;

  out = export_test_run (argv, &status);
  g_assert_cmpint (status, ==, 0);

  return out;
}

/* A field of pdfinfo's output, without the padding. */
static void
assert_info_field (const char *info,
                   const char *key,
                   const char *expected)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      {
        g_assert_cmpstr (g_strstrip (lines[i] + strlen (prefix)), ==, expected);
        return;
      }

  g_error ("pdfinfo says nothing about %s:\n%s", key, info);
}

/* How many pixels of a column from y0 to y1 are drawn (have alpha). */
static int
count_drawn (Rendered *rendered,
             int       x,
             int       y0,
             int       y1)
{
  int count = 0;

  for (int y = MAX (y0, 0); y < MIN (y1, rendered->height); y++)
    if ((get_pixel (rendered, x, y) >> 24) > 64)
      count++;

  return count;
}

/* The ten-day boundaries of a month's days: a rule between days 10 and 11 and between 20 and
 * 21, drawn across the plot in the gap between the bars, and nothing there without markers. */
static void
test_markers (void)
{
  g_autoptr(HkChart) plain = chart_test_demo (CHART_DEMO_DAYS, FALSE);
  g_autoptr(HkChart) marked = chart_test_demo (CHART_DEMO_DAYS, FALSE);
  g_auto(Rendered) with = { 0 };
  g_auto(Rendered) without = { 0 };
  cairo_rectangle_t plot;
  cairo_rectangle_t before;
  cairo_rectangle_t after;
  const char *label = NULL;
  double pos;

  hk_chart_add_marker (marked, 10, "11–20");
  hk_chart_add_marker (marked, 20, "21–31");
  hk_chart_add_marker (marked, 99, "past the end");
  g_assert_cmpuint (hk_chart_get_n_markers (marked), ==, 3);
  g_assert_cmpuint (hk_chart_get_marker (marked, 1, &label), ==, 20);
  g_assert_cmpstr (label, ==, "21–31");

  render (marked, 720, 320, &with);
  render (plain, 720, 320, &without);
  hk_chart_layout_get_area (with.layout, HK_CHART_AREA_PLOT, &plot);

  /* A marker past the categories is not drawn. */
  g_assert_false (hk_chart_layout_get_marker_pos (with.layout, 2, NULL));
  g_assert_false (hk_chart_layout_get_marker_pos (without.layout, 0, NULL));

  for (guint m = 0; m < 2; m++)
    {
      guint index = hk_chart_get_marker (marked, m, NULL);
      int x;
      int drawn;
      int drawn_without;

      g_assert_true (hk_chart_layout_get_marker_pos (with.layout, m, &pos));
      g_assert_true (hk_chart_layout_get_point_area (with.layout, 0, index - 1, &before));
      g_assert_true (hk_chart_layout_get_point_area (with.layout, 0, index, &after));

      /* Between the last bar of one ten-day period and the first of the next. */
      g_assert_cmpfloat (pos, >=, before.x + before.width);
      g_assert_cmpfloat (pos, <=, after.x);

      /* On the pixels: drawn down most of the plot's height (the label sits at its top). */
      x = (int) round (pos);
      drawn = count_drawn (&with, x, (int) plot.y, (int) (plot.y + plot.height));
      drawn_without = count_drawn (&without, x, (int) plot.y, (int) (plot.y + plot.height));
      g_test_message ("marker %u at x %d: %d px drawn, %d without, plot %g px high", m, x,
                      drawn, drawn_without, plot.height);
      g_assert_cmpint (drawn, >=, (int) (plot.height * 0.8));
      /* Without the marker only the grid lines cross that column. */
      g_assert_cmpint (drawn_without, <=, 12);
    }

  /* Nothing outside the chart's areas: the labels stay within the plot. */
  for (guint m = 0; m < 2; m++)
    {
      g_assert_true (hk_chart_layout_get_marker_pos (with.layout, m, &pos));
      g_assert_cmpfloat (pos, >=, plot.x);
      g_assert_cmpfloat (pos, <=, plot.x + plot.width);
    }
}

/* "No data" instead of a broken chart; as text in a PDF, so pdftotext can read it. */
static void
test_no_data (void)
{
  g_autoptr(HkChart) empty = chart_test_demo (CHART_DEMO_EMPTY, FALSE);
  g_autoptr(HkChart) full = chart_test_demo (CHART_DEMO_DAYS, FALSE);
  g_autoptr(HkChart) zero_donut = hk_chart_new (HK_CHART_DONUT, "Nothing sold",
                                                HK_CHART_UNIT_MONEY);
  g_autoptr(HkChartSeries) zeros = hk_chart_series_new ("Revenue");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *empty_path = g_build_filename (dir, "empty.pdf", NULL);
  g_autofree char *full_path = g_build_filename (dir, "full.pdf", NULL);
  g_autofree char *empty_text = NULL;
  g_autofree char *full_text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Rendered) rendered = { 0 };
  cairo_rectangle_t plot;

  g_assert_true (hk_chart_is_empty (empty));

  /* A donut of zeros has nothing to share out. */
  hk_chart_category_axis_append_name (hk_chart_get_category_axis (zero_donut), "Cash");
  hk_chart_series_append (zeros, 0);
  hk_chart_add_series (zero_donut, zeros);
  g_assert_true (hk_chart_is_empty (zero_donut));

  /* Nothing to hover in it. */
  render (empty, 400, 240, &rendered);
  hk_chart_layout_get_area (rendered.layout, HK_CHART_AREA_PLOT, &plot);
  g_assert_false (hk_chart_layout_hit_test (rendered.layout, plot.x + plot.width / 2,
                                            plot.y + plot.height / 2, NULL, NULL));

  g_assert_true (hk_chart_export (empty, empty_path, 400, 240, &error));
  g_assert_no_error (error);
  g_assert_true (hk_chart_export (full, full_path, 400, 240, &error));
  g_assert_no_error (error);

  empty_text = run_tool ("pdftotext", empty_path, "-");
  if (empty_text == NULL)
    {
      g_test_skip ("poppler-utils is not installed (build-aux/install-deps --test)");
      export_test_remove_dir (dir);
      return;
    }
  full_text = run_tool ("pdftotext", full_path, "-");

  g_assert_nonnull (strstr (empty_text, "Revenue by day, November 2026"));
  g_assert_nonnull (strstr (empty_text, "No data"));
  g_assert_null (strstr (full_text, "No data"));
  g_assert_nonnull (strstr (full_text, "¥20k"));

  export_test_remove_dir (dir);
}

/* PNG, SVG and PDF from the same renderer, each readable by someone else's software. */
static void
test_export (void)
{
  g_autoptr(HkChart) chart = chart_test_demo (CHART_DEMO_METHODS, TRUE);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *png = g_build_filename (dir, "methods.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "methods.SVG", NULL);
  g_autofree char *pdf = g_build_filename (dir, "methods.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "methods.jpg", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;
  gsize length;

  g_assert_true (hk_chart_export (chart, png, 480, 300, &error));
  g_assert_no_error (error);
  g_assert_true (hk_chart_export (chart, svg, 480, 300, &error));
  g_assert_no_error (error);
  g_assert_true (hk_chart_export (chart, pdf, 480, 300, &error));
  g_assert_no_error (error);

  /* No temporary file is left, and the wrong extension writes nothing. */
  g_assert_false (hk_chart_export (chart, bad, 480, 300, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  listing = export_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "methods.SVG methods.pdf methods.png");

  /* PNG: the signature, the size, and the light background. */
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 480);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 300);
  g_assert_cmphex (*(guint32 *) cairo_image_surface_get_data (image), ==, 0xffffffff);
  cairo_surface_destroy (image);
  g_clear_pointer (&contents, g_free);

  /* SVG: well-formed XML (xmllint), an <svg> root. */
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  {
    g_autofree char *xmllint = g_find_program_in_path ("xmllint");

    if (xmllint != NULL)
      {
        const char *argv[] = { xmllint, "--noout", svg, NULL };
        g_autofree char *out = NULL;
        int status;

        out = export_test_run (argv, &status);
        g_assert_cmpint (status, ==, 0);
      }
    else
      {
        g_test_message ("xmllint is missing: the SVG is not parsed");
      }
  }

  /* PDF: one page of 480 × 300 points, the chart's title, its Chinese text. */
  info = run_tool ("pdfinfo", pdf, NULL);
  if (info == NULL)
    {
      g_test_skip ("poppler-utils is not installed (build-aux/install-deps --test)");
      export_test_remove_dir (dir);
      return;
    }
  assert_info_field (info, "Pages", "1");
  assert_info_field (info, "Title", "按支付方式收入");
  assert_info_field (info, "Page size", "480 x 300 pts");
  text = run_tool ("pdftotext", pdf, "-");
  g_assert_nonnull (strstr (text, "微信支付"));

  export_test_remove_dir (dir);
}

static void
test_export_unwritable (void)
{
  g_autoptr(HkChart) chart = chart_test_demo (CHART_DEMO_DAYS, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = make_temp_dir ();
  g_autofree char *why_not = NULL;
  g_autofree char *dir = export_test_make_unwritable_dir (parent, &why_not);
  g_autofree char *path = NULL;

  if (dir == NULL)
    {
      g_test_skip (why_not);
      export_test_remove_dir (parent);
      return;
    }

  path = g_build_filename (dir, "days.png", NULL);
  g_assert_false (hk_chart_export (chart, path, 320, 200, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  export_test_assert_no_trace (dir, "days.png");

  export_test_release_unwritable_dir (dir);
  export_test_remove_dir (parent);
}

/* A report's chart: categories from its column (body rows only), a series per value column. */
static void
test_from_report (void)
{
  g_autoptr(HkReport) report = hk_report_new ("monthly", "Monthly report");
  HkReportTable *days = hk_report_add_table (report, "by-day", "By day");
  HkReportTable *months = hk_report_add_table (report, "by-month", "By month");
  HkReportChart *columns;
  HkReportChart *pie;
  HkReportChart *line;
  g_autoptr(HkChart) bars = NULL;
  g_autoptr(HkChart) donut = NULL;
  g_autoptr(HkChart) lines = NULL;
  g_autofree char *label = NULL;
  g_autofree char *month = NULL;
  guint r;

  hk_report_table_add_column (days, "Day", HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (days, "Revenue", HK_REPORT_COLUMN_MONEY);
  hk_report_table_add_column (days, "Receipts", HK_REPORT_COLUMN_COUNT);
  r = hk_report_table_add_row (days, HK_REPORT_ROW_BODY);
  hk_report_table_set_text (days, r, 0, "2026-10-01");
  hk_report_table_set_value (days, r, 1, 120000);
  hk_report_table_set_value (days, r, 2, 12);
  r = hk_report_table_add_row (days, HK_REPORT_ROW_BODY);
  hk_report_table_set_text (days, r, 0, "2026-10-02");
  hk_report_table_set_value (days, r, 2, 3);
  r = hk_report_table_add_row (days, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (days, r, 0, "Total");
  hk_report_table_set_value (days, r, 1, 120000);
  hk_report_table_set_value (days, r, 2, 15);

  hk_report_table_add_column (months, "Month", HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (months, "Change", HK_REPORT_COLUMN_RATIO);
  r = hk_report_table_add_row (months, HK_REPORT_ROW_BODY);
  hk_report_table_set_text (months, r, 0, "2026-09");
  hk_report_table_set_ratio (months, r, 1, 0.05);
  r = hk_report_table_add_row (months, HK_REPORT_ROW_BODY);
  hk_report_table_set_text (months, r, 0, "2026-10");
  hk_report_table_set_ratio (months, r, 1, -0.02);

  columns = hk_report_add_chart (report, HK_REPORT_CHART_COLUMN, "Revenue and receipts", days, 0);
  hk_report_chart_add_series (columns, 1);
  hk_report_chart_add_series (columns, 2);
  pie = hk_report_add_chart (report, HK_REPORT_CHART_PIE, "Receipts by day", days, 0);
  hk_report_chart_add_series (pie, 2);
  line = hk_report_add_chart (report, HK_REPORT_CHART_LINE, "Change", months, 0);
  hk_report_chart_add_series (line, 1);

  bars = hk_chart_new_from_report (columns);
  g_assert_cmpint (hk_chart_get_kind (bars), ==, HK_CHART_BARS);
  g_assert_cmpstr (hk_chart_get_title (bars), ==, "Revenue and receipts");
  g_assert_cmpint (hk_chart_value_axis_get_unit (hk_chart_get_value_axis (bars)), ==,
                   HK_CHART_UNIT_MONEY);
  g_assert_cmpint (hk_chart_category_axis_get_kind (hk_chart_get_category_axis (bars)), ==,
                   HK_CHART_CATEGORY_DAYS);
  g_assert_cmpuint (hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (bars)),
                    ==, 2);
  label = hk_chart_category_axis_get_label (hk_chart_get_category_axis (bars), 1);
  g_assert_cmpstr (label, ==, "2 Oct");
  g_assert_cmpuint (hk_chart_get_n_series (bars), ==, 2);
  g_assert_cmpstr (hk_chart_series_get_name (hk_chart_get_series (bars, 1)), ==, "Receipts");
  g_assert_cmpfloat (hk_chart_get_value (bars, 0, 0), ==, 120000);
  g_assert_true (isnan (hk_chart_get_value (bars, 0, 1)));
  g_assert_cmpfloat (hk_chart_get_value (bars, 1, 1), ==, 3);
  g_assert_cmpuint (hk_chart_series_get_n_values (hk_chart_get_series (bars, 1)), ==, 2);

  donut = hk_chart_new_from_report (pie);
  g_assert_cmpint (hk_chart_get_kind (donut), ==, HK_CHART_DONUT);
  g_assert_cmpint (hk_chart_value_axis_get_unit (hk_chart_get_value_axis (donut)), ==,
                   HK_CHART_UNIT_COUNT);

  lines = hk_chart_new_from_report (line);
  g_assert_cmpint (hk_chart_get_kind (lines), ==, HK_CHART_LINES);
  g_assert_cmpint (hk_chart_value_axis_get_unit (hk_chart_get_value_axis (lines)), ==,
                   HK_CHART_UNIT_RATIO);
  g_assert_cmpint (hk_chart_category_axis_get_kind (hk_chart_get_category_axis (lines)), ==,
                   HK_CHART_CATEGORY_MONTHS);
  month = hk_chart_category_axis_get_label (hk_chart_get_category_axis (lines), 1);
  g_assert_cmpstr (month, ==, "Oct 2026");
  g_assert_cmpfloat_with_epsilon (hk_chart_get_value (lines, 0, 1), -0.02, 1e-12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/ticks/ranges", test_ticks_ranges);
  g_test_add_func ("/chart/ticks/properties", test_ticks_properties);
  g_test_add_func ("/chart/labels/money", test_money_labels);
  g_test_add_func ("/chart/labels/counts-and-rates", test_other_labels);
  g_test_add_func ("/chart/labels/translation", test_translation);
  g_test_add_func ("/chart/categories", test_categories);
  g_test_add_func ("/chart/render/bar-heights", test_bar_heights);
  g_test_add_func ("/chart/render/horizontal-bar-lengths", test_horizontal_bar_lengths);
  g_test_add_func ("/chart/render/inside-areas", test_inside_areas);
  g_test_add_func ("/chart/render/no-data", test_no_data);
  g_test_add_func ("/chart/render/markers", test_markers);
  g_test_add_func ("/chart/hit-test/every-point", test_hit_test);
  g_test_add_func ("/chart/hit-test/nearest", test_hit_near);
  g_test_add_func ("/chart/describe", test_describe);
  g_test_add_func ("/chart/export/formats", test_export);
  g_test_add_func ("/chart/export/unwritable", test_export_unwritable);
  g_test_add_func ("/chart/from-report", test_from_report);

  return g_test_run ();
}

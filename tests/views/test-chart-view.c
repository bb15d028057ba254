/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-chart-view.c: the chart widget: drawn from the theme, keyboard focus, screen readers. */

#include "config.h"

#include <math.h>

#include "../reports/chart-test-util.h"
#include "hk-test-ui.h"
#include "views/hk-chart-view.h"

typedef struct
{
  GtkWindow   *window;
  HkChartView *view;
} ChartWindow;

static void
open_chart (ChartDemo    demo,
            ChartWindow *out)
{
  g_autoptr(HkChart) chart = chart_test_demo (demo, FALSE);

  out->window = GTK_WINDOW (gtk_window_new ());
  out->view = HK_CHART_VIEW (hk_chart_view_new (chart));
  gtk_window_set_default_size (out->window, 640, 400);
  gtk_window_set_child (out->window, GTK_WIDGET (out->view));
  gtk_window_present (out->window);
  hk_test_ui_wait_for_frames (GTK_WIDGET (out->view), 3);
}

static void
close_chart (ChartWindow *chart_window)
{
  gtk_window_destroy (chart_window->window);
  hk_test_ui_iterate ();
}

/* Presses a key as its binding on the view's class does: the same shortcut a key press
 * triggers, with the same arguments. Returns whether the view used the key. */
static gboolean
press_key (HkChartView *view,
           const char  *key)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (
                                       gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, key) == 0)
            {
              gboolean used;

              used = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                   GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                   GTK_WIDGET (view),
                                                   gtk_shortcut_get_arguments (shortcut));
              hk_test_ui_iterate ();
              return used;
            }
        }
    }

  g_error ("The chart view has no key binding %s", key);
}

static void
press (HkChartView *view,
       const char  *key)
{
  g_assert_true (press_key (view, key));
}

/* The focused point, and that the screen reader is told about it. */
static void
assert_focus (HkChartView *view,
              guint        series,
              guint        index)
{
  HkChart *chart = hk_chart_view_get_chart (view);
  g_autofree char *expected = hk_chart_describe_point (chart, series, index);
  guint focus_series;
  guint focus_index;

  g_assert_true (hk_chart_view_get_focus_point (view, &focus_series, &focus_index));
  g_assert_cmpuint (focus_series, ==, series);
  g_assert_cmpuint (focus_index, ==, index);
  g_assert_cmpstr (hk_chart_view_get_description (view), ==, expected);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
}

/* The view draws its chart with the renderer, in the theme's colours. */
static void
test_draws (void)
{
  ChartWindow chart_window;
  HkChartLayout *layout;
  const HkChartStyle *style;
  g_autofree char *dir = g_dir_make_tmp ("hk-chart-view-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "days.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_rectangle_t area;
  cairo_surface_t *image;
  double width;
  double height;
  guint32 pixel;

  open_chart (CHART_DEMO_DAYS, &chart_window);

  layout = hk_chart_view_get_layout (chart_window.view);
  g_assert_nonnull (layout);
  hk_chart_layout_get_size (layout, &width, &height);
  g_assert_cmpfloat (width, ==, gtk_widget_get_width (GTK_WIDGET (chart_window.view)));
  g_assert_cmpfloat (height, ==, gtk_widget_get_height (GTK_WIDGET (chart_window.view)));

  /* Adwaita's light colours: blue_3 bars on the view's white. */
  style = hk_chart_view_get_style (chart_window.view);
  g_assert_cmpint (lround (style->palette[0].red * 255), ==, 0x35);
  g_assert_cmpint (lround (style->palette[0].green * 255), ==, 0x84);
  g_assert_cmpint (lround (style->palette[0].blue * 255), ==, 0xe4);
  g_assert_cmpfloat (style->background.red, ==, 1.0);
  g_assert_cmpfloat (style->foreground.red, <, 0.2);

  /* The frame has the bar where the layout put it, in its colour. */
  g_assert_true (hk_test_ui_save_png (GTK_WIDGET (chart_window.view), path, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_true (hk_chart_layout_get_point_area (layout, 0, 2, &area));
  pixel = *(guint32 *) (cairo_image_surface_get_data (image) +
                        (int) (area.y + area.height / 2) * cairo_image_surface_get_stride (image) +
                        (int) (area.x + area.width / 2) * 4);
  g_assert_cmphex (pixel & 0xffffff, ==, 0x3584e4);
  cairo_surface_destroy (image);

  /* The accessible name is the chart's title. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart_window.view), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart_window.view),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Revenue by day, October 2026");

  close_chart (&chart_window);
  hk_test_ui_remove_dir (dir);
}

/* Libadwaita's dark style: the view takes the dark colours and draws again. */
static void
test_dark (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  ChartWindow chart_window;
  const HkChartStyle *style;

  open_chart (CHART_DEMO_DAYS, &chart_window);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  hk_test_ui_wait_for_frames (GTK_WIDGET (chart_window.view), 3);
  style = hk_chart_view_get_style (chart_window.view);
  g_assert_true (adw_style_manager_get_dark (manager));
  g_assert_cmpfloat (style->foreground.red, >, 0.9);
  g_assert_cmpfloat (style->background.red, <, 0.2);
  g_assert_cmpint (lround (style->palette[0].red * 255), ==, 0x62);  /* blue_2 */
  g_assert_nonnull (hk_chart_view_get_layout (chart_window.view));

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  hk_test_ui_wait_for_frames (GTK_WIDGET (chart_window.view), 3);
  style = hk_chart_view_get_style (chart_window.view);
  g_assert_cmpfloat (style->background.red, ==, 1.0);
  g_assert_cmpint (lround (style->palette[0].red * 255), ==, 0x35);  /* blue_3 */

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  close_chart (&chart_window);
}

/* Focus: the first point; the arrows, Home and End move it; the description follows. */
static void
test_keyboard (void)
{
  ChartWindow chart_window;
  HkChartView *view;
  const char *before;
  guint n;

  open_chart (CHART_DEMO_DAYS, &chart_window);
  view = chart_window.view;
  n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (
                                                 hk_chart_view_get_chart (view)));

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  hk_test_ui_iterate ();
  g_assert_true (gtk_window_get_focus (chart_window.window) == GTK_WIDGET (view));

  /* Focus-in (or, without a window manager to activate the window, the first key) focuses
   * the first day. */
  if (!hk_chart_view_get_focus_point (view, NULL, NULL))
    press (view, "Right");
  assert_focus (view, 0, 0);

  before = hk_chart_view_get_description (view);
  g_assert_cmpstr (before, ==, "Revenue, 1 Oct: ¥11,022.50");
  press (view, "Right");
  assert_focus (view, 0, 1);
  g_assert_cmpstr (hk_chart_view_get_description (view), ==, "Revenue, 2 Oct: ¥12,545.00");
  press (view, "KP_Right");
  assert_focus (view, 0, 2);
  press (view, "Left");
  assert_focus (view, 0, 1);
  press (view, "End");
  assert_focus (view, 0, n - 1);
  press (view, "Right");
  assert_focus (view, 0, n - 1);
  press (view, "Home");
  assert_focus (view, 0, 0);
  press (view, "Left");
  assert_focus (view, 0, 0);

  /* One series: up and down go along the days too. */
  press (view, "Down");
  assert_focus (view, 0, 1);
  press (view, "Up");
  assert_focus (view, 0, 0);

  /* A click focuses the point under it, as hovering would show it. */
  g_assert_true (hk_chart_view_set_focus_point (view, 0, 12));
  assert_focus (view, 0, 12);
  g_assert_false (hk_chart_view_set_focus_point (view, 0, n));
  assert_focus (view, 0, 12);

  close_chart (&chart_window);
}

/* Several series: the keys along the category axis keep the series, the others change it. */
static void
test_keyboard_series (void)
{
  ChartWindow lines;
  ChartWindow stacked;
  ChartWindow clerks;
  ChartWindow donut;

  open_chart (CHART_DEMO_MONTHS, &lines);
  g_assert_true (hk_chart_view_set_focus_point (lines.view, 0, 4));
  press (lines.view, "Down");
  assert_focus (lines.view, 1, 4);
  press (lines.view, "Down");
  assert_focus (lines.view, 1, 4);
  press (lines.view, "Right");
  assert_focus (lines.view, 1, 5);
  press (lines.view, "Up");
  assert_focus (lines.view, 0, 5);
  close_chart (&lines);

  /* Stacked series go up as they are drawn. */
  open_chart (CHART_DEMO_DEKADS, &stacked);
  g_assert_true (hk_chart_view_set_focus_point (stacked.view, 0, 1));
  press (stacked.view, "Up");
  assert_focus (stacked.view, 1, 1);
  press (stacked.view, "End");
  assert_focus (stacked.view, 1, 2);
  close_chart (&stacked);

  /* Horizontal bars: the categories go down. */
  open_chart (CHART_DEMO_CLERKS, &clerks);
  g_assert_true (hk_chart_view_set_focus_point (clerks.view, 0, 0));
  press (clerks.view, "Down");
  assert_focus (clerks.view, 0, 1);
  press (clerks.view, "Right");
  assert_focus (clerks.view, 0, 2);
  close_chart (&clerks);

  /* A donut's slices, with their shares. */
  open_chart (CHART_DEMO_METHODS, &donut);
  g_assert_true (hk_chart_view_set_focus_point (donut.view, 0, 0));
  press (donut.view, "Right");
  assert_focus (donut.view, 0, 1);
  g_assert_cmpstr (hk_chart_view_get_description (donut.view), ==,
                   "Revenue, WeChat Pay: ¥192,300.50 (30.7 %)");
  close_chart (&donut);
}

/* Hovering asks the layout of the frame drawn; a tooltip is there over a bar, not elsewhere. */
static void
test_tooltip (void)
{
  ChartWindow chart_window;
  HkChartLayout *layout;
  cairo_rectangle_t area;
  cairo_rectangle_t title;
  GtkTooltip *tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  open_chart (CHART_DEMO_CLERKS, &chart_window);
  layout = hk_chart_view_get_layout (chart_window.view);
  g_assert_true (hk_chart_layout_get_point_area (layout, 0, 3, &area));
  hk_chart_layout_get_area (layout, HK_CHART_AREA_TITLE, &title);

  g_signal_emit_by_name (chart_window.view, "query-tooltip", (int) (area.x + area.width / 2),
                         (int) (area.y + area.height / 2), FALSE, tooltip, &shown);
  g_assert_true (shown);
  g_signal_emit_by_name (chart_window.view, "query-tooltip", (int) title.x + 1,
                         (int) title.y + 1, FALSE, tooltip, &shown);
  g_assert_false (shown);

  g_object_unref (tooltip);
  close_chart (&chart_window);
}

/* Another chart: the focus starts again; an empty one says so and has nothing to focus. */
static void
test_set_chart (void)
{
  ChartWindow chart_window;
  g_autoptr(HkChart) empty = chart_test_demo (CHART_DEMO_EMPTY, FALSE);
  g_autoptr(HkChart) methods = chart_test_demo (CHART_DEMO_METHODS, FALSE);

  open_chart (CHART_DEMO_DAYS, &chart_window);
  g_assert_true (hk_chart_view_set_focus_point (chart_window.view, 0, 5));

  hk_chart_view_set_chart (chart_window.view, empty);
  g_assert_true (hk_chart_view_get_chart (chart_window.view) == empty);
  g_assert_false (hk_chart_view_get_focus_point (chart_window.view, NULL, NULL));
  g_assert_cmpstr (hk_chart_view_get_description (chart_window.view), ==, "No data");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart_window.view),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Revenue by day, November 2026");
  /* The arrows have nothing to move to: they are left to move the focus on. */
  g_assert_false (press_key (chart_window.view, "Right"));
  g_assert_false (hk_chart_view_get_focus_point (chart_window.view, NULL, NULL));
  hk_test_ui_wait_for_frames (GTK_WIDGET (chart_window.view), 2);
  g_assert_nonnull (hk_chart_view_get_layout (chart_window.view));

  /* The view has the keyboard focus: the new chart's first point gets it. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (chart_window.view)));
  g_object_set (chart_window.view, "chart", methods, NULL);
  assert_focus (chart_window.view, 0, 0);
  press (chart_window.view, "Left");
  assert_focus (chart_window.view, 0, 0);
  close_chart (&chart_window);

  /* Before it is focused, a view says how to reach the values. */
  {
    GtkWidget *view = g_object_ref_sink (hk_chart_view_new (methods));

    g_assert_false (hk_chart_view_get_focus_point (HK_CHART_VIEW (view), NULL, NULL));
    g_assert_cmpstr (hk_chart_view_get_description (HK_CHART_VIEW (view)), ==,
                     "Use the arrow keys to move between the values.");
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                         "Use the arrow keys to move between the values.");
    g_object_unref (view);
  }
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps what the view tells screen readers, for
   * gtk_test_accessible_assert_property(); like "none", it needs no session bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!hk_test_ui_init (&argc, &argv))
    return 0;
  adw_init ();

  g_test_add_func ("/chart-view/draws", test_draws);
  g_test_add_func ("/chart-view/dark", test_dark);
  g_test_add_func ("/chart-view/keyboard", test_keyboard);
  g_test_add_func ("/chart-view/keyboard-series", test_keyboard_series);
  g_test_add_func ("/chart-view/tooltip", test_tooltip);
  g_test_add_func ("/chart-view/set-chart", test_set_chart);

  return g_test_run ();
}

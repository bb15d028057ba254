/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-view.c: a chart on the screen: theme colours, hover values, keyboard and screen readers.
 *
 * Every frame lays the chart out for the widget's size on the frame's cairo_t and keeps that
 * layout: hovering, tooltips and the focus ring all read it, so they cannot disagree with
 * what was drawn. Colours are looked up in the theme whenever its CSS changes or libadwaita
 * switches between light and dark; nothing here names a colour.
 *
 * Accessibility with GTK 4.8: the view's role is IMG, its LABEL the chart's title, its
 * ROLE_DESCRIPTION "chart"; the focused point's description is set as its DESCRIPTION
 * (gtk_accessible_update_property) every time the focus moves, which the AT-SPI bridge sends
 * as a description change of the focused object, and screen readers such as Orca speak it.
 * (gtk_accessible_announce() would be the direct way, but it is GTK 4.14.)
 */

#include "config.h"

#include "hk-chart-view.h"

#include <math.h>

#include <glib/gi18n-lib.h>

/* Theme colours for the series, light and dark: the GNOME palette as libadwaita names it. */
static const char *const light_palette[HK_CHART_PALETTE_SIZE] = {
  "blue_3", "orange_4", "green_5", "purple_3", "brown_3", "dark_2",
};
static const char *const dark_palette[HK_CHART_PALETTE_SIZE] = {
  "blue_2", "orange_2", "green_3", "purple_1", "brown_1", "light_4",
};

/* The chart's type, against the interface's. */
#define FONT_SCALE 0.85

typedef enum
{
  KEY_LEFT,
  KEY_RIGHT,
  KEY_UP,
  KEY_DOWN,
  KEY_HOME,
  KEY_END,
} Key;

struct _HkChartView
{
  GtkWidget      parent_instance;

  HkChart       *chart;
  HkChartLayout *layout;
  HkChartStyle   style;
  char          *font_family;
  gboolean       style_valid;

  gboolean       has_focus_point;
  guint          focus_series;
  guint          focus_index;
  gboolean       has_hover;
  guint          hover_series;
  guint          hover_index;
  char          *description;
};

G_DEFINE_FINAL_TYPE (HkChartView, hk_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
copy_color (HkChartColor  *color,
            const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

/* Reads the colours and the font from the theme; the default styles fill in what the theme
 * does not name. */
static void
update_style (HkChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const char *const *palette = dark ? dark_palette : light_palette;
  PangoContext *pango_context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (pango_context);
  GtkStyleContext *context;
  GdkRGBA rgba;

  if (dark)
    hk_chart_style_init_dark (&self->style);
  else
    hk_chart_style_init_light (&self->style);

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, &rgba);
  copy_color (&self->style.foreground, &rgba);
  self->style.grid = self->style.foreground;
  self->style.grid.alpha *= dark ? 0.15 : 0.12;

  if (gtk_style_context_lookup_color (context, "view_bg_color", &rgba))
    copy_color (&self->style.background, &rgba);
  if (gtk_style_context_lookup_color (context, "accent_color", &rgba))
    copy_color (&self->style.accent, &rgba);
  for (guint i = 0; i < HK_CHART_PALETTE_SIZE; i++)
    if (gtk_style_context_lookup_color (context, palette[i], &rgba))
      copy_color (&self->style.palette[i], &rgba);
G_GNUC_END_IGNORE_DEPRECATIONS

  /* The interface's font, a little smaller, in pixels. */
  g_clear_pointer (&self->font_family, g_free);
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;

      self->font_family = g_strdup (pango_font_description_get_family (font));
      if (!pango_font_description_get_size_is_absolute (font))
        {
          double resolution = pango_cairo_context_get_resolution (pango_context);

          size *= (resolution > 0 ? resolution : 96.0) / 72.0;
        }
      if (size > 0)
        self->style.font_size = size * FONT_SCALE;
    }
  self->style.font_family = self->font_family;

  self->style_valid = TRUE;
}

static void
set_description (HkChartView *self)
{
  g_clear_pointer (&self->description, g_free);

  if (self->chart != NULL && self->has_focus_point)
    self->description = hk_chart_describe_point (self->chart, self->focus_series,
                                                 self->focus_index);
  else if (self->chart != NULL && hk_chart_is_empty (self->chart))
    /* Translators: what a screen reader hears about a chart without values */
    self->description = g_strdup (C_("chart", "No data"));
  else
    /* Translators: what a screen reader hears about a chart before a point is focused */
    self->description = g_strdup (_("Use the arrow keys to move between the values."));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static gboolean
has_point (HkChartView *self,
           guint        series,
           guint        index)
{
  return self->chart != NULL && hk_chart_has_point (self->chart, series, index);
}

static guint
get_n_categories (HkChartView *self)
{
  return hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (self->chart));
}

/* The first point in reading order: the first category's first series. */
static gboolean
find_first_point (HkChartView *self,
                  guint       *series,
                  guint       *index)
{
  if (self->chart == NULL)
    return FALSE;

  for (guint i = 0; i < get_n_categories (self); i++)
    for (guint s = 0; s < hk_chart_get_n_series (self->chart); s++)
      if (has_point (self, s, i))
        {
          *series = s;
          *index = i;
          return TRUE;
        }

  return FALSE;
}

static void
focus_point (HkChartView *self,
             guint        series,
             guint        index)
{
  if (self->has_focus_point && self->focus_series == series && self->focus_index == index)
    return;

  self->has_focus_point = TRUE;
  self->focus_series = series;
  self->focus_index = index;
  set_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The next category (direction +1) or the previous (-1) of the focused series that has a
 * value; FALSE at the end. */
static gboolean
move_along (HkChartView *self,
            int          direction)
{
  guint n = get_n_categories (self);

  for (int i = (int) self->focus_index + direction; i >= 0 && i < (int) n; i += direction)
    if (has_point (self, self->focus_series, i))
      {
        focus_point (self, self->focus_series, i);
        return TRUE;
      }

  return FALSE;
}

/* The same category in the next (or previous) series that has a value there. */
static gboolean
move_across (HkChartView *self,
             int          direction)
{
  guint n_series = hk_chart_get_n_series (self->chart);

  if (n_series < 2 || hk_chart_get_kind (self->chart) == HK_CHART_DONUT)
    return move_along (self, direction);

  for (int s = (int) self->focus_series + direction; s >= 0 && s < (int) n_series;
       s += direction)
    if (has_point (self, s, self->focus_index))
      {
        focus_point (self, s, self->focus_index);
        return TRUE;
      }

  return FALSE;
}

static gboolean
move_to_end (HkChartView *self,
             gboolean     last)
{
  guint n = get_n_categories (self);

  for (guint k = 0; k < n; k++)
    {
      guint i = last ? n - 1 - k : k;

      if (has_point (self, self->focus_series, i))
        {
          focus_point (self, self->focus_series, i);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
move_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  HkChartView *self = HK_CHART_VIEW (widget);
  Key key = g_variant_get_int32 (args);
  HkChartKind kind;
  guint series;
  guint index;

  if (self->chart == NULL || !find_first_point (self, &series, &index))
    return FALSE;

  if (!self->has_focus_point)
    {
      focus_point (self, series, index);
      return TRUE;
    }

  kind = hk_chart_get_kind (self->chart);

  /* Along the categories with the keys that follow the category axis; across the series
   * with the others. Stacked series go up as they are drawn. */
  switch (key)
    {
    case KEY_HOME:
      move_to_end (self, FALSE);
      break;

    case KEY_END:
      move_to_end (self, TRUE);
      break;

    case KEY_LEFT:
    case KEY_RIGHT:
      if (kind == HK_CHART_HORIZONTAL_BARS)
        move_across (self, key == KEY_RIGHT ? 1 : -1);
      else
        move_along (self, key == KEY_RIGHT ? 1 : -1);
      break;

    case KEY_UP:
    case KEY_DOWN:
    default:
      if (kind == HK_CHART_HORIZONTAL_BARS || kind == HK_CHART_DONUT)
        move_along (self, key == KEY_DOWN ? 1 : -1);
      else if (kind == HK_CHART_STACKED_BARS)
        move_across (self, key == KEY_UP ? 1 : -1);
      else
        move_across (self, key == KEY_DOWN ? 1 : -1);
      break;
    }

  /* At the end, the key stays here rather than moving the focus out of the chart. */
  return TRUE;
}

static void
on_style_manager_dark_cb (HkChartView *self)
{
  self->style_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_focus_enter_cb (HkChartView *self)
{
  guint series;
  guint index;

  if (!self->has_focus_point && find_first_point (self, &series, &index))
    focus_point (self, series, index);
}

static void
on_motion_cb (HkChartView *self,
              double       x,
              double       y)
{
  guint series = 0;
  guint index = 0;
  gboolean hit = self->layout != NULL &&
                 hk_chart_layout_hit_test (self->layout, x, y, &series, &index);

  if (hit == self->has_hover && series == self->hover_series && index == self->hover_index)
    return;

  self->has_hover = hit;
  self->hover_series = series;
  self->hover_index = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_leave_cb (HkChartView *self)
{
  if (!self->has_hover)
    return;

  self->has_hover = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_pressed_cb (HkChartView *self,
               int          n_press,
               double       x,
               double       y)
{
  guint series;
  guint index;

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (self->layout != NULL && hk_chart_layout_hit_test (self->layout, x, y, &series, &index))
    focus_point (self, series, index);
}

static void
hk_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  HkChartView *self = HK_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  g_clear_pointer (&self->layout, hk_chart_layout_free);

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  if (!self->style_valid)
    update_style (self);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  self->layout = hk_chart_layout_new (self->chart, cr, width, height, &self->style);
  hk_chart_layout_draw (self->layout, cr, &self->style);

  if (self->has_hover)
    {
      HkChartColor hover = self->style.foreground;

      hover.alpha *= 0.45;
      hk_chart_layout_draw_highlight (self->layout, cr, &self->style, &hover,
                                      self->hover_series, self->hover_index);
    }

  if (self->has_focus_point && gtk_widget_has_visible_focus (widget))
    hk_chart_layout_draw_highlight (self->layout, cr, &self->style, &self->style.accent,
                                    self->focus_series, self->focus_index);

  cairo_destroy (cr);
}

static void
hk_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
    }
  else
    {
      *minimum = 160;
      *natural = 300;
    }
}

static void
hk_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  HkChartView *self = HK_CHART_VIEW (widget);

  GTK_WIDGET_CLASS (hk_chart_view_parent_class)->css_changed (widget, change);

  self->style_valid = FALSE;
  gtk_widget_queue_draw (widget);
}

static void
hk_chart_view_state_flags_changed (GtkWidget     *widget,
                                   GtkStateFlags  previous)
{
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (hk_chart_view_parent_class)->state_flags_changed (widget, previous);

  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);
}

static gboolean
hk_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_tooltip,
                             GtkTooltip *tooltip)
{
  HkChartView *self = HK_CHART_VIEW (widget);
  g_autofree char *text = NULL;
  cairo_rectangle_t area;
  guint series;
  guint index;

  if (self->layout == NULL)
    return FALSE;

  if (keyboard_tooltip)
    {
      if (!self->has_focus_point)
        return FALSE;
      series = self->focus_series;
      index = self->focus_index;
    }
  else if (!hk_chart_layout_hit_test (self->layout, x, y, &series, &index))
    {
      return FALSE;
    }

  text = hk_chart_describe_point (self->chart, series, index);
  gtk_tooltip_set_text (tooltip, text);
  if (hk_chart_layout_get_point_area (self->layout, series, index, &area))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
      (int) floor (area.x), (int) floor (area.y),
      MAX ((int) ceil (area.width), 1), MAX ((int) ceil (area.height), 1) });

  return TRUE;
}

static void
hk_chart_view_dispose (GObject *object)
{
  HkChartView *self = HK_CHART_VIEW (object);

  g_clear_pointer (&self->layout, hk_chart_layout_free);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (hk_chart_view_parent_class)->dispose (object);
}

static void
hk_chart_view_finalize (GObject *object)
{
  HkChartView *self = HK_CHART_VIEW (object);

  g_clear_pointer (&self->font_family, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (hk_chart_view_parent_class)->finalize (object);
}

static void
hk_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HkChartView *self = HK_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HkChartView *self = HK_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      hk_chart_view_set_chart (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_key (GtkWidgetClass *widget_class,
         guint           keyval,
         guint           keypad_keyval,
         Key             key)
{
  gtk_widget_class_add_binding (widget_class, keyval, 0, move_cb, "i", key);
  gtk_widget_class_add_binding (widget_class, keypad_keyval, 0, move_cb, "i", key);
}

static void
hk_chart_view_class_init (HkChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hk_chart_view_dispose;
  object_class->finalize = hk_chart_view_finalize;
  object_class->get_property = hk_chart_view_get_property;
  object_class->set_property = hk_chart_view_set_property;

  widget_class->snapshot = hk_chart_view_snapshot;
  widget_class->measure = hk_chart_view_measure;
  widget_class->css_changed = hk_chart_view_css_changed;
  widget_class->state_flags_changed = hk_chart_view_state_flags_changed;
  widget_class->query_tooltip = hk_chart_view_query_tooltip;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, HK_TYPE_CHART,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  add_key (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, KEY_LEFT);
  add_key (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, KEY_RIGHT);
  add_key (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, KEY_UP);
  add_key (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, KEY_DOWN);
  add_key (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, KEY_HOME);
  add_key (widget_class, GDK_KEY_End, GDK_KEY_KP_End, KEY_END);
}

static void
hk_chart_view_init (HkChartView *self)
{
  /* Translators: what a screen reader calls a chart */
  const char *role = C_("accessible role", "chart");
  GtkEventController *controller;
  GtkGesture *click;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_manager_dark_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_ROLE_DESCRIPTION, role, -1);
  set_description (self);
}

/**
 * hk_chart_view_new:
 * @chart: (nullable): the chart to show
 *
 * Returns: (transfer floating): the view
 */
GtkWidget *
hk_chart_view_new (HkChart *chart)
{
  g_return_val_if_fail (chart == NULL || HK_IS_CHART (chart), NULL);

  return g_object_new (HK_TYPE_CHART_VIEW, "chart", chart, NULL);
}

/**
 * hk_chart_view_get_chart:
 * @self: a chart view
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
HkChart *
hk_chart_view_get_chart (HkChartView *self)
{
  g_return_val_if_fail (HK_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

void
hk_chart_view_set_chart (HkChartView *self,
                         HkChart     *chart)
{
  gboolean same;
  guint series;
  guint index;

  g_return_if_fail (HK_IS_CHART_VIEW (self));
  g_return_if_fail (chart == NULL || HK_IS_CHART (chart));

  same = self->chart == chart;
  if (!same)
    {
      g_set_object (&self->chart, chart);
      self->has_focus_point = FALSE;
    }

  /* The focused point may be gone from a changed chart. */
  if (self->has_focus_point && !has_point (self, self->focus_series, self->focus_index))
    self->has_focus_point = FALSE;
  if (!self->has_focus_point && gtk_widget_has_focus (GTK_WIDGET (self)) &&
      find_first_point (self, &series, &index))
    focus_point (self, series, index);

  self->has_hover = FALSE;
  g_clear_pointer (&self->layout, hk_chart_layout_free);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  chart != NULL ? hk_chart_get_title (chart) : "", -1);
  set_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (!same)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

gboolean
hk_chart_view_get_focus_point (HkChartView *self,
                               guint       *series,
                               guint       *index)
{
  g_return_val_if_fail (HK_IS_CHART_VIEW (self), FALSE);

  if (!self->has_focus_point)
    return FALSE;

  if (series != NULL)
    *series = self->focus_series;
  if (index != NULL)
    *index = self->focus_index;

  return TRUE;
}

gboolean
hk_chart_view_set_focus_point (HkChartView *self,
                               guint        series,
                               guint        index)
{
  g_return_val_if_fail (HK_IS_CHART_VIEW (self), FALSE);

  if (!has_point (self, series, index))
    return FALSE;

  focus_point (self, series, index);

  return TRUE;
}

const char *
hk_chart_view_get_description (HkChartView *self)
{
  g_return_val_if_fail (HK_IS_CHART_VIEW (self), NULL);

  return self->description;
}

/**
 * hk_chart_view_get_layout:
 * @self: a chart view
 *
 * Returns: (transfer none) (nullable): the layout of the last frame
 */
HkChartLayout *
hk_chart_view_get_layout (HkChartView *self)
{
  g_return_val_if_fail (HK_IS_CHART_VIEW (self), NULL);

  return self->layout;
}

const HkChartStyle *
hk_chart_view_get_style (HkChartView *self)
{
  g_return_val_if_fail (HK_IS_CHART_VIEW (self), NULL);

  if (!self->style_valid)
    update_style (self);

  return &self->style;
}

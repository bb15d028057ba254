/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-columns-layout.c: children side by side in equal columns, or one under another when
 * the columns would be too narrow.
 *
 * The daily report's three legs are read across, leg by leg, on a desktop window; on a
 * narrow one they stack. Unlike a GtkFlowBox, the choice is all or nothing (never two
 * legs over one), it follows the width the widget gets rather than the children's natural
 * widths, and the children take no focus and no scroll events of their own.
 */

#include "config.h"

#include "hk-columns-layout.h"

struct _HkColumnsLayout
{
  GtkLayoutManager parent_instance;

  int              min_column_width;
  int              spacing;
};

G_DEFINE_FINAL_TYPE (HkColumnsLayout, hk_columns_layout, GTK_TYPE_LAYOUT_MANAGER)

static guint
count_visible (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      n++;

  return n;
}

/* The width of each column at @width, or 0 when the children stack. */
static int
column_width (HkColumnsLayout *self,
              guint            n,
              int              width)
{
  int each;

  if (n < 2 || width < 0)
    return 0;

  each = (width - (int)(n - 1) * self->spacing) / (int)n;

  return each >= self->min_column_width ? each : 0;
}

static void
hk_columns_layout_measure (GtkLayoutManager *manager,
                           GtkWidget        *widget,
                           GtkOrientation    orientation,
                           int               for_size,
                           int              *minimum,
                           int              *natural,
                           int              *minimum_baseline,
                           int              *natural_baseline)
{
  HkColumnsLayout *self = HK_COLUMNS_LAYOUT (manager);
  guint n = count_visible (widget);
  int columns = column_width (self, n, for_size);
  int min_total = 0;
  int nat_total = 0;
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min;
      int child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          /* As narrow as the widest child stacked; as wide as all of them side by side. */
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          min_total = MAX (min_total, child_min);
          nat_total += MAX (child_nat, self->min_column_width) + (i > 0 ? self->spacing : 0);
        }
      else if (columns > 0)
        {
          gtk_widget_measure (child, orientation, columns, &child_min, &child_nat, NULL, NULL);
          min_total = MAX (min_total, child_min);
          nat_total = MAX (nat_total, child_nat);
        }
      else
        {
          gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
          min_total += child_min + (i > 0 ? self->spacing : 0);
          nat_total += child_nat + (i > 0 ? self->spacing : 0);
        }
      i++;
    }

  *minimum = min_total;
  *natural = MAX (min_total, nat_total);
}

static void
hk_columns_layout_allocate (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            int               width,
                            int               height,
                            int               baseline)
{
  HkColumnsLayout *self = HK_COLUMNS_LAYOUT (manager);
  guint n = count_visible (widget);
  int columns = column_width (self, n, width);
  int x = 0;
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      if (columns > 0)
        {
          /* Side by side, each as tall as it needs from the top. */
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, columns, NULL, &child_height,
                              NULL, NULL);
          gtk_widget_size_allocate (child, &(GtkAllocation) { x, 0, columns, child_height }, -1);
          x += columns + self->spacing;
        }
      else
        {
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_height,
                              NULL, NULL);
          gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
          y += child_height + self->spacing;
        }
    }
}

static GtkSizeRequestMode
hk_columns_layout_get_request_mode (GtkLayoutManager *manager,
                                    GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hk_columns_layout_class_init (HkColumnsLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = hk_columns_layout_measure;
  manager_class->allocate = hk_columns_layout_allocate;
  manager_class->get_request_mode = hk_columns_layout_get_request_mode;
}

static void
hk_columns_layout_init (HkColumnsLayout *self)
{
}

/**
 * hk_columns_layout_new:
 * @min_column_width: the narrowest a column may be before the children stack
 * @spacing: the space between columns, and between stacked children
 */
GtkLayoutManager *
hk_columns_layout_new (int min_column_width,
                       int spacing)
{
  HkColumnsLayout *self = g_object_new (HK_TYPE_COLUMNS_LAYOUT, NULL);

  self->min_column_width = MAX (min_column_width, 0);
  self->spacing = MAX (spacing, 0);

  return GTK_LAYOUT_MANAGER (self);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-page.c: the base of the Hall section's pages: a bin with the window's context.
 *
 * Each page of the Hall section (duty log, safety, cleaning, records, training, demand) is a
 * template of its own that reads and writes through the window's context, given when it is
 * made. The page's template child is let go before the template is disposed.
 */

#include "config.h"

#include "hk-hall-page.h"

typedef struct
{
  HkContext *context;
} HkHallPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (HkHallPage, hk_hall_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_hall_page_dispose (GObject *object)
{
  HkHallPage *self = HK_HALL_PAGE (object);
  HkHallPagePrivate *priv = hk_hall_page_get_instance_private (self);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (hk_hall_page_parent_class)->dispose (object);
}

static void
hk_hall_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HkHallPage *self = HK_HALL_PAGE (object);
  HkHallPagePrivate *priv = hk_hall_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_hall_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HkHallPage *self = HK_HALL_PAGE (object);
  HkHallPagePrivate *priv = hk_hall_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      priv->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_hall_page_class_init (HkHallPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hk_hall_page_dispose;
  object_class->get_property = hk_hall_page_get_property;
  object_class->set_property = hk_hall_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_hall_page_init (HkHallPage *self)
{
}

HkContext *
hk_hall_page_get_context (HkHallPage *self)
{
  HkHallPagePrivate *priv;

  g_return_val_if_fail (HK_IS_HALL_PAGE (self), NULL);

  priv = hk_hall_page_get_instance_private (self);

  return priv->context;
}

HkDutyStore *
hk_hall_page_get_duty_store (HkHallPage *self)
{
  return hk_context_get_duty_store (hk_hall_page_get_context (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-section.c: the base of every section page of the main window.
 *
 * A section is one page of the window's view stack (Cash desk, Operators,
 * ...). It gets the context as a construct-only property, names its main
 * command for the header bar, and may show a subtitle such as the period on
 * screen. Toasts go to the nearest AdwToastOverlay above it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-input.h"
#include "hk-section.h"

typedef struct
{
  HkContext *context;
  char      *subtitle;
  gboolean   main_action_enabled;
} HkSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HkSection, hk_section, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SUBTITLE,
  PROP_MAIN_ACTION_ENABLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_section_dispose (GObject *object)
{
  HkSection *self = (HkSection *)object;
  HkSectionPrivate *priv = hk_section_get_instance_private (self);

  g_clear_object (&priv->context);
  g_clear_pointer (&priv->subtitle, g_free);

  G_OBJECT_CLASS (hk_section_parent_class)->dispose (object);
}

static void
hk_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HkSection *self = HK_SECTION (object);
  HkSectionPrivate *priv = hk_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, priv->subtitle);
      break;
    case PROP_MAIN_ACTION_ENABLED:
      g_value_set_boolean (value, priv->main_action_enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_section_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  HkSection *self = HK_SECTION (object);
  HkSectionPrivate *priv = hk_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      priv->context = g_value_dup_object (value);
      break;
    case PROP_SUBTITLE:
      hk_section_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_MAIN_ACTION_ENABLED:
      hk_section_set_main_action_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_section_class_init (HkSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hk_section_dispose;
  object_class->get_property = hk_section_get_property;
  object_class->set_property = hk_section_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * HkSection:subtitle:
   *
   * Shown under the section's title in the header bar, e.g. the period shown.
   */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * HkSection:main-action-enabled:
   *
   * Whether the section's main command may run now, e.g. %FALSE for an operator whose
   * roles let them read the section but not add to it. The header bar's button follows it.
   */
  properties[PROP_MAIN_ACTION_ENABLED] =
    g_param_spec_boolean ("main-action-enabled", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_section_init (HkSection *self)
{
  HkSectionPrivate *priv = hk_section_get_instance_private (self);

  priv->main_action_enabled = TRUE;
}

gboolean
hk_section_get_main_action_enabled (HkSection *self)
{
  HkSectionPrivate *priv = hk_section_get_instance_private (self);

  g_return_val_if_fail (HK_IS_SECTION (self), FALSE);

  return priv->main_action_enabled;
}

void
hk_section_set_main_action_enabled (HkSection *self,
                                    gboolean   enabled)
{
  HkSectionPrivate *priv = hk_section_get_instance_private (self);

  g_return_if_fail (HK_IS_SECTION (self));

  enabled = !!enabled;
  if (priv->main_action_enabled == enabled)
    return;

  priv->main_action_enabled = enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAIN_ACTION_ENABLED]);
}

HkContext *
hk_section_get_context (HkSection *self)
{
  HkSectionPrivate *priv = hk_section_get_instance_private (self);

  g_return_val_if_fail (HK_IS_SECTION (self), NULL);

  return priv->context;
}

const char *
hk_section_get_subtitle (HkSection *self)
{
  HkSectionPrivate *priv = hk_section_get_instance_private (self);

  g_return_val_if_fail (HK_IS_SECTION (self), NULL);

  return priv->subtitle;
}

void
hk_section_set_subtitle (HkSection  *self,
                         const char *subtitle)
{
  HkSectionPrivate *priv = hk_section_get_instance_private (self);

  g_return_if_fail (HK_IS_SECTION (self));

  if (g_strcmp0 (priv->subtitle, subtitle) == 0)
    return;

  g_free (priv->subtitle);
  priv->subtitle = g_strdup (subtitle);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

/**
 * hk_section_get_main_action:
 * @label: (out) (optional): the button's translated label, with a mnemonic
 * @tooltip: (out) (optional): its translated tooltip
 *
 * Returns: (nullable): the detailed action name of the section's main
 *   command, or %NULL when it has none
 */
const char *
hk_section_get_main_action (HkSection   *self,
                            const char **label,
                            const char **tooltip)
{
  HkSectionClass *klass;

  g_return_val_if_fail (HK_IS_SECTION (self), NULL);

  klass = HK_SECTION_GET_CLASS (self);

  if (label != NULL)
    *label = klass->main_action_label != NULL ? _(klass->main_action_label) : NULL;
  if (tooltip != NULL)
    *tooltip = klass->main_action_tooltip != NULL ? _(klass->main_action_tooltip) : NULL;

  return klass->main_action_name;
}

void
hk_section_focus_search (HkSection *self)
{
  g_return_if_fail (HK_IS_SECTION (self));

  if (HK_SECTION_GET_CLASS (self)->focus_search != NULL)
    HK_SECTION_GET_CLASS (self)->focus_search (self);
}

/* A toast showing @message as it is: libadwaita 1.2 reads a toast's title as markup, and
 * names such as "R&D" must not break it. */
AdwToast *
hk_section_new_toast (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

void
hk_section_show_toast (HkSection  *self,
                       const char *message)
{
  GtkWidget *overlay;

  g_return_if_fail (HK_IS_SECTION (self));

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), hk_section_new_toast (message));
}

/* A refusal the user can fix: a toast shown at once, even when a confirmation is still on
 * screen. */
void
hk_section_show_error_message (HkSection  *self,
                               const char *message)
{
  GtkWidget *overlay;
  AdwToast *toast;

  g_return_if_fail (HK_IS_SECTION (self));
  g_return_if_fail (message != NULL);

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  toast = hk_section_new_toast (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* A recoverable error the user can fix: a toast with the error's sentence. */
void
hk_section_show_error (HkSection    *self,
                       const GError *error)
{
  g_return_if_fail (error != NULL);

  hk_section_show_error_message (self, error->message);
}

/**
 * hk_section_check_text_row:
 * @row: an editable row of a form
 * @max_chars: as the store's field
 * @lines: whether the store's field has lines
 *
 * The store's check of a text field (hk_input_clean_text()) before the store
 * is asked: marks @row as wrong, or not.
 *
 * Returns: (transfer full) (nullable): the message to show under the form
 */
char *
hk_section_check_text_row (gpointer row,
                           guint    max_chars,
                           gboolean lines)
{
  g_autofree char *clean = NULL;
  g_autoptr(GError) error = NULL;

  if (hk_input_clean_text (gtk_editable_get_text (GTK_EDITABLE (row)), max_chars, lines, &clean,
                           &error))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      return NULL;
    }

  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  return g_strdup (error->message);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-lock-page.c: the locked main window: the operator's password again, or log out.
 *
 * The window shows this page instead of its content after a time without use.
 * Only the logged-in operator's own password unlocks it, under the login's
 * rules (hk_operator_store_unlock(): wrong passwords count towards the
 * lock-out); "unlocked" tells the window to show its content again.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-lock-page.h"

struct _HkLockPage
{
  GtkWidget         parent_instance;

  HkContext        *context;

  /* Template widgets */
  GtkLabel         *error_label;
  GtkPasswordEntry *password_entry;
  AdwStatusPage    *status_page;
};

G_DEFINE_FINAL_TYPE (HkLockPage, hk_lock_page, GTK_TYPE_WIDGET)

enum {
  SIGNAL_UNLOCKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_unlock (HkLockPage *self)
{
  HkOperator *operator = hk_context_get_operator (self->context);
  g_autoptr(HkOperator) unlocked = NULL;
  g_autoptr(GError) error = NULL;
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_entry));

  if (operator == NULL)
    return;

  unlocked = hk_operator_store_unlock (hk_context_get_operator_store (self->context), operator,
                                       password, &error);
  gtk_editable_set_text (GTK_EDITABLE (self->password_entry), "");

  if (unlocked == NULL)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_signal_emit (self, signals[SIGNAL_UNLOCKED], 0);
}

static void
hk_lock_page_map (GtkWidget *widget)
{
  HkLockPage *self = HK_LOCK_PAGE (widget);

  GTK_WIDGET_CLASS (hk_lock_page_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
}

static void
hk_lock_page_dispose (GObject *object)
{
  HkLockPage *self = HK_LOCK_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_LOCK_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_lock_page_parent_class)->dispose (object);
}

static void
hk_lock_page_class_init (HkLockPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hk_lock_page_dispose;
  widget_class->map = hk_lock_page_map;

  /**
   * HkLockPage::unlocked:
   *
   * The operator entered their password: the window may show its content again.
   */
  signals[SIGNAL_UNLOCKED] = g_signal_new ("unlocked", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-lock-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkLockPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, HkLockPage, password_entry);
  gtk_widget_class_bind_template_child (widget_class, HkLockPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, on_unlock);
}

static void
hk_lock_page_init (HkLockPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_lock_page_new:
 * @idle_minutes: after how long without use the window locked, for the text; 0 when the
 *   operator locked it
 */
HkLockPage *
hk_lock_page_new (HkContext *context,
                  guint      idle_minutes)
{
  HkLockPage *self;
  HkOperator *operator;
  g_autofree char *description = NULL;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  self = g_object_new (HK_TYPE_LOCK_PAGE, NULL);
  self->context = g_object_ref (context);
  operator = hk_context_get_operator (context);

  if (idle_minutes > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Hallkeeper locked itself after %u minute "
                                                "without use. Enter the password of %s to go on.",
                                                "Hallkeeper locked itself after %u minutes "
                                                "without use. Enter the password of %s to go on.",
                                                idle_minutes),
                                   idle_minutes,
                                   operator != NULL ? hk_operator_get_display_name (operator) : "");
  else
    description = g_strdup_printf (_("Enter the password of %s to go on."),
                                   operator != NULL ? hk_operator_get_display_name (operator) : "");
  adw_status_page_set_description (self->status_page, description);

  return self;
}

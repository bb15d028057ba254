/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-category.c: a category of complaints, e.g. billing or network quality.
 *
 * The schema ships seven built-in categories, shown under their translated
 * names; supervisors add categories of their own (shown as typed) and
 * deactivate any of them, so that new complaints cannot take it. A category is
 * never deleted: old complaints keep theirs.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-complaint-private.h"

/* The built-in categories of migration 0004, by code. */
static const struct
{
  const char *code;
  const char *title;
} builtin_titles[] = {
  { "billing", NC_("complaint category", "Billing") },
  { "network", NC_("complaint category", "Network quality") },
  { "service-attitude", NC_("complaint category", "Service attitude") },
  { "handset", NC_("complaint category", "Handset") },
  { "tariff", NC_("complaint category", "Tariff and plans") },
  { "value-added", NC_("complaint category", "Value-added services") },
  { "other", NC_("complaint category", "Other") },
};

struct _HkComplaintCategory
{
  GObject                 parent_instance;
  HkComplaintCategoryData data;
};

G_DEFINE_FINAL_TYPE (HkComplaintCategory, hk_complaint_category, G_TYPE_OBJECT)

/* The name to show: a built-in category's translated, another's as it was typed. */
const char *
hk_complaint_category_title_for (const char *code,
                                 const char *name,
                                 gboolean    builtin)
{
  if (builtin)
    for (guint i = 0; i < G_N_ELEMENTS (builtin_titles); i++)
      if (g_strcmp0 (builtin_titles[i].code, code) == 0)
        return g_dpgettext2 (GETTEXT_PACKAGE, "complaint category", builtin_titles[i].title);

  return name;
}

static void
hk_complaint_category_finalize (GObject *object)
{
  HkComplaintCategory *self = (HkComplaintCategory *)object;

  g_clear_pointer (&self->data.code, g_free);
  g_clear_pointer (&self->data.name, g_free);

  G_OBJECT_CLASS (hk_complaint_category_parent_class)->finalize (object);
}

static void
hk_complaint_category_class_init (HkComplaintCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_complaint_category_finalize;
}

static void
hk_complaint_category_init (HkComplaintCategory *self)
{
}

/* Takes the strings of @data; only the complaint store calls this. */
HkComplaintCategory *
hk_complaint_category_new_take (HkComplaintCategoryData *data)
{
  HkComplaintCategory *self = g_object_new (HK_TYPE_COMPLAINT_CATEGORY, NULL);

  self->data = *data;
  data->code = NULL;
  data->name = NULL;

  return self;
}

gint64
hk_complaint_category_get_id (HkComplaintCategory *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_CATEGORY (self), 0);
  return self->data.id;
}

/* The id used on the command line, e.g. "billing". */
const char *
hk_complaint_category_get_code (HkComplaintCategory *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_CATEGORY (self), NULL);
  return self->data.code;
}

const char *
hk_complaint_category_get_title (HkComplaintCategory *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_CATEGORY (self), NULL);
  return hk_complaint_category_title_for (self->data.code, self->data.name, self->data.builtin);
}

gboolean
hk_complaint_category_is_builtin (HkComplaintCategory *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_CATEGORY (self), FALSE);
  return self->data.builtin;
}

/* An inactive category stays on old complaints but new ones cannot take it. */
gboolean
hk_complaint_category_get_active (HkComplaintCategory *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_CATEGORY (self), FALSE);
  return self->data.active;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-recheck.c: one entry of the re-check and error register (回访、复核、差错登记).
 *
 * A value made by HkRecheckStore. Its field is the error's type in the
 * monthly counts that the quality analysis reads.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-archive-private.h"

static const struct
{
  const char *id;
  const char *title;
} fields[HK_N_RECHECK_FIELDS] = {
  [HK_RECHECK_CUSTOMER_NAME] = { "customer-name", N_("Customer name") },
  [HK_RECHECK_ID_NUMBER] = { "id-number", N_("Identity number") },
  [HK_RECHECK_PHONE] = { "phone", N_("Phone") },
  [HK_RECHECK_SERVICE_NUMBERS] = { "service-numbers", N_("Service numbers") },
  [HK_RECHECK_FILE_KIND] = { "file-kind", N_("File type") },
  [HK_RECHECK_DOCUMENTS] = { "documents", N_("Documents missing or incomplete") },
  [HK_RECHECK_SIGNATURE] = { "signature", N_("Customer signature") },
  [HK_RECHECK_LOCATION] = { "location", N_("Filed in the wrong place") },
  [HK_RECHECK_OTHER] = { "other", N_("Other") },
};

G_DEFINE_ENUM_TYPE (HkRecheckField, hk_recheck_field,
  G_DEFINE_ENUM_VALUE (HK_RECHECK_CUSTOMER_NAME, "customer-name"),
  G_DEFINE_ENUM_VALUE (HK_RECHECK_ID_NUMBER, "id-number"),
  G_DEFINE_ENUM_VALUE (HK_RECHECK_PHONE, "phone"),
  G_DEFINE_ENUM_VALUE (HK_RECHECK_SERVICE_NUMBERS, "service-numbers"),
  G_DEFINE_ENUM_VALUE (HK_RECHECK_FILE_KIND, "file-kind"),
  G_DEFINE_ENUM_VALUE (HK_RECHECK_DOCUMENTS, "documents"),
  G_DEFINE_ENUM_VALUE (HK_RECHECK_SIGNATURE, "signature"),
  G_DEFINE_ENUM_VALUE (HK_RECHECK_LOCATION, "location"),
  G_DEFINE_ENUM_VALUE (HK_RECHECK_OTHER, "other"))

const char *
hk_recheck_field_to_id (HkRecheckField field)
{
  g_return_val_if_fail (field < HK_N_RECHECK_FIELDS, NULL);

  return fields[field].id;
}

gboolean
hk_recheck_field_from_id (const char     *id,
                          HkRecheckField *field)
{
  for (guint i = 0; id != NULL && i < HK_N_RECHECK_FIELDS; i++)
    if (g_str_equal (fields[i].id, id))
      {
        if (field != NULL)
          *field = i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_recheck_field_get_title (HkRecheckField field)
{
  g_return_val_if_fail (field < HK_N_RECHECK_FIELDS, NULL);

  return _(fields[field].title);
}

struct _HkRecheck
{
  GObject        parent_instance;
  HkRecheckData  data;
};

G_DEFINE_FINAL_TYPE (HkRecheck, hk_recheck, G_TYPE_OBJECT)

static void
hk_recheck_finalize (GObject *object)
{
  HkRecheck *self = (HkRecheck *)object;

  g_free (self->data.file_no);
  g_free (self->data.error);
  g_free (self->data.cause);
  g_free (self->data.correction);

  G_OBJECT_CLASS (hk_recheck_parent_class)->finalize (object);
}

static void
hk_recheck_class_init (HkRecheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_recheck_finalize;
}

static void
hk_recheck_init (HkRecheck *self)
{
}

/* Takes the strings of @data; only the store calls this. */
HkRecheck *
hk_recheck_new_take (HkRecheckData *data)
{
  HkRecheck *self = g_object_new (HK_TYPE_RECHECK, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_recheck_get_id (HkRecheck *self)
{
  g_return_val_if_fail (HK_IS_RECHECK (self), 0);
  return self->data.id;
}

gint64
hk_recheck_get_file_id (HkRecheck *self)
{
  g_return_val_if_fail (HK_IS_RECHECK (self), 0);
  return self->data.file_id;
}

const char *
hk_recheck_get_file_no (HkRecheck *self)
{
  g_return_val_if_fail (HK_IS_RECHECK (self), NULL);
  return self->data.file_no;
}

HkRecheckField
hk_recheck_get_field (HkRecheck *self)
{
  g_return_val_if_fail (HK_IS_RECHECK (self), HK_RECHECK_OTHER);
  return self->data.field;
}

gboolean
hk_recheck_get_error_found (HkRecheck *self)
{
  g_return_val_if_fail (HK_IS_RECHECK (self), FALSE);
  return self->data.error_found;
}

/* What was wrong; NULL when the field was right. */
const char *
hk_recheck_get_error (HkRecheck *self)
{
  g_return_val_if_fail (HK_IS_RECHECK (self), NULL);
  return self->data.error;
}

const char *
hk_recheck_get_cause (HkRecheck *self)
{
  g_return_val_if_fail (HK_IS_RECHECK (self), NULL);
  return self->data.cause;
}

const char *
hk_recheck_get_correction (HkRecheck *self)
{
  g_return_val_if_fail (HK_IS_RECHECK (self), NULL);
  return self->data.correction;
}

gint64
hk_recheck_get_checked_at (HkRecheck *self)
{
  g_return_val_if_fail (HK_IS_RECHECK (self), 0);
  return self->data.checked_at;
}

gint64
hk_recheck_get_checked_by (HkRecheck *self)
{
  g_return_val_if_fail (HK_IS_RECHECK (self), 0);
  return self->data.checked_by;
}

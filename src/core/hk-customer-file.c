/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-customer-file.c: a customer file (客户档案) as lists show it: identity data masked.
 *
 * A value made by HkCustomerFileStore. It never holds the identity number,
 * the phone or the service numbers in clear: the store masks them while it
 * reads the row, so no list, search result, export or log line made from an
 * HkCustomerFile can show them. Only hk_customer_file_store_reveal_identity()
 * returns them, to the designated person of an open consultation.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-archive-private.h"

static const struct
{
  const char *id;
  const char *title;
} kinds[HK_N_FILE_KINDS] = {
  [HK_FILE_KIND_ACCOUNT_OPENING] = { "account-opening", N_("Account opening") },
  [HK_FILE_KIND_REAL_NAME] = { "real-name", N_("Real-name registration") },
  [HK_FILE_KIND_TRANSFER] = { "transfer", N_("Transfer of ownership") },
  [HK_FILE_KIND_CANCELLATION] = { "cancellation", N_("Cancellation") },
  [HK_FILE_KIND_PLAN_CHANGE] = { "plan-change", N_("Plan change") },
  [HK_FILE_KIND_OTHER] = { "other", N_("Other") },
};

static const struct
{
  const char *id;
  const char *title;
} statuses[HK_N_FILE_STATUSES] = {
  [HK_FILE_IN_ARCHIVE] = { "in-archive", N_("In the archive") },
  [HK_FILE_OUT] = { "out", N_("Out for consultation") },
  [HK_FILE_TRANSFERRED] = { "transferred", N_("Transferred to the city company") },
  [HK_FILE_DESTROYED] = { "destroyed", N_("Destroyed after retention") },
};

/* The nicks are the ids of the database. */
G_DEFINE_ENUM_TYPE (HkFileKind, hk_file_kind,
  G_DEFINE_ENUM_VALUE (HK_FILE_KIND_ACCOUNT_OPENING, "account-opening"),
  G_DEFINE_ENUM_VALUE (HK_FILE_KIND_REAL_NAME, "real-name"),
  G_DEFINE_ENUM_VALUE (HK_FILE_KIND_TRANSFER, "transfer"),
  G_DEFINE_ENUM_VALUE (HK_FILE_KIND_CANCELLATION, "cancellation"),
  G_DEFINE_ENUM_VALUE (HK_FILE_KIND_PLAN_CHANGE, "plan-change"),
  G_DEFINE_ENUM_VALUE (HK_FILE_KIND_OTHER, "other"))

G_DEFINE_ENUM_TYPE (HkFileStatus, hk_file_status,
  G_DEFINE_ENUM_VALUE (HK_FILE_IN_ARCHIVE, "in-archive"),
  G_DEFINE_ENUM_VALUE (HK_FILE_OUT, "out"),
  G_DEFINE_ENUM_VALUE (HK_FILE_TRANSFERRED, "transferred"),
  G_DEFINE_ENUM_VALUE (HK_FILE_DESTROYED, "destroyed"))

/* The id of the database and the command line, e.g. "real-name". */
const char *
hk_file_kind_to_id (HkFileKind kind)
{
  g_return_val_if_fail (kind < HK_N_FILE_KINDS, NULL);

  return kinds[kind].id;
}

gboolean
hk_file_kind_from_id (const char *id,
                      HkFileKind *kind)
{
  for (guint i = 0; id != NULL && i < HK_N_FILE_KINDS; i++)
    if (g_str_equal (kinds[i].id, id))
      {
        if (kind != NULL)
          *kind = i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_file_kind_get_title (HkFileKind kind)
{
  g_return_val_if_fail (kind < HK_N_FILE_KINDS, NULL);

  return _(kinds[kind].title);
}

const char *
hk_file_status_to_id (HkFileStatus status)
{
  g_return_val_if_fail (status < HK_N_FILE_STATUSES, NULL);

  return statuses[status].id;
}

gboolean
hk_file_status_from_id (const char   *id,
                        HkFileStatus *status)
{
  for (guint i = 0; id != NULL && i < HK_N_FILE_STATUSES; i++)
    if (g_str_equal (statuses[i].id, id))
      {
        if (status != NULL)
          *status = i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_file_status_get_title (HkFileStatus status)
{
  g_return_val_if_fail (status < HK_N_FILE_STATUSES, NULL);

  return _(statuses[status].title);
}

struct _HkCustomerFile
{
  GObject             parent_instance;
  HkCustomerFileData  data;
  char               *location;
};

G_DEFINE_FINAL_TYPE (HkCustomerFile, hk_customer_file, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE_NO,
  PROP_CUSTOMER_NAME,
  PROP_MASKED_ID_NUMBER,
  PROP_KIND,
  PROP_LOCATION,
  PROP_RECEIVED_ON,
  PROP_RETAIN_UNTIL,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_customer_file_finalize (GObject *object)
{
  HkCustomerFile *self = (HkCustomerFile *)object;

  g_free (self->data.file_no);
  g_free (self->data.customer_name);
  g_free (self->data.masked_id_number);
  g_free (self->data.masked_phone);
  g_strfreev (self->data.masked_service_numbers);
  g_free (self->data.cabinet);
  g_free (self->data.shelf);
  g_free (self->data.box);
  g_free (self->data.received_on);
  g_free (self->data.retain_until);
  g_free (self->data.status_note);
  g_free (self->location);

  G_OBJECT_CLASS (hk_customer_file_parent_class)->finalize (object);
}

static void
hk_customer_file_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HkCustomerFile *self = HK_CUSTOMER_FILE (object);

  switch (prop_id)
    {
    case PROP_FILE_NO:
      g_value_set_string (value, self->data.file_no);
      break;
    case PROP_CUSTOMER_NAME:
      g_value_set_string (value, self->data.customer_name);
      break;
    case PROP_MASKED_ID_NUMBER:
      g_value_set_string (value, self->data.masked_id_number);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->data.kind);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_RECEIVED_ON:
      g_value_set_string (value, self->data.received_on);
      break;
    case PROP_RETAIN_UNTIL:
      g_value_set_string (value, self->data.retain_until);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->data.status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_customer_file_class_init (HkCustomerFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_customer_file_finalize;
  object_class->get_property = hk_customer_file_get_property;

  properties[PROP_FILE_NO] = g_param_spec_string ("file-no", NULL, NULL, NULL, flags);
  properties[PROP_CUSTOMER_NAME] = g_param_spec_string ("customer-name", NULL, NULL, NULL, flags);
  properties[PROP_MASKED_ID_NUMBER] = g_param_spec_string ("masked-id-number", NULL, NULL, NULL,
                                                           flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, HK_TYPE_FILE_KIND,
                                             HK_FILE_KIND_OTHER, flags);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, NULL, flags);
  properties[PROP_RECEIVED_ON] = g_param_spec_string ("received-on", NULL, NULL, NULL, flags);
  properties[PROP_RETAIN_UNTIL] = g_param_spec_string ("retain-until", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, HK_TYPE_FILE_STATUS,
                                               HK_FILE_IN_ARCHIVE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_customer_file_init (HkCustomerFile *self)
{
}

/* Takes the strings of @data, whose identity data must be masked already; only the store calls
 * this. */
HkCustomerFile *
hk_customer_file_new_take (HkCustomerFileData *data)
{
  HkCustomerFile *self = g_object_new (HK_TYPE_CUSTOMER_FILE, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  if (self->data.masked_service_numbers == NULL)
    self->data.masked_service_numbers = g_new0 (char *, 1);

  self->location = g_strdup_printf ("%s-%s-%s", self->data.cabinet, self->data.shelf,
                                    self->data.box);

  return self;
}

gint64
hk_customer_file_get_id (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), 0);
  return self->data.id;
}

const char *
hk_customer_file_get_file_no (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->data.file_no;
}

const char *
hk_customer_file_get_customer_name (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->data.customer_name;
}

/* "330***********1234". */
const char *
hk_customer_file_get_masked_id_number (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->data.masked_id_number;
}

/* "138****5678", or "" when the file has no phone. */
const char *
hk_customer_file_get_masked_phone (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->data.masked_phone;
}

/**
 * hk_customer_file_get_masked_service_numbers:
 *
 * Returns: (transfer none) (array zero-terminated=1): the service numbers, masked like phones
 */
const char * const *
hk_customer_file_get_masked_service_numbers (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return (const char * const *)self->data.masked_service_numbers;
}

/* The masked service numbers in one line, "138****5678, 139****0000". */
char *
hk_customer_file_dup_masked_service_numbers (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return g_strjoinv (", ", self->data.masked_service_numbers);
}

HkFileKind
hk_customer_file_get_kind (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), HK_FILE_KIND_OTHER);
  return self->data.kind;
}

const char *
hk_customer_file_get_cabinet (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->data.cabinet;
}

const char *
hk_customer_file_get_shelf (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->data.shelf;
}

const char *
hk_customer_file_get_box (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->data.box;
}

/* Cabinet, shelf and box in one: "A-03-12". */
const char *
hk_customer_file_get_location (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->location;
}

const char *
hk_customer_file_get_received_on (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->data.received_on;
}

/* The last day the file must be kept; it may be destroyed after it. */
const char *
hk_customer_file_get_retain_until (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->data.retain_until;
}

HkFileStatus
hk_customer_file_get_status (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), HK_FILE_IN_ARCHIVE);
  return self->data.status;
}

/* When the status last changed (released, returned, transferred, destroyed); 0 never. */
gint64
hk_customer_file_get_status_at (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), 0);
  return self->data.status_at;
}

/* Who changed the status last; 0 never. */
gint64
hk_customer_file_get_status_by (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), 0);
  return self->data.status_by;
}

/* The transfer slip or destruction record of a file that left the archive; NULL otherwise. */
const char *
hk_customer_file_get_status_note (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), NULL);
  return self->data.status_note;
}

gint64
hk_customer_file_get_registered_at (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), 0);
  return self->data.registered_at;
}

gint64
hk_customer_file_get_registered_by (HkCustomerFile *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (self), 0);
  return self->data.registered_by;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-request.c: a request to consult customer files, and its approval by a superior.
 *
 * A value made by HkAccessRequestStore, with its state as of the moment it was
 * read: pending, approved and waiting for release, out, completed, rejected or
 * expired. The store reads it again after each change.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-archive-private.h"

static const struct
{
  const char *id;
  const char *title;
} purposes[HK_N_ACCESS_PURPOSES] = {
  [HK_ACCESS_PURPOSE_COMPLAINT] = { "complaint", N_("Complaint handling") },
  [HK_ACCESS_PURPOSE_AUDIT] = { "audit", N_("Audit") },
  [HK_ACCESS_PURPOSE_COURT_OR_POLICE] = { "court-or-police", N_("Court or police request") },
  [HK_ACCESS_PURPOSE_CUSTOMER_REQUEST] = { "customer-request", N_("Customer request") },
  [HK_ACCESS_PURPOSE_DATA_CORRECTION] = { "data-correction", N_("Data correction") },
};

static const struct
{
  const char *id;
  const char *title;
} states[HK_N_ACCESS_REQUEST_STATES] = {
  [HK_ACCESS_REQUEST_PENDING] = { "pending", N_("Waiting for approval") },
  [HK_ACCESS_REQUEST_APPROVED] = { "approved", N_("Waiting for release") },
  [HK_ACCESS_REQUEST_OUT] = { "out", N_("Out for consultation") },
  [HK_ACCESS_REQUEST_COMPLETED] = { "completed", N_("Completed") },
  [HK_ACCESS_REQUEST_REJECTED] = { "rejected", N_("Rejected") },
  [HK_ACCESS_REQUEST_EXPIRED] = { "expired", N_("Expired") },
};

G_DEFINE_ENUM_TYPE (HkAccessPurpose, hk_access_purpose,
  G_DEFINE_ENUM_VALUE (HK_ACCESS_PURPOSE_COMPLAINT, "complaint"),
  G_DEFINE_ENUM_VALUE (HK_ACCESS_PURPOSE_AUDIT, "audit"),
  G_DEFINE_ENUM_VALUE (HK_ACCESS_PURPOSE_COURT_OR_POLICE, "court-or-police"),
  G_DEFINE_ENUM_VALUE (HK_ACCESS_PURPOSE_CUSTOMER_REQUEST, "customer-request"),
  G_DEFINE_ENUM_VALUE (HK_ACCESS_PURPOSE_DATA_CORRECTION, "data-correction"))

G_DEFINE_ENUM_TYPE (HkAccessRequestState, hk_access_request_state,
  G_DEFINE_ENUM_VALUE (HK_ACCESS_REQUEST_PENDING, "pending"),
  G_DEFINE_ENUM_VALUE (HK_ACCESS_REQUEST_APPROVED, "approved"),
  G_DEFINE_ENUM_VALUE (HK_ACCESS_REQUEST_OUT, "out"),
  G_DEFINE_ENUM_VALUE (HK_ACCESS_REQUEST_COMPLETED, "completed"),
  G_DEFINE_ENUM_VALUE (HK_ACCESS_REQUEST_REJECTED, "rejected"),
  G_DEFINE_ENUM_VALUE (HK_ACCESS_REQUEST_EXPIRED, "expired"))

G_DEFINE_ENUM_TYPE (HkApprovalKind, hk_approval_kind,
  G_DEFINE_ENUM_VALUE (HK_APPROVAL_NONE, "none"),
  G_DEFINE_ENUM_VALUE (HK_APPROVAL_APP, "app"),
  G_DEFINE_ENUM_VALUE (HK_APPROVAL_PAPER, "paper"))

const char *
hk_access_purpose_to_id (HkAccessPurpose purpose)
{
  g_return_val_if_fail (purpose < HK_N_ACCESS_PURPOSES, NULL);

  return purposes[purpose].id;
}

gboolean
hk_access_purpose_from_id (const char      *id,
                           HkAccessPurpose *purpose)
{
  for (guint i = 0; id != NULL && i < HK_N_ACCESS_PURPOSES; i++)
    if (g_str_equal (purposes[i].id, id))
      {
        if (purpose != NULL)
          *purpose = i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_access_purpose_get_title (HkAccessPurpose purpose)
{
  g_return_val_if_fail (purpose < HK_N_ACCESS_PURPOSES, NULL);

  return _(purposes[purpose].title);
}

const char *
hk_access_request_state_to_id (HkAccessRequestState state)
{
  g_return_val_if_fail (state < HK_N_ACCESS_REQUEST_STATES, NULL);

  return states[state].id;
}

gboolean
hk_access_request_state_from_id (const char           *id,
                                 HkAccessRequestState *state)
{
  for (guint i = 0; id != NULL && i < HK_N_ACCESS_REQUEST_STATES; i++)
    if (g_str_equal (states[i].id, id))
      {
        if (state != NULL)
          *state = i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_access_request_state_get_title (HkAccessRequestState state)
{
  g_return_val_if_fail (state < HK_N_ACCESS_REQUEST_STATES, NULL);

  return _(states[state].title);
}

/* How a decision was made: "" (none), "In the application", "Paper approval slip". */
const char *
hk_approval_kind_get_title (HkApprovalKind kind)
{
  switch (kind)
    {
    case HK_APPROVAL_APP:
      return _("In the application");
    case HK_APPROVAL_PAPER:
      return _("Paper approval slip");
    case HK_APPROVAL_NONE:
    default:
      return "";
    }
}

struct _HkAccessRequest
{
  GObject              parent_instance;
  HkAccessRequestData  data;
};

G_DEFINE_FINAL_TYPE (HkAccessRequest, hk_access_request, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_access_request_finalize (GObject *object)
{
  HkAccessRequest *self = (HkAccessRequest *)object;

  g_free (self->data.purpose_note);
  g_free (self->data.comment);
  g_free (self->data.paper_approver);
  g_free (self->data.paper_title);
  g_free (self->data.paper_slip_no);
  g_free (self->data.paper_date);
  g_clear_pointer (&self->data.file_ids, g_array_unref);
  g_clear_pointer (&self->data.file_nos, g_ptr_array_unref);

  G_OBJECT_CLASS (hk_access_request_parent_class)->finalize (object);
}

static void
hk_access_request_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HkAccessRequest *self = HK_ACCESS_REQUEST (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->data.state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_access_request_class_init (HkAccessRequestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_access_request_finalize;
  object_class->get_property = hk_access_request_get_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, HK_TYPE_ACCESS_REQUEST_STATE,
                       HK_ACCESS_REQUEST_PENDING, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_access_request_init (HkAccessRequest *self)
{
}

/* Takes the strings and arrays of @data; only the store calls this. */
HkAccessRequest *
hk_access_request_new_take (HkAccessRequestData *data)
{
  HkAccessRequest *self = g_object_new (HK_TYPE_ACCESS_REQUEST, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  if (self->data.file_ids == NULL)
    self->data.file_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (self->data.file_nos == NULL)
    self->data.file_nos = g_ptr_array_new_with_free_func (g_free);

  return self;
}

gint64
hk_access_request_get_id (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.id;
}

gint64
hk_access_request_get_requested_at (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.requested_at;
}

gint64
hk_access_request_get_requester_id (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.requester_id;
}

/* The one operator who consults the files. */
gint64
hk_access_request_get_designated_id (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.designated_id;
}

HkAccessPurpose
hk_access_request_get_purpose (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), HK_ACCESS_PURPOSE_COMPLAINT);
  return self->data.purpose;
}

const char *
hk_access_request_get_purpose_note (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), NULL);
  return self->data.purpose_note;
}

/* The first second at which a file may be released. */
gint64
hk_access_request_get_window_from (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.window_from;
}

/* The end of the window: the approval expires and released files are due back. */
gint64
hk_access_request_get_window_until (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.window_until;
}

HkAccessRequestState
hk_access_request_get_state (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), HK_ACCESS_REQUEST_PENDING);
  return self->data.state;
}

HkApprovalKind
hk_access_request_get_approval_kind (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), HK_APPROVAL_NONE);
  return self->data.approval_kind;
}

gint64
hk_access_request_get_decided_at (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.decided_at;
}

/* The superior who decided in the application, or the archivist who recorded a paper slip. */
gint64
hk_access_request_get_decided_by (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.decided_by;
}

const char *
hk_access_request_get_comment (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), NULL);
  return self->data.comment;
}

/* The superior who signed a paper approval slip; NULL for a decision in the application. */
const char *
hk_access_request_get_paper_approver (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), NULL);
  return self->data.paper_approver;
}

const char *
hk_access_request_get_paper_title (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), NULL);
  return self->data.paper_title;
}

const char *
hk_access_request_get_paper_slip_no (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), NULL);
  return self->data.paper_slip_no;
}

/* The day written on the slip, "YYYY-MM-DD". */
const char *
hk_access_request_get_paper_date (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), NULL);
  return self->data.paper_date;
}

guint
hk_access_request_get_n_files (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.file_ids->len;
}

gint64
hk_access_request_get_file_id (HkAccessRequest *self,
                               guint            index)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  g_return_val_if_fail (index < self->data.file_ids->len, 0);
  return g_array_index (self->data.file_ids, gint64, index);
}

const char *
hk_access_request_get_file_no (HkAccessRequest *self,
                               guint            index)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), NULL);
  g_return_val_if_fail (index < self->data.file_nos->len, NULL);
  return g_ptr_array_index (self->data.file_nos, index);
}

gboolean
hk_access_request_has_file (HkAccessRequest *self,
                            gint64           file_id)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), FALSE);

  for (guint i = 0; i < self->data.file_ids->len; i++)
    if (g_array_index (self->data.file_ids, gint64, i) == file_id)
      return TRUE;

  return FALSE;
}

/* The file numbers in one line: "DA-0001, DA-0002". */
char *
hk_access_request_dup_file_nos (HkAccessRequest *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), NULL);

  for (guint i = 0; i < self->data.file_nos->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                            (const char *)g_ptr_array_index (self->data.file_nos, i));

  return g_string_free (text, FALSE);
}

/* How many of its files were released so far (out or back). */
guint
hk_access_request_get_n_released (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.n_released;
}

/* How many of its files are out now. */
guint
hk_access_request_get_n_out (HkAccessRequest *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (self), 0);
  return self->data.n_out;
}

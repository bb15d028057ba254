/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-day.c: one day of the first-contact responsibility book (首问责任制本) and its
 * signature by the duty manager.
 *
 * The book of a day lists every complaint received that day with its
 * first-contact owner, its status, whether it was entered the same day and
 * whether it is closed, as they are now. Once the duty manager signs the day,
 * it also keeps what the signature covered, as it was then: how many
 * complaints had been received and closed, and each one not closed yet with
 * its status, deadline state and handler. Those are stored at signing and read
 * back, never recomputed, so a complaint closed later still shows as open at
 * signing, and one entered later shows as entered after signing.
 */

#include "config.h"

#include "hk-complaint-private.h"

struct _HkComplaintDay
{
  GObject             parent_instance;
  HkComplaintDayData  data;
  GListStore         *complaints;
};

G_DEFINE_FINAL_TYPE (HkComplaintDay, hk_complaint_day, G_TYPE_OBJECT)

static void
hk_complaint_day_finalize (GObject *object)
{
  HkComplaintDay *self = (HkComplaintDay *)object;

  g_clear_object (&self->complaints);
  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.signed_by_name, g_free);
  g_clear_pointer (&self->data.note, g_free);
  g_clear_pointer (&self->data.open_at_signing, g_array_unref);

  G_OBJECT_CLASS (hk_complaint_day_parent_class)->finalize (object);
}

static void
hk_complaint_day_class_init (HkComplaintDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_complaint_day_finalize;
}

static void
hk_complaint_day_init (HkComplaintDay *self)
{
  self->complaints = g_list_store_new (HK_TYPE_COMPLAINT);
}

/* Takes the strings and arrays of @data; only the complaint store calls this. */
HkComplaintDay *
hk_complaint_day_new_take (HkComplaintDayData *data)
{
  HkComplaintDay *self = g_object_new (HK_TYPE_COMPLAINT_DAY, NULL);

  self->data = *data;
  if (data->complaints != NULL)
    g_list_store_splice (self->complaints, 0, 0, data->complaints->pdata, data->complaints->len);
  g_clear_pointer (&self->data.complaints, g_ptr_array_unref);
  if (self->data.open_at_signing == NULL)
    self->data.open_at_signing = g_array_new (FALSE, TRUE, sizeof (HkComplaintDayOpen));

  data->day = NULL;
  data->complaints = NULL;
  data->signed_by_name = NULL;
  data->note = NULL;
  data->open_at_signing = NULL;

  return self;
}

const char *
hk_complaint_day_get_day (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), NULL);
  return self->data.day;
}

/**
 * hk_complaint_day_get_complaints:
 *
 * Returns: (transfer none): the #HkComplaint items received that day, as they
 *   are now, in the order they were received
 */
GListModel *
hk_complaint_day_get_complaints (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), NULL);
  return G_LIST_MODEL (self->complaints);
}

static guint
count_complaints (HkComplaintDay *self,
                  gboolean        entered_late)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->complaints));
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkComplaint) complaint = g_list_model_get_item (G_LIST_MODEL (self->complaints), i);

      if (entered_late ? hk_complaint_is_entered_late (complaint)
                       : hk_complaint_get_status (complaint) != HK_COMPLAINT_CLOSED)
        count++;
    }

  return count;
}

/* Of the day's complaints, how many were entered on a later day. */
guint
hk_complaint_day_get_n_entered_late (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), 0);
  return count_complaints (self, TRUE);
}

/* Of the day's complaints, how many are not closed now. */
guint
hk_complaint_day_get_n_not_closed (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), 0);
  return count_complaints (self, FALSE);
}

gboolean
hk_complaint_day_is_signed (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), FALSE);
  return self->data.is_signed;
}

gint64
hk_complaint_day_get_signed_at (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), 0);
  return self->data.signed_at;
}

gint64
hk_complaint_day_get_signed_by (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), 0);
  return self->data.signed_by;
}

const char *
hk_complaint_day_get_signed_by_name (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), NULL);
  return self->data.signed_by_name;
}

/* What the duty manager wrote when signing; may be NULL. */
const char *
hk_complaint_day_get_note (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), NULL);
  return self->data.note;
}

guint
hk_complaint_day_get_n_received_at_signing (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), 0);
  return self->data.n_received;
}

guint
hk_complaint_day_get_n_closed_at_signing (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), 0);
  return self->data.n_closed;
}

/* How many of the day's complaints were not closed at signing (open or resolved). */
guint
hk_complaint_day_get_n_open_at_signing (HkComplaintDay *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), 0);
  return self->data.open_at_signing->len;
}

gint64
hk_complaint_day_get_open_complaint_id (HkComplaintDay *self,
                                        guint           index)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), 0);
  g_return_val_if_fail (index < self->data.open_at_signing->len, 0);

  return g_array_index (self->data.open_at_signing, HkComplaintDayOpen, index).complaint_id;
}

/**
 * hk_complaint_day_lookup_open_at_signing:
 * @status: (out) (optional): its status then
 * @sla: (out) (optional): its deadline state then
 * @handler_id: (out) (optional): who handled it then
 *
 * Returns: %TRUE when the complaint was among those not closed at signing
 */
gboolean
hk_complaint_day_lookup_open_at_signing (HkComplaintDay    *self,
                                         gint64             complaint_id,
                                         HkComplaintStatus *status,
                                         HkComplaintSla    *sla,
                                         gint64            *handler_id)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), FALSE);

  for (guint i = 0; i < self->data.open_at_signing->len; i++)
    {
      HkComplaintDayOpen *open = &g_array_index (self->data.open_at_signing, HkComplaintDayOpen, i);

      if (open->complaint_id != complaint_id)
        continue;

      if (status != NULL)
        *status = open->status;
      if (sla != NULL)
        *sla = open->sla;
      if (handler_id != NULL)
        *handler_id = open->handler_id;
      return TRUE;
    }

  return FALSE;
}

/* A complaint of the day that was entered only after the day was signed (so the signature
 * did not cover it). FALSE while the day is not signed. */
gboolean
hk_complaint_day_entered_after_signing (HkComplaintDay *self,
                                        HkComplaint    *complaint)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY (self), FALSE);
  g_return_val_if_fail (HK_IS_COMPLAINT (complaint), FALSE);

  return self->data.is_signed && hk_complaint_get_entered_at (complaint) > self->data.signed_at;
}

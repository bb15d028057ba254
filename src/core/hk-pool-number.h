/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-pool-number.h: one number of the hall's number stock (号源): its class, price and state. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_NUMBER_ORDINARY,
  HK_NUMBER_PREMIUM,        /* a 靓号: sold at its own price */
} HkNumberClass;

#define HK_TYPE_NUMBER_CLASS (hk_number_class_get_type ())
GType        hk_number_class_get_type   (void) G_GNUC_CONST;
const char  *hk_number_class_to_id      (HkNumberClass  number_class);
gboolean     hk_number_class_from_id    (const char    *id,
                                         HkNumberClass *number_class);
const char  *hk_number_class_get_title  (HkNumberClass  number_class);

typedef enum
{
  HK_NUMBER_AVAILABLE,
  HK_NUMBER_RESERVED,       /* for a customer, until a day */
  HK_NUMBER_SOLD,           /* on a receipt */
  HK_NUMBER_RETURNED,       /* given back to the city company */
} HkNumberState;

#define HK_TYPE_NUMBER_STATE (hk_number_state_get_type ())
GType        hk_number_state_get_type   (void) G_GNUC_CONST;
const char  *hk_number_state_to_id      (HkNumberState  state);
gboolean     hk_number_state_from_id    (const char    *id,
                                         HkNumberState *state);
const char  *hk_number_state_get_title  (HkNumberState  state);

/* One line of a number's history. */
typedef struct
{
  gint64  at;
  gint64  by;           /* 0: nobody (an expiry) */
  char   *kind;         /* "added", "reserved", "released", "expired", "sold", "sale-voided",
                         * "returned", "class-changed" */
  char   *detail;
  gint64  receipt_id;
} HkNumberEvent;

#define HK_TYPE_NUMBER_EVENT (hk_number_event_get_type ())
GType          hk_number_event_get_type (void) G_GNUC_CONST;
HkNumberEvent *hk_number_event_copy     (const HkNumberEvent *self);
void           hk_number_event_free     (HkNumberEvent       *self);

#define HK_TYPE_POOL_NUMBER (hk_pool_number_get_type ())

G_DECLARE_FINAL_TYPE (HkPoolNumber, hk_pool_number, HK, POOL_NUMBER, GObject)

gint64         hk_pool_number_get_id                   (HkPoolNumber *self);
const char    *hk_pool_number_get_number               (HkPoolNumber *self);
HkNumberClass  hk_pool_number_get_number_class         (HkPoolNumber *self);
gint64         hk_pool_number_get_price                (HkPoolNumber *self);
HkNumberState  hk_pool_number_get_state                (HkPoolNumber *self);
gboolean       hk_pool_number_get_reservation_expired  (HkPoolNumber *self);
const char    *hk_pool_number_get_reserved_for         (HkPoolNumber *self);
const char    *hk_pool_number_get_reserved_phone       (HkPoolNumber *self);
char          *hk_pool_number_dup_masked_phone         (HkPoolNumber *self);
gint64         hk_pool_number_get_reserved_until       (HkPoolNumber *self);
gint64         hk_pool_number_get_reserved_by          (HkPoolNumber *self);
gint64         hk_pool_number_get_receipt_id           (HkPoolNumber *self);
gint64         hk_pool_number_get_state_at             (HkPoolNumber *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-type.h: a kind of card the hall stocks (a SIM card kind, a value card of a face value),
 * and how its serial numbers are read and written. */

#pragma once

#include <glib-object.h>

#include "hk-number-range.h"

G_BEGIN_DECLS

typedef enum
{
  HK_CARD_KIND_SIM,
  HK_CARD_KIND_VALUE,
} HkCardKind;

#define HK_TYPE_CARD_KIND (hk_card_kind_get_type ())
GType        hk_card_kind_get_type  (void) G_GNUC_CONST;
const char  *hk_card_kind_to_id     (HkCardKind   kind);
gboolean     hk_card_kind_from_id   (const char  *id,
                                     HkCardKind  *kind);
const char  *hk_card_kind_get_title (HkCardKind   kind);

/* The serial's last digits, at most this many, are its running number; the digits before
 * them are its prefix. A run of serials has one prefix. */
#define HK_CARD_SERIAL_NUMBER_DIGITS 15
/* Serials have 6 to 20 digits (an ICCID has 19 or 20). */
#define HK_CARD_SERIAL_MIN_LENGTH 6
#define HK_CARD_SERIAL_MAX_LENGTH 20
/* One run names at most this many cards. */
#define HK_CARD_RUN_MAX 1000000

/* Consecutive serials of one card type: a prefix and a range of running numbers. */
typedef struct
{
  char          *prefix;
  HkNumberRange  range;
} HkCardRun;

#define HK_TYPE_CARD_RUN (hk_card_run_get_type ())
GType      hk_card_run_get_type (void) G_GNUC_CONST;
HkCardRun *hk_card_run_new      (const char      *prefix,
                                 gint64           first,
                                 gint64           last);
HkCardRun *hk_card_run_copy     (const HkCardRun *self);
void       hk_card_run_free     (HkCardRun       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkCardRun, hk_card_run_free)

#define HK_TYPE_CARD_TYPE (hk_card_type_get_type ())

G_DECLARE_FINAL_TYPE (HkCardType, hk_card_type, HK, CARD_TYPE, GObject)

gint64       hk_card_type_get_id             (HkCardType      *self);
const char  *hk_card_type_get_code           (HkCardType      *self);
const char  *hk_card_type_get_name           (HkCardType      *self);
HkCardKind   hk_card_type_get_kind           (HkCardType      *self);
gint64       hk_card_type_get_face_value     (HkCardType      *self);
guint        hk_card_type_get_serial_length  (HkCardType      *self);
gint64       hk_card_type_get_fee_item_id    (HkCardType      *self);
gboolean     hk_card_type_get_active         (HkCardType      *self);

gboolean     hk_card_type_parse_serial       (HkCardType      *self,
                                              const char      *text,
                                              char           **prefix,
                                              gint64          *number,
                                              GError         **error);
GPtrArray   *hk_card_type_parse_serials      (HkCardType      *self,
                                              const char      *text,
                                              GError         **error);
char        *hk_card_type_format_serial      (HkCardType      *self,
                                              const char      *prefix,
                                              gint64           number);
char        *hk_card_type_format_run         (HkCardType      *self,
                                              const HkCardRun *run);
char        *hk_card_type_format_runs        (HkCardType      *self,
                                              GPtrArray       *runs);
gint64       hk_card_runs_count              (GPtrArray       *runs);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-handover.h: a clerk's card handover (交接) at the end of a shift, per card type. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * HkCardHandoverLine:
 * @begin: cards held when the clerk's previous handover was done (or none before the first)
 * @received: allocated to the clerk or handed over to them since
 * @sold: sold on receipts since, less the sales of voided receipts
 * @returned: given back to the hall's stock since
 * @end: @begin + @received − @sold − @returned: what the records say the clerk holds
 * @counted: what the clerk counted
 * @carried: what the clerk still holds after the handover (@end, or 0 when the cards went to
 *   another clerk)
 * @explanation: why @counted differs from @end, or %NULL
 */
typedef struct
{
  gint64  card_type_id;
  char   *card_type_name;
  gint64  begin;
  gint64  received;
  gint64  sold;
  gint64  returned;
  gint64  end;
  gint64  counted;
  gint64  carried;
  char   *explanation;
  gint64  explained_at;
  gint64  explained_by;
} HkCardHandoverLine;

#define HK_TYPE_CARD_HANDOVER (hk_card_handover_get_type ())

G_DECLARE_FINAL_TYPE (HkCardHandover, hk_card_handover, HK, CARD_HANDOVER, GObject)

gint64                    hk_card_handover_get_id               (HkCardHandover *self);
gint64                    hk_card_handover_get_clerk_id         (HkCardHandover *self);
gint64                    hk_card_handover_get_shift_id         (HkCardHandover *self);
const char               *hk_card_handover_get_business_day     (HkCardHandover *self);
gint64                    hk_card_handover_get_handed_at        (HkCardHandover *self);
gint64                    hk_card_handover_get_receiver_id      (HkCardHandover *self);
gint64                    hk_card_handover_get_acknowledged_at  (HkCardHandover *self);
gboolean                  hk_card_handover_is_acknowledged      (HkCardHandover *self);
guint                     hk_card_handover_get_n_lines          (HkCardHandover *self);
const HkCardHandoverLine *hk_card_handover_get_line             (HkCardHandover *self,
                                                                 guint           index);
const HkCardHandoverLine *hk_card_handover_find_line            (HkCardHandover *self,
                                                                 gint64          card_type_id);
gint64                    hk_card_handover_line_get_difference  (const HkCardHandoverLine *line);
gboolean                  hk_card_handover_has_difference       (HkCardHandover *self);
gboolean                  hk_card_handover_has_unexplained      (HkCardHandover *self);

G_END_DECLS

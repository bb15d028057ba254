/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-stock-store.h: card stock (卡源) by serial ranges: card types, requisitions,
 * allocation to clerks, returns, handovers at each shift and the day's count. */

#pragma once

#include <gio/gio.h>

#include "hk-card-handover.h"
#include "hk-card-requisition.h"
#include "hk-card-type.h"
#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"
#include "hk-receipt.h"

G_BEGIN_DECLS

/* A run of serials in one pair of hands now. */
typedef struct
{
  gint64  card_type_id;
  char   *prefix;
  gint64  first_no;
  gint64  last_no;
  gint64  holder_id;     /* the clerk; 0: the hall's stock */
  gint64  since;
} HkCardSegment;

#define HK_TYPE_CARD_SEGMENT (hk_card_segment_get_type ())
GType          hk_card_segment_get_type (void) G_GNUC_CONST;
HkCardSegment *hk_card_segment_copy     (const HkCardSegment *self);
void           hk_card_segment_free     (HkCardSegment       *self);

typedef enum
{
  HK_CARD_MOVE_RECEIVE,    /* from the city company into the hall's stock */
  HK_CARD_MOVE_ALLOCATE,   /* from the hall's stock to a clerk */
  HK_CARD_MOVE_RETURN,     /* from a clerk back to the hall's stock */
  HK_CARD_MOVE_HANDOVER,   /* from a clerk to the next clerk */
  HK_CARD_MOVE_SALE,       /* sold on a receipt line */
  HK_CARD_MOVE_VOID,       /* the sale of a voided receipt undone */
} HkCardMoveKind;

#define HK_TYPE_CARD_MOVE_KIND (hk_card_move_kind_get_type ())
GType        hk_card_move_kind_get_type  (void) G_GNUC_CONST;
const char  *hk_card_move_kind_get_title (HkCardMoveKind kind);

/* One movement of a run of serials: a line of the stock's timeline. */
typedef struct
{
  gint64          id;
  HkCardMoveKind  kind;
  gint64          card_type_id;
  char           *serials;       /* "FIRST-LAST" as the user reads it */
  gint64          quantity;
  gint64          from_holder;   /* 0: the hall's stock (or nobody, for a receipt or a void) */
  gint64          to_holder;
  gint64          requisition_id;
  gint64          handover_id;
  gint64          receipt_id;
  char           *receipt_no;
  gint64          at;
  gint64          by;
} HkCardMovement;

#define HK_TYPE_CARD_MOVEMENT (hk_card_movement_get_type ())
GType           hk_card_movement_get_type (void) G_GNUC_CONST;
HkCardMovement *hk_card_movement_copy     (const HkCardMovement *self);
void            hk_card_movement_free     (HkCardMovement       *self);

/* One holder's cards of one type on one day. For a clerk: @received is what was allocated or
 * handed over to them, @sold the sales less those of voided receipts, @returned what went back
 * to the hall or on to the next clerk. For the hall (@holder_id 0): @received is what came from
 * the city company and back from clerks, @allocated what went to clerks.
 * @end = @begin + @received − @sold − @returned − @allocated. */
typedef struct
{
  gint64 holder_id;
  gint64 card_type_id;
  gint64 begin;
  gint64 received;
  gint64 sold;
  gint64 returned;
  gint64 allocated;
  gint64 end;
} HkCardDayCount;

#define HK_TYPE_CARD_DAY_COUNT (hk_card_day_count_get_type ())
GType           hk_card_day_count_get_type (void) G_GNUC_CONST;
HkCardDayCount *hk_card_day_count_copy     (const HkCardDayCount *self);
void            hk_card_day_count_free     (HkCardDayCount       *self);

/* What the clerk counted of one card type at a handover. */
typedef struct
{
  gint64      card_type_id;
  gint64      counted;
  const char *explanation;   /* needed before the acknowledgement when counted differs */
} HkCardCount;

#define HK_TYPE_CARD_STOCK_STORE (hk_card_stock_store_get_type ())

G_DECLARE_FINAL_TYPE (HkCardStockStore, hk_card_stock_store, HK, CARD_STOCK_STORE, GObject)

HkCardStockStore  *hk_card_stock_store_new                 (HkDatabase         *database,
                                                            HkHallStore        *hall);
GListModel        *hk_card_stock_store_get_types           (HkCardStockStore   *self);

/* Card types (hall supervisor). */
GPtrArray         *hk_card_stock_store_list_types          (HkCardStockStore   *self,
                                                            GError            **error);
HkCardType        *hk_card_stock_store_lookup_type         (HkCardStockStore   *self,
                                                            gint64              card_type_id,
                                                            GError            **error);
HkCardType        *hk_card_stock_store_lookup_type_code    (HkCardStockStore   *self,
                                                            const char         *code,
                                                            GError            **error);
HkCardType        *hk_card_stock_store_add_type            (HkCardStockStore   *self,
                                                            HkOperator         *actor,
                                                            const char         *code,
                                                            const char         *name,
                                                            HkCardKind          kind,
                                                            gint64              face_value,
                                                            guint               serial_length,
                                                            gint64              fee_item_id,
                                                            GError            **error);

/* Requisitions from the city company (hall supervisor). */
GPtrArray         *hk_card_stock_store_list_requisitions   (HkCardStockStore   *self,
                                                            gboolean            open_only,
                                                            GError            **error);
HkCardRequisition *hk_card_stock_store_lookup_requisition  (HkCardStockStore   *self,
                                                            gint64              requisition_id,
                                                            GError            **error);
HkCardRequisition *hk_card_stock_store_request             (HkCardStockStore   *self,
                                                            HkOperator         *actor,
                                                            HkCardType         *type,
                                                            gint64              quantity,
                                                            const char         *note,
                                                            GError            **error);
HkCardRequisition *hk_card_stock_store_receive             (HkCardStockStore   *self,
                                                            HkOperator         *actor,
                                                            HkCardRequisition  *requisition,
                                                            const char         *serials,
                                                            GError            **error);
HkCardRequisition *hk_card_stock_store_close_requisition   (HkCardStockStore   *self,
                                                            HkOperator         *actor,
                                                            HkCardRequisition  *requisition,
                                                            const char         *reason,
                                                            GError            **error);

/* Moves between the hall's stock and the clerks (hall supervisor). */
gboolean           hk_card_stock_store_allocate            (HkCardStockStore   *self,
                                                            HkOperator         *actor,
                                                            HkCardType         *type,
                                                            const char         *serials,
                                                            HkOperator         *clerk,
                                                            GError            **error);
gboolean           hk_card_stock_store_return              (HkCardStockStore   *self,
                                                            HkOperator         *actor,
                                                            HkCardType         *type,
                                                            const char         *serials,
                                                            HkOperator         *clerk,
                                                            GError            **error);

/* Where the cards are. */
GPtrArray         *hk_card_stock_store_list_segments       (HkCardStockStore   *self,
                                                            gint64              card_type_id,
                                                            gint64              holder_id,
                                                            GError            **error);
gint64             hk_card_stock_store_count_held          (HkCardStockStore   *self,
                                                            gint64              card_type_id,
                                                            gint64              holder_id,
                                                            GError            **error);
char              *hk_card_stock_store_next_serial         (HkCardStockStore   *self,
                                                            gint64              card_type_id,
                                                            gint64              clerk_id,
                                                            GError            **error);
GPtrArray         *hk_card_stock_store_serial_history      (HkCardStockStore   *self,
                                                            HkCardType         *type,
                                                            const char         *serial,
                                                            GError            **error);
GPtrArray         *hk_card_stock_store_list_movements      (HkCardStockStore   *self,
                                                            const char         *first_day,
                                                            const char         *last_day,
                                                            gint64              holder_id,
                                                            GError            **error);
GPtrArray         *hk_card_stock_store_list_receipt_sales  (HkCardStockStore   *self,
                                                            gint64              receipt_id,
                                                            GError            **error);
gboolean           hk_card_stock_store_record_sale         (HkCardStockStore   *self,
                                                            HkOperator         *actor,
                                                            HkReceipt          *receipt,
                                                            guint               line_no,
                                                            const char         *serials,
                                                            GError            **error);

/* Handovers at the end of each shift (clerks). */
HkCardHandover    *hk_card_stock_store_prepare_handover    (HkCardStockStore   *self,
                                                            gint64              clerk_id,
                                                            GError            **error);
HkCardHandover    *hk_card_stock_store_hand_over           (HkCardStockStore   *self,
                                                            HkOperator         *actor,
                                                            HkOperator         *receiver,
                                                            const HkCardCount  *counts,
                                                            guint               n_counts,
                                                            GError            **error);
HkCardHandover    *hk_card_stock_store_explain             (HkCardStockStore   *self,
                                                            HkOperator         *actor,
                                                            HkCardHandover     *handover,
                                                            gint64              card_type_id,
                                                            const char         *explanation,
                                                            GError            **error);
HkCardHandover    *hk_card_stock_store_acknowledge         (HkCardStockStore   *self,
                                                            HkOperator         *actor,
                                                            HkCardHandover     *handover,
                                                            GError            **error);
HkCardHandover    *hk_card_stock_store_lookup_handover     (HkCardStockStore   *self,
                                                            gint64              handover_id,
                                                            GError            **error);
GPtrArray         *hk_card_stock_store_list_handovers      (HkCardStockStore   *self,
                                                            const char         *first_day,
                                                            const char         *last_day,
                                                            gint64              clerk_id,
                                                            GError            **error);
GPtrArray         *hk_card_stock_store_list_pending        (HkCardStockStore   *self,
                                                            gint64              receiver_id,
                                                            GError            **error);

/* The day's count per clerk and for the hall. */
GPtrArray         *hk_card_stock_store_count_day           (HkCardStockStore   *self,
                                                            const char         *day,
                                                            GError            **error);

G_END_DECLS

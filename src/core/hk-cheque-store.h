/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cheque-store.h: the cheque register: details, endorsement (背书), clearing, bounced
 * cheques (退票) with their deadline, and payers whose cheques bounced. */

#pragma once

#include <glib-object.h>

#include "hk-cheque.h"
#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"

G_BEGIN_DECLS

/* A bounced cheque is resolved within this many working days (Monday to Friday) unless a
 * supervisor sets another number. */
#define HK_CHEQUE_DEADLINE_DAYS_DEFAULT 3
#define HK_CHEQUE_DEADLINE_DAYS_MAX 30

char *hk_working_days_after (const char *day,
                             guint       n_days);

#define HK_TYPE_CHEQUE_STORE (hk_cheque_store_get_type ())

G_DECLARE_FINAL_TYPE (HkChequeStore, hk_cheque_store, HK, CHEQUE_STORE, GObject)

HkChequeStore *hk_cheque_store_new                (HkDatabase     *database,
                                                   HkHallStore    *hall);
guint          hk_cheque_store_get_deadline_days  (HkChequeStore  *self);
gboolean       hk_cheque_store_set_deadline_days  (HkChequeStore  *self,
                                                   HkOperator     *actor,
                                                   guint           days,
                                                   GError        **error);

HkCheque      *hk_cheque_store_lookup             (HkChequeStore  *self,
                                                   gint64          cheque_id,
                                                   GError        **error);
GPtrArray     *hk_cheque_store_list               (HkChequeStore  *self,
                                                   int             state,
                                                   GError        **error);
GPtrArray     *hk_cheque_store_list_overdue       (HkChequeStore  *self,
                                                   GError        **error);
GPtrArray     *hk_cheque_store_list_receipt       (HkChequeStore  *self,
                                                   gint64          receipt_id,
                                                   GError        **error);

HkCheque      *hk_cheque_store_set_details        (HkChequeStore  *self,
                                                   HkOperator     *actor,
                                                   HkCheque       *cheque,
                                                   const char     *bank_name,
                                                   const char     *payer,
                                                   GError        **error);
HkCheque      *hk_cheque_store_endorse            (HkChequeStore  *self,
                                                   HkOperator     *actor,
                                                   HkCheque       *cheque,
                                                   const char     *endorsee,
                                                   GError        **error);
HkCheque      *hk_cheque_store_clear              (HkChequeStore  *self,
                                                   HkOperator     *actor,
                                                   HkCheque       *cheque,
                                                   GError        **error);
HkCheque      *hk_cheque_store_bounce             (HkChequeStore  *self,
                                                   HkOperator     *actor,
                                                   HkCheque       *cheque,
                                                   const char     *reason,
                                                   GError        **error);
HkCheque      *hk_cheque_store_resolve            (HkChequeStore  *self,
                                                   HkOperator     *actor,
                                                   HkCheque       *cheque,
                                                   const char     *resolution,
                                                   GError        **error);

char          *hk_cheque_store_check_payer        (HkChequeStore  *self,
                                                   const char     *payer,
                                                   GError        **error);
GStrv          hk_cheque_store_list_marked_payers (HkChequeStore  *self,
                                                   GError        **error);
gboolean       hk_cheque_store_clear_payer        (HkChequeStore  *self,
                                                   HkOperator     *actor,
                                                   const char     *payer,
                                                   const char     *reason,
                                                   GError        **error);

G_END_DECLS

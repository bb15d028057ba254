/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-transaction.h: a write transaction that rolls back unless committed. */

#pragma once

#include "hk-database.h"

G_BEGIN_DECLS

typedef struct _HkTransaction HkTransaction;

HkTransaction *hk_transaction_begin   (HkDatabase     *database,
                                       GError        **error);
gboolean       hk_transaction_commit  (HkTransaction  *self,
                                       GError        **error);
void           hk_transaction_free    (HkTransaction  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkTransaction, hk_transaction_free)

G_END_DECLS

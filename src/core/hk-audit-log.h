/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-audit-log.h: the append-only, hash-chained record of every write that matters. */

#pragma once

#include "hk-database.h"
#include "hk-operator.h"

G_BEGIN_DECLS

gboolean hk_audit_log_append  (HkDatabase  *database,
                               HkOperator  *actor,
                               const char  *action,
                               const char  *entity,
                               gint64       entity_id,
                               const char  *summary,
                               GError     **error);
gboolean hk_audit_log_verify  (HkDatabase  *database,
                               gint64      *n_checked,
                               gint64      *first_bad_seq,
                               GError     **error);

G_END_DECLS

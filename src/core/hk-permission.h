/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-permission.h: the role check that every store function makes before it acts. */

#pragma once

#include "hk-database.h"
#include "hk-operator.h"
#include "hk-transaction.h"

G_BEGIN_DECLS

gboolean hk_permission_require (HkDatabase  *database,
                                HkOperator  *actor,
                                HkRoles      allowed,
                                const char  *what,
                                GError     **error);
gboolean hk_permission_require_about (HkDatabase  *database,
                                      HkOperator  *actor,
                                      HkRoles      allowed,
                                      const char  *what,
                                      const char  *entity,
                                      gint64       entity_id,
                                      GError     **error);
gboolean hk_permission_refuse        (HkDatabase      *database,
                                      HkTransaction  **tx,
                                      HkOperator      *actor,
                                      const char      *entity,
                                      gint64           entity_id,
                                      GError         **error,
                                      const char      *format,
                                      ...) G_GNUC_PRINTF (7, 8);

G_END_DECLS

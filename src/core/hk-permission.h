/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-permission.h: the role check that every store function makes before it acts. */

#pragma once

#include "hk-database.h"
#include "hk-operator.h"

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

G_END_DECLS

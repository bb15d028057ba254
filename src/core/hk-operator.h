/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-operator.h: a person who logs in and acts, with the roles they hold. */

#pragma once

#include <glib-object.h>

#include "hk-role.h"

G_BEGIN_DECLS

#define HK_TYPE_OPERATOR (hk_operator_get_type ())

G_DECLARE_FINAL_TYPE (HkOperator, hk_operator, HK, OPERATOR, GObject)

gint64       hk_operator_get_id            (HkOperator *self);
const char  *hk_operator_get_login         (HkOperator *self);
const char  *hk_operator_get_display_name  (HkOperator *self);
HkRoles      hk_operator_get_roles         (HkOperator *self);
gboolean     hk_operator_get_active        (HkOperator *self);
gint64       hk_operator_get_created_at    (HkOperator *self);
gboolean     hk_operator_has_any_role      (HkOperator *self,
                                            HkRoles     roles);

G_END_DECLS

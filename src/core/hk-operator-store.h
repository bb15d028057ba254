/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-operator-store.h: operators and their roles: creating, changing, logging in. */

#pragma once

#include <gio/gio.h>

#include "hk-database.h"
#include "hk-operator.h"

G_BEGIN_DECLS

/* After this many wrong passwords in a row an account is locked for a while. */
#define HK_LOGIN_MAX_FAILURES 5
#define HK_LOGIN_LOCKOUT_SECONDS (5 * 60)

#define HK_TYPE_OPERATOR_STORE (hk_operator_store_get_type ())

G_DECLARE_FINAL_TYPE (HkOperatorStore, hk_operator_store, HK, OPERATOR_STORE, GObject)

HkOperatorStore *hk_operator_store_new                  (HkDatabase       *database);
GListModel      *hk_operator_store_get_model            (HkOperatorStore  *self);
gboolean         hk_operator_store_is_empty             (HkOperatorStore  *self);
HkOperator      *hk_operator_store_lookup               (HkOperatorStore  *self,
                                                         const char       *login,
                                                         GError          **error);
HkOperator      *hk_operator_store_lookup_by_id         (HkOperatorStore  *self,
                                                         gint64            id,
                                                         GError          **error);
HkOperator      *hk_operator_store_authenticate         (HkOperatorStore  *self,
                                                         const char       *login,
                                                         const char       *password,
                                                         GError          **error);
HkOperator      *hk_operator_store_unlock               (HkOperatorStore  *self,
                                                         HkOperator       *operator,
                                                         const char       *password,
                                                         GError          **error);
HkOperator      *hk_operator_store_create_administrator (HkOperatorStore  *self,
                                                         const char       *login,
                                                         const char       *display_name,
                                                         const char       *password,
                                                         GError          **error);
HkOperator      *hk_operator_store_add                  (HkOperatorStore  *self,
                                                         HkOperator       *actor,
                                                         const char       *login,
                                                         const char       *display_name,
                                                         HkRoles           roles,
                                                         const char       *password,
                                                         GError          **error);
HkOperator      *hk_operator_store_update               (HkOperatorStore  *self,
                                                         HkOperator       *actor,
                                                         HkOperator       *target,
                                                         const char       *display_name,
                                                         HkRoles           roles,
                                                         GError          **error);
gboolean         hk_operator_store_reset_password       (HkOperatorStore  *self,
                                                         HkOperator       *actor,
                                                         HkOperator       *target,
                                                         const char       *password,
                                                         GError          **error);
gboolean         hk_operator_store_change_own_password  (HkOperatorStore  *self,
                                                         HkOperator       *actor,
                                                         const char       *old_password,
                                                         const char       *new_password,
                                                         GError          **error);
HkOperator      *hk_operator_store_set_active           (HkOperatorStore  *self,
                                                         HkOperator       *actor,
                                                         HkOperator       *target,
                                                         gboolean          active,
                                                         GError          **error);

gboolean         hk_operator_login_is_valid             (const char       *login,
                                                         GError          **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-role.h: the roles an operator can hold, their ids and their names. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_ROLE_NONE              = 0,
  HK_ROLE_CLERK             = 1 << 0,
  HK_ROLE_AUDITOR           = 1 << 1,
  HK_ROLE_COMPLAINT_OFFICER = 1 << 2,
  HK_ROLE_ARCHIVIST         = 1 << 3,
  HK_ROLE_TECHNICIAN        = 1 << 4,
  HK_ROLE_DUTY_MANAGER      = 1 << 5,
  HK_ROLE_SUPERVISOR        = 1 << 6,
  HK_ROLE_ADMINISTRATOR     = 1 << 7,
} HkRoles;

#define HK_ROLE_ALL ((HkRoles)0xff)
#define HK_N_ROLES 8

#define HK_TYPE_ROLES (hk_roles_get_type ())
GType        hk_roles_get_type         (void) G_GNUC_CONST;

HkRoles      hk_role_nth               (guint        n);
const char  *hk_role_to_id             (HkRoles      role);
HkRoles      hk_role_from_id           (const char  *id);
const char  *hk_role_get_title         (HkRoles      role);
const char  *hk_role_get_description   (HkRoles      role);
gboolean     hk_roles_parse            (const char  *text,
                                        HkRoles     *roles,
                                        GError     **error);
char        *hk_roles_to_ids           (HkRoles      roles);
char        *hk_roles_to_titles        (HkRoles      roles);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-section-registry.h: every section the main window can show, and who may see it. */

#pragma once

#include <glib-object.h>

#include "core/hk-role.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;
  const char *title;        /* untranslated; N_() */
  const char *icon_name;
  HkRoles     roles;        /* an operator with any of these sees the section */
  HkRoles     home_for;     /* the first section after login for these roles */
  GType     (*get_type) (void);
} HkSectionInfo;

const HkSectionInfo *hk_section_registry_get   (guint *n_sections);

G_END_DECLS

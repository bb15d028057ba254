/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-section-registry.c: every section the main window can show, and who may see it.
 *
 * A section appears here only once it is built. The order is the sidebar's
 * order and the order of the Ctrl+1…9 shortcuts.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-operators-view.h"
#include "hk-section-registry.h"

static const HkSectionInfo sections[] = {
  {
    .id = "operators",
    .title = N_("Operators"),
    .icon_name = "system-users-symbolic",
    .roles = HK_ROLE_ADMINISTRATOR,
    .home_for = HK_ROLE_ADMINISTRATOR,
    .get_type = hk_operators_view_get_type,
  },
};

const HkSectionInfo *
hk_section_registry_get (guint *n_sections)
{
  *n_sections = G_N_ELEMENTS (sections);

  return sections;
}

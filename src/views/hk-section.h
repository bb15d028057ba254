/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-section.h: the base of every section page of the main window. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_SECTION (hk_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (HkSection, hk_section, HK, SECTION, AdwBin)

struct _HkSectionClass
{
  AdwBinClass parent_class;

  /* The section's main command, shown as the suggested button in the header bar
   * and bound to Ctrl+N, e.g. "operators.new" and "_New Operator". */
  const char *main_action_name;
  const char *main_action_label;
  const char *main_action_tooltip;

  /* Ctrl+F: focus the section's search entry. */
  void (*focus_search) (HkSection *self);
};

HkContext  *hk_section_get_context       (HkSection   *self);
const char *hk_section_get_subtitle      (HkSection   *self);
void        hk_section_set_subtitle      (HkSection   *self,
                                          const char  *subtitle);
const char *hk_section_get_main_action   (HkSection   *self,
                                          const char **label,
                                          const char **tooltip);
gboolean    hk_section_get_main_action_enabled (HkSection *self);
void        hk_section_set_main_action_enabled (HkSection *self,
                                                gboolean   enabled);
void        hk_section_focus_search      (HkSection   *self);
AdwToast   *hk_section_new_toast         (const char  *message);
void        hk_section_show_toast        (HkSection   *self,
                                          const char  *message);
void        hk_section_show_error_message (HkSection  *self,
                                          const char *message);
void        hk_section_show_error        (HkSection   *self,
                                          const GError *error);
char       *hk_section_check_text_row    (gpointer     row,
                                          guint        max_chars,
                                          gboolean     lines);

G_END_DECLS

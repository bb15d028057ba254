/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-category.h: a category of complaints, e.g. billing or network quality. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_COMPLAINT_CATEGORY_CODE_MAX_LENGTH 32
#define HK_COMPLAINT_CATEGORY_NAME_MAX_LENGTH 32

#define HK_TYPE_COMPLAINT_CATEGORY (hk_complaint_category_get_type ())

G_DECLARE_FINAL_TYPE (HkComplaintCategory, hk_complaint_category, HK, COMPLAINT_CATEGORY, GObject)

gint64       hk_complaint_category_get_id        (HkComplaintCategory *self);
const char  *hk_complaint_category_get_code      (HkComplaintCategory *self);
const char  *hk_complaint_category_get_title     (HkComplaintCategory *self);
gboolean     hk_complaint_category_is_builtin    (HkComplaintCategory *self);
gboolean     hk_complaint_category_get_active    (HkComplaintCategory *self);

G_END_DECLS

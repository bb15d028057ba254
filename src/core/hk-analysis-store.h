/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis-store.h: the supervisor's commentary on a month's analysis, and the on-time target.
 *
 * The commentary of a month ("2026-10") is text with who wrote it and when. Every save that
 * changes it is kept: the latest save is the commentary, the earlier ones its history (nothing
 * is overwritten). The hall supervisor and the duty manager write it; each save has an audit
 * entry. The on-time target is the share of complaints the quality analysis expects resolved
 * within the deadline: a hall setting, 95 % unless a supervisor or administrator changed it.
 */

#pragma once

#include <glib-object.h>

#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"

G_BEGIN_DECLS

/* Who writes the commentary. */
#define HK_ANALYSIS_COMMENT_ROLES (HK_ROLE_SUPERVISOR | HK_ROLE_DUTY_MANAGER)
/* Who sets the on-time target. */
#define HK_ANALYSIS_TARGET_ROLES (HK_ROLE_SUPERVISOR | HK_ROLE_ADMINISTRATOR)

#define HK_ANALYSIS_COMMENT_MAX_LENGTH 8000
#define HK_ANALYSIS_ON_TIME_TARGET_DEFAULT 95

typedef struct
{
  gint64  id;
  char   *month;            /* "YYYY-MM" */
  char   *text;             /* may be empty: the commentary was cleared */
  gint64  written_at;
  gint64  written_by;
  char   *written_by_name;
} HkAnalysisComment;

void hk_analysis_comment_free (HkAnalysisComment *comment);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkAnalysisComment, hk_analysis_comment_free)

#define HK_TYPE_ANALYSIS_STORE (hk_analysis_store_get_type ())

G_DECLARE_FINAL_TYPE (HkAnalysisStore, hk_analysis_store, HK, ANALYSIS_STORE, GObject)

HkAnalysisStore   *hk_analysis_store_new                (HkDatabase         *database,
                                                         HkHallStore        *hall);

/* The month's commentary: TRUE and @comment NULL when none was ever saved. */
gboolean           hk_analysis_store_get_comment        (HkAnalysisStore    *self,
                                                         const char         *month,
                                                         HkAnalysisComment **comment,
                                                         GError            **error);
/* Every save of the month, the latest first (element-type HkAnalysisComment). */
GPtrArray         *hk_analysis_store_list_comments      (HkAnalysisStore    *self,
                                                         const char         *month,
                                                         GError            **error);
/* Saves @text (trimmed at both ends) as the month's commentary. Saving the text it already has
 * writes nothing and returns the commentary as it is. */
HkAnalysisComment *hk_analysis_store_save_comment       (HkAnalysisStore    *self,
                                                         HkOperator         *actor,
                                                         const char         *month,
                                                         const char         *text,
                                                         GError            **error);

/* Whole percent, 1–100. */
guint              hk_analysis_store_get_on_time_target (HkAnalysisStore    *self);
gboolean           hk_analysis_store_set_on_time_target (HkAnalysisStore    *self,
                                                         HkOperator         *actor,
                                                         guint               percent,
                                                         GError            **error);

/* "YYYY-MM" with a month 01–12 and a year 1000–9999. */
gboolean           hk_analysis_month_is_valid           (const char         *month);

G_END_DECLS

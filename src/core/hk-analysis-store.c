/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis-store.c: the supervisor's commentary on a month's analysis, and the on-time target.
 *
 * A commentary is saved as a new row each time it changes (analysis_comments, migration 0007),
 * so the history of what was written about a month, by whom and when, stays readable and an
 * auditor sees any rewrite. The target is the hall setting 'complaint-on-time-target'.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-analysis-store.h"
#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-permission.h"
#include "hk-transaction.h"

#define TARGET_KEY "complaint-on-time-target"

struct _HkAnalysisStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall;
};

G_DEFINE_FINAL_TYPE (HkAnalysisStore, hk_analysis_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define COMMENT_COLUMNS \
  "c.id, c.month, c.text, c.written_at, c.written_by, o.display_name" \
  " FROM analysis_comments c JOIN operators o ON o.id = c.written_by"

void
hk_analysis_comment_free (HkAnalysisComment *comment)
{
  if (comment == NULL)
    return;

  g_free (comment->month);
  g_free (comment->text);
  g_free (comment->written_by_name);
  g_free (comment);
}

static HkAnalysisComment *
comment_from_row (HkStatement *stmt)
{
  HkAnalysisComment *comment = g_new0 (HkAnalysisComment, 1);

  comment->id = hk_statement_get_int64 (stmt, 0);
  comment->month = hk_statement_dup_text (stmt, 1);
  comment->text = hk_statement_dup_text (stmt, 2);
  comment->written_at = hk_statement_get_int64 (stmt, 3);
  comment->written_by = hk_statement_get_int64 (stmt, 4);
  comment->written_by_name = hk_statement_dup_text (stmt, 5);

  return comment;
}

static void
hk_analysis_store_finalize (GObject *object)
{
  HkAnalysisStore *self = (HkAnalysisStore *)object;

  g_clear_object (&self->hall);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_analysis_store_parent_class)->finalize (object);
}

static void
hk_analysis_store_class_init (HkAnalysisStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_analysis_store_finalize;

  /**
   * HkAnalysisStore::changed:
   * @month: the month whose commentary was saved, or NULL when the target changed
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hk_analysis_store_init (HkAnalysisStore *self)
{
}

HkAnalysisStore *
hk_analysis_store_new (HkDatabase  *database,
                       HkHallStore *hall)
{
  HkAnalysisStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);

  self = g_object_new (HK_TYPE_ANALYSIS_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);

  return self;
}

gboolean
hk_analysis_month_is_valid (const char *month)
{
  guint64 year;
  guint64 number;

  if (month == NULL || strlen (month) != 7 || month[4] != '-')
    return FALSE;

  for (guint i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (month[i]))
      return FALSE;

  year = g_ascii_strtoull (month, NULL, 10);
  number = g_ascii_strtoull (month + 5, NULL, 10);

  return year >= 1000 && year <= 9999 && number >= 1 && number <= 12;
}

static gboolean
check_month (const char  *month,
             GError     **error)
{
  if (hk_analysis_month_is_valid (month))
    return TRUE;

  g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
               _("“%s” is not a month; write it as YYYY-MM, e.g. 2026-10."),
               month != NULL ? month : "");
  return FALSE;
}

/**
 * hk_analysis_store_list_comments:
 *
 * Returns: (transfer full) (element-type HkAnalysisComment): every save of @month's
 *   commentary, the latest first, or %NULL with @error set
 */
GPtrArray *
hk_analysis_store_list_comments (HkAnalysisStore  *self,
                                 const char       *month,
                                 GError          **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) comments = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_ANALYSIS_STORE (self), NULL);

  if (!check_month (month, error))
    return NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " COMMENT_COLUMNS " WHERE c.month = ?1"
                                    " ORDER BY c.id DESC", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, month);
  comments = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_analysis_comment_free);
  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (comments, comment_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&comments);
}

gboolean
hk_analysis_store_get_comment (HkAnalysisStore    *self,
                               const char         *month,
                               HkAnalysisComment **comment,
                               GError            **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_ANALYSIS_STORE (self), FALSE);
  g_return_val_if_fail (comment != NULL, FALSE);

  *comment = NULL;

  if (!check_month (month, error))
    return FALSE;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " COMMENT_COLUMNS " WHERE c.month = ?1"
                                    " ORDER BY c.id DESC LIMIT 1", error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, month);
  if (hk_statement_step (stmt, &local_error))
    {
      *comment = comment_from_row (stmt);
      return TRUE;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_analysis_store_save_comment:
 * @actor: a hall supervisor or duty manager
 * @month: "YYYY-MM"
 * @text: the commentary; empty clears it (the earlier text stays in the history)
 *
 * Returns: (transfer full): the month's commentary after the save, or %NULL with @error set
 */
HkAnalysisComment *
hk_analysis_store_save_comment (HkAnalysisStore  *self,
                                HkOperator       *actor,
                                const char       *month,
                                const char       *text,
                                GError          **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(HkAnalysisComment) before = NULL;
  g_autoptr(HkAnalysisComment) after = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_ANALYSIS_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_ANALYSIS_COMMENT_ROLES,
                              _("Writing the analysis commentary"), error))
    return NULL;

  if (!check_month (month, error))
    return NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID,
                           _("The commentary is not valid text."));
      return NULL;
    }

  clean = g_strstrip (g_strdup (text));
  if (g_utf8_strlen (clean, -1) > HK_ANALYSIS_COMMENT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The commentary is longer than %d characters."),
                   HK_ANALYSIS_COMMENT_MAX_LENGTH);
      return NULL;
    }

  if (!hk_analysis_store_get_comment (self, month, &before, error))
    return NULL;

  /* Nothing changed: nothing to keep. */
  if ((before != NULL && g_strcmp0 (before->text, clean) == 0) ||
      (before == NULL && *clean == '\0'))
    {
      if (before != NULL)
        return g_steal_pointer (&before);

      after = g_new0 (HkAnalysisComment, 1);
      after->month = g_strdup (month);
      after->text = g_strdup ("");
      return g_steal_pointer (&after);
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(stmt = hk_database_prepare (self->database,
                                    "INSERT INTO analysis_comments (month, text, written_at,"
                                    " written_by) VALUES (?1, ?2, ?3, ?4)", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, month);
  hk_statement_bind_text (stmt, 2, clean);
  hk_statement_bind_int64 (stmt, 3, hk_database_get_now (self->database));
  hk_statement_bind_int64 (stmt, 4, hk_operator_get_id (actor));
  if (!hk_statement_run (stmt, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("analysis commentary of %s: %ld characters%s", month,
                             g_utf8_strlen (clean, -1),
                             before != NULL ? ", replacing the one saved before" : "");

  if (!hk_audit_log_append (self->database, actor, "analysis-comment-saved", "analysis_comment",
                            id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  if (!hk_analysis_store_get_comment (self, month, &after, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, month);

  return g_steal_pointer (&after);
}

guint
hk_analysis_store_get_on_time_target (HkAnalysisStore *self)
{
  g_autoptr(HkStatement) stmt = NULL;
  guint64 percent = 0;

  g_return_val_if_fail (HK_IS_ANALYSIS_STORE (self), HK_ANALYSIS_ON_TIME_TARGET_DEFAULT);

  stmt = hk_database_prepare (self->database, "SELECT value FROM settings WHERE key = ?1", NULL);
  if (stmt == NULL)
    return HK_ANALYSIS_ON_TIME_TARGET_DEFAULT;

  hk_statement_bind_text (stmt, 1, TARGET_KEY);
  if (!hk_statement_step (stmt, NULL) ||
      !g_ascii_string_to_unsigned (hk_statement_get_text (stmt, 0), 10, 1, 100, &percent, NULL))
    return HK_ANALYSIS_ON_TIME_TARGET_DEFAULT;

  return (guint)percent;
}

/**
 * hk_analysis_store_set_on_time_target:
 * @actor: a hall supervisor or administrator
 * @percent: 1–100
 *
 * Sets the share of complaints to be resolved within the deadline that the quality analysis
 * measures against.
 */
gboolean
hk_analysis_store_set_on_time_target (HkAnalysisStore  *self,
                                      HkOperator       *actor,
                                      guint             percent,
                                      GError          **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *value = NULL;
  g_autofree char *summary = NULL;
  guint before;

  g_return_val_if_fail (HK_IS_ANALYSIS_STORE (self), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ANALYSIS_TARGET_ROLES,
                              _("Changing the on-time target"), error))
    return FALSE;

  if (percent < 1 || percent > 100)
    {
      g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID,
                           _("The on-time target is 1 to 100 percent."));
      return FALSE;
    }

  before = hk_analysis_store_get_on_time_target (self);
  value = g_strdup_printf ("%u", percent);
  summary = g_strdup_printf ("complaint on-time target: %u %% (was %u %%)", percent, before);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(stmt = hk_database_prepare (self->database,
                                    "INSERT INTO settings (key, value) VALUES (?1, ?2)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                    error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, TARGET_KEY);
  hk_statement_bind_text (stmt, 2, value);

  if (!hk_statement_run (stmt, error) ||
      !hk_audit_log_append (self->database, actor, "settings-changed", "settings", 0, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0, NULL);

  return TRUE;
}

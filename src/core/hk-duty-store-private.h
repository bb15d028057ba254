/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-store-private.h: what the parts of HkDutyStore (logs, safety, cleaning, training)
 * share: the store's fields, row readers and input checks. */

#pragma once

#include "hk-duty-private.h"
#include "hk-duty-store.h"
#include "hk-statement.h"

G_BEGIN_DECLS

struct _HkDutyStore
{
  GObject           parent_instance;
  HkDatabase       *database;
  HkHallStore      *hall;
  HkComplaintStore *complaints;
};

/* Builds one item from the current row of @stmt. */
typedef gpointer (*HkDutyRowFunc) (HkDutyStore *self,
                                   HkStatement *stmt);

/* Runs @sql with ?1 and ?2 bound to @text_1 and @text_2, ?3 to @text_3 and ?4 to @int_4. */
GPtrArray *hk_duty_store_read            (HkDutyStore    *self,
                                          const char     *sql,
                                          const char     *text_1,
                                          const char     *text_2,
                                          const char     *text_3,
                                          gint64          int_4,
                                          HkDutyRowFunc   row,
                                          GDestroyNotify  free_func,
                                          GError        **error);
gpointer   hk_duty_store_read_one        (HkDutyStore    *self,
                                          const char     *sql,
                                          gint64          id,
                                          HkDutyRowFunc   row,
                                          const char     *missing,
                                          GError        **error);
gboolean   hk_duty_store_count           (HkDutyStore    *self,
                                          const char     *sql,
                                          const char     *text_1,
                                          gint64          int_2,
                                          gint64          int_3,
                                          guint          *count,
                                          GError        **error);
void       hk_duty_store_emit_changed    (HkDutyStore    *self,
                                          const char     *what,
                                          gint64          id);

/* Strips @text into @clean through hk_input_clean_text() (no control characters; line breaks
 * only in the texts longer than a name): required or not, at most @max_length characters;
 * @what names the field in the error. NULL stays NULL when not required. */
gboolean   hk_duty_store_clean_text      (const char     *text,
                                          gboolean        required,
                                          guint           max_length,
                                          const char     *what,
                                          char          **clean,
                                          GError        **error);
/* A moment of the hall's work: not in the future, not older than #HK_DUTY_MAX_AGE_DAYS. */
gboolean   hk_duty_store_check_moment    (HkDutyStore    *self,
                                          gint64          at,
                                          const char     *what,
                                          GError        **error);
/* A day of the hall's work: today or one of the last #HK_DUTY_MAX_AGE_DAYS days. */
gboolean   hk_duty_store_check_day       (HkDutyStore    *self,
                                          const char     *day,
                                          GError        **error);
/* A shift of such a day that has begun (by now). */
gboolean   hk_duty_store_check_shift     (HkDutyStore    *self,
                                          const char     *day,
                                          HkDutyShift     shift,
                                          GError        **error);
char     **hk_duty_store_clean_names     (const char * const *names,
                                          GError        **error);

/* Translated names of the checklist items and cleaning tasks the migration creates. */
const char *hk_duty_store_builtin_name   (const char     *name);

G_END_DECLS

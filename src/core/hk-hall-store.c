/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-store.c: the service hall's own settings: name, code, time zone.
 *
 * These belong to the hall's records, not to one workstation, so they live in
 * the database (table settings) and are changed with an audit entry;
 * per-workstation preferences such as the window size are in GSettings.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-hall-store.h"
#include "hk-permission.h"
#include "hk-transaction.h"

#define NAME_MAX_LENGTH 64
#define CODE_MAX_LENGTH 32

struct _HkHallStore
{
  GObject     parent_instance;
  HkDatabase *database;
  GTimeZone  *time_zone;
};

G_DEFINE_FINAL_TYPE (HkHallStore, hk_hall_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
read_setting (HkHallStore *self,
              const char  *key,
              const char  *fallback)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (self->database, "SELECT value FROM settings WHERE key = ?1", NULL);
  if (stmt == NULL)
    return g_strdup (fallback);

  hk_statement_bind_text (stmt, 1, key);
  if (!hk_statement_step (stmt, NULL))
    return g_strdup (fallback);

  return hk_statement_dup_text (stmt, 0);
}

static gboolean
write_setting (HkHallStore  *self,
               const char   *key,
               const char   *value,
               GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "INSERT INTO settings (key, value) VALUES (?1, ?2)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                    error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, key);
  hk_statement_bind_text (stmt, 2, value);

  return hk_statement_run (stmt, error);
}

static void
hk_hall_store_finalize (GObject *object)
{
  HkHallStore *self = (HkHallStore *)object;

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_hall_store_parent_class)->finalize (object);
}

static void
hk_hall_store_class_init (HkHallStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_hall_store_finalize;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hk_hall_store_init (HkHallStore *self)
{
}

HkHallStore *
hk_hall_store_new (HkDatabase *database)
{
  HkHallStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);

  self = g_object_new (HK_TYPE_HALL_STORE, NULL);
  self->database = g_object_ref (database);

  return self;
}

/* The hall's name, e.g. "文三路营业厅"; empty until an administrator sets it. */
char *
hk_hall_store_dup_name (HkHallStore *self)
{
  g_return_val_if_fail (HK_IS_HALL_STORE (self), NULL);

  return read_setting (self, "hall-name", "");
}

char *
hk_hall_store_dup_code (HkHallStore *self)
{
  g_return_val_if_fail (HK_IS_HALL_STORE (self), NULL);

  return read_setting (self, "hall-code", "");
}

char *
hk_hall_store_dup_time_zone_id (HkHallStore *self)
{
  g_return_val_if_fail (HK_IS_HALL_STORE (self), NULL);

  return read_setting (self, "time-zone", HK_DEFAULT_TIME_ZONE);
}

/**
 * hk_hall_store_get_time_zone:
 *
 * Returns: (transfer none): the hall's time zone, in which days, ten-day
 *   periods and months begin and end.
 */
GTimeZone *
hk_hall_store_get_time_zone (HkHallStore *self)
{
  g_return_val_if_fail (HK_IS_HALL_STORE (self), NULL);

  if (self->time_zone == NULL)
    {
      g_autofree char *id = hk_hall_store_dup_time_zone_id (self);

      self->time_zone = g_time_zone_new_identifier (id);
      if (self->time_zone == NULL)
        self->time_zone = g_time_zone_new_identifier (HK_DEFAULT_TIME_ZONE);
      if (self->time_zone == NULL)
        self->time_zone = g_time_zone_new_offset (8 * 3600);
    }

  return self->time_zone;
}

/* TRUE for a database built by `hallkeeper-cli demo`: the login window shows its accounts. */
gboolean
hk_hall_store_is_demo (HkHallStore *self)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (HK_IS_HALL_STORE (self), FALSE);

  value = read_setting (self, "demo", "0");

  return g_strcmp0 (value, "1") == 0;
}

/**
 * hk_hall_store_format_day:
 * @unix_seconds: a moment
 *
 * Returns: the hall's business day of that moment, "YYYY-MM-DD" in the hall's
 *   time zone: the day a receipt or a shift belongs to.
 */
char *
hk_hall_store_format_day (HkHallStore *self,
                          gint64       unix_seconds)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (HK_IS_HALL_STORE (self), NULL);

  utc = g_date_time_new_from_unix_utc (unix_seconds);
  local = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (self));

  return g_date_time_format (local, "%Y-%m-%d");
}

/**
 * hk_hall_store_parse_day:
 * @day: "YYYY-MM-DD"
 * @start: (out) (optional): the first second of that day in the hall's time zone
 * @end: (out) (optional): the first second of the next day
 *
 * Checks that @day is a real calendar day. Fails with %HK_ERROR_INVALID.
 */
gboolean
hk_hall_store_parse_day (HkHallStore  *self,
                         const char   *day,
                         gint64       *start,
                         gint64       *end,
                         GError      **error)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) next = NULL;
  int year, month, mday;
  char tail;

  g_return_val_if_fail (HK_IS_HALL_STORE (self), FALSE);

  if (day == NULL || strlen (day) != 10 ||
      sscanf (day, "%4d-%2d-%2d%c", &year, &month, &mday, &tail) != 3 ||
      day[4] != '-' || day[7] != '-' ||
      !g_date_valid_dmy (mday, month, year))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-28."),
                   day != NULL ? day : "");
      return FALSE;
    }

  first = g_date_time_new (hk_hall_store_get_time_zone (self), year, month, mday, 0, 0, 0);
  next = g_date_time_add_days (first, 1);

  if (start != NULL)
    *start = g_date_time_to_unix (first);
  if (end != NULL)
    *end = g_date_time_to_unix (next);

  return TRUE;
}

gboolean
hk_time_zone_id_is_valid (const char *time_zone_id)
{
  g_autoptr(GTimeZone) tz = NULL;

  if (time_zone_id == NULL || *time_zone_id == '\0')
    return FALSE;

  tz = g_time_zone_new_identifier (time_zone_id);

  return tz != NULL;
}

gboolean
hk_hall_store_update (HkHallStore  *self,
                      HkOperator   *actor,
                      const char   *name,
                      const char   *code,
                      const char   *time_zone_id,
                      GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *clean_code = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_HALL_STORE (self), FALSE);

  if (!hk_permission_require (self->database, actor,
                              HK_ROLE_ADMINISTRATOR | HK_ROLE_SUPERVISOR,
                              _("Changing the hall’s settings"), error))
    return FALSE;

  clean_name = g_strstrip (g_strdup (name != NULL ? name : ""));
  clean_code = g_strstrip (g_strdup (code != NULL ? code : ""));

  if (*clean_name == '\0' || g_utf8_strlen (clean_name, -1) > NAME_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The hall’s name has 1 to %d characters."), NAME_MAX_LENGTH);
      return FALSE;
    }

  if (g_utf8_strlen (clean_code, -1) > CODE_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The hall code has at most %d characters."), CODE_MAX_LENGTH);
      return FALSE;
    }

  if (!hk_time_zone_id_is_valid (time_zone_id))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a time zone; use a name such as Asia/Shanghai."),
                   time_zone_id != NULL ? time_zone_id : "");
      return FALSE;
    }

  summary = g_strdup_printf ("hall settings: name “%s”, code “%s”, time zone %s",
                             clean_name, clean_code, time_zone_id);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !write_setting (self, "hall-name", clean_name, error) ||
      !write_setting (self, "hall-code", clean_code, error) ||
      !write_setting (self, "time-zone", time_zone_id, error) ||
      !hk_audit_log_append (self->database, actor, "settings-changed", "settings", 0, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/* Marks the database as a demonstration: its passwords are public. */
gboolean
hk_hall_store_mark_demo (HkHallStore  *self,
                         GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;

  g_return_val_if_fail (HK_IS_HALL_STORE (self), FALSE);

  return (tx = hk_transaction_begin (self->database, error)) != NULL &&
         write_setting (self, "demo", "1", error) &&
         hk_audit_log_append (self->database, NULL, "demo-marked", "settings", 0,
                              "marked as a demonstration database", error) &&
         hk_transaction_commit (tx, error);
}

/**
 * hk_hall_store_get_complaint_deadline_hours:
 *
 * Returns: within how many hours of being received a complaint is to be
 *   resolved, #HK_COMPLAINT_DEADLINE_HOURS_DEFAULT unless a supervisor changed
 *   it. A complaint keeps the deadline it was registered with.
 */
guint
hk_hall_store_get_complaint_deadline_hours (HkHallStore *self)
{
  g_autofree char *value = NULL;
  guint64 hours = 0;

  g_return_val_if_fail (HK_IS_HALL_STORE (self), HK_COMPLAINT_DEADLINE_HOURS_DEFAULT);

  value = read_setting (self, "complaint-deadline-hours", NULL);
  if (value == NULL ||
      !g_ascii_string_to_unsigned (value, 10, 1, HK_COMPLAINT_DEADLINE_HOURS_MAX, &hours, NULL))
    return HK_COMPLAINT_DEADLINE_HOURS_DEFAULT;

  return (guint)hours;
}

/* Applies to complaints registered from now on; those already registered keep theirs. */
gboolean
hk_hall_store_set_complaint_deadline_hours (HkHallStore  *self,
                                            HkOperator   *actor,
                                            guint         hours,
                                            GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autofree char *value = NULL;
  g_autofree char *summary = NULL;
  guint before;

  g_return_val_if_fail (HK_IS_HALL_STORE (self), FALSE);

  if (!hk_permission_require (self->database, actor,
                              HK_ROLE_ADMINISTRATOR | HK_ROLE_SUPERVISOR,
                              _("Changing the complaint deadline"), error))
    return FALSE;

  if (hours < 1 || hours > HK_COMPLAINT_DEADLINE_HOURS_MAX)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The complaint deadline is 1 to %d hours."), HK_COMPLAINT_DEADLINE_HOURS_MAX);
      return FALSE;
    }

  before = hk_hall_store_get_complaint_deadline_hours (self);
  value = g_strdup_printf ("%u", hours);
  summary = g_strdup_printf ("complaint deadline: %u hours (was %u), for complaints registered "
                             "from now on", hours, before);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !write_setting (self, "complaint-deadline-hours", value, error) ||
      !hk_audit_log_append (self->database, actor, "settings-changed", "settings", 0, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

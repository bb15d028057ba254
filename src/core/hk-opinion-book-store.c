/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-opinion-book-store.c: the customer opinion book (意见簿): entries and their processing.
 *
 * The duty manager goes through the hall's opinion book every day. Each entry
 * is transcribed with the day the customer wrote it, what they wrote and a
 * contact if they gave one, then processed once: the reply, by whom, when.
 * An entry not processed by the end of the next day (the hall's midnight after
 * it) is flagged. Complaint officers, duty managers and hall supervisors
 * enter and process entries; nothing is changed or deleted afterwards.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-complaint-store.h"
#include "hk-error.h"
#include "hk-opinion-book-store.h"
#include "hk-opinion-entry-private.h"
#include "hk-permission.h"
#include "hk-transaction.h"

/* An entry written longer ago than this is a typing mistake. */
#define MAX_AGE_DAYS 366

struct _HkOpinionBookStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall;
};

G_DEFINE_FINAL_TYPE (HkOpinionBookStore, hk_opinion_book_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ENTRY_COLUMNS \
  "e.id, e.day, e.text, e.contact, e.due_at, e.entered_at, e.entered_by, o.display_name," \
  " r.entry_id IS NOT NULL, r.reply, r.replied_at, r.replied_by, p.display_name"
#define ENTRY_FROM \
  " FROM opinion_entries e JOIN operators o ON o.id = e.entered_by" \
  " LEFT JOIN opinion_replies r ON r.entry_id = e.id" \
  " LEFT JOIN operators p ON p.id = r.replied_by"

static HkOpinionEntry *
entry_from_row (HkStatement *stmt)
{
  HkOpinionEntryData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.day = hk_statement_dup_text (stmt, 1);
  data.text = hk_statement_dup_text (stmt, 2);
  data.contact = hk_statement_dup_text (stmt, 3);
  data.due_at = hk_statement_get_int64 (stmt, 4);
  data.entered_at = hk_statement_get_int64 (stmt, 5);
  data.entered_by = hk_statement_get_int64 (stmt, 6);
  data.entered_by_name = hk_statement_dup_text (stmt, 7);
  data.processed = hk_statement_get_int64 (stmt, 8) != 0;
  data.reply = hk_statement_dup_text (stmt, 9);
  data.replied_at = hk_statement_get_int64 (stmt, 10);
  data.replied_by = hk_statement_get_int64 (stmt, 11);
  data.replied_by_name = hk_statement_dup_text (stmt, 12);

  return hk_opinion_entry_new_take (&data);
}

static void
hk_opinion_book_store_finalize (GObject *object)
{
  HkOpinionBookStore *self = (HkOpinionBookStore *)object;

  g_clear_object (&self->hall);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_opinion_book_store_parent_class)->finalize (object);
}

static void
hk_opinion_book_store_class_init (HkOpinionBookStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_opinion_book_store_finalize;

  /**
   * HkOpinionBookStore::changed:
   * @entry_id: the entry added or processed
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hk_opinion_book_store_init (HkOpinionBookStore *self)
{
}

HkOpinionBookStore *
hk_opinion_book_store_new (HkDatabase  *database,
                           HkHallStore *hall)
{
  HkOpinionBookStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);

  self = g_object_new (HK_TYPE_OPINION_BOOK_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);

  return self;
}

static GPtrArray *
read_entries (HkOpinionBookStore  *self,
              const char          *sql,
              const char          *text_1,
              const char          *text_2,
              gint64               int_3,
              GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, text_1);
  hk_statement_bind_text (stmt, 2, text_2);
  hk_statement_bind_int64 (stmt, 3, int_3);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (entries, entry_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

HkOpinionEntry *
hk_opinion_book_store_lookup (HkOpinionBookStore  *self,
                              gint64               entry_id,
                              GError             **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (HK_IS_OPINION_BOOK_STORE (self), NULL);

  if (!(found = read_entries (self, "SELECT " ENTRY_COLUMNS ENTRY_FROM " WHERE e.id = ?3",
                              NULL, NULL, entry_id, error)))
    return NULL;

  if (found->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                   _("There is no opinion book entry number %lld."), (long long)entry_id);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * hk_opinion_book_store_list:
 *
 * Returns: (transfer full) (element-type HkOpinionEntry): the entries written
 *   from @first_day to @last_day (inclusive), in order
 */
GPtrArray *
hk_opinion_book_store_list (HkOpinionBookStore  *self,
                            const char          *first_day,
                            const char          *last_day,
                            GError             **error)
{
  g_return_val_if_fail (HK_IS_OPINION_BOOK_STORE (self), NULL);

  return read_entries (self,
                       "SELECT " ENTRY_COLUMNS ENTRY_FROM " WHERE e.day >= ?1 AND e.day <= ?2"
                       " AND ?3 = 0 ORDER BY e.day, e.id", first_day, last_day, 0, error);
}

/**
 * hk_opinion_book_store_list_flagged:
 *
 * Returns: (transfer full) (element-type HkOpinionEntry): every entry not
 *   processed by the end of the day after its day, as of now, oldest first
 */
GPtrArray *
hk_opinion_book_store_list_flagged (HkOpinionBookStore  *self,
                                    GError             **error)
{
  g_return_val_if_fail (HK_IS_OPINION_BOOK_STORE (self), NULL);

  return read_entries (self,
                       "SELECT " ENTRY_COLUMNS ENTRY_FROM " WHERE r.entry_id IS NULL"
                       " AND e.due_at <= ?3 AND ?1 IS NULL AND ?2 IS NULL ORDER BY e.day, e.id",
                       NULL, NULL, hk_database_get_now (self->database), error);
}

/* The hall's midnight after the day after @day: when an entry of @day is due. */
static gboolean
compute_due (HkOpinionBookStore  *self,
             const char          *day,
             gint64              *start,
             gint64              *due,
             GError             **error)
{
  g_autoptr(GDate) date = g_date_new ();
  char next[16];

  if (!hk_hall_store_parse_day (self->hall, day, start, NULL, error))
    return FALSE;

  g_date_set_parse (date, day);
  g_date_add_days (date, 1);
  g_date_strftime (next, sizeof next, "%Y-%m-%d", date);

  return hk_hall_store_parse_day (self->hall, next, NULL, due, error);
}

/**
 * hk_opinion_book_store_add:
 * @day: the day the customer wrote it, "YYYY-MM-DD", today or earlier
 * @text: what they wrote
 * @contact: (nullable): how to reach them, if they wrote it
 */
HkOpinionEntry *
hk_opinion_book_store_add (HkOpinionBookStore  *self,
                           HkOperator          *actor,
                           const char          *day,
                           const char          *text,
                           const char          *contact,
                           GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkOpinionEntry) entry = NULL;
  g_autofree char *clean_text = NULL;
  g_autofree char *clean_contact = NULL;
  g_autofree char *summary = NULL;
  gint64 start = 0;
  gint64 due = 0;
  gint64 now;
  gint64 id;

  g_return_val_if_fail (HK_IS_OPINION_BOOK_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_COMPLAINT_ROLES,
                              _("Entering the opinion book"), error))
    return NULL;

  if (!compute_due (self, day, &start, &due, error))
    return NULL;

  now = hk_database_get_now (self->database);
  if (start > now || start < now - (gint64)MAX_AGE_DAYS * 24 * 3600)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("An opinion book entry is of today or of a day in the last year, not %s."),
                   day);
      return NULL;
    }

  clean_text = g_strstrip (g_strdup (text != NULL ? text : ""));
  clean_contact = g_strstrip (g_strdup (contact != NULL ? contact : ""));

  if (*clean_text == '\0' || g_utf8_strlen (clean_text, -1) > HK_OPINION_TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Copy what the customer wrote: 1 to %d characters."),
                   HK_OPINION_TEXT_MAX_LENGTH);
      return NULL;
    }
  if (g_utf8_strlen (clean_contact, -1) > HK_OPINION_CONTACT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A contact has at most %d characters."), HK_OPINION_CONTACT_MAX_LENGTH);
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO opinion_entries (day, text, contact, due_at,"
                                      " entered_at, entered_by) VALUES (?1, ?2, nullif (?3, ''),"
                                      " ?4, ?5, ?6)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, day);
  hk_statement_bind_text (insert, 2, clean_text);
  hk_statement_bind_text (insert, 3, clean_contact);
  hk_statement_bind_int64 (insert, 4, due);
  hk_statement_bind_int64 (insert, 5, now);
  hk_statement_bind_int64 (insert, 6, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("entered an opinion book entry of %s%s", day,
                             *clean_contact != '\0' ? " with a contact" : "");

  if (!(entry = hk_opinion_book_store_lookup (self, id, error)) ||
      !hk_audit_log_append (self->database, actor, "opinion-entry-added", "opinion_entry", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, id);

  return g_steal_pointer (&entry);
}

/**
 * hk_opinion_book_store_process:
 * @reply: what was done or answered
 *
 * Processes an entry, once: the reply, by the actor, now.
 */
HkOpinionEntry *
hk_opinion_book_store_process (HkOpinionBookStore  *self,
                               HkOperator          *actor,
                               HkOpinionEntry      *entry,
                               const char          *reply,
                               GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkOpinionEntry) current = NULL;
  g_autoptr(HkOpinionEntry) processed = NULL;
  g_autofree char *clean_reply = NULL;
  g_autofree char *summary = NULL;
  gint64 now;
  gint64 id;

  g_return_val_if_fail (HK_IS_OPINION_BOOK_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (entry), NULL);

  if (!hk_permission_require (self->database, actor, HK_COMPLAINT_ROLES,
                              _("Processing the opinion book"), error))
    return NULL;

  clean_reply = g_strstrip (g_strdup (reply != NULL ? reply : ""));
  if (*clean_reply == '\0' || g_utf8_strlen (clean_reply, -1) > HK_OPINION_TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Write the reply or what was done: 1 to %d characters."),
                   HK_OPINION_TEXT_MAX_LENGTH);
      return NULL;
    }

  id = hk_opinion_entry_get_id (entry);
  now = hk_database_get_now (self->database);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_opinion_book_store_lookup (self, id, error)))
    return NULL;

  if (hk_opinion_entry_is_processed (current))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Opinion book entry %lld was processed by %s already."), (long long)id,
                   hk_opinion_entry_get_replied_by_name (current));
      return NULL;
    }

  if (now < hk_opinion_entry_get_entered_at (current))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The clock is behind the time the entry was entered; check the computer’s "
                     "date and time."));
      return NULL;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO opinion_replies (entry_id, reply, replied_at,"
                                      " replied_by) VALUES (?1, ?2, ?3, ?4)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, id);
  hk_statement_bind_text (insert, 2, clean_reply);
  hk_statement_bind_int64 (insert, 3, now);
  hk_statement_bind_int64 (insert, 4, hk_operator_get_id (actor));

  summary = g_strdup_printf ("processed the opinion book entry of %s%s",
                             hk_opinion_entry_get_day (current),
                             now >= hk_opinion_entry_get_due_at (current) ? ", late" : "");

  if (!hk_statement_run (insert, error) ||
      !(processed = hk_opinion_book_store_lookup (self, id, error)) ||
      !hk_audit_log_append (self->database, actor, "opinion-entry-processed", "opinion_entry",
                            id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, id);

  return g_steal_pointer (&processed);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-store.c: the complaint register: categories, complaints and their events, and
 * the duty manager's signed days of the first-contact book.
 *
 * The rules, checked here so that the window and the command line agree:
 *
 * - Complaint officers, duty managers and hall supervisors register
 *   complaints and record their events; supervisors and administrators add
 *   and deactivate categories (never delete them); only a duty manager signs
 *   a day.
 * - A complaint is written once: its first-contact owner (the operator who
 *   received it) never changes, and neither does its deadline, received at +
 *   the hall's complaint deadline hours in force when it was registered. A
 *   later change of the setting applies to complaints registered after it.
 * - Everything else is an event appended to it. The events allowed depend on
 *   its status: a callback is promised on an open complaint, a resolution
 *   closes an open one, closing needs a resolution, and reopening needs a
 *   resolved or closed one.
 * - The callback rule: once an open complaint is past its deadline and no
 *   callback has been promised, the store refuses every event on it but a
 *   callback promise (a valid phone number and a time later than now) and an
 *   assignment to another handler. So it cannot be resolved late, noted or
 *   closed before the customer has been given a callback number and time. A
 *   complaint with a promised callback is closed only after the callback is
 *   recorded (when, by whom, reached or not, what was said).
 * - Signing a day keeps what was not closed at that moment, as it was.
 *
 * Every write checks the actor's roles first, then writes its rows and its
 * audit entry in one transaction, and emits "changed".
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-complaint-private.h"
#include "hk-complaint-store.h"
#include "hk-error.h"
#include "hk-input.h"
#include "hk-permission.h"
#include "hk-privacy.h"
#include "hk-transaction.h"

#define CATEGORY_ROLES (HK_ROLE_SUPERVISOR | HK_ROLE_ADMINISTRATOR)
/* A complaint received longer ago than this is a typing mistake, not a late entry. */
#define MAX_RECEIVED_AGE (366 * 24 * 60 * 60)
/* A callback promised further ahead than this is a typing mistake. */
#define MAX_CALLBACK_AHEAD (31 * 24 * 60 * 60)

struct _HkComplaintStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall;
  GListStore  *categories;
};

G_DEFINE_FINAL_TYPE (HkComplaintStore, hk_complaint_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define CATEGORY_COLUMNS "id, code, name, builtin, active, position"

#define COMPLAINT_COLUMNS \
  "c.id, c.received_at, c.received_day, c.entered_at, c.entered_day, c.entered_by," \
  " e.display_name, c.channel, c.customer_name, c.customer_phone, c.service_number," \
  " c.category_id, k.code, k.name, k.builtin, c.description, c.owner_id, o.display_name," \
  " c.priority, c.deadline_hours, c.deadline"
#define COMPLAINT_FROM \
  " FROM complaints c JOIN complaint_categories k ON k.id = c.category_id" \
  " JOIN operators o ON o.id = c.owner_id JOIN operators e ON e.id = c.entered_by"

#define EVENT_COLUMNS \
  "v.id, v.complaint_id, v.kind, v.at, v.by, b.display_name, v.handler_id, h.display_name," \
  " v.note, v.callback_number, v.callback_due, v.called_at, v.reached"
#define EVENT_FROM \
  " FROM complaint_events v JOIN operators b ON b.id = v.by" \
  " LEFT JOIN operators h ON h.id = v.handler_id"

/* The conditions of a list, with ?1 first day, ?2 last day, ?3 category, ?4 owner. */
#define FILTER_WHERE \
  " WHERE (?1 IS NULL OR c.received_day >= ?1) AND (?2 IS NULL OR c.received_day <= ?2)" \
  " AND (?3 = 0 OR c.category_id = ?3) AND (?4 = 0 OR c.owner_id = ?4)"

/* ---- rows to items ---- */

static HkComplaintCategory *
category_from_row (HkStatement *stmt)
{
  HkComplaintCategoryData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.code = hk_statement_dup_text (stmt, 1);
  data.name = hk_statement_dup_text (stmt, 2);
  data.builtin = hk_statement_get_int64 (stmt, 3) != 0;
  data.active = hk_statement_get_int64 (stmt, 4) != 0;
  data.position = hk_statement_get_int64 (stmt, 5);

  return hk_complaint_category_new_take (&data);
}

static HkComplaintEvent *
event_from_row (HkStatement *stmt)
{
  HkComplaintEventData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.complaint_id = hk_statement_get_int64 (stmt, 1);
  if (!hk_complaint_event_kind_from_id (hk_statement_get_text (stmt, 2), &data.kind))
    data.kind = HK_COMPLAINT_EVENT_NOTE;
  data.at = hk_statement_get_int64 (stmt, 3);
  data.by = hk_statement_get_int64 (stmt, 4);
  data.by_name = hk_statement_dup_text (stmt, 5);
  data.handler_id = hk_statement_get_int64 (stmt, 6);
  data.handler_name = hk_statement_dup_text (stmt, 7);
  data.note = hk_statement_dup_text (stmt, 8);
  data.callback_number = hk_statement_dup_text (stmt, 9);
  data.callback_due = hk_statement_get_int64 (stmt, 10);
  data.called_at = hk_statement_get_int64 (stmt, 11);
  data.reached = hk_statement_get_int64 (stmt, 12) != 0;

  return hk_complaint_event_new_take (&data);
}

static void
complaint_data_from_row (HkStatement     *stmt,
                         HkComplaintData *data)
{
  data->id = hk_statement_get_int64 (stmt, 0);
  data->received_at = hk_statement_get_int64 (stmt, 1);
  data->received_day = hk_statement_dup_text (stmt, 2);
  data->entered_at = hk_statement_get_int64 (stmt, 3);
  data->entered_day = hk_statement_dup_text (stmt, 4);
  data->entered_by = hk_statement_get_int64 (stmt, 5);
  data->entered_by_name = hk_statement_dup_text (stmt, 6);
  if (!hk_complaint_channel_from_id (hk_statement_get_text (stmt, 7), &data->channel))
    data->channel = HK_COMPLAINT_CHANNEL_COUNTER;
  data->customer_name = hk_statement_dup_text (stmt, 8);
  data->customer_phone = hk_statement_dup_text (stmt, 9);
  data->service_number = hk_statement_dup_text (stmt, 10);
  data->category_id = hk_statement_get_int64 (stmt, 11);
  data->category_title = g_strdup (hk_complaint_category_title_for (
                                     hk_statement_get_text (stmt, 12),
                                     hk_statement_get_text (stmt, 13),
                                     hk_statement_get_int64 (stmt, 14) != 0));
  data->description = hk_statement_dup_text (stmt, 15);
  data->owner_id = hk_statement_get_int64 (stmt, 16);
  data->owner_name = hk_statement_dup_text (stmt, 17);
  if (!hk_complaint_priority_from_id (hk_statement_get_text (stmt, 18), &data->priority))
    data->priority = HK_COMPLAINT_PRIORITY_NORMAL;
  data->deadline_hours = (guint)hk_statement_get_int64 (stmt, 19);
  data->deadline = hk_statement_get_int64 (stmt, 20);
}

static void
complaint_data_clear (HkComplaintData *data)
{
  g_free (data->received_day);
  g_free (data->entered_day);
  g_free (data->entered_by_name);
  g_free (data->customer_name);
  g_free (data->customer_phone);
  g_free (data->service_number);
  g_free (data->category_title);
  g_free (data->description);
  g_free (data->owner_name);
}

static void
bind_filter (HkStatement             *stmt,
             const HkComplaintFilter *filter)
{
  hk_statement_bind_text (stmt, 1, filter->first_day);
  hk_statement_bind_text (stmt, 2, filter->last_day);
  hk_statement_bind_int64 (stmt, 3, filter->category_id);
  hk_statement_bind_int64 (stmt, 4, filter->owner_id);
}

/* The complaints of @filter, or the one with @complaint_id (non-zero), with their events, in
 * the order they were received. */
static GPtrArray *
read_complaints (HkComplaintStore         *self,
                 const HkComplaintFilter  *filter,
                 gint64                    complaint_id,
                 GError                  **error)
{
  g_autoptr(HkStatement) rows = NULL;
  g_autoptr(HkStatement) events = NULL;
  g_autoptr(GPtrArray) complaints = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) event_lists = NULL;
  g_autoptr(GArray) datas = g_array_new (FALSE, TRUE, sizeof (HkComplaintData));
  GError *local_error = NULL;

  event_lists = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify)g_ptr_array_unref);
  g_array_set_clear_func (datas, (GDestroyNotify)complaint_data_clear);

  if (complaint_id != 0)
    {
      if (!(rows = hk_database_prepare (self->database,
                                        "SELECT " COMPLAINT_COLUMNS COMPLAINT_FROM
                                        " WHERE c.id = ?1", error)) ||
          !(events = hk_database_prepare (self->database,
                                          "SELECT " EVENT_COLUMNS EVENT_FROM
                                          " WHERE v.complaint_id = ?1 ORDER BY v.id", error)))
        return NULL;

      hk_statement_bind_int64 (rows, 1, complaint_id);
      hk_statement_bind_int64 (events, 1, complaint_id);
    }
  else
    {
      if (!(rows = hk_database_prepare (self->database,
                                        "SELECT " COMPLAINT_COLUMNS COMPLAINT_FROM FILTER_WHERE
                                        " ORDER BY c.received_at, c.id", error)) ||
          !(events = hk_database_prepare (self->database,
                                          "SELECT " EVENT_COLUMNS EVENT_FROM
                                          " JOIN complaints c ON c.id = v.complaint_id"
                                          FILTER_WHERE " ORDER BY v.complaint_id, v.id", error)))
        return NULL;

      bind_filter (rows, filter);
      bind_filter (events, filter);
    }

  while (hk_statement_step (rows, &local_error))
    {
      HkComplaintData data = { 0 };

      complaint_data_from_row (rows, &data);
      g_array_append_val (datas, data);
    }

  while (local_error == NULL && hk_statement_step (events, &local_error))
    {
      HkComplaintEvent *event = event_from_row (events);
      gint64 id = hk_complaint_event_get_complaint_id (event);
      GPtrArray *list = g_hash_table_lookup (event_lists, &id);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (event_lists, g_memdup2 (&id, sizeof id), list);
        }
      g_ptr_array_add (list, event);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  for (guint i = 0; i < datas->len; i++)
    {
      HkComplaintData *data = &g_array_index (datas, HkComplaintData, i);
      gpointer key = NULL;
      gpointer list = NULL;
      HkComplaint *complaint;

      if (g_hash_table_steal_extended (event_lists, &data->id, &key, &list))
        g_free (key);

      complaint = hk_complaint_new_take (data, list);

      if (filter != NULL &&
          ((filter->handler_id != 0 &&
            hk_complaint_get_handler_id (complaint) != filter->handler_id) ||
           (filter->not_closed_only && hk_complaint_get_status (complaint) == HK_COMPLAINT_CLOSED)))
        {
          g_object_unref (complaint);
          continue;
        }

      g_ptr_array_add (complaints, complaint);
    }

  return g_steal_pointer (&complaints);
}

/* ---- categories ---- */

static void
reload_categories (HkComplaintStore *self)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (self->categories == NULL)
    return;

  stmt = hk_database_prepare (self->database,
                              "SELECT " CATEGORY_COLUMNS " FROM complaint_categories"
                              " ORDER BY position, id", &error);
  while (stmt != NULL && hk_statement_step (stmt, &error))
    g_ptr_array_add (items, category_from_row (stmt));

  if (error != NULL)
    {
      g_warning ("Cannot read the complaint categories: %s", error->message);
      return;
    }

  g_list_store_splice (self->categories, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->categories)),
                       items->pdata, items->len);
}

static HkComplaintCategory *
read_category (HkComplaintStore  *self,
               const char        *code,
               gint64             id,
               GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    code != NULL
                                    ? "SELECT " CATEGORY_COLUMNS " FROM complaint_categories"
                                      " WHERE code = ?1"
                                    : "SELECT " CATEGORY_COLUMNS " FROM complaint_categories"
                                      " WHERE id = ?2", error)))
    return NULL;

  if (code != NULL)
    hk_statement_bind_text (stmt, 1, code);
  else
    hk_statement_bind_int64 (stmt, 2, id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else if (code != NULL)
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no complaint category “%s”."), code);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no complaint category number %lld."), (long long)id);
      return NULL;
    }

  return category_from_row (stmt);
}

static void
emit_changed (HkComplaintStore *self,
              gint64            complaint_id)
{
  g_signal_emit (self, signals[CHANGED], 0, complaint_id);
}

static void
hk_complaint_store_finalize (GObject *object)
{
  HkComplaintStore *self = (HkComplaintStore *)object;

  g_clear_object (&self->categories);
  g_clear_object (&self->hall);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_complaint_store_parent_class)->finalize (object);
}

static void
hk_complaint_store_class_init (HkComplaintStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_complaint_store_finalize;

  /**
   * HkComplaintStore::changed:
   * @complaint_id: the complaint registered or given an event; 0 when a category changed or a
   *   day was signed
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hk_complaint_store_init (HkComplaintStore *self)
{
}

/**
 * hk_complaint_store_new:
 * @hall: the hall's settings: its time zone decides the days, and its complaint deadline
 *   hours the deadline of each new complaint
 */
HkComplaintStore *
hk_complaint_store_new (HkDatabase  *database,
                        HkHallStore *hall)
{
  HkComplaintStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);

  self = g_object_new (HK_TYPE_COMPLAINT_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);

  return self;
}

/* The store's clock: hk_database_get_now (), which tests and HALLKEEPER_NOW can fix. */
gint64
hk_complaint_store_get_now (HkComplaintStore *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), 0);

  return hk_database_get_now (self->database);
}

/**
 * hk_complaint_store_get_categories:
 *
 * Returns: (transfer none): every category, active or not, as
 *   #HkComplaintCategory items in their order; kept up to date by the store
 */
GListModel *
hk_complaint_store_get_categories (HkComplaintStore *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);

  if (self->categories == NULL)
    {
      self->categories = g_list_store_new (HK_TYPE_COMPLAINT_CATEGORY);
      reload_categories (self);
    }

  return G_LIST_MODEL (self->categories);
}

/* The category with that code (case does not matter), active or not. */
HkComplaintCategory *
hk_complaint_store_lookup_category (HkComplaintStore  *self,
                                    const char        *code,
                                    GError           **error)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return read_category (self, code, 0, error);
}

static gboolean
category_code_is_valid (const char *code)
{
  gsize length = strlen (code);

  if (length == 0 || length > HK_COMPLAINT_CATEGORY_CODE_MAX_LENGTH ||
      !g_ascii_isalnum (code[0]))
    return FALSE;

  for (const char *p = code; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/**
 * hk_complaint_store_add_category:
 * @code: the id used on the command line: letters, digits and '-', e.g. "broadband"
 * @name: the name shown, as typed
 *
 * Adds an active category at the end of the list. Hall supervisors and
 * administrators only.
 */
HkComplaintCategory *
hk_complaint_store_add_category (HkComplaintStore  *self,
                                 HkOperator        *actor,
                                 const char        *code,
                                 const char        *name,
                                 GError           **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkComplaintCategory) existing = NULL;
  g_autoptr(HkComplaintCategory) category = NULL;
  g_autofree char *clean_code = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *summary = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, CATEGORY_ROLES,
                              _("Adding a complaint category"), error))
    return NULL;

  clean_code = g_strstrip (g_strdup (code != NULL ? code : ""));
  clean_name = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (!category_code_is_valid (clean_code))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A category code has 1 to %d letters, digits or “-”, e.g. “broadband”."),
                   HK_COMPLAINT_CATEGORY_CODE_MAX_LENGTH);
      return NULL;
    }

  if (*clean_name == '\0' || g_utf8_strlen (clean_name, -1) > HK_COMPLAINT_CATEGORY_NAME_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A category’s name has 1 to %d characters."),
                   HK_COMPLAINT_CATEGORY_NAME_MAX_LENGTH);
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)))
    return NULL;

  if ((existing = read_category (self, clean_code, 0, &local_error)) != NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("There is a complaint category “%s” already."),
                   hk_complaint_category_get_code (existing));
      return NULL;
    }
  if (!g_error_matches (local_error, HK_ERROR, HK_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  g_clear_error (&local_error);

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO complaint_categories (code, name, position,"
                                      " created_at, created_by) VALUES (?1, ?2,"
                                      " (SELECT coalesce (max (position), 0) + 1"
                                      " FROM complaint_categories), ?3, ?4)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, clean_code);
  hk_statement_bind_text (insert, 2, clean_name);
  hk_statement_bind_int64 (insert, 3, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 4, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error) ||
      !(category = read_category (self, NULL, hk_database_get_last_insert_id (self->database),
                                  error)))
    return NULL;

  summary = g_strdup_printf ("added the complaint category %s “%s”", clean_code, clean_name);

  if (!hk_audit_log_append (self->database, actor, "complaint-category-added",
                            "complaint_category", hk_complaint_category_get_id (category), summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  reload_categories (self);
  emit_changed (self, 0);

  return g_steal_pointer (&category);
}

/**
 * hk_complaint_store_set_category_active:
 *
 * Deactivates a category, so that new complaints cannot take it (the ones
 * that have it keep it), or activates it again. Categories are never deleted.
 */
HkComplaintCategory *
hk_complaint_store_set_category_active (HkComplaintStore     *self,
                                        HkOperator           *actor,
                                        HkComplaintCategory  *category,
                                        gboolean              active,
                                        GError              **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkComplaintCategory) current = NULL;
  g_autoptr(HkComplaintCategory) changed = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_COMPLAINT_CATEGORY (category), NULL);

  if (!hk_permission_require (self->database, actor, CATEGORY_ROLES,
                              active ? _("Activating a complaint category")
                                     : _("Deactivating a complaint category"), error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = read_category (self, NULL, hk_complaint_category_get_id (category), error)))
    return NULL;

  if (hk_complaint_category_get_active (current) == !!active)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   active ? _("The category “%s” is active already.")
                          : _("The category “%s” is inactive already."),
                   hk_complaint_category_get_title (current));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE complaint_categories SET active = ?2 WHERE id = ?1",
                                      error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_complaint_category_get_id (current));
  hk_statement_bind_int64 (update, 2, active ? 1 : 0);

  summary = g_strdup_printf ("%s the complaint category %s",
                             active ? "activated" : "deactivated",
                             hk_complaint_category_get_code (current));

  if (!hk_statement_run (update, error) ||
      !(changed = read_category (self, NULL, hk_complaint_category_get_id (current), error)) ||
      !hk_audit_log_append (self->database, actor,
                            active ? "complaint-category-activated"
                                   : "complaint-category-deactivated",
                            "complaint_category", hk_complaint_category_get_id (current), summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  reload_categories (self);
  emit_changed (self, 0);

  return g_steal_pointer (&changed);
}

/* ---- operators ---- */

/* The operator's name if they are active and, with @roles, hold one of them now; otherwise an
 * error naming @what, e.g. "The handler". */
static char *
check_operator (HkComplaintStore  *self,
                gint64             operator_id,
                HkRoles            roles,
                const char        *what,
                GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;
  HkRoles held = HK_ROLE_NONE;
  char *name = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT o.display_name, o.active, r.role FROM operators o"
                                    " LEFT JOIN operator_roles r ON r.operator_id = o.id"
                                    " WHERE o.id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, operator_id);

  while (hk_statement_step (stmt, &local_error))
    {
      if (name == NULL)
        {
          if (hk_statement_get_int64 (stmt, 1) == 0)
            {
              /* Translators: "The handler (王芳) is deactivated." */
              g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("%s (%s) is deactivated."), what,
                           hk_statement_get_text (stmt, 0));
              return NULL;
            }
          name = hk_statement_dup_text (stmt, 0);
        }
      if (!hk_statement_is_null (stmt, 2))
        held |= hk_role_from_id (hk_statement_get_text (stmt, 2));
    }

  if (local_error != NULL)
    {
      g_free (name);
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (name == NULL)
    {
      /* Translators: "The handler is not an operator (number 42)." */
      g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND, _("%s is not an operator (number %lld)."),
                   what, (long long)operator_id);
      return NULL;
    }

  if (roles != HK_ROLE_NONE && !(held & roles))
    {
      g_autofree char *titles = hk_roles_to_titles (roles);

      /* Translators: "The handler (张丽) needs one of these roles: Complaint officer, …" */
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("%s (%s) needs one of these roles: %s."),
                   what, name, titles);
      g_free (name);
      return NULL;
    }

  return name;
}

static gboolean
operator_may_handle (HkComplaintStore *self,
                     gint64            operator_id)
{
  g_autofree char *name = check_operator (self, operator_id, HK_COMPLAINT_ROLES, "", NULL);

  return name != NULL;
}

/* ---- complaints ---- */

/* "2026-10-05 14:30" in the hall's time zone, for audit summaries and messages. */
static char *
format_moment (HkComplaintStore *self,
               gint64            unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc,
                                                        hk_hall_store_get_time_zone (self->hall));

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* @text stripped (hk_input_clean_text(): no control characters, at most @max_length
 * characters; names are one line, longer texts may have several); NULL when empty and
 * @optional, an error when empty otherwise. */
static gboolean
clean_text (const char  *text,
            gboolean     optional,
            guint        max_length,
            const char  *missing,
            char       **out,
            GError     **error)
{
  g_autofree char *clean = NULL;

  if (!hk_input_clean_text (text, max_length, max_length > HK_COMPLAINT_NAME_MAX_LENGTH, &clean,
                            error))
    return FALSE;

  if (*clean == '\0')
    {
      if (optional)
        {
          *out = NULL;
          return TRUE;
        }
      g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID, missing);
      return FALSE;
    }

  *out = g_steal_pointer (&clean);
  return TRUE;
}

static gboolean
clean_phone (const char  *phone,
             const char  *what,
             char       **out,
             GError     **error)
{
  g_autofree char *clean = g_strstrip (hk_input_fold_digits (phone));

  if (*clean == '\0')
    {
      *out = NULL;
      return TRUE;
    }

  if (!hk_privacy_phone_is_valid (clean))
    {
      /* Translators: "The customer’s phone “12ab” is not a phone number." */
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("%s “%s” is not a phone number: 5 to 20 digits, e.g. 13812345678."), what,
                   clean);
      return FALSE;
    }

  *out = g_steal_pointer (&clean);
  return TRUE;
}

/**
 * hk_complaint_store_register:
 *
 * Registers a complaint received at @input->received_at: the first-contact
 * owner is who received it (the actor unless named), the deadline the hall's
 * deadline hours from then. A complaint received on an earlier day of the hall
 * than today is entered late; that is allowed and flagged, never hidden.
 */
HkComplaint *
hk_complaint_store_register (HkComplaintStore        *self,
                             HkOperator              *actor,
                             const HkComplaintInput  *input,
                             GError                 **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkStatement) event = NULL;
  g_autoptr(HkComplaintCategory) category = NULL;
  g_autoptr(HkComplaint) complaint = NULL;
  g_autofree char *customer_name = NULL;
  g_autofree char *customer_phone = NULL;
  g_autofree char *service_number = NULL;
  g_autofree char *description = NULL;
  g_autofree char *owner_name = NULL;
  g_autofree char *handler_name = NULL;
  g_autofree char *received_day = NULL;
  g_autofree char *entered_day = NULL;
  g_autofree char *received_text = NULL;
  g_autofree char *deadline_text = NULL;
  g_autofree char *summary = NULL;
  gint64 complaint_id;
  gint64 now;
  gint64 owner_id;
  gint64 handler_id;
  gint64 deadline;
  guint hours;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!hk_permission_require (self->database, actor, HK_COMPLAINT_ROLES,
                              _("Registering a complaint"), error))
    return NULL;

  now = hk_database_get_now (self->database);

  if (input->received_at > now)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A complaint cannot be received in the future."));
      return NULL;
    }
  if (input->received_at < now - MAX_RECEIVED_AGE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A complaint received more than a year ago cannot be registered; check "
                     "the date."));
      return NULL;
    }
  if (input->channel >= HK_COMPLAINT_N_CHANNELS || input->priority >= HK_COMPLAINT_N_PRIORITIES)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Choose the channel and the priority."));
      return NULL;
    }

  if (!clean_text (input->customer_name, FALSE, HK_COMPLAINT_NAME_MAX_LENGTH,
                   _("Give the customer’s name."), &customer_name, error) ||
      !clean_phone (input->customer_phone, _("The customer’s phone"), &customer_phone, error) ||
      !clean_phone (input->service_number, _("The service number"), &service_number, error) ||
      !clean_text (input->description, FALSE, HK_COMPLAINT_TEXT_MAX_LENGTH,
                   _("Describe the complaint."), &description, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(category = read_category (self, NULL, input->category_id, error)))
    return NULL;

  if (!hk_complaint_category_get_active (category))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The category “%s” is no longer in use; choose another."),
                   hk_complaint_category_get_title (category));
      return NULL;
    }

  owner_id = input->owner_id != 0 ? input->owner_id : hk_operator_get_id (actor);
  if (!(owner_name = check_operator (self, owner_id, HK_ROLE_NONE, _("The first-contact owner"),
                                     error)))
    return NULL;

  handler_id = input->handler_id;
  if (handler_id == 0)
    handler_id = operator_may_handle (self, owner_id) ? owner_id : hk_operator_get_id (actor);
  if (!(handler_name = check_operator (self, handler_id, HK_COMPLAINT_ROLES, _("The handler"),
                                       error)))
    return NULL;

  hours = hk_hall_store_get_complaint_deadline_hours (self->hall);
  deadline = input->received_at + (gint64)hours * 3600;
  received_day = hk_hall_store_format_day (self->hall, input->received_at);
  entered_day = hk_hall_store_format_day (self->hall, now);

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO complaints (received_at, received_day,"
                                      " entered_at, entered_day, entered_by, channel,"
                                      " customer_name, customer_phone, service_number,"
                                      " category_id, description, owner_id, priority,"
                                      " deadline_hours, deadline) VALUES (?1, ?2, ?3, ?4, ?5,"
                                      " ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, input->received_at);
  hk_statement_bind_text (insert, 2, received_day);
  hk_statement_bind_int64 (insert, 3, now);
  hk_statement_bind_text (insert, 4, entered_day);
  hk_statement_bind_int64 (insert, 5, hk_operator_get_id (actor));
  hk_statement_bind_text (insert, 6, hk_complaint_channel_to_id (input->channel));
  hk_statement_bind_text (insert, 7, customer_name);
  hk_statement_bind_text (insert, 8, customer_phone);
  hk_statement_bind_text (insert, 9, service_number);
  hk_statement_bind_int64 (insert, 10, hk_complaint_category_get_id (category));
  hk_statement_bind_text (insert, 11, description);
  hk_statement_bind_int64 (insert, 12, owner_id);
  hk_statement_bind_text (insert, 13, hk_complaint_priority_to_id (input->priority));
  hk_statement_bind_int64 (insert, 14, hours);
  hk_statement_bind_int64 (insert, 15, deadline);

  if (!hk_statement_run (insert, error))
    return NULL;

  complaint_id = hk_database_get_last_insert_id (self->database);

  if (!(event = hk_database_prepare (self->database,
                                     "INSERT INTO complaint_events (complaint_id, kind, at, by,"
                                     " handler_id) VALUES (?1, 'received', ?2, ?3, ?4)", error)))
    return NULL;

  hk_statement_bind_int64 (event, 1, complaint_id);
  hk_statement_bind_int64 (event, 2, input->received_at);
  hk_statement_bind_int64 (event, 3, hk_operator_get_id (actor));
  hk_statement_bind_int64 (event, 4, handler_id);

  received_text = format_moment (self, input->received_at);
  deadline_text = format_moment (self, deadline);
  summary = g_strdup_printf ("registered a complaint received %s (%s, %s), first-contact owner "
                             "%lld, handler %lld, deadline %s (%u h)%s",
                             received_text, hk_complaint_channel_to_id (input->channel),
                             hk_complaint_category_get_code (category), (long long)owner_id,
                             (long long)handler_id, deadline_text, hours,
                             g_strcmp0 (entered_day, received_day) > 0 ? ", entered late" : "");

  if (!hk_statement_run (event, error) ||
      !(complaint = hk_complaint_store_lookup (self, complaint_id, error)) ||
      !hk_audit_log_append (self->database, actor, "complaint-registered", "complaint",
                            complaint_id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self, complaint_id);

  return g_steal_pointer (&complaint);
}

/* The complaint with that number, with its events. */
HkComplaint *
hk_complaint_store_lookup (HkComplaintStore  *self,
                           gint64             complaint_id,
                           GError           **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);

  if (complaint_id <= 0 || !(found = read_complaints (self, NULL, complaint_id, error)))
    {
      if (complaint_id <= 0)
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no complaint number %lld."), (long long)complaint_id);
      return NULL;
    }

  if (found->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                   _("There is no complaint number %lld."), (long long)complaint_id);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * hk_complaint_store_list:
 * @filter: (nullable): which complaints; %NULL for all
 *
 * Returns: (transfer full) (element-type HkComplaint): the complaints, each
 *   with its events, in the order they were received
 */
GPtrArray *
hk_complaint_store_list (HkComplaintStore         *self,
                         const HkComplaintFilter  *filter,
                         GError                  **error)
{
  HkComplaintFilter all = { 0 };

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);

  return read_complaints (self, filter != NULL ? filter : &all, 0, error);
}

/* ---- events ---- */

/* What one event adds; the store fills in the complaint, the time and the actor. */
typedef struct
{
  HkComplaintEventKind  kind;
  gint64                handler_id;
  const char           *note;
  const char           *callback_number;
  gint64                callback_due;
  gint64                called_at;
  gboolean              reached;
} EventInput;

static gboolean
require_not_closed (HkComplaint  *complaint,
                    GError      **error)
{
  if (hk_complaint_get_status (complaint) == HK_COMPLAINT_CLOSED)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Complaint %lld is closed; reopen it first."),
                   (long long)hk_complaint_get_id (complaint));
      return FALSE;
    }

  return TRUE;
}

/* A status inside a sentence such as "Complaint 12 is closed". */
static const char *
status_in_sentence (HkComplaintStatus status)
{
  switch (status)
    {
    case HK_COMPLAINT_RESOLVED:
      return C_("complaint status in a sentence", "resolved");
    case HK_COMPLAINT_CLOSED:
      return C_("complaint status in a sentence", "closed");
    case HK_COMPLAINT_OPEN:
    default:
      return C_("complaint status in a sentence", "open");
    }
}

/* Whether @complaint has @status; the sentence of a refusal is the caller's. */
static gboolean
has_status (HkComplaint       *complaint,
            HkComplaintStatus  status)
{
  return hk_complaint_get_status (complaint) == status;
}

/* Whether @input may be recorded on @current at @now; the handler's name for an assignment. */
static gboolean
check_event (HkComplaintStore  *self,
             HkComplaint       *current,
             const EventInput  *input,
             gint64             now,
             char             **handler_name,
             GError           **error)
{
  GListModel *events = hk_complaint_get_events (current);
  guint n_events = g_list_model_get_n_items (events);
  g_autoptr(HkComplaintEvent) last = g_list_model_get_item (events, n_events - 1);
  gint64 id = hk_complaint_get_id (current);
  const char *status_title = status_in_sentence (hk_complaint_get_status (current));

  /* Events are kept in the order they happened. */
  if (now < hk_complaint_event_get_at (last))
    {
      g_autofree char *when = format_moment (self, hk_complaint_event_get_at (last));

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The clock is behind the last event of complaint %lld (%s); check the "
                     "computer’s date and time."), (long long)id, when);
      return FALSE;
    }

  /* The callback rule. */
  if (hk_complaint_needs_callback (current, now) &&
      input->kind != HK_COMPLAINT_EVENT_CALLBACK_PROMISED &&
      input->kind != HK_COMPLAINT_EVENT_ASSIGNED)
    {
      g_autofree char *deadline = format_moment (self, hk_complaint_get_deadline (current));

      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Complaint %lld was not resolved by its deadline (%s): first record the "
                     "customer’s callback number and when they will be called back."),
                   (long long)id, deadline);
      return FALSE;
    }

  switch (input->kind)
    {
    case HK_COMPLAINT_EVENT_ASSIGNED:
      if (!require_not_closed (current, error))
        return FALSE;
      if (input->handler_id == hk_complaint_get_handler_id (current))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("%s handles complaint %lld already."),
                       hk_complaint_get_handler_name (current), (long long)id);
          return FALSE;
        }
      *handler_name = check_operator (self, input->handler_id, HK_COMPLAINT_ROLES,
                                      _("The handler"), error);
      return *handler_name != NULL;

    case HK_COMPLAINT_EVENT_CALLBACK_PROMISED:
      if (!has_status (current, HK_COMPLAINT_OPEN))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("Complaint %lld is %s: a callback is promised on an open complaint."),
                       (long long)id, status_title);
          return FALSE;
        }
      if (input->callback_due <= now || input->callback_due > now + MAX_CALLBACK_AHEAD)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("The promised callback time must be later than now, and within a "
                         "month."));
          return FALSE;
        }
      return TRUE;

    case HK_COMPLAINT_EVENT_CALLED_BACK:
      if (!require_not_closed (current, error))
        return FALSE;
      if (!hk_complaint_has_callback_promise (current))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("No callback was promised on complaint %lld; record the promise "
                         "first."), (long long)id);
          return FALSE;
        }
      if (input->called_at > now || input->called_at < hk_complaint_get_received_at (current))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("The callback was made between receiving the complaint and now."));
          return FALSE;
        }
      return TRUE;

    case HK_COMPLAINT_EVENT_RESOLVED:
      if (!has_status (current, HK_COMPLAINT_OPEN))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("Complaint %lld is %s already; reopen it to resolve it again."),
                       (long long)id, status_title);
          return FALSE;
        }
      return TRUE;

    case HK_COMPLAINT_EVENT_CLOSED:
      if (!has_status (current, HK_COMPLAINT_RESOLVED))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("Complaint %lld is %s: record its resolution before closing it."),
                       (long long)id, status_title);
          return FALSE;
        }
      if (hk_complaint_has_callback_promise (current) &&
          hk_complaint_get_called_back_at (current) == 0)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("A callback was promised on complaint %lld: record the call before "
                         "closing it."), (long long)id);
          return FALSE;
        }
      return TRUE;

    case HK_COMPLAINT_EVENT_REOPENED:
      if (hk_complaint_get_status (current) == HK_COMPLAINT_OPEN)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("Complaint %lld is open already."), (long long)id);
          return FALSE;
        }
      return TRUE;

    case HK_COMPLAINT_EVENT_NOTE:
      return TRUE;

    case HK_COMPLAINT_EVENT_RECEIVED:
    default:
      g_return_val_if_reached (FALSE);
    }
}

static char *
describe_for_audit (HkComplaintStore *self,
                    const EventInput *input)
{
  const char *kind = hk_complaint_event_kind_to_id (input->kind);
  const char *note = input->note != NULL ? input->note : "";

  switch (input->kind)
    {
    case HK_COMPLAINT_EVENT_ASSIGNED:
      return g_strdup_printf ("%s to %lld%s%s", kind, (long long)input->handler_id,
                              *note != '\0' ? ": " : "", note);
    case HK_COMPLAINT_EVENT_CALLBACK_PROMISED:
      {
        g_autofree char *due = format_moment (self, input->callback_due);
        g_autofree char *number = hk_privacy_mask_phone (input->callback_number);

        return g_strdup_printf ("%s to %s by %s", kind, number, due);
      }
    case HK_COMPLAINT_EVENT_CALLED_BACK:
      {
        g_autofree char *when = format_moment (self, input->called_at);

        return g_strdup_printf ("%s at %s, %s: %s", kind, when,
                                input->reached ? "reached" : "not reached", note);
      }
    case HK_COMPLAINT_EVENT_RECEIVED:
    case HK_COMPLAINT_EVENT_NOTE:
    case HK_COMPLAINT_EVENT_RESOLVED:
    case HK_COMPLAINT_EVENT_CLOSED:
    case HK_COMPLAINT_EVENT_REOPENED:
    default:
      return g_strdup_printf ("%s%s%s", kind, *note != '\0' ? ": " : "", note);
    }
}

/* Checks and appends one event in one transaction with its audit entry; the complaint after. */
static HkComplaint *
record_event (HkComplaintStore  *self,
              HkOperator        *actor,
              HkComplaint       *complaint,
              const EventInput  *input,
              const char        *what,
              GError           **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkComplaint) current = NULL;
  g_autoptr(HkComplaint) after = NULL;
  g_autofree char *handler_name = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *action = NULL;
  gint64 id;
  gint64 now;

  if (!hk_permission_require (self->database, actor, HK_COMPLAINT_ROLES, what, error))
    return NULL;

  id = hk_complaint_get_id (complaint);
  now = hk_database_get_now (self->database);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_complaint_store_lookup (self, id, error)) ||
      !check_event (self, current, input, now, &handler_name, error))
    return NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO complaint_events (complaint_id, kind, at, by,"
                                      " handler_id, note, callback_number, callback_due,"
                                      " called_at, reached) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                                      " ?8, ?9, ?10)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, id);
  hk_statement_bind_text (insert, 2, hk_complaint_event_kind_to_id (input->kind));
  hk_statement_bind_int64 (insert, 3, now);
  hk_statement_bind_int64 (insert, 4, hk_operator_get_id (actor));
  if (input->kind == HK_COMPLAINT_EVENT_ASSIGNED)
    hk_statement_bind_int64 (insert, 5, input->handler_id);
  else
    hk_statement_bind_null (insert, 5);
  hk_statement_bind_text (insert, 6, input->note);
  if (input->kind == HK_COMPLAINT_EVENT_CALLBACK_PROMISED)
    {
      hk_statement_bind_text (insert, 7, input->callback_number);
      hk_statement_bind_int64 (insert, 8, input->callback_due);
    }
  else
    {
      hk_statement_bind_null (insert, 7);
      hk_statement_bind_null (insert, 8);
    }
  if (input->kind == HK_COMPLAINT_EVENT_CALLED_BACK)
    {
      hk_statement_bind_int64 (insert, 9, input->called_at);
      hk_statement_bind_int64 (insert, 10, input->reached ? 1 : 0);
    }
  else
    {
      hk_statement_bind_null (insert, 9);
      hk_statement_bind_null (insert, 10);
    }

  summary = describe_for_audit (self, input);
  action = g_strconcat ("complaint-", hk_complaint_event_kind_to_id (input->kind), NULL);

  if (!hk_statement_run (insert, error) ||
      !(after = hk_complaint_store_lookup (self, id, error)) ||
      !hk_audit_log_append (self->database, actor, action, "complaint", id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self, id);

  return g_steal_pointer (&after);
}

/**
 * hk_complaint_store_assign:
 * @handler_id: who handles it from now on: an active complaint officer, duty
 *   manager or hall supervisor
 * @note: (nullable): why
 *
 * Hands the complaint to another handler. Its first-contact owner stays.
 */
HkComplaint *
hk_complaint_store_assign (HkComplaintStore  *self,
                           HkOperator        *actor,
                           HkComplaint       *complaint,
                           gint64             handler_id,
                           const char        *note,
                           GError           **error)
{
  EventInput input = { .kind = HK_COMPLAINT_EVENT_ASSIGNED, .handler_id = handler_id };
  g_autofree char *clean_note = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_COMPLAINT (complaint), NULL);

  if (!clean_text (note, TRUE, HK_COMPLAINT_TEXT_MAX_LENGTH, NULL, &clean_note, error))
    return NULL;
  input.note = clean_note;

  return record_event (self, actor, complaint, &input, _("Assigning a complaint"), error);
}

HkComplaint *
hk_complaint_store_add_note (HkComplaintStore  *self,
                             HkOperator        *actor,
                             HkComplaint       *complaint,
                             const char        *note,
                             GError           **error)
{
  EventInput input = { .kind = HK_COMPLAINT_EVENT_NOTE };
  g_autofree char *clean_note = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_COMPLAINT (complaint), NULL);

  if (!clean_text (note, FALSE, HK_COMPLAINT_TEXT_MAX_LENGTH, _("Write the note."), &clean_note,
                   error))
    return NULL;
  input.note = clean_note;

  return record_event (self, actor, complaint, &input, _("Adding a note to a complaint"), error);
}

/**
 * hk_complaint_store_promise_callback:
 * @number: the number to call the customer back on
 * @due: by when they will be called, later than now
 * @note: (nullable): e.g. what the customer was told
 *
 * Records the callback number and time given to the customer of an open
 * complaint. Once an open complaint is past its deadline, nothing but this and
 * an assignment is accepted on it until it has one.
 */
HkComplaint *
hk_complaint_store_promise_callback (HkComplaintStore  *self,
                                     HkOperator        *actor,
                                     HkComplaint       *complaint,
                                     const char        *number,
                                     gint64             due,
                                     const char        *note,
                                     GError           **error)
{
  EventInput input = { .kind = HK_COMPLAINT_EVENT_CALLBACK_PROMISED, .callback_due = due };
  g_autofree char *clean_number = NULL;
  g_autofree char *clean_note = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_COMPLAINT (complaint), NULL);

  if (!clean_phone (number, _("The callback number"), &clean_number, error) ||
      !clean_text (note, TRUE, HK_COMPLAINT_TEXT_MAX_LENGTH, NULL, &clean_note, error))
    return NULL;

  if (clean_number == NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the number to call the customer back on."));
      return NULL;
    }

  input.callback_number = clean_number;
  input.note = clean_note;

  return record_event (self, actor, complaint, &input, _("Promising a callback"), error);
}

/**
 * hk_complaint_store_record_callback:
 * @called_at: when the call was made, not later than now
 * @reached: whether the customer answered
 * @outcome: what was said, or what happened
 *
 * Records the callback promised on the complaint: when, by whom (the actor),
 * and its outcome.
 */
HkComplaint *
hk_complaint_store_record_callback (HkComplaintStore  *self,
                                    HkOperator        *actor,
                                    HkComplaint       *complaint,
                                    gint64             called_at,
                                    gboolean           reached,
                                    const char        *outcome,
                                    GError           **error)
{
  EventInput input = { .kind = HK_COMPLAINT_EVENT_CALLED_BACK, .called_at = called_at,
                       .reached = reached };
  g_autofree char *clean_outcome = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_COMPLAINT (complaint), NULL);

  if (!clean_text (outcome, FALSE, HK_COMPLAINT_TEXT_MAX_LENGTH,
                   _("Say what came of the callback."), &clean_outcome, error))
    return NULL;
  input.note = clean_outcome;

  return record_event (self, actor, complaint, &input, _("Recording a callback"), error);
}

/* Records how an open complaint was resolved; after its deadline only with a callback promise. */
HkComplaint *
hk_complaint_store_resolve (HkComplaintStore  *self,
                            HkOperator        *actor,
                            HkComplaint       *complaint,
                            const char        *resolution,
                            GError           **error)
{
  EventInput input = { .kind = HK_COMPLAINT_EVENT_RESOLVED };
  g_autofree char *clean = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_COMPLAINT (complaint), NULL);

  if (!clean_text (resolution, FALSE, HK_COMPLAINT_TEXT_MAX_LENGTH,
                   _("Say how the complaint was resolved."), &clean, error))
    return NULL;
  input.note = clean;

  return record_event (self, actor, complaint, &input, _("Resolving a complaint"), error);
}

/* Closes a resolved complaint; with a callback promised, only once the callback is recorded. */
HkComplaint *
hk_complaint_store_close (HkComplaintStore  *self,
                          HkOperator        *actor,
                          HkComplaint       *complaint,
                          const char        *note,
                          GError           **error)
{
  EventInput input = { .kind = HK_COMPLAINT_EVENT_CLOSED };
  g_autofree char *clean = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_COMPLAINT (complaint), NULL);

  if (!clean_text (note, TRUE, HK_COMPLAINT_TEXT_MAX_LENGTH, NULL, &clean, error))
    return NULL;
  input.note = clean;

  return record_event (self, actor, complaint, &input, _("Closing a complaint"), error);
}

/* Opens a resolved or closed complaint again, e.g. when the customer comes back. */
HkComplaint *
hk_complaint_store_reopen (HkComplaintStore  *self,
                           HkOperator        *actor,
                           HkComplaint       *complaint,
                           const char        *reason,
                           GError           **error)
{
  EventInput input = { .kind = HK_COMPLAINT_EVENT_REOPENED };
  g_autofree char *clean = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_COMPLAINT (complaint), NULL);

  if (!clean_text (reason, FALSE, HK_COMPLAINT_TEXT_MAX_LENGTH,
                   _("Say why the complaint is reopened."), &clean, error))
    return NULL;
  input.note = clean;

  return record_event (self, actor, complaint, &input, _("Reopening a complaint"), error);
}

/* ---- the first-contact book ---- */

/* 20261005 for "2026-10-05": a signed day's number in the audit log. */
static gint64
day_number (const char *day)
{
  return g_ascii_strtoll (day, NULL, 10) * 10000 + g_ascii_strtoll (day + 5, NULL, 10) * 100 +
         g_ascii_strtoll (day + 8, NULL, 10);
}

/**
 * hk_complaint_store_get_day:
 * @day: "YYYY-MM-DD"
 *
 * Returns: (transfer full): the first-contact book of @day: the complaints
 *   received that day as they are now, and its signature with what it covered
 */
HkComplaintDay *
hk_complaint_store_get_day (HkComplaintStore  *self,
                            const char        *day,
                            GError           **error)
{
  g_autoptr(HkStatement) signed_row = NULL;
  g_autoptr(HkStatement) open = NULL;
  HkComplaintFilter filter = { .first_day = day, .last_day = day };
  HkComplaintDayData data = { 0 };
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);

  if (!hk_hall_store_parse_day (self->hall, day, NULL, NULL, error) ||
      !(data.complaints = read_complaints (self, &filter, 0, error)))
    return NULL;

  data.day = g_strdup (day);
  data.open_at_signing = g_array_new (FALSE, TRUE, sizeof (HkComplaintDayOpen));

  if (!(signed_row = hk_database_prepare (self->database,
                                          "SELECT d.signed_at, d.signed_by, o.display_name,"
                                          " d.note, d.n_received, d.n_closed, d.n_open"
                                          " FROM complaint_days d"
                                          " JOIN operators o ON o.id = d.signed_by"
                                          " WHERE d.day = ?1", error)) ||
      !(open = hk_database_prepare (self->database,
                                    "SELECT complaint_id, status, sla, handler_id"
                                    " FROM complaint_day_open WHERE day = ?1"
                                    " ORDER BY complaint_id", error)))
    goto failed;

  hk_statement_bind_text (signed_row, 1, day);
  if (hk_statement_step (signed_row, &local_error))
    {
      data.is_signed = TRUE;
      data.signed_at = hk_statement_get_int64 (signed_row, 0);
      data.signed_by = hk_statement_get_int64 (signed_row, 1);
      data.signed_by_name = hk_statement_dup_text (signed_row, 2);
      data.note = hk_statement_dup_text (signed_row, 3);
      data.n_received = (guint)hk_statement_get_int64 (signed_row, 4);
      data.n_closed = (guint)hk_statement_get_int64 (signed_row, 5);
      data.n_open = (guint)hk_statement_get_int64 (signed_row, 6);
    }

  hk_statement_bind_text (open, 1, day);
  while (local_error == NULL && hk_statement_step (open, &local_error))
    {
      HkComplaintDayOpen entry = { 0 };

      entry.complaint_id = hk_statement_get_int64 (open, 0);
      entry.status = g_strcmp0 (hk_statement_get_text (open, 1), "resolved") == 0
                     ? HK_COMPLAINT_RESOLVED : HK_COMPLAINT_OPEN;
      if (!hk_complaint_sla_from_id (hk_statement_get_text (open, 2), &entry.sla))
        entry.sla = HK_COMPLAINT_SLA_OVERDUE;
      entry.handler_id = hk_statement_get_int64 (open, 3);
      g_array_append_val (data.open_at_signing, entry);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      goto failed;
    }

  return hk_complaint_day_new_take (&data);

failed:
  g_clear_pointer (&data.complaints, g_ptr_array_unref);
  g_clear_pointer (&data.open_at_signing, g_array_unref);
  g_free (data.day);
  g_free (data.signed_by_name);
  g_free (data.note);
  return NULL;
}

/**
 * hk_complaint_store_sign_day:
 * @day: "YYYY-MM-DD", today or an earlier day of the hall
 * @note: (nullable): what the duty manager wants to say
 *
 * The duty manager signs the first-contact book of @day, once. The signature
 * keeps, as they are now, how many complaints of the day were received and
 * closed and each one not closed yet.
 */
HkComplaintDay *
hk_complaint_store_sign_day (HkComplaintStore  *self,
                             HkOperator        *actor,
                             const char        *day,
                             const char        *note,
                             GError           **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkComplaintDay) before = NULL;
  g_autoptr(HkComplaintDay) after = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkStatement) insert_open = NULL;
  g_autoptr(GString) open_ids = g_string_new (NULL);
  g_autofree char *clean_note = NULL;
  g_autofree char *summary = NULL;
  GListModel *complaints;
  guint n_received;
  guint n_closed = 0;
  guint n_open = 0;
  gint64 start = 0;
  gint64 now;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_DUTY_MANAGER,
                              _("Signing the first-contact book"), error))
    return NULL;

  if (!hk_hall_store_parse_day (self->hall, day, &start, NULL, error) ||
      !clean_text (note, TRUE, HK_COMPLAINT_TEXT_MAX_LENGTH, NULL, &clean_note, error))
    return NULL;

  now = hk_database_get_now (self->database);
  if (start > now)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("%s has not begun yet; a day is signed on that day or later."), day);
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(before = hk_complaint_store_get_day (self, day, error)))
    return NULL;

  if (hk_complaint_day_is_signed (before))
    {
      g_autofree char *when = format_moment (self, hk_complaint_day_get_signed_at (before));

      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The first-contact book of %s was signed by %s at %s already."), day,
                   hk_complaint_day_get_signed_by_name (before), when);
      return NULL;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO complaint_days (day, signed_at, signed_by,"
                                      " note, n_received, n_closed, n_open)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error)) ||
      !(insert_open = hk_database_prepare (self->database,
                                           "INSERT INTO complaint_day_open (day, complaint_id,"
                                           " status, sla, handler_id)"
                                           " VALUES (?1, ?2, ?3, ?4, ?5)", error)))
    return NULL;

  complaints = hk_complaint_day_get_complaints (before);
  n_received = g_list_model_get_n_items (complaints);

  for (guint i = 0; i < n_received; i++)
    {
      g_autoptr(HkComplaint) complaint = g_list_model_get_item (complaints, i);
      HkComplaintStatus status = hk_complaint_get_status (complaint);

      if (status == HK_COMPLAINT_CLOSED)
        {
          n_closed++;
          continue;
        }
      n_open++;
      g_string_append_printf (open_ids, "%s%lld", open_ids->len > 0 ? ", " : "",
                              (long long)hk_complaint_get_id (complaint));
    }

  hk_statement_bind_text (insert, 1, day);
  hk_statement_bind_int64 (insert, 2, now);
  hk_statement_bind_int64 (insert, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (insert, 4, clean_note);
  hk_statement_bind_int64 (insert, 5, n_received);
  hk_statement_bind_int64 (insert, 6, n_closed);
  hk_statement_bind_int64 (insert, 7, n_open);

  if (!hk_statement_run (insert, error))
    return NULL;

  for (guint i = 0; i < n_received; i++)
    {
      g_autoptr(HkComplaint) complaint = g_list_model_get_item (complaints, i);
      HkComplaintStatus status = hk_complaint_get_status (complaint);

      if (status == HK_COMPLAINT_CLOSED)
        continue;

      hk_statement_reset (insert_open);
      hk_statement_bind_text (insert_open, 1, day);
      hk_statement_bind_int64 (insert_open, 2, hk_complaint_get_id (complaint));
      hk_statement_bind_text (insert_open, 3, hk_complaint_status_to_id (status));
      hk_statement_bind_text (insert_open, 4,
                              hk_complaint_sla_to_id (hk_complaint_get_sla (complaint, now)));
      hk_statement_bind_int64 (insert_open, 5, hk_complaint_get_handler_id (complaint));

      if (!hk_statement_run (insert_open, error))
        return NULL;
    }

  summary = g_strdup_printf ("signed the first-contact book of %s: %u received, %u closed, "
                             "%u not closed%s%s%s%s", day, n_received, n_closed, n_open,
                             n_open > 0 ? " (" : "", open_ids->str, n_open > 0 ? ")" : "",
                             clean_note != NULL ? "; note given" : "");

  /* A signature is what the duty manager puts their name to: make it durable at once. */
  hk_database_exec (self->database, "PRAGMA synchronous = FULL", NULL);
  if (!(after = hk_complaint_store_get_day (self, day, error)) ||
      !hk_audit_log_append (self->database, actor, "complaint-day-signed", "complaint_day",
                            day_number (day), summary, error) ||
      !hk_transaction_commit (tx, error))
    {
      hk_database_exec (self->database, "PRAGMA synchronous = NORMAL", NULL);
      return NULL;
    }
  hk_database_exec (self->database, "PRAGMA synchronous = NORMAL", NULL);

  emit_changed (self, 0);

  return g_steal_pointer (&after);
}

/**
 * hk_complaint_store_list_signed_days:
 *
 * Returns: (transfer full): the signed days between @first_day and @last_day
 *   (inclusive), in order
 */
GStrv
hk_complaint_store_list_signed_days (HkComplaintStore  *self,
                                     const char        *first_day,
                                     const char        *last_day,
                                     GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GStrvBuilder) days = g_strv_builder_new ();
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT day FROM complaint_days WHERE day >= ?1"
                                    " AND day <= ?2 ORDER BY day", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first_day);
  hk_statement_bind_text (stmt, 2, last_day);

  while (hk_statement_step (stmt, &local_error))
    g_strv_builder_add (days, hk_statement_get_text (stmt, 0));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_strv_builder_end (days);
}

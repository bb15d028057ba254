/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-import.c: importing counter receipts exported from the business platform (CSV).
 *
 * The file (docs/csv-formats.md, "Receipts") is UTF-8 CSV with the header
 *   receipt_no,issued_at,clerk,item_code,quantity,unit_price,amount,payment,
 *   customer_phone,status,void_reason[,cheque_no]
 * and one row per line of a receipt; the rows of one receipt follow each other and repeat
 * its receipt_no, issued_at, clerk, payment, customer_phone, status, void_reason and
 * cheque_no. receipt_no is the invoice code, "-" and the 8-digit number, as
 * hk_receipt_dup_full_number() writes it: 144031900111-00001234.
 *
 * The rules: the number lies in a registered invoice book, in a range issued to that clerk,
 * and no receipt has it yet; the clerk is an active operator with the clerk role; issued_at
 * is the hall's local time and its date is the business day; that clerk's day has no shift
 * (a day is entered at the counter or imported, never both) and its daily report is not
 * signed; money is strict "1234.50"; amount = quantity × unit_price; the receipt's total
 * is the sum of its amounts and is paid in full by its one payment method.
 *
 * All or nothing: the whole file is read and checked against tables loaded once (fee
 * items, operators, invoice segments and the numbers already used in them, signed days,
 * days with a shift) before anything is written; the first bad row refuses the file with
 * HK_ERROR_INVALID "line N: reason", a number already imported or a signed day too. Then one
 * transaction writes every receipt, line and payment with statements prepared once, and one
 * audit entry that names the count, the days, the first and last number and the receipt
 * ids, which are consecutive.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-bank-private.h"
#include "hk-cash-desk-private.h"
#include "hk-csv-reader.h"
#include "hk-error.h"
#include "hk-invoice-book.h"
#include "hk-money.h"
#include "hk-permission.h"
#include "hk-privacy.h"
#include "hk-receipt-import.h"
#include "hk-transaction.h"

#define CSV_HEADER "receipt_no,issued_at,clerk,item_code,quantity,unit_price,amount,payment," \
                   "customer_phone,status,void_reason"
#define CSV_CHEQUE_COLUMN "cheque_no"
#define CSV_N_COLUMNS 11

enum
{
  COL_RECEIPT_NO,
  COL_ISSUED_AT,
  COL_CLERK,
  COL_ITEM_CODE,
  COL_QUANTITY,
  COL_UNIT_PRICE,
  COL_AMOUNT,
  COL_PAYMENT,
  COL_PHONE,
  COL_STATUS,
  COL_VOID_REASON,
  COL_CHEQUE_NO,
};

/* The same limits as a receipt issued at the counter. */
#define MAX_LINES 100
#define MAX_QUANTITY 10000

/* A 12-digit invoice code, "-" and an 8-digit number. */
#define RECEIPT_NO_MAX_LENGTH 21
#define NUMBER_DIGITS 8

/* Who has used a number of a segment: nobody, a receipt in the database, or the n-th
 * receipt of the file (n + 1). */
#define OWNER_FREE 0
#define OWNER_DATABASE G_MAXUINT32

/* An operator, as far as the import needs to know them. */
typedef struct
{
  gint64      id;
  char       *login;
  gboolean    active;
  gboolean    clerk;
  GHashTable *signed_days;    /* day text: the days whose daily report is signed */
  GHashTable *shift_days;     /* day text: the days with a shift at the counter */
  GHashTable *imported_days;  /* Day *: the days this import writes to */
} Person;

/* A run of numbers of one book in one pair of hands. */
typedef struct
{
  gint64      book_id;
  char       *invoice_code;
  gint64      first_no;
  gint64      last_no;
  gint64      holder_id;      /* 0: the hall's stock */
  guint32    *owner;          /* per number, loaded when the file first uses the segment */
} Segment;

/* A business day of the file, with where it starts in the hall's time zone. */
typedef struct
{
  char      text[11];
  int       year;
  int       month;
  int       mday;
  gint64    start;
  gboolean  uniform;          /* one UTC offset all day: a time is start + seconds */
} Day;

typedef struct
{
  Segment         *segment;
  gint64           number;
  Person          *clerk;
  Day             *day;
  gint64           issued_at;
  gint64           total;
  const char      *phone;        /* in the import's string chunk, or NULL */
  const char      *void_reason;
  const char      *cheque_no;
  guint            line;         /* where it starts in the file */
  guint            first_item;
  guint            n_items;
  HkPaymentMethod  method;
  gboolean         is_void;
} Receipt;

typedef struct
{
  gint64 fee_item_id;
  gint64 quantity;
  gint64 unit_price;
} Item;

/* The fields of a row that belong to the receipt rather than to the line. */
typedef struct
{
  gint64           issued_at;
  Day             *day;
  Person          *clerk;
  HkPaymentMethod  method;
  const char      *phone;        /* the row's fields, white space removed */
  gboolean         is_void;
  const char      *void_reason;
  const char      *cheque_no;
} Head;

typedef struct
{
  HkDatabase   *database;
  GTimeZone    *time_zone;
  gint64        now;
  guint         n_columns;
  GHashTable   *fee_items;       /* code → gint64 * id */
  GHashTable   *people;          /* login in lower case → Person * */
  GHashTable   *people_by_id;    /* gint64 * → Person * (borrowed) */
  GHashTable   *segments;        /* invoice code → GPtrArray of Segment *, by first_no */
  GHashTable   *days;            /* text → Day * */
  Day          *last_day;
  Person       *last_person;
  GArray       *receipts;        /* Receipt */
  GArray       *items;           /* Item */
  GStringChunk *strings;
  HkStatement  *used_numbers;
  char          current_no[RECEIPT_NO_MAX_LENGTH + 1];
} Import;

static void
person_free (gpointer data)
{
  Person *person = data;

  g_free (person->login);
  g_clear_pointer (&person->signed_days, g_hash_table_unref);
  g_clear_pointer (&person->shift_days, g_hash_table_unref);
  g_clear_pointer (&person->imported_days, g_hash_table_unref);
  g_free (person);
}

static void
segment_free (gpointer data)
{
  Segment *segment = data;

  g_free (segment->invoice_code);
  g_free (segment->owner);
  g_free (segment);
}

static void
import_clear (Import *imp)
{
  g_clear_pointer (&imp->fee_items, g_hash_table_unref);
  g_clear_pointer (&imp->people_by_id, g_hash_table_unref);
  g_clear_pointer (&imp->people, g_hash_table_unref);
  g_clear_pointer (&imp->segments, g_hash_table_unref);
  g_clear_pointer (&imp->days, g_hash_table_unref);
  g_clear_pointer (&imp->receipts, g_array_unref);
  g_clear_pointer (&imp->items, g_array_unref);
  g_clear_pointer (&imp->strings, g_string_chunk_free);
  g_clear_object (&imp->used_numbers);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

static char *
format_number (const char *invoice_code,
               gint64      number)
{
  return g_strdup_printf ("%s-%08lld", invoice_code, (long long)number);
}

/* ---- the tables loaded before reading the file ---- */

static gboolean
load_fee_items (Import  *imp,
                GError **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (imp->database, "SELECT code, id FROM fee_items", error)))
    return FALSE;

  while (hk_statement_step (stmt, &local_error))
    {
      gint64 *id = g_new (gint64, 1);

      *id = hk_statement_get_int64 (stmt, 1);
      g_hash_table_insert (imp->fee_items, hk_statement_dup_text (stmt, 0), id);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_people (Import  *imp,
             GError **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (imp->database,
                                    "SELECT o.id, o.login, o.active,"
                                    " EXISTS (SELECT 1 FROM operator_roles r"
                                    "         WHERE r.operator_id = o.id AND r.role = 'clerk')"
                                    " FROM operators o", error)))
    return FALSE;

  while (hk_statement_step (stmt, &local_error))
    {
      Person *person = g_new0 (Person, 1);

      person->id = hk_statement_get_int64 (stmt, 0);
      person->login = hk_statement_dup_text (stmt, 1);
      person->active = hk_statement_get_int64 (stmt, 2) != 0;
      person->clerk = hk_statement_get_int64 (stmt, 3) != 0;
      g_hash_table_insert (imp->people, g_ascii_strdown (person->login, -1), person);
      g_hash_table_insert (imp->people_by_id, &person->id, person);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/* Fills each clerk's signed_days or shift_days from rows of (clerk_id, business_day). */
static gboolean
load_clerk_days (Import      *imp,
                 const char  *sql,
                 gsize        offset,
                 GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (imp->database, sql, error)))
    return FALSE;

  while (hk_statement_step (stmt, &local_error))
    {
      gint64 clerk_id = hk_statement_get_int64 (stmt, 0);
      Person *person = g_hash_table_lookup (imp->people_by_id, &clerk_id);
      GHashTable **days;

      if (person == NULL)
        continue;

      days = G_STRUCT_MEMBER_P (person, offset);
      if (*days == NULL)
        *days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (*days, hk_statement_dup_text (stmt, 1));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static int
compare_segments (gconstpointer a,
                  gconstpointer b)
{
  const Segment *sa = *(const Segment * const *)a;
  const Segment *sb = *(const Segment * const *)b;

  return sa->first_no < sb->first_no ? -1 : sa->first_no > sb->first_no;
}

static gboolean
load_segments (Import  *imp,
               GError **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;
  GHashTableIter iter;
  gpointer value;

  if (!(stmt = hk_database_prepare (imp->database,
                                    "SELECT b.invoice_code, s.book_id, s.first_no, s.last_no,"
                                    " s.holder_id FROM invoice_segments s"
                                    " JOIN invoice_books b ON b.id = s.book_id", error)))
    return FALSE;

  while (hk_statement_step (stmt, &local_error))
    {
      Segment *segment = g_new0 (Segment, 1);
      GPtrArray *list;

      segment->invoice_code = hk_statement_dup_text (stmt, 0);
      segment->book_id = hk_statement_get_int64 (stmt, 1);
      segment->first_no = hk_statement_get_int64 (stmt, 2);
      segment->last_no = hk_statement_get_int64 (stmt, 3);
      segment->holder_id = hk_statement_get_int64 (stmt, 4);

      if (!(list = g_hash_table_lookup (imp->segments, segment->invoice_code)))
        {
          list = g_ptr_array_new_with_free_func (segment_free);
          g_hash_table_insert (imp->segments, g_strdup (segment->invoice_code), list);
        }
      g_ptr_array_add (list, segment);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  g_hash_table_iter_init (&iter, imp->segments);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort (value, compare_segments);

  return TRUE;
}

/* The segment of @invoice_code that holds @number, by binary search, or NULL. */
static Segment *
find_segment (Import     *imp,
              const char *invoice_code,
              gint64      number)
{
  GPtrArray *list = g_hash_table_lookup (imp->segments, invoice_code);
  guint low = 0;
  guint high;

  if (list == NULL)
    return NULL;

  high = list->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      Segment *segment = g_ptr_array_index (list, middle);

      if (number < segment->first_no)
        high = middle;
      else if (number > segment->last_no)
        low = middle + 1;
      else
        return segment;
    }

  return NULL;
}

/* Marks the numbers of @segment that receipts in the database already use. */
static gboolean
load_used_numbers (Import   *imp,
                   Segment  *segment,
                   GError  **error)
{
  GError *local_error = NULL;

  segment->owner = g_new0 (guint32, segment->last_no - segment->first_no + 1);

  hk_statement_reset (imp->used_numbers);
  hk_statement_bind_text (imp->used_numbers, 1, segment->invoice_code);
  hk_statement_bind_int64 (imp->used_numbers, 2, segment->first_no);
  hk_statement_bind_int64 (imp->used_numbers, 3, segment->last_no);

  while (hk_statement_step (imp->used_numbers, &local_error))
    segment->owner[hk_statement_get_int64 (imp->used_numbers, 0) - segment->first_no] =
      OWNER_DATABASE;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/* ---- reading the fields of a row; errors get their line number from the caller ---- */

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

static int
digits_value (const char *text,
              gsize       length)
{
  int value = 0;

  for (gsize i = 0; i < length; i++)
    value = value * 10 + (text[i] - '0');

  return value;
}

/* "144031900111-00001234": the invoice code (10 to 12 digits), "-" and 8 digits. */
static gboolean
parse_receipt_no (const char  *text,
                  char        *invoice_code,
                  gint64      *number,
                  GError     **error)
{
  gsize length = strlen (text);
  gsize code_length = length > NUMBER_DIGITS ? length - NUMBER_DIGITS - 1 : 0;

  if (length < 10 + 1 + NUMBER_DIGITS || length > RECEIPT_NO_MAX_LENGTH ||
      text[code_length] != '-' || !all_digits (text, code_length) ||
      !all_digits (text + code_length + 1, NUMBER_DIGITS))
    {
      g_autofree char *shown = g_utf8_make_valid (text, -1);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a receipt number: write the invoice code (10 to 12 digits), "
                     "“-” and the 8-digit number, e.g. 144031900111-00001234."), shown);
      return FALSE;
    }

  memcpy (invoice_code, text, code_length);
  invoice_code[code_length] = '\0';
  *number = digits_value (text + code_length + 1, NUMBER_DIGITS);

  return TRUE;
}

/* The business day of a date "YYYY-MM-DD" already checked for its digits, created once. */
static Day *
lookup_day (Import     *imp,
            const char *text)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) next = NULL;
  Day *day;
  int year = digits_value (text, 4);
  int month = digits_value (text + 5, 2);
  int mday = digits_value (text + 8, 2);
  char key[11];

  if (imp->last_day != NULL && memcmp (imp->last_day->text, text, 10) == 0)
    return imp->last_day;

  memcpy (key, text, 10);
  key[10] = '\0';

  if ((day = g_hash_table_lookup (imp->days, key)) != NULL)
    return imp->last_day = day;

  if (year < 1 || !g_date_valid_dmy (mday, month, year))
    return NULL;

  first = g_date_time_new (imp->time_zone, year, month, mday, 0, 0, 0);
  next = g_date_time_add_days (first, 1);
  if (first == NULL || next == NULL)
    return NULL;

  day = g_new0 (Day, 1);
  memcpy (day->text, key, sizeof key);
  day->year = year;
  day->month = month;
  day->mday = mday;
  day->start = g_date_time_to_unix (first);
  day->uniform = g_date_time_to_unix (next) - day->start == 24 * 3600 &&
                 g_time_zone_find_interval (imp->time_zone, G_TIME_TYPE_UNIVERSAL, day->start) ==
                 g_time_zone_find_interval (imp->time_zone, G_TIME_TYPE_UNIVERSAL,
                                            g_date_time_to_unix (next) - 1);
  g_hash_table_insert (imp->days, day->text, day);

  return imp->last_day = day;
}

/* "YYYY-MM-DD HH:MM:SS" in the hall's time zone: the moment and its business day. */
static gboolean
parse_issued_at (Import      *imp,
                 const char  *text,
                 gint64      *issued_at,
                 Day        **day_out,
                 GError     **error)
{
  Day *day = NULL;
  int hour = 0;
  int minute = 0;
  int second = 0;
  gboolean valid;

  valid = strlen (text) == 19 &&
          all_digits (text, 4) && text[4] == '-' && all_digits (text + 5, 2) &&
          text[7] == '-' && all_digits (text + 8, 2) && text[10] == ' ' &&
          all_digits (text + 11, 2) && text[13] == ':' && all_digits (text + 14, 2) &&
          text[16] == ':' && all_digits (text + 17, 2);

  if (valid)
    {
      hour = digits_value (text + 11, 2);
      minute = digits_value (text + 14, 2);
      second = digits_value (text + 17, 2);
      valid = hour < 24 && minute < 60 && second < 60 && (day = lookup_day (imp, text)) != NULL;
    }

  if (!valid)
    {
      g_autofree char *shown = g_utf8_make_valid (text, -1);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a time of issue: write it as YYYY-MM-DD HH:MM:SS in the "
                     "hall’s local time, e.g. 2024-03-01 09:30:00."), shown);
      return FALSE;
    }

  if (day->uniform)
    *issued_at = day->start + hour * 3600 + minute * 60 + second;
  else
    {
      g_autoptr(GDateTime) moment = g_date_time_new (imp->time_zone, day->year, day->month,
                                                     day->mday, hour, minute, second);
      *issued_at = g_date_time_to_unix (moment);
    }

  if (*issued_at > imp->now)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The receipt was issued at %s, which is later than now."), text);
      return FALSE;
    }

  *day_out = day;
  return TRUE;
}

static Person *
parse_clerk (Import      *imp,
             const char  *text,
             GError     **error)
{
  g_autofree char *key = NULL;
  Person *person = imp->last_person;

  /* Logins are stored in lower case; the rows of a clerk usually come together. */
  if (person == NULL || !g_str_equal (text, person->login))
    {
      key = g_ascii_strdown (text, -1);
      person = g_hash_table_lookup (imp->people, key);
    }

  if (person == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (text, -1);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("There is no operator with the login “%s”."), shown);
      return NULL;
    }

  if (!person->active)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The account of %s is deactivated."), person->login);
      return NULL;
    }

  if (!person->clerk)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("%s is not a counter clerk: only a clerk issues receipts."), person->login);
      return NULL;
    }

  return imp->last_person = person;
}

/* Reads a money column; the error names the column. */
static gboolean
parse_money (const char  *text,
             const char  *column,
             gint64      *fen,
             GError     **error)
{
  if (hk_money_parse_strict (text, fen, error))
    {
      if (*fen >= 0 && *fen <= HK_CASH_DESK_MAX_AMOUNT)
        return TRUE;

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is out of range: an amount here is 0.00 to 10000000.00."), text);
    }

  /* Translators: put before an error about one column of a CSV row, e.g. "unit_price: " */
  g_prefix_error (error, _("%s: "), column);
  return FALSE;
}

static gboolean
parse_quantity (const char  *text,
                gint64      *quantity,
                GError     **error)
{
  gsize length = strlen (text);

  if (length < 1 || length > 5 || !all_digits (text, length) ||
      digits_value (text, length) < 1 || digits_value (text, length) > MAX_QUANTITY)
    {
      g_autofree char *shown = g_utf8_make_valid (text, -1);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a quantity: write a whole number from 1 to %d."),
                   shown, MAX_QUANTITY);
      return FALSE;
    }

  *quantity = digits_value (text, length);
  return TRUE;
}

/* Everything a row says about its receipt, checked on its own. */
static gboolean
parse_head (Import  *imp,
            GStrv    fields,
            Head    *head,
            GError **error)
{
  if (!parse_issued_at (imp, fields[COL_ISSUED_AT], &head->issued_at, &head->day, error) ||
      !(head->clerk = parse_clerk (imp, fields[COL_CLERK], error)))
    return FALSE;

  head->phone = g_strstrip (fields[COL_PHONE]);
  head->void_reason = g_strstrip (fields[COL_VOID_REASON]);
  head->cheque_no = imp->n_columns > COL_CHEQUE_NO ? g_strstrip (fields[COL_CHEQUE_NO]) : "";

  return TRUE;
}

/* The receipt columns that follow the line's own: payment, phone, status, reason, cheque. */
static gboolean
check_head (GStrv    fields,
            Head    *head,
            GError **error)
{
  const char *status = fields[COL_STATUS];

  if (!hk_payment_method_from_id (fields[COL_PAYMENT], &head->method))
    {
      g_autofree char *shown = g_utf8_make_valid (fields[COL_PAYMENT], -1);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a payment method: write cash, card, wechat, alipay or "
                     "cheque."), shown);
      return FALSE;
    }

  if (*head->phone != '\0' && !hk_privacy_phone_is_valid (head->phone))
    {
      g_autofree char *shown = g_utf8_make_valid (head->phone, -1);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a phone number."), shown);
      return FALSE;
    }

  if (g_str_equal (status, "void"))
    head->is_void = TRUE;
  else if (!g_str_equal (status, "issued"))
    {
      g_autofree char *shown = g_utf8_make_valid (status, -1);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a status: write issued or void."), shown);
      return FALSE;
    }

  if (head->is_void && *head->void_reason == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A void receipt needs the reason for the void (column void_reason)."));
      return FALSE;
    }

  if (!head->is_void && *head->void_reason != '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The receipt has a void_reason but its status is issued; write void."));
      return FALSE;
    }

  if (head->method == HK_PAYMENT_CHEQUE && *head->cheque_no == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A payment by cheque needs the cheque number (column cheque_no)."));
      return FALSE;
    }

  if (head->method != HK_PAYMENT_CHEQUE && *head->cheque_no != '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Only a payment by cheque has a cheque_no."));
      return FALSE;
    }

  return TRUE;
}

/* The line's own columns: fee item, quantity, unit price and amount. */
static gboolean
parse_item (Import  *imp,
            GStrv    fields,
            Item    *item,
            GError **error)
{
  gint64 *fee_item_id = g_hash_table_lookup (imp->fee_items, fields[COL_ITEM_CODE]);
  gint64 amount = 0;

  if (fee_item_id == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (fields[COL_ITEM_CODE], -1);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("There is no fee item with the code “%s”."), shown);
      return FALSE;
    }

  item->fee_item_id = *fee_item_id;

  if (!parse_quantity (fields[COL_QUANTITY], &item->quantity, error) ||
      !parse_money (fields[COL_UNIT_PRICE], "unit_price", &item->unit_price, error) ||
      !parse_money (fields[COL_AMOUNT], "amount", &amount, error))
    return FALSE;

  if (amount != item->quantity * item->unit_price)
    {
      g_autofree char *amount_text = hk_money_format_plain (amount);
      g_autofree char *price_text = hk_money_format_plain (item->unit_price);
      g_autofree char *product_text = hk_money_format_plain (item->quantity * item->unit_price);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The amount %s is not quantity × unit_price = %lld × %s = %s."),
                   amount_text, (long long)item->quantity, price_text, product_text);
      return FALSE;
    }

  return TRUE;
}

/* ---- putting rows together into receipts ---- */

static Receipt *
current_receipt (Import *imp)
{
  if (imp->receipts->len == 0)
    return NULL;

  return &g_array_index (imp->receipts, Receipt, imp->receipts->len - 1);
}

/* A further row of the current receipt repeats what the receipt's first row said. */
static gboolean
check_same_receipt (Import   *imp,
                    Receipt  *receipt,
                    Head     *head,
                    GError  **error)
{
  const char *column = NULL;

  if (head->issued_at != receipt->issued_at)
    column = "issued_at";
  else if (head->clerk != receipt->clerk)
    column = "clerk";
  else if (head->method != receipt->method)
    column = "payment";
  else if (g_strcmp0 (head->phone, receipt->phone != NULL ? receipt->phone : "") != 0)
    column = "customer_phone";
  else if (head->is_void != receipt->is_void)
    column = "status";
  else if (g_strcmp0 (head->void_reason,
                      receipt->void_reason != NULL ? receipt->void_reason : "") != 0)
    column = "void_reason";
  else if (g_strcmp0 (head->cheque_no, receipt->cheque_no != NULL ? receipt->cheque_no : "") != 0)
    column = "cheque_no";

  if (column != NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("This row continues receipt %s, but its %s differs from the receipt’s "
                     "first row (line %u); the rows of one receipt repeat the same receipt "
                     "columns."), imp->current_no, column, receipt->line);
      return FALSE;
    }

  if (receipt->n_items >= MAX_LINES)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A receipt has between 1 and %d lines."), MAX_LINES);
      return FALSE;
    }

  return TRUE;
}

/* The checks of a whole receipt, once its last row is read; the error is about its first. */
static gboolean
finish_receipt (Import   *imp,
                guint    *error_line,
                GError  **error)
{
  Receipt *receipt = current_receipt (imp);

  if (receipt == NULL || receipt->total > 0)
    return TRUE;

  *error_line = receipt->line;
  g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
               _("Receipt %s totals ¥0.00; a receipt is for a positive amount."),
               imp->current_no);
  return FALSE;
}

/* The number of a new receipt: issued to its clerk and used by no other receipt. */
static gboolean
claim_number (Import      *imp,
              const char  *invoice_code,
              gint64       number,
              Head        *head,
              Segment    **segment_out,
              GError     **error)
{
  g_autofree char *full_number = format_number (invoice_code, number);
  Segment *segment = find_segment (imp, invoice_code, number);
  guint32 *owner;

  if (segment == NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The number %s is in no registered invoice book."), full_number);
      return FALSE;
    }

  if (segment->owner == NULL && !load_used_numbers (imp, segment, error))
    return FALSE;

  owner = &segment->owner[number - segment->first_no];

  if (*owner == OWNER_DATABASE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Receipt %s is already in the database; a receipt is imported once."),
                   full_number);
      return FALSE;
    }

  if (*owner != OWNER_FREE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Receipt %s already appears from line %u; the rows of one receipt follow "
                     "each other."),
                   full_number, g_array_index (imp->receipts, Receipt, *owner - 1).line);
      return FALSE;
    }

  if (segment->holder_id == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The number %s is not issued to %s: it is in the hall’s stock."),
                   full_number, head->clerk->login);
      return FALSE;
    }

  if (segment->holder_id != head->clerk->id)
    {
      Person *holder = g_hash_table_lookup (imp->people_by_id, &segment->holder_id);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The number %s is not issued to %s: it is issued to %s."),
                   full_number, head->clerk->login, holder != NULL ? holder->login : "?");
      return FALSE;
    }

  /* The receipt about to be appended owns the number. */
  *owner = imp->receipts->len + 1;
  *segment_out = segment;

  return TRUE;
}

/* The clerk's day takes imported receipts: no shift at the counter, not signed. */
static gboolean
check_day_open (Head    *head,
                GError **error)
{
  Person *clerk = head->clerk;

  if (clerk->signed_days != NULL && g_hash_table_contains (clerk->signed_days, head->day->text))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The daily report of %s for %s is signed; nothing can be added to that "
                     "day."), clerk->login, head->day->text);
      return FALSE;
    }

  if (clerk->shift_days != NULL && g_hash_table_contains (clerk->shift_days, head->day->text))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("%s worked a shift at the counter on %s; a clerk’s day is entered at the "
                     "counter or imported, not both."), clerk->login, head->day->text);
      return FALSE;
    }

  return TRUE;
}

static const char *
keep_string (Import     *imp,
             const char *text)
{
  return *text != '\0' ? g_string_chunk_insert (imp->strings, text) : NULL;
}

/* Reads one row after the header; the error has no line number yet. @error_line is where
 * the error is, when it is not this row. */
static gboolean
read_row (Import   *imp,
          GStrv     fields,
          guint     line,
          guint    *error_line,
          GError  **error)
{
  Head head = { 0 };
  Receipt *receipt = current_receipt (imp);
  guint n_fields = g_strv_length (fields);
  gboolean continues;
  Item item;

  if (n_fields != imp->n_columns)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A row has %u fields, like the header; this one has %u."),
                   imp->n_columns, n_fields);
      return FALSE;
    }

  continues = receipt != NULL && g_str_equal (fields[COL_RECEIPT_NO], imp->current_no);

  if (!continues)
    {
      char invoice_code[RECEIPT_NO_MAX_LENGTH + 1];
      Receipt fresh = { 0 };
      Segment *segment = NULL;
      gint64 number = 0;

      if (!finish_receipt (imp, error_line, error))
        return FALSE;

      if (!parse_receipt_no (fields[COL_RECEIPT_NO], invoice_code, &number, error) ||
          !parse_head (imp, fields, &head, error) ||
          !parse_item (imp, fields, &item, error) ||
          !check_head (fields, &head, error) ||
          !claim_number (imp, invoice_code, number, &head, &segment, error) ||
          !check_day_open (&head, error))
        return FALSE;

      fresh.segment = segment;
      fresh.number = number;
      fresh.clerk = head.clerk;
      fresh.day = head.day;
      fresh.issued_at = head.issued_at;
      fresh.phone = keep_string (imp, head.phone);
      fresh.void_reason = keep_string (imp, head.void_reason);
      fresh.cheque_no = keep_string (imp, head.cheque_no);
      fresh.line = line;
      fresh.first_item = imp->items->len;
      fresh.method = head.method;
      fresh.is_void = head.is_void;
      g_array_append_val (imp->receipts, fresh);
      receipt = current_receipt (imp);

      g_strlcpy (imp->current_no, fields[COL_RECEIPT_NO], sizeof imp->current_no);

      if (head.clerk->imported_days == NULL)
        head.clerk->imported_days = g_hash_table_new (NULL, NULL);
      g_hash_table_add (head.clerk->imported_days, head.day);
    }
  else if (!parse_head (imp, fields, &head, error) ||
           !parse_item (imp, fields, &item, error) ||
           !check_head (fields, &head, error) ||
           !check_same_receipt (imp, receipt, &head, error))
    return FALSE;

  receipt->total += item.quantity * item.unit_price;
  if (receipt->total > HK_CASH_DESK_MAX_AMOUNT)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A receipt’s total is at most ¥10,000,000.00."));
      return FALSE;
    }

  receipt->n_items++;
  g_array_append_val (imp->items, item);

  return TRUE;
}

static gboolean
read_header (Import        *imp,
             HkCsvReader   *reader,
             GError       **error)
{
  g_auto(GStrv) header = NULL;
  g_autofree char *joined = NULL;
  GError *local_error = NULL;
  guint line = 1;
  guint n;

  if (!(header = hk_csv_reader_next_row (reader, &line, &local_error)))
    {
      if (local_error == NULL)
        {
          g_set_error (&local_error, HK_ERROR, HK_ERROR_INVALID,
                       _("The file is empty; its first line is the header %s."), CSV_HEADER);
          hk_csv_prefix_error_line (&local_error, 1);
        }
      g_propagate_error (error, local_error);
      return FALSE;
    }

  n = g_strv_length (header);
  if (n == CSV_N_COLUMNS + 1 && g_str_equal (header[CSV_N_COLUMNS], CSV_CHEQUE_COLUMN))
    g_clear_pointer (&header[CSV_N_COLUMNS], g_free);

  joined = g_strjoinv (",", header);
  if (!g_str_equal (joined, CSV_HEADER))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The first line must be the header %s, exactly, optionally followed by "
                     "“,%s”."), CSV_HEADER, CSV_CHEQUE_COLUMN);
      hk_csv_prefix_error_line (error, line);
      return FALSE;
    }

  imp->n_columns = n;

  return TRUE;
}

/* ---- writing ---- */

/* Rows go in by multi-row INSERTs of this many rows: a statement's own cost (its statement
 * journal, its trigger and foreign key programs) is paid once per batch, not once per row. */
#define BATCH_ROWS 32

/* Writes @n_total rows into one table, BATCH_ROWS at a time, with a statement prepared once
 * for a full batch and once for the last, shorter one. */
typedef struct
{
  HkDatabase  *database;
  const char  *insert;      /* "INSERT INTO table (columns) VALUES " */
  const char  *values;      /* one row's "(?, ?, …)" */
  guint        n_params;
  guint        n_total;
  guint        n_done;
  guint        n_bound;     /* rows bound in @current */
  guint        n_rows;      /* rows of @current */
  HkStatement *full;
  HkStatement *tail;
  HkStatement *current;
} Batch;

static void
batch_clear (Batch *batch)
{
  g_clear_object (&batch->full);
  g_clear_object (&batch->tail);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Batch, batch_clear)

static HkStatement *
prepare_rows (Batch   *batch,
              guint    n_rows,
              GError **error)
{
  g_autoptr(GString) sql = g_string_new (batch->insert);

  for (guint i = 0; i < n_rows; i++)
    {
      if (i > 0)
        g_string_append_c (sql, ',');
      g_string_append (sql, batch->values);
    }

  return hk_database_prepare (batch->database, sql->str, error);
}

/* Where the parameters of the next row start in batch->current: bind them at @offset + 1…. */
static gboolean
batch_begin_row (Batch    *batch,
                 guint    *offset,
                 GError  **error)
{
  if (batch->n_bound == 0)
    {
      guint left = batch->n_total - batch->n_done;

      if (left >= BATCH_ROWS)
        {
          if (batch->full == NULL && !(batch->full = prepare_rows (batch, BATCH_ROWS, error)))
            return FALSE;
          batch->current = batch->full;
          batch->n_rows = BATCH_ROWS;
        }
      else
        {
          if (batch->tail == NULL && !(batch->tail = prepare_rows (batch, left, error)))
            return FALSE;
          batch->current = batch->tail;
          batch->n_rows = left;
        }
    }

  *offset = batch->n_bound * batch->n_params;
  return TRUE;
}

static gboolean
batch_end_row (Batch    *batch,
               GError  **error)
{
  batch->n_bound++;
  batch->n_done++;

  if (batch->n_bound < batch->n_rows)
    return TRUE;

  batch->n_bound = 0;
  if (!hk_statement_run (batch->current, error))
    return FALSE;
  hk_statement_reset (batch->current);

  return TRUE;
}

/* The running sums of migration 0003 for the imported receipts, each day and clerk's (item's,
 * method's) added up in memory from the receipts just written and upserted once: while the
 * import writes, it holds a row in revenue_bulk_writes, which the per-row triggers step aside
 * for (0010). The sums follow those triggers: a void receipt counts in n_void only; imported
 * receipts correct nothing and have one payment each. */
typedef struct
{
  const Day    *day;
  const Person *clerk;
  gint64        what;         /* the fee item's id, the payment method, or 0 */
  gint64        count;
  gint64        n_void;
  gint64        quantity;
  gint64        amount;
} RunningSum;

static guint
running_sum_hash (gconstpointer data)
{
  const RunningSum *sum = data;

  return g_direct_hash (sum->day) ^ (g_direct_hash (sum->clerk) * 31) ^ (guint)(sum->what * 131);
}

static gboolean
running_sum_equal (gconstpointer a,
                   gconstpointer b)
{
  const RunningSum *sa = a;
  const RunningSum *sb = b;

  return sa->day == sb->day && sa->clerk == sb->clerk && sa->what == sb->what;
}

static RunningSum *
running_sum_lookup (GHashTable   *sums,
                    const Day    *day,
                    const Person *clerk,
                    gint64        what)
{
  RunningSum key = { .day = day, .clerk = clerk, .what = what };
  RunningSum *sum = g_hash_table_lookup (sums, &key);

  if (sum == NULL)
    {
      sum = g_memdup2 (&key, sizeof key);
      g_hash_table_add (sums, sum);
    }

  return sum;
}

/* Runs @sql once per sum of @sums, binding the day, the clerk and then @bind's columns. */
static gboolean
upsert_running_sums (Import      *imp,
                     GHashTable  *sums,
                     const char  *sql,
                     void       (*bind) (HkStatement *stmt, const RunningSum *sum),
                     GError     **error)
{
  g_autoptr(HkStatement) stmt = hk_database_prepare (imp->database, sql, error);
  GHashTableIter iter;
  gpointer key;

  if (stmt == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const RunningSum *sum = key;

      hk_statement_reset (stmt);
      hk_statement_bind_text (stmt, 1, sum->day->text);
      hk_statement_bind_int64 (stmt, 2, sum->clerk->id);
      bind (stmt, sum);
      if (!hk_statement_run (stmt, error))
        return FALSE;
    }

  return TRUE;
}

static void
bind_day_sum (HkStatement      *stmt,
              const RunningSum *sum)
{
  hk_statement_bind_int64 (stmt, 3, sum->count);
  hk_statement_bind_int64 (stmt, 4, sum->n_void);
  hk_statement_bind_int64 (stmt, 5, sum->amount);
}

static void
bind_item_sum (HkStatement      *stmt,
               const RunningSum *sum)
{
  hk_statement_bind_int64 (stmt, 3, sum->what);
  hk_statement_bind_int64 (stmt, 4, sum->quantity);
  hk_statement_bind_int64 (stmt, 5, sum->amount);
}

static void
bind_method_sum (HkStatement      *stmt,
                 const RunningSum *sum)
{
  hk_statement_bind_text (stmt, 3, hk_payment_method_to_id ((HkPaymentMethod)sum->what));
  hk_statement_bind_int64 (stmt, 4, sum->amount);
  hk_statement_bind_int64 (stmt, 5, sum->count);
}

static gboolean
add_to_running_sums (Import   *imp,
                     GError  **error)
{
  g_autoptr(GHashTable) days = g_hash_table_new_full (running_sum_hash, running_sum_equal,
                                                      g_free, NULL);
  g_autoptr(GHashTable) items = g_hash_table_new_full (running_sum_hash, running_sum_equal,
                                                       g_free, NULL);
  g_autoptr(GHashTable) methods = g_hash_table_new_full (running_sum_hash, running_sum_equal,
                                                         g_free, NULL);

  for (guint i = 0; i < imp->receipts->len; i++)
    {
      const Receipt *receipt = &g_array_index (imp->receipts, Receipt, i);
      RunningSum *day = running_sum_lookup (days, receipt->day, receipt->clerk, 0);
      RunningSum *method;

      if (receipt->is_void)
        {
          day->n_void++;
          continue;
        }

      day->count++;
      day->amount += receipt->total;

      for (guint j = 0; j < receipt->n_items; j++)
        {
          const Item *item = &g_array_index (imp->items, Item, receipt->first_item + j);
          RunningSum *sum = running_sum_lookup (items, receipt->day, receipt->clerk,
                                                item->fee_item_id);

          sum->quantity += item->quantity;
          sum->amount += item->quantity * item->unit_price;
        }

      method = running_sum_lookup (methods, receipt->day, receipt->clerk, receipt->method);
      method->amount += receipt->total;
      method->count++;
    }

  if (!upsert_running_sums (imp, days,
                            "INSERT INTO revenue_days (business_day, clerk_id, n_receipts, n_void,"
                            " n_corrections, total) VALUES (?1, ?2, ?3, ?4, 0, ?5)"
                            " ON CONFLICT (business_day, clerk_id) DO UPDATE SET"
                            "  n_receipts = n_receipts + excluded.n_receipts,"
                            "  n_void = n_void + excluded.n_void, total = total + excluded.total",
                            bind_day_sum, error) ||
      !upsert_running_sums (imp, items,
                            "INSERT INTO revenue_items (business_day, clerk_id, fee_item_id,"
                            " quantity, amount) VALUES (?1, ?2, ?3, ?4, ?5)"
                            " ON CONFLICT (business_day, clerk_id, fee_item_id) DO UPDATE SET"
                            "  quantity = quantity + excluded.quantity,"
                            "  amount = amount + excluded.amount",
                            bind_item_sum, error) ||
      !upsert_running_sums (imp, methods,
                            "INSERT INTO revenue_methods (business_day, clerk_id, method, amount,"
                            " n_payments) VALUES (?1, ?2, ?3, ?4, ?5)"
                            " ON CONFLICT (business_day, clerk_id, method) DO UPDATE SET"
                            "  amount = amount + excluded.amount,"
                            "  n_payments = n_payments + excluded.n_payments",
                            bind_method_sum, error))
    return FALSE;

  return hk_database_exec (imp->database, "DELETE FROM revenue_bulk_writes"
                                          " WHERE writer = 'receipt-import'", error);
}

/* Writes every receipt with its lines and its payment. The receipts get the ids after the
 * greatest one in the table, in the order of the file: the transaction holds the write lock,
 * so nobody else takes one in between. */
static gboolean
write_receipts (Import   *imp,
                gint64   *first_id,
                GError  **error)
{
  g_auto(Batch) receipts = {
    .database = imp->database,
    .insert = "INSERT INTO receipts (id, invoice_code, number, book_id, clerk_id, business_day,"
              " issued_at, total, customer_phone, status, void_reason, voided_at, source)"
              " VALUES ",
    .values = "(?,?,?,?,?,?,?,?,?,?,?,?,'import')",
    .n_params = 12,
    .n_total = imp->receipts->len,
  };
  g_auto(Batch) lines = {
    .database = imp->database,
    .insert = "INSERT INTO receipt_lines (receipt_id, line_no, fee_item_id, quantity, unit_price,"
              " amount) VALUES ",
    .values = "(?,?,?,?,?,?)",
    .n_params = 6,
    .n_total = imp->items->len,
  };
  g_auto(Batch) payments = {
    .database = imp->database,
    .insert = "INSERT INTO receipt_payments (receipt_id, seq, method, amount, cheque_no) VALUES ",
    .values = "(?,1,?,?,?)",
    .n_params = 4,
    .n_total = imp->receipts->len,
  };
  g_autoptr(HkStatement) max_id = NULL;
  gint64 base_id;

  if (!(max_id = hk_database_prepare (imp->database,
                                      "SELECT coalesce (max (id), 0) FROM receipts", error)) ||
      !hk_statement_step (max_id, error))
    return FALSE;

  base_id = hk_statement_get_int64 (max_id, 0);
  *first_id = base_id + 1;

  if (!hk_database_exec (imp->database, "INSERT INTO revenue_bulk_writes (writer)"
                                        " VALUES ('receipt-import')", error))
    return FALSE;

  for (guint i = 0; i < imp->receipts->len; i++)
    {
      Receipt *receipt = &g_array_index (imp->receipts, Receipt, i);
      HkStatement *stmt;
      gint64 receipt_id = base_id + 1 + i;
      guint offset = 0;

      if (!batch_begin_row (&receipts, &offset, error))
        return FALSE;

      stmt = receipts.current;
      hk_statement_bind_int64 (stmt, offset + 1, receipt_id);
      hk_statement_bind_text (stmt, offset + 2, receipt->segment->invoice_code);
      hk_statement_bind_int64 (stmt, offset + 3, receipt->number);
      hk_statement_bind_int64 (stmt, offset + 4, receipt->segment->book_id);
      hk_statement_bind_int64 (stmt, offset + 5, receipt->clerk->id);
      hk_statement_bind_text (stmt, offset + 6, receipt->day->text);
      hk_statement_bind_int64 (stmt, offset + 7, receipt->issued_at);
      hk_statement_bind_int64 (stmt, offset + 8, receipt->total);
      hk_statement_bind_text (stmt, offset + 9, receipt->phone);
      hk_statement_bind_text (stmt, offset + 10, receipt->is_void ? "void" : "issued");
      hk_statement_bind_text (stmt, offset + 11, receipt->void_reason);
      /* The platform does not say when a receipt was voided: a void is of its own day. */
      if (receipt->is_void)
        hk_statement_bind_int64 (stmt, offset + 12, receipt->issued_at);
      else
        hk_statement_bind_null (stmt, offset + 12);

      if (!batch_end_row (&receipts, error))
        return FALSE;
    }

  for (guint i = 0; i < imp->receipts->len; i++)
    {
      Receipt *receipt = &g_array_index (imp->receipts, Receipt, i);
      HkStatement *stmt;
      gint64 receipt_id = base_id + 1 + i;
      guint offset = 0;

      for (guint j = 0; j < receipt->n_items; j++)
        {
          Item *item = &g_array_index (imp->items, Item, receipt->first_item + j);

          if (!batch_begin_row (&lines, &offset, error))
            return FALSE;

          stmt = lines.current;
          hk_statement_bind_int64 (stmt, offset + 1, receipt_id);
          hk_statement_bind_int64 (stmt, offset + 2, j + 1);
          hk_statement_bind_int64 (stmt, offset + 3, item->fee_item_id);
          hk_statement_bind_int64 (stmt, offset + 4, item->quantity);
          hk_statement_bind_int64 (stmt, offset + 5, item->unit_price);
          hk_statement_bind_int64 (stmt, offset + 6, item->quantity * item->unit_price);

          if (!batch_end_row (&lines, error))
            return FALSE;
        }

      if (!batch_begin_row (&payments, &offset, error))
        return FALSE;

      stmt = payments.current;
      hk_statement_bind_int64 (stmt, offset + 1, receipt_id);
      hk_statement_bind_text (stmt, offset + 2, hk_payment_method_to_id (receipt->method));
      hk_statement_bind_int64 (stmt, offset + 3, receipt->total);
      hk_statement_bind_text (stmt, offset + 4, receipt->cheque_no);

      if (!batch_end_row (&payments, error))
        return FALSE;
    }

  return TRUE;
}

static int
compare_logins (gconstpointer a,
                gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The clerks of the import, by login, for the audit entry. */
static char *
list_clerks (Import *imp)
{
  g_autoptr(GPtrArray) logins = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, imp->people);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Person *)value)->imported_days != NULL)
      g_ptr_array_add (logins, ((Person *)value)->login);

  g_ptr_array_sort (logins, compare_logins);
  g_ptr_array_add (logins, NULL);

  return g_strjoinv (", ", (char **)logins->pdata);
}

/* Tells the receipt and invoice book stores' listeners what changed. */
static void
emit_changed (Import    *imp,
              HkContext *context)
{
  HkReceiptStore *receipts = hk_context_get_receipt_store (context);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, imp->people);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Person *person = value;
      GHashTableIter days;
      gpointer day;

      if (person->imported_days == NULL)
        continue;

      g_hash_table_iter_init (&days, person->imported_days);
      while (g_hash_table_iter_next (&days, &day, NULL))
        g_signal_emit_by_name (receipts, "changed", person->id, ((Day *)day)->text);
    }

  g_signal_emit_by_name (hk_context_get_invoice_book_store (context), "changed");
}

/**
 * hk_receipt_import_csv:
 * @actor: an auditor
 * @contents: the file: UTF-8 CSV as docs/csv-formats.md, "Receipts", describes it
 * @length: its length in bytes
 * @result: (out caller-allocates) (optional): what was imported
 *
 * Imports the receipts of counter transactions exported from the business
 * platform, all or nothing: any bad row (a receipt already imported and a
 * signed day included) refuses the whole file with %HK_ERROR_INVALID and a
 * message "line N: reason", and nothing is written.
 * Imported receipts have the source "import" and no shift; they count in
 * every report like receipts issued at the counter.
 */
gboolean
hk_receipt_import_csv (HkContext              *context,
                       HkOperator             *actor,
                       const char             *contents,
                       gsize                   length,
                       HkReceiptImportResult  *result,
                       GError                **error)
{
  g_auto(Import) imp = { 0 };
  g_autoptr(HkCsvReader) reader = NULL;
  g_autoptr(HkTransaction) tx = NULL;
  g_autofree char *first_no = NULL;
  g_autofree char *last_no = NULL;
  g_autofree char *clerks = NULL;
  g_autofree char *summary = NULL;
  const char *first_day = NULL;
  const char *last_day = NULL;
  GError *local_error = NULL;
  Receipt *first;
  Receipt *last;
  gint64 first_id = 0;
  gint64 last_id = 0;
  gint64 valid_total = 0;
  guint n_void = 0;
  guint line = 1;
  guint error_line = 0;

  g_return_val_if_fail (HK_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  if (result != NULL)
    memset (result, 0, sizeof *result);

  imp.database = hk_context_get_database (context);

  if (!hk_permission_require (imp.database, actor, HK_ROLE_AUDITOR, _("Importing receipts"),
                              error))
    return FALSE;

  reader = hk_csv_reader_new (contents, length);
  if (!read_header (&imp, reader, error))
    return FALSE;

  imp.time_zone = hk_hall_store_get_time_zone (hk_context_get_hall_store (context));
  imp.now = hk_database_get_now (imp.database);
  imp.fee_items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  imp.people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, person_free);
  imp.people_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  imp.segments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify)g_ptr_array_unref);
  imp.days = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  imp.receipts = g_array_new (FALSE, FALSE, sizeof (Receipt));
  imp.items = g_array_new (FALSE, FALSE, sizeof (Item));
  imp.strings = g_string_chunk_new (4096);

  /* Everything is read and checked in the transaction, so nobody changes the tables
   * between the checks and the writes. */
  if (!(tx = hk_transaction_begin (imp.database, error)) ||
      !load_fee_items (&imp, error) ||
      !load_people (&imp, error) ||
      !load_segments (&imp, error) ||
      !load_clerk_days (&imp, "SELECT clerk_id, business_day FROM daily_reports"
                              " WHERE signed_at IS NOT NULL",
                        G_STRUCT_OFFSET (Person, signed_days), error) ||
      !load_clerk_days (&imp, "SELECT DISTINCT clerk_id, business_day FROM shifts",
                        G_STRUCT_OFFSET (Person, shift_days), error) ||
      !(imp.used_numbers = hk_database_prepare (imp.database,
                                                "SELECT number FROM receipts"
                                                " WHERE invoice_code = ?1"
                                                " AND number BETWEEN ?2 AND ?3", error)))
    return FALSE;

  for (;;)
    {
      g_auto(GStrv) fields = NULL;

      if (!(fields = hk_csv_reader_next_row (reader, &line, &local_error)))
        break;

      error_line = line;
      if (!read_row (&imp, fields, line, &error_line, error))
        {
          hk_csv_prefix_error_line (error, error_line);
          return FALSE;
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (!finish_receipt (&imp, &error_line, error))
    {
      hk_csv_prefix_error_line (error, error_line);
      return FALSE;
    }

  if (imp.receipts->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The file has no receipts after its header."));
      return FALSE;
    }

  if (!write_receipts (&imp, &first_id, error))
    return FALSE;

  last_id = first_id + imp.receipts->len - 1;
  if (!add_to_running_sums (&imp, error))
    return FALSE;

  /* Their cheques go into the cheque register (hk-cheque-store.c). */
  if (!hk_cheque_register_receipts (imp.database, first_id, last_id, error))
    return FALSE;

  for (guint i = 0; i < imp.receipts->len; i++)
    {
      Receipt *receipt = &g_array_index (imp.receipts, Receipt, i);

      if (receipt->is_void)
        n_void++;
      else
        valid_total += receipt->total;
      if (first_day == NULL || strcmp (receipt->day->text, first_day) < 0)
        first_day = receipt->day->text;
      if (last_day == NULL || strcmp (receipt->day->text, last_day) > 0)
        last_day = receipt->day->text;
    }

  first = &g_array_index (imp.receipts, Receipt, 0);
  last = current_receipt (&imp);
  first_no = format_number (first->segment->invoice_code, first->number);
  last_no = format_number (last->segment->invoice_code, last->number);
  clerks = list_clerks (&imp);

  summary = g_strdup_printf ("imported %u receipts (%u lines, %u void, %lld fen valid) for %s "
                             "to %s from CSV: receipt ids %lld to %lld, numbers %s (first in the "
                             "file) to %s (last), clerks %s",
                             imp.receipts->len, imp.items->len, n_void, (long long)valid_total,
                             first_day, last_day, (long long)first_id, (long long)last_id,
                             first_no, last_no, clerks);

  if (!hk_audit_log_append (imp.database, actor, "receipts-imported", "receipt", first_id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (&imp, context);

  if (result != NULL)
    {
      result->n_receipts = imp.receipts->len;
      result->n_lines = imp.items->len;
      result->n_void = n_void;
      g_strlcpy (result->first_day, first_day, sizeof result->first_day);
      g_strlcpy (result->last_day, last_day, sizeof result->last_day);
    }

  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-sale-check.c: what the cash desk offers and checks before a receipt sells cards
 * or a number: the clerk's next serials, whether the clerk holds the serials named, whether a
 * number may be sold.
 *
 * The receipt store checks every rule again in the receipt's transaction (a serial sold twice,
 * a number reserved for someone else); these checks let the form name the problem under it
 * while the clerk types, before anything is refused.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-receipt-sale-check.h"

/**
 * hk_receipt_sale_find_card_type:
 *
 * Returns: (transfer full) (nullable): the active card type the fee item sells, or %NULL
 */
HkCardType *
hk_receipt_sale_find_card_type (HkCardStockStore *store,
                                gint64            fee_item_id)
{
  GListModel *types = hk_card_stock_store_get_types (store);
  guint n = g_list_model_get_n_items (types);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkCardType) type = g_list_model_get_item (types, i);

      if (hk_card_type_get_fee_item_id (type) == fee_item_id && hk_card_type_get_active (type))
        return g_steal_pointer (&type);
    }

  return NULL;
}

/**
 * hk_receipt_sale_offer_serials:
 *
 * The lowest @quantity serials of @type the clerk holds, as runs ("FIRST-LAST, SERIAL"): the
 * first is hk_card_stock_store_next_serial()'s, the others follow it through the clerk's runs.
 *
 * Returns: (transfer full) (nullable): the serials, fewer when the clerk holds fewer, or
 *   %NULL when the clerk holds none
 */
char *
hk_receipt_sale_offer_serials (HkCardStockStore *store,
                               HkCardType       *type,
                               gint64            clerk_id,
                               gint64            quantity)
{
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_card_run_free);
  gint64 wanted = quantity;

  segments = hk_card_stock_store_list_segments (store, hk_card_type_get_id (type), clerk_id,
                                                NULL);
  if (segments == NULL || clerk_id <= 0)
    return NULL;

  for (guint i = 0; i < segments->len && wanted > 0; i++)
    {
      HkCardSegment *segment = g_ptr_array_index (segments, i);
      gint64 size = segment->last_no - segment->first_no + 1;
      gint64 take = MIN (size, wanted);

      g_ptr_array_add (runs, hk_card_run_new (segment->prefix, segment->first_no,
                                              segment->first_no + take - 1));
      wanted -= take;
    }

  if (runs->len == 0)
    return NULL;

  return hk_card_type_format_runs (type, runs);
}

/**
 * hk_receipt_sale_check_serials:
 * @serials: (nullable): what the clerk named on line @line_no
 *
 * Returns: (transfer full) (nullable): why the line cannot sell @serials, or %NULL when the
 *   clerk holds exactly @quantity of them
 */
char *
hk_receipt_sale_check_serials (HkCardStockStore *store,
                               HkCardType       *type,
                               gint64            clerk_id,
                               guint             line_no,
                               gint64            quantity,
                               const char       *serials)
{
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (serials != NULL ? serials : ""));
  gint64 n;

  if (*text == '\0')
    {
      if (hk_card_stock_store_count_held (store, hk_card_type_get_id (type), clerk_id, NULL) == 0)
        return g_strdup_printf (_("Line %u: you hold no %s. The hall supervisor allocates "
                                  "cards to you in the Stock section."),
                                line_no, hk_card_type_get_name (type));
      return g_strdup_printf (_("Line %u: name the serial numbers of the %s sold."), line_no,
                              hk_card_type_get_name (type));
    }

  if (!(runs = hk_card_type_parse_serials (type, text, &error)))
    return g_strdup_printf (_("Line %u: %s"), line_no, error->message);

  n = hk_card_runs_count (runs);
  if (n != quantity)
    return g_strdup_printf (_("Line %u: %lld serials are named for a quantity of %lld."),
                            line_no, (long long)n, (long long)quantity);

  segments = hk_card_stock_store_list_segments (store, hk_card_type_get_id (type), clerk_id,
                                                &error);
  if (segments == NULL)
    return g_strdup_printf (_("Line %u: %s"), line_no, error->message);

  for (guint r = 0; r < runs->len; r++)
    {
      HkCardRun *run = g_ptr_array_index (runs, r);
      g_autoptr(GArray) held = g_array_new (FALSE, FALSE, sizeof (HkNumberRange));
      gint64 missing = run->range.first;

      /* The clerk's runs of the same prefix, in order (the store lists them so). */
      for (guint i = 0; i < segments->len; i++)
        {
          HkCardSegment *segment = g_ptr_array_index (segments, i);
          HkNumberRange range = { segment->first_no, segment->last_no };

          if (g_strcmp0 (segment->prefix != NULL ? segment->prefix : "", run->prefix) == 0)
            g_array_append_val (held, range);
        }

      if (!hk_number_ranges_cover ((const HkNumberRange *)(gpointer)held->data, held->len,
                                   &run->range, &missing))
        {
          g_autofree char *serial = hk_card_type_format_serial (type, run->prefix, missing);

          /* Translators: e.g. "Line 1: you do not hold the 有价卡 100元 with serial 5007…" */
          return g_strdup_printf (_("Line %u: you do not hold the %s with serial %s."), line_no,
                                  hk_card_type_get_name (type), serial);
        }
    }

  return NULL;
}

static char *
digits_of (const char *text)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);

  return g_string_free (digits, FALSE);
}

/**
 * hk_receipt_sale_check_number:
 * @number: (nullable): the number the clerk named on line @line_no
 * @customer_phone: (nullable): the receipt's customer phone, for a reserved number
 * @premium_price: (out): a premium number's price, else 0
 *
 * Returns: (transfer full) (nullable): why the line cannot sell @number, or %NULL when it may
 *   (or names none)
 */
char *
hk_receipt_sale_check_number (HkNumberPoolStore *store,
                              guint              line_no,
                              gint64             quantity,
                              const char        *number,
                              const char        *customer_phone,
                              gint64            *premium_price)
{
  g_autoptr(HkPoolNumber) current = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (number != NULL ? number : ""));
  HkNumberState state;

  *premium_price = 0;

  if (*text == '\0')
    return NULL;

  if (strlen (text) != 11 || strspn (text, "0123456789") != 11)
    return g_strdup_printf (_("Line %u: press Enter in “Number sold” to take the first "
                              "available number that matches “%s”."), line_no, text);

  if (!(current = hk_number_pool_store_lookup (store, text, &error)))
    return g_strdup_printf (_("Line %u: %s"), line_no, error->message);

  if (hk_pool_number_get_number_class (current) == HK_NUMBER_PREMIUM)
    *premium_price = hk_pool_number_get_price (current);

  if (quantity != 1)
    return g_strdup_printf (_("Line %u: a line that sells a number has a quantity of 1."),
                            line_no);

  state = hk_pool_number_get_state (current);
  if (state == HK_NUMBER_RESERVED)
    {
      g_autofree char *wanted = digits_of (hk_pool_number_get_reserved_phone (current));
      g_autofree char *given = digits_of (customer_phone);

      if (!g_str_equal (wanted, given))
        {
          g_autofree char *masked = hk_pool_number_dup_masked_phone (current);

          return g_strdup_printf (_("Line %u: the number %s is reserved for another customer "
                                    "(%s); give that customer’s phone on the receipt."),
                                  line_no, text, masked);
        }
    }
  else if (state != HK_NUMBER_AVAILABLE)
    return g_strdup_printf (_("Line %u: the number %s is %s."), line_no, text,
                            hk_number_state_get_title (state));

  return NULL;
}

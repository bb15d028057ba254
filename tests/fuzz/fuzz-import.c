/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-import.c: libFuzzer targets for the CSV importers — receipts, fee items, bank statement —
 * over a one-day demo hall in memory. FUZZ_IMPORTER picks which (compiled three times).
 *
 * Each input is imported inside a transaction that is then rolled back, so every input meets
 * the same hall. Whatever the bytes, the importer returns (TRUE, or FALSE with an error) and
 * leaves no transaction of its own open.
 */

#include "config.h"

#include "core/hk-bank-store.h"
#include "core/hk-fee-item-store.h"
#include "core/hk-receipt-import.h"
#include "core/hk-transaction.h"
#include "hk-fuzz-hall.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  HkContext *context = hk_fuzz_hall_get ();
  HkDatabase *database = hk_context_get_database (context);
  char *contents = g_memdup2 (data, size);
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(GError) error = NULL;
  gboolean imported;

  if (!(tx = hk_transaction_begin (database, &error)))
    g_error ("%s", error->message);

#if FUZZ_IMPORTER == 1
  {
    g_autoptr(HkOperator) auditor = hk_fuzz_hall_get_operator ("zhaomin");
    HkReceiptImportResult result;

    imported = hk_receipt_import_csv (context, auditor, contents, size, &result, &error);
  }
#elif FUZZ_IMPORTER == 2
  {
    g_autoptr(HkOperator) supervisor = hk_fuzz_hall_get_operator ("liqiang");
    guint n_added = 0;
    guint n_changed = 0;

    imported = hk_fee_item_store_import_csv (hk_context_get_fee_item_store (context), supervisor,
                                             contents, size, &n_added, &n_changed, &error);
  }
#else
  {
    g_autoptr(HkOperator) auditor = hk_fuzz_hall_get_operator ("zhaomin");
    HkBankStatementImport result = { 0 };

    imported = hk_bank_store_import_statement (hk_context_get_bank_store (context), auditor,
                                               NULL, contents, size, "fuzz.csv", &result, &error);
    hk_bank_statement_import_clear (&result);
  }
#endif

  g_assert_true (imported == (error == NULL));
  g_assert_true (hk_database_in_transaction (database));

  g_clear_pointer (&tx, hk_transaction_free);
  g_assert_false (hk_database_in_transaction (database));
  g_free (contents);

  return 0;
}

-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0010: indexes found missing by the benchmarks (bench/RESULTS.md) on a file of five years of a
-- busy hall (two million receipts).
--
-- receipts_day_number: a clerk's daily report counts the invoice-number gaps that appeared on
-- its day. It read every receipt of every book the clerk holds (some 160,000 rows after five
-- years, growing every day); now it seeks each book's highest number used that day and reads
-- only the stretch below it (hk_invoice_book_store_count_gaps_of_day()). It leads with the day,
-- so it also serves every query receipts_day served, which goes.
--
-- receipts_shift: closing a shift sums its cash receipts by shift_id, which had no index: a
-- scan of the whole table at every close. Imported receipts have no shift, so the index holds
-- only the counter's receipts.
CREATE INDEX receipts_day_number ON receipts (business_day, invoice_code, number);
DROP INDEX receipts_day;
CREATE INDEX receipts_shift ON receipts (shift_id) WHERE shift_id IS NOT NULL;

-- receipts_book (0002, book_id and number): no statement reads receipts by book_id; every one
-- that looks a number up has the invoice code and uses the unique (invoice_code, number) index.
-- The plans of the 45 statements of src/ that read receipts are the same without it
-- (bench/explain-plans.py on the five-year file), and an invoice book is never deleted, so no
-- foreign key check needs it either. It cost every receipt written one more B-tree insert.
DROP INDEX receipts_book;

-- revenue_bulk_writes: the CSV import adds its receipts to the running sums (0003) itself, one
-- grouped sum per day and clerk, item or method, instead of one upsert per receipt, line and
-- payment by the triggers: those were some 40 % of an import's time (bench/RESULTS.md). While it
-- writes, the import holds a row here, inserted and deleted inside its own transaction, so no
-- other connection ever sees it and a failed import leaves nothing; every other writer still
-- goes through the triggers. The reports' tests compare the sums with the raw rows either way.
CREATE TABLE revenue_bulk_writes (
  writer  TEXT PRIMARY KEY
) WITHOUT ROWID;

DROP TRIGGER revenue_receipt_inserted;
CREATE TRIGGER revenue_receipt_inserted AFTER INSERT ON receipts
  WHEN NOT EXISTS (SELECT 1 FROM revenue_bulk_writes)
BEGIN
  INSERT INTO revenue_days (business_day, clerk_id, n_receipts, n_void, n_corrections, total)
    VALUES (NEW.business_day, NEW.clerk_id,
            NEW.status = 'issued' AND NEW.corrects_id IS NULL,
            NEW.status = 'void',
            NEW.status = 'issued' AND NEW.corrects_id IS NOT NULL,
            CASE WHEN NEW.status = 'issued' THEN NEW.total ELSE 0 END)
    ON CONFLICT (business_day, clerk_id) DO UPDATE SET
      n_receipts = n_receipts + excluded.n_receipts,
      n_void = n_void + excluded.n_void,
      n_corrections = n_corrections + excluded.n_corrections,
      total = total + excluded.total;
END;

DROP TRIGGER revenue_line_inserted;
CREATE TRIGGER revenue_line_inserted AFTER INSERT ON receipt_lines
  WHEN NOT EXISTS (SELECT 1 FROM revenue_bulk_writes)
BEGIN
  INSERT INTO revenue_items (business_day, clerk_id, fee_item_id, quantity, amount)
    SELECT r.business_day, r.clerk_id, NEW.fee_item_id, NEW.quantity, NEW.amount
    FROM receipts r WHERE r.id = NEW.receipt_id AND r.status = 'issued'
    ON CONFLICT (business_day, clerk_id, fee_item_id) DO UPDATE SET
      quantity = quantity + excluded.quantity,
      amount = amount + excluded.amount;
END;

DROP TRIGGER revenue_payment_inserted;
CREATE TRIGGER revenue_payment_inserted AFTER INSERT ON receipt_payments
  WHEN NOT EXISTS (SELECT 1 FROM revenue_bulk_writes)
BEGIN
  INSERT INTO revenue_methods (business_day, clerk_id, method, amount, n_payments)
    SELECT r.business_day, r.clerk_id, NEW.method, NEW.amount, 1
    FROM receipts r WHERE r.id = NEW.receipt_id AND r.status = 'issued'
    ON CONFLICT (business_day, clerk_id, method) DO UPDATE SET
      amount = amount + excluded.amount,
      n_payments = n_payments + excluded.n_payments;
END;

-- receipts_insert_locked (0002) looked up daily_reports for every row an import wrote; the
-- import checks the same rule in memory, against the signed days it loads once inside
-- its own transaction (hk-receipt-import.c), and refuses the whole file before writing. So the
-- trigger steps aside while that transaction holds its row in revenue_bulk_writes, which no
-- other connection can see; every other writer, the application's or not, still meets it.
DROP TRIGGER receipts_insert_locked;
CREATE TRIGGER receipts_insert_locked BEFORE INSERT ON receipts
  WHEN NOT EXISTS (SELECT 1 FROM revenue_bulk_writes)
       AND EXISTS (SELECT 1 FROM daily_reports d WHERE d.clerk_id = NEW.clerk_id
                   AND d.business_day = NEW.business_day AND d.signed_at IS NOT NULL)
BEGIN
  SELECT RAISE (ABORT, 'the daily report of that clerk and day is signed');
END;

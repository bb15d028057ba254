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

-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0003: the reports' running sums: the valid receipts added up by business day and clerk, by fee
-- item and by payment method, kept up to date by triggers in the same transaction as each
-- receipt, line, payment and void.
--
-- Why: a monthly report compares the month with the month before and the same month last year.
-- Summed from the receipts, that is three months of receipts, each looked up in receipt_lines
-- and receipt_payments: about 110 ms a month on a file of two million receipts, even with a
-- covering index, against a budget of 60 ms for the whole report. From these tables the same
-- figures are about 3,000 rows a month and take a millisecond.
--
-- They hold nothing of their own: every row is the sum of the receipts of its key, and the
-- reports' tests compare them with sums taken straight from the receipts. A row may fall to
-- zero (a day's only receipt voided); it stays, and adds nothing.

-- One row per business day and clerk: the receipts' counts and the valid receipts' total.
CREATE TABLE revenue_days (
  business_day   TEXT NOT NULL,
  clerk_id       INTEGER NOT NULL REFERENCES operators (id),
  n_receipts     INTEGER NOT NULL DEFAULT 0,  -- valid receipts that are not red-letter ones
  n_void         INTEGER NOT NULL DEFAULT 0,  -- voided receipts
  n_corrections  INTEGER NOT NULL DEFAULT 0,  -- valid red-letter receipts (negative totals)
  total          INTEGER NOT NULL DEFAULT 0,  -- fen, of the valid receipts, red-letter included
  PRIMARY KEY (business_day, clerk_id)
) WITHOUT ROWID;

-- The lines of the valid receipts by day, clerk and fee item (red-letter lines count negative).
CREATE TABLE revenue_items (
  business_day  TEXT NOT NULL,
  clerk_id      INTEGER NOT NULL REFERENCES operators (id),
  fee_item_id   INTEGER NOT NULL REFERENCES fee_items (id),
  quantity      INTEGER NOT NULL DEFAULT 0,
  amount        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (business_day, clerk_id, fee_item_id)
) WITHOUT ROWID;

-- The payments of the valid receipts by day, clerk and method.
CREATE TABLE revenue_methods (
  business_day  TEXT NOT NULL,
  clerk_id      INTEGER NOT NULL REFERENCES operators (id),
  method        TEXT NOT NULL,
  amount        INTEGER NOT NULL DEFAULT 0,
  n_payments    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (business_day, clerk_id, method)
) WITHOUT ROWID;

INSERT INTO revenue_days (business_day, clerk_id, n_receipts, n_void, n_corrections, total)
  SELECT business_day, clerk_id,
         count (*) FILTER (WHERE status = 'issued' AND corrects_id IS NULL),
         count (*) FILTER (WHERE status = 'void'),
         count (*) FILTER (WHERE status = 'issued' AND corrects_id IS NOT NULL),
         coalesce (sum (total) FILTER (WHERE status = 'issued'), 0)
  FROM receipts GROUP BY business_day, clerk_id;

INSERT INTO revenue_items (business_day, clerk_id, fee_item_id, quantity, amount)
  SELECT r.business_day, r.clerk_id, l.fee_item_id, sum (l.quantity), sum (l.amount)
  FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id
  WHERE r.status = 'issued'
  GROUP BY r.business_day, r.clerk_id, l.fee_item_id;

INSERT INTO revenue_methods (business_day, clerk_id, method, amount, n_payments)
  SELECT r.business_day, r.clerk_id, p.method, sum (p.amount), count (*)
  FROM receipts r JOIN receipt_payments p ON p.receipt_id = r.id
  WHERE r.status = 'issued'
  GROUP BY r.business_day, r.clerk_id, p.method;

-- A new receipt counts at once; its lines and payments follow it (they refer to it).
CREATE TRIGGER revenue_receipt_inserted AFTER INSERT ON receipts
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

CREATE TRIGGER revenue_line_inserted AFTER INSERT ON receipt_lines
BEGIN
  INSERT INTO revenue_items (business_day, clerk_id, fee_item_id, quantity, amount)
    SELECT r.business_day, r.clerk_id, NEW.fee_item_id, NEW.quantity, NEW.amount
    FROM receipts r WHERE r.id = NEW.receipt_id AND r.status = 'issued'
    ON CONFLICT (business_day, clerk_id, fee_item_id) DO UPDATE SET
      quantity = quantity + excluded.quantity,
      amount = amount + excluded.amount;
END;

CREATE TRIGGER revenue_payment_inserted AFTER INSERT ON receipt_payments
BEGIN
  INSERT INTO revenue_methods (business_day, clerk_id, method, amount, n_payments)
    SELECT r.business_day, r.clerk_id, NEW.method, NEW.amount, 1
    FROM receipts r WHERE r.id = NEW.receipt_id AND r.status = 'issued'
    ON CONFLICT (business_day, clerk_id, method) DO UPDATE SET
      amount = amount + excluded.amount,
      n_payments = n_payments + excluded.n_payments;
END;

-- A void (or any change of what a receipt counts as): the receipt as it was is taken out, as it
-- is now put in, with its lines and payments.
CREATE TRIGGER revenue_receipt_updated
  AFTER UPDATE OF status, business_day, clerk_id, total, corrects_id ON receipts
  WHEN OLD.status IS NOT NEW.status OR OLD.business_day IS NOT NEW.business_day
       OR OLD.clerk_id IS NOT NEW.clerk_id OR OLD.total IS NOT NEW.total
       OR OLD.corrects_id IS NOT NEW.corrects_id
BEGIN
  UPDATE revenue_days SET
      n_receipts = n_receipts - (OLD.status = 'issued' AND OLD.corrects_id IS NULL),
      n_void = n_void - (OLD.status = 'void'),
      n_corrections = n_corrections - (OLD.status = 'issued' AND OLD.corrects_id IS NOT NULL),
      total = total - CASE WHEN OLD.status = 'issued' THEN OLD.total ELSE 0 END
    WHERE business_day = OLD.business_day AND clerk_id = OLD.clerk_id;

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

  INSERT INTO revenue_items (business_day, clerk_id, fee_item_id, quantity, amount)
    SELECT OLD.business_day, OLD.clerk_id, l.fee_item_id, -sum (l.quantity), -sum (l.amount)
    FROM receipt_lines l WHERE l.receipt_id = OLD.id AND OLD.status = 'issued'
    GROUP BY l.fee_item_id
    ON CONFLICT (business_day, clerk_id, fee_item_id) DO UPDATE SET
      quantity = quantity + excluded.quantity,
      amount = amount + excluded.amount;

  INSERT INTO revenue_items (business_day, clerk_id, fee_item_id, quantity, amount)
    SELECT NEW.business_day, NEW.clerk_id, l.fee_item_id, sum (l.quantity), sum (l.amount)
    FROM receipt_lines l WHERE l.receipt_id = NEW.id AND NEW.status = 'issued'
    GROUP BY l.fee_item_id
    ON CONFLICT (business_day, clerk_id, fee_item_id) DO UPDATE SET
      quantity = quantity + excluded.quantity,
      amount = amount + excluded.amount;

  INSERT INTO revenue_methods (business_day, clerk_id, method, amount, n_payments)
    SELECT OLD.business_day, OLD.clerk_id, p.method, -sum (p.amount), -count (*)
    FROM receipt_payments p WHERE p.receipt_id = OLD.id AND OLD.status = 'issued'
    GROUP BY p.method
    ON CONFLICT (business_day, clerk_id, method) DO UPDATE SET
      amount = amount + excluded.amount,
      n_payments = n_payments + excluded.n_payments;

  INSERT INTO revenue_methods (business_day, clerk_id, method, amount, n_payments)
    SELECT NEW.business_day, NEW.clerk_id, p.method, sum (p.amount), count (*)
    FROM receipt_payments p WHERE p.receipt_id = NEW.id AND NEW.status = 'issued'
    GROUP BY p.method
    ON CONFLICT (business_day, clerk_id, method) DO UPDATE SET
      amount = amount + excluded.amount,
      n_payments = n_payments + excluded.n_payments;
END;

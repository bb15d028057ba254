-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0002: the cash desk: fee items and their prices, invoice books and who holds which numbers,
-- shifts, receipts with their lines and payments, and each clerk's daily report.
-- Money is INTEGER fen. A business day is the hall's local date, 'YYYY-MM-DD'.
-- Nothing here is ever deleted; a signed daily report locks its clerk's day.

-- Fee items (资费): a price applies from a day on; a receipt keeps the price it was issued at.
CREATE TABLE fee_items (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  category    TEXT NOT NULL CHECK (category IN ('service', 'sim_card', 'value_card', 'handset',
                                                'accessory', 'repair', 'other')),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  INTEGER NOT NULL,
  created_by  INTEGER REFERENCES operators (id)
);

CREATE TABLE fee_item_prices (
  fee_item_id  INTEGER NOT NULL REFERENCES fee_items (id),
  valid_from   TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  price        INTEGER NOT NULL CHECK (price >= 0),
  set_at       INTEGER NOT NULL,
  set_by       INTEGER REFERENCES operators (id),
  PRIMARY KEY (fee_item_id, valid_from)
) WITHOUT ROWID;

-- Invoice books (发票本): registered by the auditor with their first and last number.
CREATE TABLE invoice_books (
  id             INTEGER PRIMARY KEY,
  invoice_code   TEXT NOT NULL,
  first_no       INTEGER NOT NULL CHECK (first_no >= 0),
  last_no        INTEGER NOT NULL,
  registered_at  INTEGER NOT NULL,
  registered_by  INTEGER REFERENCES operators (id),
  CHECK (last_no >= first_no),
  UNIQUE (invoice_code, first_no)
);

-- Who holds which numbers now: segments that split when part of a range moves.
-- holder_id NULL: in the hall's stock, kept by the auditor.
CREATE TABLE invoice_segments (
  id         INTEGER PRIMARY KEY,
  book_id    INTEGER NOT NULL REFERENCES invoice_books (id),
  first_no   INTEGER NOT NULL,
  last_no    INTEGER NOT NULL,
  holder_id  INTEGER REFERENCES operators (id),
  since      INTEGER NOT NULL,
  CHECK (last_no >= first_no)
);

CREATE INDEX invoice_segments_holder ON invoice_segments (holder_id, book_id, first_no);
CREATE INDEX invoice_segments_book ON invoice_segments (book_id, first_no);

-- Every movement of numbers, for the book's begin / received / issued / ending figures.
CREATE TABLE invoice_movements (
  id           INTEGER PRIMARY KEY,
  book_id      INTEGER NOT NULL REFERENCES invoice_books (id),
  first_no     INTEGER NOT NULL,
  last_no      INTEGER NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('register', 'issue', 'return')),
  from_holder  INTEGER REFERENCES operators (id),
  to_holder    INTEGER REFERENCES operators (id),
  at           INTEGER NOT NULL,
  by           INTEGER REFERENCES operators (id),
  CHECK (last_no >= first_no)
);

CREATE INDEX invoice_movements_book ON invoice_movements (book_id, at);

-- Shifts (班次): opened with a float, closed with a blind count, validated by the duty manager.
CREATE TABLE shifts (
  id                 INTEGER PRIMARY KEY,
  clerk_id           INTEGER NOT NULL REFERENCES operators (id),
  business_day       TEXT NOT NULL,
  status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'validated')),
  opened_at          INTEGER NOT NULL,
  opening_float      INTEGER NOT NULL CHECK (opening_float >= 0),
  closed_at          INTEGER,
  counted_cash       INTEGER,
  count_detail       TEXT,
  expected_cash      INTEGER,
  declared_card      INTEGER,
  declared_wechat    INTEGER,
  declared_alipay    INTEGER,
  declared_cheque    INTEGER,
  validated_at       INTEGER,
  validated_by       INTEGER REFERENCES operators (id),
  times_reopened     INTEGER NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX shifts_one_open ON shifts (clerk_id) WHERE status = 'open';
CREATE INDEX shifts_clerk_day ON shifts (clerk_id, business_day);

-- Cash put into or taken out of the drawer during a shift; negative is out (e.g. to the safe).
CREATE TABLE cash_movements (
  id        INTEGER PRIMARY KEY,
  shift_id  INTEGER NOT NULL REFERENCES shifts (id),
  at        INTEGER NOT NULL,
  amount    INTEGER NOT NULL CHECK (amount != 0),
  reason    TEXT NOT NULL CHECK (length (trim (reason)) > 0),
  by        INTEGER NOT NULL REFERENCES operators (id)
);

CREATE INDEX cash_movements_shift ON cash_movements (shift_id);

-- Receipts (票据): numbered from the clerk's invoice book, never edited or deleted.
-- A void keeps the number used; a later correction is a red-letter receipt (negative total)
-- that refers to the original.
CREATE TABLE receipts (
  id              INTEGER PRIMARY KEY,
  invoice_code    TEXT NOT NULL,
  number          INTEGER NOT NULL,
  book_id         INTEGER REFERENCES invoice_books (id),
  clerk_id        INTEGER NOT NULL REFERENCES operators (id),
  shift_id        INTEGER REFERENCES shifts (id),
  business_day    TEXT NOT NULL,
  issued_at       INTEGER NOT NULL,
  total           INTEGER NOT NULL,
  customer_phone  TEXT,
  status          TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
  void_reason     TEXT,
  voided_at       INTEGER,
  voided_by       INTEGER REFERENCES operators (id),
  corrects_id     INTEGER REFERENCES receipts (id),
  correction_reason TEXT,
  source          TEXT NOT NULL DEFAULT 'counter' CHECK (source IN ('counter', 'import')),
  UNIQUE (invoice_code, number),
  CHECK (status = 'issued' OR (void_reason IS NOT NULL AND voided_at IS NOT NULL)),
  CHECK (corrects_id IS NULL OR length (trim (correction_reason)) > 0)
);

-- A receipt is corrected once; a correction voided the same day no longer counts.
CREATE UNIQUE INDEX receipts_one_correction ON receipts (corrects_id)
  WHERE corrects_id IS NOT NULL AND status = 'issued';

CREATE INDEX receipts_clerk_day ON receipts (clerk_id, business_day);
CREATE INDEX receipts_day ON receipts (business_day);
CREATE INDEX receipts_book ON receipts (book_id, number);

CREATE TABLE receipt_lines (
  receipt_id    INTEGER NOT NULL REFERENCES receipts (id),
  line_no       INTEGER NOT NULL,
  fee_item_id   INTEGER NOT NULL REFERENCES fee_items (id),
  quantity      INTEGER NOT NULL CHECK (quantity != 0),
  unit_price    INTEGER NOT NULL,
  amount        INTEGER NOT NULL,
  price_reason  TEXT,
  PRIMARY KEY (receipt_id, line_no)
) WITHOUT ROWID;

CREATE TABLE receipt_payments (
  receipt_id  INTEGER NOT NULL REFERENCES receipts (id),
  seq         INTEGER NOT NULL,
  method      TEXT NOT NULL CHECK (method IN ('cash', 'card', 'wechat', 'alipay', 'cheque')),
  amount      INTEGER NOT NULL,
  cheque_no   TEXT,
  PRIMARY KEY (receipt_id, seq),
  CHECK (method != 'cheque' OR length (trim (cheque_no)) > 0)
) WITHOUT ROWID;

-- The clerk's daily report (日报): submitted by the clerk, checked and signed by an auditor
-- against the accounting copy (记帐联) and the bank deposit receipt (银行回单).
CREATE TABLE daily_reports (
  id                     INTEGER PRIMARY KEY,
  clerk_id               INTEGER NOT NULL REFERENCES operators (id),
  business_day           TEXT NOT NULL,
  submitted_at           INTEGER,
  declared_cash          INTEGER,
  accounting_copy_total  INTEGER,
  bank_name              TEXT,
  bank_slip_no           TEXT,
  bank_slip_date         TEXT,
  bank_amount            INTEGER,
  difference_note        TEXT,
  signed_at              INTEGER,
  signed_by              INTEGER REFERENCES operators (id),
  UNIQUE (clerk_id, business_day),
  CHECK (signed_by IS NULL OR signed_by != clerk_id)
);

-- A number missing from a clerk's range, explained in writing by the auditor.
CREATE TABLE gap_explanations (
  book_id       INTEGER NOT NULL REFERENCES invoice_books (id),
  number        INTEGER NOT NULL,
  reason        TEXT NOT NULL CHECK (length (trim (reason)) > 0),
  explained_at  INTEGER NOT NULL,
  explained_by  INTEGER NOT NULL REFERENCES operators (id),
  PRIMARY KEY (book_id, number)
) WITHOUT ROWID;

-- A signed daily report locks that clerk's day, for everyone, whatever writes to the file.
CREATE TRIGGER daily_reports_signed_locked BEFORE UPDATE ON daily_reports
  WHEN OLD.signed_at IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'the daily report is signed: it cannot change');
END;

CREATE TRIGGER receipts_insert_locked BEFORE INSERT ON receipts
  WHEN EXISTS (SELECT 1 FROM daily_reports d WHERE d.clerk_id = NEW.clerk_id
               AND d.business_day = NEW.business_day AND d.signed_at IS NOT NULL)
BEGIN
  SELECT RAISE (ABORT, 'the daily report of that clerk and day is signed');
END;

CREATE TRIGGER receipts_update_locked BEFORE UPDATE ON receipts
  WHEN EXISTS (SELECT 1 FROM daily_reports d WHERE d.clerk_id = OLD.clerk_id
               AND d.business_day = OLD.business_day AND d.signed_at IS NOT NULL)
BEGIN
  SELECT RAISE (ABORT, 'the daily report of that clerk and day is signed');
END;

CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN
  SELECT RAISE (ABORT, 'receipts are voided, never deleted');
END;

CREATE TRIGGER receipt_lines_no_change BEFORE UPDATE ON receipt_lines
BEGIN
  SELECT RAISE (ABORT, 'receipt lines never change');
END;

CREATE TRIGGER receipt_lines_no_delete BEFORE DELETE ON receipt_lines
BEGIN
  SELECT RAISE (ABORT, 'receipt lines never change');
END;

CREATE TRIGGER receipt_payments_no_change BEFORE UPDATE ON receipt_payments
BEGIN
  SELECT RAISE (ABORT, 'receipt payments never change');
END;

CREATE TRIGGER receipt_payments_no_delete BEFORE DELETE ON receipt_payments
BEGIN
  SELECT RAISE (ABORT, 'receipt payments never change');
END;

CREATE TRIGGER shifts_update_locked BEFORE UPDATE ON shifts
  WHEN EXISTS (SELECT 1 FROM daily_reports d WHERE d.clerk_id = OLD.clerk_id
               AND d.business_day = OLD.business_day AND d.signed_at IS NOT NULL)
BEGIN
  SELECT RAISE (ABORT, 'the daily report of that clerk and day is signed');
END;

CREATE TRIGGER cash_movements_insert_locked BEFORE INSERT ON cash_movements
  WHEN EXISTS (SELECT 1 FROM shifts s JOIN daily_reports d
                 ON d.clerk_id = s.clerk_id AND d.business_day = s.business_day
               WHERE s.id = NEW.shift_id AND d.signed_at IS NOT NULL)
BEGIN
  SELECT RAISE (ABORT, 'the daily report of that clerk and day is signed');
END;

CREATE TRIGGER cash_movements_no_change BEFORE UPDATE ON cash_movements
BEGIN
  SELECT RAISE (ABORT, 'cash movements never change');
END;

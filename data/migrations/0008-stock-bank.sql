-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0008: card stock (卡源) by serial-number ranges, the number stock (号源), and the auditor's
-- bank work: deposits linked to daily reports, bank statements and their reconciliation, and
-- the cheque register with endorsements and bounced cheques (退票).
-- Money is INTEGER fen; a day is the hall's local date, 'YYYY-MM-DD'. Nothing here is deleted
-- but a reconciliation match taken back (its audit entry stays).

-- Card types (SIM card kinds, value cards by face value). A type linked to a fee item makes
-- every receipt line of that fee item name the serials it sells.
CREATE TABLE card_types (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE CHECK (length (trim (code)) > 0),
  name           TEXT NOT NULL CHECK (length (trim (name)) > 0),
  kind           TEXT NOT NULL CHECK (kind IN ('sim', 'value')),
  face_value     INTEGER NOT NULL DEFAULT 0,
  serial_length  INTEGER NOT NULL CHECK (serial_length BETWEEN 6 AND 20),
  fee_item_id    INTEGER UNIQUE REFERENCES fee_items (id),
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at     INTEGER NOT NULL,
  created_by     INTEGER REFERENCES operators (id),
  CHECK ((kind = 'value') = (face_value > 0)),
  CHECK (face_value >= 0)
);

-- Requisitions (请领) from the city company; what arrives is received as serial ranges.
CREATE TABLE card_requisitions (
  id             INTEGER PRIMARY KEY,
  card_type_id   INTEGER NOT NULL REFERENCES card_types (id),
  quantity       INTEGER NOT NULL CHECK (quantity > 0),
  note           TEXT NOT NULL DEFAULT '',
  requested_at   INTEGER NOT NULL,
  requested_by   INTEGER NOT NULL REFERENCES operators (id),
  received       INTEGER NOT NULL DEFAULT 0 CHECK (received >= 0),
  closed_at      INTEGER,
  closed_by      INTEGER REFERENCES operators (id),
  close_reason   TEXT,
  CHECK (closed_at IS NULL OR received >= quantity OR length (trim (close_reason)) > 0)
);

CREATE INDEX card_requisitions_type ON card_requisitions (card_type_id, requested_at);

-- Where the cards are now: runs of consecutive serials of one type and prefix in one pair of
-- hands (holder_id NULL: the hall's stock). A run splits when part of it moves and joins its
-- neighbour in the same hands again. A sold serial is in no segment: its sale is a movement.
-- A serial is its prefix and a running number of the serial's last digits (at most 15).
CREATE TABLE card_segments (
  id            INTEGER PRIMARY KEY,
  card_type_id  INTEGER NOT NULL REFERENCES card_types (id),
  prefix        TEXT NOT NULL,
  first_no      INTEGER NOT NULL CHECK (first_no >= 0),
  last_no       INTEGER NOT NULL,
  holder_id     INTEGER REFERENCES operators (id),
  since         INTEGER NOT NULL,
  CHECK (last_no >= first_no)
);

CREATE INDEX card_segments_range ON card_segments (card_type_id, prefix, first_no);
CREATE INDEX card_segments_holder ON card_segments (holder_id, card_type_id, prefix, first_no);

-- Card handovers (交接) at the end of a shift: the figures per card type, the physical count,
-- the difference explained, and the next clerk's acknowledgement.
CREATE TABLE card_handovers (
  id                INTEGER PRIMARY KEY,
  clerk_id          INTEGER NOT NULL REFERENCES operators (id),
  shift_id          INTEGER UNIQUE REFERENCES shifts (id),
  business_day      TEXT NOT NULL,
  handed_at         INTEGER NOT NULL,
  last_movement_id  INTEGER NOT NULL,
  receiver_id       INTEGER NOT NULL REFERENCES operators (id),
  acknowledged_at   INTEGER
);

CREATE INDEX card_handovers_clerk ON card_handovers (clerk_id, id);
CREATE INDEX card_handovers_day ON card_handovers (business_day);

-- begin + received − sold − returned = end, always; counted is what the clerk found.
CREATE TABLE card_handover_lines (
  handover_id    INTEGER NOT NULL REFERENCES card_handovers (id),
  card_type_id   INTEGER NOT NULL REFERENCES card_types (id),
  begin_count    INTEGER NOT NULL,
  received       INTEGER NOT NULL,
  sold           INTEGER NOT NULL,
  returned       INTEGER NOT NULL,
  end_count      INTEGER NOT NULL,
  counted        INTEGER NOT NULL CHECK (counted >= 0),
  carried        INTEGER NOT NULL,
  explanation    TEXT,
  explained_at   INTEGER,
  explained_by   INTEGER REFERENCES operators (id),
  PRIMARY KEY (handover_id, card_type_id),
  CHECK (begin_count + received - sold - returned = end_count)
) WITHOUT ROWID;

-- Every movement of cards, never changed: received from the city company, allocated to a
-- clerk, returned to the hall, handed over to the next clerk, sold on a receipt line, and the
-- sale of a voided receipt undone.
CREATE TABLE card_movements (
  id              INTEGER PRIMARY KEY,
  card_type_id    INTEGER NOT NULL REFERENCES card_types (id),
  prefix          TEXT NOT NULL,
  first_no        INTEGER NOT NULL,
  last_no         INTEGER NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('receive', 'allocate', 'return', 'handover',
                                                'sale', 'void')),
  from_holder     INTEGER REFERENCES operators (id),
  to_holder       INTEGER REFERENCES operators (id),
  requisition_id  INTEGER REFERENCES card_requisitions (id),
  handover_id     INTEGER REFERENCES card_handovers (id),
  receipt_id      INTEGER REFERENCES receipts (id),
  line_no         INTEGER,
  at              INTEGER NOT NULL,
  by              INTEGER REFERENCES operators (id),
  CHECK (last_no >= first_no),
  CHECK ((kind IN ('sale', 'void')) = (receipt_id IS NOT NULL)),
  CHECK ((kind = 'receive') = (requisition_id IS NOT NULL))
);

CREATE INDEX card_movements_to ON card_movements (to_holder, id);
CREATE INDEX card_movements_from ON card_movements (from_holder, id);
CREATE INDEX card_movements_at ON card_movements (at);
CREATE INDEX card_movements_receipt ON card_movements (receipt_id) WHERE receipt_id IS NOT NULL;
CREATE INDEX card_movements_serial ON card_movements (card_type_id, prefix, first_no);

CREATE TRIGGER card_movements_no_change BEFORE UPDATE ON card_movements
BEGIN
  SELECT RAISE (ABORT, 'card movements never change');
END;

CREATE TRIGGER card_movements_no_delete BEFORE DELETE ON card_movements
BEGIN
  SELECT RAISE (ABORT, 'card movements never change');
END;

-- The number stock (号源): numbers allocated to the hall. A reservation holds until the start
-- of reserved_until; after that the number is available again without any write (the state
-- is computed when read; the next change writes the expiry into the history first).
-- reversed holds the digits backwards, so that a search for the last digits uses an index.
CREATE TABLE pool_numbers (
  id              INTEGER PRIMARY KEY,
  number          TEXT NOT NULL UNIQUE
                    CHECK (length (number) = 11 AND number NOT GLOB '*[^0-9]*'),
  reversed        TEXT NOT NULL,
  class           TEXT NOT NULL CHECK (class IN ('ordinary', 'premium')),
  price           INTEGER NOT NULL DEFAULT 0 CHECK (price >= 0),
  state           TEXT NOT NULL DEFAULT 'available'
                    CHECK (state IN ('available', 'reserved', 'sold', 'returned')),
  reserved_for    TEXT,
  reserved_phone  TEXT,
  reserved_until  INTEGER,
  reserved_by     INTEGER REFERENCES operators (id),
  receipt_id      INTEGER REFERENCES receipts (id),
  state_at        INTEGER NOT NULL,
  added_at        INTEGER NOT NULL,
  added_by        INTEGER REFERENCES operators (id),
  CHECK ((class = 'premium') = (price > 0)),
  CHECK (state != 'reserved' OR (reserved_until IS NOT NULL
                                 AND length (trim (reserved_for)) > 0)),
  CHECK ((state = 'sold') = (receipt_id IS NOT NULL))
);

CREATE INDEX pool_numbers_reversed ON pool_numbers (reversed);
CREATE INDEX pool_numbers_state ON pool_numbers (state, class, number);

CREATE TABLE pool_number_events (
  id          INTEGER PRIMARY KEY,
  number_id   INTEGER NOT NULL REFERENCES pool_numbers (id),
  at          INTEGER NOT NULL,
  by          INTEGER REFERENCES operators (id),
  kind        TEXT NOT NULL CHECK (kind IN ('added', 'reserved', 'released', 'expired', 'sold',
                                            'sale-voided', 'returned', 'class-changed')),
  detail      TEXT NOT NULL DEFAULT '',
  receipt_id  INTEGER REFERENCES receipts (id)
);

CREATE INDEX pool_number_events_number ON pool_number_events (number_id, id);

CREATE TRIGGER pool_number_events_no_change BEFORE UPDATE ON pool_number_events
BEGIN
  SELECT RAISE (ABORT, 'the history of a number never changes');
END;

-- Bank deposits (存款): the bank receipt (银行回单) of takings paid in, linked to the daily
-- reports whose cash it carries and to the cheques paid in with it. Its amount is what the
-- bank received; covered is the takings and cheques it carries, as computed when recorded;
-- a difference needs a note. A deposit recorded by mistake is cancelled, never deleted.
CREATE TABLE bank_deposits (
  id             INTEGER PRIMARY KEY,
  bank_name      TEXT NOT NULL CHECK (length (trim (bank_name)) > 0),
  slip_no        TEXT NOT NULL CHECK (length (trim (slip_no)) > 0),
  slip_date      TEXT NOT NULL
                   CHECK (slip_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  amount         INTEGER NOT NULL CHECK (amount > 0),
  covered        INTEGER NOT NULL,
  note           TEXT,
  recorded_at    INTEGER NOT NULL,
  recorded_by    INTEGER NOT NULL REFERENCES operators (id),
  cancelled_at   INTEGER,
  cancelled_by   INTEGER REFERENCES operators (id),
  cancel_reason  TEXT,
  UNIQUE (bank_name, slip_no),
  CHECK (amount = covered OR length (trim (note)) > 0),
  CHECK (cancelled_at IS NULL OR length (trim (cancel_reason)) > 0)
);

CREATE INDEX bank_deposits_date ON bank_deposits (slip_date);

-- A daily report is carried by one deposit at most (among those not cancelled).
CREATE TABLE bank_deposit_reports (
  deposit_id    INTEGER NOT NULL REFERENCES bank_deposits (id),
  clerk_id      INTEGER NOT NULL REFERENCES operators (id),
  business_day  TEXT NOT NULL,
  takings       INTEGER NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  PRIMARY KEY (deposit_id, clerk_id, business_day)
) WITHOUT ROWID;

CREATE UNIQUE INDEX bank_deposit_reports_once ON bank_deposit_reports (clerk_id, business_day)
  WHERE active = 1;

-- The daily report's own bank receipt and the deposit that carries it name the same slip.
CREATE TRIGGER daily_reports_slip_of_deposit
  BEFORE UPDATE OF bank_name, bank_slip_no ON daily_reports
  WHEN NEW.bank_slip_no IS NOT NULL AND EXISTS (
    SELECT 1 FROM bank_deposit_reports l JOIN bank_deposits d ON d.id = l.deposit_id
    WHERE l.clerk_id = NEW.clerk_id AND l.business_day = NEW.business_day AND l.active = 1
      AND (d.bank_name != NEW.bank_name OR d.slip_no != NEW.bank_slip_no))
BEGIN
  SELECT RAISE (ABORT, 'the bank deposit that carries this daily report has another slip');
END;

-- Cheques (支票) taken on receipts: every cheque payment of a receipt is in the register,
-- written in the receipt's own transaction by whatever writes receipts (the counter and the
-- import; hk_cheque_register_receipts()). Not a trigger: compiled into every payment insert it
-- doubled the cost of preparing one.
CREATE TABLE cheques (
  id             INTEGER PRIMARY KEY,
  receipt_id     INTEGER NOT NULL REFERENCES receipts (id),
  payment_seq    INTEGER NOT NULL,
  cheque_no      TEXT NOT NULL,
  bank_name      TEXT,
  payer          TEXT,
  amount         INTEGER NOT NULL CHECK (amount > 0),
  clerk_id       INTEGER NOT NULL REFERENCES operators (id),
  received_at    INTEGER NOT NULL,
  state          TEXT NOT NULL DEFAULT 'received'
                   CHECK (state IN ('received', 'endorsed', 'deposited', 'cleared', 'bounced',
                                    'resolved', 'cancelled')),
  state_at       INTEGER NOT NULL,
  endorsed_at    INTEGER,
  endorsed_by    INTEGER REFERENCES operators (id),
  endorsee       TEXT,
  deposit_id     INTEGER REFERENCES bank_deposits (id),
  cleared_at     INTEGER,
  bounced_at     INTEGER,
  bounced_day    TEXT,
  bounce_reason  TEXT,
  deadline_day   TEXT,
  resolved_at    INTEGER,
  resolved_by    INTEGER REFERENCES operators (id),
  resolution     TEXT,
  UNIQUE (receipt_id, payment_seq),
  CHECK (state IN ('received', 'cancelled') OR (length (trim (payer)) > 0
                                                AND length (trim (bank_name)) > 0
                                                AND endorsed_at IS NOT NULL)),
  CHECK (state NOT IN ('bounced', 'resolved') OR (bounced_at IS NOT NULL
                                                  AND bounced_day IS NOT NULL
                                                  AND deadline_day IS NOT NULL)),
  CHECK (state != 'resolved' OR length (trim (resolution)) > 0)
);

CREATE INDEX cheques_state ON cheques (state, deadline_day);
CREATE INDEX cheques_received ON cheques (received_at);
CREATE INDEX cheques_deposit ON cheques (deposit_id) WHERE deposit_id IS NOT NULL;

INSERT INTO cheques (receipt_id, payment_seq, cheque_no, amount, clerk_id, received_at,
                     state_at)
  SELECT p.receipt_id, p.seq, p.cheque_no, p.amount, r.clerk_id, r.issued_at, r.issued_at
  FROM receipt_payments p JOIN receipts r ON r.id = p.receipt_id
  WHERE p.method = 'cheque' AND p.amount > 0 AND r.status = 'issued';

CREATE TRIGGER cheques_no_delete BEFORE DELETE ON cheques
BEGIN
  SELECT RAISE (ABORT, 'cheques are never deleted');
END;

-- Payers whose cheque bounced: the next cheque from them warns the clerk until the auditor
-- clears the mark. payer_key is the payer's name without spaces, in lower case.
CREATE TABLE cheque_payer_marks (
  id            INTEGER PRIMARY KEY,
  payer_key     TEXT NOT NULL,
  payer         TEXT NOT NULL,
  cheque_id     INTEGER NOT NULL REFERENCES cheques (id),
  marked_at     INTEGER NOT NULL,
  cleared_at    INTEGER,
  cleared_by    INTEGER REFERENCES operators (id),
  clear_reason  TEXT,
  CHECK (cleared_at IS NULL OR length (trim (clear_reason)) > 0)
);

CREATE INDEX cheque_payer_marks_payer ON cheque_payer_marks (payer_key) WHERE cleared_at IS NULL;

-- Bank statements, imported from the bank's CSV: one file after the other, each line's
-- balance following from the one before.
CREATE TABLE bank_statements (
  id               INTEGER PRIMARY KEY,
  account          TEXT NOT NULL,
  first_day        TEXT NOT NULL,
  last_day         TEXT NOT NULL,
  opening_balance  INTEGER NOT NULL,
  closing_balance  INTEGER NOT NULL,
  n_lines          INTEGER NOT NULL CHECK (n_lines > 0),
  source_name      TEXT NOT NULL DEFAULT '',
  imported_at      INTEGER NOT NULL,
  imported_by      INTEGER NOT NULL REFERENCES operators (id),
  CHECK (last_day >= first_day)
);

CREATE TABLE bank_statement_lines (
  id            INTEGER PRIMARY KEY,
  statement_id  INTEGER NOT NULL REFERENCES bank_statements (id),
  line_no       INTEGER NOT NULL,
  value_day     TEXT NOT NULL
                  CHECK (value_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  reference     TEXT NOT NULL DEFAULT '',
  description   TEXT NOT NULL DEFAULT '',
  amount        INTEGER NOT NULL CHECK (amount != 0),
  balance       INTEGER NOT NULL,
  UNIQUE (statement_id, line_no)
);

CREATE INDEX bank_statement_lines_day ON bank_statement_lines (value_day, id);

CREATE TRIGGER bank_statement_lines_no_change BEFORE UPDATE ON bank_statement_lines
BEGIN
  SELECT RAISE (ABORT, 'bank statement lines never change');
END;

CREATE TRIGGER bank_statement_lines_no_delete BEFORE DELETE ON bank_statement_lines
BEGIN
  SELECT RAISE (ABORT, 'bank statement lines never change');
END;

-- A statement line matched to the book entry it is: a deposit, or the bank's debit of a
-- bounced cheque. Equal amounts only.
CREATE TABLE bank_matches (
  line_id     INTEGER PRIMARY KEY REFERENCES bank_statement_lines (id),
  deposit_id  INTEGER UNIQUE REFERENCES bank_deposits (id),
  cheque_id   INTEGER UNIQUE REFERENCES cheques (id),
  automatic   INTEGER NOT NULL CHECK (automatic IN (0, 1)),
  matched_at  INTEGER NOT NULL,
  matched_by  INTEGER NOT NULL REFERENCES operators (id),
  CHECK ((deposit_id IS NULL) != (cheque_id IS NULL))
);

-- A void gives back what the receipt sold: its card serials to the clerk who sold them, its
-- number to the pool (reserved again if the reservation still runs), and cancels its cheques
-- not yet endorsed.
CREATE TRIGGER receipts_void_gives_back AFTER UPDATE OF status ON receipts
  WHEN OLD.status = 'issued' AND NEW.status = 'void'
BEGIN
  INSERT INTO card_segments (card_type_id, prefix, first_no, last_no, holder_id, since)
    SELECT m.card_type_id, m.prefix, m.first_no, m.last_no, m.from_holder, NEW.voided_at
    FROM card_movements m WHERE m.receipt_id = NEW.id AND m.kind = 'sale';

  INSERT INTO card_movements (card_type_id, prefix, first_no, last_no, kind, from_holder,
                              to_holder, receipt_id, line_no, at, by)
    SELECT m.card_type_id, m.prefix, m.first_no, m.last_no, 'void', NULL, m.from_holder,
           m.receipt_id, m.line_no, NEW.voided_at, NEW.voided_by
    FROM card_movements m WHERE m.receipt_id = NEW.id AND m.kind = 'sale';

  INSERT INTO pool_number_events (number_id, at, by, kind, detail, receipt_id)
    SELECT n.id, NEW.voided_at, NEW.voided_by, 'sale-voided', NEW.void_reason, NEW.id
    FROM pool_numbers n WHERE n.receipt_id = NEW.id AND n.state = 'sold';

  UPDATE pool_numbers
    SET state = CASE WHEN reserved_until > NEW.voided_at THEN 'reserved' ELSE 'available' END,
        receipt_id = NULL, state_at = NEW.voided_at
    WHERE receipt_id = NEW.id AND state = 'sold';

  UPDATE cheques SET state = 'cancelled', state_at = NEW.voided_at
    WHERE receipt_id = NEW.id AND state = 'received';
END;

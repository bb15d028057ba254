-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0006: the repair desk (维修): tickets from intake to pickup with every status change, dispatch
-- batches to the city company (市公司) and back, fee lines, and the small parts stock.
-- Money is INTEGER fen; a day is the hall's local date, 'YYYY-MM-DD'; statuses are ids such as
-- 'sent-out'. Nothing here is ever deleted: a fee line is voided, a stock difference is a row.

-- A repair ticket (维修单). The ticket number is R + intake day + '-' + the day's sequence,
-- R20261021-0007: consecutive within a day, never reused. What was recorded at intake never
-- changes; status and the handover are filled in as the repair goes on.
CREATE TABLE repair_tickets (
  id                    INTEGER PRIMARY KEY,
  ticket_no             TEXT NOT NULL UNIQUE,
  intake_day            TEXT NOT NULL
                          CHECK (intake_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  day_seq               INTEGER NOT NULL CHECK (day_seq BETWEEN 1 AND 9999),
  received_at           INTEGER NOT NULL,
  received_by           INTEGER NOT NULL REFERENCES operators (id),
  customer_name         TEXT NOT NULL CHECK (length (trim (customer_name)) > 0),
  customer_phone        TEXT NOT NULL CHECK (length (customer_phone) > 0),
  brand                 TEXT NOT NULL CHECK (length (trim (brand)) > 0),
  model                 TEXT NOT NULL CHECK (length (trim (model)) > 0),
  imei                  TEXT NOT NULL CHECK (length (imei) = 15 AND imei NOT GLOB '*[^0-9]*'),
  accessories           INTEGER NOT NULL CHECK (accessories BETWEEN 0 AND 127),
  conditions            INTEGER NOT NULL CHECK (conditions BETWEEN 0 AND 15),
  condition_note        TEXT NOT NULL DEFAULT '',
  fault                 TEXT NOT NULL CHECK (length (trim (fault)) > 0),
  warranty              TEXT NOT NULL CHECK (warranty IN ('in', 'out', 'unknown')),
  warranty_proof        TEXT,
  estimated_fee         INTEGER NOT NULL CHECK (estimated_fee >= 0),
  deposit               INTEGER NOT NULL CHECK (deposit >= 0),
  promised_day          TEXT NOT NULL CHECK (promised_day >= intake_day),
  technician_id         INTEGER NOT NULL REFERENCES operators (id),
  status                TEXT NOT NULL DEFAULT 'received'
                          CHECK (status IN ('received', 'diagnosing', 'repairing', 'sent-out',
                                            'back-from-city', 'ready', 'unrepaired', 'picked-up',
                                            'returned-unrepaired')),
  status_at             INTEGER NOT NULL,
  -- The handover (取机): who collected, the ID check, the accessories given back.
  collected_by          TEXT,
  id_checked            INTEGER CHECK (id_checked IN (0, 1)),
  accessories_returned  INTEGER CHECK (accessories_returned BETWEEN 0 AND 127),
  handover_note         TEXT,
  handed_over_at        INTEGER,
  handed_over_by        INTEGER REFERENCES operators (id),
  -- The charge: on a receipt of the technician's own shift, on a clerk's receipt, or nothing.
  charged_total         INTEGER,
  charge_mode           TEXT CHECK (charge_mode IN ('shift', 'clerk-receipt', 'none')),
  receipt_id            INTEGER REFERENCES receipts (id),
  deposit_refunded      INTEGER,
  UNIQUE (intake_day, day_seq),
  CHECK (warranty != 'in' OR length (trim (warranty_proof)) > 0),
  CHECK ((status IN ('picked-up', 'returned-unrepaired')) = (handed_over_at IS NOT NULL)),
  CHECK (handed_over_at IS NULL OR (id_checked = 1 AND length (trim (collected_by)) > 0
                                    AND accessories_returned IS NOT NULL
                                    AND charge_mode IS NOT NULL)),
  CHECK (accessories_returned IS NULL OR accessories_returned = accessories
         OR length (trim (handover_note)) > 0),
  CHECK ((charge_mode = 'none') = (receipt_id IS NULL) OR charge_mode IS NULL)
);

CREATE UNIQUE INDEX repair_tickets_one_receipt ON repair_tickets (receipt_id)
  WHERE receipt_id IS NOT NULL;
CREATE INDEX repair_tickets_imei ON repair_tickets (imei, received_at);
CREATE INDEX repair_tickets_status ON repair_tickets (status, promised_day);
CREATE INDEX repair_tickets_phone ON repair_tickets (customer_phone);

CREATE TRIGGER repair_tickets_no_delete BEFORE DELETE ON repair_tickets
BEGIN
  SELECT RAISE (ABORT, 'repair tickets are never deleted');
END;

CREATE TRIGGER repair_tickets_intake_fixed
  BEFORE UPDATE OF ticket_no, intake_day, day_seq, received_at, received_by, customer_name,
                   customer_phone, brand, model, imei, accessories, conditions, condition_note,
                   fault, warranty, warranty_proof, estimated_fee, deposit, promised_day
  ON repair_tickets
BEGIN
  SELECT RAISE (ABORT, 'what was recorded at intake never changes');
END;

CREATE TRIGGER repair_tickets_handover_fixed BEFORE UPDATE ON repair_tickets
  WHEN OLD.handed_over_at IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'the device was handed over: the ticket is closed');
END;

-- Dispatch batches (送修批次) to the city company: S + day + '-' + the day's sequence.
CREATE TABLE repair_batches (
  id            INTEGER PRIMARY KEY,
  batch_no      TEXT NOT NULL UNIQUE,
  dispatch_day  TEXT NOT NULL,
  day_seq       INTEGER NOT NULL CHECK (day_seq BETWEEN 1 AND 99),
  sent_at       INTEGER NOT NULL,
  sent_by       INTEGER NOT NULL REFERENCES operators (id),
  courier       TEXT NOT NULL CHECK (length (trim (courier)) > 0),
  waybill       TEXT,
  UNIQUE (dispatch_day, day_seq)
);

-- The tickets of a batch, each received back on its own with the city company's report.
CREATE TABLE repair_batch_items (
  batch_id       INTEGER NOT NULL REFERENCES repair_batches (id),
  ticket_id      INTEGER NOT NULL REFERENCES repair_tickets (id),
  position       INTEGER NOT NULL,
  returned_at    INTEGER,
  returned_by    INTEGER REFERENCES operators (id),
  city_repaired  INTEGER CHECK (city_repaired IN (0, 1)),
  city_report    TEXT,
  PRIMARY KEY (batch_id, ticket_id),
  CHECK (returned_at IS NULL OR (city_repaired IS NOT NULL AND length (trim (city_report)) > 0))
) WITHOUT ROWID;

-- A ticket is at the city company in one batch at a time.
CREATE UNIQUE INDEX repair_batch_items_out ON repair_batch_items (ticket_id)
  WHERE returned_at IS NULL;

CREATE TRIGGER repair_batches_no_delete BEFORE DELETE ON repair_batches
BEGIN
  SELECT RAISE (ABORT, 'dispatch batches are never deleted');
END;

CREATE TRIGGER repair_batch_items_no_delete BEFORE DELETE ON repair_batch_items
BEGIN
  SELECT RAISE (ABORT, 'dispatch batches are never deleted');
END;

CREATE TRIGGER repair_batch_items_returned_fixed BEFORE UPDATE ON repair_batch_items
  WHEN OLD.returned_at IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'the item is back from the city company: its record is closed');
END;

-- The parts stock (备件): each part is charged through a fee item of category 'repair'.
CREATE TABLE repair_parts (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name         TEXT NOT NULL CHECK (length (trim (name)) > 0),
  fee_item_id  INTEGER NOT NULL REFERENCES fee_items (id),
  created_at   INTEGER NOT NULL,
  created_by   INTEGER NOT NULL REFERENCES operators (id)
);

-- Fee lines of a ticket: diagnosis, labour, or parts (which take the part from the stock).
-- A line is voided, never deleted; a voided parts line puts the part back.
CREATE TABLE repair_fee_lines (
  id           INTEGER PRIMARY KEY,
  ticket_id    INTEGER NOT NULL REFERENCES repair_tickets (id),
  kind         TEXT NOT NULL CHECK (kind IN ('diagnosis', 'labour', 'parts')),
  fee_item_id  INTEGER NOT NULL REFERENCES fee_items (id),
  part_id      INTEGER REFERENCES repair_parts (id),
  quantity     INTEGER NOT NULL CHECK (quantity > 0),
  unit_price   INTEGER NOT NULL CHECK (unit_price >= 0),
  amount       INTEGER NOT NULL CHECK (amount = quantity * unit_price),
  added_at     INTEGER NOT NULL,
  added_by     INTEGER NOT NULL REFERENCES operators (id),
  voided_at    INTEGER,
  voided_by    INTEGER REFERENCES operators (id),
  void_reason  TEXT,
  CHECK ((kind = 'parts') = (part_id IS NOT NULL)),
  CHECK (voided_at IS NULL OR length (trim (void_reason)) > 0)
);

CREATE INDEX repair_fee_lines_ticket ON repair_fee_lines (ticket_id);

CREATE TRIGGER repair_fee_lines_no_delete BEFORE DELETE ON repair_fee_lines
BEGIN
  SELECT RAISE (ABORT, 'fee lines are voided, never deleted');
END;

CREATE TRIGGER repair_fee_lines_fixed BEFORE UPDATE ON repair_fee_lines
  WHEN OLD.voided_at IS NOT NULL
       OR NEW.ticket_id != OLD.ticket_id OR NEW.kind != OLD.kind
       OR NEW.fee_item_id != OLD.fee_item_id OR NEW.part_id IS NOT OLD.part_id
       OR NEW.quantity != OLD.quantity OR NEW.unit_price != OLD.unit_price
       OR NEW.amount != OLD.amount
BEGIN
  SELECT RAISE (ABORT, 'a fee line is only ever voided');
END;

-- Every change of the parts stock: received (+), used on a ticket (-), put back from a voided
-- line (+), and counts, whose quantity is the difference found (counted minus expected).
CREATE TABLE repair_part_movements (
  id           INTEGER PRIMARY KEY,
  part_id      INTEGER NOT NULL REFERENCES repair_parts (id),
  at           INTEGER NOT NULL,
  by           INTEGER NOT NULL REFERENCES operators (id),
  kind         TEXT NOT NULL CHECK (kind IN ('received', 'used', 'put-back', 'count')),
  quantity     INTEGER NOT NULL,
  counted      INTEGER CHECK (counted >= 0),
  ticket_id    INTEGER REFERENCES repair_tickets (id),
  fee_line_id  INTEGER REFERENCES repair_fee_lines (id),
  note         TEXT,
  CHECK (kind != 'received' OR quantity > 0),
  CHECK (kind != 'used' OR (quantity < 0 AND fee_line_id IS NOT NULL)),
  CHECK (kind != 'put-back' OR (quantity > 0 AND fee_line_id IS NOT NULL)),
  CHECK ((kind = 'count') = (counted IS NOT NULL)),
  CHECK (kind != 'count' OR quantity = 0 OR length (trim (note)) > 0)
);

CREATE INDEX repair_part_movements_part ON repair_part_movements (part_id, at);

CREATE TRIGGER repair_part_movements_no_change BEFORE UPDATE ON repair_part_movements
BEGIN
  SELECT RAISE (ABORT, 'stock movements never change');
END;

CREATE TRIGGER repair_part_movements_no_delete BEFORE DELETE ON repair_part_movements
BEGIN
  SELECT RAISE (ABORT, 'stock movements never change');
END;

-- The timeline of a ticket: intake, every status change (from, to, who, when), fee lines,
-- callbacks to the customer. Append-only.
CREATE TABLE repair_events (
  id           INTEGER PRIMARY KEY,
  ticket_id    INTEGER NOT NULL REFERENCES repair_tickets (id),
  at           INTEGER NOT NULL,
  by           INTEGER NOT NULL REFERENCES operators (id),
  kind         TEXT NOT NULL CHECK (kind IN ('intake', 'status', 'dispatch', 'return',
                                             'handover', 'fee', 'fee-void', 'callback')),
  from_status  TEXT,
  to_status    TEXT,
  batch_id     INTEGER REFERENCES repair_batches (id),
  note         TEXT,
  CHECK ((kind IN ('intake', 'status', 'dispatch', 'return', 'handover'))
         = (to_status IS NOT NULL))
);

CREATE INDEX repair_events_ticket ON repair_events (ticket_id, at);
CREATE INDEX repair_events_at ON repair_events (at);

CREATE TRIGGER repair_events_no_change BEFORE UPDATE ON repair_events
BEGIN
  SELECT RAISE (ABORT, 'the repair timeline is append-only');
END;

CREATE TRIGGER repair_events_no_delete BEFORE DELETE ON repair_events
BEGIN
  SELECT RAISE (ABORT, 'the repair timeline is append-only');
END;

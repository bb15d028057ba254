-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0005: the complaint register: categories, complaints and the append-only list of what
-- happened to each, the duty manager's signed days of the first-contact book, the service log
-- and the opinion book.
-- Times are Unix seconds (UTC); a day is the hall's local date 'YYYY-MM-DD'.
-- Nothing here is updated or deleted, except a category's active flag: a complaint's status,
-- handler and deadline state are computed from its events.

-- Complaint categories: a configurable list. The built-in ones are shown under their
-- translated names; supervisors add more and deactivate any, never delete one.
CREATE TABLE complaint_categories (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),
  builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  position    INTEGER NOT NULL,
  created_at  INTEGER NOT NULL,
  created_by  INTEGER REFERENCES operators (id)
);

INSERT INTO complaint_categories (code, name, builtin, position, created_at) VALUES
  ('billing', 'Billing', 1, 1, 0),
  ('network', 'Network quality', 1, 2, 0),
  ('service-attitude', 'Service attitude', 1, 3, 0),
  ('handset', 'Handset', 1, 4, 0),
  ('tariff', 'Tariff and plans', 1, 5, 0),
  ('value-added', 'Value-added services', 1, 6, 0),
  ('other', 'Other', 1, 7, 0);

CREATE TRIGGER complaint_categories_no_delete BEFORE DELETE ON complaint_categories
BEGIN
  SELECT RAISE (ABORT, 'complaint categories are deactivated, never deleted');
END;

CREATE TRIGGER complaint_categories_only_active BEFORE UPDATE OF id, code, name, builtin,
  position, created_at, created_by ON complaint_categories
BEGIN
  SELECT RAISE (ABORT, 'only a complaint category''s active flag changes');
END;

-- Complaints (投诉): written once. The first-contact owner (首问负责人) is the operator who
-- received it and never changes; the deadline is fixed when the complaint is registered.
CREATE TABLE complaints (
  id              INTEGER PRIMARY KEY,
  received_at     INTEGER NOT NULL,
  received_day    TEXT NOT NULL,
  entered_at      INTEGER NOT NULL,
  entered_day     TEXT NOT NULL,
  entered_by      INTEGER NOT NULL REFERENCES operators (id),
  channel         TEXT NOT NULL CHECK (channel IN ('counter', 'phone', 'letter', 'opinion-book',
                                                   'city-company')),
  customer_name   TEXT NOT NULL CHECK (length (trim (customer_name)) > 0),
  customer_phone  TEXT,
  service_number  TEXT,
  category_id     INTEGER NOT NULL REFERENCES complaint_categories (id),
  description     TEXT NOT NULL CHECK (length (trim (description)) > 0),
  owner_id        INTEGER NOT NULL REFERENCES operators (id),
  priority        TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'high', 'urgent')),
  deadline_hours  INTEGER NOT NULL CHECK (deadline_hours > 0),
  deadline        INTEGER NOT NULL,
  CHECK (entered_at >= received_at),
  CHECK (entered_day >= received_day),
  CHECK (deadline = received_at + deadline_hours * 3600)
);

CREATE INDEX complaints_received_day ON complaints (received_day);
CREATE INDEX complaints_received_at ON complaints (received_at);

CREATE TRIGGER complaints_no_update BEFORE UPDATE ON complaints
BEGIN
  SELECT RAISE (ABORT, 'a complaint is never changed; record an event on it');
END;

CREATE TRIGGER complaints_no_delete BEFORE DELETE ON complaints
BEGIN
  SELECT RAISE (ABORT, 'complaints are never deleted');
END;

-- What happened to a complaint, in order. 'received' is the first event of each (at the time
-- the complaint was received); 'received' and 'assigned' name the handler from then on.
CREATE TABLE complaint_events (
  id               INTEGER PRIMARY KEY,
  complaint_id     INTEGER NOT NULL REFERENCES complaints (id),
  kind             TEXT NOT NULL CHECK (kind IN ('received', 'assigned', 'note',
                                                 'callback-promised', 'called-back', 'resolved',
                                                 'closed', 'reopened')),
  at               INTEGER NOT NULL,
  by               INTEGER NOT NULL REFERENCES operators (id),
  handler_id       INTEGER REFERENCES operators (id),
  note             TEXT,
  callback_number  TEXT,
  callback_due     INTEGER,
  called_at        INTEGER,
  reached          INTEGER CHECK (reached IN (0, 1)),
  CHECK (kind NOT IN ('received', 'assigned') OR handler_id IS NOT NULL),
  CHECK (kind <> 'callback-promised' OR (callback_number IS NOT NULL AND callback_due IS NOT NULL)),
  CHECK (kind <> 'called-back' OR (called_at IS NOT NULL AND reached IS NOT NULL)),
  CHECK (kind NOT IN ('note', 'called-back', 'resolved', 'reopened') OR
         length (trim (note)) > 0)
);

CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, id);

CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
BEGIN
  SELECT RAISE (ABORT, 'complaint events are append-only');
END;

CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
BEGIN
  SELECT RAISE (ABORT, 'complaint events are append-only');
END;

-- The first-contact book (首问责任制本) of a day, signed by the duty manager, with the counts
-- at signing and the complaints that were still not closed then, as they were then.
CREATE TABLE complaint_days (
  day         TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  signed_at   INTEGER NOT NULL,
  signed_by   INTEGER NOT NULL REFERENCES operators (id),
  note        TEXT,
  n_received  INTEGER NOT NULL,
  n_closed    INTEGER NOT NULL,
  n_open      INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE complaint_day_open (
  day           TEXT NOT NULL REFERENCES complaint_days (day),
  complaint_id  INTEGER NOT NULL REFERENCES complaints (id),
  status        TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
  sla           TEXT NOT NULL CHECK (sla IN ('on-time', 'due-soon', 'overdue', 'resolved-late')),
  handler_id    INTEGER NOT NULL REFERENCES operators (id),
  PRIMARY KEY (day, complaint_id)
) WITHOUT ROWID;

CREATE TRIGGER complaint_days_no_update BEFORE UPDATE ON complaint_days
BEGIN
  SELECT RAISE (ABORT, 'a signed day is never changed');
END;

CREATE TRIGGER complaint_days_no_delete BEFORE DELETE ON complaint_days
BEGIN
  SELECT RAISE (ABORT, 'a signed day is never changed');
END;

CREATE TRIGGER complaint_day_open_no_update BEFORE UPDATE ON complaint_day_open
BEGIN
  SELECT RAISE (ABORT, 'a signed day is never changed');
END;

CREATE TRIGGER complaint_day_open_no_delete BEFORE DELETE ON complaint_day_open
BEGIN
  SELECT RAISE (ABORT, 'a signed day is never changed');
END;

-- The service log (服务日志): one entry per day; each save is a new revision, the last one counts.
CREATE TABLE service_logs (
  id                  INTEGER PRIMARY KEY,
  day                 TEXT NOT NULL
                        CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  revision            INTEGER NOT NULL CHECK (revision >= 1),
  overview            TEXT NOT NULL,
  business_hotspots   TEXT NOT NULL,
  inquiry_hotspots    TEXT NOT NULL,
  complaint_hotspots  TEXT NOT NULL,
  saved_at            INTEGER NOT NULL,
  saved_by            INTEGER NOT NULL REFERENCES operators (id),
  UNIQUE (day, revision)
);

CREATE TRIGGER service_logs_no_update BEFORE UPDATE ON service_logs
BEGIN
  SELECT RAISE (ABORT, 'a service log is saved as a new revision, never changed');
END;

CREATE TRIGGER service_logs_no_delete BEFORE DELETE ON service_logs
BEGIN
  SELECT RAISE (ABORT, 'a service log is saved as a new revision, never changed');
END;

-- The opinion book (意见簿): what customers wrote, and its processing, once. An entry not
-- processed by due_at (the end of the day after the one it was written on) is flagged.
CREATE TABLE opinion_entries (
  id          INTEGER PRIMARY KEY,
  day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  text        TEXT NOT NULL CHECK (length (trim (text)) > 0),
  contact     TEXT,
  due_at      INTEGER NOT NULL,
  entered_at  INTEGER NOT NULL,
  entered_by  INTEGER NOT NULL REFERENCES operators (id)
);

CREATE INDEX opinion_entries_day ON opinion_entries (day);

CREATE TABLE opinion_replies (
  entry_id    INTEGER PRIMARY KEY REFERENCES opinion_entries (id),
  reply       TEXT NOT NULL CHECK (length (trim (reply)) > 0),
  replied_at  INTEGER NOT NULL,
  replied_by  INTEGER NOT NULL REFERENCES operators (id)
);

CREATE TRIGGER opinion_entries_no_update BEFORE UPDATE ON opinion_entries
BEGIN
  SELECT RAISE (ABORT, 'opinion book entries are never changed');
END;

CREATE TRIGGER opinion_entries_no_delete BEFORE DELETE ON opinion_entries
BEGIN
  SELECT RAISE (ABORT, 'opinion book entries are never deleted');
END;

CREATE TRIGGER opinion_replies_no_update BEFORE UPDATE ON opinion_replies
BEGIN
  SELECT RAISE (ABORT, 'an opinion book entry is processed once');
END;

CREATE TRIGGER opinion_replies_no_delete BEFORE DELETE ON opinion_replies
BEGIN
  SELECT RAISE (ABORT, 'an opinion book entry is processed once');
END;

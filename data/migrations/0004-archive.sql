-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0004: the archive: customer files (客户档案), access requests and their approval by a superior
-- (上级签字批准), consultations of released files, and the re-check and error register (差错登记).
-- Identity and phone numbers are stored whole and shown masked (hk-privacy). The last four
-- characters of the identity number, which the mask shows anyway, are kept apart and indexed,
-- so that a search by them reads no identity number. Who viewed, released, returned or exported
-- what is in the hash-chained audit log. Nothing here is ever deleted.

-- Customer files. status_at / status_by / status_note say who moved the file last and when
-- (released, returned, transferred to the city company, destroyed after retention).
CREATE TABLE customer_files (
  id             INTEGER PRIMARY KEY,
  file_no        TEXT NOT NULL UNIQUE CHECK (length (trim (file_no)) > 0),
  customer_name  TEXT NOT NULL CHECK (length (trim (customer_name)) > 0),
  id_number      TEXT NOT NULL CHECK (length (id_number) IN (15, 18)),
  id_tail        TEXT NOT NULL CHECK (id_tail = substr (id_number, -4)),
  phone          TEXT,
  kind           TEXT NOT NULL CHECK (kind IN ('account-opening', 'real-name', 'transfer',
                                               'cancellation', 'plan-change', 'other')),
  cabinet        TEXT NOT NULL CHECK (length (trim (cabinet)) > 0),
  shelf          TEXT NOT NULL CHECK (length (trim (shelf)) > 0),
  box            TEXT NOT NULL CHECK (length (trim (box)) > 0),
  received_on    TEXT NOT NULL CHECK (received_on GLOB
                                        '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  retain_until   TEXT NOT NULL CHECK (retain_until GLOB
                                        '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status         TEXT NOT NULL DEFAULT 'in-archive'
                   CHECK (status IN ('in-archive', 'out', 'transferred', 'destroyed')),
  status_at      INTEGER,
  status_by      INTEGER REFERENCES operators (id),
  status_note    TEXT,
  registered_at  INTEGER NOT NULL,
  registered_by  INTEGER NOT NULL REFERENCES operators (id),
  updated_at     INTEGER,
  updated_by     INTEGER REFERENCES operators (id),
  CHECK (retain_until >= received_on),
  CHECK (status IN ('in-archive', 'out')
         OR (status_at IS NOT NULL AND status_by IS NOT NULL
             AND length (trim (status_note)) > 0))
);

CREATE INDEX customer_files_id_tail ON customer_files (id_tail);

-- The service numbers (服务号码) a file concerns.
CREATE TABLE customer_file_numbers (
  file_id  INTEGER NOT NULL REFERENCES customer_files (id),
  number   TEXT NOT NULL,
  PRIMARY KEY (file_id, number)
) WITHOUT ROWID;

CREATE INDEX customer_file_numbers_number ON customer_file_numbers (number);

CREATE TRIGGER customer_files_no_delete BEFORE DELETE ON customer_files
BEGIN
  SELECT RAISE (ABORT, 'customer files are transferred or destroyed, never deleted');
END;

-- A transferred or destroyed file stays so.
CREATE TRIGGER customer_files_gone BEFORE UPDATE ON customer_files
  WHEN OLD.status IN ('transferred', 'destroyed')
BEGIN
  SELECT RAISE (ABORT, 'the file has left the archive');
END;

-- Access requests. decided_by is the superior who approved or rejected in the application, or
-- the archivist who recorded a superior's signed approval slip (approval_kind 'paper'); never
-- the requester, never the designated person.
CREATE TABLE access_requests (
  id              INTEGER PRIMARY KEY,
  requested_at    INTEGER NOT NULL,
  requester_id    INTEGER NOT NULL REFERENCES operators (id),
  designated_id   INTEGER NOT NULL REFERENCES operators (id),
  purpose         TEXT NOT NULL CHECK (purpose IN ('complaint', 'audit', 'court-or-police',
                                                   'customer-request', 'data-correction')),
  purpose_note    TEXT NOT NULL CHECK (length (trim (purpose_note)) > 0),
  window_from     INTEGER NOT NULL,
  window_until    INTEGER NOT NULL,
  decision        TEXT NOT NULL DEFAULT 'pending'
                    CHECK (decision IN ('pending', 'approved', 'rejected')),
  approval_kind   TEXT CHECK (approval_kind IN ('app', 'paper')),
  decided_at      INTEGER,
  decided_by      INTEGER REFERENCES operators (id),
  comment         TEXT,
  paper_approver  TEXT,
  paper_title     TEXT,
  paper_slip_no   TEXT,
  paper_date      TEXT,
  CHECK (window_until > window_from),
  CHECK ((decision = 'pending' AND approval_kind IS NULL AND decided_by IS NULL)
         OR (decision != 'pending' AND approval_kind IS NOT NULL AND decided_at IS NOT NULL
             AND decided_by IS NOT NULL)),
  CHECK (decided_by IS NULL OR (decided_by != requester_id AND decided_by != designated_id)),
  CHECK (decision != 'rejected' OR (approval_kind = 'app' AND length (trim (comment)) > 0)),
  CHECK (approval_kind IS NOT 'paper'
         OR (decision = 'approved' AND length (trim (paper_approver)) > 0
             AND length (trim (paper_title)) > 0 AND length (trim (paper_slip_no)) > 0
             AND paper_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'))
);

CREATE INDEX access_requests_decision ON access_requests (decision, window_until);

CREATE TABLE access_request_files (
  request_id  INTEGER NOT NULL REFERENCES access_requests (id),
  file_id     INTEGER NOT NULL REFERENCES customer_files (id),
  PRIMARY KEY (request_id, file_id)
) WITHOUT ROWID;

CREATE INDEX access_request_files_file ON access_request_files (file_id);

-- A request is decided once; what was asked never changes.
CREATE TRIGGER access_requests_decided_once BEFORE UPDATE ON access_requests
  WHEN OLD.decision != 'pending'
    OR NEW.requested_at IS NOT OLD.requested_at OR NEW.requester_id IS NOT OLD.requester_id
    OR NEW.designated_id IS NOT OLD.designated_id OR NEW.purpose IS NOT OLD.purpose
    OR NEW.purpose_note IS NOT OLD.purpose_note OR NEW.window_from IS NOT OLD.window_from
    OR NEW.window_until IS NOT OLD.window_until
BEGIN
  SELECT RAISE (ABORT, 'an access request is decided once and never changes');
END;

CREATE TRIGGER access_requests_no_delete BEFORE DELETE ON access_requests
BEGIN
  SELECT RAISE (ABORT, 'access requests are never deleted');
END;

CREATE TRIGGER access_request_files_pending BEFORE INSERT ON access_request_files
  WHEN (SELECT decision FROM access_requests WHERE id = NEW.request_id) IS NOT 'pending'
BEGIN
  SELECT RAISE (ABORT, 'the files of a decided request never change');
END;

CREATE TRIGGER access_request_files_no_change BEFORE UPDATE ON access_request_files
BEGIN
  SELECT RAISE (ABORT, 'the files of a request never change');
END;

CREATE TRIGGER access_request_files_no_delete BEFORE DELETE ON access_request_files
BEGIN
  SELECT RAISE (ABORT, 'the files of a request never change');
END;

-- A consultation: one file of an approved request released to its designated person, until
-- the file comes back. A file is out once at most.
CREATE TABLE consultations (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL,
  file_id      INTEGER NOT NULL,
  released_at  INTEGER NOT NULL,
  released_by  INTEGER NOT NULL REFERENCES operators (id),
  returned_at  INTEGER,
  returned_by  INTEGER REFERENCES operators (id),
  consulted    TEXT,
  copies       INTEGER CHECK (copies >= 0),
  FOREIGN KEY (request_id, file_id) REFERENCES access_request_files (request_id, file_id),
  UNIQUE (request_id, file_id),
  CHECK (returned_at IS NULL
         OR (returned_at >= released_at AND returned_by IS NOT NULL
             AND length (trim (consulted)) > 0 AND copies IS NOT NULL))
);

CREATE UNIQUE INDEX consultations_one_out ON consultations (file_id) WHERE returned_at IS NULL;
CREATE INDEX consultations_released ON consultations (released_at);

CREATE TRIGGER consultations_approved BEFORE INSERT ON consultations
  WHEN NOT EXISTS (SELECT 1 FROM access_requests r WHERE r.id = NEW.request_id
                   AND r.decision = 'approved' AND NEW.released_at >= r.window_from
                   AND NEW.released_at < r.window_until)
BEGIN
  SELECT RAISE (ABORT, 'a file is released only under an approval, within its window');
END;

CREATE TRIGGER consultations_returned_once BEFORE UPDATE ON consultations
  WHEN OLD.returned_at IS NOT NULL
    OR NEW.request_id IS NOT OLD.request_id OR NEW.file_id IS NOT OLD.file_id
    OR NEW.released_at IS NOT OLD.released_at OR NEW.released_by IS NOT OLD.released_by
BEGIN
  SELECT RAISE (ABORT, 'a consultation is closed once and never changes');
END;

CREATE TRIGGER consultations_no_delete BEFORE DELETE ON consultations
BEGIN
  SELECT RAISE (ABORT, 'consultations are never deleted');
END;

-- The re-check and error register: each check of one field of a file, with the error found,
-- its cause and the correction made.
CREATE TABLE rechecks (
  id           INTEGER PRIMARY KEY,
  file_id      INTEGER NOT NULL REFERENCES customer_files (id),
  field        TEXT NOT NULL CHECK (field IN ('customer-name', 'id-number', 'phone',
                                              'service-numbers', 'file-kind', 'documents',
                                              'signature', 'location', 'other')),
  error_found  INTEGER NOT NULL CHECK (error_found IN (0, 1)),
  error        TEXT,
  cause        TEXT,
  correction   TEXT,
  checked_at   INTEGER NOT NULL,
  checked_by   INTEGER NOT NULL REFERENCES operators (id),
  CHECK (error_found = 0
         OR (length (trim (error)) > 0 AND length (trim (cause)) > 0
             AND length (trim (correction)) > 0))
);

CREATE INDEX rechecks_checked_at ON rechecks (checked_at);
CREATE INDEX rechecks_file ON rechecks (file_id);

CREATE TRIGGER rechecks_no_change BEFORE UPDATE ON rechecks
BEGIN
  SELECT RAISE (ABORT, 'the error register is never changed');
END;

CREATE TRIGGER rechecks_no_delete BEFORE DELETE ON rechecks
BEGIN
  SELECT RAISE (ABORT, 'the error register is never changed');
END;

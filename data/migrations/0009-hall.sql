-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0009: hall operations: the duty manager's duty logs (值班日志) with their frozen facts and
-- remarks, briefings (班前会、班后讲评) with attendance, the safety checklist and its checks,
-- facility faults, incidents, the cleaning schedule and rounds, cash escort trips linked to bank
-- deposits, training sessions and assessments, and customer demand records.
-- A day is the hall's local date, 'YYYY-MM-DD'; a shift is 'early' or 'late'. Nothing here is
-- deleted; a signed duty log does not change (remarks are appended).

CREATE TABLE duty_logs (
  id               INTEGER PRIMARY KEY,
  day              TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  shift            TEXT NOT NULL CHECK (shift IN ('early', 'late')),
  staff_on_duty    TEXT,
  deployment       TEXT,
  busy_periods     TEXT,
  notable_events   TEXT,
  escalations      TEXT,
  handover_notes   TEXT,
  written_at       INTEGER NOT NULL,
  written_by       INTEGER NOT NULL REFERENCES operators (id),
  signed_at        INTEGER,
  signed_by        INTEGER REFERENCES operators (id),
  acknowledged_at  INTEGER,
  acknowledged_by  INTEGER REFERENCES operators (id),
  UNIQUE (day, shift),
  CHECK ((signed_at IS NULL) = (signed_by IS NULL)),
  CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL)),
  CHECK (acknowledged_at IS NULL OR signed_at IS NOT NULL),
  CHECK (acknowledged_by IS NULL OR acknowledged_by != signed_by)
);

-- A signed log is locked, whatever writes to the file: only its acknowledgement is added, once.
CREATE TRIGGER duty_logs_signed_locked BEFORE UPDATE ON duty_logs
  WHEN OLD.signed_at IS NOT NULL
   AND (OLD.acknowledged_at IS NOT NULL
        OR NEW.day IS NOT OLD.day OR NEW.shift IS NOT OLD.shift
        OR NEW.staff_on_duty IS NOT OLD.staff_on_duty OR NEW.deployment IS NOT OLD.deployment
        OR NEW.busy_periods IS NOT OLD.busy_periods
        OR NEW.notable_events IS NOT OLD.notable_events
        OR NEW.escalations IS NOT OLD.escalations
        OR NEW.handover_notes IS NOT OLD.handover_notes
        OR NEW.written_at IS NOT OLD.written_at OR NEW.written_by IS NOT OLD.written_by
        OR NEW.signed_at IS NOT OLD.signed_at OR NEW.signed_by IS NOT OLD.signed_by)
BEGIN
  SELECT RAISE (ABORT, 'the duty log is signed: it cannot change');
END;

CREATE TRIGGER duty_logs_no_delete BEFORE DELETE ON duty_logs
BEGIN
  SELECT RAISE (ABORT, 'duty logs are never deleted');
END;

-- The facts as they were when the log was signed: one row per fact, 'receipts' once per hour.
CREATE TABLE duty_log_facts (
  log_id  INTEGER NOT NULL REFERENCES duty_logs (id),
  fact    TEXT NOT NULL,
  hour    INTEGER NOT NULL DEFAULT -1 CHECK (hour BETWEEN -1 AND 23),
  value   INTEGER NOT NULL,
  PRIMARY KEY (log_id, fact, hour)
) WITHOUT ROWID;

CREATE TRIGGER duty_log_facts_before_signing BEFORE INSERT ON duty_log_facts
  WHEN (SELECT signed_at FROM duty_logs WHERE id = NEW.log_id) IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'the duty log is signed: its facts are frozen');
END;

CREATE TRIGGER duty_log_facts_no_update BEFORE UPDATE ON duty_log_facts
BEGIN
  SELECT RAISE (ABORT, 'the duty log is signed: its facts are frozen');
END;

CREATE TRIGGER duty_log_facts_no_delete BEFORE DELETE ON duty_log_facts
BEGIN
  SELECT RAISE (ABORT, 'the duty log is signed: its facts are frozen');
END;

CREATE TABLE duty_log_remarks (
  id          INTEGER PRIMARY KEY,
  log_id      INTEGER NOT NULL REFERENCES duty_logs (id),
  text        TEXT NOT NULL CHECK (length (trim (text)) > 0),
  written_at  INTEGER NOT NULL,
  written_by  INTEGER NOT NULL REFERENCES operators (id)
);

CREATE INDEX duty_log_remarks_log ON duty_log_remarks (log_id);

CREATE TRIGGER duty_log_remarks_signed_only BEFORE INSERT ON duty_log_remarks
  WHEN (SELECT signed_at FROM duty_logs WHERE id = NEW.log_id) IS NULL
BEGIN
  SELECT RAISE (ABORT, 'remarks are appended to a signed duty log');
END;

CREATE TRIGGER duty_log_remarks_no_update BEFORE UPDATE ON duty_log_remarks
BEGIN
  SELECT RAISE (ABORT, 'a remark is never changed');
END;

CREATE TRIGGER duty_log_remarks_no_delete BEFORE DELETE ON duty_log_remarks
BEGIN
  SELECT RAISE (ABORT, 'a remark is never deleted');
END;

CREATE TABLE briefings (
  id        INTEGER PRIMARY KEY,
  day       TEXT NOT NULL,
  shift     TEXT NOT NULL CHECK (shift IN ('early', 'late')),
  kind      TEXT NOT NULL CHECK (kind IN ('pre-shift', 'post-shift')),
  content   TEXT NOT NULL CHECK (length (trim (content)) > 0),
  held_at   INTEGER NOT NULL,
  held_by   INTEGER NOT NULL REFERENCES operators (id)
);

CREATE INDEX briefings_day ON briefings (day);

CREATE TABLE briefing_attendance (
  briefing_id  INTEGER NOT NULL REFERENCES briefings (id),
  person       TEXT NOT NULL CHECK (length (trim (person)) > 0),
  present      INTEGER NOT NULL CHECK (present IN (0, 1)),
  PRIMARY KEY (briefing_id, person)
) WITHOUT ROWID;

CREATE TABLE safety_check_items (
  id        INTEGER PRIMARY KEY,
  code      TEXT NOT NULL UNIQUE CHECK (length (trim (code)) > 0),
  name      TEXT NOT NULL CHECK (length (trim (name)) > 0),
  position  INTEGER NOT NULL,
  active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

INSERT INTO safety_check_items (code, name, position) VALUES
  ('extinguishers', 'Fire extinguishers in place and charged', 1),
  ('exits', 'Emergency exits clear and unlocked', 2),
  ('safe', 'Safe locked', 3),
  ('cameras', 'Cameras recording', 4),
  ('power', 'Power, lights and UPS working', 5);

CREATE TABLE safety_checks (
  id          INTEGER PRIMARY KEY,
  day         TEXT NOT NULL,
  shift       TEXT NOT NULL CHECK (shift IN ('early', 'late')),
  checked_at  INTEGER NOT NULL,
  checked_by  INTEGER NOT NULL REFERENCES operators (id)
);

CREATE INDEX safety_checks_day ON safety_checks (day);

CREATE TABLE facility_faults (
  id               INTEGER PRIMARY KEY,
  description      TEXT NOT NULL CHECK (length (trim (description)) > 0),
  location         TEXT NOT NULL CHECK (length (trim (location)) > 0),
  severity         TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
  contacted        TEXT,
  safety_check_id  INTEGER REFERENCES safety_checks (id),
  day              TEXT NOT NULL,
  reported_at      INTEGER NOT NULL,
  reported_by      INTEGER NOT NULL REFERENCES operators (id),
  fixed_at         INTEGER,
  fixed_by         INTEGER REFERENCES operators (id),
  fix_note         TEXT,
  CHECK ((fixed_at IS NULL) = (fixed_by IS NULL)),
  CHECK (fixed_at IS NULL OR fixed_at >= reported_at)
);

CREATE INDEX facility_faults_open ON facility_faults (fixed_at, reported_at);

-- A fixed fault stays as it was fixed.
CREATE TRIGGER facility_faults_fixed_locked BEFORE UPDATE ON facility_faults
  WHEN OLD.fixed_at IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'the fault is fixed: it cannot change');
END;

CREATE TABLE safety_check_results (
  check_id  INTEGER NOT NULL REFERENCES safety_checks (id),
  item_id   INTEGER NOT NULL REFERENCES safety_check_items (id),
  passed    INTEGER NOT NULL CHECK (passed IN (0, 1)),
  note      TEXT,
  fault_id  INTEGER REFERENCES facility_faults (id),
  PRIMARY KEY (check_id, item_id),
  CHECK (passed = 1 OR (length (trim (note)) > 0 AND fault_id IS NOT NULL))
) WITHOUT ROWID;

CREATE TABLE incidents (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('disturbance', 'damage', 'illness', 'theft',
                                              'evacuation', 'other')),
  occurred_at   INTEGER NOT NULL,
  day           TEXT NOT NULL,
  shift         TEXT NOT NULL CHECK (shift IN ('early', 'late')),
  report_due    INTEGER NOT NULL,
  place         TEXT NOT NULL CHECK (length (trim (place)) > 0),
  people        TEXT NOT NULL,
  action_taken  TEXT NOT NULL CHECK (length (trim (action_taken)) > 0),
  reported_to   TEXT,
  serious       INTEGER NOT NULL CHECK (serious IN (0, 1)),
  entered_at    INTEGER NOT NULL,
  entered_by    INTEGER NOT NULL REFERENCES operators (id),
  report        TEXT,
  reported_at   INTEGER,
  reported_by   INTEGER REFERENCES operators (id),
  CHECK ((report IS NULL) = (reported_at IS NULL))
);

CREATE INDEX incidents_day ON incidents (day);

-- An incident is written once; its report is added once.
CREATE TRIGGER incidents_report_once BEFORE UPDATE ON incidents
  WHEN OLD.report IS NOT NULL OR NEW.kind IS NOT OLD.kind
    OR NEW.occurred_at IS NOT OLD.occurred_at OR NEW.place IS NOT OLD.place
    OR NEW.people IS NOT OLD.people OR NEW.action_taken IS NOT OLD.action_taken
    OR NEW.serious IS NOT OLD.serious
BEGIN
  SELECT RAISE (ABORT, 'an incident is not changed; its report is added once');
END;

CREATE TABLE cleaning_tasks (
  id                INTEGER PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE CHECK (length (trim (code)) > 0),
  name              TEXT NOT NULL CHECK (length (trim (name)) > 0),
  start_minute      INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
  end_minute        INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
  interval_minutes  INTEGER NOT NULL CHECK (interval_minutes BETWEEN 5 AND 1440),
  active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  CHECK (end_minute > start_minute)
);

-- The opening clean before business (08:00-09:00), counters, windows and seats twice a day,
-- restrooms every 30 minutes during business hours (09:00-18:00).
INSERT INTO cleaning_tasks (code, name, start_minute, end_minute, interval_minutes) VALUES
  ('opening', 'Opening clean', 480, 540, 60),
  ('counters', 'Counters, windows and seats', 540, 1080, 270),
  ('restrooms', 'Restrooms', 540, 1080, 30);

CREATE TABLE cleaning_rounds (
  id          INTEGER PRIMARY KEY,
  task_id     INTEGER NOT NULL REFERENCES cleaning_tasks (id),
  done_at     INTEGER NOT NULL,
  day         TEXT NOT NULL,
  cleaner     TEXT NOT NULL CHECK (length (trim (cleaner)) > 0),
  entered_at  INTEGER NOT NULL,
  entered_by  INTEGER NOT NULL REFERENCES operators (id)
);

CREATE INDEX cleaning_rounds_day ON cleaning_rounds (day, task_id, done_at);

CREATE TRIGGER cleaning_rounds_no_update BEFORE UPDATE ON cleaning_rounds
BEGIN
  SELECT RAISE (ABORT, 'a cleaning round is never changed');
END;

CREATE TABLE cash_escorts (
  id           INTEGER PRIMARY KEY,
  day          TEXT NOT NULL,
  left_at      INTEGER NOT NULL,
  returned_at  INTEGER NOT NULL,
  amount       INTEGER NOT NULL CHECK (amount > 0),
  carrier      TEXT NOT NULL CHECK (length (trim (carrier)) > 0),
  guard        TEXT NOT NULL CHECK (length (trim (guard)) > 0),
  note         TEXT,
  entered_at   INTEGER NOT NULL,
  entered_by   INTEGER NOT NULL REFERENCES operators (id),
  CHECK (returned_at > left_at)
);

CREATE INDEX cash_escorts_day ON cash_escorts (day);

-- Each bank deposit is carried by at most one trip.
CREATE TABLE cash_escort_deposits (
  escort_id   INTEGER NOT NULL REFERENCES cash_escorts (id),
  deposit_id  INTEGER NOT NULL UNIQUE REFERENCES bank_deposits (id),
  linked_at   INTEGER NOT NULL,
  linked_by   INTEGER NOT NULL REFERENCES operators (id),
  PRIMARY KEY (escort_id, deposit_id)
) WITHOUT ROWID;

CREATE TABLE training_sessions (
  id                INTEGER PRIMARY KEY,
  day               TEXT NOT NULL,
  topic             TEXT NOT NULL CHECK (length (trim (topic)) > 0),
  trainer           TEXT NOT NULL CHECK (length (trim (trainer)) > 0),
  duration_minutes  INTEGER NOT NULL CHECK (duration_minutes > 0),
  entered_at        INTEGER NOT NULL,
  entered_by        INTEGER NOT NULL REFERENCES operators (id)
);

CREATE INDEX training_sessions_day ON training_sessions (day);

CREATE TABLE training_attendees (
  session_id  INTEGER NOT NULL REFERENCES training_sessions (id),
  person      TEXT NOT NULL CHECK (length (trim (person)) > 0),
  PRIMARY KEY (session_id, person)
) WITHOUT ROWID;

CREATE INDEX training_attendees_person ON training_attendees (person);

CREATE TABLE assessments (
  id          INTEGER PRIMARY KEY,
  day         TEXT NOT NULL,
  person      TEXT NOT NULL CHECK (length (trim (person)) > 0),
  subject     TEXT NOT NULL CHECK (length (trim (subject)) > 0),
  score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
  session_id  INTEGER REFERENCES training_sessions (id),
  note        TEXT,
  entered_at  INTEGER NOT NULL,
  entered_by  INTEGER NOT NULL REFERENCES operators (id)
);

CREATE INDEX assessments_person ON assessments (person, day);

CREATE TABLE customer_demands (
  id           INTEGER PRIMARY KEY,
  day          TEXT NOT NULL,
  recorded_at  INTEGER NOT NULL,
  theme        TEXT NOT NULL CHECK (theme IN ('handset', 'plan', 'service', 'accessory',
                                               'other')),
  wanted       TEXT NOT NULL CHECK (length (trim (wanted)) > 0),
  note         TEXT,
  entered_by   INTEGER NOT NULL REFERENCES operators (id)
);

CREATE INDEX customer_demands_day ON customer_demands (day, theme);

-- Rows of what a hall has done are never deleted.
CREATE TRIGGER briefings_no_change BEFORE UPDATE ON briefings
BEGIN
  SELECT RAISE (ABORT, 'a briefing is never changed');
END;

CREATE TRIGGER safety_checks_no_change BEFORE UPDATE ON safety_checks
BEGIN
  SELECT RAISE (ABORT, 'a safety check is never changed');
END;

CREATE TRIGGER safety_check_results_no_change BEFORE UPDATE ON safety_check_results
BEGIN
  SELECT RAISE (ABORT, 'a safety check is never changed');
END;

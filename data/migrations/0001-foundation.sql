-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0001: the foundation: hall settings, operators and roles, the hash-chained audit log.
-- Times are Unix seconds (UTC); the hall's time zone is the setting 'time-zone'.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE operators (
  id             INTEGER PRIMARY KEY,
  login          TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name   TEXT NOT NULL,
  password_hash  TEXT NOT NULL,
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_logins  INTEGER NOT NULL DEFAULT 0,
  locked_until   INTEGER NOT NULL DEFAULT 0,
  created_at     INTEGER NOT NULL,
  created_by     INTEGER REFERENCES operators (id)
);

CREATE TABLE operator_roles (
  operator_id  INTEGER NOT NULL REFERENCES operators (id),
  role         TEXT NOT NULL CHECK (role IN ('clerk', 'auditor', 'complaint-officer', 'archivist',
                                             'technician', 'duty-manager', 'supervisor',
                                             'administrator')),
  PRIMARY KEY (operator_id, role)
) WITHOUT ROWID;

-- Operators are deactivated, never deleted: their names stay on every record they signed.
CREATE TRIGGER operators_no_delete BEFORE DELETE ON operators
BEGIN
  SELECT RAISE (ABORT, 'operators are deactivated, never deleted');
END;

-- The audit log: append-only, each entry carries the hash of the one before it.
CREATE TABLE audit_log (
  seq             INTEGER PRIMARY KEY,
  at              INTEGER NOT NULL,
  operator_id     INTEGER REFERENCES operators (id),
  operator_login  TEXT NOT NULL,
  action          TEXT NOT NULL,
  entity          TEXT NOT NULL,
  entity_id       INTEGER,
  summary         TEXT NOT NULL,
  prev_hash       TEXT NOT NULL,
  hash            TEXT NOT NULL
);

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- The last entry's number and hash, so that removing entries from the end is detected too.
CREATE TABLE audit_head (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  seq   INTEGER NOT NULL,
  hash  TEXT NOT NULL
);

INSERT INTO audit_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'the audit log is append-only');
END;

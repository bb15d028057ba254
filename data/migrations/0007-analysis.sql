-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0007: the supervisor's commentary on a month's economic and quality analysis (经济分析和质量
-- 分析报告). Every save is a new row: a month's latest row is its commentary, the rows before
-- it its history, each with who wrote it and when. Nothing is updated or deleted.
-- The 24-hour on-time target of the quality analysis is the hall setting
-- 'complaint-on-time-target' (whole percent; 95 when not set).

CREATE TABLE analysis_comments (
  id          INTEGER PRIMARY KEY,
  month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  text        TEXT NOT NULL CHECK (length (text) <= 8000),
  written_at  INTEGER NOT NULL,
  written_by  INTEGER NOT NULL REFERENCES operators (id)
);

CREATE INDEX analysis_comments_month ON analysis_comments (month, id);

CREATE TRIGGER analysis_comments_no_update BEFORE UPDATE ON analysis_comments
BEGIN
  SELECT RAISE (ABORT, 'a saved commentary is kept as it was: save a new one');
END;

CREATE TRIGGER analysis_comments_no_delete BEFORE DELETE ON analysis_comments
BEGIN
  SELECT RAISE (ABORT, 'a saved commentary is kept as it was: save a new one');
END;

-- 0008-privacy.sql — privacy per role (AVG art. 9): the access log of health data, the retention
-- period of health data after someone leaves, and "absent" as an absence kind a teamleider records.

-- Who read whose health data, and when (AVG art. 32: logging of access to special categories).
-- employee_id NULL: a read of many employees at once (an export), with their number in n_employees.
CREATE TABLE access_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,              -- ISO 8601 UTC
  user_name    TEXT NOT NULL,
  employee_id  INTEGER REFERENCES employee (id),
  what         TEXT NOT NULL,              -- indication,wage_value,sickness,advice (those read)
  channel      TEXT NOT NULL,              -- employee show, export, editor, indication list, …
  n_employees  INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX access_log_employee ON access_log (employee_id, at);

-- How many whole years after leaving health data is kept, dated (valid_from) so that a changed
-- policy applies from its date. Default 2 years: the Autoriteit Persoonsgegevens' guidance on sickness
-- data of employees (keep no longer than necessary; in general 2 years after the employment ended).
CREATE TABLE health_retention (
  id          INTEGER PRIMARY KEY,
  valid_from  TEXT NOT NULL UNIQUE,
  years       INTEGER NOT NULL CHECK (years >= 0)
) STRICT;
INSERT INTO health_retention (valid_from, years) VALUES ('1900-01-01', 2);

-- SQLite widens a CHECK only by rebuilding the table (0008-privacy.pg.sql alters the constraint).
-- Nothing references absence, so the rebuild keeps every row and id.
CREATE TABLE absence_0008 (
  id           INTEGER PRIMARY KEY,
  employee_id  INTEGER REFERENCES employee (id),
  kind         TEXT NOT NULL CHECK (kind IN ('leave', 'sickness', 'medical', 'training', 'holiday',
                                             'absent')),
  start_date   TEXT NOT NULL,
  end_date     TEXT NOT NULL,
  start_time   TEXT,
  end_time     TEXT,
  note         TEXT,
  source_uid   TEXT,
  crew_id      INTEGER REFERENCES crew (id),
  version      INTEGER NOT NULL DEFAULT 1      -- 0006's row version, kept through the rebuild
) STRICT;
INSERT INTO absence_0008 (id, employee_id, kind, start_date, end_date, start_time, end_time, note, source_uid,
                          crew_id, version)
  SELECT id, employee_id, kind, start_date, end_date, start_time, end_time, note, source_uid, crew_id, version
  FROM absence;
DROP TABLE absence;
ALTER TABLE absence_0008 RENAME TO absence;
CREATE INDEX absence_employee ON absence (employee_id, start_date);

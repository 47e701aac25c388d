-- 0008-privacy.pg.sql — PostgreSQL 15 form of 0008-privacy.sql (same tables; the CHECK widened in place).

CREATE TABLE access_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  user_name    TEXT NOT NULL,
  employee_id  INTEGER REFERENCES employee (id),
  what         TEXT NOT NULL,
  channel      TEXT NOT NULL,
  n_employees  INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX access_log_employee ON access_log (employee_id, at);

CREATE TABLE health_retention (
  id          INTEGER PRIMARY KEY,
  valid_from  TEXT NOT NULL UNIQUE,
  years       INTEGER NOT NULL CHECK (years >= 0)
) STRICT;
INSERT INTO health_retention (valid_from, years) VALUES ('1900-01-01', 2);

ALTER TABLE absence DROP CONSTRAINT absence_kind_check;
ALTER TABLE absence ADD CONSTRAINT absence_kind_check
  CHECK (kind IN ('leave', 'sickness', 'medical', 'training', 'holiday', 'absent'));

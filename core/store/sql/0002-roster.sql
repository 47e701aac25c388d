-- Overstap schema, version 2: shift patterns, shifts and absences for the crews' rosters.

CREATE TABLE shift_pattern (
  id              INTEGER PRIMARY KEY,
  crew_id         INTEGER NOT NULL REFERENCES crew (id),
  rrule           TEXT NOT NULL,          -- RFC 5545, e.g. 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH'
  exdates         TEXT,                   -- comma-separated ISO dates the crew does not work
  start_time      TEXT NOT NULL,
  end_time        TEXT NOT NULL,
  break_minutes   INTEGER NOT NULL DEFAULT 0,
  task            TEXT,
  location        TEXT,
  requires        TEXT CHECK (requires IN ('licence_b', 'licence_be', 'licence_c', 'machine')),
  valid_from      TEXT NOT NULL,
  valid_to        TEXT
) STRICT;

CREATE TABLE shift (
  id             INTEGER PRIMARY KEY,
  uid            TEXT NOT NULL UNIQUE,    -- stable iCalendar UID
  crew_id        INTEGER NOT NULL REFERENCES crew (id),
  employee_id    INTEGER NOT NULL REFERENCES employee (id),
  pattern_id     INTEGER REFERENCES shift_pattern (id),
  date           TEXT NOT NULL,
  start_time     TEXT NOT NULL,
  end_time       TEXT NOT NULL,
  break_minutes  INTEGER NOT NULL DEFAULT 0,
  task           TEXT,
  location       TEXT,
  is_override    INTEGER NOT NULL DEFAULT 0,  -- a manual change that regeneration keeps
  cancelled      INTEGER NOT NULL DEFAULT 0,  -- removed; exported as STATUS:CANCELLED
  sequence       INTEGER NOT NULL DEFAULT 0,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX shift_crew_date ON shift (crew_id, date);
CREATE INDEX shift_employee_date ON shift (employee_id, date);

CREATE TABLE absence (
  id           INTEGER PRIMARY KEY,
  employee_id  INTEGER REFERENCES employee (id),   -- NULL: everybody (a public holiday)
  kind         TEXT NOT NULL CHECK (kind IN ('leave', 'sickness', 'medical', 'training', 'holiday')),
  start_date   TEXT NOT NULL,
  end_date     TEXT NOT NULL,
  start_time   TEXT,                               -- part-day when both times are set
  end_time     TEXT,
  note         TEXT,
  source_uid   TEXT                                -- UID of an imported iCalendar event
) STRICT;
CREATE INDEX absence_employee ON absence (employee_id, start_date);


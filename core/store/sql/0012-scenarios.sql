-- Overstap schema, version 12: scenarios (issue 12). A scenario assigns Wsw employees to a destination
-- for comparison; nothing in it touches the real data until it is adopted, which opens transfer cases.
CREATE TABLE scenario (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL COLLATE NOCASE UNIQUE,
  description  TEXT,
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  adopted_by   TEXT,
  adopted_at   TEXT
) STRICT;

-- One destination per employee per scenario; covenant_id for destination covenant. Employees without
-- a row stay where they are.
CREATE TABLE scenario_assignment (
  id           INTEGER PRIMARY KEY,
  scenario_id  INTEGER NOT NULL REFERENCES scenario (id),
  employee_id  INTEGER NOT NULL REFERENCES employee (id),
  destination  TEXT NOT NULL CHECK (destination IN ('foundation', 'covenant', 'individual_secondment',
                                                    'supported_employment')),
  covenant_id  INTEGER REFERENCES covenant (id),
  UNIQUE (scenario_id, employee_id)
) STRICT;
CREATE INDEX scenario_assignment_scenario ON scenario_assignment (scenario_id);

-- The monitor's key figures as they stood in a year (overstap-cli monitor --snapshot), so that next year
-- compares with what was reported rather than with what the data says now.
CREATE TABLE monitor_snapshot (
  id        INTEGER PRIMARY KEY,
  year      INTEGER NOT NULL,
  figure    TEXT NOT NULL,
  value     REAL,
  taken_at  TEXT NOT NULL,
  UNIQUE (year, figure)
) STRICT;

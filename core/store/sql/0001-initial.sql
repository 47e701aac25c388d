-- Overstap schema, version 1: the whole Wsw workforce model.
-- Conventions: dates are ISO 'YYYY-MM-DD', times 'HH:MM' (Europe/Amsterdam wall clock),
-- money in euro cents, hours in minutes, timestamps ISO 8601 UTC.
-- Codes are English; the interface translates them.

CREATE TABLE organisation (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
  kind        TEXT NOT NULL CHECK (kind IN ('sheltered_company', 'municipality', 'foundation',
                                            'employer', 'hirer')),
  ended_on    TEXT
) STRICT;

CREATE TABLE employee (
  id                 INTEGER PRIMARY KEY,
  personnel_number   TEXT NOT NULL UNIQUE,
  first_name         TEXT NOT NULL,
  name_prefix        TEXT,            -- tussenvoegsel, e.g. 'van der'
  last_name          TEXT NOT NULL,
  birth_date         TEXT NOT NULL,
  bsn                TEXT,            -- 9 digits, elfproef-valid; health-adjacent, shown masked
  residence          TEXT,            -- woonplaats
  contract_minutes   INTEGER NOT NULL CHECK (contract_minutes > 0 AND contract_minutes <= 2400),
  salary_scale       INTEGER,
  salary_step        INTEGER,
  employer_id        INTEGER NOT NULL REFERENCES organisation (id),
  employment_start   TEXT NOT NULL,
  employment_end     TEXT,
  employment_type    TEXT NOT NULL DEFAULT 'wsw' CHECK (employment_type IN ('wsw', 'new_sheltered')),
  status             TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'sick', 'on_leave', 'ended'))
) STRICT;
CREATE INDEX employee_employer ON employee (employer_id);
CREATE INDEX employee_names ON employee (last_name, first_name);

-- The home municipality (woongemeente) over time; the row with the latest valid_from is current.
CREATE TABLE home_municipality (
  id            INTEGER PRIMARY KEY,
  employee_id   INTEGER NOT NULL REFERENCES employee (id),
  municipality  TEXT NOT NULL,
  valid_from    TEXT NOT NULL,
  UNIQUE (employee_id, valid_from)
) STRICT;

-- Wsw indications over time (health data, AVG art. 9).
CREATE TABLE indication (
  id               INTEGER PRIMARY KEY,
  employee_id      INTEGER NOT NULL REFERENCES employee (id),
  category         TEXT NOT NULL CHECK (category IN ('matig', 'ernstig')),
  indication_date  TEXT NOT NULL,
  valid_until      TEXT,            -- NULL: open-ended
  UNIQUE (employee_id, indication_date)
) STRICT;

-- Loonwaarde measurements (health-adjacent: only hr and kwartiermaker see them).
CREATE TABLE wage_value (
  id           INTEGER PRIMARY KEY,
  employee_id  INTEGER NOT NULL REFERENCES employee (id),
  measured_on  TEXT NOT NULL,
  method       TEXT NOT NULL,
  percentage   REAL NOT NULL CHECK (percentage >= 0 AND percentage <= 100)
) STRICT;

CREATE TABLE qualification (
  id           INTEGER PRIMARY KEY,
  employee_id  INTEGER NOT NULL REFERENCES employee (id),
  kind         TEXT NOT NULL CHECK (kind IN ('licence_b', 'licence_be', 'licence_c', 'machine')),
  detail       TEXT,                -- e.g. the machine: 'bosmaaier', 'trekker'
  obtained_on  TEXT,
  valid_until  TEXT
) STRICT;
CREATE INDEX qualification_employee ON qualification (employee_id);

CREATE TABLE placement (
  id                 INTEGER PRIMARY KEY,
  employee_id        INTEGER NOT NULL REFERENCES employee (id),
  kind               TEXT NOT NULL CHECK (kind IN ('sheltered_work', 'group_secondment',
                                                   'individual_secondment', 'supported_employment')),
  hirer_id           INTEGER REFERENCES organisation (id),
  location           TEXT,
  minutes_per_week   INTEGER NOT NULL CHECK (minutes_per_week > 0),
  hourly_rate_cents  INTEGER,
  start_date         TEXT NOT NULL,
  end_date           TEXT
) STRICT;
CREATE INDEX placement_employee ON placement (employee_id);

CREATE TABLE crew (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL COLLATE NOCASE UNIQUE,
  team_leader_id  INTEGER REFERENCES employee (id),
  area            TEXT,
  vehicle         TEXT,
  min_size        INTEGER NOT NULL DEFAULT 3 CHECK (min_size >= 0),
  ended_on        TEXT
) STRICT;

CREATE TABLE crew_membership (
  id           INTEGER PRIMARY KEY,
  crew_id      INTEGER NOT NULL REFERENCES crew (id),
  employee_id  INTEGER NOT NULL REFERENCES employee (id),
  role         TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'team_leader', 'stand_in')),
  start_date   TEXT NOT NULL,
  end_date     TEXT
) STRICT;
CREATE INDEX crew_membership_crew ON crew_membership (crew_id);
CREATE INDEX crew_membership_employee ON crew_membership (employee_id);

CREATE TABLE transfer_case (
  id            INTEGER PRIMARY KEY,
  employee_id   INTEGER NOT NULL UNIQUE REFERENCES employee (id),
  from_org_id   INTEGER NOT NULL REFERENCES organisation (id),
  destination   TEXT NOT NULL CHECK (destination IN ('foundation', 'covenant', 'other')),
  status        TEXT NOT NULL DEFAULT 'candidate'
                CHECK (status IN ('candidate', 'interviewed', 'offered', 'signed', 'transferred',
                                  'stays', 'declined')),
  planned_date  TEXT,
  actual_date   TEXT,
  notes         TEXT,
  closed_on     TEXT
) STRICT;

CREATE TABLE checklist_item (
  id        INTEGER PRIMARY KEY,
  case_id   INTEGER NOT NULL REFERENCES transfer_case (id),
  code      TEXT NOT NULL,
  title     TEXT NOT NULL,
  position  INTEGER NOT NULL,
  done_on   TEXT,
  done_by   TEXT,
  UNIQUE (case_id, code)
) STRICT;

CREATE TABLE covenant (
  id              INTEGER PRIMARY KEY,
  party_id        INTEGER NOT NULL REFERENCES organisation (id),
  name            TEXT NOT NULL UNIQUE,
  start_date      TEXT NOT NULL,
  end_date        TEXT,
  status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'ended')),
  price_cents     INTEGER NOT NULL DEFAULT 0,
  price_unit      TEXT NOT NULL DEFAULT 'se' CHECK (price_unit IN ('se', 'hour', 'person')),
  indexation_pct  REAL NOT NULL DEFAULT 0,
  budget_cents    INTEGER NOT NULL DEFAULT 0,
  target_se       REAL NOT NULL DEFAULT 0,
  legal_basis     TEXT,            -- inkooprelatie, dienstverleningsovereenkomst, alleenrecht
  grant_kept_by   TEXT,            -- who keeps the state grant for these SE
  notes           TEXT
) STRICT;

CREATE TABLE covenant_agreement (
  id           INTEGER PRIMARY KEY,
  covenant_id  INTEGER NOT NULL REFERENCES covenant (id),
  title        TEXT NOT NULL,
  owner        TEXT,
  due_date     TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  evidence     TEXT,
  done_on      TEXT
) STRICT;

CREATE TABLE covenant_employee (
  id                INTEGER PRIMARY KEY,
  covenant_id       INTEGER NOT NULL REFERENCES covenant (id),
  employee_id       INTEGER NOT NULL REFERENCES employee (id),
  minutes_per_week  INTEGER,        -- NULL: the employee's contract hours
  se                REAL,           -- agreed SE, when fixed in the covenant
  start_date        TEXT NOT NULL,
  end_date          TEXT
) STRICT;
CREATE INDEX covenant_employee_covenant ON covenant_employee (covenant_id);

CREATE TABLE milestone (
  id           INTEGER PRIMARY KEY,
  title        TEXT NOT NULL,
  description  TEXT,
  owner        TEXT,
  due_date     TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  done_on      TEXT
) STRICT;

-- Dated parameters: a value holds from valid_from until the next row of the same name.
-- Names: fulltime_minutes, se_weight_matig, se_weight_ernstig, cents_per_se.
CREATE TABLE parameter (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (name IN ('fulltime_minutes', 'se_weight_matig',
                                            'se_weight_ernstig', 'cents_per_se')),
  valid_from  TEXT NOT NULL,
  value       REAL NOT NULL,
  UNIQUE (name, valid_from)
) STRICT;
INSERT INTO parameter (name, valid_from, value) VALUES
  ('fulltime_minutes', '1900-01-01', 2160),
  ('se_weight_matig', '1900-01-01', 1.0),
  ('se_weight_ernstig', '1900-01-01', 1.0);

CREATE TABLE app_user (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL UNIQUE,
  role      TEXT NOT NULL CHECK (role IN ('kwartiermaker', 'hr', 'teamleider')),
  ended_on  TEXT
) STRICT;

CREATE TABLE user_crew (
  user_id  INTEGER NOT NULL REFERENCES app_user (id),
  crew_id  INTEGER NOT NULL REFERENCES crew (id),
  PRIMARY KEY (user_id, crew_id)
) STRICT;

CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,        -- ISO 8601 UTC
  user_name  TEXT NOT NULL,
  action     TEXT NOT NULL,        -- insert, update, end, import, …
  entity     TEXT NOT NULL,
  entity_id  INTEGER,
  changes    TEXT NOT NULL DEFAULT '{}'   -- changed fields as JSON
) STRICT;

-- The kwartiermaker's note of interpretation per key figure of the monitor.
CREATE TABLE figure_note (
  figure      TEXT PRIMARY KEY,
  note        TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL
) STRICT;

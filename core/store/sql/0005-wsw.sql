-- Overstap schema, version 5: the Wsw as the law has it since the Participatiewet (1 January 2015),
-- employer services and the programme's tracks.

-- The legal employer (employer_id: who holds the Wsw employment, the municipality or the GR) is kept
-- apart from the work organisation (where the person works: the foundation, an SW company, a hirer,
-- through secondment). wsw_since is the first day of the person's unbroken Wsw employment with any
-- employer: the intake stop lets a Wsw employment start on or after 2015-01-01 only when it is on or
-- before 2014-12-31 (a re-placement).
ALTER TABLE employee ADD COLUMN work_organisation_id INTEGER REFERENCES organisation (id);
ALTER TABLE employee ADD COLUMN wsw_since TEXT;

-- Until now the transfer to the foundation made the foundation the employer. The foundation is where
-- these Wsw employees work; their Wsw employment is the municipality's (when one is recorded). Nieuw
-- beschut employees stay employed by the foundation.
UPDATE employee SET work_organisation_id = employer_id;
UPDATE employee SET wsw_since = employment_start WHERE employment_type = 'wsw';
UPDATE employee
   SET employer_id = (SELECT min (m.id) FROM organisation m WHERE m.kind = 'municipality')
 WHERE employment_type = 'wsw'
   AND employer_id IN (SELECT f.id FROM organisation f WHERE f.kind = 'foundation')
   AND EXISTS (SELECT 1 FROM organisation m WHERE m.kind = 'municipality');

-- What a transfer moves: the legal employer to employer_to_id, the work to work_to_id (NULL: stays).
-- work_from_id is where the person worked when the case was opened.
ALTER TABLE transfer_case ADD COLUMN work_from_id INTEGER REFERENCES organisation (id);
ALTER TABLE transfer_case ADD COLUMN work_to_id INTEGER REFERENCES organisation (id);
ALTER TABLE transfer_case ADD COLUMN employer_to_id INTEGER REFERENCES organisation (id);
UPDATE transfer_case SET work_from_id = from_org_id;
UPDATE transfer_case
   SET work_to_id = (SELECT min (f.id) FROM organisation f WHERE f.kind = 'foundation'),
       employer_to_id = (SELECT min (m.id) FROM organisation m WHERE m.kind = 'municipality')
 WHERE destination = 'foundation';

-- The re-indication request at UWV and UWV's decision (health data: hr and kwartiermaker only).
-- decision NULL: UWV has not decided yet.
CREATE TABLE reindication_request (
  id            INTEGER PRIMARY KEY,
  employee_id   INTEGER NOT NULL REFERENCES employee (id),
  requested_on  TEXT NOT NULL,
  decision      TEXT CHECK (decision IN ('granted', 'refused')),
  decided_on    TEXT,
  note          TEXT,
  UNIQUE (employee_id, requested_on)
) STRICT;
CREATE INDEX reindication_request_employee ON reindication_request (employee_id);

-- UWV's advice on sheltered work (advies beschut werk, Participatiewet art. 10b): nieuw beschut needs
-- one in force, and a wage value (wage_value). Health data.
CREATE TABLE sheltered_advice (
  id           INTEGER PRIMARY KEY,
  employee_id  INTEGER NOT NULL REFERENCES employee (id),
  advice_date  TEXT NOT NULL,
  valid_until  TEXT,
  note         TEXT,
  UNIQUE (employee_id, advice_date)
) STRICT;
CREATE INDEX sheltered_advice_employee ON sheltered_advice (employee_id);

-- A covenant with an SW company, or an agreement with any employer or hirer (employer services:
-- places offered, people placed, social return). grant_holder says who keeps the state grant for the
-- covered SE, and so how the price is read.
ALTER TABLE covenant ADD COLUMN kind TEXT NOT NULL DEFAULT 'wsw_covenant'
  CHECK (kind IN ('wsw_covenant', 'employer_agreement'));
ALTER TABLE covenant ADD COLUMN grant_holder TEXT CHECK (grant_holder IN ('municipality', 'party'));
ALTER TABLE covenant ADD COLUMN places_offered INTEGER CHECK (places_offered >= 0);
ALTER TABLE covenant ADD COLUMN people_placed INTEGER CHECK (people_placed >= 0);
ALTER TABLE covenant ADD COLUMN social_return_cents INTEGER CHECK (social_return_cents >= 0);
UPDATE covenant SET grant_holder = 'municipality' WHERE grant_kept_by IN ('gemeente', 'Gemeente', 'GEMEENTE', 'municipality');

-- Contact moments with the party of a covenant or employer agreement.
CREATE TABLE covenant_contact (
  id            INTEGER PRIMARY KEY,
  covenant_id   INTEGER NOT NULL REFERENCES covenant (id),
  contact_date  TEXT NOT NULL,
  subject       TEXT NOT NULL,
  owner         TEXT
) STRICT;
CREATE INDEX covenant_contact_covenant ON covenant_contact (covenant_id);

-- The track of the municipality's plan a milestone belongs to.
ALTER TABLE milestone ADD COLUMN track TEXT NOT NULL DEFAULT 'wsw'
  CHECK (track IN ('wsw', 'sheltered_work', 'employer_services', 'policy_plan'));

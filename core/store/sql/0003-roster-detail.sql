-- Overstap schema, version 3: what the roster rules need beyond version 2.

-- Where a shift came from, so that regeneration knows what it may undo:
--   'pattern'  made (or cancelled) by regeneration from the crew's patterns and memberships;
--   'autofill' added or cancelled by applying an auto-fill proposal (regeneration leaves such days alone);
--   'manual'   an extra shift a person added (always is_override = 1).
ALTER TABLE shift ADD COLUMN origin TEXT NOT NULL DEFAULT 'pattern'
  CHECK (origin IN ('pattern', 'autofill', 'manual'));

-- The machine a pattern's day needs when requires = 'machine' (matched against qualification.detail).
ALTER TABLE shift_pattern ADD COLUMN requires_detail TEXT;

-- An absence of a whole crew (employee_id NULL and crew_id set), e.g. a crew's training day;
-- employee_id NULL and crew_id NULL is everybody (a public holiday).
ALTER TABLE absence ADD COLUMN crew_id INTEGER REFERENCES crew (id);

-- Overstap schema, version 9: the members a shift pattern is for. A pattern without rows here plans
-- every member of its crew (as before); with rows, only those members, so that a crew's part-timers
-- can have a shorter week of their own (a 28-hour member planned 28 hours).

CREATE TABLE shift_pattern_member (
  id           INTEGER PRIMARY KEY,
  pattern_id   INTEGER NOT NULL REFERENCES shift_pattern (id),
  employee_id  INTEGER NOT NULL REFERENCES employee (id),
  UNIQUE (pattern_id, employee_id)
) STRICT;
CREATE INDEX shift_pattern_member_employee ON shift_pattern_member (employee_id);

-- Overstap schema, version 4: what each published iCalendar feed last carried, so that a shift that has
-- left a feed since (cancelled, deleted, or moved to another crew or person) is published once more as
-- STATUS:CANCELLED with a higher SEQUENCE, and calendar apps remove it.

CREATE TABLE ical_publication (
  feed          TEXT NOT NULL,            -- 'crew:ID', 'employee:ID'
  uid           TEXT NOT NULL,            -- shift.uid as published
  sequence      INTEGER NOT NULL,
  cancelled     INTEGER NOT NULL DEFAULT 0,
  date          TEXT NOT NULL,
  start_time    TEXT NOT NULL,
  end_time      TEXT NOT NULL,
  summary       TEXT NOT NULL,
  published_at  TEXT NOT NULL,            -- ISO 8601 UTC
  PRIMARY KEY (feed, uid)
) STRICT;
CREATE INDEX ical_publication_date ON ical_publication (feed, date);

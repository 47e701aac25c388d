-- Overstap schema, version 10: what was published to each CalDAV server, so that a republish sends only
-- the events that changed (If-Match with the ETag the server gave), deletes the ones that left a feed,
-- and an interrupted publish resumes where it stopped. The folder publication (ical_publication, 0004)
-- stays as it is: a folder has no ETags and keeps withdrawn shifts as STATUS:CANCELLED.

-- One calendar collection per feed and target (the base URL and the user publishing to it).
CREATE TABLE caldav_calendar (
  id          INTEGER PRIMARY KEY,
  target      TEXT NOT NULL,            -- 'user@https://host/dav/overstap/'
  feed        TEXT NOT NULL,            -- 'crew:12', 'employee:34', 'deadlines'
  href        TEXT NOT NULL,            -- the collection's absolute URL, ending in '/'
  title       TEXT NOT NULL,            -- its displayname as last set
  created_at  TEXT NOT NULL,            -- ISO 8601 UTC
  UNIQUE (target, feed),
  UNIQUE (target, href)
) STRICT;

-- One row per event resource (UID.ics) the server holds for us.
CREATE TABLE caldav_event (
  calendar_id   INTEGER NOT NULL REFERENCES caldav_calendar (id),
  uid           TEXT NOT NULL,
  date          TEXT NOT NULL,          -- the event's first day: only events in the period published are withdrawn
  etag          TEXT,                   -- as the server gave it; NULL when it gave none
  digest        TEXT NOT NULL,          -- SHA-256 of the event without DTSTAMP and SEQUENCE
  sequence      INTEGER NOT NULL,
  published_at  TEXT NOT NULL,          -- ISO 8601 UTC
  PRIMARY KEY (calendar_id, uid)
) STRICT;
CREATE INDEX caldav_event_date ON caldav_event (calendar_id, date);

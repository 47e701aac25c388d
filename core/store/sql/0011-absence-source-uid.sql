-- 0011: the .ics import looks up every instance it imports by source_uid (is it there from an earlier
-- import of the same file?); without an index each lookup scanned the whole absence table, which made
-- importing 50,000 events quadratic.
CREATE INDEX absence_source_uid ON absence (source_uid, employee_id);

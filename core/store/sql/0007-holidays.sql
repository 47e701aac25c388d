-- Overstap schema, version 7: the CAO setting of which Dutch public holidays are days off.
--
-- A row says from valid_from on whether @holiday is free (1) or a working day (0), until the next row
-- of the same holiday; the dates themselves are computed (core/crews/ovs-holidays.c). No row: a
-- working day, as before this version. Planned work on a free holiday is the conflict work_on_holiday.
CREATE TABLE cao_holiday (
  id          INTEGER PRIMARY KEY,
  holiday     TEXT NOT NULL CHECK (holiday IN ('new_year', 'good_friday', 'easter_sunday', 'easter_monday',
                                               'kings_day', 'liberation_day', 'ascension_day', 'whit_sunday',
                                               'whit_monday', 'christmas_day', 'boxing_day')),
  valid_from  TEXT NOT NULL,
  free        INTEGER NOT NULL CHECK (free = 0 OR free = 1),
  UNIQUE (holiday, valid_from)
) STRICT;

-- The roster check reads a period's shifts by date, start, person and id (core/crews/ovs-roster-data.c):
-- with this index (the id comes with every entry) SQLite reads them in order instead of sorting.
CREATE INDEX shift_date ON shift (date, start_time, employee_id);

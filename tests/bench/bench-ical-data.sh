# bench-ical-data.sh — sourced by bench-ical.sh and bench-ical-cpu.sh: bench_ical_data CLI DB makes the
# benchmarks' database: one year (2026, Monday to Friday) of shifts 07:30–16:00 for 500 employees in 50
# crews of 10, each crew led by its first member.
bench_ical_data() {
  local CLI=$1 DB=$2
  "$CLI" --db "$DB" init >/dev/null
  sqlite3 "$DB" <<'SQL'
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id,
  employment_start)
SELECT i, printf('B%04d', i), 'Medewerker', printf('Nummer %03d', i), '1975-01-01', 2160, 4, '2015-01-01' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO crew (id, name, team_leader_id, area) SELECT i, printf('Groenploeg %02d', i), (i - 1) * 10 + 1, 'Wijk' FROM n;
INSERT INTO crew_membership (crew_id, employee_id, start_date)
SELECT (id - 1) / 10 + 1, id, '2015-01-01' FROM employee;
WITH RECURSIVE d(day) AS (SELECT '2026-01-01' UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < '2026-12-31')
INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task, location, sequence,
  updated_at)
SELECT printf('bench-%d-%s@overstap', e.id, d.day), (e.id - 1) / 10 + 1, e.id, d.day, '07:30', '16:00', 30,
       'maaien en snoeien', 'Wijk ' || ((e.id - 1) / 10 + 1), 0, '2026-01-01T00:00:00Z'
FROM d, employee e WHERE strftime('%w', d.day) NOT IN ('0', '6');
SQL
}

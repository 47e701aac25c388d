#!/bin/bash
# bench-roster-check.sh — how fast `roster check` is for a 500-person year, next to the floor: the time
# to just read the same rows. Not part of `meson test` (timed assertions do not belong there); run by hand:
#
#   RUNS=3 tests/bench/bench-roster-check.sh [BUILD_DIR]        (default build dir: build)
#
# The data: 500 employees in 50 crews of 10, one year (2026) of weekday shifts 07:30–16:00 (130,500 shifts,
# as in bench-ical.sh) and one pattern per crew, so every rule runs, the crew-day ones included. Measured,
# each the median of RUNS (default 3), CPU (user + system) and wall milliseconds:
#   cli-check            `overstap-cli roster check` over the year, all crews, JSON to a file (whole process,
#                        CPU from wait4(), to the microsecond)
#   floor-read-rows      the statements the check's load runs, every row stepped and every column read
#   check                ovs_roster_check() over the year in the process (no start-up)
#   recheck-one-change   ovs_roster_recheck() after one person's change (crew day + that person, 7 × RUNS)
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
case $BUILD in /*) ;; *) BUILD="$SRC/$BUILD" ;; esac
CLI="$BUILD/app/overstap-cli"
BENCH="$BUILD/tests/bench-roster-check"
RUNS=${RUNS:-3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/overstap-bench-check-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/bench.db"
export OVERSTAP_TODAY=2026-01-05
[ -x "$CLI" ] && [ -x "$BENCH" ] || { echo "bench-roster-check: build first (ninja -C $BUILD)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench-roster-check: sqlite3 is needed" >&2; exit 1; }

"$CLI" --db "$DB" init >/dev/null
sqlite3 "$DB" <<'SQL'
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id,
  employment_start)
SELECT i, printf('B%04d', i), 'Medewerker', printf('Nummer %03d', i), '1975-01-01', 2160, 4, '2015-01-01' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO crew (id, name, min_size, team_leader_id, area)
SELECT i, printf('Groenploeg %02d', i), 8, (i - 1) * 10 + 1, 'Wijk' FROM n;
INSERT INTO crew_membership (crew_id, employee_id, role, start_date)
SELECT (id - 1) / 10 + 1, id, CASE WHEN id % 10 = 1 THEN 'team_leader' ELSE 'member' END, '2015-01-01' FROM employee;
INSERT INTO shift_pattern (crew_id, rrule, start_time, end_time, break_minutes, task, valid_from)
SELECT id, 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '07:30', '16:00', 30, 'maaien', '2026-01-01' FROM crew;
WITH RECURSIVE d(day) AS (SELECT '2026-01-01' UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < '2026-12-31')
INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task, location, sequence,
  updated_at)
SELECT printf('bench-%d-%s@overstap', e.id, d.day), (e.id - 1) / 10 + 1, e.id, d.day, '07:30', '16:00', 30,
       'maaien en snoeien', 'Wijk ' || ((e.id - 1) / 10 + 1), 0, '2026-01-01T00:00:00Z'
FROM d, employee e WHERE strftime('%w', d.day) NOT IN ('0', '6');
-- A few conflicts, so that the messages are made too: an 11-hour Saturday for some, an absence for one.
INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, updated_at)
SELECT printf('extra-%d@overstap', id), (id - 1) / 10 + 1, id, '2026-06-13', '06:00', '18:00', 0,
       '2026-01-01T00:00:00Z' FROM employee WHERE id % 7 = 0;
INSERT INTO absence (employee_id, kind, start_date, end_date) VALUES (250, 'leave', '2026-06-08', '2026-06-12');
ANALYZE;
SQL
user=$(sqlite3 "$DB" "select name from app_user order by id limit 1")
echo "bench-roster-check: $(sqlite3 "$DB" "select count(*) from shift") shifts of 500 employees in 50 crews, 2026;" \
  "median of $RUNS runs (CPU ms, wall ms)"

median() { /usr/bin/python3 -c "import sys, statistics; print('%.1f' % statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }

# The child's own CPU time from wait4(), to the microsecond (/usr/bin/time counts in steps of 10 ms, a
# tenth of the figure measured).
timed() {
  /usr/bin/python3 - "$@" <<'PY'
import os, sys, time
out = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
t0 = time.monotonic()
pid = os.fork()
if pid == 0:
    os.dup2(out, 1)
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
wall = (time.monotonic() - t0) * 1000
if status != 0:
    sys.exit("bench-roster-check: %s failed" % sys.argv[2])
print("%.1f %.1f" % ((usage.ru_utime + usage.ru_stime) * 1000, wall))
PY
}

cpus=() walls=()
for _ in $(seq "$RUNS"); do
  read -r cpu wall < <(timed "$WORK/conflicts.json" "$CLI" --db "$DB" roster check --from 2026-01-01 --to 2026-12-31 \
    --json)
  cpus+=("$cpu") walls+=("$wall")
done
printf '%-20s %8s %8s\n' work cpu_ms wall_ms
printf '%-20s %8s %8s\n' cli-check "$(median "${cpus[@]}")" "$(median "${walls[@]}")"
"$BENCH" "$DB" "$user" 2026-01-01 2026-12-31 "$RUNS" 250 25 2026-06-10 | while read -r name cpu wall; do
  printf '%-20s %8s %8s\n' "$name" "$cpu" "$wall"
done
echo "conflicts found: $(/usr/bin/python3 -c "import json; print(len(json.load(open('$WORK/conflicts.json'))))")"

#!/bin/bash
# bench-ical-cpu.sh — the CPU cost of Overstap's iCalendar export and publish next to libical's own:
# bench-ical-libical (built with the tests) makes and serialises the same 130,500 events with libical
# from rows dumped beforehand, so it is the floor of any libical-based writer. One year (2026, Monday
# to Friday) of shifts for 500 employees in 50 crews, as in bench-ical.sh. Not part of `meson test`:
#
#   RUNS=3 PEERS=1 tests/bench/bench-ical-cpu.sh [BUILD_DIR]        (default build dir: build)
#
# Each figure is the median of RUNS (default 3) of CPU (user + system) and wall milliseconds, all in one
# run of the script:
#   libical-serialize   bench-ical-libical: 50 calendars, 130,500 VEVENTs built and written (1 process)
#   overstap-export     `roster export --crew` for each of the 50 crews (50 processes, their sum)
#   overstap-publish    `roster publish --dir`: 50 crew + 500 personal feeds (261,000 events) and deadlines
#   python-icalendar    with PEERS=1: python3-icalendar building the same 50 calendars (bench-ical-build.py)
#   ical.js             with PEERS=1: ical.js building them (bench-ical-build.mjs; needs npm ci in tests/ical)
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
case $BUILD in /*) ;; *) BUILD="$SRC/$BUILD" ;; esac
CLI="$BUILD/app/overstap-cli"
LIBICAL=${LIBICAL:-$BUILD/tests/bench-ical-libical}
RUNS=${RUNS:-3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/overstap-bench-ical-cpu-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/bench.db"
export OVERSTAP_TODAY=2026-01-05
[ -x "$CLI" ] && [ -x "$LIBICAL" ] || { echo "bench-ical-cpu: build first (ninja -C $BUILD)" >&2; exit 1; }

. "$SRC/tests/bench/bench-ical-data.sh"
bench_ical_data "$CLI" "$DB"
events=$(sqlite3 "$DB" "select count(*) from shift")

# libical's rows: the texts Overstap writes (summary, description with the crew of the day), made by SQL
# outside the timing.
sqlite3 -separator $'\t' "$DB" "
  WITH names AS (SELECT id, first_name || ' ' || last_name AS name FROM employee),
       day AS (SELECT s.crew_id, s.date, group_concat(n.name, '\\, ') AS crew_names
               FROM (SELECT * FROM shift ORDER BY employee_id) s JOIN names n ON n.id = s.employee_id
               GROUP BY s.crew_id, s.date)
  SELECT s.crew_id, c.name, s.uid, replace(s.date, '-', ''), replace(s.start_time, ':', '') || '00',
         replace(s.end_time, ':', '') || '00', s.sequence,
         'Dienst ' || c.name || ': ' || s.task || ' (' || e.name || ')', s.location,
         'Medewerker: ' || e.name || '\\nPloeg deze dag: ' || replace(day.crew_names, '\\, ', ', ') ||
         '\\nPloegleider: ' || l.name || '\\nTaak: ' || s.task || '\\nPauze: ' || s.break_minutes || ' minuten',
         l.name
  FROM shift s JOIN crew c ON c.id = s.crew_id JOIN names e ON e.id = s.employee_id
  JOIN names l ON l.id = c.team_leader_id JOIN day ON day.crew_id = s.crew_id AND day.date = s.date
  ORDER BY s.crew_id, s.date, s.employee_id" > "$WORK/rows.tsv"
if [ "${PEERS:-0}" = 1 ]; then
  sqlite3 -json "$DB" "SELECT s.uid, s.crew_id, c.name AS crew, s.date, s.start_time, s.end_time, s.break_minutes,
    s.task, s.location, s.sequence, s.cancelled, e.first_name || ' ' || e.last_name AS employee,
    l.first_name || ' ' || l.last_name AS leader
    FROM shift s JOIN crew c ON c.id = s.crew_id JOIN employee e ON e.id = s.employee_id
    LEFT JOIN employee l ON l.id = c.team_leader_id ORDER BY s.crew_id, s.date, e.last_name" > "$WORK/rows.json"
fi
echo "bench-ical-cpu: $events shifts of 500 employees in 50 crews, 2026; median of $RUNS runs; load $(cut -d' ' -f1-3 /proc/loadavg)"

median() { /usr/bin/python3 -c "import sys, statistics; print('%.0f' % statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }

libical() { rm -rf "$WORK/libical"; mkdir -p "$WORK/libical"; "$LIBICAL" "$WORK/rows.tsv" "$WORK/libical"; }
export_all() {
  rm -rf "$WORK/export"; mkdir -p "$WORK/export"
  for i in $(seq -w 1 50); do
    "$CLI" --db "$DB" roster export --crew "Groenploeg $i" --from 2026-01-01 --to 2026-12-31 -o "$WORK/export/$i.ics"
  done
}
publish() { rm -rf "$WORK/feeds"; "$CLI" --db "$DB" roster publish --dir "$WORK/feeds" --from 2026-01-01 --to 2026-12-31 >/dev/null; }
python_build() { rm -rf "$WORK/python"; /usr/bin/python3 "$SRC/tests/bench/bench-ical-build.py" "$WORK/rows.json" "$WORK/python"; }
node_build() { rm -rf "$WORK/node"; node "$SRC/tests/bench/bench-ical-build.mjs" "$WORK/rows.json" "$WORK/node"; }
export -f libical export_all publish python_build node_build
export WORK LIBICAL CLI DB SRC

# One line per work: name, CPU ms, wall ms (medians); the runs interleave, so that load changes hit all alike.
works=(libical export_all publish)
[ "${PEERS:-0}" = 1 ] && works+=(python_build node_build)
declare -A cpu wall
for _ in $(seq "$RUNS"); do
  for w in "${works[@]}"; do
    t0=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$WORK/time" bash -c "$w" >/dev/null
    t1=$(date +%s%N)
    read -r u s < "$WORK/time"
    cpu[$w]+="$(/usr/bin/python3 -c "print(($u + $s) * 1000)") "
    wall[$w]+="$(( (t1 - t0) / 1000000 )) "
  done
done
count() { cat "$1"/*.ics | grep -c '^BEGIN:VEVENT'; }
base=$(median ${cpu[libical]})
printf '%-18s %9s %9s %9s %9s\n' work cpu_ms wall_ms events "x libical"
for w in "${works[@]}"; do
  dir=$(case $w in libical) echo libical ;; export_all) echo export ;; publish) echo feeds ;; python_build) echo python ;; node_build) echo node ;; esac)
  c=$(median ${cpu[$w]})
  printf '%-18s %9s %9s %9s %9s\n' "$w" "$c" "$(median ${wall[$w]})" "$(count "$WORK/$dir")" \
    "$(/usr/bin/python3 -c "print('%.2f' % ($c / $base))")"
done

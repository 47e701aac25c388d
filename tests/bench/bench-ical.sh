#!/bin/bash
# bench-ical.sh — how fast Overstap writes iCalendar, next to python3-icalendar and ical.js building the
# same events in the same run. One year (2026, Monday to Friday) of shifts for 500 employees in 50
# crews: 130,500 events. Not part of `meson test`; run it by hand:
#
#   tests/bench/bench-ical.sh [BUILD_DIR]        (default build dir: build)
#
# It measures (wall-clock seconds, each the best of 3 runs):
#   overstap-export   `roster export --crew` for each of the 50 crews (50 processes, 130,500 events)
#   python-icalendar  python3-icalendar building and serialising the same 50 calendars
#   ical.js           ical.js (node) building and serialising the same 50 calendars
#   overstap-publish  `roster publish`: 50 crew files + 500 employee files + deadlines (261,000 events),
#                     recorded in ical_publication
#   overstap-check    `roster check` over the same year for all 50 crews (every conflict rule)
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
CLI="$BUILD/app/overstap-cli"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/overstap-bench-ical-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/bench.db"
export OVERSTAP_TODAY=2026-01-05
[ -x "$CLI" ] || { echo "bench-ical: build first: $CLI is missing" >&2; exit 1; }
[ -d "$SRC/tests/ical/node_modules/ical.js" ] || { echo "bench-ical: run npm ci in tests/ical" >&2; exit 1; }

. "$SRC/tests/bench/bench-ical-data.sh"
bench_ical_data "$CLI" "$DB"
events=$(sqlite3 "$DB" "select count(*) from shift")
echo "bench-ical: $events shifts of 500 employees in 50 crews, 2026"

# The rows the other two libraries build from (read once, outside the timing).
sqlite3 -json "$DB" "SELECT s.uid, s.crew_id, c.name AS crew, s.date, s.start_time, s.end_time, s.break_minutes,
  s.task, s.location, s.sequence, s.cancelled, e.first_name || ' ' || e.last_name AS employee,
  l.first_name || ' ' || l.last_name AS leader
  FROM shift s JOIN crew c ON c.id = s.crew_id JOIN employee e ON e.id = s.employee_id
  LEFT JOIN employee l ON l.id = c.team_leader_id ORDER BY s.crew_id, s.date, e.last_name" > "$WORK/rows.json"

calc() { /usr/bin/python3 -c "print($1)"; }

best_of_3() {
  local best=""
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N)
    best=$(calc "min([x for x in ($t1 - $t0, float('${best:-inf}'))])")
  done
  printf '%.3f' "$best"
}

overstap_export() {
  mkdir -p "$WORK/overstap"
  for i in $(seq -w 1 50); do
    "$CLI" --db "$DB" roster export --crew "Groenploeg $i" --from 2026-01-01 --to 2026-12-31 -o "$WORK/overstap/$i.ics"
  done
}
python_export() { /usr/bin/python3 "$SRC/tests/bench/bench-ical-build.py" "$WORK/rows.json" "$WORK/python"; }
node_export() { node "$SRC/tests/bench/bench-ical-build.mjs" "$WORK/rows.json" "$WORK/node"; }
overstap_publish() { "$CLI" --db "$DB" roster publish --dir "$WORK/feeds" --from 2026-01-01 --to 2026-12-31; }
overstap_check() { "$CLI" --db "$DB" roster check --from 2026-01-01 --to 2026-12-31 --json > "$WORK/conflicts.json"; }

t_ovs=$(best_of_3 overstap_export)
t_py=$(best_of_3 python_export)
t_js=$(best_of_3 node_export)
t_pub=$(best_of_3 overstap_publish)
t_check=$(best_of_3 overstap_check)

count() { cat "$1"/*.ics | grep -c '^BEGIN:VEVENT'; }
size() { du -sb "$1" | cut -f1; }
printf '\n%-18s %9s %9s %12s %9s\n' "" seconds events bytes "x overstap"
printf '%-18s %9s %9s %12s %9s\n' overstap-export "$t_ovs" "$(count "$WORK/overstap")" "$(size "$WORK/overstap")" 1.00
printf '%-18s %9s %9s %12s %9.2f\n' python-icalendar "$t_py" "$(count "$WORK/python")" "$(size "$WORK/python")" "$(calc "$t_py / $t_ovs")"
printf '%-18s %9s %9s %12s %9.2f\n' ical.js "$t_js" "$(count "$WORK/node")" "$(size "$WORK/node")" "$(calc "$t_js / $t_ovs")"
printf '%-18s %9s %9s %12s %9s\n' overstap-publish "$t_pub" "$(count "$WORK/feeds")" "$(size "$WORK/feeds")" "-"
printf '%-18s %9s %9s %12s %9.2f\n' overstap-check "$t_check" "$events" "$(size "$WORK/conflicts.json")" "$(calc "$t_check / $t_ovs")"

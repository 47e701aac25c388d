#!/bin/bash
# bench-caldav.sh — `roster publish --caldav` to a real Radicale (Debian's) on 127.0.0.1: the first publish
# (requests, seconds) and an incremental republish after one changed shift (requests). Not part of
# `meson test`; run it by hand:
#
#   tests/bench/bench-caldav.sh [BUILD_DIR]            (default build dir: build)
#   EMPLOYEES=500 FROM=2026-01-01 TO=2026-12-31 …      the 500-person year (the default; hours on Radicale)
#   EMPLOYEES=20 FROM=2026-03-01 TO=2026-03-31 …       a quick run
#
# Employees are ten to a crew; each works Monday to Friday, 07:30–16:00, as in bench-ical.sh. Every shift is
# an event in its crew's calendar and in the employee's own, so the first publish writes two resources per
# shift, plus one MKCALENDAR per calendar.
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
CLI="$BUILD/app/overstap-cli"
EMPLOYEES=${EMPLOYEES:-500}
FROM=${FROM:-2026-01-01}
TO=${TO:-2026-12-31}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/overstap-bench-caldav-XXXXXX")
RADICALE_PID=""
trap '[ -n "$RADICALE_PID" ] && kill "$RADICALE_PID"; rm -rf "$WORK"' EXIT
DB="$WORK/bench.db"
export OVERSTAP_TODAY=$FROM OVERSTAP_CALDAV_PASSWORD=bench
[ -x "$CLI" ] || { echo "bench-caldav: build first: $CLI is missing" >&2; exit 1; }

"$CLI" --db "$DB" init >/dev/null
sqlite3 "$DB" <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $EMPLOYEES)
INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id,
  employment_start)
SELECT i, printf('B%04d', i), 'Medewerker', printf('Nummer %03d', i), '1975-01-01', 2160, 4, '2015-01-01' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ($EMPLOYEES + 9) / 10)
INSERT INTO crew (id, name, team_leader_id, area) SELECT i, printf('Groenploeg %02d', i), (i - 1) * 10 + 1, 'Wijk' FROM n;
INSERT INTO crew_membership (crew_id, employee_id, start_date) SELECT (id - 1) / 10 + 1, id, '2015-01-01' FROM employee;
WITH RECURSIVE d(day) AS (SELECT '$FROM' UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < '$TO')
INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task, location, sequence,
  updated_at)
SELECT printf('bench-%d-%s@overstap', e.id, d.day), (e.id - 1) / 10 + 1, e.id, d.day, '07:30', '16:00', 30,
       'maaien en snoeien', 'Wijk ' || ((e.id - 1) / 10 + 1), 0, '2026-01-01T00:00:00Z'
FROM d, employee e WHERE strftime('%w', d.day) NOT IN ('0', '6');
SQL
shifts=$(sqlite3 "$DB" "SELECT count(*) FROM shift")

mkdir -p "$WORK/radicale"
htpasswd -cbm "$WORK/radicale/users" bench bench 2>/dev/null
PORT=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$WORK/radicale/config" <<CONF
[server]
hosts = 127.0.0.1:$PORT
[auth]
type = htpasswd
htpasswd_filename = $WORK/radicale/users
htpasswd_encryption = md5
[storage]
filesystem_folder = $WORK/radicale/collections
[web]
type = none
[logging]
level = warning
CONF
/usr/bin/python3 -m radicale --config "$WORK/radicale/config" > "$WORK/radicale/log" 2>&1 &
RADICALE_PID=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT/bench/"

publish() { "$CLI" --db "$DB" roster publish --caldav "$URL" --user bench --from "$FROM" --to "$TO" --json; }
timed() {
  local t0 t1
  t0=$(date +%s.%N); publish > "$WORK/$1.json"; t1=$(date +%s.%N)
  /usr/bin/python3 -c "print(f'{$t1 - $t0:.1f}')"
}
get() { /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d[sys.argv[2]])" "$WORK/$1.json" "$2"; }

echo "bench-caldav: $shifts shifts of $EMPLOYEES employees, $FROM to $TO, to Radicale $(/usr/bin/python3 -m radicale --version)"
t_first=$(timed first)
sqlite3 "$DB" "UPDATE shift SET start_time = '08:00' WHERE id = (SELECT min(id) FROM shift)"
t_again=$(timed again)
t_none=$(timed none)

printf '\n%-34s %9s %9s %9s %9s %9s\n' "" seconds requests calendars written unchanged
printf '%-34s %9s %9s %9s %9s %9s\n' "first publish" "$t_first" "$(get first requests)" "$(get first calendars)" \
  "$(get first created)" "$(get first unchanged)"
printf '%-34s %9s %9s %9s %9s %9s\n' "republish after one changed shift" "$t_again" "$(get again requests)" \
  "$(get again calendars)" "$(get again updated)" "$(get again unchanged)"
printf '%-34s %9s %9s %9s %9s %9s\n' "republish without changes" "$t_none" "$(get none requests)" \
  "$(get none calendars)" "$(get none updated)" "$(get none unchanged)"

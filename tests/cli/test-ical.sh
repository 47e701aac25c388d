#!/bin/bash
# roster export / publish / import: every exported file is read back by two independent parsers,
# python3-icalendar (tests/ical/check_ics.py) and ical.js (tests/ical/check_ics.mjs), and the times they
# read (in UTC) must equal what the roster holds, converted with Python's own zoneinfo.
. "$(dirname "$0")/lib.sh"
SRC=${OVERSTAP_SOURCE_DIR:?OVERSTAP_SOURCE_DIR must point at the source tree}
CHECKS="$SRC/tests/ical"
DATA="$SRC/tests/data/ical"
export OVERSTAP_TODAY=2026-03-16

if [ ! -d "$CHECKS/node_modules/ical.js" ]; then
  echo "FAIL: ical.js is not installed; run build-aux/install-deps.sh (npm ci in tests/ical)"
  exit 1
fi

py() { /usr/bin/python3 "$CHECKS/check_ics.py" "$1"; }
js() { node "$CHECKS/check_ics.mjs" "$1"; }

# both FILE NAME: runs both parsers on FILE, keeps their JSON as $TMP/NAME.py.json and .js.json,
# and checks that they read the same.
both() {
  if ! py "$1" > "$TMP/$2.py.json"; then failures=$((failures + 1)); echo "FAIL: python3-icalendar on $2"; fi
  if ! js "$1" > "$TMP/$2.js.json"; then failures=$((failures + 1)); echo "FAIL: ical.js on $2"; fi
  expect_eq "$(cat "$TMP/$2.py.json")" "$(cat "$TMP/$2.js.json")" "python3-icalendar and ical.js read $2 alike"
}

# ev NAME UID FIELD: one field of one event as the parsers read it.
ev() { /usr/bin/python3 -c "import json,sys; e=[e for e in json.load(open(sys.argv[1]))['events'] if e['uid']==sys.argv[2]]; print(e[0][sys.argv[3]] if e else 'missing')" "$TMP/$1.py.json" "$2" "$3"; }

# expected_shifts CREW_ID: the crew's shifts in 2026 from the database, converted to UTC by zoneinfo.
expected_shifts() {
  # The rows through the sqlite3 shell (psql on PostgreSQL, see lib.sh), one uid|date|start|end|seq|cancelled a line.
  sqlite3 "$DB" "SELECT uid, date, start_time, end_time, sequence, cancelled FROM shift WHERE crew_id = $1 \
    AND date BETWEEN '2026-01-01' AND '2026-12-31' ORDER BY uid" | /usr/bin/python3 -c '
import json, sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
ams = ZoneInfo("Europe/Amsterdam")
rows = [line.rstrip("\n").split("|") for line in sys.stdin if line.strip()]
def utc(date, time, next_day=False):
    local = datetime.strptime(f"{date} {time}", "%Y-%m-%d %H:%M") + timedelta(days=1 if next_day else 0)
    return local.replace(tzinfo=ams).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
print(json.dumps([[u, utc(d, s), utc(d, e, e <= s), int(q), "CANCELLED" if int(c) else "CONFIRMED"] for u, d, s, e, q, c in rows]))'
}
read_back() {
  /usr/bin/python3 -c "import json,sys; print(json.dumps([[e['uid'], e['start'], e['end'], e['sequence'], e['status']] for e in json.load(open(sys.argv[1]))['events']]))" "$1"
}

expect_status 0 cli init
sqlite3 "$DB" <<'EOF'
INSERT INTO employee (id, personnel_number, first_name, name_prefix, last_name, birth_date, bsn, contract_minutes,
  employer_id, employment_start) VALUES
  (101, '2001', 'Jan', 'de', 'Vries', '1970-01-01', '111222333', 1800, 4, '2015-01-01'),
  (102, '2002', 'Anneke', NULL, 'Ğüneş-Brouwer', '1980-05-05', '123456782', 1800, 4, '2015-01-01'),
  (103, '2003', 'Kees', 'van der', 'Laan', '1965-02-02', NULL, 2160, 4, '2015-01-01');
INSERT INTO indication (employee_id, category, indication_date) VALUES (101, 'ernstig', '2012-01-01');
INSERT INTO crew (id, name, team_leader_id) VALUES (1, 'Groenploeg Noord', 103);
INSERT INTO crew_membership (crew_id, employee_id, start_date) VALUES (1, 101, '2015-01-01'), (1, 102, '2015-01-01'),
  (1, 103, '2015-01-01');
INSERT INTO absence (employee_id, kind, start_date, end_date, note) VALUES (101, 'sickness', '2026-04-01', '2026-04-03', 'griep');
INSERT INTO covenant (id, party_id, name, start_date) VALUES (1, 1, 'Wezo 2015', '2015-01-01');
INSERT INTO covenant_agreement (covenant_id, title, due_date) VALUES (1, 'Kwartaalrapportage', '2026-04-15');
-- The Monday after each DST change, the Saturday before, a late shift past midnight, and a long task text.
INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task, location, sequence,
  updated_at) VALUES
  ('dst-spring@overstap', 1, 101, '2026-03-30', '07:30', '16:00', 30, 'maaien', 'Stadspark', 0, 'x'),
  ('dst-autumn@overstap', 1, 101, '2026-10-26', '07:30', '16:00', 30, 'bladruimen', 'Kerkplein', 0, 'x'),
  ('before-spring@overstap', 1, 102, '2026-03-28', '07:30', '12:00', 0, NULL, NULL, 0, 'x'),
  ('overnight@overstap', 1, 103, '2026-06-20', '22:00', '02:00', 15, 'gladheidsbestrijding', 'Ring', 0, 'x'),
  ('long@overstap', 1, 102, '2026-05-12', '08:00', '15:30', 30,
   'snoeien van de lindebomen langs de Burgemeester Ğüneşstraat en de Prinses Beatrixlaan, inclusief afvoer',
   'Burgemeester Ğüneşstraat', 1, 'x');
EOF

# --- export: two parsers, the times the roster holds, DST, lines and CRLF ---
expect_status 0 cli roster export --crew "Groenploeg Noord" --from 01-01-2026 --to 31-12-2026 -o "$TMP/a.ics"
both "$TMP/a.ics" a
expect_eq "$(expected_shifts 1)" "$(read_back "$TMP/a.py.json")" "python3-icalendar reads the roster's times in UTC"
expect_eq "$(expected_shifts 1)" "$(read_back "$TMP/a.js.json")" "ical.js reads the roster's times in UTC"
expect_eq "2026-03-30T05:30:00Z" "$(ev a dst-spring@overstap start)" "07:30 on Monday 30 March 2026 is 05:30Z"
expect_eq "2026-10-26T06:30:00Z" "$(ev a dst-autumn@overstap start)" "07:30 on Monday 26 October 2026 is 06:30Z"
expect_eq "2026-03-28T06:30:00Z" "$(ev a before-spring@overstap start)" "07:30 on the Saturday before is 06:30Z"
expect_eq "2026-06-21T00:00:00Z" "$(ev a overnight@overstap end)" "a shift past midnight ends the next day"
expect_eq "Rooster Groenploeg Noord" "$(/usr/bin/python3 -c "import json; print(json.load(open('$TMP/a.js.json'))['calendar'])")" "calendar name"
expect_match "^DTSTART;TZID=Europe/Amsterdam:20260330T073000.$" "$(grep -a '^DTSTART;TZID=.*:20260330T' "$TMP/a.ics" | head -1)" "TZID reads exactly Europe/Amsterdam"
expect_eq "0" "$(grep -c freeassociation "$TMP/a.ics")" "no libical built-in time zone"

# --- UIDs stable across exports; SEQUENCE raised after a change ---
expect_status 0 cli roster export --crew "Groenploeg Noord" --from 01-01-2026 --to 31-12-2026 -o "$TMP/b.ics"
both "$TMP/b.ics" b
expect_eq "$(grep '^UID' "$TMP/a.ics")" "$(grep '^UID' "$TMP/b.ics")" "UIDs stable across two exports"
sqlite3 "$DB" "UPDATE shift SET start_time = '08:00', sequence = sequence + 1 WHERE uid = 'dst-autumn@overstap'"
expect_status 0 cli roster export --crew "Groenploeg Noord" --from 01-01-2026 --to 31-12-2026 -o "$TMP/c.ics"
both "$TMP/c.ics" c
expect_eq "1" "$(ev c dst-autumn@overstap sequence)" "SEQUENCE raised after a change"
expect_eq "2026-10-26T07:00:00Z" "$(ev c dst-autumn@overstap start)" "the changed time"

# --- publish; then a removal is published as CANCELLED ---
expect_status 0 cli roster publish --dir "$TMP/feeds" --from 01-01-2026 --to 31-12-2026
expect_eq "deadlines.ics medewerker-anneke-gunes-brouwer-2002.ics medewerker-jan-de-vries-2001.ics medewerker-kees-van-der-laan-2003.ics ploeg-groenploeg-noord.ics" \
  "$(ls "$TMP/feeds" | tr '\n' ' ' | sed 's/ $//')" "one file per feed, nothing half-written left"
sqlite3 "$DB" "DELETE FROM shift WHERE uid = 'before-spring@overstap'; UPDATE shift SET cancelled = 1 WHERE uid = 'long@overstap'"
out=$(cli roster publish --dir "$TMP/feeds" --from 01-01-2026 --to 31-12-2026 --json)
expect_eq "4" "$(echo "$out" | json 'd["cancelled"]')" "two shifts withdrawn, each from the crew's and the person's feed"
both "$TMP/feeds/ploeg-groenploeg-noord.ics" p
expect_eq "CANCELLED" "$(ev p before-spring@overstap status)" "a deleted shift is CANCELLED"
expect_eq "1" "$(ev p before-spring@overstap sequence)" "with a raised SEQUENCE"
expect_eq "2026-03-28T06:30:00Z" "$(ev p before-spring@overstap start)" "at the time it had"
expect_eq "CANCELLED" "$(ev p long@overstap status)" "a cancelled shift is CANCELLED"
expect_eq "2" "$(ev p long@overstap sequence)" "with a raised SEQUENCE"
both "$TMP/feeds/medewerker-anneke-gunes-brouwer-2002.ics" anneke
expect_eq "CANCELLED" "$(ev anneke before-spring@overstap status)" "also in the person's own feed"

# --- the employee's feed: absences without health data; deadlines as all-day events ---
expect_status 0 cli roster export --employee 2001 --from 01-01-2026 --to 31-12-2026 -o "$TMP/jan.ics"
both "$TMP/jan.ics" jan
expect_eq "1" "$(grep -c '^SUMMARY:Afwezig' "$TMP/jan.ics")" "sickness only as Afwezig"
expect_eq "0" "$(grep -Eic 'griep|sickness|ernstig|111222333' "$TMP/jan.ics")" "no health data, no BSN"
expect_status 0 cli roster export --deadlines --from 01-01-2026 --to 31-12-2026 -o "$TMP/d.ics"
both "$TMP/d.ics" d
expect_eq "2026-04-15 2026-04-16 True" "$(ev d overstap-covenant-agreement-1 start) $(ev d overstap-covenant-agreement-1 end) $(ev d overstap-covenant-agreement-1 all_day)" "a deadline is an all-day event"

# --- usage and errors ---
expect_status 2 cli roster export --crew "Groenploeg Noord" --deadlines --from 01-01-2026 --to 31-12-2026
expect_status 2 cli roster export --crew "Groenploeg Noord"
expect_status 1 cli roster export --crew Nergens --from 01-01-2026 --to 31-12-2026 -o "$TMP/x.ics"
expect_eq "" "$(ls "$TMP/x.ics" 2>/dev/null)" "no file on an error"
expect_status 1 cli roster export --crew "Groenploeg Noord" --from 31-02-2026 --to 31-12-2026

# --- import ---
out=$(cli roster import "$DATA/google.ics" --employee 2001 --as absence --from 01-01-2026 --to 31-12-2026 --json)
expect_eq "6 1" "$(echo "$out" | json 'd["imported"], d["cancelled"]' | tr -d '(),')" "Google: imported, cancelled"
out=$(cli roster import "$DATA/google.ics" --employee 2001 --as absence --from 01-01-2026 --to 31-12-2026 --json)
expect_eq "0 7" "$(echo "$out" | json 'd["imported"], d["skipped"]' | tr -d '(),')" "the same file again adds nothing"
expect_status 0 cli roster import "$DATA/feestdagen.ics" --all --as holiday --from 01-01-2026 --to 31-12-2027
expect_eq "6" "$(sqlite3 "$DB" "select count(*) from absence where kind = 'holiday' and employee_id is null")" "holidays for everybody"
before=$(sqlite3 "$DB" "select count(*) from absence")
err=$(cli roster import "$DATA/malformed-dtend-before-dtstart.ics" --employee 2001 --as absence 2>&1)
expect_match "line 12, VEVENT achterstevoren@example.nl" "$err" "a malformed file names its line and component"
expect_eq "$before" "$(sqlite3 "$DB" "select count(*) from absence")" "nothing half-imported"
expect_status 1 cli roster import "$DATA/malformed-unterminated.ics" --employee 2001 --as absence
expect_status 2 cli roster import "$DATA/google.ics" --employee 2001 --all --as absence
expect_status 2 cli roster import "$DATA/google.ics" --employee 2001 --as ziekte
finish

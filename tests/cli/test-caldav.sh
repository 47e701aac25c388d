#!/bin/bash
# roster publish --caldav / roster import --caldav against a real CalDAV server: Debian's Radicale on
# 127.0.0.1 (a free port, a temporary storage folder, htpasswd authentication). Everything published is
# read back by a second, independent client (python3-caldav, tests/caldav/caldav_client.py), and every
# feed, as a file and as a CalDAV resource, must pass libical's RFC 5546 restriction check.
. "$(dirname "$0")/lib.sh"
SRC=${OVERSTAP_SOURCE_DIR:?OVERSTAP_SOURCE_DIR must point at the source tree}
RESTRICTION=${OVERSTAP_ICAL_RESTRICTION:?OVERSTAP_ICAL_RESTRICTION must point at check-restriction}
PY=/usr/bin/python3
export OVERSTAP_TODAY=2026-03-16
command -v htpasswd >/dev/null && $PY -c 'import radicale, caldav' 2>/dev/null ||
  { echo "FAIL: radicale, python3-caldav or htpasswd missing; run build-aux/install-deps.sh"; exit 1; }

# --- the server ---
RAD="$TMP/radicale"
mkdir -p "$RAD"
htpasswd -cbm "$RAD/users" overstap 'geheim wachtwoord' 2>/dev/null
PORT=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$RAD/config" <<CONF
[server]
hosts = 127.0.0.1:$PORT
[auth]
type = htpasswd
htpasswd_filename = $RAD/users
htpasswd_encryption = md5
[rights]
type = owner_only
[storage]
filesystem_folder = $RAD/collections
[web]
type = none
[logging]
level = warning
CONF
RADICALE_PID=""
start_server() {
  $PY -m radicale --config "$RAD/config" >> "$RAD/log" 2>&1 &
  RADICALE_PID=$!
  for _ in $(seq 50); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/" && return 0
    sleep 0.1
  done
  echo "FAIL: Radicale did not start:"; cat "$RAD/log"; exit 1
}
stop_server() { [ -n "$RADICALE_PID" ] && kill "$RADICALE_PID" 2>/dev/null && wait "$RADICALE_PID" 2>/dev/null; RADICALE_PID=""; }
trap 'stop_server; rm -rf "$TMP"' EXIT
start_server

URL="http://127.0.0.1:$PORT/overstap/"
export OVERSTAP_CALDAV_PASSWORD='geheim wachtwoord'
publish() { cli roster publish --caldav "$URL" --user overstap --from 2026-03-01 --to 2026-03-31 --json "$@"; }
read_back() { $PY "$SRC/tests/caldav/caldav_client.py" read "$URL" overstap 'geheim wachtwoord' "$@"; }
# field JSONFILE EXPR: a Python expression over the read-back (as `d`).
field() { $PY -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }
# etags JSONFILE: every calendar's UID -> ETag, one line each, sorted.
etags() { field "$1" "'\n'.join(sorted(f'{n} {u} {e[\"etag\"]}' for n, c in d['calendars'].items() for u, e in c['events'].items()))"; }

# --- the roster: two crews, a week of shifts ---
expect_status 0 cli init
sqlite3 "$DB" <<'SQL'
INSERT INTO employee (id, personnel_number, first_name, name_prefix, last_name, birth_date, contract_minutes,
  employer_id, employment_start) VALUES
  (101, '2001', 'Jan', 'de', 'Vries', '1970-01-01', 1800, 4, '2015-01-01'),
  (102, '2002', 'Anneke', NULL, 'Ğüneş-Brouwer', '1980-05-05', 1800, 4, '2015-01-01'),
  (103, '2003', 'Kees', 'van der', 'Laan', '1965-02-02', 2160, 4, '2015-01-01'),
  (104, '2004', 'Fatima', NULL, 'El Amrani', '1990-03-03', 2160, 4, '2015-01-01');
INSERT INTO crew (id, name, team_leader_id) VALUES (1, 'Groenploeg Noord', 103), (2, 'Schoonmaak Zuid', NULL);
INSERT INTO crew_membership (crew_id, employee_id, start_date) VALUES (1, 101, '2015-01-01'), (1, 102, '2015-01-01'),
  (1, 103, '2015-01-01'), (2, 104, '2015-01-01');
WITH RECURSIVE d(day) AS (SELECT '2026-03-16' UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < '2026-03-20')
INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task, location, sequence,
  updated_at)
SELECT printf('s-%d-%s@overstap.test', e.id, d.day), CASE WHEN e.id = 104 THEN 2 ELSE 1 END, e.id, d.day,
       CASE WHEN e.id = 104 THEN '22:00' ELSE '07:30' END, CASE WHEN e.id = 104 THEN '06:00' ELSE '16:00' END, 30,
       'maaien', 'Park Noord', 0, '2026-01-01T00:00:00Z'
FROM d, employee e;
INSERT INTO milestone (title, owner, due_date, status) VALUES ('Besluit raad', 'Griffie', '2026-03-25', 'planned');
SQL
shifts=$(sqlite3 "$DB" "SELECT count(*) FROM shift")
expect_eq 20 "$shifts" "the roster holds four people's week"

# --- 1. the first publish makes one calendar per feed, with all events ---
out=$(publish); expect_status 0 true
expect_eq "2 crews + 4 employees + deadlines" "$(echo "$out" | json "f\"{d['calendars'] - 5} crews + 4 employees + deadlines\" if d['calendars'] == 7 else d")" \
  "seven calendars published"
expect_eq "7 41 41 0" "$(echo "$out" | json "f\"{d['calendars_created']} {d['events']} {d['created']} {d['updated']}\"")" \
  "7 calendars made, 20 + 20 shifts and a milestone written new"
read_back "$TMP/dump1" > "$TMP/read1.json"
expect_eq "Deadlines convenanten en mijlpalen|Rooster Anneke Ğüneş-Brouwer|Rooster Fatima El Amrani|Rooster Groenploeg Noord|Rooster Jan de Vries|Rooster Kees van der Laan|Rooster Schoonmaak Zuid" \
  "$(field "$TMP/read1.json" "'|'.join(sorted(d['calendars']))")" "python3-caldav finds the seven calendars by name"
expect_eq "Europe/Amsterdam" "$(field "$TMP/read1.json" "' '.join(sorted(set(c['timezone'] for c in d['calendars'].values())))")" \
  "every calendar has the Europe/Amsterdam time zone"
expect_eq 15 "$(field "$TMP/read1.json" "len(d['calendars']['Rooster Groenploeg Noord']['events'])")" "the crew calendar holds its 15 shifts"
expect_eq "2026-03-16T06:30:00Z Europe/Amsterdam" \
  "$(field "$TMP/read1.json" "(lambda e: e['start'] + ' ' + e['tzid'])(d['calendars']['Rooster Groenploeg Noord']['events']['s-101-2026-03-16@overstap.test'])")" \
  "07:30 in Amsterdam is 06:30 UTC in March, with its TZID"
expect_eq "2026-03-16T21:00:00Z" \
  "$(field "$TMP/read1.json" "d['calendars']['Rooster Fatima El Amrani']['events']['s-104-2026-03-16@overstap.test']['start']")" \
  "a night shift in an employee's calendar"
expect_eq "s-101-2026-03-16%40overstap.test.ics" \
  "$(field "$TMP/read1.json" "d['calendars']['Rooster Jan de Vries']['events']['s-101-2026-03-16@overstap.test']['resource']")" \
  "each event is its own resource, UID.ics"
expect_eq "urn:x-overstap:crew:1:teamleider" \
  "$(field "$TMP/read1.json" "d['calendars']['Rooster Jan de Vries']['events']['s-101-2026-03-16@overstap.test']['organizer']")" \
  "the organizer of a crew's shift is its team leader"
expect_match "^urn:x-overstap:organisation" \
  "$(field "$TMP/read1.json" "d['calendars']['Rooster Schoonmaak Zuid']['events']['s-104-2026-03-16@overstap.test']['organizer']")" \
  "a crew without a team leader: the municipality organizes"

# --- 2. valid as published: RFC 5546 (libical), python3-icalendar and ical.js ---
expect_status 0 "$RESTRICTION" "$TMP"/dump1/*/*.ics
expect_status 0 cli roster publish --dir "$TMP/feeds" --from 2026-03-01 --to 2026-03-31
expect_status 0 "$RESTRICTION" "$TMP"/feeds/*.ics
# (The server's copy of a resource is the server's text, re-serialized by Radicale: python3-icalendar
# reads every one of them in caldav_client.py; check_ics.py's octet checks are for our own text.)
for f in "$TMP"/feeds/*.ics; do
  expect_status 0 $PY "$SRC/tests/ical/check_ics.py" "$f"
done
if [ -d "$SRC/tests/ical/node_modules/ical.js" ]; then
  expect_status 0 node "$SRC/tests/ical/check_ics.mjs" "$TMP/feeds/ploeg-groenploeg-noord.ics"
  expect_status 0 node "$SRC/tests/ical/check_ics.mjs" "$TMP/dump1/ploeg-groenploeg-noord/s-101-2026-03-16%40overstap.test.ics"
fi
expect_eq 1 "$(grep -c '^METHOD:PUBLISH' "$TMP/feeds/ploeg-groenploeg-noord.ics")" "the folder feed keeps METHOD:PUBLISH"
expect_eq 0 "$(cat "$TMP"/dump1/*/*.ics | grep -c '^METHOD')" "a CalDAV resource has no METHOD (RFC 4791 4.1)"

# --- 3. nothing changed: nothing sent ---
out=$(publish)
expect_eq "0 0 0 41" "$(echo "$out" | json "f\"{d['created']} {d['updated']} {d['deleted']} {d['unchanged']}\"")" "a republish without changes writes nothing"
expect_eq 0 "$(echo "$out" | json "d['requests']")" "and sends no request at all"

# --- 4. one changed shift changes exactly that event, in its two calendars ---
sqlite3 "$DB" "UPDATE shift SET start_time = '08:00' WHERE uid = 's-102-2026-03-17@overstap.test'"
out=$(publish)
expect_eq "0 2 0 39" "$(echo "$out" | json "f\"{d['created']} {d['updated']} {d['deleted']} {d['unchanged']}\"")" \
  "one changed shift: two resources replaced (crew and employee calendar)"
read_back > "$TMP/read2.json"
expect_eq "Rooster Anneke Ğüneş-Brouwer s-102-2026-03-17@overstap.test|Rooster Groenploeg Noord s-102-2026-03-17@overstap.test" \
  "$(diff <(etags "$TMP/read1.json") <(etags "$TMP/read2.json") | grep '^>' | cut -d' ' -f2- | sed 's/ "[^"]*"$//' | paste -sd'|')" \
  "exactly that event's ETag changed on the server, in each of its calendars"
expect_eq "2026-03-17T07:00:00Z 1" \
  "$(field "$TMP/read2.json" "(lambda e: f\"{e['start']} {e['sequence']}\")(d['calendars']['Rooster Groenploeg Noord']['events']['s-102-2026-03-17@overstap.test'])")" \
  "the server holds the new time, with a higher SEQUENCE"

# --- 5. a removed shift is gone ---
sqlite3 "$DB" "DELETE FROM shift WHERE uid = 's-101-2026-03-18@overstap.test'"
out=$(publish)
# The two colleagues working that day lose a name from "Ploeg deze dag": their events change too.
expect_eq "0 4 2" "$(echo "$out" | json "f\"{d['created']} {d['updated']} {d['deleted']}\"")" \
  "a removed shift: two resources deleted, the day's two colleagues' descriptions updated"
read_back > "$TMP/read3.json"
expect_eq "missing missing" "$(field "$TMP/read3.json" "' '.join('missing' if 's-101-2026-03-18@overstap.test' not in d['calendars'][n]['events'] else 'present' for n in ('Rooster Groenploeg Noord', 'Rooster Jan de Vries'))")" \
  "the removed shift is gone from both calendars"
expect_eq 14 "$(field "$TMP/read3.json" "len(d['calendars']['Rooster Groenploeg Noord']['events'])")" "the crew calendar holds 14 events"

# A cancelled shift stays, as STATUS:CANCELLED with a higher SEQUENCE, so that a phone shows it withdrawn.
sqlite3 "$DB" "UPDATE shift SET cancelled = 1 WHERE uid = 's-104-2026-03-20@overstap.test'"
out=$(publish)
expect_eq "0 2 0" "$(echo "$out" | json "f\"{d['created']} {d['updated']} {d['deleted']}\"")" "a cancelled shift: its two resources replaced"
read_back > "$TMP/read3.json"
expect_eq "CANCELLED 1" \
  "$(field "$TMP/read3.json" "(lambda e: f\"{e['status']} {e['sequence']}\")(d['calendars']['Rooster Schoonmaak Zuid']['events']['s-104-2026-03-20@overstap.test'])")" \
  "the server holds it as CANCELLED, SEQUENCE 1"

# --- 6. a wrong password: a clear error, nothing written ---
sqlite3 "$DB" "UPDATE shift SET task = 'snoeien' WHERE uid = 's-103-2026-03-19@overstap.test'"
err=$(OVERSTAP_CALDAV_PASSWORD=fout publish 2>&1 >/dev/null); status=$?
expect_eq 1 "$status" "a wrong password fails"
expect_match "Calendar “Rooster .*”, event s-103-2026-03-19@overstap.test: the server refused the user name or password \(401" "$err" \
  "the error names the calendar, the event and the 401"
if grep -q 'the server refused the user name or password' "$SRC/po/nl.po"; then
  err=$(LC_ALL=nl_NL.UTF-8 LANGUAGE=nl OVERSTAP_CALDAV_PASSWORD=fout publish 2>&1 >/dev/null)
  expect_match "Agenda “Rooster .*”, afspraak s-103-2026-03-19@overstap.test: .*401" "$err" "the same error in Dutch"
fi
read_back > "$TMP/read4.json"
expect_eq "$(etags "$TMP/read3.json")" "$(etags "$TMP/read4.json")" "the wrong password changed nothing on the server"

# --- 6b. other refusals name the calendar and the answer: 403, 409 (no such parent), a failing server ---
err=$(cli roster publish --caldav "http://127.0.0.1:$PORT/iemand-anders/" --user overstap --from 2026-03-01 --to 2026-03-31 2>&1 >/dev/null)
expect_match "Calendar “.*”: this user may not write there \(403" "$err" "another user's collection: 403, named"
# A server that answers every request with 503: retried with backoff, then reported.
$PY - "$TMP/busy.port" "$TMP/busy.count" <<'STUB' &
import http.server, sys
count = 0
class Busy(http.server.BaseHTTPRequestHandler):
    def answer(self):
        global count
        count += 1
        open(sys.argv[2], "w").write(str(count))
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()
    do_MKCALENDAR = do_PUT = do_PROPPATCH = answer
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Busy)
open(sys.argv[1], "w").write(str(server.server_address[1]))
server.serve_forever()
STUB
busy=$!
for _ in $(seq 50); do [ -s "$TMP/busy.port" ] && break; sleep 0.1; done
err=$(cli roster publish --caldav "http://127.0.0.1:$(cat "$TMP/busy.port")/x/" --from 2026-03-01 --to 2026-03-31 2>&1 >/dev/null)
kill $busy
expect_match "Calendar “.*”: the server failed \(503" "$err" "a failing server: 5xx, named"
expect_eq 4 "$(cat "$TMP/busy.count")" "a 503 is tried four times"

# --- 7. someone else changed an event: 412, reported, not overwritten ---
$PY "$SRC/tests/caldav/caldav_client.py" touch "$URL" overstap 'geheim wachtwoord' "Rooster Kees van der Laan" \
  s-103-2026-03-19@overstap.test "Gewijzigd door de teamleider"
err=$(publish 2>&1 >/dev/null); status=$?
expect_eq 1 "$status" "a conflict fails the publish"
expect_match "Calendar “Rooster Kees van der Laan”, event s-103-2026-03-19@overstap.test: someone else changed it .*412" "$err" \
  "the error names the calendar, the event and the 412"
read_back > "$TMP/read5.json"
expect_eq "Gewijzigd door de teamleider" \
  "$(field "$TMP/read5.json" "d['calendars']['Rooster Kees van der Laan']['events']['s-103-2026-03-19@overstap.test']['summary']")" \
  "the other change is left as it is"
expect_match "snoeien" \
  "$(field "$TMP/read5.json" "d['calendars']['Rooster Groenploeg Noord']['events']['s-103-2026-03-19@overstap.test']['summary']")" \
  "the same shift in the crew calendar, unchanged by anyone else, is updated"

# --- 8. a server stopped halfway: a clear error, and the next run completes without duplicates ---
sqlite3 "$DB" <<'SQL'
WITH RECURSIVE d(day) AS (SELECT '2026-03-23' UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < '2026-03-27')
INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, task, location, sequence,
  updated_at)
SELECT printf('s-%d-%s@overstap.test', e.id, d.day), CASE WHEN e.id = 104 THEN 2 ELSE 1 END, e.id, d.day,
       '07:30', '16:00', 30, 'maaien', 'Park Noord', 0, '2026-01-01T00:00:00Z'
FROM d, employee e;
SQL
publish > "$TMP/halfway.json" 2> "$TMP/halfway.err" &
publisher=$!
for _ in $(seq 100); do
  [ "$(sqlite3 "$DB" "SELECT count(*) FROM caldav_event")" -gt 48 ] && break
  sleep 0.05
done
stop_server
wait $publisher; status=$?
expect_eq 1 "$status" "the publish fails when the server stops"
expect_match "no answer from http://127.0.0.1:$PORT/overstap/.* after 4 tries" "$(cat "$TMP/halfway.err")" \
  "the error says the server did not answer, after retrying"
written=$(sqlite3 "$DB" "SELECT count(*) FROM caldav_event")
start_server
out=$(publish 2>&1)
expect_match '"created" : ' "$out" "the next run completes"
read_back > "$TMP/read6.json"
expect_eq "$(sqlite3 "$DB" "SELECT count(*) FROM shift WHERE crew_id = 1")" \
  "$(field "$TMP/read6.json" "len(d['calendars']['Rooster Groenploeg Noord']['events'])")" \
  "after the interrupted publish, the crew calendar holds each shift once"
expect_eq "$(sqlite3 "$DB" "SELECT count(*) FROM caldav_event")" \
  "$(field "$TMP/read6.json" "sum(len(c['events']) for c in d['calendars'].values())")" \
  "what the database records is what the server holds"
echo "# stopped after $written of the resources were recorded"

# --- 9. absences from a CalDAV calendar (HR's leave calendar) ---
$PY "$SRC/tests/caldav/caldav_client.py" leave "$URL" overstap 'geheim wachtwoord' verlof
out=$(cli roster import --caldav "${URL}verlof/" --user overstap --employee 2001 --as absence --from 2026-01-01 --to 2026-12-31 --json)
expect_eq "1 0" "$(echo "$out" | json "f\"{d['imported']} {d['outside_period']}\"")" \
  "the REPORT's time-range brings only the leave in the period"
expect_eq "2026-03-23|2026-03-24|leave" "$(sqlite3 "$DB" "SELECT start_date, end_date, kind FROM absence WHERE employee_id = 101")" \
  "imported as leave, with the file import's rules (DTEND exclusive)"
out=$(cli roster import --caldav "${URL}verlof/" --user overstap --employee 2001 --as absence --from 2026-01-01 --to 2026-12-31 --json)
expect_eq "0 1" "$(echo "$out" | json "f\"{d['imported']} {d['already_present']}\"")" "importing again adds nothing"
expect_status 1 cli roster import --caldav "${URL}bestaat-niet/" --user overstap --employee 2001 --as absence

# --- 10. a calendar deleted on the server by hand: the next write names it, the event and the 404/409 ---
curl -s -o /dev/null -u "overstap:geheim wachtwoord" -X DELETE "${URL}ploeg-schoonmaak-zuid/"
sqlite3 "$DB" "UPDATE shift SET end_time = '05:30' WHERE uid = 's-104-2026-03-16@overstap.test'"
err=$(publish 2>&1 >/dev/null)
expect_match "Calendar “Rooster Schoonmaak Zuid”, event s-104-2026-03-16@overstap.test: the address does not exist on the server \((404|409)" \
  "$err" "a collection gone from the server: named, with the event and the answer"

finish

#!/bin/bash
# Crash safety: imports, roster generation and a database copy killed with SIGKILL at moments spread
# over their run (a fixed seed, so every run kills at the same moments) leave a database that passes
# PRAGMA integrity_check and holds all or nothing of the interrupted change.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2026-03-02
RANDOM=14
KILLS=${OVERSTAP_CRASH_KILLS:-8}

expect_status 0 cli init
sqlite3 "$DB" "
INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id,
  employment_start) VALUES (1, 'P1', 'Anna', 'Bakker', '1970-01-01', 2160, 1, '2000-01-01'),
  (2, 'P2', 'Bram', 'Vries', '1971-01-01', 1920, 1, '2000-01-01'),
  (3, 'P3', 'Cor', 'Jansen', '1972-01-01', 1440, 1, '2000-01-01');
INSERT INTO crew (id, name, min_size) VALUES (1, 'Noord', 1);
INSERT INTO crew_membership (crew_id, employee_id, role, start_date) VALUES (1, 1, 'team_leader', '2025-01-01'),
  (1, 2, 'member', '2025-01-01'), (1, 3, 'member', '2025-01-01');"
expect_status 0 cli pattern add Noord --days MO,TU,WE,TH,FR --start 07:30 --end 16:00 --break 30 --from 01-01-2026
BASE="$TMP/base.db"
sqlite3 "$DB" "VACUUM INTO '$BASE'"

# 3,000 employees, every rule checked; 5,000 all-day events.
CSV="$TMP/employees.csv"
{
  echo "personeelsnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn;woonplaats;woongemeente;arbeidshandicap;indicatie_geldig_tot;contracturen;schaal;trede;werkgever;in_dienst_sinds"
  for i in $(seq 1 3000); do echo "K$i;Naam$i;;Achter$i;01-01-1970;;Deventer;Deventer;matig;;32;4;7;Wezo;01-09-1992"; done
} > "$CSV"
ICS="$TMP/absences.ics"
{
  printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//NL\r\n'
  for i in $(seq 1 5000); do
    printf 'BEGIN:VEVENT\r\nUID:k%d@example.nl\r\nDTSTART;VALUE=DATE:2026%02d%02d\r\nSUMMARY:Vrij\r\nEND:VEVENT\r\n' \
      "$i" $((1 + i % 12)) $((1 + i % 28))
  done
  printf 'END:VCALENDAR\r\n'
} > "$ICS"

# crash_loop NAME TABLE COMMAND…: runs COMMAND once to completion to learn its duration and what it
# adds to TABLE, then KILLS times from a fresh copy of the base killed after a random part of that.
crash_loop() {
  local name=$1 table=$2; shift 2
  local work="$TMP/work.db" before full start end ms delay n ok
  before=$(sqlite3 "$BASE" "SELECT count(*) FROM $table")
  rm -f "$work" "$work-wal" "$work-shm"; cp "$BASE" "$work"
  start=$(date +%s%N)
  "$CLI" --db "$work" "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  full=$(sqlite3 "$work" "SELECT count(*) FROM $table")
  ms=$(( (end - start) / 1000000 + 1 ))
  if [ "$full" -le "$before" ]; then
    echo "FAIL: $name added nothing to $table when not interrupted"
    failures=$((failures + 1))
  fi
  for k in $(seq 1 "$KILLS"); do
    rm -f "$work" "$work-wal" "$work-shm"; cp "$BASE" "$work"
    delay=$(( RANDOM % ms ))
    "$CLI" --db "$work" "$@" > /dev/null 2>&1 &
    local pid=$!
    sleep "$(printf '0.%03d' "$delay")" 2>/dev/null || sleep 0
    [ "$delay" -ge 1000 ] && sleep $(( delay / 1000 ))
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    ok=$(sqlite3 "$work" "PRAGMA integrity_check")
    expect_eq "ok" "$ok" "$name killed after ${delay} ms: integrity"
    n=$(sqlite3 "$work" "SELECT count(*) FROM $table")
    if [ "$n" != "$before" ] && [ "$n" != "$full" ]; then
      echo "FAIL: $name killed after ${delay} ms left $n rows in $table: neither $before nor $full"
      failures=$((failures + 1))
    else
      passes=$((passes + 1))
    fi
  done
}

crash_loop "employee import" employee import employees "$CSV"
crash_loop ".ics import" absence roster import "$ICS" --all --as holiday --from 01-01-2026 --to 31-12-2026
crash_loop "roster generation" shift roster generate --crew Noord --from 01-01-2026 --to 31-12-2026

# [db copy] `overstap-cli db copy FROM TO` (branch pgserver) copies a whole database into an empty one
# in one transaction. When it is there, a copy killed midway leaves a target that is intact and
# either empty or whole.
if "$CLI" --db "$DB" db copy --help > /dev/null 2>&1; then
  copy_loop() {
    local target="$TMP/copy.db" delay n full
    full=$(sqlite3 "$DB" "SELECT count(*) FROM employee")
    for k in $(seq 1 "$KILLS"); do
      rm -f "$target" "$target-wal" "$target-shm"
      delay=$(( RANDOM % 300 ))
      "$CLI" --db "$DB" db copy "$DB" "$target" > /dev/null 2>&1 &
      local pid=$!
      sleep "$(printf '0.%03d' "$delay")"
      kill -9 "$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
      [ -e "$target" ] || { passes=$((passes + 1)); continue; }
      expect_eq "ok" "$(sqlite3 "$target" "PRAGMA integrity_check")" "db copy killed after ${delay} ms: integrity"
      n=$(sqlite3 "$target" "SELECT count(*) FROM employee" 2>/dev/null || echo 0)
      if [ "$n" != "0" ] && [ "$n" != "$full" ]; then
        echo "FAIL: db copy killed after ${delay} ms left $n of $full employees"
        failures=$((failures + 1))
      else
        passes=$((passes + 1))
      fi
    done
  }
  cli import employees "$CSV" > /dev/null 2>&1
  copy_loop
else
  echo "# db copy is not in this build yet (branch pgserver): its crash loop is skipped"
fi

finish

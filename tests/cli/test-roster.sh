#!/bin/bash
# overstap-cli roster generate|check|autofill|show|shift, pattern, absence.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2025-03-01

expect_status 0 cli init
sqlite3 "$DB" "
INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id,
  employment_start) VALUES (1, 'P1', 'Anna', 'Bakker', '1970-01-01', 2160, 1, '2000-01-01'),
  (2, 'P2', 'Bram', 'Vries', '1971-01-01', 1920, 1, '2000-01-01'),
  (3, 'P3', 'Cor', 'Jansen', '1972-01-01', 1440, 1, '2000-01-01'),
  (4, 'P4', 'Dirk', 'Smit', '1973-01-01', 2400, 1, '2000-01-01');
INSERT INTO crew (id, name, min_size) VALUES (1, 'Noord', 2), (2, 'Zuid', 1);
INSERT INTO crew_membership (crew_id, employee_id, role, start_date) VALUES (1, 1, 'team_leader', '2025-01-01'),
  (1, 2, 'member', '2025-01-01'), (1, 3, 'member', '2025-01-01'), (2, 4, 'team_leader', '2025-01-01');
INSERT INTO qualification (employee_id, kind) VALUES (2, 'licence_b');"

# Patterns: validation names the option and the value.
err=$(cli pattern add Noord --days MO,XX --start 07:30 --end 16:00 --from 03-03-2025 2>&1)
expect_match "days: .XX" "$err" "unknown weekday named"
err=$(cli pattern add Noord --rrule "FREQ=WEEKLY;BYDAY=QQ" --start 07:30 --end 16:00 --from 03-03-2025 2>&1)
expect_match "FREQ=WEEKLY;BYDAY=QQ.*MALFORMED" "$err" "bad RRULE quoted with libical's error"
err=$(cli pattern add Noord --days MO --start 16:00 --end 07:30 --from 03-03-2025 2>&1)
expect_match "end: 07:30 is not after start 16:00" "$err" "end before start"
err=$(cli pattern add Nergens --days MO --start 07:30 --end 16:00 --from 03-03-2025 2>&1)
expect_match "Nergens" "$err" "unknown crew named"
expect_status 1 cli pattern add Noord --days MO --start 07:30 --end 16:00 --from 31-02-2025
expect_status 2 cli pattern add Noord --days MO
expect_status 0 cli pattern add Noord --days MO,TU,WE,TH --start 07:30 --end 16:00 --break 30 --task maaien \
  --requires licence_b --from 03-03-2025 --except 06-03-2025
expect_status 0 cli pattern add Zuid --days MO,TU --start 07:00 --end 15:30 --break 30 --from 03-03-2025
expect_eq "MO,TU,WE,TH 2025-03-06" "$(cli pattern list Noord --json | json 'd[0]["days"] + " " + d[0]["exdates"][0]')" \
  "pattern list"

# Generate: idempotent, the holiday skipped.
expect_status 0 cli roster generate --crew Noord --from 03-03-2025 --to 09-03-2025
expect_eq "9" "$(cli roster show --crew Noord --week 2025-W10 --json | json 'len(d)')" "three days of three people"
expect_status 0 cli roster generate --crew Noord --from 03-03-2025 --to 09-03-2025
expect_eq "9" "$(sqlite3 "$DB" 'select count(*) from shift where crew_id = 1')" "regeneration adds nothing"
expect_status 0 cli roster generate --crew Zuid --from 03-03-2025 --to 09-03-2025
expect_status 1 cli roster generate --crew Nergens --from 03-03-2025 --to 09-03-2025
expect_status 1 cli roster generate --crew Noord --from 09-03-2025 --to 03-03-2025

# Check: JSON array of {code, employees, date, message}; exit 0 with or without conflicts.
out=$(cli roster check --crew Zuid --from 03-03-2025 --to 09-03-2025 --json)
expect_eq "[]" "$(echo "$out" | json 'json.dumps(d)')" "no conflicts in Zuid"
# P3 (24 h) has three days of 8 h; a Saturday morning more is above contract.
expect_status 0 cli roster shift add --crew Noord --employee P3 --date 08-03-2025 --start 08:00 --end 12:00
expect_status 0 cli roster check --crew Noord --from 03-03-2025 --to 09-03-2025
out=$(cli roster check --crew Noord --from 03-03-2025 --to 09-03-2025 --json)
expect_eq "P3 2025-03-03" "$(echo "$out" | json '[c["employees"][0] + " " + c["date"] for c in d if c["code"]=="hours_above_contract"][0]')" \
  "P3 above contract hours in the week of Monday 3 March"
expect_eq "code,date,employees,message" \
  "$(echo "$out" | json '",".join(sorted(k for k in d[0] if k in ("code","employees","date","message")))')" "JSON keys"

# Manual changes are overrides; removal keeps the row cancelled with a higher sequence.
uid=$(cli roster shift remove --crew Noord --employee P3 --date 04-03-2025)
expect_eq "c1-e3-20250304-p1@overstap" "$uid" "remove names the stable UID"
expect_eq "1|1|1" "$(sqlite3 "$DB" "select cancelled, is_override, sequence from shift where uid = '$uid'")" "cancelled override"
expect_status 0 cli roster shift change --crew Noord --employee P1 --date 03-03-2025 --start 08:00
expect_status 0 cli roster shift swap --crew Noord --date 05-03-2025 P2 P3
expect_status 0 cli roster shift add --crew Noord --employee P3 --date 07-03-2025 --start 07:30 --end 12:00
expect_status 1 cli roster shift add --crew Noord --employee P9 --date 07-03-2025 --start 07:30 --end 12:00
err=$(cli roster shift add --crew Noord --employee P3 --date 07-03-2025 --start 7.30 --end 12:00 2>&1)
expect_match "start: .7\.30" "$err" "bad time named"
expect_status 0 cli roster generate --crew Noord --from 03-03-2025 --to 09-03-2025
expect_eq "1|08:00" "$(sqlite3 "$DB" "select count(*), start_time from shift where uid = 'c1-e1-20250303-p1@overstap'")" \
  "override kept on regeneration"
expect_eq "0" "$(sqlite3 "$DB" "select count(*) from shift where uid = '$uid' and cancelled = 0")" "removal kept"

# Absences: sickness is health data for a teamleider.
expect_status 0 cli absence add P2 --kind sickness --from 04-03-2025 --to 05-03-2025 --note griep
expect_status 0 cli absence add --all --kind holiday --from 21-04-2025
expect_status 1 cli absence add P2 --kind vakantie --from 04-03-2025
expect_status 2 cli absence add --kind leave --from 04-03-2025
expect_status 0 cli user add truus --role teamleider --crew Noord
expect_eq "absent" "$(cli --user truus absence list --employee P2 --json | json 'd[0]["kind"]')" "kind hidden"
expect_eq "sickness" "$(cli absence list --employee P2 --json | json 'd[0]["kind"]')" "kwartiermaker sees the kind"
out=$(cli --user truus roster check --from 03-03-2025 --to 09-03-2025 --json)
expect_eq "True" "$(echo "$out" | json 'any(c["code"]=="shift_during_absence" for c in d) and all("sick" not in c["message"] for c in d)')" \
  "teamleider sees the absence conflict without the kind"
expect_eq "Noord" "$(echo "$out" | json '",".join(sorted(set(c["crew"] for c in d)))')" "teamleider checks only own crews"
expect_status 1 cli --user truus roster generate --crew Zuid --from 03-03-2025 --to 09-03-2025
expect_status 1 cli --user truus absence add P4 --kind leave --from 04-03-2025

# Auto-fill: the same proposal twice, --apply writes it, then nothing is left to propose.
a=$(cli roster autofill --crew Noord --from 10-03-2025 --to 23-03-2025 --json)
b=$(cli roster autofill --crew Noord --from 10-03-2025 --to 23-03-2025 --json)
expect_eq "$a" "$b" "auto-fill is deterministic"
expect_match '"reason"' "$a" "changes carry reasons"
expect_status 0 cli roster autofill --crew Noord --from 10-03-2025 --to 23-03-2025 --apply
expect_eq "0" "$(cli roster autofill --crew Noord --from 10-03-2025 --to 23-03-2025 --json | json 'len(d)')" \
  "applied proposal leaves nothing"
expect_eq "0" "$(cli roster check --crew Noord --from 10-03-2025 --to 23-03-2025 --json | json 'len([c for c in d if c["code"]=="hours_above_contract"])')" \
  "auto-fill stays within contract hours"
expect_eq "1" "$(sqlite3 "$DB" "select count(*) from audit_log where action = 'autofill'")" "one audit row per apply"
expect_status 0 cli roster show --crew Noord --from 10-03-2025 --to 16-03-2025

# A pattern for some members only (--for), and copying a week to the next ones.
expect_status 1 cli pattern add Zuid --days FR --start 07:00 --end 12:00 --from 03-03-2025 --for P1
expect_status 0 cli pattern add Zuid --days FR --start 07:00 --end 12:00 --from 03-03-2025 --for P4
expect_eq "P4" "$(cli pattern list Zuid --json | json '",".join(m["personnel_number"] for p in d for m in p["members"])')" \
  "the pattern names its member"
expect_match "for P4" "$(cli pattern list Zuid)" "and the list says so"
expect_status 0 cli roster generate --crew Zuid --from 31-03-2025 --to 06-04-2025
expect_status 0 cli roster copy-week --crew Zuid --week 2025-W14 --weeks 2
expect_eq "3 3 3" "$(for w in 14 15 16; do cli roster show --crew Zuid --week 2025-W$w --json | json 'len(d)'; done | xargs)" \
  "the copied weeks have the source week's three shifts"
expect_status 2 cli roster copy-week --crew Zuid
expect_status 1 cli roster copy-week --crew Zuid --week 2025-W14 --weeks 0
expect_status 2 cli roster frobnicate
finish

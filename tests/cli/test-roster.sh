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
expect_eq "1|08:00" "$(sqlite3 "$DB" "select count(*), max (start_time) from shift where uid = 'c1-e1-20250303-p1@overstap'")" \
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
out=$(cli pattern list Zuid)
expect_match "^No\. .* For$" "$(echo "$out" | head -1)" "the list has a column of the members a pattern is for"
expect_match "^[0-9]+ +Zuid +Fri .* P4$" "$out" "and the Friday pattern's row says P4"
expect_status 0 cli roster generate --crew Zuid --from 31-03-2025 --to 06-04-2025
expect_status 0 cli roster copy-week --crew Zuid --week 2025-W14 --weeks 2
expect_eq "3 3 3" "$(for w in 14 15 16; do cli roster show --crew Zuid --week 2025-W$w --json | json 'len(d)'; done | xargs)" \
  "the copied weeks have the source week's three shifts"
expect_status 2 cli roster copy-week --crew Zuid
expect_status 1 cli roster copy-week --crew Zuid --week 2025-W14 --weeks 0
expect_status 2 cli roster frobnicate
# Arbeidstijdenwet: crew Atw, one person per rule, each made to break it; P20 works a lawful month.
sqlite3 "$DB" "
INSERT INTO crew (id, name, min_size) VALUES (3, 'Atw', 1);
WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO employee (id, personnel_number, first_name, last_name, birth_date, contract_minutes, employer_id,
  employment_start) SELECT i, 'P' || i, 'Test', 'Persoon' || i, '1970-01-01', 2400, 1, '2000-01-01' FROM n;
WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO crew_membership (crew_id, employee_id, role, start_date) SELECT 3, i, 'member', '2020-01-01' FROM n;
"
# The shifts of each rule's person, computed here and inserted as plain rows, so that both engines take them.
/usr/bin/python3 - > "$TMP/atw.sql" <<'PY'
import datetime
# (employee, first day, number of days, step in days, start, end, break minutes)
plan = [
    (10, "2025-03-04", 1, 1, "06:00", "19:00", 45),    # shift_too_long: 12:15
    (11, "2025-03-04", 1, 1, "08:00", "14:00", 0),     # break_too_short: 6 hours without a break
    (12, "2025-03-03", 1, 1, "14:00", "22:00", 30), (12, "2025-03-04", 1, 1, "06:00", "14:00", 30),
    (12, "2025-03-05", 1, 1, "14:00", "22:00", 30), (12, "2025-03-06", 1, 1, "06:00", "14:00", 30),  # short_rest
    (13, "2025-03-02", 6, 1, "07:00", "18:45", 45),    # week_over_60h: Sunday to Saturday, 66 hours
    (14, "2025-01-06", 112, 1, "07:00", "17:45", 45),  # average_over_48h: 16 weeks of 5 x 10 hours
    (15, "2025-06-02", 21, 1, "07:30", "16:00", 30),   # weekly_rest_too_short: three weeks on
    (16, "2025-01-05", 52, 7, "08:00", "16:30", 30),   # sundays_below_13: every Sunday
    (17, "2025-03-04", 1, 1, "00:00", "11:00", 45),    # night_shift_too_long: 10:15
    (19, "2025-04-26", 1, 1, "08:00", "12:00", 0),     # work_on_holiday: Koningsdag 2025
    (20, "2025-09-01", 20, 1, "07:30", "16:00", 30),   # lawful: Monday to Friday below
]
# too_many_night_shifts: 40 night shifts in ten weeks, Monday to Thursday.
plan += [(18, (datetime.date(2025, 1, 6) + datetime.timedelta(days=w * 7 + d)).isoformat(), 1, 1, "00:00", "07:00", 30)
         for w in range(10) for d in range(4)]
for p, (employee, first, days, step, start, end, brk) in enumerate(plan, 1):
    for i in range(days):
        day = datetime.date.fromisoformat(first) + datetime.timedelta(days=i * step)
        if employee in (14, 20) and day.isoweekday() >= 6:
            continue   # weekdays only
        print("INSERT INTO shift (uid, crew_id, employee_id, date, start_time, end_time, break_minutes, origin, "
              "is_override, updated_at) VALUES ('atw-%d-%d', 3, %d, '%s', '%s', '%s', %d, 'manual', 1, "
              "'2025-01-01T00:00:00Z');" % (p, i, employee, day.isoformat(), start, end, brk))
PY
sqlite3 "$DB" "$(cat "$TMP/atw.sql")"
# The CAO makes Koningsdag a day off (26 April in 2025: the 27th is a Sunday).
expect_status 0 cli holiday set koningsdag yes --from 01-01-2000
expect_status 2 cli holiday set koningsdag misschien --from 01-01-2000
expect_status 1 cli holiday set sinterklaas yes --from 01-01-2000
expect_status 1 cli --user truus holiday set pasen yes --from 01-01-2000
expect_eq "2025-04-26 True" "$(cli holiday list --year 2025 --json | json '[h["date"] + " " + str(h["free"]) for h in d if h["holiday"] == "kings_day"][0]')" \
  "Koningsdag 2025 on Saturday the 26th, a day off"
expect_eq "2031-04-13" "$(cli holiday list --year 2031 --json | json '[h["date"] for h in d if h["holiday"] == "easter_sunday"][0]')" \
  "Easter 2031"
out=$(cli roster check --crew Atw --from 01-01-2025 --to 31-12-2025 --json)
for pair in P10:shift_too_long P11:break_too_short P12:short_rest P13:week_over_60h P14:average_over_48h \
            P15:weekly_rest_too_short P16:sundays_below_13 P17:night_shift_too_long P18:too_many_night_shifts \
            P19:work_on_holiday; do
  who=${pair%%:*} code=${pair#*:}
  expect_eq "True" "$(echo "$out" | json "any(c['code'] == '$code' and c['employees'] == ['$who'] for c in d)")" \
    "$code reported for $who"
done
expect_eq "0" "$(echo "$out" | json "len([c for c in d if 'P20' in c['employees']])")" "nothing on a lawful month"
expect_eq "0" "$(echo "$out" | json "len([c for c in d if c['code'] == 'weekly_rest_too_short' and c['employees'] != ['P15']])")" \
  "weekly rest only where there was none"
finish

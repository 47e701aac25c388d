#!/bin/bash
# overstap-cli employee, indication, wage-value, qualification, reindications, list employees.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2014-06-02

expect_status 0 cli init
expect_status 0 cli user add hanna --role hr
expect_status 0 cli user add theo --role teamleider

add_anna() {
  cli employee add --personnel-number 1001 --first-name Anna --prefix "van der" --last-name Bakker \
    --birth-date 17-5-1970 --bsn 111222333 --residence Wijhe --home-municipality Olst-Wijhe \
    --category matig --valid-until 01-08-2014 --hours 32,5 --scale 4 --step 2 --employer wezo \
    --start 1995-03-01 "$@"
}

expect_status 0 add_anna
expect_status 1 add_anna                                    # duplicate personnel number
err=$(add_anna 2>&1)
expect_match "^overstap-cli: --personnel-number: .*1001" "$err" "duplicate names the option and value"
expect_eq "1" "$(sqlite3 "$DB" 'select count(*) from employee')" "nothing written by the refused add"

# Validation: each error exits 1 and names the option.
err=$(cli employee add --personnel-number 1002 --first-name B --last-name C --birth-date 31-02-1970 \
  --home-municipality Raalte --category matig --hours 20 --employer Wezo --start 01-01-2000 2>&1)
expect_match "^overstap-cli: --birth-date 31-02-1970: .*not an existing date" "$err" "impossible date"
err=$(cli employee add --personnel-number 1002 --first-name B --last-name C --birth-date 1-1-1970 \
  --home-municipality Raalte --category matig --hours 40,5 --employer Wezo --start 01-01-2000 2>&1)
expect_match "^overstap-cli: --hours: 40,5" "$err" "hours above 40"
err=$(cli employee add --personnel-number 1002 --first-name B --last-name C --birth-date 1-1-1970 \
  --home-municipality Raalte --category licht --hours 20 --employer Wezo --start 01-01-2000 2>&1)
expect_match "^overstap-cli: --category: .*licht" "$err" "licht is not eligible"
err=$(cli employee add --personnel-number 1002 --first-name B --last-name C --birth-date 1-1-1970 \
  --home-municipality Raalte --category matig --hours 20 --employer Nergens --start 01-01-2000 2>&1)
expect_match "^overstap-cli: --employer: .*Nergens" "$err" "unknown employer"
expect_status 1 cli employee add --personnel-number 1002 --first-name B --last-name C --birth-date 1-1-1970 \
  --bsn 12345678 --home-municipality Raalte --category matig --hours 20 --employer Wezo --start 01-01-2000
expect_status 2 cli employee add --personnel-number 1002 extra-argument
expect_status 0 cli employee add --personnel-number 1002 --first-name Bram --last-name Claessen \
  --birth-date 1-1-1980 --home-municipality Raalte --hours 20 --employer Larcom --start 01-06-2015 --type new_sheltered
expect_status 0 cli employee add --personnel-number 1003 --first-name Cor --last-name Dijkstra \
  --birth-date 1-1-1960 --home-municipality Deventer --category ernstig --valid-until 1-6-2015 --hours 36 \
  --employer Wezo --start 01-01-1990

# Show and list, per role. A teamleider sees the members of their own crews only (privacy per role):
# theo leads Oost, with 1001 and 1003 in it.
expect_status 0 cli crew add Oost
expect_status 0 cli membership add Oost 1001 --start 01-01-2014
expect_status 0 cli membership add Oost 1003 --start 01-01-2014
expect_status 0 cli user grant theo --crew Oost
expect_eq "Bakker, Anna van der" "$(cli employee show 1001 --json | json 'd["display_name"]')" "display name"
expect_eq "111222333" "$(cli employee show 1001 --json | json 'd["bsn"]')" "kwartiermaker sees the BSN"
expect_eq "None" "$(cli --user theo employee show 1001 --json | json 'd["bsn"]')" "teamleider: no BSN, not even masked"
expect_eq "None" "$(cli --user theo employee show 1001 --json | json 'd["category"]')" "teamleider: no category"
expect_eq "matig" "$(cli --user hanna employee show 1001 --json | json 'd["category"]')" "hr sees the category"
expect_eq "32.5" "$(cli employee show 1001 --json | json 'd["contract_hours"]')" "hours"
out=$(cli employee show 1001)
expect_match "17-05-1970" "$out" "human output shows dd-mm-jjjj"
expect_match "111222333" "$out" "show gives the full BSN to those allowed"
expect_status 1 cli employee show 9999
expect_eq "3" "$(cli list employees --json | json 'len(d)')" "list employees --json"
expect_eq "Bakker,Claessen,Dijkstra" "$(cli list employees --json | json '",".join(r["last_name"] for r in d)')" \
  "sorted by last name"
expect_eq "new_sheltered" "$(cli list employees --json | json '[r for r in d if r["personnel_number"]=="1002"][0]["employment_type"]')" \
  "nieuw beschut"
out=$(cli list employees)
expect_match "1001 +Bakker, Anna van der +17-05-1970 +\*\*\*\*\*2333 +Wezo" "$out" "human list: aligned, BSN masked"
expect_eq "None" "$(cli --user theo list employees --json | json 'd[0]["bsn"]')" "teamleider list: no BSN"
expect_eq "1001,1003" "$(cli --user theo list employees --json | json '",".join(r["personnel_number"] for r in d)')" \
  "teamleider lists their own crew only"
expect_status 1 cli --user theo employee show 1002                    # not in theo's crews

# Changes: history and audit of changed fields only.
expect_status 1 cli --user theo employee change 1001 --hours 30
expect_status 0 cli --user hanna employee change 1001 --home-municipality Deventer --hours 30
expect_eq "2" "$(sqlite3 "$DB" "select count(*) from home_municipality h join employee e on e.id = h.employee_id where e.personnel_number = '1001'")" \
  "move added to the history"
expect_eq "2014-06-02" "$(sqlite3 "$DB" "select max(valid_from) from home_municipality h join employee e on e.id = h.employee_id where e.personnel_number = '1001'")" \
  "a move is dated today"
changes=$(cli audit --json | json '[r for r in d if r["action"]=="update"][0]["changes"]')
expect_eq "{'contract_minutes': 1800, 'home_municipality': 'Deventer'}" "$changes" "audit lists changed fields only"
expect_eq "hanna" "$(cli audit --json | json '[r for r in d if r["action"]=="update"][0]["user_name"]')" "audit names hr"
expect_status 1 cli employee change 1001 --start 31-13-2000
err=$(cli employee change 1001 --valid-until 1-1-2013 2>&1)
expect_match "^overstap-cli: --valid-until: " "$err" "a renewal that ended before today is refused"

# Status and end.
expect_status 0 cli employee status 1003 sick
expect_eq "absent" "$(cli --user theo employee show 1003 --json | json 'd["status"]')" "teamleider sees absent"
expect_eq "sick" "$(cli --user hanna employee show 1003 --json | json 'd["status"]')" "hr sees sick"
expect_status 1 cli employee status 1003 dead
expect_status 2 cli employee status 1003
expect_status 1 cli employee end 1003 --date 1-1-1980                  # before the start
expect_status 2 cli employee end 1003
expect_status 0 cli employee end 1003 --date 31-12-2014
expect_eq "ended|2014-12-31" "$(sqlite3 "$DB" "select status, employment_end from employee where personnel_number = '1003'")" \
  "end keeps the row"

# Indications and re-indications.
expect_status 0 cli indication add 1001 --category ernstig --date 1-5-2014 --valid-until 1-5-2017
expect_status 1 cli indication add 1001 --category licht --date 1-6-2014
expect_status 1 cli --user theo indication list 1001
expect_eq "2" "$(cli indication list 1001 --json | json 'len(d)')" "two indications"
expect_eq "True" "$(cli indication list 1001 --json | json 'd[-1]["is_current"]')" "newest is current"
expect_status 0 cli employee add --personnel-number 1004 --first-name Els --last-name Evers --birth-date 2-2-1975 \
  --home-municipality Raalte --category matig --valid-until 1-8-2014 --hours 24 --employer Wezo --start 01-01-2005
expect_status 0 cli employee add --personnel-number 1005 --first-name Fleur --last-name Faber --birth-date 2-2-1975 \
  --home-municipality Raalte --category matig --valid-until 20-10-2014 --hours 24 --employer Wezo --start 01-01-2005
expect_eq "1004" "$(cli reindications --within-weeks 0 --json | json '",".join(r["personnel_number"] for r in d)')" \
  "overdue only"
expect_eq "-52" "$(cli reindications --within-weeks 0 --json | json 'd[0]["days_left"]')" "days left negative"
expect_eq "1004,1005" "$(cli reindications --within-weeks 4 --json | json '",".join(r["personnel_number"] for r in d)')" \
  "within 4 weeks, sorted by deadline"
out=$(cli reindications --within-weeks 4)
expect_match "1004 +Evers, Els +Wezo +01-08-2014 +11-04-2014 +-52 \(overdue\)" "$out" "human reindications"
expect_status 1 cli --user theo reindications
expect_status 2 cli reindications --within-weeks x

# Wage values: never for a teamleider.
expect_status 0 cli --user hanna wage-value add 1001 --date 10-1-2014 --method Dariuz --percentage 55,5
expect_status 1 cli wage-value add 1001 --date 10-1-2014 --method Dariuz --percentage 101
expect_status 2 cli wage-value add 1001 --date 10-1-2014
expect_eq "55.5" "$(cli --user hanna wage-value list 1001 --json | json 'd[0]["percentage"]')" "wage value"
expect_status 1 cli --user theo wage-value list 1001
expect_status 1 cli --user theo wage-value add 1001 --date 10-1-2014 --method Dariuz --percentage 50
err=$(cli --user theo wage-value list 1001 2>&1)
expect_match "theo \(role teamleider\) may not" "$err" "permission error names user and role"

# Qualifications: visible to a teamleider, changed by hr.
out=$(cli qualification add 1001 --kind machine --detail bosmaaier --obtained 1-4-2010)
qid=$(echo "$out" | grep -Eo '[0-9]+' | head -1)
expect_status 0 cli qualification add 1001 --kind licence_b
expect_status 1 cli qualification add 1001 --kind machine
expect_status 1 cli qualification add 1001 --kind licence_x
expect_status 1 cli --user theo qualification add 1001 --kind licence_be
expect_eq "2" "$(cli --user theo qualification list 1001 --json | json 'len(d)')" "teamleider sees qualifications"
expect_status 0 cli qualification end "$qid" --date 31-5-2014
expect_eq "False" "$(cli qualification list 1001 --json | json '[q for q in d if q["kind"]=="machine"][0]["is_valid"]')" \
  "ended qualification is not valid today"
expect_status 1 cli qualification end 9999 --date 31-5-2014
expect_status 2 cli qualification end abc --date 31-5-2014
expect_eq "3" "$(sqlite3 "$DB" "select count(*) from audit_log where entity in ('qualification')")" "qualification audit rows"

# Concurrent changes: four `employee change` processes at once, each changing its own field of one
# employee twenty times. Each change reads the row inside its own write transaction and writes only
# its option, so every field ends with its writer's last value and every change has its audit row.
n_updates() {
  sqlite3 "$DB" "select count(*) from audit_log where entity = 'employee' and action = 'update' and \
    entity_id = (select id from employee where personnel_number = '1003') $1"
}
change_many() {
  local option=$1 prefix=$2 i
  for i in $(seq 1 20); do
    cli employee change 1003 "$option" "$prefix$((i + 10))" >/dev/null 2>>"$TMP/concurrent.err" ||
      echo "$option $i" >>"$TMP/concurrent.failed"
  done
}
updates_before=$(n_updates "")
change_many --hours "" &
change_many --residence "Plaats " &
change_many --scale "" &
change_many --last-name "Dijkstra-" &
wait
expect_eq "" "$(cat "$TMP/concurrent.failed" "$TMP/concurrent.err" 2>/dev/null)" "no concurrent change failed"
expect_eq "1800|Plaats 30|30|Dijkstra-30" \
  "$(sqlite3 "$DB" "select contract_minutes, residence, salary_scale, last_name from employee \
                    where personnel_number = '1003'")" "every field holds its writer's last value"
expect_eq "$((updates_before + 80))" "$(n_updates "")" "one audit row per concurrent change"
for key in contract_minutes residence salary_scale last_name; do
  expect_eq "20" "$(n_updates "and json_extract (changes, '\$.$key') is not null")" "audit rows naming $key"
done
finish

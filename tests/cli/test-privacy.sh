#!/bin/bash
# Privacy per role: what a teamleider lists, shows and exports; backup only for the kwartiermaker and
# audited; "absent" instead of sickness; the access log of health reads (audit access); purge.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2025-03-03
me=$(id -un)

add() {
  cli employee add --personnel-number "$1" --first-name "$2" --last-name "$3" --birth-date 17-5-1970 \
    --bsn 111222333 --residence Wijhe --home-municipality Olst-Wijhe --category matig --valid-until 01-08-2030 \
    --hours 32 --scale 4 --step 2 --employer Wezo --start 01-03-2010 >/dev/null
}

expect_status 0 cli init
add 1001 Anna Bakker
add 1002 Bram Claessen
add 1003 Cor Dijkstra
expect_status 0 cli crew add Noord
expect_status 0 cli crew add Zuid
expect_status 0 cli membership add Noord 1001 --start 01-01-2020
expect_status 0 cli membership add Noord 1002 --role ploegleider --start 01-01-2020
expect_status 0 cli membership add Zuid 1003 --start 01-01-2020
expect_status 0 cli user add truus --role teamleider --crew Noord
expect_status 0 cli user add hanna --role hr

# A teamleider: their own crews' members, without birth date, scale or employment type.
out=$(cli --user truus list employees)
expect_match "1001 +Bakker, Anna +32 +active +Noord" "$out" "teamleider's list: roster columns"
expect_eq "" "$(echo "$out" | grep -E '1003|17-05-1970|Wezo|BSN|BORN')" "no other crew, no birth date, employer or BSN"
expect_eq "1001,1002" "$(cli --user truus list employees --json | json '",".join(r["personnel_number"] for r in d)')" \
  "teamleider lists their own crews only"
json=$(cli --user truus employee show 1001 --json)
for key in birth_date bsn residence home_municipality category employment_type salary_scale salary_step employer \
           transfer_status; do
  expect_eq "None" "$(echo "$json" | json "d[\"$key\"]")" "teamleider's employee show: no $key"
done
out=$(cli --user truus employee show 1001)
expect_match "Contract hours: +32" "$out" "show gives the contract hours"
expect_eq "" "$(echo "$out" | grep -E 'Birth date|Salary|Employment type|Residence|BSN')" "show leaves out the personal lines"
err=$(cli --user truus employee show 1003 2>&1)
expect_status 1 cli --user truus employee show 1003
expect_match "own crews" "$err" "another crew's member is refused"
expect_eq $'\xef\xbb\xbfpersoneelsnummer;voornaam;tussenvoegsel;achternaam;contracturen\r' \
  "$(cli --user truus export employees | head -1)" "teamleider's export: roster columns"
expect_eq "2" "$(cli --user truus export employees | tail -n +2 | wc -l)" "teamleider's export: own crews"
expect_status 0 cli --user truus export employees --format xlsx -o "$TMP/tl.xlsx"
expect_eq "PK" "$(head -c 2 "$TMP/tl.xlsx")" "teamleider's XLSX export"

# backup: the kwartiermaker only, audited with who and where.
expect_status 1 cli --user truus backup "$TMP/tl.db"
expect_status 1 cli --user hanna backup "$TMP/hr.db"
expect_eq "" "$(ls "$TMP" | grep -E 'tl.db|hr.db')" "no copy made for others"
err=$(cli --user truus backup "$TMP/tl.db" 2>&1)
expect_match "truus \(role teamleider\) may not back up" "$err" "refusal names user and role"
if is_pg; then
  # A server database is backed up by IT with pg_dump; Overstap says so, and writes nothing.
  expect_status 1 cli backup "$TMP/copy.db"
  expect_match "pg_dump" "$(cli backup "$TMP/copy.db" 2>&1)" "the refusal points to pg_dump"
  expect_eq "" "$(ls "$TMP" | grep copy.db)" "no copy made"
else
  expect_status 0 cli backup "$TMP/copy.db"
  expect_eq "$me|$TMP/copy.db" \
    "$(sqlite3 "$DB" "select user_name, json_extract (changes, '\$.file') from audit_log where action = 'backup'")" \
    "backup audited: who and where"
fi

# Absences: a teamleider records "absent", never sickness.
expect_status 1 cli --user truus absence add 1001 --kind sickness --from 04-03-2025
expect_status 1 cli --user truus absence add 1001 --kind medical --from 04-03-2025
expect_status 0 cli --user truus absence add 1001 --kind absent --from 04-03-2025
expect_eq "absent" "$(sqlite3 "$DB" "select kind from absence")" "stored as absent"

# Reading health data is logged; the kwartiermaker reads the log.
expect_status 0 cli --user hanna employee show 1001
expect_status 0 cli --user hanna indication list 1002
expect_status 0 cli --user hanna export employees -o "$TMP/hr.csv"
expect_status 0 cli --user truus employee show 1001              # no health data shown: not logged
expect_eq "3" "$(sqlite3 "$DB" 'select count(*) from access_log')" "one row per read action"
expect_status 1 cli --user hanna audit access
expect_eq "export|indications|employee show" \
  "$(cli audit access --json | json '"|".join(r["channel"] for r in d)')" "audit access, newest first"
expect_eq "hanna|1001|indication" \
  "$(cli audit access --employee 1001 --json | json '"|".join([d[0]["user_name"], d[0]["personnel_number"], d[0]["what"]])')" \
  "audit access --employee"
out=$(cli audit access)
expect_match "hanna +1001 +indication +employee show" "$out" "human access log"

# Purge: health data of people who left more than 2 years ago, an audit row each, nothing else.
expect_status 0 cli employee end 1003 --date 31-12-2022
expect_status 0 cli absence add 1003 --kind sickness --from 04-03-2022
expect_status 1 cli --user hanna purge
expect_eq "1003" "$(cli purge --dry-run --json | json '",".join(r["personnel_number"] for r in d)')" "dry run lists"
expect_eq "1" "$(sqlite3 "$DB" "select count(*) from indication where employee_id = 3")" "dry run deletes nothing"
expect_match "1 people purged" "$(cli purge)" "purge"
expect_eq "0|0|3|1" "$(sqlite3 "$DB" "select (select count(*) from indication where employee_id = 3), \
  (select count(*) from absence where employee_id = 3), (select count(*) from employee), \
  (select count(*) from audit_log where action = 'purge' and entity_id = 3)")" "health data gone, employee kept, audited"
expect_status 0 cli purge --set-retention 5 --from 01-01-2025
expect_status 1 cli --user hanna purge --set-retention 1 --from 01-01-2025
expect_status 2 cli purge extra
finish

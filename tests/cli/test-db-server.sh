#!/bin/bash
# db copy between engines (run by tests/pg/pg-run.sh, which starts a throwaway PostgreSQL cluster): a
# SQLite demo database to PostgreSQL and back again is exact, table by table, the audit log included;
# the server's ids go on after the largest copied one; a used server database is refused.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2026-12-04
H=${OVERSTAP_TEST_PG_HOST:?run through tests/pg/pg-run.sh}
db=ovs_copy_$$
psql -h "$H" -d postgres -qc "CREATE DATABASE ${db}_a" -c "CREATE DATABASE ${db}_b" >/dev/null
trap 'rm -rf "$TMP"; psql -h "$H" -d postgres -qc "DROP DATABASE ${db}_a" -c "DROP DATABASE ${db}_b" -c "DROP ROLE IF EXISTS tl_$$" -c "DROP ROLE IF EXISTS hr_$$" >/dev/null 2>&1' EXIT
A="postgresql:///${db}_a?host=$H"
B="postgresql:///${db}_b?host=$H"

SRC="$TMP/source.db"   # a SQLite file, whichever engine lib.sh chose for $DB
expect_status 0 "$CLI" --db "$SRC" demo
before=$("$CLI" --db "$SRC" db digest --json)
out=$("$CLI" --db "$SRC" db copy "$SRC" "$A")
# Every table of the source (24 when this test was written; later migrations add more).
tables=$(sqlite3 "$SRC" "select count(*) from sqlite_master where type = 'table' and name not like 'sqlite_%'")
expect_match "Copied $tables tables" "$out" "SQLite to PostgreSQL, verified"
expect_eq "$before" "$("$CLI" --db "$A" db digest --json)" "PostgreSQL computes the same digests"
expect_status 0 "$CLI" --db "$A" db copy "$A" "$TMP/back.db"
expect_eq "$before" "$("$CLI" --db "$TMP/back.db" db digest --json)" "and back to SQLite, exactly"
# (The copy back wrote its audit row to the source, so compare with the source as it is now.)
now=$("$CLI" --db "$A" db digest --json)
expect_status 0 "$CLI" --db "$A" db copy "$A" "$B"
expect_eq "$now" "$("$CLI" --db "$B" db digest --json)" "server to server"

# New rows on the server get ids after the copied ones.
last=$(sqlite3 "$SRC" 'select max(id) from employee')
expect_status 0 "$CLI" --db "$A" employee add --personnel-number NEW-1 --first-name Nieuw --last-name Persoon \
  --birth-date 1980-01-01 --home-municipality Berkelwolde --category matig --hours 32 --employer Wezo --start 2010-01-01
expect_eq "$((last + 1))" "$(psql -h "$H" -d "${db}_a" -Atc "select id from employee where personnel_number = 'NEW-1'")" \
  "the next id on the server follows the copied ones"

# --- the roles in the database itself (core/store/sql/pg-access.sql) ---
crew=$(sqlite3 "$SRC" "select c.name from crew c join user_crew uc on uc.crew_id = c.id join app_user u on u.id = uc.user_id where u.name = 'tl-esveld'")
members=$(sqlite3 "$SRC" "select count(distinct m.employee_id) from crew_membership m join crew c on c.id = m.crew_id where c.name = '$crew' and (m.end_date is null or m.end_date >= date('now'))")
tl=tl_$$
hr=hr_$$
expect_status 0 "$CLI" --db "$A" user add "$tl" --role teamleider --crew "$crew"
expect_status 0 "$CLI" --db "$A" user add "$hr" --role hr
expect_eq "t" "$(psql -h "$H" -d postgres -Atc "select pg_has_role('$tl', 'overstap_teamleider', 'member')")" \
  "user add makes a login role in the group of the role"
out=$(echo geheim | "$CLI" --db "$A" user password "$tl")
expect_match "Password of $tl set" "$out" "user password reads standard input"
expect_eq "t" "$(psql -h "$H" -d postgres -Atc "select rolpassword is not null from pg_authid where rolname = '$tl'")" \
  "the login role has a password"
expect_status 2 "$CLI" --db "$A" user password
expect_eq "" "$("$CLI" --db "$A" audit --json | json 'd[0]["changes"].get("password", "")')" \
  "the audit row of a password change holds no password"

as_tl() { psql -h "$H" -U "$tl" -d "${db}_a" -Atc "$1" 2>&1; }
as_hr() { psql -h "$H" -U "$hr" -d "${db}_a" -Atc "$1" 2>&1; }
expect_match "permission denied" "$(as_tl 'select bsn from employee')" "psql as a team leader: no BSN column"
expect_match "permission denied" "$(as_tl 'select birth_date, salary_scale from employee')" "nor birth date or scale"
expect_match "permission denied" "$(as_tl 'select * from indication')" "nor indications"
expect_match "permission denied" "$(as_tl 'select * from wage_value')" "nor wage values"
expect_match "permission denied" "$(as_tl 'select kind from absence')" "nor the kind of an absence"
expect_eq "$members" "$(as_tl 'select count(*) from employee')" "only the members of their own crew"
expect_eq "1" "$(as_tl 'select count(distinct crew_id) from crew_membership')" "only their own crew's memberships"
expect_eq "0" "$(as_tl "select count(*) from shift_pattern where crew_id <> (select id from crew where name = '$crew')")" \
  "no other crew's roster"
expect_match "permission denied" "$(as_tl 'delete from audit_log')" "a team leader cannot delete audit rows"
expect_match "permission denied" "$(as_hr 'delete from audit_log')" "nor can hr"
expect_match "permission denied" "$(as_hr "update audit_log set user_name = 'x'")" "nor change them"
expect_eq "121" "$(as_hr 'select count(*) from employee')" "hr sees every employee"

# On the server the connected role is the user: another --user is refused; a team leader cannot back up.
TL="postgresql://$tl@/${db}_a?host=$H"
err=$("$CLI" --db "$TL" --user "$hr" list employees 2>&1)
expect_match "Connected to the server as $tl" "$err" "--user other than the login is refused"
err=$("$CLI" --db "$TL" backup "$TMP/tl.db" 2>&1)
expect_match "may not back up or copy the whole database" "$err" "a team leader's backup is refused"
expect_status 1 "$CLI" --db "$TL" db copy "$TL" "$TMP/tl2.db"

# A team leader uses Overstap itself with their own login: core reads only what the role may read (the
# views employee_roster and absence_roster), and shows what the same team leader sees on SQLite.
pn=$("$CLI" --db "$SRC" --user tl-esveld list employees --json | json 'd[0]["personnel_number"]')
for where in "$SRC" "$A"; do
  expect_status 0 "$CLI" --db "$where" absence add "$pn" --kind sickness --from 01-12-2026 --to 10-12-2026 --note griep
  expect_status 0 "$CLI" --db "$where" absence add "$pn" --kind leave --from 14-12-2026 --to 15-12-2026
  expect_status 0 "$CLI" --db "$where" roster generate --crew "$crew" --from 30-11-2026 --to 06-12-2026
done
same_as_sqlite() {
  local want got
  want=$("$CLI" --db "$SRC" --user tl-esveld "$@" 2>&1)
  got=$("$CLI" --db "$TL" "$@" 2>&1)
  expect_eq "$want" "$got" "a team leader's own login: $*"
}
same_as_sqlite list employees --json
same_as_sqlite list employees
same_as_sqlite employee show "$pn" --json
same_as_sqlite export employees
same_as_sqlite roster show --crew "$crew" --week 2026-W49 --json
same_as_sqlite roster check --crew "$crew" --from 30-11-2026 --to 06-12-2026 --json
same_as_sqlite absence list --json
same_as_sqlite crew show "$crew"
# The CAO's days off and a pattern's members are part of a team leader's roster: read on the server too
# (a refused read once showed up as "no rows", and Christmas as a working day).
for where in "$SRC" "$A"; do
  # Planned while Christmas was a working day, then made a day off by the CAO: work on a holiday.
  expect_status 0 "$CLI" --db "$where" roster generate --crew "$crew" --from 21-12-2026 --to 27-12-2026
  expect_status 0 "$CLI" --db "$where" holiday set christmas_day yes --from 01-01-2026
done
same_as_sqlite roster check --crew "$crew" --from 21-12-2026 --to 27-12-2026 --json
expect_match "work_on_holiday" "$("$CLI" --db "$TL" roster check --crew "$crew" --from 21-12-2026 --to 27-12-2026 --json)" \
  "a team leader's check on the server knows Christmas is a day off"
same_as_sqlite pattern list --crew "$crew" --json
expect_eq "0" "$(as_tl "select count(*) from shift_pattern_member m join shift_pattern p on p.id = m.pattern_id
                        where p.crew_id <> (select id from crew where name = '$crew')")" \
  "psql: no other crew's pattern members"
expect_eq "$(as_hr "select count(*) from shift_pattern_member m join shift_pattern p on p.id = m.pattern_id
                    where p.crew_id = (select id from crew where name = '$crew')")" \
  "$(as_tl 'select count(*) from shift_pattern_member')" "psql: all of their own crew's pattern members, and no others"
expect_eq "$members" "$("$CLI" --db "$TL" list employees --json | json 'len(d)')" "their own crew's members"
expect_eq "absent" "$("$CLI" --db "$TL" absence list --json | json 'd[0]["kind"]')" "sickness shows as absent"
expect_eq "None" "$("$CLI" --db "$TL" absence list --json | json 'd[0]["note"]')" "without its note"
expect_match "permission denied" "$(as_tl 'select status from employee')" "psql: the status column itself stays refused"
expect_match "does not exist" "$(as_tl 'select bsn from employee_roster')" "the view has no BSN"
expect_match "does not exist" "$(as_tl 'select birth_date from employee_roster')" "nor a birth date"
expect_eq "$members" "$(as_tl 'select count(*) from employee_roster')" "the view has their own crew's members only"
expect_eq "0" "$(as_tl "select count(*) from absence_roster where kind in ('sickness', 'medical') or note = 'griep'")" \
  "nor a sickness's kind or note through the view"
expect_match "permission denied" "$(as_hr 'select count(*) from employee_roster')" "the views are the team leaders' only"
expect_status 0 "$CLI" --db "$A" user end "$tl"
expect_eq "f" "$(psql -h "$H" -d postgres -Atc "select rolcanlogin from pg_roles where rolname = '$tl'")" \
  "user end takes the login away"

# Never into a used database.
err=$("$CLI" --db "$TMP/back.db" db copy "$TMP/back.db" "$A" 2>&1)
expect_match "is not empty" "$err" "a used server database is refused"
finish

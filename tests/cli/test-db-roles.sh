#!/bin/bash
# Several municipalities on one PostgreSQL server (run by tests/pg/pg-run.sh, which starts a throwaway
# cluster): roles belong to the whole server and the group roles are shared, so each database has a
# connect role of its own (overstap_db_<database>) and only its users connect. An hr user of database a
# is refused database b; a person added in both uses both; ending them in one leaves the other. The
# same per schema with one schema per municipality. As IT sets it up in the README: an owner account
# that may create roles but is not a superuser.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2026-12-04
H=${OVERSTAP_TEST_PG_HOST:?run through tests/pg/pg-run.sh}
n=$$
own=own_$n
a=gem_a_$n
b=gem_b_$n
r=regio_$n
# A database name with a quote, a space, a capital and a non-ASCII letter, within the 63 bytes of a
# name but longer than that once "overstap_db_" is before it.
odd=$(printf "%.55s" "Gemeente 's-Hertogenbosch ñ $n en een veel te lange naam")
sql() { psql -X -h "$H" -d postgres -v ON_ERROR_STOP=1 -qAtc "$1"; }
sql "CREATE ROLE $own LOGIN CREATEROLE"
for d in "$a" "$b" "$r"; do sql "CREATE DATABASE $d OWNER $own"; done
createdb -h "$H" -O "$own" "$odd"
psql -X -h "$H" -U "$own" -d "$r" -qc "CREATE SCHEMA west" -c "CREATE SCHEMA oost"
trap 'rm -rf "$TMP"; for d in "$a" "$b" "$r" "$odd"; do psql -X -h "$H" -d postgres -qc "DROP DATABASE \"$d\" WITH (FORCE)"; done >/dev/null 2>&1' EXIT

A="postgresql://$own@/$a?host=$H"
B="postgresql://$own@/$b?host=$H"
expect_status 0 "$CLI" --db "$A" init
expect_status 0 "$CLI" --db "$B" init
expect_eq "1" "$(sql "select count(*) from pg_roles where rolname = 'overstap_db_$a'")" "init makes the connect role of a"
expect_eq "f" "$(sql "select rolcanlogin from pg_roles where rolname = 'overstap_db_$a'")" "a group, not a login"
expect_eq "t" "$(sql "select has_database_privilege('overstap_db_$a', '$a', 'CONNECT')")" "that may connect to a"
expect_eq "f" "$(sql "select has_database_privilege('overstap_db_$a', '$b', 'CONNECT')")" "and not to b"
expect_eq "f" "$(sql "select has_database_privilege('overstap_hr', '$a', 'CONNECT')")" \
  "the shared group role hr alone does not connect"

# hr_a is added in a only: psql as hr_a is refused b, and uses a.
expect_status 0 "$CLI" --db "$A" user add "hr_a_$n" --role hr
expect_status 0 "$CLI" --db "$B" employee add --personnel-number B-1 --first-name Bea --last-name Bos \
  --bsn 111222333 --birth-date 1980-01-01 --home-municipality Berkelwolde --category matig --hours 32 \
  --employer Wezo --start 2010-01-01
as() { psql -X -h "$H" -U "$1" -d "$2" -qAtc "$3" 2>&1; }
expect_match "permission denied for database \"?$b" "$(as "hr_a_$n" "$b" 'select bsn from employee')" \
  "psql as hr of a is refused database b"
expect_eq "4" "$(as "hr_a_$n" "$a" 'select count(*) from organisation')" "psql as hr of a uses a"
expect_status 0 "$CLI" --db "postgresql://hr_a_$n@/$a?host=$H" list employees
err=$("$CLI" --db "postgresql://hr_a_$n@/$b?host=$H" list employees 2>&1)
expect_match "permission denied for database" "$err" "Overstap as hr of a is refused b too"

# A person who works for both municipalities, added in each: uses both.
expect_status 0 "$CLI" --db "$A" user add "anna_$n" --role hr
expect_status 0 "$CLI" --db "$B" user add "anna_$n" --role hr
expect_eq "4" "$(as "anna_$n" "$a" 'select count(*) from organisation')" "added in both: uses a"
expect_eq "111222333" "$(as "anna_$n" "$b" 'select bsn from employee')" "and b"
# One role per person on a server: a team leader in a cannot be hr in b (the group role would hold in a).
expect_status 0 "$CLI" --db "$A" user add "tl_$n" --role teamleider
err=$("$CLI" --db "$B" user add "tl_$n" --role hr 2>&1)
expect_match "already has a login role tl_$n in overstap_teamleider" "$err" "another role elsewhere is refused"
expect_eq "f" "$(sql "select pg_has_role('tl_$n', 'overstap_hr', 'member')")" "and grants nothing"
expect_eq "0" "$(psql -X -h "$H" -d "$b" -qAtc "select count(*) from app_user where name = 'tl_$n'")" \
  "nor adds the user"

# Ending a user in a: they no longer connect to a, keep b, and keep their login for b.
expect_status 0 "$CLI" --db "$A" user end "anna_$n"
expect_match "permission denied for database" "$(as "anna_$n" "$a" 'select 1')" "ended in a: refused a"
expect_eq "111222333" "$(as "anna_$n" "$b" 'select bsn from employee')" "still uses b"
expect_eq "t" "$(sql "select rolcanlogin from pg_roles where rolname = 'anna_$n'")" "and keeps the login for b"
expect_status 0 "$CLI" --db "$B" user end "anna_$n"
expect_eq "f" "$(sql "select rolcanlogin from pg_roles where rolname = 'anna_$n'")" \
  "ended everywhere: the login ends"

# Odd database names: quoted everywhere, the role name within 63 bytes.
O="postgresql://$own@/$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$odd")?host=$H"
expect_status 0 "$CLI" --db "$O" init
place=$(sql "select rolname from pg_roles where rolname like 'overstap_db_Gemeente %'")
expect_eq "63" "$(printf '%s' "$place" | wc -c)" "a long database name gives a role name of 63 bytes"
expect_eq "t" "$(sql "select has_database_privilege('$(printf '%s' "$place" | sed "s/'/''/g")',
                      '$(printf '%s' "$odd" | sed "s/'/''/g")', 'CONNECT')" 2>&1)" \
  "which connects to the database of the odd name"
expect_status 0 "$CLI" --db "$O" user add "odd_$n" --role hr
expect_eq "4" "$(as "odd_$n" "$odd" 'select count(*) from organisation')" "its user connects"
expect_match "permission denied for database" "$(as "odd_$n" "$a" 'select 1')" "and nowhere else"

# A database of before the connect roles: anybody connected and used the schema. Opening it as the
# owner sets the rules again, and its users keep connecting.
psql -X -h "$H" -d "$a" -qc "DROP OWNED BY \"overstap_db_$a\"" -c "DROP ROLE \"overstap_db_$a\"" \
  -c "GRANT CONNECT ON DATABASE $a TO PUBLIC" -c "GRANT USAGE ON SCHEMA public TO PUBLIC" \
  -c "GRANT USAGE ON SCHEMA public TO overstap_kwartiermaker, overstap_hr, overstap_teamleider" \
  -c "DELETE FROM overstap_access"
sql "CREATE ROLE other_$n LOGIN"
expect_eq "1" "$(as "other_$n" "$a" 'select 1')" "before: any login connects to a"
expect_status 0 "$CLI" --db "$A" list employees
expect_match "permission denied for database" "$(as "other_$n" "$a" 'select 1')" "after opening: refused"
expect_eq "4" "$(as "hr_a_$n" "$a" 'select count(*) from organisation')" "the users of a keep connecting"
expect_eq "1" "$(as "tl_$n" "$a" 'select 1')" "team leaders too"
expect_status 0 "$CLI" --db "$A" list employees
expect_eq "1" "$(psql -X -h "$H" -d "$a" -qAtc 'select count(*) from overstap_access')" \
  "opening again applies nothing new"

# A database restored from pg_dump under its own name: the dump keeps the schema's grants but not the
# database's, so every role connects again although the rules have not changed; the owner's next open
# closes it.
pg_dump -h "$H" -Fc -f "$TMP/a.dump" "$a"
sql "DROP DATABASE $a WITH (FORCE)"
sql "CREATE DATABASE $a OWNER $own"
pg_restore -h "$H" -d "$a" "$TMP/a.dump"
expect_eq "1" "$(as "other_$n" "$a" 'select 1')" "restored: any login connects to a"
expect_status 0 "$CLI" --db "$A" list employees
expect_match "permission denied for database" "$(as "other_$n" "$a" 'select 1')" "after opening: refused again"
expect_eq "4" "$(as "hr_a_$n" "$a" 'select count(*) from organisation')" "the users of a still connect"

# One schema per municipality in one database: the schema of the connection's search_path.
W="postgresql://$own@/$r?host=$H&options=-csearch_path%3Dwest"
E="postgresql://$own@/$r?host=$H&options=-csearch_path%3Doost"
expect_status 0 "$CLI" --db "$W" init
expect_status 0 "$CLI" --db "$E" init
expect_eq "0" "$(psql -X -h "$H" -d "$r" -qAtc "select count(*) from information_schema.tables where table_schema = 'public'")" \
  "nothing in schema public"
expect_status 0 "$CLI" --db "$E" employee add --personnel-number O-1 --first-name Otto --last-name Oost \
  --bsn 123456782 --birth-date 1980-01-01 --home-municipality Berkelwolde --category matig --hours 32 \
  --employer Wezo --start 2010-01-01
expect_status 0 "$CLI" --db "$W" user add "hr_w_$n" --role hr
expect_status 0 "$CLI" --db "$E" user add "tl_e_$n" --role teamleider
expect_eq "t" "$(sql "select pg_has_role('hr_w_$n', 'overstap_db_$r.west', 'member')")" "the connect role of west"
expect_match "permission denied for schema oost" "$(as "hr_w_$n" "$r" 'select bsn from oost.employee')" \
  "psql as hr of west is refused schema oost"
expect_eq "4" "$(as "hr_w_$n" "$r" 'select count(*) from west.organisation')" "and uses west"
expect_eq "0" "$("$CLI" --db "postgresql://hr_w_$n@/$r?host=$H&options=-csearch_path%3Dwest" list employees --json |
                 json 'len(d)')" "Overstap as hr of west works in west"
err=$("$CLI" --db "postgresql://hr_w_$n@/$r?host=$H&options=-csearch_path%3Doost" list employees 2>&1)
# (Without USAGE on oost the search path is empty: the store then finds no schema of its own.)
expect_match "no schema has been selected" "$err" "and is refused oost"
expect_match "permission denied" "$(as "tl_e_$n" "$r" 'select bsn from oost.employee')" \
  "a team leader of oost still has no BSN column"
expect_match "permission denied for schema west" "$(as "tl_e_$n" "$r" 'select count(*) from west.crew')" \
  "nor anything of west"
expect_status 0 "$CLI" --db "$E" crew add Oostploeg --area Oost
expect_status 0 "$CLI" --db "$E" membership add Oostploeg O-1 --start 2026-01-01
expect_status 0 "$CLI" --db "$E" user grant "tl_e_$n" --crew Oostploeg
expect_eq "O-1" "$("$CLI" --db "postgresql://tl_e_$n@/$r?host=$H&options=-csearch_path%3Doost" list employees --json |
                   json 'd[0]["personnel_number"]')" "Overstap as a team leader of oost: their crew's member"
expect_eq "1" "$(as "tl_e_$n" "$r" 'select count(*) from oost.employee_roster')" \
  "through the view, whose functions read schema oost"
finish

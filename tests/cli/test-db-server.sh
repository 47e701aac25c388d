#!/bin/bash
# db copy between engines (run by tests/pg/pg-run.sh, which starts a throwaway PostgreSQL cluster): a
# SQLite demo database to PostgreSQL and back again is exact, table by table, the audit log included;
# the server's ids go on after the largest copied one; a used server database is refused.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2026-12-04
H=${OVERSTAP_TEST_PG_HOST:?run through tests/pg/pg-run.sh}
db=ovs_copy_$$
psql -h "$H" -d postgres -qc "CREATE DATABASE ${db}_a" -c "CREATE DATABASE ${db}_b" >/dev/null
trap 'rm -rf "$TMP"; psql -h "$H" -d postgres -qc "DROP DATABASE ${db}_a" -c "DROP DATABASE ${db}_b" >/dev/null 2>&1' EXIT
A="postgresql:///${db}_a?host=$H"
B="postgresql:///${db}_b?host=$H"

expect_status 0 cli demo
before=$(cli db digest --json)
out=$(cli db copy "$DB" "$A")
expect_match "Copied 24 tables" "$out" "SQLite to PostgreSQL, verified"
expect_eq "$before" "$("$CLI" --db "$A" db digest --json)" "PostgreSQL computes the same digests"
expect_status 0 "$CLI" --db "$A" db copy "$A" "$TMP/back.db"
expect_eq "$before" "$("$CLI" --db "$TMP/back.db" db digest --json)" "and back to SQLite, exactly"
# (The copy back wrote its audit row to the source, so compare with the source as it is now.)
now=$("$CLI" --db "$A" db digest --json)
expect_status 0 "$CLI" --db "$A" db copy "$A" "$B"
expect_eq "$now" "$("$CLI" --db "$B" db digest --json)" "server to server"

# New rows on the server get ids after the copied ones.
last=$(sqlite3 "$DB" 'select max(id) from employee')
expect_status 0 "$CLI" --db "$A" employee add --personnel-number NEW-1 --first-name Nieuw --last-name Persoon \
  --birth-date 1980-01-01 --home-municipality Berkelwolde --category matig --hours 32 --employer Wezo --start 2010-01-01
expect_eq "$((last + 1))" "$(psql -h "$H" -d "${db}_a" -Atc "select id from employee where personnel_number = 'NEW-1'")" \
  "the next id on the server follows the copied ones"

# Never into a used database.
err=$("$CLI" --db "$TMP/back.db" db copy "$TMP/back.db" "$A" 2>&1)
expect_match "is not empty" "$err" "a used server database is refused"
finish

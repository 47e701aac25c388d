#!/bin/bash
# overstap-cli db copy and db digest: a whole database into a new one, verified table by table; and who
# may copy or back up a database at all.
. "$(dirname "$0")/lib.sh"
export OVERSTAP_TODAY=2026-12-04

expect_status 0 cli init
expect_status 0 cli demo
before=$(cli db digest --json)
# Every table of the schema has its digest (the engine's own bookkeeping tables excepted).
if is_pg; then
  n_tables=$(sqlite3 "$DB" "select count(*) from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('overstap_schema', 'overstap_access')")
else
  n_tables=$(sqlite3 "$DB" "select count(*) from sqlite_master where type = 'table' and name not like 'sqlite%'")
fi
expect_eq "$n_tables" "$(echo "$before" | json 'len(d)')" "a digest per table"
expect_eq "120" "$(echo "$before" | json '[t["rows"] for t in d if t["table"]=="employee"][0]')" "the demo's employees"

# There and back again: the round trip is exact, the audit log included, and every table is checked.
expect_status 0 cli db copy "$DB" "$TMP/b.db"
expect_status 0 "$CLI" --db "$TMP/b.db" db copy "$TMP/b.db" "$TMP/c.db"
expect_eq "$before" "$("$CLI" --db "$TMP/c.db" db digest --json)" "the round trip gives the same rows in every table"
expect_eq "$(sqlite3 "$DB" 'select count(*) from audit_log where action <> '"'copy'")" \
          "$(sqlite3 "$TMP/c.db" 'select count(*) from audit_log')" "the audit log comes along"
expect_eq "$(sqlite3 "$DB" 'select bsn from employee order by id')" \
          "$(sqlite3 "$TMP/c.db" 'select bsn from employee order by id')" "the BSNs as they were"
out=$(cli db copy "$DB" "$TMP/d.db")
expect_match "Copied $n_tables tables" "$out" "the copy says what it checked"

# The copy is audited in the source, without the target's password.
expect_eq "copy" "$(cli audit --json | json 'd[0]["action"]')" "a copy is audited"
expect_eq "$TMP/d.db" "$(cli audit --json | json 'd[0]["changes"]["to"]')" "the audit row names the target"

# Never into a database that holds anything, nor into itself.
err=$(cli db copy "$DB" "$TMP/b.db" 2>&1)
expect_match "not empty \(table app_user has rows\)" "$err" "a used target is refused"
expect_status 1 cli db copy "$DB" "$DB"
expect_status 2 cli db copy "$DB"

# A database, or a copy of it, holds every BSN: only a kwartiermaker makes one, and it is audited.
expect_status 1 cli --user tl-esveld backup "$TMP/tl.db"
err=$(cli --user tl-esveld backup "$TMP/tl.db" 2>&1)
expect_match "may not back up or copy the whole database" "$err" "a team leader's backup is refused"
expect_eq "" "$(ls "$TMP" | grep tl.db)" "no file is made for a refused backup"
expect_status 1 cli --user hr backup "$TMP/hr.db"
expect_status 1 cli --user tl-esveld db copy "$DB" "$TMP/tl2.db"
expect_status 1 cli --user hr db digest
if ! is_pg; then   # a server is backed up with pg_dump (README); backup refuses there
  expect_status 0 cli backup "$TMP/backup.db"
  expect_eq "backup" "$(cli audit --json | json 'd[0]["action"]')" "a backup is audited"
fi
finish

#!/bin/bash
# overstap-cli init, user, audit, backup, and the global options.
. "$(dirname "$0")/lib.sh"
me=$(id -un)

expect_status 1 cli audit                      # no database yet: a clear error, not a new file
expect_eq "" "$(ls "$TMP")" "a command other than init creates no database"
expect_status 0 cli init
expect_status 0 cli init                        # idempotent
expect_eq "4" "$(cli user list --json >/dev/null; sqlite3 "$DB" 'select count(*) from organisation')" "standard organisations"
expect_eq "kwartiermaker" "$(cli user list --json | json 'd[0]["role"]')" "the OS user is the first kwartiermaker"

expect_status 0 cli user add henk --role hr
expect_status 1 cli user add henk --role hr     # duplicate
expect_status 2 cli user add piet               # no role: usage
expect_status 1 cli user add piet --role baas   # invalid role
expect_status 1 cli user add piet --role teamleider --crew Nergens
err=$(cli user add piet --role teamleider --crew Nergens 2>&1)
expect_match "Nergens" "$err" "unknown crew named in the error"
expect_status 1 cli --user henk user add kees --role hr   # hr may not manage users
expect_status 1 cli --user onbekend audit                 # unknown user
expect_status 0 cli --user henk audit                     # hr may read the audit log

n=$(cli audit --json | json 'len(d)')
expect_match '^[0-9]+$' "$n" "audit is JSON"
expect_eq "henk" "$(cli audit --json | json '[r for r in d if r["entity"]=="app_user" and r["action"]=="insert"][0]["changes"]["name"]')" "audit records the added user"
expect_eq "$me" "$(cli audit --json | json 'd[0]["user_name"]')" "audit records who"

if is_pg; then
  # A server database is backed up with pg_dump; the CLI refuses and says so.
  expect_status 1 cli backup "$TMP/copy.db"
  expect_match 'pg_dump' "$(cli backup "$TMP/copy.db" 2>&1)" "backup on PostgreSQL points to pg_dump"
else
  expect_status 0 cli backup "$TMP/copy.db"
  expect_eq "2" "$(sqlite3 "$TMP/copy.db" 'select count(*) from app_user')" "backup holds the users"
fi
# A password in a server address is refused before any connection, on either engine.
err=$("$CLI" --db 'postgresql://anna:geheim@db.example.nl/overstap' audit 2>&1)
expect_match 'pgpass' "$err" "a password in the address is refused"
expect_eq "" "$(printf '%s' "$err" | grep geheim)" "the refusal does not repeat the password"
expect_status 2 cli frobnicate
expect_status 2 "$CLI" --bogus
OVERSTAP_DB="$DB" expect_status 0 "$CLI" user list
finish

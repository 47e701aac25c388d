# lib.sh — helpers for the overstap-cli tests. Source it; it makes $DB in a fresh temporary folder,
# or with OVERSTAP_TEST_DB=postgresql (tests/pg/pg-run.sh) a fresh PostgreSQL database, $DB its URI.
set -u
CLI=${OVERSTAP_CLI:?OVERSTAP_CLI must point at overstap-cli}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/overstap-cli-XXXXXX")
PG_DATABASES=""
cleanup() {
  for name in $PG_DATABASES; do
    psql -X -q -h "$OVERSTAP_TEST_PG_HOST" -d postgres -c "DROP DATABASE $name WITH (FORCE)" >/dev/null 2>&1
  done
  rm -rf "$TMP"
}
trap cleanup EXIT

is_pg() { [ "${OVERSTAP_TEST_DB:-}" = postgresql ]; }

# new_db NAME: a new empty database: $TMP/NAME.db, or on PostgreSQL a new database's URI.
new_db() {
  if is_pg; then
    local name="cli_$$_$1"
    psql -X -q -h "$OVERSTAP_TEST_PG_HOST" -d postgres -c "CREATE DATABASE $name" >/dev/null || exit 1
    PG_DATABASES="$PG_DATABASES $name"
    echo "postgresql:///$name?host=$OVERSTAP_TEST_PG_HOST"
  else
    echo "$TMP/$1.db"
  fi
}

if is_pg; then
  new_db test >/dev/null
  PG_DATABASES=" cli_$$_test"
  DB="postgresql:///cli_$$_test?host=$OVERSTAP_TEST_PG_HOST"
  # The tests' own checks are written for the sqlite3 shell: on a server database the same query
  # runs in psql, with sqlite3's output format (no header, fields joined by |) and json_extract
  # (changes, '$.member') as PostgreSQL's ->>.
  sqlite3() {
    case "$1" in
      postgres*) ;;
      *) command sqlite3 "$@"; return ;;
    esac
    local uri=$1 sql
    if [ $# -ge 2 ]; then sql=$2; else sql=$(cat); fi
    sql=$(printf '%s' "$sql" | sed -E "s/json_extract *\\(([a-z_]+), *'[$]\\.([a-z_]+)'\\)/(\\1::json ->> '\\2')/g")
    psql -X -A -t -q -v ON_ERROR_STOP=1 -F '|' -d "$uri" -c "$sql"
  }
else
  DB="$TMP/test.db"
fi
failures=0
passes=0

cli() { "$CLI" --db "$DB" "$@"; }

# expect_status N command…: runs the command and checks its exit status.
expect_status() {
  local want=$1; shift
  local out
  out=$("$@" 2>&1); local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL: '$*' exited $got, wanted $want; output:"; echo "$out" | head -20
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}

# expect_eq WANT GOT DESCRIPTION
expect_eq() {
  if [ "$1" != "$2" ]; then
    echo "FAIL: $3: wanted '$1', got '$2'"
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}

# expect_match REGEX TEXT DESCRIPTION
expect_match() {
  if ! printf '%s' "$2" | grep -Eq -- "$1"; then
    echo "FAIL: $3: '$2' does not match /$1/"
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}

# json EXPR: evaluates a Python expression over the JSON on stdin (as `d`).
json() { /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

finish() {
  echo "$passes passed, $failures failed"
  [ "$failures" -eq 0 ]
}

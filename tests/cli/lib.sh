# lib.sh — helpers for the overstap-cli tests. Source it; it makes $DB in a fresh temporary folder.
set -u
CLI=${OVERSTAP_CLI:?OVERSTAP_CLI must point at overstap-cli}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/overstap-cli-XXXXXX")
trap 'rm -rf "$TMP"' EXIT
DB="$TMP/test.db"
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

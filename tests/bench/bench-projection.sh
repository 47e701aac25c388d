#!/bin/bash
# bench-projection.sh — how fast the projection to 2040 is for 20,000 employees. Not part of
# `meson test` (timed assertions do not belong there); run by hand:
#
#   RUNS=3 tests/bench/bench-projection.sh [BUILD_DIR]        (default build dir: build)
#
# The data: `overstap-cli demo --employees 20000` (seed 2014), today fixed at 2026-06-15. Measured,
# each the median of RUNS (default 3), CPU (user + system) and wall milliseconds, the whole process:
#   projection-all      `overstap-cli projection --json` (all causes, 2026–2040, with the bands)
#   projection-aow      `overstap-cli projection --outflow aow --json`
#   scenario-compare    two scenarios (Wezo and Larcom to the foundation; Wezo under its covenant)
#                       side by side, `scenario compare --json`
#   monitor             the dashboard's key figures, `monitor --json`
#   monitor-pdf         the council report, `monitor --pdf`
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
case $BUILD in /*) ;; *) BUILD="$SRC/$BUILD" ;; esac
CLI="$BUILD/app/overstap-cli"
RUNS=${RUNS:-3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/overstap-bench-projection-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/bench.db"
export OVERSTAP_TODAY=2026-06-15
[ -x "$CLI" ] || { echo "bench-projection: build first (ninja -C $BUILD)" >&2; exit 1; }

"$CLI" --db "$DB" demo --employees 20000 >/dev/null
"$CLI" --db "$DB" scenario add A >/dev/null
"$CLI" --db "$DB" scenario assign A foundation --employer Wezo >/dev/null
"$CLI" --db "$DB" scenario assign A foundation --employer Larcom >/dev/null
"$CLI" --db "$DB" scenario add B >/dev/null
"$CLI" --db "$DB" scenario assign B covenant --employer Wezo --covenant "Convenant Wezo 2015" >/dev/null
people=$("$CLI" --db "$DB" projection --to 2026 --json | /usr/bin/python3 -c "import json,sys; print(round(json.load(sys.stdin)[0]['headcount_start']))")
echo "bench-projection: $people Wsw employees employed today (demo --employees 20000), 2026–2040;" \
  "median of $RUNS runs (CPU ms, wall ms)"

median() { /usr/bin/python3 -c "import sys, statistics; print('%.1f' % statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }

measure() {
  local name=$1; shift
  local cpus=() walls=()
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$WORK/time" "$CLI" --db "$DB" "$@" > "$WORK/out.json"
    t1=$(date +%s%N)
    read -r u s < "$WORK/time"
    cpus+=("$(/usr/bin/python3 -c "print(($u + $s) * 1000)")") walls+=("$(( (t1 - t0) / 1000000 ))")
  done
  printf '%-20s %8s %8s\n' "$name" "$(median "${cpus[@]}")" "$(median "${walls[@]}")"
}

printf '%-20s %8s %8s\n' work cpu_ms wall_ms
measure projection-all projection --json
measure projection-aow projection --outflow aow --json
measure scenario-compare scenario compare A B --json
measure monitor monitor --json
measure monitor-pdf monitor --pdf "$WORK/raad.pdf"

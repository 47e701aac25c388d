#!/bin/bash
# bench-before-after.sh — runs the benchmarks of an earlier checkout and of this one in one session, one after
# the other per benchmark, so that a change can be judged against the same machine state:
#
#   git worktree add ../base <commit> && (cd ../base && meson setup build && ninja -C build)
#   tests/bench/bench-before-after.sh ../base [BUILD_DIR]          (default build dir: build)
#
# Each side runs its own copy of each script with its own build: import and SE report (bench-import-se.sh,
# 100,000 employees), iCalendar export and roster check (bench-ical.sh), time to first frame (bench-gui.sh)
# and search in Medewerkers (bench-gui-search.sh). BENCHES="import ical gui search" picks some. The outputs land
# in a folder that the script names at the end; each is printed as it comes. Not part of `meson test`.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
base=$(cd "${1:?usage: bench-before-after.sh BASE_CHECKOUT [BUILD_DIR]}" && pwd)
build=${2:-build}
case $build in /*) ;; *) build="$here/$build" ;; esac
out=$(mktemp -d "${TMPDIR:-/tmp}/overstap-before-after-XXXXXX")

run() {   # run NAME SCRIPT ARGS… — once for the base checkout, once for this one
  local name=$1 script=$2; shift 2
  for side in before after; do
    local tree=$here bdir=$build
    [ "$side" = before ] && { tree=$base; bdir=$base/build; }
    echo "=== $name ($side: $(git -C "$tree" rev-parse --short HEAD))"
    (cd "$tree" && "tests/bench/$script" "$bdir" "$@") 2>&1 | tee "$out/$name-$side.txt"
  done
}

for bench in ${BENCHES:-import ical gui search}; do
  case $bench in
    import) RUNS=${RUNS:-3} run import bench-import-se.sh 100000 ;;
    ical) run ical bench-ical.sh ;;
    gui) run gui bench-gui.sh 5 ;;
    search) run search bench-gui-search.sh berg ;;
    *) echo "bench-before-after: unknown benchmark $bench" >&2; exit 2 ;;
  esac
done
echo "outputs: $out"

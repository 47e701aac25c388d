#!/bin/sh
# bench-gui.sh [BUILD_DIR] [RUNS] — time to the first painted frame of the desktop app on a 120- and
# a 20,000-employee demo database, side by side. The app prints "first-frame-ms N" (from main() to
# the frame clock's first after-paint; the Overzicht's figures arrive later from a worker thread) and quits when
# OVERSTAP_BENCH=1; the wall time from exec to that line is measured here too. Runs in Xvfb with the
# cairo renderer, as the GUI tests do.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
runs=${2:-5}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/overstap-bench-gui-XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

for n in 120 20000; do
  "$build/app/overstap-cli" --db "$tmp/demo-$n.db" demo --employees "$n" >/dev/null
done

cat > "$tmp/measure.sh" <<'INNER'
#!/bin/sh
# measure.sh APP DB RUNS: prints "first_frame_ms wall_ms" per run.
app=$1 db=$2 runs=$3
i=0
while [ "$i" -lt "$runs" ]; do
  start=$(date +%s%N)
  line=$(OVERSTAP_BENCH=1 "$app" --db "$db" 2>/dev/null | grep '^first-frame-ms' || true)
  end=$(date +%s%N)
  echo "${line#first-frame-ms } $(( (end - start) / 1000000 ))"
  i=$((i + 1))
done
INNER

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

export GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" OVERSTAP_LOCALEDIR="$build/po"
export LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 NO_AT_BRIDGE=1 GTK_A11Y=none
for n in 120 20000; do
  xvfb-run -a -n $((100 + $$ % 800)) -s "-screen 0 1280x800x24" \
    sh "$tmp/measure.sh" "$build/app/overstap" "$tmp/demo-$n.db" "$runs" > "$tmp/result-$n.txt"
done

printf '%-28s %14s %14s\n' "time to first frame ($runs runs)" "120 employees" "20000 employees"
printf '%-28s %14s %14s\n' "median from main(), ms" \
  "$(cut -d' ' -f1 "$tmp/result-120.txt" | median)" "$(cut -d' ' -f1 "$tmp/result-20000.txt" | median)"
printf '%-28s %14s %14s\n' "median wall from exec, ms" \
  "$(cut -d' ' -f2 "$tmp/result-120.txt" | median)" "$(cut -d' ' -f2 "$tmp/result-20000.txt" | median)"
# The search keystroke measurement joins here with the Medewerkers page.

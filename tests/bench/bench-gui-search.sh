#!/bin/sh
# bench-gui-search.sh BUILD_DIR [QUERY [SHRINK]] — the first opening of the Medewerkers section and the
# time of a search keystroke in it, on 20,000 employees against 120. The page logs the opening (from the
# click until the rows are in and painted, and the longest gap between the window's frames meanwhile:
# "n=… open …") and, per keystroke, the time from "search-changed" until the filter is done and the
# next frame is painted, and the longest gap between two frames meanwhile (how long typing could
# stall). After the whole query it types SHRINK (default ",": "berg," matches nobody) and erases it,
# reported apart ("SUMMARY … shrink"/"regrow"): the key that takes the matches below the rows GTK
# keeps built, and back. Runs in Xvfb through tests/gui/run.sh.
#
# Then the floor, in the same run: GTK alone (build/tests/bench-gtk-list-floor, no Overstap code) putting
# the same number of rows into a GtkColumnView shaped like Medewerkers and taking them out again, in
# Xvfb with accessibility on as the app has it ("FLOOR … grow_cpu_ms … shrink_cpu_ms", medians of 6).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
export OVERSTAP_BUILD_DIR=$(cd "${1:?usage: bench-gui-search.sh BUILD_DIR [QUERY [SHRINK]]}" && pwd)
query=${2:-berg}
shrink=${3:-,}
for n in 120 20000; do
  sh "$here/../gui/run.sh" test_employees_bench.py "$n" "$query" "$shrink" 2>/dev/null | grep -E '^(n=|SUMMARY|no measurement)'
done
floor="$OVERSTAP_BUILD_DIR/tests/bench-gtk-list-floor"
if [ -x "$floor" ]; then
  GSK_RENDERER=cairo GTK_A11Y=atspi NO_AT_BRIDGE=0 LC_ALL=C.UTF-8 \
    xvfb-run -a -n $((100 + $$ % 800)) -s "-ac -screen 0 1280x800x24" dbus-run-session -- \
    "$floor" 251 7 2>/dev/null | grep '^FLOOR'
else
  echo "no floor: $floor not built (a build with the GUI builds it)"
fi

#!/bin/sh
# bench-gui-search.sh BUILD_DIR [QUERY [SHRINK]] — the first opening of the Medewerkers section and the
# time of a search keystroke in it, on 20,000 employees against 120. The page logs the opening (from the
# click until the rows are in and painted, and the longest gap between the window's frames meanwhile:
# "n=… open …") and, per keystroke, the time from "search-changed" until the filter is done and the
# next frame is painted, and the longest gap between two frames meanwhile (how long typing could
# stall). After the whole query it types SHRINK (default ",": "berg," matches nobody) and erases it,
# reported apart ("SUMMARY … shrink"/"regrow"): the key that takes the matches below the rows GTK
# keeps built, and back. Runs in Xvfb through tests/gui/run.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
export OVERSTAP_BUILD_DIR=$(cd "${1:?usage: bench-gui-search.sh BUILD_DIR [QUERY [SHRINK]]}" && pwd)
query=${2:-berg}
shrink=${3:-,}
for n in 120 20000; do
  sh "$here/../gui/run.sh" test_employees_bench.py "$n" "$query" "$shrink" 2>/dev/null | grep -E '^(n=|SUMMARY|no measurement)'
done

#!/bin/sh
# Sets up everything and starts the Overstap desktop app on its default database.
#
# On the very first launch (no database yet) the demo data is loaded with `overstap-cli demo` before
# the window opens, so that there is something to look at; `overstap --db NEW.db` without this script
# shows the app's own first-start page instead (demo data, import, or start empty).
# Any arguments go to the app, e.g. `build-aux/launch.sh --user piet`.
set -eu
cd "$(dirname "$0")/.."
build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build
ninja -C build

# Run from the build tree: translations and the settings schema from there.
export OVERSTAP_LOCALEDIR="$PWD/build/po"
export GSETTINGS_SCHEMA_DIR="$PWD/build/data"

db="${OVERSTAP_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/overstap/overstap.db}"
if [ ! -f "$db" ]; then
  build/app/overstap-cli --db "$db" demo
fi
# No --db here: the app picks OVERSTAP_DB, else the database chosen in its preferences, else $db.
exec build/app/overstap "$@"

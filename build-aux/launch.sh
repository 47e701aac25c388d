#!/bin/sh
# Sets up everything and starts Overstap on its default database (demo data on first start).
set -eu
cd "$(dirname "$0")/.."
build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build
ninja -C build
export OVERSTAP_LOCALEDIR="$PWD/build/po"
db="${OVERSTAP_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/overstap/overstap.db}"
if [ ! -f "$db" ]; then
  build/app/overstap-cli --db "$db" demo
fi
build/app/overstap-cli --db "$db" report se --year "$(date +%Y)"

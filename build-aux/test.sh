#!/bin/sh
# Sets up everything and runs the whole test suite: build-aux/test.sh [meson test arguments]
set -eu
cd "$(dirname "$0")/.."
build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build
ninja -C build
meson test -C build --print-errorlogs --num-processes 2 "$@"

#!/bin/sh
# run.sh SCRIPT.py [ARGS…] — runs a GUI test script against the built app, in its own X server
# (Xvfb, 1280×800) and session bus, with accessibility on, Dutch locale, settings in a temporary
# keyfile, and the build tree's schemas and translations.
#
# The script (Debian's /usr/bin/python3 with pyatspi) starts the app itself through ovsgui.py.
# Screenshots go to $OVERSTAP_SHOTS (default: <build>/tests/gui/shots).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${OVERSTAP_BUILD_DIR:?OVERSTAP_BUILD_DIR must point at the meson build directory}
script=$1; shift

tmp=$(mktemp -d "${TMPDIR:-/tmp}/overstap-gui-XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/config" "$tmp/data" "$tmp/cache"

export OVERSTAP_GUI_TMP="$tmp"
export OVERSTAP_APP="${OVERSTAP_APP:-$build/app/overstap}"
export OVERSTAP_CLI="${OVERSTAP_CLI:-$build/app/overstap-cli}"
export OVERSTAP_SHOTS="${OVERSTAP_SHOTS:-$build/tests/gui/shots}"
# The Dutch catalogue: po/nl.po with the areas' fragments folded in (nl.po wins), as the merge will
# make it; OVERSTAP_GUI_LOCALEDIR=<build>/po tests the build's own catalogue instead.
if [ -n "${OVERSTAP_GUI_LOCALEDIR:-}" ]; then
  export OVERSTAP_LOCALEDIR="$OVERSTAP_GUI_LOCALEDIR"
else
  src=${OVERSTAP_SOURCE_DIR:-$here/../..}
  mkdir -p "$tmp/locale/nl/LC_MESSAGES"
  for f in "$src"/po/fragments/*.po; do
    printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n' | cat - "$f" > "$tmp/frag-$(basename "$f")"
  done
  msgcat --use-first -o "$tmp/nl-all.po" "$src/po/nl.po" "$tmp"/frag-*.po
  msgfmt -o "$tmp/locale/nl/LC_MESSAGES/overstap.mo" "$tmp/nl-all.po"
  export OVERSTAP_LOCALEDIR="$tmp/locale"
fi
export GSETTINGS_SCHEMA_DIR="$build/data"
export GSETTINGS_BACKEND=keyfile
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
export GTK_A11Y=atspi NO_AT_BRIDGE=0
# Xvfb has no GPU: with the GL renderer `import` captures a black window.
export GSK_RENDERER=cairo
export LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 LANGUAGE=nl
export TZ=Europe/Amsterdam
# A CRITICAL stops the app at once (and fails the test); ovsgui.py fails on any WARNING in its log.
export G_DEBUG="${G_DEBUG:+$G_DEBUG,}fatal-criticals"
export PYTHONPATH="$here${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONDONTWRITEBYTECODE=1
mkdir -p "$OVERSTAP_SHOTS"

# A random first display number keeps parallel runs from racing for :99; the X cookie lives in our
# own temporary folder (-f) and -ac lets clients in even if a cleaner removes it meanwhile.
exec xvfb-run -a -n $((100 + $$ % 800)) -e "${OVERSTAP_XVFB_LOG:-/dev/null}" -f "$tmp/Xauthority" -s "-ac -screen 0 1280x800x24" dbus-run-session -- sh -c '
  gsettings set org.gnome.desktop.interface toolkit-accessibility true
  exec /usr/bin/python3 "$@"' run.sh "$here/$script" "$@"

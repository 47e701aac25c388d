#!/bin/sh
# Installs every Debian 12 package Overstap needs to build, run and test. Run as root; idempotent.
set -eu

packages="
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libsqlite3-dev sqlite3 libical-dev libjson-glib-dev
  libpq-dev postgresql-15 postgresql-client-15 libsecret-1-dev
  libxlsxwriter-dev libcsv-dev
  desktop-file-utils appstream libglib2.0-bin
  xvfb xauth dbus-x11 at-spi2-core python3-pyatspi python3-dogtail gsettings-desktop-schemas
  imagemagick xdotool x11-utils poppler-utils fonts-cantarell adwaita-icon-theme
  python3-icalendar python3-openpyxl hyperfine locales
  libsoup-3.0-dev libsecret-1-dev radicale python3-caldav python3-passlib apache2-utils
"
# Node.js and npm (for ical.js in the tests): Debian's, unless the machine already has a node with npm.
command -v node >/dev/null 2>&1 || packages="$packages nodejs"
command -v npm >/dev/null 2>&1 || packages="$packages npm"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages:$missing — run this script as root (sudo)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing
fi

# The Dutch locale, so that the interface and the tests can run under nl_NL.UTF-8.
if ! locale -a 2>/dev/null | grep -qi '^nl_NL\.utf8$'; then
  if [ "$(id -u)" -eq 0 ]; then
    sed -i 's/^# *nl_NL.UTF-8 UTF-8/nl_NL.UTF-8 UTF-8/' /etc/locale.gen
    grep -q '^nl_NL.UTF-8 UTF-8' /etc/locale.gen || echo 'nl_NL.UTF-8 UTF-8' >> /etc/locale.gen
    locale-gen >/dev/null
  else
    echo "install-deps: the nl_NL.UTF-8 locale is missing; run this script as root" >&2
  fi
fi

# ical.js, the second independent iCalendar parser of the tests and the benchmark, pinned by
# tests/ical/package-lock.json (node_modules stays out of git).
ical_checks="$(cd "$(dirname "$0")/.." && pwd)/tests/ical"
if [ -f "$ical_checks/package-lock.json" ] && [ ! -d "$ical_checks/node_modules/ical.js" ]; then
  (cd "$ical_checks" && npm ci --no-audit --no-fund --loglevel=error)
fi

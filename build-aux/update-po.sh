#!/bin/sh
# Regenerates po/overstap.pot from po/POTFILES and merges po/nl.po with it; translations kept in
# po/fragments/*.po (msgid/msgstr pairs) are folded in first. Run after adding strings.
set -eu
cd "$(dirname "$0")/.."
B=${BUILD_DIR:-build}
[ -f "$B/build.ninja" ] || meson setup "$B"
ninja -C "$B" overstap-pot >/dev/null

header='msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
for f in po/fragments/*.po; do
  [ -f "$f" ] || continue
  i=$((i + 1))
  { printf '%s\n' "$header"; cat "$f"; } > "$tmp/frag$i.po"
done
# The existing nl.po wins over fragments where both translate a string.
msgcat --use-first -o "$tmp/all.po" po/nl.po "$tmp"/frag*.po 2>/dev/null || cp po/nl.po "$tmp/all.po"
msgmerge --quiet --no-fuzzy-matching --no-wrap -o po/nl.po "$tmp/all.po" po/overstap.pot
msgattrib --no-obsolete --no-wrap -o po/nl.po po/nl.po
msgfmt --check --statistics -o /dev/null po/nl.po
